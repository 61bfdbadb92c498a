"""The support report: allow-listed fields, bounded probes, and no personal data in
any state — healthy, keyring missing/locked/hanging, exchange down, cache damaged."""

from __future__ import annotations

import json
import sys
import time
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from breachguard.core.feeds.source import FeedFetcher
from breachguard.core.http import HttpClient
from breachguard.core.report import ReportRequest, build_report, describe_age, scrub
from breachguard.core.secret_store import KeyringSecretStore
from breachguard.demo.accounts import ACCOUNTS
from tests.support.conftest import (
    CUSTOMER,
    SECRET_B32,
    LockedKeyring,
    MissingKeyring,
    assert_no_personal_data,
    corrupt_feed_cache,
)

FIELDS = {
    "report_version", "app_version", "os", "python", "qt", "keyring_backend",
    "keyring_health", "capture_protection", "clock_offset", "provider", "locale",
    "step_id", "support_mode", "feeds",
}  # fmt: skip


def request_for(app_paths: Any, profile: Any, secrets: Any, **changes: Any) -> ReportRequest:
    request = ReportRequest(
        data_dir=app_paths.data_dir,
        provider=profile,
        provider_id=profile.id if profile else "none",
        secrets=secrets,
        http=HttpClient(),
        qt_version="Qt 6.12.0, PySide6 6.12.0",
        locale="nb_NO",
        step_id="2FA-SCAN",
        support_mode=True,
        keyring_timeout_s=2.0,
        clock_timeout_s=5.0,
    )
    return replace(request, **changes)


def fetch_feeds(app_paths: Any, profile: Any) -> None:
    for source in profile.feeds:
        state = FeedFetcher(profile, source, HttpClient(), app_paths.data_dir / "feeds").fetch()
        assert state.error is None


def both_renderings(request: ReportRequest) -> tuple[str, dict[str, Any]]:
    report = build_report(request)
    text, document = report.to_text(), json.loads(report.to_json())
    assert_no_personal_data(text)
    assert_no_personal_data(json.dumps(document, ensure_ascii=False))
    return text, document


def test_healthy_report_has_exactly_the_allow_listed_fields(
    app_paths: Any, demo_profile: Any, enrolled: Any, memory_secrets: Any
) -> None:
    fetch_feeds(app_paths, demo_profile)
    text, document = both_renderings(request_for(app_paths, demo_profile, memory_secrets))
    assert set(document) == FIELDS
    assert document["keyring_backend"] == "memory"
    assert document["keyring_health"].startswith("ok")
    assert document["clock_offset"].split(" ")[0][1:].replace(".", "").isdigit()
    assert "(ok;" in document["clock_offset"]
    assert document["provider"] == "demo-exchange (Demo Exchange)"
    assert (document["locale"], document["step_id"], document["support_mode"]) == (
        "nb_NO",
        "2FA-SCAN",
        "on",
    )
    signed, status = document["feeds"]
    assert signed["state"] == "verified"
    assert signed["signature"].startswith("verified (key ")
    assert isinstance(signed["sequence"], int) and signed["sequence"] > 0
    assert signed["age"].startswith("downloaded ")
    assert status["signature"].startswith("none")
    assert "Keyring:" in text and "2FA-SCAN" in text and "Feeds:" in text


def test_locked_keyring_becomes_a_field(app_paths: Any, demo_profile: Any, enrolled: Any) -> None:
    store = KeyringSecretStore(LockedKeyring(), allow_insecure=True)
    _text, document = both_renderings(request_for(app_paths, demo_profile, store))
    assert document["keyring_health"].startswith("locked — Your keyring is locked")


def test_missing_keyring_becomes_a_field(app_paths: Any, demo_profile: Any, enrolled: Any) -> None:
    store = KeyringSecretStore(MissingKeyring(), allow_insecure=True)
    _text, document = both_renderings(request_for(app_paths, demo_profile, store))
    assert document["keyring_health"].startswith("missing — This computer has no keyring")


def test_hanging_keyring_is_reported_without_waiting_for_it(
    app_paths: Any, demo_profile: Any, hanging_keyring: Any
) -> None:
    store = KeyringSecretStore(hanging_keyring, allow_insecure=True)
    started = time.monotonic()
    _text, document = both_renderings(
        request_for(app_paths, demo_profile, store, keyring_timeout_s=0.5)
    )
    assert time.monotonic() - started < 5
    assert document["keyring_health"].startswith("no answer — The keyring did not answer")


def test_exchange_down_and_damaged_cache_still_give_a_report(
    app_paths: Any, demo_exchange: Any, demo_profile: Any, enrolled: Any, memory_secrets: Any
) -> None:
    fetch_feeds(app_paths, demo_profile)
    assert corrupt_feed_cache(app_paths.data_dir) > 0
    demo_exchange.stop()
    text, document = both_renderings(request_for(app_paths, demo_profile, memory_secrets))
    assert document["clock_offset"].startswith("not measured — Could not ask the exchange")
    assert [feed["state"] for feed in document["feeds"]] == ["no saved copy", "no saved copy"]
    assert "Feeds:" in text


def test_unreadable_cache_directory_is_a_field(
    app_paths: Any, demo_profile: Any, memory_secrets: Any
) -> None:
    (app_paths.data_dir / "feeds").write_text(CUSTOMER.email)  # a file where a directory belongs
    _text, document = both_renderings(request_for(app_paths, demo_profile, memory_secrets))
    assert {feed["state"] for feed in document["feeds"]} == {"no saved copy"}


def test_no_provider_no_keyring_no_network(app_paths: Any) -> None:
    text, document = both_renderings(request_for(app_paths, None, None, http=None))
    assert document["keyring_health"].startswith("not checked")
    assert document["clock_offset"].startswith("not measured")
    assert document["feeds"] == []
    assert "none configured" in text


def test_missing_capture_module_reads_unknown(
    app_paths: Any, memory_secrets: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "breachguard.core.capture_protection", None)
    _text, document = both_renderings(request_for(app_paths, None, memory_secrets))
    assert document["capture_protection"] == "unknown"


def test_caller_values_are_scrubbed(app_paths: Any, memory_secrets: Any) -> None:
    request = request_for(
        app_paths,
        None,
        memory_secrets,
        step_id=f"2FA {CUSTOMER.email} {CUSTOMER.phone}",
        locale=f"de_DE {SECRET_B32}",
    )
    _text, document = both_renderings(request)
    assert document["step_id"] == "2FA o•••@gmail.com +47 ••• 567"
    assert document["locale"] == "de_DE ••••••••"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Linux 6.1.0-28-amd64, build #1 SMP Debian 6.1.119-1 (2024-11-22)", None),
        ("verified (key E2A5C3D4F6B7A2C3)", None),
        ("+0.4 s (ok; round trip 0.02 s)", None),
        ("call 41234567 now", "call ••• 567 now"),
        ("x" * 400, "x" * 299 + "…"),
    ],
)
def test_scrub_keeps_versions_and_key_ids(raw: str, expected: str | None) -> None:
    assert scrub(raw) == (raw if expected is None else expected)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(-5, "in the future (check the clock)"), (30, "30 s ago"), (600, "10 min ago"),
     (7200, "2 h ago"), (3 * 86400, "3 days ago")],
)  # fmt: skip
def test_ages_are_plain_words(seconds: float, text: str) -> None:
    assert describe_age(seconds) == text


@pytest.mark.secret_service
def test_real_secret_service_is_reported_healthy(
    app_paths: Any, secret_service: Any, enrolled: Any
) -> None:
    store = KeyringSecretStore(secret_service)
    _text, document = both_renderings(request_for(app_paths, None, store, http=None))
    assert document["keyring_backend"] == "SecretService Keyring"
    assert document["keyring_health"].startswith("ok")


_AROUND = st.text(alphabet=st.sampled_from(list("ab Z09.,;:()<>'\"-+/\n")), max_size=12)


@settings(max_examples=300, deadline=None)
@given(
    account=st.sampled_from(ACCOUNTS),
    use_phone=st.booleans(),
    before=_AROUND,
    after=_AROUND,
)
def test_scrub_never_lets_a_full_email_or_phone_through(
    account: Any, use_phone: bool, before: str, after: str
) -> None:
    identifier = account.phone if use_phone else account.email
    scrubbed = scrub(f"{before}{identifier}{after}")
    assert account.email not in scrubbed
    assert account.phone not in scrubbed
    assert account.phone[3:] not in scrubbed.replace(" ", "")
