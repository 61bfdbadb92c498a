"""Every local read is bounded: real FIFOs, links to /dev/zero and oversized files,
against read_bounded itself and against each reader (profiles, settings, brand files, saved
feeds, QR images). A read that hung would fail the deadline, not hang the run."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from breachguard.core import localfiles
from breachguard.core.localfiles import (
    FileTooLarge,
    NotARegularFile,
    SymlinkRefused,
    read_bounded,
)

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs need a POSIX system")

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources/profiles/example-exchange.json"


def within(seconds: float, work: Callable[[], Any]) -> Any:
    """Runs ``work`` on a thread and fails the test if it has not ended in time (a
    read blocked on a FIFO would otherwise hang the whole run)."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed back to the test below
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still reading after {seconds} s"
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    return path


@pytest.fixture
def zero_link(tmp_path: Path) -> Path:
    path = tmp_path / "zero.json"
    path.symlink_to("/dev/zero")
    return path


def test_a_regular_file_up_to_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"x" * 100)
    assert read_bounded(path, limit=100) == b"x" * 100
    with pytest.raises(FileTooLarge, match="larger than 99 bytes"):
        read_bounded(path, limit=99)


def test_a_fifo_is_refused_at_once(fifo: Path) -> None:
    with pytest.raises(NotARegularFile, match="pipe"):
        within(5, lambda: read_bounded(fifo, limit=1024))


def test_a_link_to_dev_zero_is_refused(zero_link: Path) -> None:
    with pytest.raises(NotARegularFile, match="device"):
        within(5, lambda: read_bounded(zero_link, limit=1024))
    with pytest.raises(SymlinkRefused, match="symbolic link"):
        read_bounded(zero_link, limit=1024, follow_symlinks=False)


def test_a_link_to_a_regular_file_is_followed_only_when_allowed(tmp_path: Path) -> None:
    target = tmp_path / "real.json"
    target.write_bytes(b"{}")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert read_bounded(link, limit=10) == b"{}"
    with pytest.raises(SymlinkRefused):
        read_bounded(link, limit=10, follow_symlinks=False)


def test_no_more_than_limit_plus_one_bytes_are_read_whatever_the_size_says() -> None:
    # /proc files say they are empty and still hold text: the size check alone
    # would let them through, the bounded read does not.
    status = Path("/proc/self/status")
    if not status.is_file():
        pytest.skip("no /proc here")
    assert os.stat(status).st_size == 0
    with pytest.raises(FileTooLarge):
        read_bounded(status, limit=16)


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(NotARegularFile, match="folder"):
        read_bounded(tmp_path, limit=10)


# -- every reader ----------------------------------------------------------------------


def test_profile_files(fifo: Path, zero_link: Path, tmp_path: Path, app_paths: Any) -> None:
    from breachguard.core.profile_update import ProfileFile
    from breachguard.core.profiles import ProfileRegistry
    from breachguard.core.provider import ProfileError

    big = tmp_path / "big.json"
    big.write_bytes(b" " * (256 * 1024) + EXAMPLE.read_bytes())
    for path, reason in ((fifo, "pipe"), (zero_link, "device"), (big, "larger than 256 KiB")):
        with pytest.raises(ProfileError, match=reason):
            within(5, lambda path=path: ProfileFile.read(path))
    # Planted in the app's own folder, a link is not followed at all.
    app_paths.profiles_dir.mkdir(parents=True)
    (app_paths.profiles_dir / "planted.json").symlink_to(EXAMPLE)
    registry = ProfileRegistry(app_paths.profiles_dir)
    assert registry.imported() == []
    assert registry.problems == [
        "imported profile planted.json: cannot read the profile file: is a symbolic link; "
        "BreachGuard does not follow links in its own folders"
    ]


def test_the_command_line_refuses_a_fifo_profile_at_once(fifo: Path, hermetic_home: Path) -> None:
    env = dict(os.environ, BREACHGUARD_HOME=str(hermetic_home), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "breachguard", "--provider", str(fifo)],
        capture_output=True,
        text=True,
        env=env,
        timeout=30,  # a blocked read would end here, as a failure
    )
    assert result.returncode == 2
    assert "is a pipe (FIFO), not a regular file" in result.stderr


def test_settings(tmp_path: Path) -> None:
    from breachguard.core.settings import Settings

    fifo_settings = tmp_path / "a" / "settings.json"
    fifo_settings.parent.mkdir()
    os.mkfifo(fifo_settings)
    settings = within(5, lambda: Settings(fifo_settings))
    assert "pipe" in (settings.load_problem or "")

    linked = tmp_path / "b" / "settings.json"
    linked.parent.mkdir()
    linked.symlink_to("/dev/zero")
    assert "symbolic link" in (within(5, lambda: Settings(linked)).load_problem or "")

    big = tmp_path / "c" / "settings.json"
    big.parent.mkdir()
    big.write_bytes(b"{" + b" " * (256 * 1024) + b"}")
    settings = Settings(big)
    assert "larger than 256 KiB" in (settings.load_problem or "")
    assert "set aside" in (settings.load_problem or "")


def test_a_settings_link_is_replaced_not_written_through(tmp_path: Path) -> None:
    from breachguard.core.settings import Settings

    outside = tmp_path / "outside.json"
    outside.write_text("{}")
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.json").symlink_to(outside)
    Settings(home / "settings.json").set("language", "de")
    assert outside.read_text() == "{}"
    assert not (home / "settings.json").is_symlink()


def test_brand_files(
    fifo: Path, zero_link: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from breachguard.core import resources
    from breachguard.packaging.brand import BrandError, load_brand

    for path, reason in ((fifo, "pipe"), (zero_link, "device")):
        with pytest.raises(BrandError, match=reason):
            within(5, lambda path=path: load_brand(path))
    big = tmp_path / "big.toml"
    big.write_bytes(b"#" * (65 * 1024))
    with pytest.raises(BrandError, match="larger than 64 KiB"):
        load_brand(big)

    # The brand file a white-label build carries, read at start-up.
    package = tmp_path / "package"
    package.mkdir()
    os.mkfifo(package / resources.BRAND_FILE)
    monkeypatch.setattr(resources, "_package_dir", lambda: package)
    resources.load_brand.cache_clear()
    try:
        assert within(5, resources.load_brand) == resources.BrandDefaults()
    finally:
        resources.load_brand.cache_clear()


def test_saved_feeds(tmp_path: Path) -> None:
    import hashlib

    from breachguard.core.feeds.store import MAX_BODY_BYTES, SourceMeta, SourceStore

    store = SourceStore(tmp_path, "key")
    store.directory.mkdir()
    (store.directory / "feed.body").symlink_to("/dev/zero")
    meta = SourceMeta(body_sha256=hashlib.sha256(b"").hexdigest())
    assert within(5, lambda: store.load_content(meta)) is None

    (store.directory / "feed.body").unlink()
    os.mkfifo(store.directory / "feed.body")
    assert within(5, lambda: store.load_content(meta)) is None

    (store.directory / "feed.body").unlink()
    big = b" " * (MAX_BODY_BYTES + 1)
    (store.directory / "feed.body").write_bytes(big)
    assert store.load_content(SourceMeta(body_sha256=hashlib.sha256(big).hexdigest())) is None


def test_saved_statuspage_file_on_the_command_line(fifo: Path, tmp_path: Path) -> None:
    from breachguard.core.feeds import cli

    err = io.StringIO()
    code = within(
        5,
        lambda: cli.main(
            ["--feed", str(fifo)], stdout=io.StringIO(), stderr=err, data_dir=tmp_path
        ),
    )
    assert code == 1 and "is a pipe (FIFO), not a regular file" in err.getvalue()


def test_qr_images(fifo: Path, zero_link: Path, tmp_path: Path, qtbot: Any) -> None:
    from breachguard.qt.qr import MAX_FILE_BYTES, QrError, load_image_file

    big = tmp_path / "big.png"
    big.write_bytes(b"\0" * (MAX_FILE_BYTES + 1))
    for path, code in ((fifo, "not_a_file"), (zero_link, "not_a_file"), (big, "too_large")):
        with pytest.raises(QrError) as caught:
            within(5, lambda path=path: load_image_file(str(path)))
        assert caught.value.code == code


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_inspect_2fa_image_argument(kind: str, tmp_path: Path) -> None:
    path = tmp_path / "qr.png"
    if kind == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/zero")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BREACHGUARD_HOME=str(tmp_path / "h"))
    result = subprocess.run(
        [sys.executable, "-m", "breachguard", "inspect-2fa", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
    )
    assert result.returncode == 2
    assert "qr.png is not a picture file" in result.stderr


def test_limits_are_named_in_messages() -> None:
    assert localfiles.describe_size(256 * 1024) == "256 KiB"
    assert localfiles.describe_size(20 * 1024 * 1024) == "20 MiB"
    assert json.dumps(localfiles.describe_size(100)) == '"100 bytes"'


def test_the_app_s_image_import_says_why_and_stays_responsive(
    fifo: Path, qtbot: Any, app_context: Any
) -> None:
    from breachguard.ui.pages.enroll import EnrollPage

    page = EnrollPage(app_context)
    qtbot.addWidget(page)
    page.show()
    picture = fifo.with_name("setup.png")
    fifo.rename(picture)

    page.controller.intake.decode_file(str(picture))

    qtbot.waitUntil(page.problem_banner.isVisible, timeout=10000)
    assert page.problem_banner.code == "not_a_file"
    assert "setup.png" in page.problem_banner.text()  # names the file the user picked
    page.shutdown()
