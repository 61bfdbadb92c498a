"""Installing a language: our texts, Qt's own texts, formats, core messages, switching."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget

from breachguard import i18n_tool
from breachguard.core import emails, lookup, masking, otpauth
from breachguard.qt import i18n


@contextmanager
def shown(window: QWidget) -> Iterator[Any]:
    """Shows a window and deletes it on leaving: a closed window left among the
    top-level widgets would be found by tests that look for "the" main window."""
    window.show()
    try:
        yield window
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def use_language(qapp: Any) -> Callable[[str | None], str]:
    """Installs a language for one test (the conftest puts the locale and catalogs back)."""

    def use(language: str | None) -> str:
        return i18n.install_language(qapp, language)

    return use


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("de", "de"),
        ("de_AT", "de"),
        ("de-CH", "de"),
        ("nb", "nb"),
        ("nb_NO", "nb"),
        ("no", "nb"),
        ("nn_NO", "nb"),
        ("en_GB", "en"),
        ("fr_FR", None),
        ("", None),
        (None, None),
    ],
)
def test_language_names_map_to_what_breachguard_speaks(name: str | None, code: str | None) -> None:
    assert i18n.normalize_language(name) == code


@pytest.mark.parametrize(
    ("locale", "code"),
    [("nb_NO", "nb"), ("nn_NO", "nb"), ("de_AT", "de"), ("fr_FR", "en"), ("en_US", "en")],
)
def test_system_language_picks_a_supported_one(locale: str, code: str) -> None:
    assert i18n.system_language(QLocale(locale)) == code


def test_every_offered_language_has_compiled_catalogs() -> None:
    codes = [code for code, _name in i18n.available_languages()]
    assert codes == ["en", "de", "nb"]
    assert dict(i18n.available_languages())["nb"] == "Norsk bokmål"
    for code in codes[1:]:
        assert (i18n_tool.TRANSLATIONS_DIR / f"breachguard_{code}.qm").is_file()
    assert (i18n_tool.TRANSLATIONS_DIR / "qtbase_nb.qm").is_file()


def test_german_translates_our_texts_qt_buttons_and_formats(
    use_language: Callable[[str | None], str],
) -> None:
    assert use_language("de_DE") == "de"
    assert i18n.current_language(QCoreApplication.instance()) == "de"
    assert (
        QCoreApplication.translate("Steps", "Step {number} of {total} — {title}")
        == "Schritt {number} von {total} — {title}"
    )
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert QLocale().language() == QLocale.Language.German


def test_bokmal_has_qt_texts_qt_does_not_ship(use_language: Callable[[str | None], str]) -> None:
    assert use_language("no") == "nb"
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
    edit = QLineEdit()
    menu = edit.createStandardContextMenu()
    texts = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    assert "&Kopier" in texts and "&Lim inn" in texts
    assert QLocale().language() == QLocale.Language.NorwegianBokmal
    assert QLocale().toString(1234.5, "f", 1) == "1\u00a0234,5"
    # Key names in menus: the Go menu said "Alt+Left" in a Norwegian window.
    back = QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left)
    assert back.toString(QKeySequence.SequenceFormat.NativeText) == "Alt+Venstre"


def test_switching_back_to_english_removes_every_catalog(
    use_language: Callable[[str | None], str],
) -> None:
    use_language("nb")
    assert use_language("en") == "en"
    assert i18n.current_language(QCoreApplication.instance()) == "en"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert i18n.translate_core("The setup code has no secret key.") == (
        "The setup code has no secret key."
    )


def test_an_unknown_language_stays_english(use_language: Callable[[str | None], str]) -> None:
    assert use_language("fr") == "en"
    assert use_language(None) == i18n.system_language()


def test_a_missing_catalog_falls_back_to_english(qapp: Any, tmp_path: Path) -> None:
    assert i18n.install_language(qapp, "de", directory=tmp_path) == "en"
    assert QCoreApplication.translate("Steps", "Step {number} of {total} — {title}") == (
        "Step {number} of {total} — {title}"
    )


class _LanguageWatcher(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.changes = 0

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.changes += 1
        super().changeEvent(event)


def test_switching_tells_open_widgets(
    qtbot: Any, use_language: Callable[[str | None], str]
) -> None:
    watcher = _LanguageWatcher()
    qtbot.addWidget(watcher)
    use_language("de")
    qtbot.waitUntil(lambda: watcher.changes > 0)


# -- core messages ---------------------------------------------------------------------


def test_core_messages_are_translated_then_filled_in(
    use_language: Callable[[str | None], str],
) -> None:
    use_language("de")
    with pytest.raises(otpauth.OtpUriError) as raised:
        otpauth.parse_uri("otpauth://totp/Demo:ola?issuer=Demo")
    assert i18n.core_text(raised.value) == (
        "Der Einrichtungscode enthält keinen geheimen Schlüssel."
    )
    masked = masking.describe_masked_email("o•••@gmail.com")
    assert i18n.core_text(masked).startswith("E-Mail-Adresse, die mit ")
    assert i18n.core_text(lookup.CodeExpired()) == (
        "Dieser Code ist abgelaufen. Fordern Sie einen neuen Code an."
    )
    with pytest.raises(emails.EmailError) as bad_address:
        emails.check_address("ola nordmann@gmail.com")
    assert i18n.core_text(bad_address.value) == "E-Mail-Adressen enthalten keine Leerzeichen."
    text = i18n.translate_core(
        "This computer's clock is {seconds} seconds {direction} the exchange's. Codes may "
        "be rejected; please set the clock right.",
        {"seconds": 42, "direction": "behind"},
        translated_params=("direction",),
    )
    assert "42 Sekunden" in text and "(sie geht nach)" in text
    assert i18n.translate_core("Not a message anyone marked.") == "Not a message anyone marked."
    assert i18n.core_text(ValueError("raw")) == "raw"


def test_core_messages_are_found_in_any_core_module(
    use_language: Callable[[str | None], str],
) -> None:
    use_language("nb")
    # Raised by migration.py with otpauth's error class: found in either context.
    assert i18n.translate_core("Unknown code length, skipped.", context="otpauth") == (
        "Ukjent kodelengde, hoppet over."
    )
    assert "otpauth" in i18n.core_contexts() and "clock" in i18n.core_contexts()


# -- the real window -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "heading", "back"),
    [("de", "Schritt 1 von 4 — ", "< &Zurück"), ("nb", "Steg 1 av 4 — ", "< &Tilbake")],
)
def test_main_window_comes_up_in_the_chosen_language(
    qtbot: Any,
    app_context: Any,
    use_language: Callable[[str | None], str],
    language: str,
    heading: str,
    back: str,
) -> None:
    from breachguard.ui.main_window import MainWindow
    from breachguard.ui.pages import build_pages

    use_language(language)
    with shown(MainWindow(app_context, build_pages(app_context))) as window:
        assert window.heading_label.text().startswith(heading)
        assert window.windowTitle().startswith(heading)
        assert window.back_button.text() == back
        assert "Exchange status" not in window.heading_label.text()


def test_a_core_message_reaches_the_page_in_norwegian(
    qtbot: Any, app_context: Any, use_language: Callable[[str | None], str]
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QPushButton

    from breachguard.ui.main_window import MainWindow
    from breachguard.ui.pages import build_pages

    use_language("nb")
    with shown(MainWindow(app_context, build_pages(app_context))) as window:
        window.go_to_step_id("LOGIN-EMAIL")
        window.findChild(QLineEdit, "email.addressInput").setText("ola nordmann@gmail.com")
        add = window.findChild(QPushButton, "email.addButton")
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
        error = window.findChild(QLabel, "email.addressError.text")  # the problem banner's
        assert error.text() == "E-postadresser har ikke mellomrom."
