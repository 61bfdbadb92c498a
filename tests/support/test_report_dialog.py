"""The report dialog: gathered off the GUI thread, shown in full, copied only on request."""

from __future__ import annotations

import time
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from breachguard.core.secret_store import KeyringSecretStore
from breachguard.ui.report_dialog import ReportDialog, show_report_dialog
from tests.support.conftest import CUSTOMER, assert_no_personal_data

SENTINEL = "something the user copied earlier"


@pytest.fixture
def window(qtbot: Any) -> QWidget:
    """The dialog's parent; it lives as long as the test holds it."""
    parent = QWidget()
    qtbot.addWidget(parent)
    return parent


def open_dialog(window: QWidget, context: Any) -> ReportDialog:
    show_report_dialog(context, "2FA-SCAN", window)
    dialog = window.findChild(QDialog, "reportDialog")
    assert isinstance(dialog, ReportDialog)
    return dialog


def test_report_is_shown_before_anything_is_copied(
    qtbot: Any, window: QWidget, app_context: Any, enrolled: Any
) -> None:
    QGuiApplication.clipboard().setText(SENTINEL)
    app_context.session.set_login_email(CUSTOMER.email)
    app_context.session.set_support_mode(True)
    dialog = open_dialog(window, app_context)
    assert not dialog.copy_button.isEnabled()
    assert dialog.progress.isVisibleTo(dialog)
    qtbot.waitUntil(dialog.copy_button.isEnabled, timeout=20000)
    text = dialog.text.toPlainText()
    assert dialog.text.isReadOnly()
    assert "Current step:" in text and "2FA-SCAN" in text and "Support mode:" in text
    assert "demo-exchange (Demo Exchange)" in text
    assert_no_personal_data(text)
    assert not dialog.progress.isVisibleTo(dialog)
    assert QGuiApplication.clipboard().text() == SENTINEL
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text
    assert "Copied" in dialog.status.text()
    dialog.close()


def test_hanging_keyring_does_not_freeze_the_window(
    qtbot: Any, window: QWidget, app_context: Any, hanging_keyring: Any
) -> None:
    app_context.secrets = KeyringSecretStore(hanging_keyring, allow_insecure=True)
    started = time.monotonic()
    dialog = open_dialog(window, app_context)
    # The keyring holds every call for 30 s; a dialog that waited on it would show that.
    assert time.monotonic() - started < 10
    assert not hanging_keyring.release.is_set()
    assert "can take a few seconds" in dialog.status.text()
    hanging_keyring.release.set()
    qtbot.waitUntil(dialog.copy_button.isEnabled, timeout=20000)
    assert "Keyring:" in dialog.text.toPlainText()


def test_closing_early_drops_the_late_answer(qtbot: Any, window: QWidget, app_context: Any) -> None:
    dialog = open_dialog(window, app_context)
    handle = dialog._handle
    dialog.reject()
    assert handle.cancelled
    qtbot.waitUntil(lambda: handle.finished, timeout=20000)
