"""Build the translation catalogs: ``python -m breachguard.i18n_tool update|compile|check``.

``update`` runs pyside6-lupdate over the widget and glue sources. lupdate only knows
``tr()`` and ``QCoreApplication.translate()``, so the core's ``N_("...")`` templates
and the glue's ``_tr("...")`` helpers are first written into a generated stub of
``translate()`` calls that lupdate reads along with the real sources. A core
template's context is its module's name, ``QCoreApplication.translate("otpauth",
template)``; ``breachguard.qt.i18n.translate_core`` also finds it without one.
``compile`` runs pyside6-lrelease; ``check`` fails when a catalog is stale.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent
TRANSLATIONS_DIR = REPO_DIR / "resources" / "translations"
LANGUAGES = ("de", "nb")
# Our own catalog of Qt's dialog and button texts: Qt ships none for Bokmål.
QTBASE_CATALOGS = ("qtbase_nb",)
_WIDGET_DIRS = ("ui", "qt")


def catalog_path(language: str, directory: Path = TRANSLATIONS_DIR) -> Path:
    return directory / f"breachguard_{language}.ts"


# -- collecting strings lupdate cannot see ------------------------------------------------


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _marked_calls(tree: ast.AST, function: str) -> Iterable[str]:
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == function
            and node.args
        ):
            text = _literal(node.args[0])
            if text is not None:
                yield text


def core_context(path: Path) -> str:
    """Core templates are looked up under their module's name ("otpauth", "clock")."""
    return path.stem


def core_messages(core_dir: Path = PACKAGE_DIR / "core") -> list[tuple[str, str]]:
    """(context, template) of every ``N_("literal")`` in the core, in a stable order."""
    found: dict[tuple[str, str], None] = {}
    for path in sorted(core_dir.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for text in _marked_calls(tree, "N_"):
            if text:
                found.setdefault((core_context(path), text))
    return list(found)


def _helper_context(tree: ast.Module) -> str | None:
    """The context of a module-level ``def _tr(text): return translate("ctx", text)``."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and isinstance(inner.func, ast.Attribute)
                    and inner.func.attr == "translate"
                    and inner.args
                ):
                    return _literal(inner.args[0])
    return None


def helper_messages(sources: Sequence[Path]) -> list[tuple[str, str]]:
    """(context, text) for ``_tr("literal")`` calls in modules defining such a helper."""
    found: dict[tuple[str, str], None] = {}
    for path in sources:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        context = _helper_context(tree)
        if context:
            for text in _marked_calls(tree, "_tr"):
                found.setdefault((context, text))
    return list(found)


def widget_sources(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    return sorted(p for d in _WIDGET_DIRS for p in (package_dir / d).rglob("*.py"))


def write_stub(path: Path, messages: Iterable[tuple[str, str]]) -> None:
    """A Python file lupdate reads: one ``translate(context, text)`` call per message."""
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for context, text in messages:
        lines.append(f"QCoreApplication.translate({_quoted(context)}, {_quoted(text)})")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _quoted(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


# -- running the Qt tools -----------------------------------------------------------------


def _run(command: Sequence[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise SystemExit(f"{command[0]} failed:\n{result.stdout}{result.stderr}")


def _tool(name: str) -> str:
    """A PySide6 command-line tool: the one installed beside this Python first (a
    virtualenv's bin/ is not on PATH unless the venv is activated), else PATH's."""
    scripts = Path(sys.executable).parent  # not resolved: a venv's python is a symlink
    found = shutil.which(name, path=str(scripts)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is not installed (it comes with PySide6).")
    return found


def update(directory: Path = TRANSLATIONS_DIR, package_dir: Path = PACKAGE_DIR) -> None:
    """Bring every .ts in ``directory`` up to date with the sources; drop vanished texts."""
    sources = widget_sources(package_dir)
    messages = core_messages(package_dir / "core") + helper_messages(sources)
    directory.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        stub = Path(scratch) / "core_messages.py"
        write_stub(stub, messages)
        for language in LANGUAGES:
            target = catalog_path(language, directory)
            _run(
                [
                    _tool("pyside6-lupdate"),
                    *map(str, sources),
                    str(stub),
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-target-language",
                    language,
                    "-ts",
                    str(target),
                ]
            )


def compile_catalogs(
    source_dir: Path = TRANSLATIONS_DIR, out_dir: Path | None = None
) -> list[Path]:
    """lrelease every .ts; the same .ts always gives the same bytes."""
    out_dir = out_dir or source_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(source_dir.glob("*.ts")):
        qm = out_dir / (ts.stem + ".qm")
        _run([_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)])
        written.append(qm)
    return written


# -- reading catalogs ---------------------------------------------------------------------


def read_messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → <message> element of a .ts file."""
    root = ET.parse(path).getroot()  # noqa: S314 - our own catalogs
    result: dict[tuple[str, str], ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            result[(name, message.findtext("source", ""))] = message
    return result


def stale_catalogs(directory: Path = TRANSLATIONS_DIR) -> list[str]:
    """Problems that ``update`` and ``compile`` would fix, as sentences."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "ts"
        shutil.copytree(directory, fresh)
        update(fresh)
        for language in LANGUAGES:
            old = set(read_messages(catalog_path(language, directory)))
            new = set(read_messages(catalog_path(language, fresh)))
            for context, text in sorted(new - old):
                problems.append(f"{language}: new text in {context}: {text!r}")
            for context, text in sorted(old - new):
                problems.append(f"{language}: text gone from {context}: {text!r}")
        built = compile_catalogs(directory, Path(scratch) / "qm")
        for qm in built:
            committed = directory / qm.name
            if not committed.exists() or committed.read_bytes() != qm.read_bytes():
                problems.append(f"{qm.name} does not match its .ts; run compile")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m breachguard.i18n_tool", description=__doc__)
    parser.add_argument("command", choices=("update", "compile", "check"))
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "compile":
        for path in compile_catalogs():
            print(path.name)
    else:
        problems = stale_catalogs()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
