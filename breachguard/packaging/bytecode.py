"""Compiled bytecode inside the Debian package.

Briefcase's .deb ships only ``.py`` files, and the app folder it installs to
(``/usr/lib/<app>``) belongs to root, so every start compiled each module it
imports from source again and wrote nothing back. Here the package is unpacked,
its Python files compiled by this interpreter (the one the package's launcher
links: Briefcase builds a system package with the system's Python) and packed
again with ``dpkg-deb``.

The bytecode is ``unchecked-hash``: valid whatever the files' times say, checked
against nothing at start-up, the same in every build of the same sources.
"""

from __future__ import annotations

import compileall
import py_compile
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from breachguard.core.atomic import atomic_write_bytes


class BytecodeError(Exception):
    """The package could not be unpacked or packed again; the message says why."""


@dataclass(frozen=True)
class Compiled:
    folders: tuple[str, ...]  # in the package, e.g. "/usr/lib/breachguard"
    files: int  # .pyc files now in the package
    refused: int  # sources this Python cannot compile (another version's files)


def _run(command: list[str]) -> None:
    # Fixed dpkg-deb commands on paths made here.
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)  # noqa: S603
    if done.returncode != 0:
        raise BytecodeError(f"{command[0]} {command[1]} failed: {done.stderr.strip()[-500:]}")


def _app_folders(tree: Path) -> list[Path]:
    lib = tree / "usr" / "lib"
    return sorted(path for path in lib.iterdir() if (path / "app").is_dir()) if lib.is_dir() else []


def add_bytecode(deb: Path) -> Compiled:
    """Compiles the Python files under each ``/usr/lib/<app>`` with an ``app/``
    folder into the package, in place."""
    if shutil.which("dpkg-deb") is None:
        raise BytecodeError("dpkg-deb is not installed (apt-get install dpkg)")
    with tempfile.TemporaryDirectory(prefix="breachguard-deb-") as work:
        tree = Path(work) / "tree"
        _run(["dpkg-deb", "--raw-extract", str(deb), str(tree)])
        folders = _app_folders(tree)
        installed = tuple("/" + folder.relative_to(tree).as_posix() for folder in folders)
        refused = 0
        for folder, inside in zip(folders, installed, strict=True):
            ok = compileall.compile_dir(
                str(folder),
                ddir=inside,  # tracebacks name the installed files, not this folder
                quiet=2,
                workers=0,
                invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH,
            )
            if not ok:
                refused += sum(1 for source in folder.rglob("*.py") if not _compiled(source))
        files = sum(1 for folder in folders for _ in folder.rglob("*.pyc"))
        rebuilt = Path(work) / "rebuilt.deb"
        _run(["dpkg-deb", "--root-owner-group", "--build", str(tree), str(rebuilt)])
        atomic_write_bytes(deb, rebuilt.read_bytes(), mode=0o644)
    return Compiled(installed, files, refused)


def _compiled(source: Path) -> bool:
    cache = source.parent / "__pycache__"
    return any(cache.glob(f"{source.stem}.*.pyc"))
