"""The white-label profile (``briefcase.toml``): what an exchange changes to ship its
own BreachGuard build, read strictly, and turned into Briefcase ``-C`` overrides.

Briefcase reads only ``pyproject.toml``; ``-C KEY=VALUE`` replaces single-level
app keys on any Briefcase command, except ``app_name`` (Briefcase refuses it, and
it is also the Python package's name), so a brand changes the display name and
the bundle identifier instead.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from breachguard.core.localfiles import read_bounded
from breachguard.core.profiles import DEMO_PROVIDER_ID
from breachguard.core.provider import (
    ProfileError,
    ProfileOrigin,
    ProviderProfile,
    profile_from_bytes,
    read_profile_bytes,
)
from breachguard.core.resources import BrandDefaults

ICON_PNG_SIZES = (16, 32, 64, 128, 256, 512)
ICON_SUFFIXES = (*(f"-{size}.png" for size in ICON_PNG_SIZES), ".ico", ".icns")

# Briefcase's own rule for bundle identifiers (reverse domain, two parts at least).
_BUNDLE_RE = re.compile(r"[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)+")
_LANGUAGE_RE = re.compile(r"[a-z]{2,3}(_[A-Z]{2})?")
_EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
# Briefcase warns above this; some package formats cut longer descriptions.
MAX_DESCRIPTION = 80
MAX_BRAND_FILE_BYTES = 64 * 1024

_REQUIRED_BRAND = ("formal_name", "bundle", "icon")
_OPTIONAL_BRAND = ("description", "url", "author", "author_email", "default_language")
_PROVIDER_KEYS = ("bundled", "default")
# briefcase.toml key -> Briefcase app key it overrides.
_OVERRIDDEN = {
    "formal_name": "formal_name",
    "bundle": "bundle",
    "description": "description",
    "url": "url",
    "author": "author",
    "author_email": "author_email",
}


class BrandError(ValueError):
    """The brand file is unusable; the message names the file and the key."""


@dataclass(frozen=True)
class BundledProfile:
    source: Path
    profile: ProviderProfile
    data: bytes = field(default=b"", repr=False)  # the checked bytes, copied as they are


@dataclass(frozen=True)
class Brand:
    file: Path
    formal_name: str
    bundle: str
    icon_stem: Path  # absolute; Briefcase adds -<size>.png, .ico, .icns
    default_language: str = ""
    default_provider: str = DEMO_PROVIDER_ID
    description: str | None = None
    url: str | None = None
    author: str | None = None
    author_email: str | None = None
    bundled: tuple[BundledProfile, ...] = field(default=())

    def icon_files(self) -> list[Path]:
        return _icon_paths(self.icon_stem)

    def defaults(self) -> BrandDefaults:
        return BrandDefaults(
            formal_name=self.formal_name,
            default_provider=self.default_provider,
            default_language=self.default_language,
        )

    def overrides(self) -> dict[str, str]:
        """Briefcase app keys to replace. (The icon files are replaced in the staging
        copy instead, so the window icon the app loads at run time is the brand's too.)"""
        values: dict[str, str] = {}
        for key, target in _OVERRIDDEN.items():
            value = getattr(self, key)
            if value is not None:
                values[target] = value
        return values


def override_arguments(overrides: dict[str, str]) -> list[str]:
    """``-C key="value"`` pairs; the value is a TOML basic string (JSON's escaping is
    valid TOML for every character once non-ASCII is left unescaped)."""
    arguments: list[str] = []
    for key, value in overrides.items():
        arguments += ["-C", f"{key}={json.dumps(value, ensure_ascii=False)}"]
    return arguments


class _Table:
    """One TOML table read strictly: every key consumed, unknown ones reported."""

    def __init__(self, file: Path, name: str, data: Any) -> None:
        self.file = file
        self.name = name
        if not isinstance(data, dict):
            self.fail(name, "must be a table")
        self.data: dict[str, Any] = data

    def fail(self, key: str, reason: str) -> NoReturn:
        raise BrandError(f"{self.file.name}: {key}: {reason}")

    def check_keys(self, allowed: tuple[str, ...]) -> None:
        for key in self.data:
            if key not in allowed:
                if self.name == "brand" and key == "app_name":
                    self.fail(
                        "brand.app_name",
                        "cannot be changed: it is the Python package's name and Briefcase "
                        "refuses to override it; change formal_name and bundle instead",
                    )
                self.fail(
                    f"{self.name}.{key}",
                    f"unknown key (allowed: {', '.join(allowed)}); is it a typo?",
                )

    def text(self, key: str, *, required: bool) -> str | None:
        if key not in self.data:
            if required:
                self.fail(f"{self.name}.{key}", "missing")
            return None
        value = self.data[key]
        if not isinstance(value, str):
            self.fail(f"{self.name}.{key}", f"must be a string, not {type(value).__name__}")
        return str(value)


def _check_brand_values(table: _Table, values: dict[str, str | None]) -> None:
    where = "brand."
    formal_name = values["formal_name"] or ""
    if not formal_name.strip() or formal_name != formal_name.strip():
        table.fail(where + "formal_name", "must be a name without leading or trailing spaces")
    bundle = values["bundle"] or ""
    if not _BUNDLE_RE.fullmatch(bundle):
        table.fail(
            where + "bundle",
            f"{bundle!r} is not a reverse domain name such as com.example (letters, digits "
            "and hyphens, parts separated by dots)",
        )
    description = values["description"]
    if description is not None and not 0 < len(description) <= MAX_DESCRIPTION:
        table.fail(where + "description", f"must be 1 to {MAX_DESCRIPTION} characters")
    url = values["url"]
    if url is not None and not re.fullmatch(r"https://[^\s/]+\.[^\s/]+(/\S*)?", url):
        table.fail(where + "url", f"{url!r} must be an https:// address")
    email = values["author_email"]
    if email is not None and not _EMAIL_RE.fullmatch(email):
        table.fail(where + "author_email", f"{email!r} is not an email address")
    author = values["author"]
    if author is not None and not author.strip():
        table.fail(where + "author", "must not be empty")
    language = values["default_language"]
    if language and not _LANGUAGE_RE.fullmatch(language):
        table.fail(
            where + "default_language",
            f"{language!r} must be empty (follow the system) or a language code "
            "such as de, nb or de_AT",
        )


def _read_icon(table: _Table, raw: str) -> Path:
    stem = (table.file.parent / raw).resolve()
    missing = [path.name for path in _icon_paths(stem) if not path.is_file()]
    if missing:
        table.fail(
            "brand.icon",
            f"{raw!r} needs the files {', '.join(missing)} next to it "
            "(PNG 16-512 for Linux, .ico for Windows, .icns for macOS)",
        )
    return stem


def _icon_paths(stem: Path) -> list[Path]:
    return [stem.with_name(stem.name + suffix) for suffix in ICON_SUFFIXES]


def _read_providers(file: Path, data: Any) -> tuple[tuple[BundledProfile, ...], str]:
    table = _Table(file, "providers", data)
    table.check_keys(_PROVIDER_KEYS)
    raw_list = table.data.get("bundled", [])
    if not isinstance(raw_list, list):
        table.fail("providers.bundled", "must be a list of profile file names")
    bundled: list[BundledProfile] = []
    seen: dict[str, str] = {}
    for index, item in enumerate(raw_list):
        key = f"providers.bundled[{index}]"
        if not isinstance(item, str) or not item:
            table.fail(key, "must be a profile file name (a string)")
        source = (file.parent / item).resolve()
        try:
            data = read_profile_bytes(source)
            profile = profile_from_bytes(data, origin=ProfileOrigin.BUNDLED)
        except ProfileError as exc:
            table.fail(key, f"{item} is not a usable provider profile: {exc}")
        if profile.id == DEMO_PROVIDER_ID or profile.demo:
            table.fail(key, f"{item}: the Demo Exchange is built in and cannot be bundled")
        if profile.id in seen:
            table.fail(key, f"{item} has the id {profile.id!r}, like {seen[profile.id]}")
        seen[profile.id] = item
        bundled.append(BundledProfile(source, profile, data))
    default = table.text("default", required=False) or DEMO_PROVIDER_ID
    if default != DEMO_PROVIDER_ID and default not in seen:
        known = ", ".join([DEMO_PROVIDER_ID, *seen])
        table.fail("providers.default", f"{default!r} is not a bundled provider (known: {known})")
    return tuple(bundled), default


def load_brand(file: Path) -> Brand:
    """Read and check a brand file; raises BrandError naming the key at fault."""
    file = file.resolve()
    try:
        document = tomllib.loads(read_bounded(file, limit=MAX_BRAND_FILE_BYTES).decode("utf-8"))
    except FileNotFoundError:
        raise BrandError(f"{file.name}: no such file ({file})") from None
    except OSError as exc:
        raise BrandError(f"{file.name}: cannot read it: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise BrandError(f"{file.name}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise BrandError(f"{file.name}: not valid TOML: {exc}") from None
    for name in document:
        if name not in ("brand", "providers"):
            raise BrandError(f"{file.name}: [{name}]: unknown table (allowed: brand, providers)")
    if "brand" not in document:
        raise BrandError(f"{file.name}: [brand]: missing")
    table = _Table(file, "brand", document["brand"])
    table.check_keys((*_REQUIRED_BRAND, *_OPTIONAL_BRAND))
    values: dict[str, str | None] = {
        key: table.text(key, required=key in _REQUIRED_BRAND)
        for key in (*_REQUIRED_BRAND, *_OPTIONAL_BRAND)
    }
    _check_brand_values(table, values)
    icon_stem = _read_icon(table, values["icon"] or "")
    bundled, default = _read_providers(file, document.get("providers", {}))
    return Brand(
        file=file,
        formal_name=values["formal_name"] or "",
        bundle=values["bundle"] or "",
        icon_stem=icon_stem,
        default_language=values["default_language"] or "",
        default_provider=default,
        description=values["description"],
        url=values["url"],
        author=values["author"],
        author_email=values["author_email"],
        bundled=bundled,
    )
