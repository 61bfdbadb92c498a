"""Process-wide state a test may change and the next test must not see.

Qt keeps some state per process rather than per widget: the default QLocale
(``install_language`` sets it), installed translators, the application's name
and icon (``app.main`` sets them), the clipboard, and top-level windows nobody
closed. Logging's root handlers and level are process-wide too
(``configure_logging``). :func:`preserved` records what it can before a test and
puts it back afterwards, so no test depends on which tests ran before it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication


@contextmanager
def preserved(app: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    locale = QLocale()
    identity = _identity(app)
    icon = QIcon(app.windowIcon())
    windows = list(app.topLevelWidgets())
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    installed = _track_translators(monkeypatch)
    try:
        yield
    finally:
        # Answers still queued for this test's widgets arrive while they exist.
        app.processEvents()
        for translator in reversed(installed):
            app.removeTranslator(translator)
            if translator.parent() is app:
                translator.setParent(None)  # no longer found among the app's children
        installed.clear()
        QLocale.setDefault(locale)
        if _identity(app) != identity:
            _set_identity(app, identity)
        if app.windowIcon().cacheKey() != icon.cacheKey():
            app.setWindowIcon(icon)
        clipboard = app.clipboard()
        if clipboard.mimeData() is not None and clipboard.mimeData().formats():
            clipboard.clear()
        _close_new_windows(app, windows)
        for handler in [h for h in root.handlers if h not in handlers]:
            root.removeHandler(handler)
            handler.close()
        for handler in [h for h in handlers if h not in root.handlers]:
            root.addHandler(handler)
        root.setLevel(level)


def _track_translators(monkeypatch: pytest.MonkeyPatch) -> list[QTranslator]:
    """Every translator installed from now on (Qt cannot list them)."""
    installed: list[QTranslator] = []
    install = QCoreApplication.installTranslator

    def tracked(translator: QTranslator) -> bool:
        installed.append(translator)
        return bool(install(translator))

    monkeypatch.setattr(QCoreApplication, "installTranslator", staticmethod(tracked))
    return installed


def _identity(app: QApplication) -> tuple[str, str, str, str]:
    return (
        app.applicationName(),
        app.applicationVersion(),
        app.organizationName(),
        app.organizationDomain(),
    )


def _set_identity(app: QApplication, identity: tuple[str, str, str, str]) -> None:
    name, version, organization, domain = identity
    app.setApplicationName(name)
    app.setApplicationVersion(version)
    app.setOrganizationName(organization)
    app.setOrganizationDomain(domain)


def _close_new_windows(app: QApplication, before: list[Any]) -> None:
    """Closes and deletes the top-level widgets the test left behind: a hidden main
    window from one test is not "the" main window of the next."""
    for widget in app.topLevelWidgets():
        if not any(widget is old for old in before):
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
