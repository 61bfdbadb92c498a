"""The customer of the Demo Exchange's story: three mailboxes in one Thunderbird
profile. One received the exchange's real mail, one a look-alike's phishing, one
neither."""

from __future__ import annotations

from pathlib import Path

from tests.mailscan.mailgen import mbox, message

LOGIN = "ola.nordmann@gmail.com"
PHISHED = "ola@outlook.example"
QUIET = "ola@posteo.example"
LOOKALIKE = "dem0-exchange.example"


def _mbox_folder(folder: Path, name: str, content: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(content)
    (folder / f"{name}.msf").write_bytes(b"// index")
    return folder / name


def official_mail() -> list[bytes]:
    """What the login mailbox received from the exchange: three signed statements."""
    return [
        message(
            to=LOGIN,
            dkim_pass="mail.demo-exchange.example",
            date=f"Tue, {day:02d} Dec 2025 10:00:00 +0000",
        )
        for day in (2, 9, 16)
    ]


def phishing_mail() -> list[bytes]:
    return [
        message(to=PHISHED, sender=f"Demo Exchange Security <alert@{LOOKALIKE}>") for _ in range(2)
    ]


def quiet_mail() -> list[bytes]:
    return [message(to=QUIET, sender="Aunt Kari <kari@family.example>")]


def thunderbird_home(home: Path, *, padding: int = 0) -> Path:
    """Writes the profile under ``home``; ``padding`` unrelated messages make the
    quiet mailbox large (progress and cancel have something to do)."""
    root = home / ".thunderbird"
    profile = root / "x1y2z3.default-release"
    _mbox_folder(profile / "ImapMail" / "imap.gmail.com", "INBOX", mbox(official_mail()))
    phishing = phishing_mail()
    _mbox_folder(profile / "Mail" / "pop.outlook.example", "Inbox", mbox(phishing))
    quiet = mbox(quiet_mail())
    # One shop message repeated: mbox() of thousands of messages would take seconds.
    shop = mbox([message(to=QUIET, sender="Shop <news@shop.example>", body="x" * 2000 + "\n")])
    _mbox_folder(profile / "Mail" / "Local Folders", "Inbox", quiet + shop * padding)
    root.mkdir(parents=True, exist_ok=True)
    (root / "profiles.ini").write_text(
        "[Profile0]\nName=default-release\nIsRelative=1\nPath=x1y2z3.default-release\n"
    )
    return profile
