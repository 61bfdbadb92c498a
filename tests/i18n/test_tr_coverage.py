"""No user-visible English in the widgets that bypasses the catalogs.

Reads breachguard/ui as source: every string literal that reaches a text setter or a
widget constructor must sit inside tr()/translate(), and tr() must get a literal
(lupdate cannot extract ``self.tr(str(error))``: core text goes through
``breachguard.qt.i18n.core_text`` / ``translate_core`` instead).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import breachguard

UI_DIR = Path(breachguard.__file__).parent / "ui"

# Methods whose listed argument positions are shown to people (None: every argument).
TEXT_METHODS: dict[str, tuple[int, ...] | None] = {
    "setText": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setWindowTitle": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setPlaceholderText": (0,),
    "setTitle": (0,),
    "setLabelText": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setFormat": (0,),
    "setSpecialValueText": (0,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "showMessage": (0,),
    "set_text": (0,),
    "addTab": (1, 2),
    "insertTab": (2, 3),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "addItem": None,
    "addItems": None,
    "addAction": None,
    "addMenu": None,
    "addRow": (0,),
    "setHeaderLabels": None,
    "setHorizontalHeaderLabels": None,
    "critical": (1, 2),
    "warning": (1, 2),
    "information": (1, 2),
    "question": (1, 2),
    "getOpenFileName": (1, 3),
    "getSaveFileName": (1, 3),
}
# Constructors whose arguments are texts (parents and flags are not string literals).
TEXT_CONSTRUCTORS = {
    "QLabel",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QListWidgetItem",
    "QTreeWidgetItem",
    "QMessageBox",
    "QCommandLinkButton",
}
TRANSLATING_CALLS = {"tr", "translate", "_tr", "translate_core", "core_text", "heading"}
# (file, literal) pairs that are deliberately not translated: none today.
ALLOWED: set[tuple[str, str]] = set()


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _untranslated(node: ast.AST) -> Iterator[ast.Constant]:
    """String literals with letters in ``node`` that no translating call wraps."""
    if isinstance(node, ast.Call) and _name(node.func) in TRANSLATING_CALLS:
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if any(char.isalpha() for char in node.value):
            yield node
        return
    if isinstance(node, ast.Call):
        # "English {0}".format(x) is text; a call's arguments are data (property names,
        # object names) unless that call is a text-taking constructor checked on its own.
        yield from _untranslated(node.func)
        return
    if isinstance(node, ast.Attribute):
        yield from _untranslated(node.value)
        return
    if isinstance(node, ast.Subscript):
        return  # looking data up (a dict of tr() texts), not text
    for child in ast.iter_child_nodes(node):
        yield from _untranslated(child)


def _text_arguments(call: ast.Call) -> list[ast.expr]:
    name = _name(call.func)
    if isinstance(call.func, ast.Name) and name in TEXT_CONSTRUCTORS:
        return [*call.args, *(k.value for k in call.keywords if k.arg in {"text", "title"})]
    if isinstance(call.func, ast.Attribute) and name in TEXT_METHODS:
        positions = TEXT_METHODS[name]
        if positions is None:
            return list(call.args)
        return [call.args[i] for i in positions if i < len(call.args)]
    return []


def ui_sources() -> list[Path]:
    return sorted(UI_DIR.rglob("*.py"))


def escaping_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
        for argument in _text_arguments(call):
            for literal in _untranslated(argument):
                if (path.name, literal.value) not in ALLOWED:
                    found.append(f"{path.name}:{literal.lineno}: {literal.value!r}")
    return found


def _is_literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def dynamic_tr_calls(path: Path, core_contexts: frozenset[str] = frozenset()) -> list[str]:
    """tr()/translate() calls whose text no catalog can hold: lupdate cannot read it,
    and it is not a core template looked up under its core module's context."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
        name = _name(call.func)
        if not isinstance(call.func, ast.Attribute) or name not in {"tr", "translate"}:
            continue
        if name == "tr" and call.args and not _is_literal(call.args[0]):
            found.append(f"{path.name}:{call.lineno}: tr({ast.unparse(call.args[0])})")
        elif name == "translate" and len(call.args) >= 2 and not _is_literal(call.args[1]):
            context = call.args[0]
            # A helper passing its context along, or a core module's own context, is fine.
            if isinstance(context, ast.Constant) and context.value not in core_contexts:
                found.append(
                    f"{path.name}:{call.lineno}: translate({context.value!r}, "
                    f"{ast.unparse(call.args[1])})"
                )
    return found


def test_no_literal_text_escapes_tr() -> None:
    problems = [problem for path in ui_sources() for problem in escaping_literals(path)]
    assert problems == [], "wrap these in self.tr():\n" + "\n".join(problems)


def test_tr_only_gets_literal_text() -> None:
    from breachguard.i18n_tool import core_messages, helper_messages, widget_sources

    contexts = {context for context, _text in core_messages()}
    contexts |= {context for context, _text in helper_messages(widget_sources())}
    problems = [
        problem for path in ui_sources() for problem in dynamic_tr_calls(path, frozenset(contexts))
    ]
    assert problems == [], (
        "no catalog holds these texts; show core messages with "
        "breachguard.qt.i18n.core_text:\n" + "\n".join(problems)
    )


def test_the_checker_finds_what_it_should(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label = QLabel('Plain English', self)\n"
        "button = QPushButton(self.tr('&Fine'), self)\n"
        "button.setToolTip(f'Hello {name}')\n"
        "label.setText(self.tr('Hi {0}').format(name))\n"
        "label.setObjectName('page.label')\n"
        "label.setText(f'{number}  {title}  ✓')\n"
        "label.setText(self.tr(str(error)))\n"
        "label.setText(QCoreApplication.translate('Ctx', text))\n"
        "label.setText(QCoreApplication.translate('otpauth', error.template))\n"
        "label.setText(QCoreApplication.translate(context, template))\n"
        "label.setText(self.phone.property('e164'))\n",
        encoding="utf-8",
    )
    assert escaping_literals(sample) == [
        "sample.py:1: 'Plain English'",
        "sample.py:3: 'Hello '",
    ]
    assert dynamic_tr_calls(sample, frozenset({"otpauth"})) == [
        "sample.py:7: tr(str(error))",
        "sample.py:8: translate('Ctx', text)",
    ]
