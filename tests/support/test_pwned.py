"""Pwned Passwords range query against a local server: only 5 hex characters leave,
padding is asked for and dropped, and anything that is not a range is refused."""

from __future__ import annotations

import hashlib
import re
import socket
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from breachguard.core.http import HttpClient
from breachguard.core.pwned import (
    PwnedCheckError,
    check_hash,
    hash_password,
    parse_range,
    range_url,
)

PASSWORD = "Tr0ub4dor&3-ExchangeLogin"
DIGEST = hashlib.sha1(PASSWORD.encode()).hexdigest().upper()
PREFIX, SUFFIX = DIGEST[:5], DIGEST[5:]


def range_body(*rows: tuple[str, int], line_end: str = "\r\n") -> str:
    padding = [(f"{i:035X}", 0) for i in range(1, 40)]
    return line_end.join(f"{suffix}:{count}" for suffix, count in [*rows, *padding])


def serve_range(httpserver: HTTPServer, body: str, status: int = 200) -> list[Request]:
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        return Response(body, status=status, content_type="text/plain")

    httpserver.expect_request(re.compile(r"^/range/.*")).respond_with_handler(handler)
    return seen


def check(httpserver: HTTPServer, password: str = PASSWORD) -> Any:
    return check_hash(HttpClient(), hash_password(password), base_url=httpserver.url_for("/"))


def test_found_password_and_what_was_sent(httpserver: HTTPServer) -> None:
    seen = serve_range(httpserver, range_body(("0" * 35, 3), (SUFFIX, 52)))
    result = check(httpserver)
    assert result.found and result.count == 52
    (request,) = seen
    assert request.path == f"/range/{PREFIX}"
    assert re.fullmatch(r"/range/[0-9A-F]{5}", request.path)
    assert request.headers.get("Add-Padding") == "true"
    sent = f"{request.full_path} {dict(request.headers)} {request.get_data(as_text=True)}"
    assert SUFFIX not in sent.upper() and DIGEST not in sent.upper()
    assert PASSWORD not in sent


def test_not_found_password(httpserver: HTTPServer) -> None:
    serve_range(httpserver, range_body(("A" * 35, 7), line_end="\n"))
    assert check(httpserver).count == 0


def test_padding_row_with_our_suffix_does_not_count(httpserver: HTTPServer) -> None:
    serve_range(httpserver, range_body((SUFFIX, 0)))
    assert not check(httpserver).found


@pytest.mark.parametrize(
    "body",
    [
        "<html><body>Sign in to the hotel Wi-Fi</body></html>",
        "",
        f"{SUFFIX}:12\r\n{SUFFIX}:13",  # the same suffix twice
        f"{SUFFIX[:-1]}:12",  # a short hash
        f"{SUFFIX}:-1",
        f"{SUFFIX}:12:3",
        f"{SUFFIX} : 12",
        f"{SUFFIX}:12\r\n\r\n{'B' * 35}:1",  # an empty line in the middle
    ],
)
def test_anything_but_a_range_is_refused(httpserver: HTTPServer, body: str) -> None:
    serve_range(httpserver, body)
    with pytest.raises(PwnedCheckError, match="does not understand") as caught:
        check(httpserver)
    assert PASSWORD not in str(caught.value)


def test_non_ascii_is_refused() -> None:
    with pytest.raises(PwnedCheckError):
        parse_range(f"{SUFFIX}:1\n".encode() + "Ø".encode())


def test_lowercase_rows_are_normalised() -> None:
    assert parse_range(f"{SUFFIX.lower()}:4\n{'c' * 35}:0\n".encode()) == {SUFFIX: 4}


@pytest.mark.parametrize(("status", "words"), [(429, "busy"), (503, "HTTP 503")])
def test_server_errors(httpserver: HTTPServer, status: int, words: str) -> None:
    serve_range(httpserver, "error", status=status)
    with pytest.raises(PwnedCheckError, match=words):
        check(httpserver)


def test_unreachable_service() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        base = f"http://127.0.0.1:{probe.getsockname()[1]}"
    with pytest.raises(PwnedCheckError, match="could not be reached") as caught:
        check_hash(HttpClient(), hash_password(PASSWORD), base_url=base)
    # The service is named, not the exchange (whose server has nothing to do with it).
    assert "Pwned Passwords service" in str(caught.value)
    assert "exchange" not in str(caught.value)


def test_oversized_answer_is_cut_off(httpserver: HTTPServer) -> None:
    serve_range(httpserver, range_body(*((f"{i:035X}", 1) for i in range(100, 20000))))
    with pytest.raises(PwnedCheckError, match="larger than 512 KiB") as caught:
        check(httpserver)
    # The service answered, so this is not the message for a service out of reach.
    assert "could not be reached" not in str(caught.value)


def test_hash_hides_itself_and_refuses_empty() -> None:
    hashed = hash_password(PASSWORD)
    assert (hashed.prefix, hashed.suffix) == (PREFIX, SUFFIX)
    assert SUFFIX not in repr(hashed) and PASSWORD not in repr(hashed)
    with pytest.raises(PwnedCheckError, match="Type the password"):
        hash_password("")
    with pytest.raises(ValueError, match="5 upper-case hex"):
        range_url("ABCDEF")
