"""A profile made by the real Thunderbird, for the scan to find.

Thunderbird is run headless in a private home: ``-CreateProfile`` writes
``profiles.ini`` and the profile folder, a ``user.js`` names the customer's three
accounts (an IMAP one, a POP one and Local Folders), and one run makes their
folders (``ImapMail/<host>/``, ``Mail/<host>/``, the ``.msf`` indexes, Trash) as
Thunderbird lays them out. No account can reach its server from here, so the
messages are then written into the folders Thunderbird made, as it would have
after downloading them.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

from tests.mailscan.customer_mail import LOGIN, PHISHED, official_mail, phishing_mail, quiet_mail
from tests.mailscan.mailgen import mbox

REQUIRE = "BREACHGUARD_REQUIRE_THUNDERBIRD"
# The first run of a profile took 5-20 s here before the account folders existed.
FIRST_RUN_TIMEOUT_S = 120.0

# (account, server key, type, host, user name): the story's three mailboxes.
_ACCOUNTS = (
    ("account1", "server1", "imap", "imap.gmail.com", LOGIN),
    ("account2", "server2", "pop3", "pop.outlook.example", PHISHED),
    ("account3", "server3", "none", "Local Folders", "nobody"),
)


class ThunderbirdUnavailable(Exception):
    pass


MAILDIR_STORE = "@mozilla.org/msgstore/maildirstore;1"


def _user_js(store: str | None) -> str:
    prefs: list[tuple[str, str | bool]] = [
        ("mail.accountmanager.accounts", ",".join(a[0] for a in _ACCOUNTS)),
        ("mail.accountmanager.localfoldersserver", "server3"),
        # Nothing may reach out: no update checks, no telemetry, no start page.
        ("app.update.enabled", False),
        ("datareporting.policy.dataSubmissionEnabled", False),
        ("mailnews.start_page.enabled", False),
    ]
    for account, server, kind, host, user in _ACCOUNTS:
        prefs += [
            (f"mail.account.{account}.server", server),
            (f"mail.server.{server}.type", kind),
            (f"mail.server.{server}.hostname", host),
            (f"mail.server.{server}.userName", user),
            (f"mail.server.{server}.name", user if kind != "none" else host),
            (f"mail.server.{server}.login_at_startup", False),
            (f"mail.server.{server}.check_new_mail", False),
        ]
        if store is not None:
            prefs.append((f"mail.server.{server}.storeContractID", store))
    lines = []
    for name, value in prefs:
        shown = ("true" if value else "false") if isinstance(value, bool) else f'"{value}"'
        lines.append(f'user_pref("{name}", {shown});')
    return "\n".join(lines) + "\n"


def _environment(home: Path) -> dict[str, str]:
    return {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "MOZ_HEADLESS": "1",
        "MOZ_CRASHREPORTER_DISABLE": "1",
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
    }


def _folders_made(profile: Path) -> bool:
    return (
        all(
            (profile / top / host).is_dir()
            for top, host in (("ImapMail", "imap.gmail.com"), ("Mail", "pop.outlook.example"))
        )
        and (profile / "Mail" / "Local Folders" / "Trash.msf").is_file()
    )


def _run_until(profile_name: str, env: dict[str, str], done: Path) -> None:
    """Runs Thunderbird on the profile until its folders exist, then stops it (only
    the process group started here)."""
    process = subprocess.Popen(
        ["thunderbird", "--headless", "-P", profile_name, "--no-remote"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + FIRST_RUN_TIMEOUT_S
        while not _folders_made(done):
            if process.poll() is not None:
                raise ThunderbirdUnavailable(f"Thunderbird exited early ({process.returncode})")
            if time.monotonic() > deadline:
                raise ThunderbirdUnavailable("Thunderbird made no account folders in time")
            time.sleep(0.2)
        time.sleep(1.0)  # lets it finish writing the indexes it started
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(15)


def _write_folder(folder: Path, messages: list[bytes], store: str | None) -> None:
    """Writes messages into a folder as the profile's store keeps them: one mbox file,
    or (maildir) one file each in ``cur/``, which is all Thunderbird makes besides
    ``tmp/``: it never makes ``new/``."""
    if store != MAILDIR_STORE:
        folder.write_bytes(mbox(messages))
        return
    for sub in ("cur", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    for number, raw in enumerate(messages):
        (folder / "cur" / f"{1764669600 + number}.eml").write_bytes(raw)


def real_thunderbird_home(home: Path, *, store: str | None = None) -> Path:
    """Makes the profile with the real Thunderbird under ``home`` and writes the
    story's mail into its folders; returns the profile folder. ``store``:
    :data:`MAILDIR_STORE` for a profile that keeps each message in a file."""
    if shutil.which("thunderbird") is None:
        raise ThunderbirdUnavailable("thunderbird is not installed (apt-get install thunderbird)")
    home.mkdir(parents=True, exist_ok=True)
    env = _environment(home)
    created = subprocess.run(
        ["thunderbird", "--headless", "-CreateProfile", "customer"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if created.returncode != 0:
        raise ThunderbirdUnavailable(f"-CreateProfile failed: {created.stderr.strip()[:200]}")
    profiles = sorted((home / ".thunderbird").glob("*.customer"))
    if len(profiles) != 1:
        raise ThunderbirdUnavailable(f"expected one new profile, found {profiles}")
    profile = profiles[0]
    (profile / "user.js").write_text(_user_js(store))
    _run_until("customer", env, profile)
    _write_folder(profile / "ImapMail" / "imap.gmail.com" / "INBOX", official_mail(), store)
    _write_folder(profile / "Mail" / "pop.outlook.example" / "Inbox", phishing_mail(), store)
    _write_folder(profile / "Mail" / "Local Folders" / "Inbox", quiet_mail(), store)
    return profile
