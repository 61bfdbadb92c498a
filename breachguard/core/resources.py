"""Files the app reads at run time (translations, schemas, icons) and the brand
settings a white-label build carries, found the same way in every kind of install.

Where ``resources/`` is:

- installed wheel: inside the package, ``breachguard/resources/`` (pyproject maps
  the top-level folder there);
- source checkout, editable install, ``briefcase dev`` and Briefcase bundles: next
  to the package, ``<parent of breachguard>/resources/`` (Briefcase copies each
  folder named in ``sources`` into the bundle's ``app/`` folder).

Qt loads translations and icons from file names, so a zipped install, where the
package is not a folder on disk, is refused with a clear message.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path
from typing import NamedTuple

from breachguard.core.localfiles import read_bounded
from breachguard.core.strictjson import JsonError, loads_strict

log = logging.getLogger(__name__)

BRAND_FILE = "_brand.json"
DEFAULT_PROVIDER_ID = "demo-exchange"
MAX_BRAND_BYTES = 64 * 1024
MAX_RESOURCE_BYTES = 8 * 1024 * 1024  # the largest shipped file is well under 1 MiB


class ResourceError(Exception):
    """A runtime file is missing or unreadable; the message names it."""


def _package_dir() -> Path:
    # The package's own file, not importlib.resources (read before the first frame,
    # where importing it costs milliseconds): in a zip archive it is no folder.
    import breachguard

    root = Path(breachguard.__file__).parent
    if not root.is_dir():
        raise ResourceError(
            "BreachGuard must be installed as files on disk (not inside a zip archive): "
            "Qt loads translations and icons from file names"
        )
    return root


@cache
def resource_root() -> Path:
    """The folder holding ``translations/``, ``schemas/``, ``icons/``…"""
    package = _package_dir()
    for candidate in (package / "resources", package.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise ResourceError(
        f"BreachGuard's resource files are missing: looked for {package / 'resources'} "
        f"and {package.parent / 'resources'}; reinstall the app"
    )


def resource_path(*parts: str) -> Path:
    """The path of a runtime file or folder, e.g. ``resource_path("schemas", "x.json")``.

    The path may not exist (a translation that was not compiled); use
    :func:`read_resource_bytes` when the file is required.
    """
    for part in parts:
        if not part or part in {".", ".."} or "/" in part or "\\" in part:
            raise ValueError(f"resource path parts must be plain names, got {part!r}")
    return resource_root().joinpath(*parts)


def read_resource_bytes(*parts: str, limit: int = MAX_RESOURCE_BYTES) -> bytes:
    path = resource_path(*parts)
    try:
        return read_bounded(path, limit=limit)
    except FileNotFoundError:
        raise ResourceError(
            f"BreachGuard's file {'/'.join(parts)} is missing from {resource_root()}; "
            "reinstall the app"
        ) from None
    except OSError as exc:
        raise ResourceError(
            f"cannot read BreachGuard's file {'/'.join(parts)}: {exc.strerror}"
        ) from None


class BrandDefaults(NamedTuple):  # not a dataclass: see _package_dir
    """First-start choices of a white-label build (written by breachguard.packaging)."""

    formal_name: str = "BreachGuard"
    default_provider: str = DEFAULT_PROVIDER_ID
    # Empty: follow the operating system's language.
    default_language: str = ""


_BRAND_KEYS = {"formal_name", "default_provider", "default_language"}


def brand_from_bytes(data: bytes) -> BrandDefaults:
    """Parse a brand file strictly; raises ResourceError naming the key at fault."""
    try:
        document = loads_strict(data)
    except JsonError as exc:
        raise ResourceError(f"{BRAND_FILE}: {exc}") from None
    if not isinstance(document, dict):
        raise ResourceError(f"{BRAND_FILE}: must be a JSON object")
    unknown = sorted(set(document) - _BRAND_KEYS)
    if unknown:
        raise ResourceError(f"{BRAND_FILE}: unknown key {unknown[0]!r}")
    values: dict[str, str] = {}
    for key in sorted(_BRAND_KEYS):
        if key not in document:
            raise ResourceError(f"{BRAND_FILE}: {key}: missing")
        value = document[key]
        if not isinstance(value, str):
            raise ResourceError(f"{BRAND_FILE}: {key}: must be a string")
        values[key] = value
    if not values["formal_name"].strip() or not values["default_provider"].strip():
        raise ResourceError(f"{BRAND_FILE}: formal_name and default_provider must not be empty")
    return BrandDefaults(**values)


def brand_to_bytes(brand: BrandDefaults) -> bytes:
    import json

    document = {
        "formal_name": brand.formal_name,
        "default_provider": brand.default_provider,
        "default_language": brand.default_language,
    }
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


@cache
def load_brand() -> BrandDefaults:
    """The build's brand defaults; the stock ones when the build carries none.

    A damaged brand file is logged and ignored: the app still starts, on the stock
    defaults, rather than not at all.
    """
    path = _package_dir() / BRAND_FILE
    try:
        data = read_bounded(path, limit=MAX_BRAND_BYTES)
    except FileNotFoundError:
        return BrandDefaults()
    except OSError as exc:
        log.warning("cannot read %s: %s", BRAND_FILE, exc.strerror)
        return BrandDefaults()
    try:
        return brand_from_bytes(data)
    except ResourceError as exc:
        log.warning("%s", exc)
        return BrandDefaults()
