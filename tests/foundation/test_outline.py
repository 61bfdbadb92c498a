"""The window's outline: a later start draws the window from a few saved facts,
then builds its services and pages into that same window.

Checked in a fresh interpreter as a customer starts the app (what the first frame
holds and loads), and in process for the filling: the same window, the real
pages, and an exchange whose profile went away since it was saved.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from breachguard import app as app_module
from breachguard.app import Application
from breachguard.core.outline import SETTING, Outline, saved_outline
from breachguard.core.profiles import DEMO_PROVIDER_ID
from breachguard.core.settings import Settings
from breachguard.qt.i18n import install_language
from breachguard.ui.main_window import OUTLINE_PAGE_MARGINS, MainWindow
from breachguard.ui.widgets import PAGE_MARGINS
from tests.benchmarks.startup import ROOT, frame_problems
from tests.foundation.test_first_frame import first_frame

PROFILE = str(ROOT / "resources" / "profiles" / "example-exchange.json")
# What the second turn builds; the outline's path loads none of it.
SERVICE_MODULES = (
    "breachguard.qt.context",
    "breachguard.qt.tasks",
    "breachguard.qt.controllers",
    "breachguard.core.provider",
    "breachguard.core.profiles",
    "breachguard.core.logsetup",
    "breachguard.demo",
    "breachguard.ui.pages",
    "breachguard.ui.banner",
    "breachguard.ui.tray",
)


# -- the saved facts ------------------------------------------------------------------


def test_an_outline_is_read_back_exactly_as_saved() -> None:
    outline = Outline(
        "example-exchange",
        "Example Exchange",
        community=True,
        staff_never_ask=("password",),
        menu_bar_height=27,
    )
    assert Outline.from_setting(json.loads(json.dumps(outline.to_setting()))) == outline
    assert saved_outline(outline.to_setting(), "example-exchange") == outline


def test_an_outline_is_only_for_the_exchange_it_was_saved_for() -> None:
    saved = Outline("example-exchange", "Example Exchange").to_setting()
    assert saved_outline(saved, DEMO_PROVIDER_ID) is None


@pytest.mark.parametrize(
    "change",
    [
        {"provider_name": ""},
        {"provider_name": "   "},
        {"provider_name": "Line\nbreak"},
        {"provider_name": "x" * 201},
        {"provider_name": 7},
        {"provider_id": ""},
        {"provider_id": None},
        {"demo": "yes"},
        {"community": 1},
        {"staff_never_ask": "password"},
        {"staff_never_ask": [1]},
        {"staff_never_ask": ["no spaces"]},
        {"staff_never_ask": ["password"] * 21},
        {"menu_bar_height": True},
        {"menu_bar_height": -1},
        {"menu_bar_height": 401},
        {"menu_bar_height": "24"},
        {"extra": True},
    ],
)
def test_a_damaged_outline_setting_is_not_used(change: dict[str, Any]) -> None:
    value = {**Outline("example-exchange", "Example Exchange").to_setting(), **change}
    assert Outline.from_setting(value) is None
    assert Outline.from_setting({k: v for k, v in value.items() if k != "demo"}) is None
    assert Outline.from_setting(["example-exchange", "Example Exchange", False, False]) is None


# -- a fresh process, as a customer starts the app ----------------------------------


@pytest.mark.parametrize(
    ("first", "later"),
    [(["--demo"], ["--demo"]), (["--provider", PROFILE], [])],
    ids=["demo", "exchange-profile"],
)
def test_a_later_start_draws_the_outline_first_and_loads_only_what_it_shows(
    first: list[str], later: list[str], tmp_path: Any
) -> None:
    whole = first_frame(first, str(tmp_path))
    assert not whole["outline"]  # nothing saved yet: the window is built whole
    frame = first_frame(later, str(tmp_path))
    assert frame["outline"]
    assert frame_problems(frame) == []
    assert frame["steps"] == whole["steps"]
    assert frame["heading"] == whole["heading"] == "Step 1 of 4 — Exchange status"
    assert frame["title"] == whole["title"]
    assert frame["page_text"] == ["Loading notices…"]
    assert frame["deferred_loaded"] == []
    assert not frame["qt_namespace"]
    loaded = [
        m
        for m in frame["our_modules"]
        if any(m == s or m.startswith(f"{s}.") for s in SERVICE_MODULES)
    ]
    assert loaded == []


def test_a_profile_file_on_the_command_line_is_checked_before_any_window(
    tmp_path: Any,
) -> None:
    first_frame(["--provider", PROFILE], str(tmp_path))
    frame = first_frame(["--provider", PROFILE], str(tmp_path))
    assert not frame["outline"]
    assert frame_problems(frame) == []


# -- filling the outline, in process ----------------------------------------------------


@pytest.fixture
def started(app_paths: Any) -> Any:
    """The Application _show_outline appends; shut down afterwards."""
    holder: list[Application] = []
    yield holder
    for state in holder:
        if state.window is not None:
            state.window.close()
        state.shutdown()


def show_outline(app_paths: Any, started: list[Application], outline: Outline) -> MainWindow:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "en")
    settings = Settings(app_paths.settings_file)
    settings.set("provider_id", outline.provider_id)
    return app_module._show_outline(app, app_paths, settings, outline, outline.demo, "en", started)


def test_the_outline_fills_in_the_same_window(
    qtbot: Any, app_paths: Any, started: list[Application]
) -> None:
    outline = Outline(DEMO_PROVIDER_ID, "Demo Exchange", demo=True)
    window = show_outline(app_paths, started, outline)
    qtbot.addWidget(window)
    assert not window.attached
    native = int(window.winId())
    texts = [label.text() for label in window.findChildren(QLabel)]
    assert "Demo Exchange — sample data. Nothing you do here touches a real account." in texts
    assert "Loading notices…" in texts
    assert OUTLINE_PAGE_MARGINS == PAGE_MARGINS  # where the real page says it
    assert window.findChild(QPushButton, "main.nextButton") is None  # comes with the pages
    qtbot.waitUntil(lambda: window.attached, timeout=5000)
    assert int(window.winId()) == native  # no second window was mapped
    assert started[0].window is window
    assert type(window.current_page()).__name__ == "StatusPage"
    assert window.findChild(QPushButton, "main.nextButton") is not None
    assert QApplication.focusWidget() in (None, window.step_list)  # not on a widget now gone
    qtbot.waitUntil(lambda: started[0].demo is not None and started[0].demo.serving)
    # The next start finds the facts again.
    saved = saved_outline(Settings(app_paths.settings_file).get(SETTING), DEMO_PROVIDER_ID)
    assert started[0].context is not None
    provider = started[0].context.provider
    height = window.menuBar().sizeHint().height()
    assert saved == outline._replace(
        staff_never_ask=provider.staff_never_ask, menu_bar_height=height
    )
    assert height > 0


@pytest.mark.parametrize("since", ["damaged", "removed"])
def test_an_exchange_whose_profile_went_away_since_opens_the_demo_and_says_why(
    qtbot: Any, app_paths: Any, started: list[Application], since: str
) -> None:
    state = Application(app_paths, Settings(app_paths.settings_file))
    profile = state.registry.import_file(Path(PROFILE))
    installed = [p for p in app_paths.profiles_dir.rglob("*.json") if profile.id in p.name]
    assert len(installed) == 1
    if since == "damaged":
        installed[0].write_text("{", encoding="utf-8")
    else:
        installed[0].unlink()
    window = show_outline(app_paths, started, Outline(profile.id, profile.name))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.attached, timeout=5000)
    assert started[0].context is not None
    assert started[0].context.provider.id == DEMO_PROVIDER_ID
    box = window.findChild(QMessageBox, "main.errorDialog")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert box.text().startswith(f"BreachGuard could not open {profile.name}: ")
    assert "It shows Demo Exchange instead." in box.text()
    assert box.text().startswith(
        f"BreachGuard could not open {profile.name}: its profile is no longer installed, "
        "or its file is damaged."
    )


def test_an_exchange_name_in_the_outline_is_never_markup(
    qtbot: Any, app_paths: Any, started: list[Application]
) -> None:
    name = "<b>Bold</b> & <i>Co</i>"
    settings = Settings(app_paths.settings_file)
    window = MainWindow(None, outline=Outline("x", name, demo=True), settings=settings)
    qtbot.addWidget(window)
    banner = next(label for label in window.findChildren(QLabel) if name in label.text())
    assert banner.textFormat().name == "PlainText"
    assert window.windowTitle() == "Step 1 of 4 — Exchange status · BreachGuard"


def test_the_outline_speaks_the_language_installed_before_it(qtbot: Any, app_paths: Any) -> None:
    app = QApplication.instance()
    assert app is not None
    install_language(app, "de")  # the top conftest puts the language back afterwards
    settings = Settings(app_paths.settings_file)
    window = MainWindow(None, outline=Outline("x", "Demo Exchange", demo=True), settings=settings)
    qtbot.addWidget(window)
    steps = [window.step_list.item(row).text() for row in range(window.step_list.count())]
    assert steps[0] == "1  Status der Börse"
    assert window.heading_label.text().startswith("Schritt 1 von 4")


def test_a_failure_while_filling_ends_the_app_rather_than_leave_an_outline(
    qtbot: Any, app_paths: Any, started: list[Application], monkeypatch: Any, capfd: Any
) -> None:
    exits: list[int] = []

    def broken(*_args: object) -> None:
        raise RuntimeError("the pages could not be built")

    monkeypatch.setattr(app_module, "_fill_outline", broken)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    monkeypatch.setattr(app, "exit", exits.append)
    window = show_outline(app_paths, started, Outline(DEMO_PROVIDER_ID, "Demo Exchange", demo=True))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: exits == [1], timeout=5000)
    assert "the pages could not be built" in capfd.readouterr().err
    assert not window.attached


def test_in_support_mode_the_outline_already_warns_as_the_window_will(
    qtbot: Any, application: Application, app_paths: Any, started: list[Application]
) -> None:
    """A support call's first frame: the support banner, and the step ids for the
    agent, as the real window shows them a moment later."""
    application.settings.set("support_mode", True)
    application.settings.set("last_step", "2FA")
    qtbot.addWidget(application.show(DEMO_PROVIDER_ID))  # saves the outline
    outline = saved_outline(Settings(app_paths.settings_file).get(SETTING), DEMO_PROVIDER_ID)
    assert outline is not None and outline.staff_never_ask
    window = show_outline(app_paths, started, outline)
    qtbot.addWidget(window)
    assert not window.attached
    texts = [label.text() for label in window.findChildren(QLabel)]
    steps = [window.step_list.item(row).text() for row in range(window.step_list.count())]
    assert window.heading_label.text().endswith("\u00a0· 2FA")
    qtbot.waitUntil(lambda: window.attached, timeout=5000)
    assert window.support_banner.text() in texts
    assert steps == [window.step_list.item(row).text() for row in range(window.step_list.count())]
    assert window.heading_label.text().startswith("Step 3 of 4 — Set up two-factor")


def test_the_outline_keeps_the_menu_bar_s_room_so_nothing_moves_when_it_comes(
    qtbot: Any, application: Application, app_paths: Any, started: list[Application]
) -> None:
    qtbot.addWidget(application.show(DEMO_PROVIDER_ID))  # saves the outline
    outline = saved_outline(Settings(app_paths.settings_file).get(SETTING), DEMO_PROVIDER_ID)
    assert outline is not None and outline.menu_bar_height > 0
    window = show_outline(app_paths, started, outline)
    qtbot.addWidget(window)
    qtbot.waitUntil(window.isVisible)
    room = window.menuWidget()
    assert room is not None and room.objectName() == "main.outlineMenuRoom"
    assert room.height() == outline.menu_bar_height
    central = window.centralWidget()
    assert central is not None
    top = central.y()
    qtbot.waitUntil(lambda: window.attached, timeout=5000)
    qtbot.waitUntil(lambda: window.menuBar().isVisible())
    assert window.menuBar().height() == outline.menu_bar_height
    filled = window.centralWidget()
    assert filled is not central and filled is not None
    assert filled.y() == top  # the steps, banner and heading stay where they were drawn


def test_no_arguments_mean_what_the_parser_makes_of_none() -> None:
    assert app_module.no_arguments() == app_module.build_parser().parse_args([])


def test_the_outline_s_path_names_the_demo_exchange_as_the_registry_does() -> None:
    from breachguard.core import profiles

    assert app_module.DEMO_PROVIDER_ID == profiles.DEMO_PROVIDER_ID
