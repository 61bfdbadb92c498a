"""Step 3 on Wayland: "Scan the screen" goes through the screenshot portal."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QMessageBox, QPushButton

from breachguard.core.enrollment_flow import Phase
from breachguard.qt import portal, qr
from breachguard.ui.pages.enroll import EnrollPage
from tests.enroll.step3_helpers import EMAIL, make_page, phase, website_setup
from tests.portal.conftest import FakePortalProcess

WAIT_MS = 15_000


@pytest.fixture
def page(
    qtbot: Any, app_context: Any, bus: QDBusConnection, monkeypatch: pytest.MonkeyPatch
) -> EnrollPage:
    monkeypatch.setattr(qr, "is_wayland", lambda: True)
    # The page's portal talks to the private bus instead of the session bus.
    monkeypatch.setattr(
        portal, "PortalScreenshot", functools.partial(portal.PortalScreenshot, connection=bus)
    )
    return make_page(qtbot, app_context)


def scan_button(page: EnrollPage) -> QPushButton:
    button = page.findChild(QPushButton, "enroll.captureScreenButton")
    assert button is not None
    return button


def test_portal_capture_of_the_demo_qr_opens_the_preview(
    qtbot: Any, page: EnrollPage, fake_portal: Callable[..., FakePortalProcess]
) -> None:
    exchange_portal = fake_portal("ok", website_setup(page.context))

    scan_button(page).click()
    qtbot.waitUntil(lambda: phase(page) is Phase.CHECK, timeout=WAIT_MS)
    assert page.check_view.summary["account"].text() == EMAIL
    gate = page.controller.state.gate
    assert gate is not None and not gate.needs_override
    assert not page.problem_banner.isVisible()
    assert not page.window().isMinimized()  # the portal's dialog does the picking
    (written,) = exchange_portal.written_files()
    assert not written.exists()


def test_cancelled_portal_dialog_leaves_the_page_as_it_was(
    qtbot: Any, page: EnrollPage, fake_portal: Callable[..., FakePortalProcess]
) -> None:
    exchange_portal = fake_portal("cancel")
    scan_button(page).click()
    qtbot.waitUntil(lambda: len(exchange_portal.events("screenshot")) == 1, timeout=WAIT_MS)
    assert not page.controller.intake.busy
    assert phase(page) is Phase.SCAN
    assert not page.problem_banner.isVisible()


def test_missing_portal_is_explained_on_the_page(qtbot: Any, page: EnrollPage) -> None:
    scan_button(page).click()
    qtbot.waitUntil(page.problem_banner.isVisible, timeout=WAIT_MS)
    assert "offers no screenshot service" in page.problem_banner.label.text()
    assert phase(page) is Phase.SCAN


def test_a_screenshot_that_cannot_be_deleted_is_reported(
    qtbot: Any,
    page: EnrollPage,
    fake_portal: Callable[..., FakePortalProcess],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_portal("ok", website_setup(page.context))
    monkeypatch.setattr(portal, "_remove", lambda _path: False)

    scan_button(page).click()
    qtbot.waitUntil(lambda: phase(page) is Phase.CHECK, timeout=WAIT_MS)
    box = page.findChild(QMessageBox, "enroll.leftoverScreenshotDialog")
    assert box is not None and box.isVisible()
    assert "could not delete the screenshot" in box.text()
    box.accept()
