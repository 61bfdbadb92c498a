"""Where mail clients on this computer keep local copies of mail.

Nothing here reads a message: discovery lists the stores (kind and path) so the
app can ask before reading each one. The home folder, environment and platform are
parameters, so tests can point discovery at generated profile folders.

Thunderbird keeps ``profiles.ini`` in its root folder; each profile has ``Mail/``
(local and POP accounts) and ``ImapMail/`` (IMAP caches) with one folder per
account. A mail folder is an mbox file without extension next to its ``.msf``
index, its subfolders in ``NAME.sbd/``; profiles set to maildir storage keep each
folder as a directory with ``cur/`` and ``new/``. Evolution keeps local folders
as a Maildir++ tree, and copies of its IMAP accounts' mail in its cache:
``$XDG_CACHE_HOME/evolution/mail/<account>/folders/<folder>/cur/<xx>/<uid>``, a
folder's subfolders under ``<folder>/subfolders/`` (evolution-data-server's
camel-imapx-store.c builds the path, camel-data-cache.c the ``cur/<xx>/`` part).
"""

from __future__ import annotations

import configparser
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path, PurePath

from breachguard.core.localfiles import read_bounded
from breachguard.core.mailscan.sources import cached_message_files, maildir_folders

MBOX = "mbox"
MAILDIR = "maildir"
CACHED = "cached"  # one folder of Evolution's IMAP cache
MAX_PROFILES_INI_BYTES = 256 * 1024
# Folders nested deeper than any mail client makes them are not walked.
_MAX_DEPTH = 12


@dataclass(frozen=True)
class MailStore:
    client: str  # "thunderbird" or "evolution"
    kind: str  # MBOX or MAILDIR
    path: Path
    place: str = ""  # account and folder as the client shows them ("" when unknown)


# Folder names a mail client keeps on disk but never shows.
_HIDDEN_PARTS = frozenset({"folders", "subfolders"})


def _place(inside: PurePath) -> str:
    """``imap.gmail.com › INBOX › Exchange`` for a store at ``inside`` (its path under
    the client's mail folder: account first)."""
    shown = [part.removesuffix(".sbd") for part in inside.parts if part not in _HIDDEN_PARTS]
    return " › ".join(shown)


def thunderbird_roots(home: Path, environ: Mapping[str, str], platform: str) -> list[Path]:
    """Folders that may hold Thunderbird's ``profiles.ini``, for ``sys.platform``."""
    if platform.startswith("win"):
        appdata = environ.get("APPDATA")
        return [Path(appdata) / "Thunderbird"] if appdata else []
    if platform == "darwin":
        return [home / "Library" / "Thunderbird"]
    return [
        home / ".thunderbird",
        home / "snap" / "thunderbird" / "common" / ".thunderbird",
        home / ".var" / "app" / "org.mozilla.Thunderbird" / ".thunderbird",
    ]


def profiles_in(root: Path) -> list[Path]:
    """The profile folders ``root/profiles.ini`` names that exist, in file order."""
    try:
        text = read_bounded(root / "profiles.ini", limit=MAX_PROFILES_INI_BYTES).decode(
            "utf-8", "replace"
        )
    except OSError:
        return []
    ini = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        ini.read_string(text)
    except configparser.Error:
        return []
    found: list[Path] = []
    for section in ini.sections():
        # [ProfileN] sections; [Install...] ones only repeat a profile as Default.
        if not section.startswith("Profile") or "path" not in ini[section]:
            continue
        value = ini[section]["path"].strip()
        relative = ini[section].get("isrelative", "1").strip() != "0"
        profile = (root / value) if relative else Path(value)
        if value and profile.is_dir() and profile not in found:
            found.append(profile)
    return found


def _holds_a_message(maildir: Path) -> bool:
    for sub in ("cur", "new"):
        try:
            with os.scandir(maildir / sub) as scan:
                if any(entry.is_file(follow_symlinks=False) for entry in scan):
                    return True
        except OSError:
            continue
    return False


def _mbox_files(folder: Path, depth: int = 0) -> list[MailStore]:
    stores: list[MailStore] = []
    if depth > _MAX_DEPTH:
        return stores
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError:
        return stores
    names = {entry.name for entry in entries}
    for entry in entries:
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            if entry.name.endswith(".sbd"):
                stores += _mbox_files(path, depth + 1)
            elif (path / "cur").is_dir() or (path / "new").is_dir():
                # Thunderbird makes every folder (Trash, Unsent Messages) at once,
                # empty: like an empty mbox, nothing to ask the customer about.
                if _holds_a_message(path):
                    stores.append(MailStore("thunderbird", MAILDIR, path))
            else:
                stores += _mbox_files(path, depth + 1)  # an account folder
        elif entry.is_file(follow_symlinks=False) and entry.stat().st_size > 0:
            if f"{entry.name}.msf" in names or ("." not in entry.name and depth > 0):
                stores.append(MailStore("thunderbird", MBOX, path))
    return stores


def thunderbird_stores(profile: Path) -> list[MailStore]:
    """The mail stores of one Thunderbird profile folder."""
    stores: list[MailStore] = []
    for top in ("Mail", "ImapMail"):
        if (profile / top).is_dir():
            found = _mbox_files(profile / top, 1)
            stores += [replace(s, place=_place(s.path.relative_to(profile / top))) for s in found]
    return stores


def evolution_stores(home: Path, environ: Mapping[str, str]) -> list[MailStore]:
    """Evolution's local folders: one Maildir++ tree (its subfolders are read with it)."""
    data = environ.get("XDG_DATA_HOME") or str(home / ".local" / "share")
    local = Path(data) / "evolution" / "mail" / "local"
    return [MailStore("evolution", MAILDIR, local)] if maildir_folders(local) else []


def _cached_folders(folder: Path, depth: int = 0) -> list[MailStore]:
    stores: list[MailStore] = []
    if depth > _MAX_DEPTH:
        return stores
    try:
        with os.scandir(folder) as scan:
            names = sorted(e.name for e in scan if e.is_dir(follow_symlinks=False))
    except OSError:
        return stores
    for name in names:
        path = folder / name
        if cached_message_files(path):
            stores.append(MailStore("evolution", CACHED, path))
        if (path / "subfolders").is_dir():
            stores += _cached_folders(path / "subfolders", depth + 1)
    return stores


def evolution_cached_stores(home: Path, environ: Mapping[str, str]) -> list[MailStore]:
    """The folders of Evolution's IMAP cache that hold messages, per account."""
    cache = environ.get("XDG_CACHE_HOME") or str(home / ".cache")
    accounts = Path(cache) / "evolution" / "mail"
    try:
        with os.scandir(accounts) as scan:
            names = sorted(e.name for e in scan if e.is_dir(follow_symlinks=False))
    except OSError:
        return []
    stores: list[MailStore] = []
    for name in names:
        found = _cached_folders(accounts / name / "folders")
        stores += [replace(s, place=_place(s.path.relative_to(accounts))) for s in found]
    return stores


def discover_stores(home: Path, environ: Mapping[str, str], platform: str) -> list[MailStore]:
    """Every Thunderbird and Evolution store found, each listed once."""
    stores: list[MailStore] = []
    for root in thunderbird_roots(home, environ, platform):
        for profile in profiles_in(root):
            stores += thunderbird_stores(profile)
    if not platform.startswith(("win", "darwin")):
        stores += evolution_stores(home, environ)
        stores += evolution_cached_stores(home, environ)
    unique: dict[Path, MailStore] = {}
    for store in stores:
        unique.setdefault(store.path, store)
    return list(unique.values())


__all__ = [
    "CACHED",
    "MAILDIR",
    "MBOX",
    "MailStore",
    "discover_stores",
    "evolution_cached_stores",
    "evolution_stores",
    "profiles_in",
    "thunderbird_roots",
    "thunderbird_stores",
]
