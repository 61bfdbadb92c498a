"""TOTP re-enrollment: setup URI, QR code, confirmation with real authenticator codes."""

from __future__ import annotations

import base64
from urllib.parse import parse_qs, unquote, urlsplit

import pyotp
import pytest

from breachguard.core import totp as core_totp
from breachguard.demo.enrollment import totp

EMAIL = "ola.nordmann@gmail.com"


def _setup(http, exchange, email=EMAIL):
    return http.post(exchange.base_url + "/api/v1/2fa/setup", json={"email": email}, timeout=5)


def _confirm(http, exchange, code, account=EMAIL):
    return http.post(
        exchange.base_url + "/api/v1/2fa/confirm",
        json={"account": account, "code": code},
        timeout=5,
    )


def _secret(uri: str) -> str:
    return parse_qs(urlsplit(uri).query)["secret"][0]


def _decode_qr(png: bytes) -> list[str]:
    zxingcpp = pytest.importorskip("zxingcpp")
    qtgui = pytest.importorskip("PySide6.QtGui")
    image = qtgui.QImage.fromData(png)
    assert not image.isNull(), "the server did not send a readable PNG"
    image = image.convertToFormat(qtgui.QImage.Format.Format_Grayscale8)
    pixels = memoryview(image.constBits()).cast("B", (image.height(), image.bytesPerLine()))
    return [result.text for result in zxingcpp.read_barcodes(pixels)]


def test_totp_matches_rfc_6238_vectors():
    seed = b"12345678901234567890"
    assert totp(seed, 59, digits=8) == "94287082"
    assert totp(seed, 1111111109, digits=8) == "07081804"
    assert totp(seed, 1111111109) == core_totp.totp(seed, 1111111109)


def test_setup_issues_a_fresh_160_bit_secret(exchange, http):
    response = _setup(http, exchange)
    assert response.status_code == 201
    body = response.json()
    assert list(body) == ["enrollment_id", "otpauth_uri", "expires_in"]
    assert body["expires_in"] == 600
    uri = urlsplit(body["otpauth_uri"])
    assert (uri.scheme, uri.netloc) == ("otpauth", "totp")
    assert unquote(uri.path) == f"/Demo Exchange:{EMAIL}"
    query = parse_qs(uri.query)
    assert {k: v[0] for k, v in query.items() if k != "secret"} == {
        "issuer": "Demo Exchange",
        "algorithm": "SHA1",
        "digits": "6",
        "period": "30",
    }
    secret = query["secret"][0]
    assert len(secret) == 32 and "=" not in secret
    assert len(base64.b32decode(secret)) == 20
    assert _secret(_setup(http, exchange).json()["otpauth_uri"]) != secret


def test_plus_and_at_in_the_account_are_encoded(exchange, http):
    uri = _setup(http, exchange, "j.becker+exchange@gmx.de").json()["otpauth_uri"]
    assert uri.startswith("otpauth://totp/Demo%20Exchange:j.becker%2Bexchange%40gmx.de?")


def _shape(value: object) -> object:
    """The JSON shape: keys in order and value types, not the values."""
    if isinstance(value, dict):
        return [(key, _shape(item)) for key, item in value.items()]
    return type(value).__name__


def test_unknown_and_known_accounts_get_the_same_answers(exchange, http, clock):
    # No 404 vs 201: the setup endpoint does not tell who is a customer, nor does
    # anything that follows it (QR code, wrong code, right code).
    answers = {}
    for email in (EMAIL, "nobody@example.org"):
        setup = _setup(http, exchange, email)
        body = setup.json()
        qr = http.get(
            f"{exchange.base_url}/api/v1/2fa/setup/{body['enrollment_id']}/qr.png", timeout=5
        )
        right = pyotp.TOTP(_secret(body["otpauth_uri"])).at(clock.now)
        wrong = "000000" if right != "000000" else "111111"
        wrong_answer = _confirm(http, exchange, wrong, email)
        right_answer = _confirm(http, exchange, right, email)
        answers[email] = [
            (setup.status_code, _shape(body), sorted(setup.headers)),
            (qr.status_code, qr.headers["Content-Type"]),
            (wrong_answer.status_code, wrong_answer.json()),
            (right_answer.status_code, _shape(right_answer.json())),
        ]
    assert answers[EMAIL] == answers["nobody@example.org"]
    assert answers[EMAIL][0][0] == 201 and answers[EMAIL][3][0] == 200


def test_made_up_addresses_cannot_grow_the_pending_list_without_bound(exchange, monkeypatch):
    from breachguard.demo import enrollment

    monkeypatch.setattr(enrollment, "MAX_ACCOUNTS", 3)
    for number in range(10):
        exchange.enrollment.setup(f"made-up-{number}@example.org")
    assert len(exchange.enrollment._accounts) == len(exchange.enrollment._by_id) == 3
    assert exchange.enrollment.confirm("made-up-0@example.org", "123456").status == 404


def test_qr_code_holds_the_uri(exchange, http):
    body = _setup(http, exchange).json()
    response = http.get(
        f"{exchange.base_url}/api/v1/2fa/setup/{body['enrollment_id']}/qr.png", timeout=5
    )
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "image/png"
    assert response.headers["Cache-Control"] == "no-store"
    assert _decode_qr(response.content) == [body["otpauth_uri"]]


def test_qr_code_of_an_unknown_enrollment_is_404(exchange, http):
    response = http.get(f"{exchange.base_url}/api/v1/2fa/setup/{'0' * 32}/qr.png", timeout=5)
    assert response.status_code == 404
    assert response.json() == {"error": "no_pending_enrollment"}


def test_confirm_with_a_real_authenticator_code(exchange, http, clock):
    body = _setup(http, exchange).json()
    code = pyotp.TOTP(_secret(body["otpauth_uri"])).at(clock.now)
    response = _confirm(http, exchange, code)
    assert response.status_code == 200
    assert response.json() == {"confirmed": True, "confirmed_at": "2026-03-16T11:30:00Z"}
    assert exchange.enrollment.confirmed_at(EMAIL) == "2026-03-16T11:30:00Z"
    # Confirmed: the secret is no longer served.
    qr = http.get(f"{exchange.base_url}/api/v1/2fa/setup/{body['enrollment_id']}/qr.png", timeout=5)
    assert qr.status_code == 404


def test_confirming_the_active_key_again_is_success(exchange, http, clock):
    # The website confirms first, BreachGuard second (or the other way round): both
    # must hear "confirmed", with the time of the first confirmation.
    body = _setup(http, exchange).json()
    totp_ = pyotp.TOTP(_secret(body["otpauth_uri"]))
    assert _confirm(http, exchange, totp_.at(clock.now)).status_code == 200
    clock.advance(95)
    again = _confirm(http, exchange, totp_.at(clock.now))
    assert again.status_code == 200
    assert again.json() == {"confirmed": True, "confirmed_at": "2026-03-16T11:30:00Z"}


def _status(http, exchange, code, account=EMAIL):
    return http.post(
        exchange.base_url + "/api/v1/2fa/status",
        json={"account": account, "code": code},
        timeout=5,
    )


def test_status_tells_where_a_key_stands_without_changing_it(exchange, http, clock):
    first = pyotp.TOTP(_secret(_setup(http, exchange).json()["otpauth_uri"]))
    assert _status(http, exchange, first.at(clock.now)).json()["status"] == "pending"
    # Asking changes nothing: still pending, and confirmable.
    assert _status(http, exchange, first.at(clock.now)).json() == {
        "status": "pending",
        "expires_in": 600,
    }
    second = pyotp.TOTP(_secret(_setup(http, exchange).json()["otpauth_uri"]))
    assert _status(http, exchange, first.at(clock.now)).json() == {"status": "superseded"}
    assert _confirm(http, exchange, first.at(clock.now)).json() == {"error": "superseded"}
    assert _confirm(http, exchange, second.at(clock.now)).status_code == 200
    assert _status(http, exchange, second.at(clock.now)).json() == {
        "status": "confirmed",
        "confirmed_at": "2026-03-16T11:30:00Z",
    }
    assert exchange.enrollment.active_secret(EMAIL) == base64.b32decode(second.secret)


def test_status_and_confirm_share_one_wrong_code_limit(exchange, http, clock):
    # Neither endpoint may become a way to guess the active key's codes.
    secret = _secret(_setup(http, exchange).json()["otpauth_uri"])
    right = pyotp.TOTP(secret).at(clock.now)
    wrong = f"{(int(right) + 500_000) % 1_000_000:06d}"
    for _ in range(3):
        assert _status(http, exchange, wrong).json() == {"status": "unknown"}
    for _ in range(2):
        assert _confirm(http, exchange, wrong).status_code == 403
    assert _status(http, exchange, right).status_code == 429
    assert _confirm(http, exchange, right).json() == {"error": "too_many_attempts"}


def test_status_of_an_expired_setup(exchange, http, clock):
    code_of = pyotp.TOTP(_secret(_setup(http, exchange).json()["otpauth_uri"]))
    clock.advance(600)
    assert _status(http, exchange, code_of.at(clock.now)).json() == {"status": "expired"}
    assert _confirm(http, exchange, code_of.at(clock.now)).json() == {"error": "expired"}


@pytest.mark.parametrize(
    ("offset", "accepted"), [(-30, True), (30, True), (-60, False), (60, False)]
)
def test_one_step_of_clock_drift_is_tolerated(exchange, http, clock, offset, accepted):
    secret = _secret(_setup(http, exchange).json()["otpauth_uri"])
    phone_code = pyotp.TOTP(secret).at(clock.now + offset)
    if not accepted and phone_code in {pyotp.TOTP(secret).at(clock.now + d) for d in (-30, 0, 30)}:
        pytest.skip("the drifted code collides with an accepted one")
    response = _confirm(http, exchange, phone_code)
    assert (response.status_code == 200) is accepted


def test_wrong_codes_count_down_and_then_lock(exchange, http, clock):
    secret = _secret(_setup(http, exchange).json()["otpauth_uri"])
    right = pyotp.TOTP(secret).at(clock.now)
    wrong = f"{(int(right) + 500_000) % 1_000_000:06d}"
    first = _confirm(http, exchange, wrong)
    assert first.status_code == 403
    assert first.json() == {"error": "wrong_code", "attempts_left": 4}
    for _ in range(4):
        _confirm(http, exchange, wrong)
    locked = _confirm(http, exchange, right)
    assert locked.status_code == 429
    assert locked.json() == {"error": "too_many_attempts"}


def test_a_new_setup_replaces_the_pending_one(exchange, http, clock):
    old = _setup(http, exchange).json()
    new = _setup(http, exchange).json()
    qr = http.get(f"{exchange.base_url}/api/v1/2fa/setup/{old['enrollment_id']}/qr.png", timeout=5)
    assert qr.status_code == 404
    code = pyotp.TOTP(_secret(new["otpauth_uri"])).at(clock.now)
    assert _confirm(http, exchange, code).status_code == 200


def test_confirm_without_setup_is_404(exchange, http):
    for account in (EMAIL, "nobody@example.org"):
        response = _confirm(http, exchange, "123456", account)
        assert response.status_code == 404
        assert response.json() == {"error": "no_pending_enrollment"}


def test_setup_expires(exchange, http, clock):
    body = _setup(http, exchange).json()
    clock.advance(600)
    qr = http.get(f"{exchange.base_url}/api/v1/2fa/setup/{body['enrollment_id']}/qr.png", timeout=5)
    assert qr.status_code == 410
    code = pyotp.TOTP(_secret(body["otpauth_uri"])).at(clock.now)
    expired = _confirm(http, exchange, code)
    assert expired.status_code == 410
    assert expired.json() == {"error": "expired"}
