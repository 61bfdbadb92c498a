"""Support mode and the private-window notice in the main window."""

from __future__ import annotations

from typing import Any

import pytest

from breachguard.core.settings import Settings
from breachguard.ui.main_window import MainWindow


@pytest.fixture
def window(main_window: MainWindow) -> MainWindow:
    return main_window


def test_support_toggle_shows_step_ids_and_the_never_ask_list(
    qtbot: Any, window: MainWindow
) -> None:
    assert not window.support_banner.isVisible()
    assert "STATUS" not in window.heading_label.text()
    window.support_toggle.click()
    assert window.context.session.support_mode
    assert window.support_banner.isVisible()
    text = window.support_banner.label.text()
    for phrase in ("password", "2FA codes", "seed phrase", "remote access", "move your funds"):
        assert phrase in text
    window.go_to_step_id("2FA")
    # The page's phase id, e.g. "2FA-SCAN", after the translated title.
    assert window.heading_label.text().startswith("Step 3 of 4 — ")
    # The id never breaks across lines on screen; its accessible name is plain text.
    assert "\u00a0· 2FA" in window.heading_label.text()
    assert "-" not in window.heading_label.text().rpartition("·")[2]
    assert " · 2FA-" in window.heading_label.accessibleName()
    assert " · 2FA-" in window.windowTitle()
    items = [window.step_list.item(row).text() for row in range(window.step_list.count())]
    assert [item.split()[-1] for item in items] == [
        "STATUS",
        "LOGIN-EMAIL",
        "2FA",
        "CHECKLIST",
        "SUMMARY",
    ]
    # Ids never get cut off in the step list.
    assert window.step_list.sizeHintForColumn(0) <= window.step_list.width()
    window.support_toggle.setChecked(False)
    assert all("2FA" not in window.step_list.item(r).text() for r in range(4))


def test_support_mode_is_persisted(window: MainWindow) -> None:
    window.support_toggle.setChecked(True)
    saved = Settings(window.context.paths.settings_file)
    assert saved.get("support_mode") is True
    window.support_toggle.setChecked(False)
    assert not window.support_banner.isVisible()
    assert " · " not in window.heading_label.text()


def test_private_window_banner_follows_the_session(window: MainWindow) -> None:
    assert not window.private_banner.isVisible()
    window.context.session.set_private_window_open(True)
    assert window.private_banner.isVisible()
    assert "your support agent can't see it" in window.private_banner.label.text()
    window.context.session.set_private_window_open(False)
    assert not window.private_banner.isVisible()


def test_tray_follows_the_status_page_controller(qtbot: Any, window: MainWindow) -> None:
    assert window.tray is not None
    status = window.pages[0]
    qtbot.waitUntil(lambda: status.controller.worst_severity() != "", timeout=15000)
    assert window.tray.severity == status.controller.worst_severity()


def test_banners_follow_the_platform_contrast_preference(
    monkeypatch: Any, window: MainWindow
) -> None:
    from breachguard.ui import banner

    assert "background:" in window.support_banner.styleSheet()
    monkeypatch.setattr(banner, "prefers_high_contrast", lambda: True)
    window.support_banner.apply_style()
    # No colours of our own: the user's high-contrast palette, a heavy frame, bold text.
    assert "background" not in window.support_banner.styleSheet()
    assert "palette(window-text)" in window.support_banner.styleSheet()
    assert window.support_banner.label.font().bold()
    monkeypatch.setattr(banner, "prefers_high_contrast", lambda: False)
    window.support_banner.apply_style()
    assert not window.support_banner.label.font().bold()
