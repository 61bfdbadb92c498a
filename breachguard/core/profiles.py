"""Which providers the app knows: the Demo Exchange, bundled profiles and imported ones.

Bundled profiles ship inside the package (``breachguard/profiles/*.json``) so they
reach editable, wheel and Briefcase installs alike; imported ones are copied,
after validation, into the user's config dir.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from breachguard.core.atomic import atomic_write_bytes
from breachguard.core.provider import (
    ProfileError,
    ProviderProfile,
    load_profile_file,
    profile_from_bytes,
)

log = logging.getLogger(__name__)

DEMO_PROVIDER_ID = "demo-exchange"


@dataclass(frozen=True)
class ProfileEntry:
    id: str
    name: str
    origin: str  # "demo", "bundled" or "imported"
    path: Path | None = None


class ProfileRegistry:
    def __init__(self, imported_dir: Path) -> None:
        self._imported_dir = imported_dir
        self.problems: list[str] = []

    def bundled(self) -> list[tuple[ProviderProfile, str]]:
        found: list[tuple[ProviderProfile, str]] = []
        package = resources.files("breachguard") / "profiles"
        if not package.is_dir():
            return found
        for item in sorted(package.iterdir(), key=lambda entry: entry.name):
            if not item.name.endswith(".json"):
                continue
            try:
                found.append((profile_from_bytes(item.read_bytes()), "bundled"))
            except ProfileError as exc:
                self.problems.append(f"bundled profile {item.name}: {exc}")
        return found

    def imported(self) -> list[tuple[ProviderProfile, Path]]:
        found: list[tuple[ProviderProfile, Path]] = []
        if not self._imported_dir.is_dir():
            return found
        for path in sorted(self._imported_dir.glob("*.json")):
            try:
                found.append((load_profile_file(path), path))
            except ProfileError as exc:
                self.problems.append(f"imported profile {path.name}: {exc}")
        return found

    def entries(self) -> list[ProfileEntry]:
        entries = [ProfileEntry(DEMO_PROVIDER_ID, "Demo Exchange", "demo")]
        seen = {DEMO_PROVIDER_ID}
        for profile, _origin in self.bundled():
            if profile.id not in seen:
                entries.append(ProfileEntry(profile.id, profile.name, "bundled"))
                seen.add(profile.id)
        for profile, path in self.imported():
            if profile.id not in seen:
                entries.append(ProfileEntry(profile.id, profile.name, "imported", path))
                seen.add(profile.id)
        return entries

    def find(self, provider_id: str) -> ProviderProfile | None:
        """A bundled or imported profile by id (the demo one is built by its server)."""
        for profile, _origin in self.bundled():
            if profile.id == provider_id:
                return profile
        for profile, _path in self.imported():
            if profile.id == provider_id:
                return profile
        return None

    def import_file(self, source: Path) -> ProviderProfile:
        """Validate a profile file and keep a copy; raises ProfileError with the field at fault."""
        profile = load_profile_file(source)
        if profile.id == DEMO_PROVIDER_ID or profile.demo:
            raise ProfileError("id", "the Demo Exchange profile is built in and cannot be imported")
        atomic_write_bytes(self._imported_dir / f"{profile.id}.json", source.read_bytes())
        log.info("imported provider profile %s", profile.id)
        return profile
