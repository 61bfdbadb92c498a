"""Provider profiles: the loader and the published JSON Schema agree, and every
bad profile is refused with the field at fault."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from breachguard.core.profiles import ProfileRegistry
from breachguard.core.provider import (
    ProfileError,
    ProfileOrigin,
    profile_from_bytes,
    profile_from_dict,
)

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "resources/schemas/provider-profile.schema.json").read_text())
EXAMPLE = json.loads((ROOT / "resources/profiles/example-exchange.json").read_text())


def mutate(path: str, value: Any) -> dict[str, Any]:
    """Copy of the example with one field replaced (value=... deletes it)."""
    data = copy.deepcopy(EXAMPLE)
    target: Any = data
    parts = path.replace("]", "").replace("[", ".").split(".")
    for part in parts[:-1]:
        target = target[int(part)] if part.isdigit() else target[part]
    last = parts[-1]
    key: Any = int(last) if last.isdigit() else last
    if value is ...:
        del target[key]
    else:
        target[key] = value
    return data


def test_example_profile_loads_and_matches_schema() -> None:
    jsonschema.validate(EXAMPLE, SCHEMA)
    profile = profile_from_dict(EXAMPLE)
    assert profile.id == "example-exchange"
    assert profile.totp.issuers == ("Example Exchange", "ExampleX")
    assert profile.feeds[0].signature_url == profile.feeds[0].url + ".minisig"
    assert profile.feeds[0].parsed_keys()[0].key_id_hex
    assert "status.example-exchange.example" in profile.allowed_hosts()


def test_demo_profile_is_valid(demo_profile: Any, demo_exchange: Any) -> None:
    jsonschema.validate(demo_exchange.profile_dict(), SCHEMA)
    assert demo_profile.demo is True
    assert demo_profile.lookup_api and demo_profile.enrollment_api


BAD_PROFILES = [
    # (field path, replacement, field named in the error, words in the reason)
    ("name", 5, "name", "must be text"),
    ("name", ..., "name", "required"),
    ("id", "Bad Id!", "id", "lowercase"),
    ("schema_version", 2, "schema_version", "must be 1"),
    ("web_domains", "example.com", "web_domains", "must be a list"),
    ("web_domains", [], "web_domains", "at least 1"),
    ("sender_domains[0]", "not a domain", "sender_domains[0]", "not a domain"),
    ("feeds[0].url", "http://status.example-exchange.example/feed.json", "feeds[0].url", "https"),
    ("feeds[0].url", "ftp://example-exchange.example/feed.json", "feeds[0].url", "https"),
    (
        "feeds[0].url",
        "https://user:pw@example-exchange.example/feed.json",
        "feeds[0].url",
        "password",
    ),
    ("feeds[0].public_keys", ["not-a-key"], "feeds[0].public_keys[0]", "base64"),
    (
        "feeds[0].public_keys",
        ["RWQAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"],
        "feeds[0].public_keys[0]",
        "minisign",
    ),
    ("feeds[0].public_keys", [], "feeds[0].public_keys", "pin at least one"),
    ("feeds[0].format", "rss", "feeds[0].format", "must be one of"),
    (
        "feeds[1].public_keys",
        ["RWTDg42bnmDkRvgBG7RPg35wv+nFAc8ODxTZBvYf2LMK6qr7AJ5vwsLy"],
        "feeds[1].public_keys",
        "not signed",
    ),
    ("feeds", [], "feeds", "at least 1"),
    ("totp.issuers", ..., "totp.issuers", "required"),
    ("totp.digits", [9], "totp.digits[0]", "one of 6, 7, 8"),
    ("totp.algorithms", ["MD5"], "totp.algorithms[0]", "SHA1"),
    ("totp.periods", [0], "totp.periods[0]", "between"),
    ("poll_interval_seconds", 1, "poll_interval_seconds", "between"),
    ("poll_interval_seconds", True, "poll_interval_seconds", "boolean"),
    ("lookup_api", "http://api.example-exchange.example/", "lookup_api", "https"),
    ("support", {}, "support", "at least one"),
    ("support.email", "nope", "support.email", "email"),
    ("staff_never_ask", ["pin"], "staff_never_ask[0]", "one of"),
    ("colour", "blue", "colour", "not a known field"),
    # null is not "absent" (both found by fuzzing the loader against the schema)
    ("lookup_api", None, "lookup_api", "not null"),
    ("totp.algorithms", [], "totp.algorithms", "at least 1"),
]


@pytest.mark.parametrize(
    ("path", "value", "field", "reason"),
    BAD_PROFILES,
    ids=[f"{case[0]}={case[1]!r}"[:60] for case in BAD_PROFILES],
)
def test_bad_profile_names_the_field(path: str, value: Any, field: str, reason: str) -> None:
    data = (
        mutate(path, value)
        if path in EXAMPLE or "." in path or "[" in path
        else {**EXAMPLE, path: value}
    )
    with pytest.raises(ProfileError) as caught:
        profile_from_dict(data)
    assert caught.value.field == field
    assert reason.lower() in caught.value.reason.lower()
    assert str(caught.value).startswith(field)
    # The published schema refuses the same document.
    assert not jsonschema.Draft202012Validator(SCHEMA).is_valid(data)


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"[]",
        b'"profile"',
        b"{",
        b'{"id": NaN}',
        b"\xef\xbb\xbf{}",
        b'{"a": 1, "a": 2}',
        "{}".encode("utf-16"),
        b"[" * 5000,
    ],
)
def test_broken_json_is_a_profile_error(raw: bytes) -> None:
    with pytest.raises(ProfileError):
        profile_from_bytes(raw)


@pytest.mark.parametrize(
    "path",
    ["feeds[0].url", "feeds[0].signature_url", "lookup_api", "enrollment_api", "clock_url",
     "website_url", "support.url"],
)  # fmt: skip
def test_plain_http_only_for_the_built_in_demo_exchange(path: str) -> None:
    """A hostile profile must not make the app GET and POST to local services."""
    data = mutate(path, "http://127.0.0.1:8080/anything")
    for origin in (ProfileOrigin.IMPORTED, ProfileOrigin.BUNDLED):
        with pytest.raises(ProfileError, match="only for the built-in Demo Exchange") as caught:
            profile_from_dict(data, origin=origin)
        assert caught.value.field == path
    with pytest.raises(ProfileError, match=r"https"):
        profile_from_dict(data)  # the default is an imported file's rules
    built_in = profile_from_dict(data, origin=ProfileOrigin.BUILT_IN)
    assert built_in.origin is ProfileOrigin.BUILT_IN


def test_only_the_built_in_profile_may_be_a_demo() -> None:
    data = {**copy.deepcopy(EXAMPLE), "demo": True}
    with pytest.raises(ProfileError, match="only the built-in Demo Exchange") as caught:
        profile_from_bytes(json.dumps(data).encode())
    assert caught.value.field == "demo"
    assert profile_from_dict(data, origin=ProfileOrigin.BUILT_IN).demo


def test_import_keeps_a_copy_and_refuses_bad_files(tmp_path: Path, app_paths: Any) -> None:
    registry = ProfileRegistry(app_paths.profiles_dir)
    good = tmp_path / "good.json"
    good.write_text(json.dumps(EXAMPLE))
    profile = registry.import_file(good)
    good.unlink()  # the registry must not depend on the original file
    assert registry.find("example-exchange") == profile
    own = [entry.id for entry in registry.entries() if entry.origin != "community"]
    assert own == ["demo-exchange", "example-exchange"]

    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(mutate("feeds[0].url", "http://evil.example/feed.json")))
    with pytest.raises(ProfileError, match=r"feeds\[0\]\.url"):
        registry.import_file(bad)
    assert not (app_paths.profiles_dir / "bad.json").exists()
