"""Which Debian packages the shipped ELF files need, found the way dpkg-shlibdeps
finds them: every ``DT_NEEDED`` library that the package does not bring itself is
looked up in this system's linker cache (``ldconfig -p``) and traced to the
package that installed it (``dpkg-query -S``).

Briefcase writes ``Depends`` from ``system_runtime_requires`` in pyproject.toml
plus ``libc6`` and ``libpythonX.Y``; :func:`missing_from_depends` says what that
list lacks, so a package that would not start on a minimal system is never
published.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sysconfig
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from breachguard.packaging.elf import parse_dynamic

_LDCONFIG_LINE = re.compile(
    r"^\s+(?P<soname>\S+) \((?P<flags>[^)]*)\)(?: OS ABI: [^=]*)? => (?P<path>/\S+)$"
)
_VERSION_OR_ARCH = re.compile(r"\s*(\([^)]*\)|\[[^]]*\]|<[^>]*>)")


class LibraryLookupError(RuntimeError):
    """This system's tools could not answer; the message says which and why."""


@dataclass(frozen=True)
class LibraryNeed:
    soname: str
    needed_by: tuple[str, ...]  # shipped files, relative to the package root
    package: str | None  # None: no installed package provides it


def external_needs(files: Iterable[tuple[str, bytes]]) -> dict[str, tuple[str, ...]]:
    """Shared libraries the given ELF files need that none of them provides:
    soname → the files needing it. ``files`` are (path in the package, content)."""
    infos = {name: parse_dynamic(data, name) for name, data in files}
    provided = {PurePosixPath(name).name for name in infos}
    provided |= {info.soname for info in infos.values() if info.soname}
    needs: dict[str, list[str]] = {}
    for name, info in sorted(infos.items()):
        for soname in info.needed:
            if soname not in provided:
                needs.setdefault(soname, []).append(name)
    return {soname: tuple(users) for soname, users in sorted(needs.items())}


def _tool(name: str, *fallbacks: str) -> str:
    found = shutil.which(name) or next((f for f in fallbacks if Path(f).is_file()), None)
    if found is None:
        raise LibraryLookupError(f"{name} is not installed; it comes with Debian's base system")
    return found


def linker_cache() -> dict[str, list[Path]]:
    """soname → paths, from ``ldconfig -p``, this architecture's folder first."""
    done = subprocess.run(  # noqa: S603 - a fixed system tool
        [_tool("ldconfig", "/sbin/ldconfig", "/usr/sbin/ldconfig"), "-p"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if done.returncode != 0:
        raise LibraryLookupError(f"ldconfig -p failed: {done.stderr.strip()}")
    triplet = sysconfig.get_config_var("MULTIARCH") or ""
    cache: dict[str, list[Path]] = {}
    for line in done.stdout.splitlines():
        match = _LDCONFIG_LINE.match(line)
        if match:
            cache.setdefault(match["soname"], []).append(Path(match["path"]))
    for paths in cache.values():
        paths.sort(key=lambda path: bool(triplet) and f"/{triplet}/" not in str(path))
    return cache


def _merged_usr_twin(path: Path) -> Path:
    """/lib/x ↔ /usr/lib/x: dpkg records a file under the name its package used."""
    text = str(path)
    return Path(text.removeprefix("/usr")) if text.startswith("/usr/") else Path("/usr" + text)


def owning_packages(paths: Iterable[Path]) -> dict[Path, str]:
    """path → the installed package that owns it, for the paths dpkg knows."""
    queries: dict[Path, Path] = {}
    for path in paths:
        for candidate in (path, _merged_usr_twin(path), path.resolve()):
            for form in (candidate, _merged_usr_twin(candidate)):
                queries.setdefault(form, path)
    if not queries:
        return {}
    done = subprocess.run(  # noqa: S603 - a fixed system tool on paths we found
        [_tool("dpkg-query"), "-S", *map(str, queries)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    # Exit 1 only means some of the spellings are unknown, which is expected.
    if done.returncode not in (0, 1):
        raise LibraryLookupError(f"dpkg-query -S failed: {done.stderr.strip()}")
    owners: dict[Path, str] = {}
    for line in done.stdout.splitlines():
        if line.startswith("diversion by ") or ": " not in line:
            continue
        packages, _, owned = line.partition(": ")
        original = queries.get(Path(owned))
        if original is not None and original not in owners:
            owners[original] = packages.split(",")[0].strip().split(":")[0]
    return owners


def resolve(
    needs: Mapping[str, tuple[str, ...]], cache: Mapping[str, list[Path]] | None = None
) -> list[LibraryNeed]:
    """Each needed soname with the package providing it on this system."""
    cache = linker_cache() if cache is None else cache
    first = {soname: cache[soname][0] for soname in needs if cache.get(soname)}
    owners = owning_packages(first.values())
    return [
        LibraryNeed(soname, users, owners.get(first[soname]) if soname in first else None)
        for soname, users in needs.items()
    ]


def parse_depends(field: str) -> list[frozenset[str]]:
    """A Depends field as its groups of alternative package names (versions and
    architecture qualifiers dropped)."""
    groups = []
    for group in field.split(","):
        names = frozenset(
            _VERSION_OR_ARCH.sub("", alternative).strip().split(":")[0]
            for alternative in group.split("|")
        )
        names = frozenset(name for name in names if name)
        if names:
            groups.append(names)
    return groups


def missing_from_depends(needs: Iterable[LibraryNeed], depends: str) -> list[str]:
    """One line per needed library that ``depends`` does not cover."""
    declared = set().union(*parse_depends(depends))
    problems = []
    for need in needs:
        users = ", ".join(need.needed_by[:3]) + (" …" if len(need.needed_by) > 3 else "")
        if need.package is None:
            problems.append(
                f"{need.soname} (needed by {users}) is not installed on this system, so no "
                "package can be named for it; install it, or leave out the files that need it"
            )
        elif need.package not in declared:
            problems.append(
                f"{need.package} is not in Depends, but {need.soname} from it is needed by {users}"
            )
    return problems
