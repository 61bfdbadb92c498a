"""Step 3 on Wayland: "Scan the screen" goes through the screenshot portal."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QMessageBox, QPushButton

from breachguard.qt import portal, qr
from breachguard.ui.pages.enroll_page import EnrollPage
from tests.enroll.test_enroll_page import EMAIL, start_demo_setup
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
    app_context.session.set_login_email(EMAIL)
    widget = EnrollPage(app_context)
    qtbot.addWidget(widget)
    widget.show()
    widget.on_entered()
    qtbot.waitUntil(lambda: widget.health is not None)
    return widget


def scan_button(page: EnrollPage) -> QPushButton:
    button = page.findChild(QPushButton, "enroll.captureScreenButton")
    assert button is not None
    return button


def test_portal_capture_of_the_demo_qr_opens_the_preview(
    qtbot: Any, page: EnrollPage, fake_portal: Callable[..., FakePortalProcess]
) -> None:
    setup = start_demo_setup(page.context)
    exchange_portal = fake_portal("ok", setup["otpauth_uri"])

    scan_button(page).click()
    qtbot.waitUntil(lambda: page.phase == "2FA-CHECK", timeout=WAIT_MS)
    assert page.summary["account"].text() == EMAIL
    assert page.issuer_check is not None and page.issuer_check.ok
    assert not page.error_banner.isVisible()
    assert not page.window().isMinimized()  # the portal's dialog does the picking
    (written,) = exchange_portal.written_files()
    assert not written.exists()


def test_cancelled_portal_dialog_leaves_the_page_as_it_was(
    qtbot: Any, page: EnrollPage, fake_portal: Callable[..., FakePortalProcess]
) -> None:
    exchange_portal = fake_portal("cancel")
    scan_button(page).click()
    qtbot.waitUntil(lambda: len(exchange_portal.events("screenshot")) == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not page._busy, timeout=WAIT_MS)
    assert page.phase == "2FA-SCAN"
    assert not page.error_banner.isVisible()


def test_missing_portal_is_explained_on_the_page(qtbot: Any, page: EnrollPage) -> None:
    scan_button(page).click()
    qtbot.waitUntil(page.error_banner.isVisible, timeout=WAIT_MS)
    assert "offers no screenshot service" in page.error_banner.label.text()
    assert page.phase == "2FA-SCAN"


def test_a_screenshot_that_cannot_be_deleted_is_reported(
    qtbot: Any,
    page: EnrollPage,
    fake_portal: Callable[..., FakePortalProcess],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    setup = start_demo_setup(page.context)
    fake_portal("ok", setup["otpauth_uri"])
    monkeypatch.setattr(portal, "_remove", lambda _path: False)

    scan_button(page).click()
    qtbot.waitUntil(lambda: page.phase == "2FA-CHECK", timeout=WAIT_MS)
    box = page.findChild(QMessageBox, "enroll.leftoverScreenshotDialog")
    assert box is not None and box.isVisible()
    assert "could not delete the screenshot" in box.text()
    box.accept()
