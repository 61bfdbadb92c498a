"""pyproject.toml's [tool.briefcase] as Briefcase itself reads it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.packaging.briefcase_config import PLATFORMS, icon_files, load_app

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = ROOT / "pyproject.toml"


@pytest.mark.parametrize(("platform", "output_format"), PLATFORMS)
def test_briefcase_parses_the_app(platform: str, output_format: str) -> None:
    app = load_app(PYPROJECT, platform, output_format)
    assert app.app_name == "breachguard"
    assert app.formal_name == "BreachGuard"
    assert app.bundle_identifier == "invalid.breachguard.breachguard"
    assert app.license == "Apache-2.0"  # PEP 639 SPDX string
    # One dependency list: Briefcase prepends [project] dependencies and the test extra.
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    assert app.requires[: len(project["dependencies"])] == project["dependencies"]
    assert (
        app.test_requires[: len(project["optional-dependencies"]["test"])]
        == (project["optional-dependencies"]["test"])
    )
    missing = [p.name for p in icon_files(ROOT, app.icon, platform) if not p.is_file()]
    assert not missing, f"icon files missing for {platform}: {missing}"
    for source in [*app.sources, *app.test_sources]:
        assert (ROOT / source).exists(), source


def test_platform_sections() -> None:
    linux = load_app(PYPROJECT, "linux", "system")
    # The vendor block is merged by `briefcase create` on the build host.
    runtime = linux.debian["system_runtime_requires"]
    for library in ("libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libegl1"):
        assert library in runtime
    macos = load_app(PYPROJECT, "macOS", "app")
    assert macos.min_os_version == "13.0"
    assert macos.universal_build is True
    windows = load_app(PYPROJECT, "windows", "app")
    assert windows.requires == linux.requires  # nothing Windows-only


def test_cleanup_paths_never_remove_what_the_app_reads() -> None:
    app = load_app(PYPROJECT, "linux", "system")
    removed = {Path(glob).parts[3] for glob in app.cleanup_paths}  # **/app/resources/<x>
    assert removed.isdisjoint({"icons", "schemas", "profiles", "community"})
    assert all(glob.startswith("**/app/resources/") for glob in app.cleanup_paths)


def test_test_mode_entry_point_exists() -> None:
    # `briefcase dev --test` runs the module tests.<app_name>.
    assert (ROOT / "tests" / "__init__.py").is_file()
    assert (ROOT / "tests" / "breachguard.py").is_file()


def test_every_package_folder_is_listed_for_setuptools() -> None:
    """[tool.setuptools] lists packages (so resources/ can be mapped in); a new
    folder left off the list would silently be missing from the wheel."""
    listed = set(
        tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"]
    )
    folders = {
        ".".join(path.relative_to(ROOT).parts)
        for path in [ROOT / "breachguard", *(ROOT / "breachguard").rglob("*")]
        if path.is_dir()
        and path.name != "__pycache__"
        and any(child.is_file() for child in path.iterdir())
    }
    unlisted = sorted(folders - listed)
    assert not unlisted, f"add {unlisted} to [tool.setuptools] packages in pyproject.toml"
    resource_folders = {
        f"breachguard.resources.{path.name}"
        for path in (ROOT / "resources").iterdir()
        if path.is_dir()
    }
    # Shipped on purpose; the others (docs, openapi, profiles example, screenshots)
    # are for people reading the repository.
    shipped = {
        "breachguard.resources.icons",
        "breachguard.resources.schemas",
        "breachguard.resources.translations",
    }
    assert shipped <= resource_folders
    assert shipped <= listed
