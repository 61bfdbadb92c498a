"""The OpenAPI description of the exchange-facing API matches what the Demo Exchange serves."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pyotp
import pytest

from breachguard.demo.http_api import _ROUTES

yaml = pytest.importorskip("yaml", reason="PyYAML reads the OpenAPI file")
jsonschema = pytest.importorskip("jsonschema")
referencing = pytest.importorskip("referencing")

SPEC_PATH = Path(__file__).resolve().parents[2] / "resources" / "openapi" / "exchange-api.yaml"
SPEC_URI = "urn:breachguard:exchange-api"


@pytest.fixture(scope="module")
def spec() -> dict:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validate(spec):
    from referencing.jsonschema import DRAFT202012

    registry = referencing.Registry().with_resource(
        SPEC_URI, referencing.Resource.from_contents(spec, default_specification=DRAFT202012)
    )

    def check(instance: object, schema_name: str) -> None:
        schema = {"$ref": f"{SPEC_URI}#/components/schemas/{schema_name}"}
        jsonschema.Draft202012Validator(schema, registry=registry).validate(instance)

    return check


def test_spec_is_valid_openapi_3_1(spec):
    assert spec["openapi"].startswith("3.1.")
    validator = pytest.importorskip(
        "openapi_spec_validator", reason="openapi-spec-validator checks the whole document"
    )
    validator.validate(spec)


def test_every_implemented_exchange_path_is_documented(spec):
    implemented = {
        (label, method.lower())
        for method, _, _, label in _ROUTES
        if not label.startswith("/demo/") and label != "/"
    }
    documented = {(path, method) for path, item in spec["paths"].items() for method in item}
    assert implemented == documented


def test_rules_are_written_down(spec):
    def described(path: str) -> str:
        return " ".join(spec["paths"][path]["post"]["description"].split())

    start = described("/api/v1/lookup/start")
    assert "same status" in start and "3 starts per number" in start and "20 per client" in start
    verify = described("/api/v1/lookup/verify")
    assert "never issued" in verify and "5 wrong codes" in verify


def test_live_responses_match_the_schemas(make_exchange, clock, http, validate):
    exchange = make_exchange(clock=clock, rng=random.Random(7))
    base = exchange.base_url
    validate(http.get(base + "/notices/feed.json", timeout=5).json(), "NoticeFeed")
    validate(http.get(base + "/api/v2/summary.json", timeout=5).json(), "StatusSummary")
    validate(http.get(base + "/api/v2/incidents.json", timeout=5).json(), "StatusIncidents")

    start_body = {"phone": "+4790211223"}
    validate(start_body, "LookupStartRequest")
    started = http.post(base + "/api/v1/lookup/start", json=start_body, timeout=5).json()
    validate(started, "LookupStartResponse")
    code = re.search(r"\b\d{6}\b", exchange.sms_outbox()[0]["text"]).group(0)  # type: ignore[union-attr]
    wrong_code = "000000" if code != "000000" else "111111"
    wrong = http.post(
        base + "/api/v1/lookup/verify",
        json={"request_id": started["request_id"], "code": wrong_code},
        timeout=5,
    ).json()
    validate(wrong, "WrongCode")
    verify_body = {"request_id": started["request_id"], "code": code}
    validate(verify_body, "LookupVerifyRequest")
    validate(
        http.post(base + "/api/v1/lookup/verify", json=verify_body, timeout=5).json(),
        "LookupVerifyResponse",
    )
    for _ in range(3):
        http.post(base + "/api/v1/lookup/start", json=start_body, timeout=5)
    validate(
        http.post(base + "/api/v1/lookup/start", json=start_body, timeout=5).json(), "RateLimited"
    )

    setup_body = {"email": "kari.hansen@outlook.com"}
    validate(setup_body, "EnrollmentSetupRequest")
    setup = http.post(base + "/api/v1/2fa/setup", json=setup_body, timeout=5).json()
    validate(setup, "EnrollmentSetupResponse")
    secret = setup["otpauth_uri"].split("secret=")[1].split("&")[0]
    confirm_body = {"account": "kari.hansen@outlook.com", "code": pyotp.TOTP(secret).at(clock.now)}
    validate(confirm_body, "EnrollmentConfirmRequest")
    status_url = base + "/api/v1/2fa/status"
    pending = http.post(status_url, json=confirm_body, timeout=5).json()
    validate(pending, "EnrollmentStatusResponse")
    assert pending["status"] == "pending"
    for _ in range(2):  # confirming twice: both answers are confirmations
        validate(
            http.post(base + "/api/v1/2fa/confirm", json=confirm_body, timeout=5).json(),
            "EnrollmentConfirmResponse",
        )
    confirmed = http.post(status_url, json=confirm_body, timeout=5).json()
    validate(confirmed, "EnrollmentStatusResponse")
    assert confirmed["status"] == "confirmed"
    unknown = http.post(status_url, json={**confirm_body, "account": "x@y.z"}, timeout=5).json()
    validate(unknown, "EnrollmentStatusResponse")
    withdrawn = http.post(base + "/api/v1/2fa/setup", json=setup_body, timeout=5).json()
    withdrawn_code = pyotp.TOTP(withdrawn["otpauth_uri"].split("secret=")[1].split("&")[0]).at(
        clock.now
    )
    cancel_body = {"account": "kari.hansen@outlook.com", "code": withdrawn_code}
    cancelled = http.post(base + "/api/v1/2fa/cancel", json=cancel_body, timeout=5).json()
    validate(cancelled, "EnrollmentStatusResponse")
    assert cancelled == {"status": "cancelled"}
    superseded_setup = http.post(base + "/api/v1/2fa/setup", json=setup_body, timeout=5).json()
    old_secret = superseded_setup["otpauth_uri"].split("secret=")[1].split("&")[0]
    http.post(base + "/api/v1/2fa/setup", json=setup_body, timeout=5)
    old_code = {"account": "kari.hansen@outlook.com", "code": pyotp.TOTP(old_secret).at(clock.now)}
    validate(http.post(base + "/api/v1/2fa/confirm", json=old_code, timeout=5).json(), "Error")

    validate(
        http.post(base + "/api/v1/2fa/setup", json={"email": "x@y.z"}, timeout=5).json(),
        "EnrollmentSetupResponse",  # an unknown address gets the same answer
    )
    for error in (
        http.post(base + "/api/v1/2fa/setup", json={"email": 5}, timeout=5).json(),
        http.post(base + "/api/v1/lookup/start", json={"phone": "12"}, timeout=5).json(),
        http.post(
            base + "/api/v1/lookup/start",
            data=b"{",
            timeout=5,
            headers={"Content-Type": "application/json"},
        ).json(),
        http.get(base + "/nowhere", timeout=5).json(),
    ):
        validate(error, "Error")


def test_schemas_reject_what_the_server_rejects(validate):
    with pytest.raises(jsonschema.ValidationError):
        validate({"phone": "+4741234567", "extra": 1}, "LookupStartRequest")
    with pytest.raises(jsonschema.ValidationError):
        validate({"request_id": "x", "code": "12345"}, "LookupVerifyRequest")
    with pytest.raises(jsonschema.ValidationError):
        validate({"phone": "41234567"}, "LookupStartRequest")
