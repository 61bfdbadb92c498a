"""Where BreachGuard keeps its files: one place, overridable, created on demand.

``BREACHGUARD_HOME`` puts everything under one directory (tests, portable
installs, support reproductions); otherwise platformdirs decides per OS.

The folders are private: :meth:`AppPaths.ensure` makes them 0700 (files in them
0600) and refuses to start on a home that another user owns or may write to, or
that holds a symbolic link, because anything read from there (settings, imported
provider profiles, cached feeds) is trusted.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import NamedTuple

from breachguard.core.atomic import PRIVATE_DIR_MODE, ensure_private_dir

HOME_ENV = "BREACHGUARD_HOME"
PRIVATE_FILE_MODE = 0o600


class HomeError(Exception):
    """The app's folders are not safe to use; ``str()`` says which and what to do."""


# A NamedTuple, not a dataclass: this is read before the first frame, and the
# dataclasses module and its class building cost milliseconds there.
class AppPaths(NamedTuple):
    config_dir: Path
    data_dir: Path
    cache_dir: Path
    log_dir: Path
    home: Path | None = None  # the BREACHGUARD_HOME folder, when one is set

    @classmethod
    def from_environment(cls, environ: dict[str, str] | None = None) -> AppPaths:
        env = os.environ if environ is None else environ
        home = env.get(HOME_ENV, "").strip()
        if home:
            root = Path(home).expanduser().resolve()
            return cls(root / "config", root / "data", root / "cache", root / "logs", root)
        import platformdirs  # deferred: costs start-up time and is only needed here

        dirs = platformdirs.PlatformDirs("BreachGuard", appauthor=False)
        return cls(
            Path(dirs.user_config_dir),
            Path(dirs.user_data_dir),
            Path(dirs.user_cache_dir),
            Path(dirs.user_log_dir),
        )

    @property
    def folders(self) -> tuple[Path, ...]:
        return (self.config_dir, self.data_dir, self.cache_dir, self.log_dir)

    def ensure(self) -> AppPaths:
        """Create the folders privately and check everything already in them.

        Raises HomeError when the home (or one of the folders) is not owned by the
        user, is writable by others, or anything in them is a symbolic link.
        """
        if self.home is not None:
            if self.home.exists():
                _check_folder(self.home, tighten=False)
            else:
                _create(self.home)
        for folder in self.folders:
            if folder.is_symlink() or folder.exists():
                _check_folder(folder, tighten=True)
            else:
                _create(folder)
            _check_tree(folder)
        return self

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def profiles_dir(self) -> Path:
        """Provider profiles the user imported."""
        return self.config_dir / "profiles"


def _create(folder: Path) -> None:
    try:
        ensure_private_dir(folder)
    except OSError as exc:
        raise HomeError(
            f"BreachGuard cannot create its folder {folder}: {exc.strerror or exc}"
        ) from None


def _posix_checks() -> bool:
    return os.name == "posix" and hasattr(os, "getuid")


def _check_folder(folder: Path, *, tighten: bool) -> None:
    info = os.lstat(folder)
    if stat.S_ISLNK(info.st_mode):
        raise HomeError(
            f"BreachGuard's folder {folder} is a symbolic link; it keeps its files only in "
            f"real folders. Remove the link, or set {HOME_ENV} to a folder of your own."
        )
    if not stat.S_ISDIR(info.st_mode):
        raise HomeError(f"{folder} should be BreachGuard's folder but is a file.")
    if not _posix_checks():
        return
    _check_owner(folder, info)
    mode = stat.S_IMODE(info.st_mode)
    if mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise HomeError(
            f"BreachGuard's folder {folder} can be changed by other users (mode {mode:04o}), "
            f"so what is in it cannot be trusted. Make it private with: chmod 700 '{folder}'"
        )
    if tighten and mode != PRIVATE_DIR_MODE:
        os.chmod(folder, PRIVATE_DIR_MODE)


def _check_owner(path: Path, info: os.stat_result) -> None:
    if info.st_uid != os.getuid():
        raise HomeError(
            f"BreachGuard's folder holds {path}, which belongs to another user "
            f"(uid {info.st_uid}); it only uses files you own. Set {HOME_ENV} to a "
            "folder of your own, or remove it."
        )


def _check_tree(folder: Path) -> None:
    """Everything below ``folder``: no links, all the user's, folders 0700, files 0600."""
    for current, dirnames, filenames in os.walk(folder, followlinks=False):
        for name in (*dirnames, *filenames):
            path = Path(current) / name
            info = os.lstat(path)
            if stat.S_ISLNK(info.st_mode):
                raise HomeError(
                    f"BreachGuard's folder holds a symbolic link, {path}; it does not follow "
                    "links out of its folders. Remove the link."
                )
            if not _posix_checks():
                continue
            _check_owner(path, info)
            wanted = PRIVATE_DIR_MODE if stat.S_ISDIR(info.st_mode) else PRIVATE_FILE_MODE
            if stat.S_IMODE(info.st_mode) != wanted and (
                stat.S_ISDIR(info.st_mode) or stat.S_ISREG(info.st_mode)
            ):
                os.chmod(path, wanted)
