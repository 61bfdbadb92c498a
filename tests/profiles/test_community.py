"""The community directory: public facts about real exchanges, each with its source.

Every built-in profile is checked against the community schema and the loader's
rules, every fact it states must be confirmed by a cited source, and no two
exchanges may claim the same domain or 2FA name. The loader's community rules
are tested on small documents built here."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import pytest

from breachguard.core.otpauth import issuer_skeleton
from breachguard.core.profile_update import ImportKind, ProfileFile
from breachguard.core.profiles import ProfileRegistry
from breachguard.core.provider import (
    ProfileError,
    ProfileOrigin,
    profile_facts,
    profile_from_bytes,
    profile_from_dict,
)

ROOT = Path(__file__).resolve().parents[2]
COMMUNITY = ROOT / "resources" / "community"
SCHEMA = json.loads((ROOT / "resources/schemas/community-profile.schema.json").read_text())
EXCHANGE_SCHEMA = json.loads((ROOT / "resources/schemas/provider-profile.schema.json").read_text())
FILES = sorted(COMMUNITY.glob("*.json"))


def community(data: dict[str, Any]) -> Any:
    return profile_from_dict(data, origin=ProfileOrigin.COMMUNITY)


def minimal() -> dict[str, Any]:
    """A community profile stating two facts, each with its source."""
    return {
        "schema_version": 1,
        "id": "acme",
        "name": "Acme Exchange",
        "web_domains": ["acme.example"],
        "x-sources": [
            {
                "url": "https://help.acme.example/official-sites",
                "read": "2026-12-03",
                "confirms": {"name": ["Acme Exchange"], "web_domains": ["acme.example"]},
                "quote": "Acme Exchange only runs acme.example",
            }
        ],
    }


def test_the_directory_holds_at_least_ten_exchanges_and_every_one_loads(tmp_path: Path) -> None:
    registry = ProfileRegistry(tmp_path / "imported")
    found = registry.community()
    assert registry.problems == []
    assert len(found) == len(FILES) >= 10
    assert {item.profile.id for item in found} == {path.stem for path in FILES}
    entries = [entry for entry in registry.entries() if entry.origin == "community"]
    assert len(entries) == len(FILES)


@pytest.mark.parametrize("path", FILES, ids=[path.stem for path in FILES])
def test_a_community_profile_matches_the_schema_and_cites_every_fact(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)
    profile = profile_from_bytes(path.read_bytes(), origin=ProfileOrigin.COMMUNITY)
    assert profile.id == path.stem and profile.community
    # What the loader enforces, counted again here from the file itself.
    confirmed: dict[str, set[str]] = {}
    for source in data["x-sources"]:
        for key, values in source["confirms"].items():
            confirmed.setdefault(key, set()).update(values)
        assert urlsplit(source["url"]).scheme == "https"
        assert date(2020, 1, 1) <= date.fromisoformat(source["read"]) <= date.today()
    for key, values in profile_facts(profile).items():
        missing = [value for value in values if value not in confirmed.get(key, set())]
        assert not missing, f"{path.name}: {key} {missing} have no source"
    # Never more than public facts: no keys, no APIs, nothing that could show "Verified".
    assert not any(feed.signed for feed in profile.feeds)
    assert profile.lookup_api is None and profile.enrollment_api is None and not profile.demo
    for feed in profile.feeds:
        # No label: the app names it "<exchange> status page" in the customer's language.
        assert feed.format == "statuspage-v2" and feed.label == ""
        assert feed.url.endswith("/api/v2/summary.json")
        host = urlsplit(feed.url).hostname
        # The summary keeps only unresolved incidents; the history comes from incidents.json.
        assert f"https://{host}/api/v2/incidents.json" in feed.extra_urls
    # Each status page is on the exchange's own domains or Statuspage's.
    for host in {urlsplit(url).hostname or "" for feed in profile.feeds for url in feed.extra_urls}:
        assert host.endswith(".statuspage.io") or any(
            host == d or host.endswith("." + d) or _same_brand(host, d) for d in profile.web_domains
        ), host


def _same_brand(host: str, domain: str) -> bool:
    # status.huobigroup.com is HTX's (formerly Huobi) status page.
    return domain == "huobi.com" and host.endswith(".huobigroup.com")


def test_no_two_exchanges_claim_the_same_domain_or_2fa_name(demo_profile: Any) -> None:
    profiles = [
        profile_from_bytes(path.read_bytes(), origin=ProfileOrigin.COMMUNITY) for path in FILES
    ]
    profiles.append(demo_profile)
    profiles.append(
        profile_from_bytes((ROOT / "resources/profiles/example-exchange.json").read_bytes())
    )
    for facts in ("web_domains", "sender_domains"):
        owners: dict[str, str] = {}
        for profile in profiles:
            for domain in getattr(profile, facts):
                assert owners.setdefault(domain, profile.id) == profile.id, (
                    f"{domain} is claimed by {owners[domain]} and {profile.id}"
                )
    names: dict[str, str] = {}
    for profile in profiles:
        for issuer in profile.totp.issuers:
            skeleton = issuer_skeleton(issuer)
            assert names.setdefault(skeleton, profile.id) == profile.id, issuer
    assert len({profile.id for profile in profiles}) == len(profiles)


def test_the_exchange_schema_refuses_a_community_profile() -> None:
    """The two kinds do not pass for each other: a community file lacks what an
    exchange must state about itself."""
    data = json.loads((COMMUNITY / "binance.json").read_text(encoding="utf-8"))
    assert not jsonschema.Draft202012Validator(EXCHANGE_SCHEMA).is_valid(data)
    with pytest.raises(ProfileError, match="sender_domains: is required"):
        profile_from_dict(data, origin=ProfileOrigin.IMPORTED)


def test_a_minimal_community_profile_leaves_out_what_is_unknown() -> None:
    profile = community(minimal())
    assert profile.sender_domains == () and profile.totp.issuers == ()
    # No code parameters are claimed: the policy check allows any.
    assert (
        profile.totp.algorithms == () and profile.totp.digits == () and profile.totp.periods == ()
    )
    assert profile.feeds == () and profile.staff_never_ask == ()
    assert [source.url for source in profile.sources] == [
        "https://help.acme.example/official-sites"
    ]
    jsonschema.validate(minimal(), SCHEMA)


def _with(path: str, value: Any) -> dict[str, Any]:
    data = minimal()
    target: Any = data
    *parents, last = path.split("/")
    for key in parents:
        target = target[int(key)] if isinstance(target, list) else target[key]
    if isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value
    return data


SCHEMA_BLIND = {"a-fact-without-source", "a-source-for-a-fact-not-stated"}
REFUSED = [
    pytest.param(
        {k: v for k, v in minimal().items() if k != "x-sources"},
        "x-sources: is required",
        id="no-sources",
    ),
    pytest.param(
        _with("web_domains", ["acme.example", "acme-login.example"]),
        "web_domains: 'acme-login.example' has no source",
        id="a-fact-without-source",
    ),
    pytest.param(
        _with(
            "x-sources/0/confirms", {"name": ["Acme Exchange"], "web_domains": ["other.example"]}
        ),
        r"x-sources\[0\]\.confirms\.web_domains: 'other.example' is not in the profile",
        id="a-source-for-a-fact-not-stated",
    ),
    pytest.param(
        _with("x-sources/0/read", "3 Dec 2026"),
        r"x-sources\[0\]\.read: must be the day the source was read, YYYY-MM-DD",
        id="undated-source",
    ),
    pytest.param(
        _with("x-sources/0/url", "http://help.acme.example/"),
        r"x-sources\[0\]\.url: must use https://",
        id="plain-http-source",
    ),
    pytest.param(
        _with("x-sources/0/confirms", {"name": ["Acme Exchange"], "colour": ["blue"]}),
        r"x-sources\[0\]\.confirms\.colour: is not a field a source can confirm",
        id="unknown-confirmed-field",
    ),
    pytest.param(
        _with("sender_domains", []),
        "sender_domains: is empty: leave the key out when nothing is known",
        id="empty-list-instead-of-absent",
    ),
    pytest.param(
        _with("lookup_api", "https://api.acme.example/lookup"),
        "lookup_api: a community profile has no API",
        id="lookup-api",
    ),
    pytest.param(
        _with("enrollment_api", "https://api.acme.example/2fa"),
        "enrollment_api: a community profile has no API",
        id="enrollment-api",
    ),
    pytest.param(
        _with(
            "feeds",
            [
                {
                    "url": "https://status.acme.example/feed.json",
                    "format": "breachguard-jsonfeed",
                    "public_keys": ["RWTDg42bnmDkRvgBG7RPg35wv+nFAc8ODxTZBvYf2LMK6qr7AJ5vwsLy"],
                }
            ],
        ),
        "feeds: a community profile has no signing keys",
        id="signed-feed",
    ),
    pytest.param(_with("demo", True), "demo: only the built-in Demo Exchange", id="demo"),
]


@pytest.mark.parametrize(("data", "message"), REFUSED)
def test_the_loader_refuses_what_a_community_profile_may_not_hold(
    data: dict[str, Any], message: str, request: pytest.FixtureRequest
) -> None:
    with pytest.raises(ProfileError, match=message):
        community(data)
    # The published schema refuses the same documents, except that a JSON Schema
    # cannot compare the sources' values with the facts: only the loader does.
    valid = jsonschema.Draft202012Validator(SCHEMA).is_valid(data)
    assert valid is (request.node.callspec.id in SCHEMA_BLIND)


def _own_profile(community_data: dict[str, Any]) -> dict[str, Any]:
    """The exchange's own profile for the same id: it states everything itself."""
    data = {k: v for k, v in copy.deepcopy(community_data).items() if not k.startswith("x-")}
    data.update(
        {
            "sender_domains": ["mail.acme.example"],
            "totp": {"issuers": ["Acme Exchange"]},
            "feeds": [
                {
                    "url": "https://status.acme.example/breachguard/feed.json",
                    "format": "breachguard-jsonfeed",
                    "public_keys": ["RWTDg42bnmDkRvgBG7RPg35wv+nFAc8ODxTZBvYf2LMK6qr7AJ5vwsLy"],
                }
            ],
            "support": {"url": "https://help.acme.example/"},
            "staff_never_ask": ["password"],
        }
    )
    return data


def test_the_exchanges_own_profile_replaces_its_community_one_after_a_choice(
    tmp_path: Path,
) -> None:
    directory = tmp_path / "community"
    directory.mkdir()
    (directory / "acme.json").write_text(json.dumps(minimal()), encoding="utf-8")
    registry = ProfileRegistry(tmp_path / "imported", community_dir=directory)
    (tmp_path / "imported").mkdir()
    assert [e.origin for e in registry.entries() if e.id == "acme"] == ["community"]

    own = tmp_path / "acme-from-acme.json"
    own.write_text(json.dumps(_own_profile(minimal())), encoding="utf-8")
    plan = registry.plan(ProfileFile.read(own))
    # Not refused for adding keys (the community profile pins none), not silent either.
    assert plan.kind is ImportKind.UPDATE and plan.needs_choice
    assert plan.installed is not None and plan.installed.community
    assert "public_keys" in {change.field for change in plan.changes}
    assert "would replace the community profile of Acme Exchange" in plan.summary()[0]
    with pytest.raises(ProfileError, match="would replace the community profile"):
        registry.import_file(own)  # the command line's path: no choice was made

    registry.install(plan)
    assert [e.origin for e in registry.entries() if e.id == "acme"] == ["imported"]
    installed = registry.find("acme")
    assert installed is not None and installed.origin is ProfileOrigin.IMPORTED
    assert installed.feeds[0].signed  # its notices can now be verified


def test_a_broken_community_file_is_named_and_the_others_still_load(tmp_path: Path) -> None:
    directory = tmp_path / "community"
    directory.mkdir()
    (directory / "acme.json").write_text(json.dumps(minimal()), encoding="utf-8")
    broken = _with("web_domains", ["acme.example", "unsourced.example"])
    broken["id"] = "broken"
    (directory / "broken.json").write_text(json.dumps(broken), encoding="utf-8")
    registry = ProfileRegistry(tmp_path / "imported", community_dir=directory)
    assert [item.profile.id for item in registry.community()] == ["acme"]
    assert registry.problems == [
        "community profile broken.json: web_domains: 'unsourced.example' has no source in x-sources"
    ]
