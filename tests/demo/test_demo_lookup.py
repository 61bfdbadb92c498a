"""Finding the login email by phone number, without telling strangers who is a customer."""

from __future__ import annotations

import re

import pytest

KNOWN = "+4741234567"  # Ola Nordmann
UNKNOWN = "+4741234500"
GENERIC_MESSAGE = "If an account uses this number, we have sent a code by SMS."


def _start(http, exchange, phone):
    return http.post(exchange.base_url + "/api/v1/lookup/start", json={"phone": phone}, timeout=5)


def _verify(http, exchange, request_id, code):
    return http.post(
        exchange.base_url + "/api/v1/lookup/verify",
        json={"request_id": request_id, "code": code},
        timeout=5,
    )


def _outbox(http, exchange) -> list[dict[str, str]]:
    """What the app's Demo SMS panel reads, with the run's token."""
    response = http.get(
        exchange.base_url + "/demo/sms",
        headers={"Authorization": f"Bearer {exchange.sms_token}"},
        timeout=5,
    )
    assert response.status_code == 200
    return response.json()["messages"]


def _latest_code(http, exchange) -> str:
    messages = _outbox(http, exchange)
    match = re.search(r"\b(\d{6})\b", messages[0]["text"])
    assert match, messages[0]
    return match.group(1)


def test_known_and_unknown_numbers_get_the_same_answer(exchange, http):
    known = _start(http, exchange, KNOWN)
    unknown = _start(http, exchange, UNKNOWN)
    assert known.status_code == unknown.status_code == 202
    assert list(known.json()) == list(unknown.json()) == ["request_id", "message", "expires_in"]
    for response in (known, unknown):
        body = response.json()
        assert re.fullmatch(r"[0-9a-f]{32}", body["request_id"])
        assert body["message"] == GENERIC_MESSAGE
        assert body["expires_in"] == 300
        assert response.headers["Content-Type"] == "application/json; charset=utf-8"
    assert known.json()["request_id"] != unknown.json()["request_id"]
    assert len(known.content) == len(unknown.content)


def test_only_a_known_number_gets_an_sms(exchange, http):
    _start(http, exchange, UNKNOWN)
    assert exchange.sms_outbox() == []
    _start(http, exchange, KNOWN)
    messages = _outbox(http, exchange)
    assert messages == exchange.sms_outbox()
    assert len(messages) == 1
    assert messages[0]["to"] == "+47 ••• 567"  # the app's own fixed-length mask
    # In the account's language (Ola's is Norwegian), as an exchange writes to him.
    assert re.fullmatch(
        r"Demo Exchange: koden din er \d{6}\. Ansatte vil aldri be deg om den\.",
        messages[0]["text"],
    )
    assert messages[0]["sent_at"] == "2026-03-16T11:30:00Z"


@pytest.mark.parametrize(
    ("phone", "language"),
    [("+447911123456", "en"), ("+4915123456789", "de"), ("+4741234567", "nb")],
    ids=["John", "Erika", "Ola"],
)
def test_the_sms_is_in_the_accounts_language(exchange, http, phone, language):
    from breachguard.demo.lookup import SMS_TEXTS

    _start(http, exchange, phone)
    (message,) = _outbox(http, exchange)
    code = _latest_code(http, exchange)
    assert message["text"] == SMS_TEXTS[language].format(code=code)


def test_outbox_is_newest_first(exchange, http, clock):
    _start(http, exchange, KNOWN)
    clock.advance(5)
    _start(http, exchange, "+4790211223")
    messages = exchange.sms_outbox()
    assert [m["to"] for m in messages] == ["+47 ••• 223", "+47 ••• 567"]


def test_the_right_code_reveals_the_email(exchange, http):
    request_id = _start(http, exchange, KNOWN).json()["request_id"]
    answer = _verify(http, exchange, request_id, _latest_code(http, exchange))
    assert answer.status_code == 200
    assert answer.json() == {"email": "ola.nordmann@gmail.com", "masked": False}
    # One use only: the same request cannot be replayed.
    again = _verify(http, exchange, request_id, _latest_code(http, exchange))
    assert again.status_code == 403 and again.json()["error"] == "wrong_code"


def test_masked_mode_shows_only_a_hint(make_exchange, clock, http):
    exchange = make_exchange(clock=clock, mask_lookup_emails=True)
    request_id = _start(http, exchange, "+491701234567").json()["request_id"]
    answer = _verify(http, exchange, request_id, _latest_code(http, exchange)).json()
    assert answer == {"email": "j•••@gmx.de", "masked": True}


def test_wrong_codes_count_down_and_then_burn_the_request(exchange, http):
    request_id = _start(http, exchange, KNOWN).json()["request_id"]
    right = _latest_code(http, exchange)
    wrong = "000000" if right != "000000" else "111111"
    left = []
    for _ in range(5):
        response = _verify(http, exchange, request_id, wrong)
        assert response.status_code == 403  # well formed, refused: not a 400
        assert response.json()["error"] == "wrong_code"
        left.append(response.json()["attempts_left"])
    assert left == [4, 3, 2, 1, 0]
    burnt = _verify(http, exchange, request_id, right)
    assert burnt.status_code == 429
    assert burnt.json() == {"error": "too_many_attempts"}


def test_unknown_request_id_looks_like_a_wrong_code(exchange, http):
    real = _start(http, exchange, KNOWN).json()["request_id"]
    invented = "0123456789abcdef0123456789abcdef"
    guess = "999999" if _latest_code(http, exchange) != "999999" else "999998"
    for_real = _verify(http, exchange, real, guess)
    for_invented = _verify(http, exchange, invented, guess)
    assert for_real.status_code == for_invented.status_code == 403
    assert for_real.json() == for_invented.json() == {"error": "wrong_code", "attempts_left": 4}
    for _ in range(4):
        _verify(http, exchange, invented, guess)
    assert _verify(http, exchange, invented, guess).status_code == 429


def test_unknown_number_never_yields_an_email(exchange, http):
    request_id = _start(http, exchange, UNKNOWN).json()["request_id"]
    codes = {f"{n:06d}" for n in range(5)}
    statuses = {_verify(http, exchange, request_id, code).status_code for code in codes}
    assert statuses == {403}


def test_codes_expire(exchange, http, clock):
    request_id = _start(http, exchange, KNOWN).json()["request_id"]
    code = _latest_code(http, exchange)
    clock.advance(300)
    expired = _verify(http, exchange, request_id, code)
    assert expired.status_code == 410
    assert expired.json() == {"error": "expired"}


def test_code_just_before_expiry_still_works(exchange, http, clock):
    request_id = _start(http, exchange, KNOWN).json()["request_id"]
    clock.advance(299)
    assert _verify(http, exchange, request_id, _latest_code(http, exchange)).status_code == 200


@pytest.mark.parametrize(
    "phone",
    [
        "41234567",
        "+0471234567",
        "+47 41 23 45 67",
        "+47412",
        "+4٧٤١٢٣٤٥٦٧",
        "+4741234567890123",
        "+٤٧٤١٢٣٤٥٦٧",
    ],
)
def test_badly_formatted_numbers_are_refused(exchange, http, phone):
    response = _start(http, exchange, phone)
    assert response.status_code == 400
    assert response.json() == {"error": "invalid_phone"}


def test_per_number_rate_limit(exchange, http, clock):
    for _ in range(3):
        assert _start(http, exchange, KNOWN).status_code == 202
    clock.advance(60)
    limited = _start(http, exchange, KNOWN)
    assert limited.status_code == 429
    assert limited.json() == {"error": "rate_limited", "retry_after": 540}
    assert limited.headers["Retry-After"] == "540"
    assert len(exchange.sms_outbox()) == 3
    # Unknown numbers are limited the same way, so the limit reveals nothing either.
    for _ in range(3):
        _start(http, exchange, UNKNOWN)
    assert _start(http, exchange, UNKNOWN).status_code == 429
    clock.advance(540)
    assert _start(http, exchange, KNOWN).status_code == 202


def test_per_client_rate_limit(exchange, http):
    for n in range(20):
        assert _start(http, exchange, f"+4741{n:06d}").status_code == 202
    limited = _start(http, exchange, "+4799999999")
    assert limited.status_code == 429
    retry_after = int(limited.headers["Retry-After"])
    assert 1 <= retry_after <= 600
    assert limited.json()["retry_after"] == retry_after


@pytest.mark.parametrize(
    "body",
    [
        {"request_id": "abc", "code": "12345"},
        {"request_id": "abc", "code": "12a456"},
        {"request_id": "abc", "code": "１２３４５６"},
        {"request_id": "abc"},
        {"request_id": 5, "code": "123456"},
    ],
)
def test_verify_refuses_malformed_bodies(exchange, http, body):
    response = http.post(exchange.base_url + "/api/v1/lookup/verify", json=body, timeout=5)
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_request"
    assert response.json()["detail"]
