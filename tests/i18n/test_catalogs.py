"""The committed catalogs: complete, faithful to their sources, and up to date."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from breachguard import i18n_tool

CATALOGS = sorted(i18n_tool.TRANSLATIONS_DIR.glob("*.ts"))
OUR_CATALOGS = [i18n_tool.catalog_path(language) for language in i18n_tool.LANGUAGES]

# {name}, {0}, {seconds:02d} (str.format) and %1, %n, %v (Qt).
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:\d+|n|v|L\d+)")


def placeholders(text: str) -> Counter[str]:
    return Counter(_PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


def mnemonics(text: str) -> int:
    """How many keyboard mnemonics: "&" before a character ("&&" is a literal "&",
    "Time & language" has none)."""
    return len(re.findall(r"&(?=[^\s&])", text.replace("&&", "")))


def translations(message: ET.Element) -> list[str]:
    node = message.find("translation")
    assert node is not None
    forms = node.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [node.text or ""]


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    return [(context, source, m) for (context, source), m in i18n_tool.read_messages(path).items()]


def test_every_language_has_a_catalog_and_qt_texts_for_bokmal() -> None:
    names = {path.name for path in CATALOGS}
    assert {"breachguard_de.ts", "breachguard_nb.ts", "qtbase_nb.ts"} <= names
    for path in OUR_CATALOGS:
        assert len(messages(path)) > 400, path.name


@pytest.mark.parametrize("catalog", CATALOGS, ids=lambda p: p.name)
def test_every_message_is_translated(catalog: Path) -> None:
    problems = []
    for context, source, message in messages(catalog):
        node = message.find("translation")
        assert node is not None
        kind = node.get("type")
        if kind in {"unfinished", "vanished", "obsolete"}:
            problems.append(f"{context}: {source!r} is {kind}")
        elif not all(text.strip() for text in translations(message)):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert problems == []


@pytest.mark.parametrize("catalog", CATALOGS, ids=lambda p: p.name)
def test_placeholders_and_mnemonics_survive_translation(catalog: Path) -> None:
    problems = []
    for context, source, message in messages(catalog):
        for text in translations(message):
            if not text:
                continue  # reported by test_every_message_is_translated
            if placeholders(text) != placeholders(source):
                problems.append(f"{context}: placeholders differ in {text!r} for {source!r}")
            if mnemonics(text) != mnemonics(source):
                problems.append(f"{context}: mnemonics differ in {text!r} for {source!r}")
    assert problems == []


def test_bokmal_qt_catalog_covers_the_dialogs_breachguard_shows() -> None:
    contexts = {c for c, _s in i18n_tool.read_messages(i18n_tool.TRANSLATIONS_DIR / "qtbase_nb.ts")}
    assert {
        "QPlatformTheme",  # standard buttons
        "QGnomeTheme",  # the same buttons on GNOME desktops
        "QDialogButtonBox",
        "QMessageBox",
        "QLineEdit",  # text field context menu
        "QWidgetTextControl",  # selectable label context menu
        "QFileDialog",
        "QFileSystemModel",
        "QAccessibleActionInterface",  # actions a screen reader offers
    } <= contexts


def test_plural_messages_have_every_form() -> None:
    expected = {"de": 2, "nb": 2}
    for language, count in expected.items():
        plurals = [
            m for _c, _s, m in messages(i18n_tool.catalog_path(language)) if m.get("numerus")
        ]
        assert plurals, "the status page's relative times are plural messages"
        assert all(len(translations(m)) == count for m in plurals)


def test_the_checker_notices_an_untranslated_placeholder() -> None:
    assert placeholders("Step {number} of {total}") != placeholders("Schritt {number} von")
    assert placeholders("{seconds:02d} %1 %n") == placeholders("%n %1 {seconds:02d}")
    assert mnemonics("&Back") == mnemonics("< &Zurück") == 1
    assert mnemonics("Time & language") == mnemonics("R&&D") == 0


# -- up to date with the sources ---------------------------------------------------


@pytest.fixture(scope="module")
def fresh_catalogs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed catalogs updated from today's sources, in a scratch folder."""
    folder = tmp_path_factory.mktemp("ts")
    for path in CATALOGS:
        shutil.copy(path, folder / path.name)
    i18n_tool.update(folder)
    return folder


@pytest.mark.parametrize("language", i18n_tool.LANGUAGES)
def test_catalog_holds_exactly_the_texts_in_the_sources(
    fresh_catalogs: Path, language: str
) -> None:
    committed = set(i18n_tool.read_messages(i18n_tool.catalog_path(language)))
    current = set(i18n_tool.read_messages(i18n_tool.catalog_path(language, fresh_catalogs)))
    missing = sorted(current - committed)
    vanished = sorted(committed - current)
    assert (missing, vanished) == ([], []), (
        "run `python -m breachguard.i18n_tool update`, translate, then `compile`"
    )


def test_core_templates_are_filed_under_their_module() -> None:
    core = i18n_tool.core_messages()
    assert ("otpauth", "The setup code has no secret key.") in core
    assert ("clock", "behind") in core
    # Implicitly joined literals arrive as one template.
    assert any(text.startswith("The list of your 2FA tokens is damaged. Your") for _c, text in core)
    catalog = i18n_tool.read_messages(i18n_tool.catalog_path("de"))
    assert set(core) <= set(catalog)


def test_extraction_reads_markers_and_helpers(tmp_path: Path) -> None:
    core = tmp_path / "core"
    core.mkdir()
    (core / "mod.py").write_text(
        "def N_(s): return s\n"
        "A = N_('Plain one.')\n"
        "B = N_('Joined ' 'together.')\n"
        "C = N_(variable)\n"
        "D = N_('')\n",
        encoding="utf-8",
    )
    assert i18n_tool.core_messages(core) == [("mod", "Plain one."), ("mod", "Joined together.")]
    glue = tmp_path / "glue.py"
    glue.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate('qr', text)\n"
        "X = _tr('No QR code.')\n",
        encoding="utf-8",
    )
    assert i18n_tool.helper_messages([glue]) == [("qr", "No QR code.")]


def test_stub_round_trips_quotes_backslashes_and_newlines(tmp_path: Path) -> None:
    import ast

    texts = ['Say “hi” and "bye"', "back\\slash", "two\nlines", "it's"]
    stub = tmp_path / "stub.py"
    i18n_tool.write_stub(stub, [("core", text) for text in texts])
    calls = [n for n in ast.walk(ast.parse(stub.read_text("utf-8"))) if isinstance(n, ast.Call)]
    assert [ast.literal_eval(call.args[1]) for call in calls] == texts


# -- compiled catalogs ---------------------------------------------------------------


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("qm")
    i18n_tool.compile_catalogs(i18n_tool.TRANSLATIONS_DIR, folder)
    return folder


@pytest.mark.parametrize("catalog", CATALOGS, ids=lambda p: p.stem)
def test_committed_qm_matches_its_ts(compiled: Path, catalog: Path) -> None:
    committed = catalog.with_suffix(".qm")
    assert committed.exists(), f"run `python -m breachguard.i18n_tool compile` for {catalog.name}"
    assert committed.read_bytes() == (compiled / committed.name).read_bytes()


def test_compiling_is_reproducible(compiled: Path, tmp_path: Path) -> None:
    again = i18n_tool.compile_catalogs(i18n_tool.TRANSLATIONS_DIR, tmp_path)
    assert again
    for qm in again:
        assert qm.read_bytes() == (compiled / qm.name).read_bytes(), qm.name


def test_check_command_reports_a_stale_catalog(tmp_path: Path) -> None:
    folder = tmp_path / "translations"
    shutil.copytree(i18n_tool.TRANSLATIONS_DIR, folder)
    (folder / "breachguard_de.qm").write_bytes(b"stale")
    problems = i18n_tool.stale_catalogs(folder)
    assert "breachguard_de.qm does not match its .ts; run compile" in problems


def test_every_count_text_is_a_plural_message() -> None:
    """A "%n" text filed as a single form shows "vor 4 Tag": lupdate files a plural
    as plural only when it reads it from a tr() call, not from translate()."""
    for language in ("de", "nb"):
        singular = [
            (context, source)
            for context, source, m in messages(i18n_tool.catalog_path(language))
            if "%n" in source and not m.get("numerus")
        ]
        assert singular == [], f"{language}: count texts not filed as plurals: {singular}"
