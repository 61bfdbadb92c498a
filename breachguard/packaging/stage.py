"""A branded copy of the project for Briefcase to build from.

The brand's provider profiles and defaults must end up inside the package, but
writing them into the checkout would leave it dirty (and change what every other
build and test sees), so Briefcase runs in a staging copy instead. The copy keeps
Briefcase's own ``build/``, ``dist/`` and ``.briefcase/`` folders between runs,
so ``create``, ``build`` and ``package`` can be run one after another.
"""

from __future__ import annotations

import shutil
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from breachguard.core.atomic import atomic_write_bytes
from breachguard.core.resources import BRAND_FILE, brand_to_bytes
from breachguard.packaging.brand import ICON_SUFFIXES, Brand, override_arguments

APP_NAME = "breachguard"
MARKER = ".breachguard-brand-staging"
# Copied besides the Briefcase sources: what pyproject.toml refers to.
_PROJECT_FILES = ("pyproject.toml", "README.md", "LICENSE")
# Briefcase wants a changelog beside pyproject.toml (it installs it as the
# package's changelog); the checkout keeps it with the other packaging inputs.
CHANGELOG = Path("resources") / "packaging" / "CHANGELOG.md"
# Kept between runs: Briefcase's outputs and its development environment.
_KEPT = {"build", "dist", ".briefcase", "logs", MARKER}
_IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", "*.dist-info", ".pytest_cache")


class StagingError(Exception):
    """The staging folder cannot be used; the message says why."""


@dataclass(frozen=True)
class Staged:
    root: Path
    overrides: dict[str, str]


def briefcase_command(python: str, arguments: list[str], overrides: dict[str, str]) -> list[str]:
    """``python -m briefcase ARGS -C ...``; overrides go before a ``--`` separator,
    after which Briefcase passes everything on to the app."""
    if "--" in arguments:
        split = arguments.index("--")
        head, tail = arguments[:split], arguments[split:]
    else:
        head, tail = arguments, []
    return [python, "-m", "briefcase", *head, *override_arguments(overrides), *tail]


def _briefcase_app(project: Path) -> dict[str, Any]:
    with (project / "pyproject.toml").open("rb") as stream:
        config = tomllib.load(stream)
    return dict(config["tool"]["briefcase"]["app"][APP_NAME])


def source_folders(project: Path) -> list[str]:
    """What Briefcase copies into a bundle (``sources`` and ``test_sources``)."""
    app = _briefcase_app(project)
    return [*app.get("sources", []), *app.get("test_sources", [])]


def icon_stem(project: Path) -> str:
    """The icon stem pyproject.toml names, e.g. ``resources/icons/breachguard``."""
    return str(_briefcase_app(project)["icon"])


def default_staging_dir(project: Path, brand: Brand) -> Path:
    # build/ is ignored by git, so the copy never shows up as a change.
    return project / "build" / "brand" / f"{brand.bundle}.{APP_NAME}"


def _prepare_root(root: Path) -> None:
    if root.is_dir() and not any(root.iterdir()):
        root.rmdir()  # an empty folder made for us: same as a new one
    if root.exists():
        if not (root / MARKER).is_file():
            raise StagingError(
                f"{root} is not empty and is not a BreachGuard staging folder; "
                "choose an empty or new folder for --staging"
            )
        for entry in root.iterdir():
            if entry.name in _KEPT:
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
    else:
        root.mkdir(parents=True)
        (root / MARKER).write_text(
            "Made by python -m breachguard.packaging; refreshed on every run.\n",
            encoding="utf-8",
        )


def stage(brand: Brand, project: Path, root: Path) -> Staged:
    """Copy the project into ``root`` and apply the brand there."""
    project = project.resolve()
    root = root.resolve()
    if root == project or project.is_relative_to(root):
        raise StagingError(f"the staging folder {root} would contain the project itself")
    _prepare_root(root)
    for name in _PROJECT_FILES:
        if (project / name).is_file():
            shutil.copy2(project / name, root / name)
    if (project / CHANGELOG).is_file():
        shutil.copy2(project / CHANGELOG, root / CHANGELOG.name)
    for name in source_folders(project):
        if (project / name).is_dir():
            shutil.copytree(project / name, root / name, ignore=_IGNORED)
        else:
            shutil.copy2(project / name, root / name)

    profiles = root / APP_NAME / "profiles"
    profiles.mkdir(exist_ok=True)
    for stale in profiles.glob("*.json"):
        stale.unlink()
    for bundled in brand.bundled:
        atomic_write_bytes(profiles / f"{bundled.profile.id}.json", bundled.data, mode=0o644)
    # Installed apps are read by every user of the computer, not just the builder.
    atomic_write_bytes(root / APP_NAME / BRAND_FILE, brand_to_bytes(brand.defaults()), mode=0o644)

    # Over the stock icon files, so Briefcase and the running app both use them.
    stock = root / icon_stem(project)
    for icon, suffix in zip(brand.icon_files(), ICON_SUFFIXES, strict=True):
        shutil.copyfile(icon, stock.with_name(stock.name + suffix))
    return Staged(root=root, overrides=brand.overrides())
