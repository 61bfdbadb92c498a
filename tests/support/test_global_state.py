"""The guard every test runs in (tests/conftest.py) puts back what a test changed in
the process: without it, a test passes or fails depending on which ran before."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from breachguard.core.logsetup import configure_logging
from breachguard.qt.i18n import current_language, install_language
from tests.support.global_state import preserved

STEP = "Step {number} of {total} — {title}"


def test_language_names_windows_clipboard_and_logging_are_put_back(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    locale, name = QLocale().name(), qapp.applicationName()
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    with preserved(qapp, monkeypatch):
        install_language(qapp, "de")
        assert QLocale().name() == "de_DE"
        assert QCoreApplication.translate("Steps", STEP) != STEP
        configure_logging(tmp_path / "logs", level=logging.DEBUG)
        qapp.setApplicationName("Changed")
        qapp.clipboard().setText("copied")
        window = QWidget()
        window.show()
    assert QLocale().name() == locale
    assert current_language(qapp) == "en"
    assert QCoreApplication.translate("Steps", STEP) == STEP
    assert qapp.applicationName() == name
    assert qapp.clipboard().text() == ""
    assert not shiboken6.isValid(window)
    assert (root.handlers, root.level) == (handlers, level)


def test_a_window_from_before_is_kept(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    window = QWidget()
    window.show()
    with preserved(qapp, monkeypatch):
        pass
    assert shiboken6.isValid(window) and window.isVisible()
    window.close()
