"""File → Exchange: importing over an installed exchange opens a dialog listing every
difference (nothing changes until the user accepts), and the menu says where each
profile came from and tells apart two with the same name."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QAction

from breachguard.app import Application
from breachguard.core.profile_update import ProfileFile
from breachguard.core.profiles import DEMO_PROVIDER_ID, ProfileEntry
from breachguard.ui.format import TimeFormat
from breachguard.ui.main_window import MainWindow
from breachguard.ui.pages import build_pages
from breachguard.ui.profile_update_dialog import ProfileUpdateDialog
from tests.profiles.conftest import profile_doc, write_profile

IMPORTED_AT = datetime(2026, 3, 14, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def installed(application: Application, make_key: Any, tmp_path: Path) -> Any:
    key = make_key("exchange")
    file = write_profile(tmp_path / "example.json", profile_doc(key))
    application.registry.install(application.registry.plan(ProfileFile.read(file)))
    return key


def open_dialog(qtbot: Any, application: Application, path: Path) -> ProfileUpdateDialog:
    window = application.window
    assert window is not None
    application.import_profile(str(path))

    def shown() -> list[ProfileUpdateDialog]:
        return [d for d in window.findChildren(ProfileUpdateDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    return shown()[0]


def test_an_update_waits_for_the_user_and_lists_every_difference(
    qtbot: Any, application: Application, installed: Any, tmp_path: Path, app_paths: Any
) -> None:
    application.show("example-exchange")
    doc = profile_doc(installed, name="Example Exchange Pro")
    doc["enrollment_api"] = "https://2fa.evil.example/confirm"
    update = write_profile(tmp_path / "update.json", doc)
    stored = app_paths.profiles_dir / "example-exchange.json"
    before = stored.read_bytes()

    dialog = open_dialog(qtbot, application, update)
    assert dialog.windowTitle() == "Update the profile of Example Exchange?"
    text = dialog.changes.toPlainText()
    assert text.splitlines()[:3] == [
        "Hosts the app connects to",
        "  + 2fa.evil.example",
        "",
    ]
    assert (
        "2FA confirmation API\n"
        "  − https://api.example-exchange.example/breachguard/v1/2fa\n"
        "  + https://2fa.evil.example/confirm"
    ) in text
    assert "Name\n  − Example Exchange\n  + Example Exchange Pro" in text
    assert dialog.signature.text() == "The file is not signed."
    assert dialog.cancel_button.isDefault() and dialog.accept_button is not None
    assert stored.read_bytes() == before  # nothing until the user decides

    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert stored.read_bytes() == before

    dialog = open_dialog(qtbot, application, update)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            application.context is not None
            and application.context.provider.name == "Example Exchange Pro"
        )
    )
    assert stored.read_bytes() == update.read_bytes()
    assert application.window is not None
    assert application.window.provider_label.text() == "Exchange: Example Exchange Pro"


def test_an_unsigned_key_change_can_only_be_closed(
    qtbot: Any,
    application: Application,
    installed: Any,
    make_key: Any,
    tmp_path: Path,
    app_paths: Any,
) -> None:
    application.show(DEMO_PROVIDER_ID)
    attacker = make_key("attacker")
    update = write_profile(tmp_path / "security-profile.json", profile_doc(attacker))
    before = (app_paths.profiles_dir / "example-exchange.json").read_bytes()

    dialog = open_dialog(qtbot, application, update)

    assert dialog.windowTitle() == "Exchange profile not imported"
    assert dialog.accept_button is None and dialog.cancel_button.text() == "&Close"
    assert "not signed by a key Example Exchange uses now" in dialog.intro.text()
    assert f"  + {attacker.key_id}" in dialog.changes.toPlainText()
    assert f"  − {installed.key_id}" in dialog.changes.toPlainText()
    assert "security-profile.json.minisig" in dialog.advice.text()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert (app_paths.profiles_dir / "example-exchange.json").read_bytes() == before


def test_a_new_profile_with_an_installed_name_asks_first(
    qtbot: Any, application: Application, installed: Any, make_key: Any, tmp_path: Path
) -> None:
    application.show(DEMO_PROVIDER_ID)
    doc = profile_doc(make_key("attacker"), id="example-exchange-2")
    dialog = open_dialog(qtbot, application, write_profile(tmp_path / "new.json", doc))

    assert dialog.windowTitle() == "Add a second exchange with the same name?"
    assert "may be a phishing attempt" in dialog.intro.text()
    assert dialog.accept_button is not None
    assert dialog.accept_button.text() == "&Add as another exchange"
    assert not application.registry.is_known("example-exchange-2")


def menu_texts(window: MainWindow) -> dict[str, str]:
    return {
        action.objectName().removeprefix("main.provider."): action.text()
        for action in window.findChildren(QAction)
        if action.objectName().startswith("main.provider.")
    }


def test_menu_says_where_each_profile_came_from(qtbot: Any, app_context: Any) -> None:
    entries = [
        ProfileEntry(DEMO_PROVIDER_ID, "Demo Exchange", "demo"),
        ProfileEntry("example-exchange", "Example Exchange", "bundled"),
        ProfileEntry(
            "example-exchange-2",
            "Example  exchange",
            "imported",
            source_name="security-update.json",
            imported_at=IMPORTED_AT,
            web_domains=("evil.example",),
        ),
        ProfileEntry("other-exchange", "Other Exchange", "imported"),
    ]
    window = MainWindow(app_context, build_pages(app_context), entries)
    qtbot.addWidget(window)

    day = TimeFormat(QLocale()).calendar_date(QDate(2026, 3, 14))
    assert menu_texts(window) == {
        "demo-exchange": "&1 Demo Exchange — built in",
        "example-exchange": "&2 Example Exchange (example-exchange) — bundled with BreachGuard",
        "example-exchange-2": (
            f"&3 Example  exchange (example-exchange-2) — imported from security-update.json on {day}"
        ),
        "other-exchange": "&4 Other Exchange — imported from a file",
    }
    tip = window.findChild(QAction, "main.provider.example-exchange-2").toolTip()
    assert tip == "Profile id: example-exchange-2\nWebsites: evil.example"


def test_menu_entries_come_from_the_registry(
    qtbot: Any, application: Application, installed: Any
) -> None:
    window = application.show(DEMO_PROVIDER_ID)
    texts = menu_texts(window)
    today = datetime.now().astimezone()
    day = TimeFormat(QLocale()).calendar_date(QDate(today.year, today.month, today.day))
    assert texts["example-exchange"] == f"&2 Example Exchange — imported from example.json on {day}"


def test_the_exchanges_own_file_replaces_its_community_profile_only_when_accepted(
    qtbot: Any, application: Application, make_key: Any, tmp_path: Path, app_paths: Any
) -> None:
    """Kraken's own signed-feed profile over the built-in community one: the dialog
    says the installed one was not published by Kraken, lists every difference, and
    after Accept the window runs on the file, no longer a community profile."""
    application.show("kraken")
    key = make_key("kraken")
    doc = profile_doc(key, id="kraken", name="Kraken")
    own = write_profile(tmp_path / "kraken-breachguard.json", doc)

    dialog = open_dialog(qtbot, application, own)
    assert dialog.windowTitle() == "Update the profile of Kraken?"
    assert dialog.intro.text().startswith(
        "The file kraken-breachguard.json would replace the community profile of Kraken, "
        "which Kraken did not publish."
    )
    assert dialog.signature.text() == ""  # a community profile pins no key to check it by
    assert f"  + {key.key_id}" in dialog.changes.toPlainText()
    assert not (app_paths.profiles_dir / "kraken.json").exists()
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: application.context is not None and not application.context.provider.community
    )
    window = application.window
    assert window is not None and not window.community_banner.isVisible()
    assert window.provider_label.text() == "Exchange: Kraken"
    assert (app_paths.profiles_dir / "kraken.json").read_bytes() == own.read_bytes()
