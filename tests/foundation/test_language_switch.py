"""Switching the language from the menu rebuilds the window in place, keeps the
step and the in-memory progress, and is remembered."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from breachguard.app import Application
from breachguard.core.profiles import DEMO_PROVIDER_ID
from breachguard.core.settings import Settings
from breachguard.qt.i18n import current_language


def test_menu_switch_rebuilds_in_german_on_the_same_step(
    qtbot: Any, application: Application
) -> None:
    first = application.show(DEMO_PROVIDER_ID)
    qtbot.addWidget(first)
    first.go_to_step_id("LOGIN-EMAIL")
    assert application.context is not None
    application.context.session.set_login_email("ola@example.org")
    first.findChild(QAction, "main.language.de").trigger()

    window = application.window
    assert window is not None and window is not first
    qtbot.addWidget(window)
    assert current_language(QApplication.instance()) == "de"
    assert window.current_page().STEP_ID == "LOGIN-EMAIL"
    assert window.heading_label.text().startswith("Schritt 2 von 4")
    assert window.findChild(QAction, "main.language.de").isChecked()
    # Progress survives the rebuild (step 2 keeps its tick, read back from the checklist).
    qtbot.waitUntil(lambda: "✓" in window.step_list.item(1).text(), timeout=10000)
    assert Settings(application.paths.settings_file).get("language") == "de"

    window.findChild(QAction, "main.language.system").trigger()
    assert application.window is not None
    qtbot.addWidget(application.window)
    assert Settings(application.paths.settings_file).get("language") is None
    assert application.window.findChild(QAction, "main.language.system").isChecked()


def test_branded_build_starts_on_its_exchange(monkeypatch: Any, app_paths: Any) -> None:
    from pathlib import Path

    from breachguard.core import resources
    from breachguard.core.resources import BrandDefaults

    state = Application(app_paths, Settings(app_paths.settings_file))
    example = (
        Path(__file__).resolve().parents[2] / "resources" / "profiles" / "example-exchange.json"
    )
    state.registry.import_file(example)
    assert state.resolve(None, False) == DEMO_PROVIDER_ID  # stock build
    monkeypatch.setattr(  # where the app looks it up, when it needs it
        resources,
        "load_brand",
        lambda: BrandDefaults("Example Guard", "example-exchange", "nb"),
    )
    assert state.resolve(None, False) == "example-exchange"
    state.settings.set("provider_id", DEMO_PROVIDER_ID)  # the user's own choice wins
    assert state.resolve(None, False) == DEMO_PROVIDER_ID
