"""Importing a profile file: what it would change, and whether it may.

A profile is the trust anchor for an exchange: its pinned keys decide which
notices show "Verified", its hosts receive the customer's phone number and
codes. So a file whose ``id`` is already installed never replaces it silently:

- :func:`plan_import` compares the file with what is installed and lists every
  difference (keys, hosts the app talks to, feeds, APIs, 2FA issuers, name...);
- any difference needs an explicit choice by the user (the GUI's dialog, the
  command line's ``--accept-update DIGEST``);
- a change of the pinned ``public_keys`` is refused outright unless the file
  comes with a minisign signature (``FILE.minisig`` beside it) made by a key the
  installed profile pins now, whose trusted comment names the profile
  (``breachguard-profile <id>``), so a signature made for a notices feed can
  never pass for one;
- a profile that comes with the app (built in, or bundled by a white-label
  build) is updated with the app, never from a file;
- a community profile (public facts, not published by the exchange) gives way to
  the exchange's own file, after the same explicit choice.

The file is read once: the bytes that were checked are the bytes that are kept.
"""

from __future__ import annotations

import base64
import hashlib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from breachguard.core import minisign
from breachguard.core.localfiles import FileTooLarge, read_bounded_optional
from breachguard.core.messages import N_
from breachguard.core.provider import (
    ProfileError,
    ProfileOrigin,
    ProviderProfile,
    profile_from_bytes,
    read_profile_bytes,
)

SIGNATURE_SUFFIX = ".minisig"
TRUSTED_COMMENT_PREFIX = "breachguard-profile"
DIGEST_CHARS = 12  # of the file's SHA-256, typed back to accept an update

# Field ids, most consequential first, with their labels (translated in the GUI).
FIELD_LABELS: dict[str, str] = {
    "public_keys": N_("Signing keys (key IDs)"),
    "hosts": N_("Hosts the app connects to"),
    "feeds": N_("Notice feeds"),
    "lookup_api": N_("Account lookup API"),
    "enrollment_api": N_("2FA confirmation API"),
    "totp.issuers": N_("2FA issuer names"),
    "web_domains": N_("Official web domains"),
    "sender_domains": N_("Email sender domains"),
    "name": N_("Name"),
    "website_url": N_("Website"),
    "support": N_("Support contact"),
    "clock_url": N_("Clock check URL"),
    "totp.algorithms": N_("2FA algorithms"),
    "totp.digits": N_("2FA code lengths"),
    "totp.periods": N_("2FA code periods (seconds)"),
    "staff_never_ask": N_("What staff never ask for"),
    "poll_interval_seconds": N_("Feed check interval (seconds)"),
}


# Why a file may not be installed (``ImportPlan.refusal_code``).
REFUSED_BUILT_IN = "built_in"  # the Demo Exchange's id
REFUSED_COMES_WITH_APP = "comes_with_app"  # a profile bundled with this build
REFUSED_UNSIGNED_KEY_CHANGE = "unsigned_key_change"


class ImportKind(StrEnum):
    NEW = "new"  # no profile with this id yet: install it
    SAME = "same"  # identical to what is installed: nothing to do
    UPDATE = "update"  # changes an installed profile: the user decides
    REFUSED = "refused"  # may not be installed at all (``refusal`` says why)


@dataclass(frozen=True)
class ProfileFile:
    """A profile file as read, once: its bytes, its signature and what they say."""

    name: str  # the file's name (no folders), for messages and the menu
    data: bytes
    signature: bytes | None
    profile: ProviderProfile

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def digest(self) -> str:
        """What a person types to accept this exact file (``--accept-update``)."""
        return self.sha256[:DIGEST_CHARS]

    @classmethod
    def read(cls, path: Path) -> ProfileFile:
        """Reads ``path`` and ``path.minisig`` (if there is one), bounded; ProfileError
        says what is wrong with either."""
        path = Path(path)
        data = read_profile_bytes(path)
        profile = profile_from_bytes(data, origin=ProfileOrigin.IMPORTED)
        signature_path = path.with_name(path.name + SIGNATURE_SUFFIX)
        try:
            signature = read_bounded_optional(signature_path, limit=minisign.MAX_SIGNATURE_BYTES)
        except FileTooLarge:
            raise ProfileError(
                "", f"{signature_path.name} is too large to be a signature"
            ) from None
        except OSError as exc:
            raise ProfileError(
                "", f"cannot read {signature_path.name}: {exc.strerror or exc}"
            ) from None
        return cls(path.name, data, signature, profile)


@dataclass(frozen=True)
class Change:
    """One field that differs. Lists compare as sets (``added``/``removed``); a
    single value has ``before`` and ``after`` of at most one item."""

    field: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    is_list: bool

    @property
    def label(self) -> str:
        return FIELD_LABELS[self.field]

    @property
    def added(self) -> tuple[str, ...]:
        return tuple(item for item in self.after if item not in self.before)

    @property
    def removed(self) -> tuple[str, ...]:
        return tuple(item for item in self.before if item not in self.after)

    def describe(self) -> str:
        """One line in English (the command line)."""
        if self.is_list:
            parts = [f"+ {item}" for item in self.added] + [f"- {item}" for item in self.removed]
            return f"{self.label}: {', '.join(parts)}"
        before = self.before[0] if self.before else "(none)"
        after = self.after[0] if self.after else "(none)"
        return f"{self.label}: {before} -> {after}"


@dataclass(frozen=True)
class ImportPlan:
    candidate: ProfileFile
    kind: ImportKind
    installed: ProviderProfile | None = None  # what the file would replace
    namesake: ProviderProfile | None = None  # another exchange with the same name
    changes: tuple[Change, ...] = ()
    signed_by: str | None = None  # key ID of a valid signature by a key pinned now
    signature_problem: str | None = None  # a signature was there but did not count
    refusal: str | None = None  # why not, in English (the command line, the log)
    refusal_code: str | None = None  # the same as one of the REFUSED_* ids

    @property
    def keys_changed(self) -> bool:
        return any(change.field == "public_keys" for change in self.changes)

    @property
    def needs_choice(self) -> bool:
        """The user must accept it explicitly before it is installed."""
        return self.kind is ImportKind.UPDATE or (
            self.kind is ImportKind.NEW and self.namesake is not None
        )

    def summary(self) -> list[str]:
        """What the command line prints about the plan, in English."""
        profile = self.candidate.profile
        name = self.candidate.name
        lines: list[str] = []
        if self.installed is not None and self.installed.community:
            lines.append(
                f"{name} would replace the community profile of {self.installed.name} "
                f"({self.installed.id}), which {self.installed.name} did not publish. "
                "Import it only if it comes from the exchange itself. It differs in:"
            )
        elif self.installed is not None:
            lines.append(
                f"{name} would change the installed profile of {self.installed.name} "
                f"({self.installed.id}):"
            )
        elif self.namesake is not None:
            lines.append(
                f"{name} is a new exchange profile ({profile.id}) that uses the same name as "
                f"the installed {self.namesake.name} ({self.namesake.id}); it is not an "
                f"update of it. Compared with {self.namesake.id}:"
            )
        lines += [f"  {change.describe()}" for change in self.changes]
        if self.signed_by:
            lines.append(f"Signed by key {self.signed_by}, which the installed profile pins.")
        elif self.signature_problem:
            lines.append(f"Its signature does not count: {self.signature_problem}.")
        return lines


# -- comparing ------------------------------------------------------------------------------


def _key_ids(profile: ProviderProfile) -> tuple[str, ...]:
    """Each key as "ID (key)": the id minisign prints, and the key as the exchange publishes it
    (two keys could share an id; the key itself tells them apart)."""
    ids: list[str] = []
    for key in _pinned_keys(profile):
        text = base64.b64encode(b"Ed" + key.key_id + key.raw).decode("ascii")
        ids.append(f"{key.key_id_hex} ({text})")
    return tuple(ids)


def _pinned_keys(profile: ProviderProfile) -> tuple[minisign.PublicKey, ...]:
    keys: list[minisign.PublicKey] = []
    for feed in profile.feeds:
        keys += [key for key in feed.parsed_keys() if key not in keys]
    return tuple(keys)


def _feed_lines(profile: ProviderProfile) -> tuple[str, ...]:
    lines = []
    for feed in profile.feeds:
        line = f"{feed.url} ({feed.format})"
        if feed.signature_url and feed.signature_url != f"{feed.url}{SIGNATURE_SUFFIX}":
            line += f", signature from {feed.signature_url}"
        if feed.label:
            line = f"{feed.label}: {line}"
        lines.append(line)
    return tuple(lines)


def _support_lines(profile: ProviderProfile) -> tuple[str, ...]:
    support = profile.support
    return tuple(
        f"{kind} {value}"
        for kind, value in (
            ("web", support.url),
            ("email", support.email),
            ("phone", support.phone),
        )
        if value
    )


def _values(profile: ProviderProfile) -> dict[str, tuple[tuple[str, ...], bool]]:
    """Every compared field: (values, is a list)."""

    def one(value: object) -> tuple[tuple[str, ...], bool]:
        return ((str(value),) if value is not None else ()), False

    def many(values: Iterable[object]) -> tuple[tuple[str, ...], bool]:
        return tuple(str(value) for value in values), True

    totp = profile.totp
    return {
        "public_keys": many(_key_ids(profile)),
        "hosts": many(sorted(profile.allowed_hosts())),
        "feeds": many(_feed_lines(profile)),
        "lookup_api": one(profile.lookup_api),
        "enrollment_api": one(profile.enrollment_api),
        "totp.issuers": many(totp.issuers),
        "web_domains": many(profile.web_domains),
        "sender_domains": many(profile.sender_domains),
        "name": one(profile.name),
        "website_url": one(profile.website_url),
        "support": many(_support_lines(profile)),
        "clock_url": one(profile.clock_url),
        "totp.algorithms": many(totp.algorithms),
        "totp.digits": many(totp.digits),
        "totp.periods": many(totp.periods),
        "staff_never_ask": many(profile.staff_never_ask),
        "poll_interval_seconds": one(profile.poll_interval_seconds),
    }


def diff_profiles(before: ProviderProfile, after: ProviderProfile) -> tuple[Change, ...]:
    """Every field in which ``after`` differs from ``before``, most consequential first.

    Lists differ when an item was added or removed (order alone is no change)."""
    old, new = _values(before), _values(after)
    changes = []
    for field_id in FIELD_LABELS:
        (was, is_list), (now, _) = old[field_id], new[field_id]
        differs = set(was) != set(now) if is_list else was != now
        if differs:
            changes.append(Change(field_id, was, now, is_list))
    return tuple(changes)


def same_name(a: str, b: str) -> bool:
    """Names a person would read as the same ("Example  Exchange", "example exchange")."""

    def norm(text: str) -> str:
        return " ".join(unicodedata.normalize("NFKC", text).casefold().split())

    return norm(a) == norm(b)


# -- signatures -----------------------------------------------------------------------------


def trusted_comment_for(profile_id: str) -> str:
    """What the exchange puts in the signature's trusted comment (``minisign -t``)."""
    return f"{TRUSTED_COMMENT_PREFIX} {profile_id}"


def check_signature(candidate: ProfileFile, installed: ProviderProfile) -> str:
    """The key ID that signed the file, if the signature is valid, by a key the
    installed profile pins now, and made for this profile; else SignatureError."""
    if candidate.signature is None:
        raise minisign.SignatureError(f"there is no {candidate.name}{SIGNATURE_SUFFIX} beside it")
    keys = _pinned_keys(installed)
    if not keys:
        raise minisign.SignatureError(f"the installed {installed.name} profile pins no key")
    verified = minisign.verify(candidate.data, candidate.signature, keys)
    comment = verified.trusted_comment
    expected = trusted_comment_for(candidate.profile.id)
    if comment != expected and not comment.startswith(expected + " "):
        raise minisign.SignatureError(
            f"its trusted comment is not {expected!r}, so it was not made for this profile"
        )
    return verified.key_id_hex


# -- planning -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Installed:
    """A profile the registry has, with where it came from."""

    profile: ProviderProfile
    origin: ProfileOrigin
    origin_label: str = ""  # "bundled with Example Guard": for the refusal message


def plan_import(candidate: ProfileFile, installed: Iterable[Installed]) -> ImportPlan:
    """What importing ``candidate`` would do, given every installed profile."""
    profile = candidate.profile
    known = list(installed)
    same_id = next((item for item in known if item.profile.id == profile.id), None)
    if same_id is None:
        namesake = next(
            (item.profile for item in known if same_name(item.profile.name, profile.name)), None
        )
        changes = diff_profiles(namesake, profile) if namesake is not None else ()
        return ImportPlan(candidate, ImportKind.NEW, namesake=namesake, changes=changes)

    current = same_id.profile
    changes = diff_profiles(current, profile)
    if same_id.origin is ProfileOrigin.COMMUNITY:
        # It pins no keys to check a signature against: the user's explicit choice,
        # with every difference listed, is what lets the exchange's own file in.
        return ImportPlan(candidate, ImportKind.UPDATE, installed=current, changes=changes)
    if same_id.origin is not ProfileOrigin.IMPORTED:
        where = same_id.origin_label or (
            "built in" if same_id.origin is ProfileOrigin.BUILT_IN else "bundled"
        )
        return ImportPlan(
            candidate,
            ImportKind.REFUSED,
            installed=current,
            changes=changes,
            refusal=(
                f"{current.name} ({current.id}) comes with this app ({where}); it is updated "
                "with the app, never from a file"
            ),
            refusal_code=REFUSED_COMES_WITH_APP,
        )
    if not changes:  # formatting or ``x-`` notes only: what is installed stays
        return ImportPlan(candidate, ImportKind.SAME, installed=current)

    signed_by: str | None = None
    problem: str | None = None
    if candidate.signature is not None or any(c.field == "public_keys" for c in changes):
        try:
            signed_by = check_signature(candidate, current)
        except minisign.SignatureError as exc:
            problem = str(exc)
    refusal: str | None = None
    if any(c.field == "public_keys" for c in changes) and signed_by is None:
        refusal = (
            f"it changes the keys that {current.name}'s notices must be signed with, and it "
            f"is not signed by a key the installed profile pins ({problem}). A profile that "
            "swaps the keys could make forged notices look verified"
        )
    kind = ImportKind.REFUSED if refusal else ImportKind.UPDATE
    return ImportPlan(
        candidate,
        kind,
        installed=current,
        changes=changes,
        signed_by=signed_by,
        signature_problem=problem,
        refusal=refusal,
        refusal_code=REFUSED_UNSIGNED_KEY_CHANGE if refusal else None,
    )
