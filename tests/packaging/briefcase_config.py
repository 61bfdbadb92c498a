"""Load the project the way Briefcase 0.4.7 does: its own parser, then ``-C``
overrides through its own override parser, then its config classes (which is
where BaseCommand.parse_config ends)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

PLATFORMS = [("linux", "system"), ("macOS", "app"), ("windows", "app")]
NO_BRIEFCASE = "Briefcase is not installed (pip install 'briefcase==0.4.7')"


def briefcase_module(name: str) -> Any:
    """A Briefcase module, or skip the calling test (only those that need Briefcase)."""
    return pytest.importorskip(name, reason=NO_BRIEFCASE)


def parse_overrides(values: list[str]) -> dict[str, Any]:
    """Briefcase's own parser for ``-C KEY=VALUE`` values."""
    base = briefcase_module("briefcase.commands.base")
    return dict(base.parse_config_overrides(values))


def load_app(
    pyproject: Path, platform: str, output_format: str, overrides: list[str] | None = None
) -> Any:
    briefcase_config = briefcase_module("briefcase.config")
    briefcase_base = briefcase_module("briefcase.commands.base")
    console = briefcase_module("briefcase.console").Console(input_enabled=False)
    global_config, apps = briefcase_config.parse_config(
        pyproject, platform=platform, output_format=output_format, console=console
    )
    values = parse_overrides(overrides or [])
    global_config.update(values)
    briefcase_base.create_config(
        klass=briefcase_config.GlobalConfig, config=global_config, msg="Global configuration"
    )
    assert list(apps) == ["breachguard"]
    app_config = apps["breachguard"]
    app_config.update(values)
    return briefcase_base.create_config(
        klass=briefcase_config.DraftAppConfig, config=app_config, msg="breachguard"
    )


def icon_files(project: Path, icon: str, platform: str) -> list[Path]:
    """The files Briefcase's templates take the icon from on each platform."""
    stem = project / icon
    if platform == "linux":
        return [stem.with_name(f"{stem.name}-{size}.png") for size in (16, 32, 64, 128, 256, 512)]
    suffix = ".icns" if platform == "macOS" else ".ico"
    return [stem.with_name(stem.name + suffix)]
