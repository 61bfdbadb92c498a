"""The main window on the Demo Exchange, once per language, for every keyboard and
screen-reader test here."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from breachguard.core.profiles import ProfileEntry
from breachguard.qt.i18n import install_language
from breachguard.ui.main_window import MainWindow
from breachguard.ui.pages import build_pages

LANGUAGES = ("en", "de", "nb")


@pytest.fixture(params=LANGUAGES)
def window(request: Any, qapp: Any, app_context: Any) -> Iterator[MainWindow]:
    install_language(qapp, request.param)  # the conftest puts the language back
    win = MainWindow(
        app_context,
        build_pages(app_context),
        [ProfileEntry("demo-exchange", "Demo Exchange", "demo")],
    )
    win.show()
    yield win
    # Deleted now, not later: a closed window left among the top-level widgets
    # would be found by tests that look for "the" main window.
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
