"""The composition root as the app runs it, for tests of the whole window."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from breachguard.app import Application
from breachguard.core.settings import Settings
from breachguard.qt.i18n import install_language


@pytest.fixture
def application(qtbot: Any, app_paths: Any) -> Iterator[Application]:
    """An Application in English on a fresh home; its window is closed afterwards."""
    app = QApplication.instance()
    assert app is not None
    install_language(app, "en")  # the top conftest puts the language back afterwards
    state = Application(app_paths, Settings(app_paths.settings_file))
    try:
        yield state
    finally:
        if state.window is not None:
            state.window.close()
        state.shutdown()
