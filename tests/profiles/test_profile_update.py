"""Importing over an installed exchange: every difference listed, nothing replaced
without a choice, and pinned keys changed only under a signature by a key pinned
now (made with the real minisign tool)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from breachguard.core.profile_update import (
    REFUSED_BUILT_IN,
    REFUSED_COMES_WITH_APP,
    REFUSED_UNSIGNED_KEY_CHANGE,
    ImportKind,
    ProfileFile,
    trusted_comment_for,
)
from breachguard.core.profiles import ProfileRegistry
from breachguard.core.provider import ProfileError
from tests.profiles.conftest import profile_doc, write_profile


@pytest.fixture
def registry(app_paths: Any, tmp_path: Path) -> ProfileRegistry:
    return ProfileRegistry(app_paths.profiles_dir, bundled_dir=tmp_path / "bundled")


@pytest.fixture
def installed(registry: ProfileRegistry, make_key: Any, tmp_path: Path) -> Any:
    """Example Exchange imported from a file, pinning the exchange's own key."""
    key = make_key("exchange")
    original = write_profile(tmp_path / "example.json", profile_doc(key))
    plan = registry.plan(ProfileFile.read(original))
    assert plan.kind is ImportKind.NEW and not plan.needs_choice
    registry.install(plan)
    return key


def rotation_doc(current: Any, new: Any) -> dict[str, Any]:
    """A genuine key rotation: the profile pins the current key and a new one."""
    doc = profile_doc(current)
    doc["feeds"][0]["public_keys"] = [current.public, new.public]
    return doc


def phishing_doc(key: Any) -> dict[str, Any]:
    """The attack from the security review: same id, the attacker's hosts and key."""
    doc = profile_doc(key)
    doc["feeds"][0]["url"] = "https://status.evil.example/feed.json"
    doc["lookup_api"] = "https://api.evil.example/lookup"
    doc["totp"] = {**doc["totp"], "issuers": ["Example Exchange", "Evil"]}
    return doc


def test_a_phishing_update_with_a_new_key_is_refused_and_shows_every_change(
    registry: ProfileRegistry, installed: Any, make_key: Any, tmp_path: Path, app_paths: Any
) -> None:
    attacker = make_key("attacker")
    before = (app_paths.profiles_dir / "example-exchange.json").read_bytes()
    file = write_profile(tmp_path / "update.json", phishing_doc(attacker))

    plan = registry.plan(ProfileFile.read(file))

    assert plan.kind is ImportKind.REFUSED and plan.refusal_code == REFUSED_UNSIGNED_KEY_CHANGE
    changes = {change.field: change for change in plan.changes}
    assert list(changes)[:2] == ["public_keys", "hosts"]  # the most consequential first
    assert [k.split()[0] for k in changes["public_keys"].added] == [attacker.key_id]
    assert [k.split()[0] for k in changes["public_keys"].removed] == [installed.key_id]
    assert set(changes["hosts"].added) == {"status.evil.example", "api.evil.example"}
    assert changes["lookup_api"].after == ("https://api.evil.example/lookup",)
    assert changes["totp.issuers"].added == ("Evil",)
    assert "feeds" in changes
    assert "no update.json.minisig" in (plan.signature_problem or "")
    with pytest.raises(ProfileError, match="not signed by a key the installed profile pins"):
        registry.install(plan)
    assert (app_paths.profiles_dir / "example-exchange.json").read_bytes() == before


def test_a_key_change_signed_by_the_new_key_only_is_refused(
    registry: ProfileRegistry, installed: Any, make_key: Any, tmp_path: Path
) -> None:
    attacker = make_key("attacker")
    file = write_profile(tmp_path / "update.json", profile_doc(attacker))
    attacker.sign(file, trusted_comment_for("example-exchange"))

    plan = registry.plan(ProfileFile.read(file))

    assert plan.kind is ImportKind.REFUSED and plan.refusal_code == REFUSED_UNSIGNED_KEY_CHANGE
    assert "does not trust" in (plan.signature_problem or "")


def test_a_key_rotation_signed_by_the_pinned_key_may_be_accepted(
    registry: ProfileRegistry, installed: Any, make_key: Any, tmp_path: Path, app_paths: Any
) -> None:
    new_key = make_key("rotated")
    file = write_profile(tmp_path / "rotation.json", rotation_doc(installed, new_key))
    signature = installed.sign(file, trusted_comment_for("example-exchange") + " 2026-03-14")

    plan = registry.plan(ProfileFile.read(file))

    assert plan.kind is ImportKind.UPDATE and plan.needs_choice and plan.keys_changed
    assert plan.signed_by == installed.key_id
    assert [change.field for change in plan.changes] == ["public_keys"]
    registry.install(plan)
    stored = app_paths.profiles_dir
    assert (stored / "example-exchange.json").read_bytes() == file.read_bytes()
    assert (stored / "example-exchange.json.minisig").read_bytes() == signature.read_bytes()
    (entry,) = [e for e in registry.entries() if e.id == "example-exchange"]
    assert (entry.origin, entry.source_name, entry.signed_by) == (
        "imported",
        "rotation.json",
        installed.key_id,
    )
    assert registry.find("example-exchange").feeds[0].public_keys[1] == new_key.public


@pytest.mark.parametrize(
    "comment",
    ["sequence 7", "breachguard-profile other-exchange", "breachguard-profile example-exchangeX"],
)
def test_a_signature_made_for_something_else_does_not_count(
    registry: ProfileRegistry, installed: Any, make_key: Any, tmp_path: Path, comment: str
) -> None:
    """The feed key signs feeds too: only a signature made for this profile counts."""
    file = write_profile(tmp_path / "rotation.json", rotation_doc(installed, make_key("rotated")))
    installed.sign(file, comment)

    assert "trusted comment" in refused_for(registry, file)


def test_a_signature_of_other_bytes_does_not_count(
    registry: ProfileRegistry, installed: Any, make_key: Any, tmp_path: Path
) -> None:
    file = write_profile(tmp_path / "rotation.json", rotation_doc(installed, make_key("rotated")))
    installed.sign(file, trusted_comment_for("example-exchange"))
    write_profile(file, profile_doc(make_key("attacker")))  # swapped after signing

    assert "does not match" in refused_for(registry, file)


def refused_for(registry: ProfileRegistry, file: Path) -> str:
    """Why the signature beside ``file`` did not count (the import is refused)."""
    plan = registry.plan(ProfileFile.read(file))
    assert plan.kind is ImportKind.REFUSED
    return plan.signature_problem or ""


def test_other_changes_need_a_choice_but_no_signature(
    registry: ProfileRegistry, installed: Any, tmp_path: Path, app_paths: Any
) -> None:
    doc = profile_doc(installed, name="Example Exchange Pro")
    doc["web_domains"] = ["example-exchange.example", "example-exchange.net"]
    file = write_profile(tmp_path / "update.json", doc)
    before = (app_paths.profiles_dir / "example-exchange.json").read_bytes()

    plan = registry.plan(ProfileFile.read(file))

    assert plan.kind is ImportKind.UPDATE and plan.needs_choice and not plan.keys_changed
    assert [change.describe() for change in plan.changes] == [
        "Hosts the app connects to: + example-exchange.net",  # www. stays: the website
        "Official web domains: + example-exchange.net, - www.example-exchange.example",
        "Name: Example Exchange -> Example Exchange Pro",
    ]
    # The plain import path (no user to ask) changes nothing and says why.
    with pytest.raises(ProfileError, match="would change the installed profile"):
        registry.import_file(file)
    assert (app_paths.profiles_dir / "example-exchange.json").read_bytes() == before
    registry.install(plan)
    assert registry.find("example-exchange").name == "Example Exchange Pro"


def test_the_bytes_kept_are_the_bytes_that_were_checked(
    registry: ProfileRegistry, installed: Any, tmp_path: Path, app_paths: Any
) -> None:
    file = write_profile(tmp_path / "update.json", profile_doc(installed, name="Checked"))
    plan = registry.plan(ProfileFile.read(file))
    checked = file.read_bytes()
    # The file is swapped between the check and the install (a race, or a second read).
    write_profile(file, phishing_doc(installed))

    registry.install(plan)

    assert (app_paths.profiles_dir / "example-exchange.json").read_bytes() == checked
    assert registry.find("example-exchange").name == "Checked"


def test_formatting_and_notes_are_no_change(
    registry: ProfileRegistry, installed: Any, tmp_path: Path
) -> None:
    doc = {**profile_doc(installed), "x-note": "re-exported"}
    file = tmp_path / "same.json"
    file.write_text(json.dumps(doc), encoding="utf-8")  # other whitespace, an x- key

    plan = registry.plan(ProfileFile.read(file))

    assert plan.kind is ImportKind.SAME and plan.changes == () and not plan.needs_choice


def test_a_new_exchange_with_an_installed_name_needs_a_choice(
    registry: ProfileRegistry, installed: Any, make_key: Any, tmp_path: Path
) -> None:
    doc = phishing_doc(make_key("attacker"))
    doc["id"] = "example-exchange-security"
    doc["name"] = "example  EXCHANGE"
    file = write_profile(tmp_path / "security-update.json", doc)

    plan = registry.plan(ProfileFile.read(file))

    assert plan.kind is ImportKind.NEW and plan.needs_choice
    assert plan.namesake is not None and plan.namesake.id == "example-exchange"
    assert "public_keys" in {change.field for change in plan.changes}
    assert "it is not an update of it" in plan.summary()[0]


def test_bundled_and_built_in_profiles_are_not_replaced_from_a_file(
    app_paths: Any, make_key: Any, tmp_path: Path
) -> None:
    key = make_key("exchange")
    bundled = tmp_path / "bundled"
    bundled.mkdir()
    write_profile(bundled / "example-exchange.json", profile_doc(key))
    registry = ProfileRegistry(app_paths.profiles_dir, bundled_dir=bundled)
    update = write_profile(tmp_path / "update.json", profile_doc(key, name="Example Exchange 2"))

    plan = registry.plan(ProfileFile.read(update), bundled_label="bundled with ExampleGuard")

    assert plan.kind is ImportKind.REFUSED and plan.refusal_code == REFUSED_COMES_WITH_APP
    assert "bundled with ExampleGuard" in (plan.refusal or "")
    assert [change.field for change in plan.changes] == ["name"]

    demo = write_profile(tmp_path / "demo.json", profile_doc(key, id="demo-exchange"))
    demo_plan = registry.plan(ProfileFile.read(demo))
    assert demo_plan.kind is ImportKind.REFUSED and demo_plan.refusal_code == REFUSED_BUILT_IN


def test_an_unreadable_signature_file_is_a_profile_error(
    registry: ProfileRegistry, installed: Any, tmp_path: Path
) -> None:
    file = write_profile(tmp_path / "update.json", profile_doc(installed, name="X"))
    (tmp_path / "update.json.minisig").write_bytes(b"u" * 5000)
    with pytest.raises(ProfileError, match="too large to be a signature"):
        ProfileFile.read(file)
