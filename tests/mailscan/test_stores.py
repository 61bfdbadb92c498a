"""Maildirs, .eml folders, and Thunderbird and Evolution profiles made by the tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from breachguard.core.mailscan.discovery import (
    CACHED,
    MAILDIR,
    MBOX,
    discover_stores,
    profiles_in,
    thunderbird_roots,
)
from breachguard.core.mailscan.mbox import Skipped
from breachguard.core.mailscan.scan import store_blocks, tally_blocks
from breachguard.core.mailscan.sources import (
    MailScanError,
    eml_blocks,
    maildir_blocks,
    message_file_block,
)
from breachguard.core.mailscan.verdicts import MailTally
from tests.mailscan.mailgen import OFFICIAL, mbox, message, write_maildir


def test_a_message_file_is_read_up_to_its_blank_line(tmp_path: Path) -> None:
    path = tmp_path / "one.eml"
    path.write_bytes(message(body="the body\n" * 100_000))
    block = message_file_block(path)
    assert isinstance(block, bytes) and block.endswith(b"Subject: Your statement\n")
    path.write_bytes(b"From: a@b.example\nX: " + b"y" * (2 * 1024 * 1024))
    assert message_file_block(path) is Skipped.OVERSIZED
    path.write_bytes(b"From: a@demo-exchange.example\n")  # no body at all
    assert message_file_block(path) == b"From: a@demo-exchange.example\n"


def test_maildir_with_maildir_plus_plus_subfolders(tmp_path: Path) -> None:
    root = write_maildir(tmp_path / "Maildir", [message(dkim_pass="demo-exchange.example")])
    write_maildir(root / ".Archive", [message(), message()], folder="cur")
    (root / "tmp" / "in-progress").write_bytes(message())
    (root / "new" / "broken").symlink_to(tmp_path / "nowhere")
    report = tally_blocks(maildir_blocks(root), MailTally(OFFICIAL)).report()
    assert report.messages_read == 3
    assert report.addresses[0].official_count == 3


def test_a_folder_that_is_not_a_maildir(tmp_path: Path) -> None:
    with pytest.raises(MailScanError, match="not a maildir"):
        list(maildir_blocks(tmp_path))
    with pytest.raises(MailScanError, match="no such file or folder"):
        list(maildir_blocks(tmp_path / "missing"))


def test_eml_folder_walks_subfolders_but_not_links(tmp_path: Path) -> None:
    (tmp_path / "2025").mkdir()
    (tmp_path / "a.eml").write_bytes(message())
    (tmp_path / "2025" / "B.EML").write_bytes(message(newline="\r\n"))
    (tmp_path / "notes.txt").write_bytes(message())
    (tmp_path / "2025" / "loop").symlink_to(tmp_path)
    (tmp_path / "link.eml").symlink_to(tmp_path / "a.eml")
    report = tally_blocks(eml_blocks(tmp_path), MailTally(OFFICIAL)).report()
    assert report.messages_read == 2


def _thunderbird_profile(profile: Path) -> None:
    local = profile / "Mail" / "Local Folders"
    local.mkdir(parents=True)
    (local / "Inbox").write_bytes(mbox([message()]))
    (local / "Inbox.msf").write_bytes(b"// index")
    (local / "popstate.dat").write_bytes(b"state")
    (local / "Inbox.sbd").mkdir()
    (local / "Inbox.sbd" / "Exchange").write_bytes(mbox([message()]))
    (local / "Inbox.sbd" / "Exchange.msf").write_bytes(b"")
    (local / "Trash").write_bytes(b"")  # empty folders are not listed
    for sub in ("cur", "tmp"):  # nor an empty maildir folder, as Thunderbird makes them
        (local / "Unsent Messages" / sub).mkdir(parents=True)
    imap = profile / "ImapMail" / "imap.home.example"
    write_maildir(imap / "INBOX", [message()])


def test_thunderbird_profiles_with_relative_and_absolute_paths(tmp_path: Path) -> None:
    home = tmp_path / "home"
    root = home / ".thunderbird"
    _thunderbird_profile(root / "abcd.default-release")
    elsewhere = tmp_path / "disk" / "work-profile"
    _thunderbird_profile(elsewhere)
    root.mkdir(parents=True, exist_ok=True)
    (root / "profiles.ini").write_text(
        "[Install4F96D1932A9F858E]\nDefault=abcd.default-release\n\n"
        "[Profile0]\nName=default-release\nIsRelative=1\nPath=abcd.default-release\n\n"
        f"[Profile1]\nName=work\nIsRelative=0\nPath={elsewhere}\n\n"
        "[Profile2]\nName=gone\nIsRelative=1\nPath=missing.default\n\n"
        "[General]\nStartWithLastProfile=1\nVersion=2\n"
    )
    assert profiles_in(root) == [root / "abcd.default-release", elsewhere]
    stores = discover_stores(home, {}, "linux")
    kinds = [(s.kind, s.path.relative_to(tmp_path).as_posix()) for s in stores]
    for base in ("home/.thunderbird/abcd.default-release", "disk/work-profile"):
        assert (MBOX, f"{base}/Mail/Local Folders/Inbox") in kinds
        assert (MBOX, f"{base}/Mail/Local Folders/Inbox.sbd/Exchange") in kinds
        assert (MAILDIR, f"{base}/ImapMail/imap.home.example/INBOX") in kinds
    assert len(stores) == 6
    tally = MailTally(OFFICIAL)
    for store in stores:
        tally_blocks(store_blocks(store), tally)
    assert tally.report().messages_read == 6


def test_thunderbird_roots_per_platform(tmp_path: Path) -> None:
    assert thunderbird_roots(tmp_path, {"APPDATA": "C:/Users/a/AppData/Roaming"}, "win32") == [
        Path("C:/Users/a/AppData/Roaming/Thunderbird")
    ]
    assert thunderbird_roots(tmp_path, {}, "win32") == []
    assert thunderbird_roots(tmp_path, {}, "darwin") == [tmp_path / "Library" / "Thunderbird"]
    linux = thunderbird_roots(tmp_path, {}, "linux")
    assert tmp_path / "snap/thunderbird/common/.thunderbird" in linux
    assert tmp_path / ".var/app/org.mozilla.Thunderbird/.thunderbird" in linux


def test_snap_and_flatpak_thunderbird_and_a_broken_profiles_ini(tmp_path: Path) -> None:
    snap = tmp_path / "snap/thunderbird/common/.thunderbird"
    _thunderbird_profile(snap / "p1")
    (snap / "profiles.ini").write_text("[Profile0]\nPath=p1\n")
    flatpak = tmp_path / ".var/app/org.mozilla.Thunderbird/.thunderbird"
    flatpak.mkdir(parents=True)
    (flatpak / "profiles.ini").write_bytes(b"\xff\xfe not an ini [[[\n")
    stores = discover_stores(tmp_path, {}, "linux")
    assert len(stores) == 3  # the snap profile's; the flatpak one's ini is unreadable
    assert all(str(s.path).startswith(str(snap)) for s in stores)


def _cache_message(folder: Path, bucket: str, uid: str, raw: bytes) -> None:
    (folder / "cur" / bucket).mkdir(parents=True, exist_ok=True)
    (folder / "cur" / bucket / uid).write_bytes(raw)


def test_evolution_imap_cache_folders(tmp_path: Path) -> None:
    """Evolution's copies of an IMAP account: folders/<name>/cur/<xx>/<uid>, with
    subfolders under <name>/subfolders/; tmp/ (downloads under way) is not read."""
    folders = tmp_path / ".cache/evolution/mail/1700000000.1234.5@host/folders"
    inbox, nested = folders / "INBOX", folders / "Work" / "subfolders" / "Exchange"
    _cache_message(inbox, "3f", "101", message(to="ola@imap.example"))
    _cache_message(inbox, "0a", "102", message(to="ola@imap.example"))
    (inbox / "tmp").mkdir()
    (inbox / "tmp" / "103").write_bytes(message(to="half@imap.example")[:40])
    _cache_message(nested, "1c", "7", message(to="ola@imap.example", dkim_pass=OFFICIAL[1]))
    (folders / "Work" / "cur").mkdir(parents=True)  # a folder with nothing cached
    (folders / "Trash" / "cur" / "2b").mkdir(parents=True)
    stores = discover_stores(tmp_path, {}, "linux")
    assert [(s.client, s.kind, s.path) for s in stores] == [
        ("evolution", CACHED, inbox),
        ("evolution", CACHED, nested),
    ]
    reports = [tally_blocks(store_blocks(s), MailTally(OFFICIAL)).report() for s in stores]
    assert [r.messages_read for r in reports] == [2, 1]
    assert reports[1].likely_login is not None
    assert reports[1].likely_login.address == "ola@imap.example"
    moved = tmp_path / "xdg-cache"
    _cache_message(moved / "evolution/mail/acct/folders/INBOX", "00", "1", message())
    [elsewhere] = discover_stores(tmp_path, {"XDG_CACHE_HOME": str(moved)}, "linux")
    assert elsewhere.path == moved / "evolution/mail/acct/folders/INBOX"


def test_evolution_local_folders(tmp_path: Path) -> None:
    local = tmp_path / ".local/share/evolution/mail/local"
    write_maildir(local, [message()])
    write_maildir(local / ".Exchange", [message()])
    [store] = discover_stores(tmp_path, {}, "linux")
    assert (store.client, store.kind, store.path) == ("evolution", MAILDIR, local)
    assert tally_blocks(store_blocks(store), MailTally(OFFICIAL)).report().messages_read == 2
    data_home = tmp_path / "xdg"
    write_maildir(data_home / "evolution/mail/local", [message()])
    [moved] = discover_stores(tmp_path, {"XDG_DATA_HOME": str(data_home)}, "linux")
    assert moved.path == data_home / "evolution/mail/local"
    assert discover_stores(tmp_path, {}, "darwin") == []


@pytest.mark.skipif(
    os.geteuid() == 0,
    reason="root reads files whatever their mode; CI runs this one as an unprivileged user",
)
def test_an_unreadable_message_file_is_skipped(tmp_path: Path) -> None:
    root = write_maildir(tmp_path / "Maildir", [message(), message()])
    first = sorted((root / "new").iterdir())[0]
    first.chmod(0)
    report = tally_blocks(maildir_blocks(root), MailTally(OFFICIAL)).report()
    assert (report.messages_read, report.messages_skipped) == (1, 1)
    assert report.skipped_reasons == {"unreadable": 1}
