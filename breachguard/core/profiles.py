"""Which providers the app knows: the Demo Exchange, bundled profiles, imported ones
and the community directory.

Bundled profiles ship inside the package (``breachguard/profiles/*.json``) so they
reach editable, wheel and Briefcase installs alike. Community profiles
(``resources/community/*.json``) are public facts about real exchanges gathered by
this project, each with its source; an exchange's own profile, once imported,
takes the place of its community one. Imported ones are kept, after
validation, in the user's config dir as ``<id>.json`` (the very bytes that were
checked), with ``<id>.json.minisig`` when the file came signed and ``<id>.meta``
saying which file it came from and when. Importing over an installed profile
goes through :mod:`breachguard.core.profile_update`.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

from breachguard.core.atomic import atomic_write_bytes, atomic_write_json, read_json_file
from breachguard.core.profile_update import (
    REFUSED_BUILT_IN,
    SIGNATURE_SUFFIX,
    ImportKind,
    ImportPlan,
    Installed,
    ProfileFile,
    plan_import,
)
from breachguard.core.provider import (
    ProfileError,
    ProfileOrigin,
    ProviderProfile,
    load_profile_file,
    profile_from_bytes,
    read_profile_bytes,
)
from breachguard.core.strictjson import JsonError

log = logging.getLogger(__name__)

DEMO_PROVIDER_ID = "demo-exchange"
DEMO_NAME = "Demo Exchange"
META_SUFFIX = ".meta"
MAX_META_BYTES = 16 * 1024
_STAMP = "%Y-%m-%dT%H:%M:%SZ"


@dataclass(frozen=True)
class ProfileEntry:
    id: str
    name: str
    origin: str  # "demo", "bundled", "imported" or "community"
    path: Path | None = None
    source_name: str | None = None  # imported: the name of the file it came from
    imported_at: datetime | None = None  # imported: when (None if not recorded)
    signed_by: str | None = None  # imported: the key ID of a verified signature
    web_domains: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Found:
    profile: ProviderProfile
    path: Path | None


class ProfileRegistry:
    def __init__(
        self,
        imported_dir: Path,
        bundled_dir: Path | None = None,
        community_dir: Path | None = None,
    ) -> None:
        self._imported_dir = imported_dir
        self._bundled_dir = bundled_dir
        self._community_dir = community_dir
        self.problems: list[str] = []
        self._community: list[_Found] | None = None

    def _bundled_folder(self) -> Path | None:
        if self._bundled_dir is not None:
            return self._bundled_dir
        package = resources.files("breachguard") / "profiles"
        return package if isinstance(package, Path) else None

    def bundled(self) -> list[_Found]:
        return self._read_folder(self._bundled_folder(), ProfileOrigin.BUNDLED, "bundled")

    def _community_folder(self) -> Path | None:
        return self._community_dir or _community_folder()

    def community(self) -> list[_Found]:
        """The community directory; read once, as it changes only with the app."""
        if self._community is None:
            self._community = self._read_folder(
                self._community_folder(), ProfileOrigin.COMMUNITY, "community"
            )
        return self._community

    def imported(self) -> list[_Found]:
        # The app's own folder: a link planted there is not followed.
        return self._read_folder(
            self._imported_dir, ProfileOrigin.IMPORTED, "imported", follow_symlinks=False
        )

    def _read_folder(
        self,
        folder: Path | None,
        origin: ProfileOrigin,
        kind: str,
        *,
        follow_symlinks: bool = True,
    ) -> list[_Found]:
        """Every valid profile in a folder; each broken one is named in ``problems``."""
        if folder is None or not folder.is_dir():
            return []
        return self._read_folder_files(
            sorted(folder.glob("*.json")), origin, kind, follow_symlinks=follow_symlinks
        )

    def _read_folder_files(
        self,
        paths: list[Path],
        origin: ProfileOrigin,
        kind: str,
        *,
        follow_symlinks: bool = True,
    ) -> list[_Found]:
        found: list[_Found] = []
        for path in paths:
            try:
                data = read_profile_bytes(path, follow_symlinks=follow_symlinks)
                profile = profile_from_bytes(data, origin=origin)
            except ProfileError as exc:
                self._problem(f"{kind} profile {path.name}: {exc}")
                continue
            found.append(_Found(profile, path))
        return found

    def _problem(self, text: str) -> None:
        if text not in self.problems:
            self.problems.append(text)

    def community_ids(self) -> list[str]:
        """The community directory's ids from its file names alone (each file is
        named after its id): the start of the app needs no more than that."""
        folder = self._community_folder()
        if folder is None or not folder.is_dir():
            return []
        return sorted(path.stem for path in folder.glob("*.json"))

    def known_ids(self) -> set[str]:
        ids = {DEMO_PROVIDER_ID, *self.community_ids()}
        ids.update(item.profile.id for item in (*self.bundled(), *self.imported()))
        return ids

    def _community_one(self, provider_id: str) -> ProviderProfile | None:
        """One community profile, read alone unless the whole directory already was."""
        if self._community is not None:
            return next((i.profile for i in self._community if i.profile.id == provider_id), None)
        folder = self._community_folder()
        # Only a name the folder holds: an id from settings never becomes a path.
        if folder is None or provider_id not in self.community_ids():
            return None
        path = folder / f"{provider_id}.json"
        found = self._read_folder_files([path], ProfileOrigin.COMMUNITY, "community")
        return found[0].profile if found and found[0].profile.id == provider_id else None

    def _in_precedence(self, *, community: bool = True) -> Iterator[tuple[ProfileOrigin, _Found]]:
        """Each installed profile once, by id: a bundled one before an imported one
        before a community one (the exchange's own file replaces its community profile);
        the Demo Exchange's id is taken by the built-in one."""
        seen = {DEMO_PROVIDER_ID}
        sources: list[tuple[ProfileOrigin, list[_Found]]] = [
            (ProfileOrigin.BUNDLED, self.bundled()),
            (ProfileOrigin.IMPORTED, self.imported()),
        ]
        if community:
            sources.append((ProfileOrigin.COMMUNITY, self.community()))
        for origin, items in sources:
            for item in items:
                if item.profile.id not in seen:
                    seen.add(item.profile.id)
                    yield origin, item

    def entries(self, *, community: bool = True) -> list[ProfileEntry]:
        """Every exchange the app knows; ``community=False`` leaves the directory out
        (the window's menu lists only the customer's own, and the start skips reading it)."""
        entries = [ProfileEntry(DEMO_PROVIDER_ID, DEMO_NAME, "demo")]
        for origin, item in self._in_precedence(community=community):
            profile = item.profile
            meta = (
                self._meta(item.path)
                if origin is ProfileOrigin.IMPORTED and item.path
                else _Provenance()
            )
            entries.append(
                ProfileEntry(
                    profile.id,
                    profile.name,
                    str(origin),
                    item.path,
                    source_name=meta.source_name,
                    imported_at=meta.imported_at,
                    signed_by=meta.signed_by,
                    web_domains=profile.web_domains,
                )
            )
        return entries

    def is_known(self, provider_id: str) -> bool:
        return any(entry.id == provider_id for entry in self.entries())

    def find(self, provider_id: str) -> ProviderProfile | None:
        """A bundled, imported or community profile by id, in that order of precedence
        (the demo one is built by its server)."""
        for item in (*self.bundled(), *self.imported()):
            if item.profile.id == provider_id:
                return item.profile
        return self._community_one(provider_id)

    # -- importing ----------------------------------------------------------------------

    def installed(self, *, bundled_label: str = "") -> list[Installed]:
        """Every profile an import is compared with (the Demo Exchange by id only)."""
        return [
            Installed(
                item.profile, origin, bundled_label if origin is ProfileOrigin.BUNDLED else ""
            )
            for origin, item in self._in_precedence()
        ]

    def plan(self, candidate: ProfileFile, *, bundled_label: str = "") -> ImportPlan:
        """What importing ``candidate`` would do; nothing is written."""
        profile = candidate.profile
        if profile.id == DEMO_PROVIDER_ID:
            return ImportPlan(
                candidate,
                ImportKind.REFUSED,
                refusal="the Demo Exchange profile is built in and cannot be imported",
                refusal_code=REFUSED_BUILT_IN,
            )
        return plan_import(candidate, self.installed(bundled_label=bundled_label))

    def install(self, plan: ImportPlan, *, now: datetime | None = None) -> ProviderProfile:
        """Keep the file's bytes (those that were checked) and where they came from.

        Only a plan that is not refused; the caller has asked the user when
        ``plan.needs_choice``."""
        if plan.kind is ImportKind.REFUSED:
            raise ProfileError("", plan.refusal or "this profile cannot be imported")
        candidate = plan.candidate
        profile = candidate.profile
        target = self._imported_dir / f"{profile.id}.json"
        if plan.kind is ImportKind.SAME and target.is_file():
            return self.find(profile.id) or profile
        signature = self._imported_dir / f"{profile.id}.json{SIGNATURE_SUFFIX}"
        stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
        meta = {
            "source_name": candidate.name,
            "imported_at": stamp.strftime(_STAMP),
            "sha256": candidate.sha256,
            "signed_by": plan.signed_by,
        }
        if plan.signed_by and candidate.signature is not None:
            atomic_write_bytes(signature, candidate.signature)
        elif signature.exists() or signature.is_symlink():
            os.unlink(signature)  # it belonged to the file being replaced
        atomic_write_json(self._imported_dir / f"{profile.id}{META_SUFFIX}", meta)
        atomic_write_bytes(target, candidate.data)
        log.info("imported provider profile %s (%s)", profile.id, plan.kind.value)
        return profile

    def import_file(self, source: Path) -> ProviderProfile:
        """Validate a profile file and keep a copy, when that changes nothing already
        installed; raises ProfileError with the field at fault, or the reason."""
        plan = self.plan(ProfileFile.read(source))
        if plan.needs_choice:
            raise ProfileError("", "\n".join(plan.summary()))
        return self.install(plan)

    def _meta(self, path: Path) -> _Provenance:
        """Where an imported profile came from; empty when unknown or not this file's."""
        meta_path = path.with_name(path.stem + META_SUFFIX)
        try:
            value = read_json_file(meta_path, max_bytes=MAX_META_BYTES)
            data = read_profile_bytes(path, follow_symlinks=False)
        except (OSError, JsonError, ProfileError):
            return _Provenance()
        if not isinstance(value, dict) or value.get("sha256") != hashlib.sha256(data).hexdigest():
            return _Provenance()
        source, signer, stamp = (value.get(k) for k in ("source_name", "signed_by", "imported_at"))
        when: datetime | None = None
        if isinstance(stamp, str):
            try:
                when = datetime.strptime(stamp, _STAMP).replace(tzinfo=timezone.utc)
            except ValueError:
                pass
        return _Provenance(
            Path(source).name[:200] if isinstance(source, str) else None,
            when,
            signer[:32] if isinstance(signer, str) else None,
        )


def _community_folder() -> Path | None:
    from breachguard.core.resources import ResourceError, resource_root

    try:
        return resource_root() / "community"
    except ResourceError:
        return None


class ProfileArgumentError(ValueError):
    """A command's ``--provider`` names nothing usable; the text is one line for it."""


def profile_from_argument(value: str, registry: ProfileRegistry) -> ProviderProfile:
    """A command's ``--provider ID|FILE``. A known id wins over a file of the same
    name in the current folder."""
    found = registry.find(value)
    if found is not None:
        return found
    path = Path(value)
    if path.suffix.lower() == ".json" or path.is_file():
        try:
            return load_profile_file(path)
        except (ProfileError, OSError) as exc:
            raise ProfileArgumentError(f"cannot use provider file {path.name}: {exc}") from None
    raise ProfileArgumentError(
        f"unknown provider '{value[:40]}'; pass a profile file or an imported provider id"
    )


@dataclass(frozen=True)
class _Provenance:
    source_name: str | None = None
    imported_at: datetime | None = None
    signed_by: str | None = None
