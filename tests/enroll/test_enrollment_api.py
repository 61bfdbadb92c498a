"""The enrollment API client: typed answers from the real Demo Exchange, and a clear,
specific error for every hostile or broken answer a scripted server gives."""

from __future__ import annotations

import time
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from breachguard.core import enrollment_api as api_mod
from breachguard.core.enrollment_api import EnrollmentApi, Status
from breachguard.core.http import HttpClient
from breachguard.core.otpauth import parse_uri
from breachguard.core.totp import totp

EMAIL = "ola.nordmann@gmail.com"


@pytest.fixture
def api(demo_profile: Any) -> EnrollmentApi:
    return EnrollmentApi(
        HttpClient(), demo_profile.enrollment_api, allowed_hosts=demo_profile.allowed_hosts()
    )


def code_of(uri: str, offset: float = 0.0) -> str:
    return totp(parse_uri(uri).secret, time.time() + offset)


def test_setup_confirm_and_status_against_the_demo_exchange(api: EnrollmentApi) -> None:
    offer = api.start_setup(EMAIL)
    assert offer.otpauth_uri not in repr(offer)  # the link holds the secret
    assert api.setup_qr(offer.enrollment_id).startswith(b"\x89PNG")
    assert api.status(EMAIL, code_of(offer.otpauth_uri)).status is Status.PENDING
    confirmed_at = api.confirm(EMAIL, code_of(offer.otpauth_uri))
    assert abs(confirmed_at - time.time()) < 5
    again = api.confirm(EMAIL, code_of(offer.otpauth_uri))
    assert again == confirmed_at
    answer = api.status(EMAIL, code_of(offer.otpauth_uri))
    assert answer == api_mod.StatusAnswer(Status.CONFIRMED, confirmed_at)


def test_refusals_are_typed(api: EnrollmentApi) -> None:
    first = api.start_setup(EMAIL)
    api.start_setup(EMAIL)
    with pytest.raises(api_mod.SetupSuperseded):
        api.confirm(EMAIL, code_of(first.otpauth_uri))
    with pytest.raises(api_mod.WrongCode) as wrong:
        api.confirm(EMAIL, "000000" if code_of(first.otpauth_uri) != "000000" else "111111")
    assert wrong.value.attempts_left is not None and "attempts left" in str(wrong.value)
    # The Demo Exchange answers unknown addresses like customers (no enumeration).
    assert api.start_setup("nobody@example.org").enrollment_id


def test_an_exchange_that_is_down_is_unreachable(api: EnrollmentApi, demo_exchange: Any) -> None:
    demo_exchange.stop()
    with pytest.raises(api_mod.ExchangeUnreachable) as info:
        api.status(EMAIL, "123456")
    assert str(info.value).startswith("The exchange could not be reached")


def _scripted(httpserver: HTTPServer, path: str, response: Response) -> EnrollmentApi:
    httpserver.expect_request(path, method="POST").respond_with_response(response)
    return EnrollmentApi(HttpClient(), httpserver.url_for("/api/v1/2fa"))


def _json(body: str, status: int = 200) -> Response:
    return Response(body, status, content_type="application/json")


@pytest.mark.parametrize(
    ("response", "error"),
    [
        (Response("<html>Welcome to nginx</html>", 200, content_type="text/html"), "unexpected"),
        (_json('{"status": '), "unexpected"),
        (_json("[1, 2]"), "unexpected"),
        (_json('{"status": "maybe"}'), "unexpected"),
        (_json('{"status": "confirmed"}'), "unexpected"),  # no time
        (_json('{"status": "confirmed", "confirmed_at": "yesterday"}'), "unexpected"),
        (_json('{"status": "confirmed", "confirmed_at": "2026-03-16T11:30:00"}'), "unexpected"),
        (_json('{"status": "pending", "status": "confirmed"}'), "unexpected"),  # duplicate key
        (_json("x" * (64 * 1024 + 1)), "unreachable"),  # over the size cap
        (Response("oops", 500), "server_error"),
        (Response("<html>bad gateway</html>", 502), "server_error"),
        (_json('{"error": "teapot"}', 418), "unexpected"),
        (_json('{"error": "too_many_attempts"}', 429), "too_many_attempts"),
        (Response("slow down", 429), "too_many_attempts"),
        (_json('{"error": "wrong_code", "attempts_left": true}', 400), "wrong_code"),
        (_json('{"error": "wrong_code", "attempts_left": 2}', 403), "wrong_code"),
        (_json('{"error": "unknown_account"}', 404), "unknown_account"),
    ],
)
def test_hostile_status_answers_are_specific_errors(
    httpserver: HTTPServer, response: Response, error: str
) -> None:
    client = _scripted(httpserver, "/api/v1/2fa/status", response)
    with pytest.raises(api_mod.EnrollmentApiError) as info:
        client.status(EMAIL, "123456")
    assert info.value.code == error
    assert str(info.value)  # a sentence for people
    assert "Traceback" not in str(info.value) and "nginx" not in str(info.value)


def test_a_wrong_code_without_a_sane_count_says_so_plainly(httpserver: HTTPServer) -> None:
    client = _scripted(
        httpserver,
        "/api/v1/2fa/confirm",
        _json('{"error": "wrong_code", "attempts_left": -4}', 400),
    )
    with pytest.raises(api_mod.WrongCode) as info:
        client.confirm(EMAIL, "123456")
    assert info.value.attempts_left is None
    assert str(info.value) == "The exchange did not accept the code."


def test_a_confirmation_that_is_not_one_is_refused(httpserver: HTTPServer) -> None:
    client = _scripted(
        httpserver,
        "/api/v1/2fa/confirm",
        _json('{"confirmed": false, "confirmed_at": "2026-03-16T11:30:00Z"}'),
    )
    with pytest.raises(api_mod.UnexpectedAnswer):
        client.confirm(EMAIL, "123456")


def test_a_redirect_to_another_host_is_refused(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/v1/2fa/status", method="POST").respond_with_response(
        Response("", 307, headers={"Location": "https://evil.example/api/v1/2fa/status"})
    )
    client = EnrollmentApi(HttpClient(), httpserver.url_for("/api/v1/2fa"))
    with pytest.raises(api_mod.ExchangeUnreachable) as info:
        client.status(EMAIL, "123456")
    assert "evil.example" in str(info.value)
