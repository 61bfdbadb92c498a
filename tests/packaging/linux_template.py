"""The project's Briefcase template for Linux system packages, rendered the way
Briefcase 0.4.7 renders it, and the files a package built from it would ship."""

from __future__ import annotations

import fnmatch
import re
import subprocess
import tomllib
from datetime import date
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
from packaging.requirements import Requirement

from breachguard.packaging.elf import is_elf
from tests.packaging.briefcase_config import briefcase_module, load_app

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = ROOT / "pyproject.toml"


def template_path(pyproject: Path = PYPROJECT) -> Path:
    app = load_app(pyproject, "linux", "system")
    return pyproject.parent / str(app.template)


def system_python_tag() -> str:
    """major.minor of /usr/bin/python3, the Python Briefcase builds the package for."""
    if not Path("/usr/bin/python3").is_file():
        pytest.skip("no system Python at /usr/bin/python3")
    done = subprocess.run(
        ["/usr/bin/python3", "-c", "import sys; print(*sys.version_info[:2], sep='.')"],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return done.stdout.strip()


def briefcase_context(app: Any, codename: str, python_tag: str) -> dict[str, Any]:
    """The cookiecutter context Briefcase's CreateCommand passes: every app setting
    plus the values it derives (see generate_app_template and the Linux system
    command's output_format_template_context)."""
    briefcase = briefcase_module("briefcase")
    context = {key: value for key, value in vars(app).items() if key != "permission"}
    for key in ("template", "template_branch", "template_hash"):
        context.pop(key, None)
    today = date.today()
    context.update(
        format=codename,
        version=str(app.version),
        python_version=python_tag,
        class_name=app.class_name,
        module_name=app.module_name,
        package_name=app.package_name,
        bundle_identifier=app.bundle_identifier,
        year=today.strftime("%Y"),
        month=today.strftime("%B"),
        template_source=str(template_path()),
        template_branch=f"v{briefcase.__version__}",
        briefcase_version=briefcase.__version__,
        vendor_base="debian",
    )
    return context


def render(
    output: Path,
    *,
    overrides: list[str] | None = None,
    codename: str = "bookworm",
    python_tag: str = "3.11",
    pyproject: Path = PYPROJECT,
) -> Path:
    """Render the template into ``output``; returns the bundle folder (Briefcase's
    bundle_path)."""
    cookiecutter = briefcase_module("cookiecutter.main").cookiecutter
    app = load_app(pyproject, "linux", "system", overrides)
    context = briefcase_context(app, codename, python_tag)
    output.mkdir(parents=True, exist_ok=True)
    cookiecutter(
        str(template_path(pyproject)), no_input=True, output_dir=str(output), extra_context=context
    )
    return output / codename


def path_index(bundle: Path) -> dict[str, Any]:
    with (bundle / "briefcase.toml").open("rb") as stream:
        return tomllib.load(stream)


# -- what a package built from the template ships ------------------------------------------


def runtime_distributions() -> list[metadata.Distribution]:
    """The installed distributions BreachGuard needs at run time (its requirements,
    followed recursively, markers evaluated for this machine)."""
    seen: dict[str, metadata.Distribution] = {}
    pending = [
        Requirement(text)
        for text in tomllib.loads(PYPROJECT.read_text())["project"]["dependencies"]
    ]
    while pending:
        requirement = pending.pop()
        name = re.sub(r"[-_.]+", "-", requirement.name).lower()
        if name in seen or (requirement.marker and not requirement.marker.evaluate({"extra": ""})):
            continue
        try:
            dist = metadata.distribution(requirement.name)
        except metadata.PackageNotFoundError:
            pytest.skip(f"{requirement.name} is not installed here")
        seen[name] = dist
        for text in dist.requires or []:
            nested = Requirement(text)
            if nested.marker is None or nested.marker.evaluate({"extra": ""}):
                pending.append(nested)
    return list(seen.values())


def _glob_matches(path: list[str], glob: list[str]) -> bool:
    """Path.glob's rule for a pattern without ``**``: one pattern part per folder."""
    return len(path) == len(glob) and all(map(fnmatch.fnmatchcase, path, glob))


def shipped_elf_files(bundle: Path) -> dict[str, bytes]:
    """The ELF files of the runtime distributions as the bundle keeps them: by their
    path under app_packages, after the template's cleanup_paths."""
    index = path_index(bundle)["paths"]
    packages = index["app_packages_path"]
    removed = [glob.removeprefix(packages + "/").split("/") for glob in index["cleanup_paths"]]
    files: dict[str, bytes] = {}
    for dist in runtime_distributions():
        for entry in dist.files or []:
            relative = entry.as_posix()
            path = Path(str(dist.locate_file(entry)))
            if relative.startswith("..") or not is_elf(path):
                continue
            parts = relative.split("/")
            if any(_glob_matches(parts[: len(glob)], glob) for glob in removed):
                continue  # the file, or a folder holding it, is cleaned up
            files[f"{packages}/{relative}"] = path.read_bytes()
    return files
