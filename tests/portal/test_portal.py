"""PortalScreenshot against a scripted portal on a real, private D-Bus bus."""

from __future__ import annotations

import os
import re
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import segno
import shiboken6
from PySide6.QtDBus import QDBusConnection

from breachguard.qt import qr
from breachguard.qt.portal import PortalScreenshot, read_and_remove, request_path
from breachguard.qt.tasks import TaskRunner
from tests.portal.conftest import FakePortalProcess

URI = "otpauth://totp/Demo%20Exchange:ola?secret=JBSWY3DPEHPK3PXP&issuer=Demo%20Exchange"
WAIT_MS = 15_000


@pytest.fixture
def tasks(qtbot: Any) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    qtbot.waitUntil(lambda: runner.pending == 0)


@pytest.fixture
def make_shot(
    qtbot: Any, tasks: TaskRunner, bus: QDBusConnection
) -> Iterator[Callable[..., PortalScreenshot]]:
    """``make_shot(**options)``: PortalScreenshots on the private bus, each withdrawn and
    deleted after the test, while its connection is still up, so none is left for the
    garbage collector to delete at some later moment."""
    made: list[PortalScreenshot] = []

    def make(**options: Any) -> PortalScreenshot:
        options.setdefault("connection", bus)
        made.append(PortalScreenshot(tasks, **options))
        return made[-1]

    yield make
    for each in made:
        each.close()
    qtbot.waitUntil(lambda: tasks.pending == 0)
    for each in made:
        shiboken6.delete(each)


@pytest.fixture
def shot(make_shot: Callable[..., PortalScreenshot]) -> PortalScreenshot:
    return make_shot()


def outcomes(shot: PortalScreenshot) -> list[str]:
    """Records every signal, to check that exactly one outcome came."""
    seen: list[str] = []
    shot.captured.connect(lambda _image: seen.append("captured"))
    shot.cancelled.connect(lambda: seen.append("cancelled"))
    shot.failed.connect(lambda _text: seen.append("failed"))
    shot.leftover.connect(lambda _text: seen.append("leftover"))
    return seen


@pytest.mark.parametrize("mode", ["ok", "early", "legacy"])
def test_capture_is_read_into_memory_and_the_file_deleted(
    qtbot: Any,
    shot: PortalScreenshot,
    fake_portal: Callable[..., FakePortalProcess],
    mode: str,
) -> None:
    portal = fake_portal(mode, URI)
    seen = outcomes(shot)
    with qtbot.waitSignal(shot.captured, timeout=WAIT_MS) as blocker:
        assert shot.start()
    image = blocker.args[0]
    assert qr.decode_qimage(image).text == URI
    (written,) = portal.written_files()
    assert not written.exists()
    assert list(portal.out_dir.iterdir()) == []
    assert seen == ["captured"]
    assert not shot.active

    (request,) = portal.events("screenshot")
    assert request["options"]["interactive"] is True
    token = request["options"]["handle_token"]
    assert re.fullmatch(r"breachguard_[0-9a-f]{16}", token)
    if mode != "legacy":
        assert request["path"].endswith("/" + token)
    assert request["parent_window"] == ""


def test_user_cancelling_is_not_an_error(
    qtbot: Any, shot: PortalScreenshot, fake_portal: Callable[..., FakePortalProcess]
) -> None:
    fake_portal("cancel")
    seen = outcomes(shot)
    with qtbot.waitSignal(shot.cancelled, timeout=WAIT_MS):
        shot.start()
    assert seen == ["cancelled"]
    assert not shot.active


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        ("fail", "The desktop could not take the screenshot."),
        ("nouri", "The desktop returned no usable screenshot."),
        ("huge", "larger than 4096×4096 pixels"),
    ],
)
def test_portal_failures_are_explained(
    qtbot: Any,
    shot: PortalScreenshot,
    fake_portal: Callable[..., FakePortalProcess],
    mode: str,
    message: str,
) -> None:
    portal = fake_portal(mode)
    seen = outcomes(shot)
    with qtbot.waitSignal(shot.failed, timeout=WAIT_MS) as blocker:
        shot.start()
    assert message in blocker.args[0]
    assert seen == ["failed"]
    # Even a capture we refuse is not left behind.
    assert all(not path.exists() for path in portal.written_files())


def test_no_portal_on_the_bus_says_so(qtbot: Any, shot: PortalScreenshot) -> None:
    with qtbot.waitSignal(shot.failed, timeout=WAIT_MS) as blocker:
        shot.start()
    assert "offers no screenshot service" in blocker.args[0]
    assert "Paste a QR image" in blocker.args[0]


def test_no_session_bus_says_so(qtbot: Any, tasks: TaskRunner, tmp_path: Path) -> None:
    name = f"breachguard-test-{uuid.uuid4().hex}"
    dead = QDBusConnection.connectToBus(f"unix:path={tmp_path / 'no-bus'}", name)
    shot = PortalScreenshot(tasks, connection=dead)
    try:
        with qtbot.waitSignal(shot.failed, timeout=WAIT_MS) as blocker:
            shot.start()
        assert "offers no screenshot service" in blocker.args[0]
    finally:
        # Nothing may still hold the connection when Qt closes it.
        shiboken6.delete(shot)
        del dead
        QDBusConnection.disconnectFromBus(name)


def test_a_dialog_that_never_answers_times_out_and_is_closed(
    qtbot: Any,
    make_shot: Callable[..., PortalScreenshot],
    fake_portal: Callable[..., FakePortalProcess],
) -> None:
    portal = fake_portal("silent")
    shot = make_shot(timeout_ms=500)
    seen = outcomes(shot)
    with qtbot.waitSignal(shot.failed, timeout=WAIT_MS) as blocker:
        shot.start()
    assert "did not answer in time" in blocker.args[0]
    assert seen == ["failed"]
    qtbot.waitUntil(lambda: len(portal.events("close")) == 1, timeout=WAIT_MS)


def test_one_request_at_a_time_and_close_is_silent(
    qtbot: Any, shot: PortalScreenshot, fake_portal: Callable[..., FakePortalProcess]
) -> None:
    portal = fake_portal("silent")
    seen = outcomes(shot)
    assert shot.start()
    assert not shot.start()
    qtbot.waitUntil(lambda: len(portal.events("screenshot")) == 1, timeout=WAIT_MS)
    shot.close()
    assert not shot.active
    qtbot.waitUntil(lambda: len(portal.events("close")) == 1, timeout=WAIT_MS)
    assert seen == []


def test_request_path_follows_the_portal_rule() -> None:
    assert (
        request_path(":1.42", "breachguard_ab")
        == "/org/freedesktop/portal/desktop/request/1_42/breachguard_ab"
    )


def _qr_png(path: Path) -> Path:
    segno.make(URI).save(str(path), scale=4)
    return path


def test_read_and_remove_deletes_a_fresh_capture(tmp_path: Path) -> None:
    path = _qr_png(tmp_path / "shot.png")
    image, removed = read_and_remove(str(path), time.time())
    assert removed and not path.exists()
    assert qr.decode_qimage(image).text == URI


def test_read_and_remove_leaves_an_old_file_alone(tmp_path: Path) -> None:
    path = _qr_png(tmp_path / "old.png")
    old = time.time() - 3600
    os.utime(path, (old, old))
    with pytest.raises(qr.QrError, match="no usable screenshot"):
        read_and_remove(str(path), time.time())
    assert path.exists()


def test_read_and_remove_never_follows_a_symlink(tmp_path: Path) -> None:
    target = _qr_png(tmp_path / "precious.png")
    link = tmp_path / "link.png"
    link.symlink_to(target)
    with pytest.raises(qr.QrError, match="no usable screenshot"):
        read_and_remove(str(link), time.time())
    assert target.exists() and link.is_symlink()


def test_read_and_remove_deletes_a_file_that_is_not_an_image(tmp_path: Path) -> None:
    path = tmp_path / "junk.png"
    path.write_bytes(b"not a picture")
    with pytest.raises(qr.QrError):
        read_and_remove(str(path), time.time())
    assert not path.exists()
