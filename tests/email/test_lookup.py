"""The lookup client against the real Demo Exchange over HTTP, against hostile
servers (pytest-httpserver), and the local matching of its answers."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from breachguard.core import lookup
from breachguard.core.http import HttpClient
from breachguard.core.provider import ProfileOrigin, profile_from_dict
from breachguard.demo.server import DemoExchange


def _client(exchange: DemoExchange) -> lookup.LookupClient:
    return lookup.LookupClient.for_provider(
        HttpClient(), profile_from_dict(exchange.profile_dict(), origin=ProfileOrigin.BUILT_IN)
    )


def _code_for(exchange: DemoExchange) -> str:
    match = re.search(r"\b\d{6}\b", exchange.sms_outbox()[0]["text"])
    assert match is not None
    return match.group(0)


class _Clock:
    def __init__(self) -> None:
        self.now = 1_900_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> _Clock:
    return _Clock()


@pytest.fixture
def exchange(clock: _Clock) -> Iterator[DemoExchange]:
    with DemoExchange(clock=clock) as running:
        yield running


def test_full_flow_returns_the_linked_email(exchange: DemoExchange) -> None:
    client = _client(exchange)
    started = client.start("+4741234567")
    assert started.expires_in_s == 300
    assert "If an account uses this number" in started.server_message
    answer = client.verify(started.request_id, _code_for(exchange))
    assert answer == lookup.LookupAnswer("ola.nordmann@gmail.com", masked=False)


def test_masked_answer_is_read_as_a_hint() -> None:
    with DemoExchange(mask_lookup_emails=True) as exchange:
        client = _client(exchange)
        started = client.start("+4790211223")
        answer = client.verify(started.request_id, _code_for(exchange))
    assert answer.masked
    result = lookup.match_answer(answer, ["kari.hansen@outlook.com", "kari@firma.no"])
    assert result.kind == "fits" and result.candidates == ("kari.hansen@outlook.com",)


def test_unknown_number_gets_the_same_answer_and_no_sms(exchange: DemoExchange) -> None:
    client = _client(exchange)
    known = client.start("+4741234567")
    unknown = client.start("+4741234599")
    assert (known.expires_in_s, known.server_message) == (
        unknown.expires_in_s,
        unknown.server_message,
    )
    assert len(known.request_id) == len(unknown.request_id)
    assert len(exchange.sms_outbox()) == 1
    with pytest.raises(lookup.WrongCode):
        client.verify(unknown.request_id, "123456")


def test_wrong_code_counts_down_then_too_many_attempts(exchange: DemoExchange) -> None:
    client = _client(exchange)
    started = client.start("+4741234567")
    right = _code_for(exchange)
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"
    seen = []
    for _ in range(5):
        with pytest.raises(lookup.WrongCode) as info:
            client.verify(started.request_id, wrong)
        seen.append(info.value.attempts_left)
    assert seen == [4, 3, 2, 1, 0]
    with pytest.raises(lookup.TooManyAttempts):
        client.verify(started.request_id, right)


def test_expired_code(exchange: DemoExchange, clock: _Clock) -> None:
    client = _client(exchange)
    started = client.start("+4741234567")
    clock.now += started.expires_in_s + 1
    with pytest.raises(lookup.CodeExpired):
        client.verify(started.request_id, _code_for(exchange))


def test_rate_limited_with_retry_after(exchange: DemoExchange) -> None:
    client = _client(exchange)
    for _ in range(3):
        client.start("+4741234567")
    with pytest.raises(lookup.RateLimited) as info:
        client.start("+4741234567")
    assert info.value.retry_after_s == 600
    assert "wait" in str(info.value)


def test_codes_are_checked_before_sending(exchange: DemoExchange) -> None:
    client = _client(exchange)
    with pytest.raises(lookup.InvalidCode):
        client.verify("a" * 32, "12ab56")
    with pytest.raises(lookup.InvalidPhone):
        client.start("41234567")


def test_exchange_down() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = lookup.LookupClient(HttpClient(), f"http://127.0.0.1:{port}/api/v1/lookup")
    with pytest.raises(lookup.ExchangeUnreachable) as info:
        client.start("+4741234567")
    assert "+47" not in str(info.value)


def test_tls_failure_has_its_own_message(httpserver: HTTPServer) -> None:
    url = httpserver.url_for("/lookup").replace("http://", "https://")
    client = lookup.LookupClient(HttpClient(), url)
    with pytest.raises(lookup.SecureConnectionFailed) as info:
        client.start("+4741234567")
    assert "certificate" in str(info.value)


# -- hostile servers ---------------------------------------------------------------


def _hostile(httpserver: HTTPServer, response: Response) -> lookup.LookupClient:
    httpserver.expect_request("/lookup/start", method="POST").respond_with_response(response)
    return lookup.LookupClient(HttpClient(), httpserver.url_for("/lookup"))


@pytest.mark.parametrize(
    ("response", "error"),
    [
        (
            Response("<html><body>Welcome to nginx</body></html>", 200, content_type="text/html"),
            lookup.UnexpectedAnswer,
        ),
        (
            Response('{"request_id": ', 202, content_type="application/json"),
            lookup.UnexpectedAnswer,
        ),
        (Response("[1, 2]", 202, content_type="application/json"), lookup.UnexpectedAnswer),
        (
            Response(
                '{"request_id": "abc", "message": "x", "expires_in": 300}',
                202,
                content_type="application/json",
            ),
            lookup.UnexpectedAnswer,
        ),
        (
            Response(
                '{"request_id": "a1b2c3d4e5f6", "message": "x", "expires_in": true}',
                202,
                content_type="application/json",
            ),
            lookup.UnexpectedAnswer,
        ),
        (
            Response('{"a": 1, "a": 2}', 202, content_type="application/json"),
            lookup.UnexpectedAnswer,
        ),
        (
            Response("x" * (64 * 1024), 202, content_type="application/json"),
            lookup.ExchangeUnreachable,
        ),
        (Response("oops", 500), lookup.ExchangeUnreachable),
        (Response("<html>bad gateway</html>", 502), lookup.ExchangeUnreachable),
        (
            Response('{"error": "teapot"}', 418, content_type="application/json"),
            lookup.UnexpectedAnswer,
        ),
        (
            Response("<html>slow down</html>", 429, headers={"Retry-After": "42"}),
            lookup.RateLimited,
        ),
    ],
)
def test_hostile_answers_map_to_documented_errors(
    httpserver: HTTPServer, response: Response, error: type[lookup.LookupFailed]
) -> None:
    client = _hostile(httpserver, response)
    with pytest.raises(error) as info:
        client.start("+4741234567")
    if isinstance(info.value, lookup.RateLimited):
        assert info.value.retry_after_s == 42


@pytest.mark.parametrize(
    "body",
    [
        '{"email": "<script>@x", "masked": false}',
        '{"email": "ola@gmail.com", "masked": "no"}',
        '{"email": "•••@•••", "masked": true}',
        '{"email": 5, "masked": false}',
    ],
)
def test_hostile_verify_answers(httpserver: HTTPServer, body: str) -> None:
    httpserver.expect_request("/lookup/verify", method="POST").respond_with_data(
        body, content_type="application/json"
    )
    client = lookup.LookupClient(HttpClient(), httpserver.url_for("/lookup"))
    with pytest.raises(lookup.UnexpectedAnswer):
        client.verify("a1b2c3d4e5f6", "123456")


@pytest.mark.parametrize("status", [403, 400], ids=["api-1.1", "api-1.0"])
def test_a_wrong_code_is_understood_from_old_and_new_servers(
    httpserver: HTTPServer, status: int
) -> None:
    httpserver.expect_request("/lookup/verify", method="POST").respond_with_json(
        {"error": "wrong_code", "attempts_left": 3}, status=status
    )
    client = lookup.LookupClient(HttpClient(), httpserver.url_for("/lookup"))
    with pytest.raises(lookup.WrongCode) as raised:
        client.verify("a1b2c3d4e5f6", "123456")
    assert raised.value.attempts_left == 3


def test_redirect_to_another_host_is_refused(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/lookup/start").respond_with_response(
        Response("", 307, headers={"Location": "http://localhost:1/steal"})
    )
    client = lookup.LookupClient(HttpClient(), httpserver.url_for("/lookup"))
    with pytest.raises(lookup.ExchangeUnreachable):
        client.start("+4741234567")


# -- matching --------------------------------------------------------------------------

MINE = ("ola.nordmann@gmail.com", "olga@gmail.com", "kari@firma.no", "Erika.Mustermann@web.de")


@pytest.mark.parametrize(
    ("hint", "fits"),
    [
        ("o•••@gmail.com", ("ola.nordmann@gmail.com", "olga@gmail.com")),
        ("o***n@g***.com", ("ola.nordmann@gmail.com",)),
        ("ol•••a@gmail.com", ("olga@gmail.com",)),
        ("k•••@f•••.no", ("kari@firma.no",)),
        ("e•••@web.de", ("Erika.Mustermann@web.de",)),
        ("E•••@WEB.DE", ("Erika.Mustermann@web.de",)),
        ("k...@f...no", ("kari@firma.no",)),
        ("k…@…", ("kari@firma.no",)),
        ("o●●●@gmail.com", ("ola.nordmann@gmail.com", "olga@gmail.com")),
        ("x•••@gmail.com", ()),
        ("ola.nordmann@gmail.com", ("ola.nordmann@gmail.com",)),
    ],
)
def test_hint_matching(hint: str, fits: tuple[str, ...]) -> None:
    result = lookup.match_hint(hint, MINE)
    assert result.candidates == fits
    assert result.kind == ("fits" if fits else "none")


@pytest.mark.parametrize(
    ("hint", "code"),
    [
        ("", "empty"),
        ("o•••gmail.com", "no_at"),
        ("a@b@c", "many_at"),
        ("•••@•••", "no_letters"),
        ("o••• @gmail.com", "bad_chars"),
        ("a" * 300 + "@x", "too_long"),
    ],
)
def test_bad_hints(hint: str, code: str) -> None:
    with pytest.raises(lookup.HintError) as info:
        lookup.match_hint(hint, MINE)
    assert info.value.code == code


def test_full_answers_match_exactly_or_by_mailbox() -> None:
    exact = lookup.match_answer(lookup.LookupAnswer("OLA.NORDMANN@gmail.com", False), MINE)
    assert exact.kind == "exact" and exact.login_email == "ola.nordmann@gmail.com"
    dotted = lookup.match_answer(lookup.LookupAnswer("olanordmann@gmail.com", False), MINE)
    assert dotted.kind == "same_mailbox"
    assert dotted.login_email == "olanordmann@gmail.com"
    assert dotted.candidates == ("ola.nordmann@gmail.com",)
    none = lookup.match_answer(lookup.LookupAnswer("j.becker+exchange@gmx.de", False), MINE)
    assert none.kind == "none" and none.login_email == "j.becker+exchange@gmx.de"
    masked_none = lookup.match_answer(lookup.LookupAnswer("j•••@gmx.de", True), MINE)
    assert masked_none.kind == "none" and masked_none.login_email is None
