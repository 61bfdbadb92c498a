"""Provider profiles: any bytes or mutated example profile give a usable
ProviderProfile or one ProfileError naming the field; whatever the loader accepts
the published JSON Schema accepts too; the registry survives broken imported files."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
from hypothesis import given
from hypothesis import strategies as st

from breachguard.core.profiles import ProfileRegistry
from breachguard.core.provider import (
    ProfileError,
    ProviderProfile,
    is_loopback_host,
    profile_from_bytes,
    profile_from_dict,
)
from tests.fuzz.budget import FUZZ, FUZZ_DOCS
from tests.fuzz.mutate import mutated

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "resources/schemas/provider-profile.schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
EXAMPLE = json.loads((ROOT / "resources/profiles/example-exchange.json").read_text())
EXAMPLE_BYTES = json.dumps(EXAMPLE, indent=2).encode()


def _check_profile(profile: ProviderProfile) -> None:
    assert profile.feeds and profile.id and profile.name
    urls = [f.url for f in profile.feeds] + [f.signature_url or "" for f in profile.feeds]
    urls += [profile.lookup_api or "", profile.enrollment_api or "", profile.clock_url or ""]
    for url in filter(None, urls):
        parts = urlsplit(url)
        assert parts.scheme == "https" or (
            parts.scheme == "http" and is_loopback_host(parts.hostname or "")
        ), url
        assert parts.hostname in profile.allowed_hosts()
    for feed in profile.feeds:
        if feed.format == "breachguard-jsonfeed":
            assert feed.parsed_keys(), "a signed feed without a pinned key"


def _load(call: Any) -> ProviderProfile | None:
    try:
        profile = call()
    except ProfileError as exc:
        assert str(exc) and exc.reason
        assert str(exc).startswith(exc.field)
        return None
    _check_profile(profile)
    return profile


def test_the_example_loads() -> None:
    assert _load(lambda: profile_from_dict(copy.deepcopy(EXAMPLE))) is not None


@FUZZ
@given(st.binary(max_size=400))
def test_any_bytes(data: bytes) -> None:
    _load(lambda: profile_from_bytes(data))


@FUZZ_DOCS
@given(mutated(EXAMPLE))
def test_mutated_example_profile(document: Any) -> None:
    profile = _load(lambda: profile_from_dict(document))
    if profile is not None:
        errors = [e.message[:100] for e in VALIDATOR.iter_errors(document)]
        assert errors == [], "the loader accepted what the published schema refuses"


@FUZZ
@given(st.integers(0, len(EXAMPLE_BYTES)), st.binary(max_size=6), st.integers(0, 6))
def test_byte_mutations_of_the_example_file(position: int, insert: bytes, delete: int) -> None:
    data = EXAMPLE_BYTES[:position] + insert + EXAMPLE_BYTES[position + delete :]
    _load(lambda: profile_from_bytes(data))


@FUZZ_DOCS
@given(files=st.lists(mutated(EXAMPLE, max_mutations=2) | st.binary(max_size=60), max_size=3))
def test_registry_lists_good_files_and_explains_bad_ones(
    files: list[Any], tmp_path_factory: Any
) -> None:
    directory = tmp_path_factory.mktemp("imported")
    good = 0
    for index, content in enumerate(files):
        data = content if isinstance(content, bytes) else json.dumps(content).encode()
        (directory / f"p{index}.json").write_bytes(data)
        good += _load(lambda data=data: profile_from_bytes(data)) is not None
    registry = ProfileRegistry(directory)
    imported = registry.imported()
    assert len(imported) == good
    assert len(registry.problems) == len(files) - good
    assert registry.entries()[0].id == "demo-exchange"
