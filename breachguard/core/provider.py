"""Provider profiles: how an exchange describes itself to BreachGuard.

A profile is a JSON document (schema: ``resources/schemas/provider-profile.schema.json``).
Loading is strict: any problem raises ProfileError naming the field and why,
so an exchange publishing a broken profile learns exactly what to fix.

The loader is told where a profile comes from (:class:`ProfileOrigin`): only the
built-in Demo Exchange, which this program makes and serves on loopback, may use
plain ``http://``; a bundled or imported profile must use ``https://`` everywhere,
so a hostile profile cannot make the app talk to services on this computer.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from breachguard.core import minisign
from breachguard.core.localfiles import FileTooLarge, read_bounded
from breachguard.core.strictjson import JsonError, loads_strict

SCHEMA_VERSION = 1
MAX_PROFILE_BYTES = 256 * 1024
# breachguard-jsonfeed: the signed notice feed (the only verified source);
# jsonfeed: a plain JSON Feed 1.1 (TLS only); statuspage-v2: an Atlassian Statuspage.
FEED_FORMATS = ("breachguard-jsonfeed", "jsonfeed", "statuspage-v2")
MAX_EXTRA_URLS = 5
TOTP_ALGORITHMS = ("SHA1", "SHA256", "SHA512")
NEVER_ASK_KEYS = (
    "password",
    "2fa_codes",
    "authenticator_secret",
    "seed_phrase",
    "remote_access",
    "move_funds",
)
_ID_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$")
_DOMAIN_RE = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
_EMAIL_RE = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,253}$")
_DATE_RE = re.compile(r"^20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
SOURCES_KEY = "x-sources"
# What a community profile's sources may confirm; every value of these needs one.
SOURCED_FIELDS = (
    "name",
    "web_domains",
    "sender_domains",
    "totp.issuers",
    "totp.algorithms",
    "totp.digits",
    "totp.periods",
    "feeds.url",
    "support.url",
    "support.email",
    "support.phone",
    "website_url",
    "clock_url",
    "staff_never_ask",
)


class ProfileOrigin(StrEnum):
    """Where a profile was read from; decides what it may contain."""

    BUILT_IN = "built-in"  # made by this program: the Demo Exchange on loopback
    BUNDLED = "bundled"  # shipped inside the app by a white-label build
    IMPORTED = "imported"  # a file the user chose
    # Facts about an exchange gathered from public sources by this project, each with
    # its source (``x-sources``), not published by the exchange: never signed, never
    # given a lookup or 2FA API, and what could not be confirmed is left out.
    COMMUNITY = "community"


class ProfileError(ValueError):
    """A profile is unusable. ``field`` is a dotted path such as ``feeds[0].url``."""

    def __init__(self, field_path: str, reason: str) -> None:
        self.field = field_path
        self.reason = reason
        super().__init__(f"{field_path}: {reason}" if field_path else reason)


@dataclass(frozen=True)
class FeedSource:
    url: str
    format: str
    signature_url: str | None = None
    public_keys: tuple[str, ...] = ()
    label: str = ""
    # Statuspage only: further endpoints of the same page read with ``url`` as one
    # source (incidents.json, incidents/unresolved.json, scheduled-maintenances*.json).
    extra_urls: tuple[str, ...] = ()

    @property
    def signed(self) -> bool:
        return bool(self.public_keys)

    def parsed_keys(self) -> tuple[minisign.PublicKey, ...]:
        return tuple(minisign.parse_public_key(key) for key in self.public_keys)


@dataclass(frozen=True)
class TotpPolicy:
    issuers: tuple[str, ...]
    algorithms: tuple[str, ...] = ("SHA1",)
    digits: tuple[int, ...] = (6,)
    periods: tuple[int, ...] = (30,)


@dataclass(frozen=True)
class SupportContact:
    url: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class FactSource:
    """Where a community profile's facts were found: ``confirms`` maps a field
    (``web_domains``, ``totp.issuers``, ``feeds.url``...) to the values it shows."""

    url: str
    read: str  # the day it was read, YYYY-MM-DD
    confirms: tuple[tuple[str, tuple[str, ...]], ...]
    quote: str = ""


@dataclass(frozen=True)
class ProviderProfile:
    id: str
    name: str
    web_domains: tuple[str, ...]
    sender_domains: tuple[str, ...]
    totp: TotpPolicy
    feeds: tuple[FeedSource, ...]
    support: SupportContact
    staff_never_ask: tuple[str, ...]
    poll_interval_seconds: int = 300
    lookup_api: str | None = None
    enrollment_api: str | None = None
    clock_url: str | None = None
    website_url: str | None = None
    demo: bool = False
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    origin: ProfileOrigin = field(default=ProfileOrigin.IMPORTED, compare=False)
    sources: tuple[FactSource, ...] = field(default=(), compare=False)

    @property
    def community(self) -> bool:
        """Gathered from public sources, not published by the exchange itself."""
        return self.origin is ProfileOrigin.COMMUNITY

    def allowed_hosts(self) -> frozenset[str]:
        """Hosts this provider's traffic may go to (redirects included)."""
        hosts = set(self.web_domains)
        for url in self._urls():
            host = urlsplit(url).hostname
            if host:
                hosts.add(host)
        return frozenset(hosts)

    def _urls(self) -> Iterator[str]:
        for feed in self.feeds:
            yield feed.url
            yield from feed.extra_urls
            if feed.signature_url:
                yield feed.signature_url
        for url in (self.lookup_api, self.enrollment_api, self.clock_url, self.website_url):
            if url:
                yield url


# -- validation helpers ---------------------------------------------------------------


class _Reader:
    """Reads one JSON object, remembering its path for error messages."""

    def __init__(self, value: Any, path: str) -> None:
        if not isinstance(value, dict):
            raise ProfileError(path or "profile", f"must be an object, not {_type_name(value)}")
        self.value = value
        self.path = path
        self.used: set[str] = set()

    def sub(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def get(
        self, key: str, kind: type | tuple[type, ...], *, required: bool = True, default: Any = None
    ) -> Any:
        self.used.add(key)
        if key not in self.value:
            if required:
                raise ProfileError(self.sub(key), "is required")
            return default
        if self.value[key] is None:
            # null is not "absent": the schema refuses it, so the loader does too.
            raise ProfileError(
                self.sub(key), f"must be {_kind_name(kind)}, not null (leave the key out instead)"
            )
        value = self.value[key]
        if isinstance(value, bool) and kind is not bool and bool not in _as_tuple(kind):
            raise ProfileError(self.sub(key), f"must be {_kind_name(kind)}, not a boolean")
        if not isinstance(value, kind):
            raise ProfileError(
                self.sub(key), f"must be {_kind_name(kind)}, not {_type_name(value)}"
            )
        return value

    def text(self, key: str, *, required: bool = True, max_len: int = 200) -> str | None:
        value = self.get(key, str, required=required)
        if value is None:
            return None
        value = value.strip()
        if not value:
            raise ProfileError(self.sub(key), "must not be empty")
        if len(value) > max_len:
            raise ProfileError(self.sub(key), f"is longer than {max_len} characters")
        return str(value)

    def text_list(
        self,
        key: str,
        *,
        required: bool = True,
        min_items: int = 1,
        check: Callable[[str, str], str] | None = None,
    ) -> tuple[str, ...]:
        if key not in self.value and not required:
            self.used.add(key)
            return ()
        items = self.get(key, list, required=required, default=[])
        if len(items) < min_items:
            raise ProfileError(
                self.sub(key), f"needs at least {min_items} entr{'y' if min_items == 1 else 'ies'}"
            )
        if len(items) > 50:
            raise ProfileError(self.sub(key), "has more than 50 entries")
        result: list[str] = []
        for index, item in enumerate(items):
            path = f"{self.sub(key)}[{index}]"
            if not isinstance(item, str) or not item.strip():
                raise ProfileError(path, "must be a non-empty string")
            result.append(check(item.strip(), path) if check else item.strip())
        if len(set(result)) != len(result):
            raise ProfileError(self.sub(key), "lists the same entry twice")
        return tuple(result)

    def finish(self) -> None:
        unknown = sorted(set(self.value) - self.used)
        # Extension keys start with "x-" so exchanges can add notes without breaking readers.
        unknown = [key for key in unknown if not key.startswith("x-")]
        if unknown:
            raise ProfileError(self.sub(unknown[0]), "is not a known field (misspelt?)")


def _as_tuple(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names = {
        str: "text",
        int: "a whole number",
        list: "a list",
        dict: "an object",
        bool: "true or false",
    }
    return " or ".join(names.get(k, k.__name__) for k in _as_tuple(kind))


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    return {str: "text", int: "a number", float: "a number", list: "a list", dict: "an object"}.get(
        type(value), type(value).__name__
    )


def is_loopback_host(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str, path: str, *, allow_loopback_http: bool = False) -> str:
    """https only; plain http only where the caller allows it, and then only for
    loopback hosts (the built-in Demo Exchange, a feed typed on the command line)."""
    try:
        parts = urlsplit(url)
        port = parts.port  # raises on garbage ports
    except ValueError:
        raise ProfileError(path, "is not a valid URL") from None
    del port
    host = parts.hostname or ""
    if parts.scheme == "http" and not is_loopback_host(host):
        raise ProfileError(path, "must use https:// (plain http:// can be altered in transit)")
    if parts.scheme == "http" and not allow_loopback_http:
        raise ProfileError(
            path, "must use https:// (plain http:// is only for the built-in Demo Exchange)"
        )
    if parts.scheme not in ("https", "http"):
        raise ProfileError(path, "must be an https:// URL")
    if not host:
        raise ProfileError(path, "has no host name")
    if parts.username or parts.password:
        raise ProfileError(path, "must not contain a user name or password")
    if len(url) > 2000:
        raise ProfileError(path, "is too long")
    return url


def _check_domain(value: str, path: str) -> str:
    domain = value.lower().rstrip(".")
    if not _DOMAIN_RE.match(domain):
        raise ProfileError(path, f"{value!r} is not a domain name like exchange.example")
    return domain


def _check_never_ask(value: str, path: str) -> str:
    if value not in NEVER_ASK_KEYS:
        raise ProfileError(path, f"must be one of {', '.join(NEVER_ASK_KEYS)}")
    return value


def _int_list(
    reader: _Reader,
    key: str,
    allowed: tuple[int, ...] | None,
    default: tuple[int, ...],
    low: int,
    high: int,
) -> tuple[int, ...]:
    if key not in reader.value:
        reader.used.add(key)
        return default
    items = reader.get(key, list)
    if not items:
        raise ProfileError(reader.sub(key), "needs at least 1 entry")
    result = []
    for index, item in enumerate(items):
        path = f"{reader.sub(key)}[{index}]"
        if isinstance(item, bool) or not isinstance(item, int):
            raise ProfileError(path, "must be a whole number")
        if allowed is not None and item not in allowed:
            raise ProfileError(path, f"must be one of {', '.join(map(str, allowed))}")
        if not low <= item <= high:
            raise ProfileError(path, f"must be between {low} and {high}")
        result.append(item)
    return tuple(result)


def _parse_feed(value: Any, path: str, check: Callable[[str, str], str]) -> FeedSource:
    reader = _Reader(value, path)
    url = check(str(reader.text("url", max_len=2000)), reader.sub("url"))
    fmt = reader.text("format")
    if fmt not in FEED_FORMATS:
        raise ProfileError(reader.sub("format"), f"must be one of {', '.join(FEED_FORMATS)}")
    keys = reader.text_list("public_keys", required=False, min_items=0)
    for index, key in enumerate(keys):
        try:
            minisign.parse_public_key(key)
        except minisign.SignatureError as exc:
            raise ProfileError(f"{reader.sub('public_keys')}[{index}]", str(exc)) from None
    signature_url = reader.text("signature_url", required=False, max_len=2000)
    if signature_url is not None:
        check(signature_url, reader.sub("signature_url"))
    if fmt == "breachguard-jsonfeed":
        if not keys:
            raise ProfileError(
                reader.sub("public_keys"), "a BreachGuard feed must pin at least one signing key"
            )
        signature_url = signature_url or f"{url}.minisig"
    elif (keys or signature_url) and fmt == "jsonfeed":
        raise ProfileError(
            reader.sub("public_keys"),
            "a plain JSON Feed is not signed; remove the keys, or use the format "
            "breachguard-jsonfeed for a signed feed",
        )
    elif keys or signature_url:
        raise ProfileError(
            reader.sub("public_keys"), "Statuspage feeds are not signed; remove the keys"
        )
    extra_urls = reader.text_list("extra_urls", required=False, min_items=1, check=check)
    _check_extra_urls(extra_urls, url, str(fmt), reader.sub("extra_urls"))
    label = reader.text("label", required=False, max_len=80) or ""
    reader.finish()
    return FeedSource(
        url=url,
        format=str(fmt),
        signature_url=signature_url,
        public_keys=keys,
        label=label,
        extra_urls=extra_urls,
    )


def _check_extra_urls(extra_urls: tuple[str, ...], url: str, fmt: str, path: str) -> None:
    if not extra_urls:
        return
    if fmt != "statuspage-v2":
        raise ProfileError(path, "only a statuspage-v2 source reads further addresses")
    if len(extra_urls) > MAX_EXTRA_URLS:
        raise ProfileError(path, f"has more than {MAX_EXTRA_URLS} entries")
    host = urlsplit(url).hostname
    for index, extra in enumerate(extra_urls):
        if extra == url:
            raise ProfileError(f"{path}[{index}]", "repeats the source's url")
        if urlsplit(extra).hostname != host:
            raise ProfileError(
                f"{path}[{index}]", f"must be on the same status page as url ({host})"
            )


def profile_from_dict(
    data: Any, *, origin: ProfileOrigin = ProfileOrigin.IMPORTED
) -> ProviderProfile:
    """A profile from a parsed document; ``origin`` says where it was read from."""
    origin = ProfileOrigin(origin)

    def check(url: str, path: str) -> str:
        return check_url(url, path, allow_loopback_http=origin is ProfileOrigin.BUILT_IN)

    top = _Reader(data, "")
    version = top.get("schema_version", int)
    if version != SCHEMA_VERSION:
        raise ProfileError(
            "schema_version", f"must be {SCHEMA_VERSION} (this app reads version {SCHEMA_VERSION})"
        )
    profile_id = str(top.text("id", max_len=40))
    if not _ID_RE.match(profile_id):
        raise ProfileError(
            "id", "must be lowercase letters, digits and dashes, like 'demo-exchange'"
        )
    community = origin is ProfileOrigin.COMMUNITY
    name = str(top.text("name", max_len=80))
    web_domains = top.text_list("web_domains", check=_check_domain)
    # A community profile leaves out what no source confirmed; an exchange knows its own.
    sender_domains = _known_list(top, "sender_domains", community, check=_check_domain)

    if community and "totp" not in top.value:
        top.used.add("totp")
        totp = TotpPolicy(issuers=(), algorithms=(), digits=(), periods=())
    else:
        totp = _parse_totp(top.get("totp", dict), community)

    raw_feeds = top.get("feeds", list, required=not community, default=[])
    if not raw_feeds and (not community or "feeds" in top.value):
        raise ProfileError("feeds", "needs at least 1 entry")
    if len(raw_feeds) > 10:
        raise ProfileError("feeds", "has more than 10 entries")
    feeds = tuple(
        _parse_feed(item, f"feeds[{index}]", check) for index, item in enumerate(raw_feeds)
    )

    poll = top.get("poll_interval_seconds", int, required=False, default=300)
    if not 30 <= poll <= 86400:
        raise ProfileError("poll_interval_seconds", "must be between 30 and 86400")

    optional_urls: dict[str, str | None] = {}
    for key in ("lookup_api", "enrollment_api", "clock_url", "website_url"):
        value = top.text(key, required=False, max_len=2000)
        if value and community and key in ("lookup_api", "enrollment_api"):
            raise ProfileError(
                key, "a community profile has no API: only the exchange can offer one"
            )
        optional_urls[key] = check(value, key) if value else None

    support_reader = _Reader(
        top.get("support", dict, required=not community, default={}), "support"
    )
    support_url = support_reader.text("url", required=False, max_len=2000)
    if support_url:
        check(support_url, "support.url")
    support_email = support_reader.text("email", required=False)
    if support_email and not _EMAIL_RE.match(support_email):
        raise ProfileError("support.email", "is not an email address")
    support_phone = support_reader.text("phone", required=False, max_len=40)
    support_reader.finish()
    if not (support_url or support_email or support_phone) and (
        not community or "support" in top.value
    ):
        raise ProfileError("support", "needs at least one of url, email or phone")

    never_ask = _known_list(top, "staff_never_ask", community, check=_check_never_ask)
    demo = top.get("demo", bool, required=False, default=False)
    if demo and origin is not ProfileOrigin.BUILT_IN:
        raise ProfileError("demo", "only the built-in Demo Exchange is a demo")
    sources: tuple[FactSource, ...] = ()
    if community:
        if any(feed.signed for feed in feeds):
            raise ProfileError(
                "feeds",
                "a community profile has no signing keys: only the exchange can sign its notices",
            )
        top.used.add(SOURCES_KEY)
        sources = _parse_sources(data.get(SOURCES_KEY), check)
    top.finish()
    profile = ProviderProfile(
        id=profile_id,
        name=name,
        web_domains=web_domains,
        sender_domains=sender_domains,
        totp=totp,
        feeds=feeds,
        support=SupportContact(support_url, support_email, support_phone),
        staff_never_ask=never_ask,
        poll_interval_seconds=poll,
        lookup_api=optional_urls["lookup_api"],
        enrollment_api=optional_urls["enrollment_api"],
        clock_url=optional_urls["clock_url"],
        website_url=optional_urls["website_url"],
        demo=demo,
        raw=data,
        origin=origin,
        sources=sources,
    )
    if community:
        _check_every_fact_has_a_source(profile)
    return profile


def _known_list(
    reader: _Reader, key: str, may_be_unknown: bool, *, check: Callable[[str, str], str]
) -> tuple[str, ...]:
    if may_be_unknown and key in reader.value and reader.value[key] == []:
        raise ProfileError(reader.sub(key), "is empty: leave the key out when nothing is known")
    return reader.text_list(key, required=not may_be_unknown, check=check)


def _parse_totp(value: Any, community: bool) -> TotpPolicy:
    reader = _Reader(value, "totp")
    issuers = _known_list(reader, "issuers", community, check=lambda v, _p: v)
    algorithms = reader.text_list(
        "algorithms",
        required=False,
        check=lambda v, p: (
            v.upper()
            if v.upper() in TOTP_ALGORITHMS
            else _raise(p, f"must be one of {', '.join(TOTP_ALGORITHMS)}")
        ),
    )
    # An exchange's own profile may rely on the usual parameters; a community
    # profile claims none that no source showed.
    default_algorithms: tuple[str, ...] = () if community else ("SHA1",)
    digits = _int_list(reader, "digits", (6, 7, 8), () if community else (6,), 6, 8)
    periods = _int_list(reader, "periods", None, () if community else (30,), 10, 120)
    reader.finish()
    return TotpPolicy(
        issuers=issuers, algorithms=algorithms or default_algorithms, digits=digits, periods=periods
    )


def _parse_sources(value: Any, check: Callable[[str, str], str]) -> tuple[FactSource, ...]:
    if value is None:
        raise ProfileError(SOURCES_KEY, "is required: a community profile cites a source per fact")
    if not isinstance(value, list) or not value:
        raise ProfileError(SOURCES_KEY, "must be a list of sources")
    if len(value) > 50:
        raise ProfileError(SOURCES_KEY, "has more than 50 entries")
    sources: list[FactSource] = []
    for index, item in enumerate(value):
        path = f"{SOURCES_KEY}[{index}]"
        reader = _Reader(item, path)
        url = check(str(reader.text("url", max_len=2000)), reader.sub("url"))
        read = str(reader.text("read", max_len=10))
        if not _DATE_RE.match(read):
            raise ProfileError(
                reader.sub("read"), "must be the day the source was read, YYYY-MM-DD"
            )
        quote = reader.text("quote", required=False, max_len=400) or ""
        confirms_reader = _Reader(reader.get("confirms", dict), reader.sub("confirms"))
        confirms: list[tuple[str, tuple[str, ...]]] = []
        for key in sorted(confirms_reader.value):
            if key not in SOURCED_FIELDS:
                raise ProfileError(
                    confirms_reader.sub(key),
                    f"is not a field a source can confirm ({', '.join(SOURCED_FIELDS)})",
                )
            confirms.append((key, confirms_reader.text_list(key)))
        if not confirms:
            raise ProfileError(reader.sub("confirms"), "names no fact")
        reader.finish()
        sources.append(FactSource(url, read, tuple(confirms), quote))
    return tuple(sources)


def profile_facts(profile: ProviderProfile) -> dict[str, tuple[str, ...]]:
    """Every fact a profile states, by the field names ``x-sources`` use."""
    support = profile.support
    facts: dict[str, tuple[str, ...]] = {
        "name": (profile.name,),
        "web_domains": profile.web_domains,
        "sender_domains": profile.sender_domains,
        "totp.issuers": profile.totp.issuers,
        "totp.algorithms": profile.totp.algorithms,
        "totp.digits": tuple(str(n) for n in profile.totp.digits),
        "totp.periods": tuple(str(n) for n in profile.totp.periods),
        "feeds.url": tuple(feed.url for feed in profile.feeds),
        "support.url": (support.url,) if support.url else (),
        "support.email": (support.email,) if support.email else (),
        "support.phone": (support.phone,) if support.phone else (),
        "website_url": (profile.website_url,) if profile.website_url else (),
        "clock_url": (profile.clock_url,) if profile.clock_url else (),
        "staff_never_ask": profile.staff_never_ask,
    }
    return {key: values for key, values in facts.items() if values}


def _check_every_fact_has_a_source(profile: ProviderProfile) -> None:
    facts = profile_facts(profile)
    confirmed: dict[str, set[str]] = {}
    for index, source in enumerate(profile.sources):
        for key, values in source.confirms:
            for value in values:
                if value not in facts.get(key, ()):
                    raise ProfileError(
                        f"{SOURCES_KEY}[{index}].confirms.{key}",
                        f"{value!r} is not in the profile's {key}",
                    )
                confirmed.setdefault(key, set()).add(value)
    for key, values in facts.items():
        for value in values:
            if value not in confirmed.get(key, set()):
                raise ProfileError(key, f"{value!r} has no source in {SOURCES_KEY}")


def _raise(path: str, reason: str) -> str:
    raise ProfileError(path, reason)


def profile_from_bytes(
    data: bytes, *, origin: ProfileOrigin = ProfileOrigin.IMPORTED
) -> ProviderProfile:
    if len(data) > MAX_PROFILE_BYTES:
        raise ProfileError("", f"profile is larger than {MAX_PROFILE_BYTES // 1024} KiB")
    try:
        value = loads_strict(data)
    except JsonError as exc:
        raise ProfileError("", f"profile {exc}") from None
    return profile_from_dict(value, origin=origin)


def read_profile_bytes(path: Path, *, follow_symlinks: bool = True) -> bytes:
    """The bytes of a profile file, read once and bounded; ProfileError says why not."""
    try:
        return read_bounded(path, limit=MAX_PROFILE_BYTES, follow_symlinks=follow_symlinks)
    except FileTooLarge:
        raise ProfileError("", f"profile is larger than {MAX_PROFILE_BYTES // 1024} KiB") from None
    except OSError as exc:
        raise ProfileError("", f"cannot read the profile file: {exc.strerror or exc}") from None


def load_profile_file(
    path: Path, *, origin: ProfileOrigin = ProfileOrigin.IMPORTED, follow_symlinks: bool = True
) -> ProviderProfile:
    return profile_from_bytes(
        read_profile_bytes(path, follow_symlinks=follow_symlinks), origin=origin
    )
