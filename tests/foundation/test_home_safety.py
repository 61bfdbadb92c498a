"""The app's home is private and its own: folders 0700, files 0600 (the log too),
a home another user owns or may write to is refused with a clear message, and no
symbolic link in it is followed."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from breachguard.core.atomic import atomic_write_bytes
from breachguard.core.localfiles import SymlinkRefused
from breachguard.core.logsetup import configure_logging
from breachguard.core.paths import AppPaths, HomeError

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes and owners")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def paths_at(home: Path) -> AppPaths:
    return AppPaths.from_environment({"BREACHGUARD_HOME": str(home)})


def test_everything_created_is_private(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)  # a usual desktop umask: 0755 folders, 0644 files
    try:
        paths = paths_at(tmp_path / "home").ensure()
        atomic_write_bytes(paths.profiles_dir / "x.json", b"{}")
        atomic_write_bytes(paths.data_dir / "feeds" / "abc" / "feed.body", b"[]")
        log_file = configure_logging(paths.log_dir)
        logging.getLogger("breachguard.test").warning("written")
        for handler in logging.getLogger().handlers:
            handler.flush()
    finally:
        os.umask(old_umask)
    for folder in (*paths.folders, paths.profiles_dir, paths.data_dir / "feeds" / "abc"):
        assert mode(folder) == 0o700, folder
    for file in (paths.profiles_dir / "x.json", paths.data_dir / "feeds/abc/feed.body", log_file):
        assert mode(file) == 0o600, file


def test_a_new_log_after_rotation_is_private_too(tmp_path: Path) -> None:
    log_file = configure_logging(tmp_path / "logs")
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "breachguard", False))
    logging.getLogger("breachguard.test").warning("before")
    handler.doRollover()  # type: ignore[attr-defined]
    logging.getLogger("breachguard.test").warning("after")
    handler.flush()
    assert mode(log_file) == 0o600
    assert mode(log_file.with_name(log_file.name + ".1")) == 0o600


def test_what_an_older_version_left_loose_is_tightened(tmp_path: Path) -> None:
    home = tmp_path / "home"
    feeds = home / "data" / "feeds"
    feeds.mkdir(parents=True, mode=0o755)
    (home / "data").chmod(0o755)
    feeds.chmod(0o755)
    (feeds / "meta.json").write_text("{}")
    (feeds / "meta.json").chmod(0o644)
    (home / "logs").mkdir(mode=0o755)
    (home / "logs" / "breachguard.log").write_text("old\n")
    (home / "logs" / "breachguard.log").chmod(0o644)

    paths_at(home).ensure()

    assert mode(home / "data") == mode(feeds) == 0o700
    assert mode(feeds / "meta.json") == mode(home / "logs" / "breachguard.log") == 0o600


def test_a_home_others_may_write_to_is_refused(tmp_path: Path) -> None:
    home = tmp_path / "shared"
    home.mkdir()
    home.chmod(0o777)
    with pytest.raises(HomeError) as caught:
        paths_at(home).ensure()
    message = str(caught.value)
    assert str(home) in message and "other users" in message and "chmod 700" in message
    assert not (home / "config").exists()  # nothing was created in it


def test_an_app_folder_others_may_write_to_is_refused(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    (home / "config").chmod(0o770)
    with pytest.raises(HomeError, match="mode 0770"):
        paths_at(home).ensure()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown needs root")
def test_a_home_owned_by_another_user_is_refused(tmp_path: Path) -> None:
    home = tmp_path / "theirs"
    home.mkdir(mode=0o700)
    os.chown(home, 65534, 65534)
    with pytest.raises(HomeError, match="belongs to another user"):
        paths_at(home).ensure()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown needs root")
def test_a_file_owned_by_another_user_inside_is_refused(tmp_path: Path) -> None:
    home = tmp_path / "home"
    paths = paths_at(home).ensure()
    planted = paths.profiles_dir / "example-exchange.json"
    atomic_write_bytes(planted, b"{}")
    os.chown(planted, 65534, 65534)
    with pytest.raises(HomeError, match=r"example-exchange\.json, which belongs to another user"):
        paths.ensure()


@pytest.mark.parametrize(
    "link",
    ["config", "data/feeds", "config/profiles/example-exchange.json", "logs/breachguard.log"],
)
def test_no_symbolic_link_in_the_home_is_followed(tmp_path: Path, link: str) -> None:
    home = tmp_path / "home"
    paths_at(home).ensure()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = home / link
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.is_dir():
        target.rmdir()
    target.symlink_to(elsewhere)
    with pytest.raises(HomeError, match="symbolic link") as caught:
        paths_at(home).ensure()
    assert str(target) in str(caught.value)


def test_a_write_into_a_linked_folder_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "profiles").symlink_to(elsewhere)
    with pytest.raises(SymlinkRefused):
        atomic_write_bytes(tmp_path / "profiles" / "x.json", b"{}")
    assert list(elsewhere.iterdir()) == []


@pytest.mark.parametrize("command", [[], ["notices", "--provider", "demo-exchange"], ["doctor"]])
def test_the_app_and_its_commands_stop_with_the_reason(tmp_path: Path, command: list[str]) -> None:
    home = tmp_path / "shared"
    home.mkdir()
    home.chmod(0o777)
    env: dict[str, Any] = dict(os.environ, BREACHGUARD_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "breachguard", *command],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 2
    assert "can be changed by other users" in result.stderr and "Traceback" not in result.stderr
