"""HTTP behaviour shared by every endpoint: Date, body limits, strict parsing, errors, logs."""

from __future__ import annotations

import json
import logging
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from email.utils import parsedate_to_datetime

import phonenumbers
import pytest
import requests

from breachguard.core.provider import ProfileOrigin, profile_from_dict
from breachguard.demo.accounts import ACCOUNTS
from breachguard.demo.http_api import MAX_BODY_BYTES
from breachguard.demo.server import DEMO_PUBLIC_KEY, DemoExchange
from breachguard.demo.signer import demo_signer

from .conftest import FIXED_START


def _post_raw(exchange, path, data: bytes, content_type="application/json"):
    return requests.post(
        exchange.base_url + path, data=data, headers={"Content-Type": content_type}, timeout=5
    )


def test_date_header_follows_the_exchange_clock(exchange, http, clock):
    response = http.get(exchange.base_url + "/time", timeout=5)
    assert response.status_code == 204
    assert response.content == b""
    assert parsedate_to_datetime(response.headers["Date"]).timestamp() == FIXED_START
    clock.advance(45)  # a skewed server clock is how the app's clock check gets tested
    later = http.head(exchange.base_url + "/time", timeout=5)
    assert later.status_code == 204
    assert parsedate_to_datetime(later.headers["Date"]).timestamp() == FIXED_START + 45


def test_date_header_with_the_real_clock_is_sane(make_exchange, http):
    exchange = make_exchange()
    for path in ("/time", "/notices/feed.json", "/api/v2/summary.json", "/nope"):
        response = http.get(exchange.base_url + path, timeout=5)
        assert response.headers["Date"].endswith(" GMT")
        assert abs(parsedate_to_datetime(response.headers["Date"]).timestamp() - time.time()) < 5


def test_oversized_body_is_413(exchange):
    response = _post_raw(exchange, "/api/v1/lookup/start", b"{" + b" " * MAX_BODY_BYTES + b"}")
    assert response.status_code == 413
    assert response.json() == {"error": "payload_too_large", "max_bytes": MAX_BODY_BYTES}


def _raw(exchange, data: bytes) -> bytes:
    """Send raw bytes and read the answer until the server closes the connection.
    ``Host: {host}`` in ``data`` becomes the exchange's own host and port."""
    port = int(exchange.base_url.rsplit(":", 1)[1])
    data = data.replace(b"Host: {host}", b"Host: 127.0.0.1:%d" % port)
    with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
        connection.sendall(data)
        chunks = []
        while chunk := connection.recv(4096):
            chunks.append(chunk)
    return b"".join(chunks)


def test_huge_declared_body_is_refused_without_reading_it(exchange):
    head = _raw(
        exchange,
        b"POST /api/v1/lookup/start HTTP/1.1\r\nHost: {host}\r\n"
        b"Content-Type: application/json\r\nContent-Length: 999999999\r\n\r\n",
    )
    assert head.startswith(b"HTTP/1.1 413 ")
    assert b"Connection: close" in head


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b'{"phone": "+4741234567"', "invalid_json"),
        (b'{"phone": "+4741234567", "phone": "+4790211223"}', "invalid_json"),
        (b'\xef\xbb\xbf{"phone": "+4741234567"}', "invalid_json"),
        (b'{"phone": NaN}', "invalid_json"),
        (b"", "invalid_json"),
        (b'["+4741234567"]', "invalid_request"),
        (b'{"phone": "+4741234567", "email": "a@b.c"}', "invalid_request"),
        (b'{"phone": 4741234567}', "invalid_request"),
        (b'{"phone": ""}', "invalid_request"),
    ],
)
def test_malformed_bodies_are_400(exchange, data, error):
    response = _post_raw(exchange, "/api/v1/lookup/start", data)
    assert response.status_code == 400
    assert response.json()["error"] == error
    assert response.json()["detail"]
    assert exchange.sms_outbox() == []


def test_json_body_needs_the_json_content_type(exchange):
    response = _post_raw(
        exchange,
        "/api/v1/lookup/start",
        b'{"phone": "+4741234567"}',
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 415
    assert response.json()["error"] == "unsupported_media_type"


def test_chunked_bodies_are_refused(exchange):
    response = requests.post(
        exchange.base_url + "/api/v1/lookup/start",
        data=iter([b'{"phone": "+4741234567"}']),
        headers={"Content-Type": "application/json"},
        timeout=5,
    )
    assert response.status_code == 411
    assert response.json() == {"error": "length_required"}


def test_unknown_paths_and_methods(exchange, http):
    missing = http.get(exchange.base_url + "/api/v1/accounts", timeout=5)
    assert missing.status_code == 404
    assert missing.json() == {"error": "not_found"}
    assert missing.headers["Content-Type"] == "application/json; charset=utf-8"
    wrong_method = http.get(exchange.base_url + "/api/v1/lookup/start", timeout=5)
    assert wrong_method.status_code == 405
    assert wrong_method.headers["Allow"] == "POST"
    delete = http.delete(exchange.base_url + "/notices/feed.json", timeout=5)
    assert delete.status_code == 405
    assert delete.headers["Allow"] == "GET, HEAD"


@pytest.mark.parametrize("method", ["TRACE", "OPTIONS", "CONNECT", "PROPFIND", "PURGE"])
def test_methods_no_path_takes_are_405_not_501(exchange, http, method):
    # http.server alone answers an unknown method with 501 "server_error".
    response = http.request(method, exchange.base_url + "/api/v1/lookup/verify", timeout=5)
    assert response.status_code == 405
    assert response.json() == {"error": "method_not_allowed"}
    assert response.headers["Allow"] == "POST"
    missing = http.request(method, exchange.base_url + "/nowhere", timeout=5)
    assert (missing.status_code, missing.json()) == (404, {"error": "not_found"})


def test_a_method_that_is_not_a_method_name_is_400(exchange, caplog):
    reply = _raw(exchange, b"G\xc3\xa9T /time HTTP/1.1\r\nHost: {host}\r\n\r\n")
    assert reply.startswith(b"HTTP/1.1 400 ")
    assert b'{"error": "bad_request"}' in reply
    assert "G\xe9T" not in caplog.text


@pytest.mark.parametrize(
    "request_line", [b"BLAH\r\n\r\n", b"GET /time\r\n\r\n", b"GET /time HTTP/1.1 extra\r\n\r\n"]
)
def test_garbage_request_line_gets_a_json_error(exchange, request_line):
    reply = _raw(exchange, request_line)
    assert reply.startswith(b"HTTP/1.1 400 ")
    assert reply.endswith(b'{"error": "bad_request"}')


def test_logs_carry_no_codes_ids_phones_or_emails(exchange, http, caplog):
    caplog.set_level(logging.DEBUG, logger="breachguard.demo")
    base = exchange.base_url
    request_id = http.post(
        base + "/api/v1/lookup/start", json={"phone": "+4741234567"}, timeout=5
    ).json()["request_id"]
    code = re.search(r"\b\d{6}\b", exchange.sms_outbox()[0]["text"]).group(0)  # type: ignore[union-attr]
    http.post(
        base + "/api/v1/lookup/verify", json={"request_id": request_id, "code": code}, timeout=5
    )
    setup = http.post(
        base + "/api/v1/2fa/setup", json={"email": "ola.nordmann@gmail.com"}, timeout=5
    ).json()
    http.get(f"{base}/api/v1/2fa/setup/{setup['enrollment_id']}/qr.png?secret=x", timeout=5)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "POST /api/v1/lookup/verify -> 200" in logged
    assert "GET /api/v1/2fa/setup/{enrollment_id}/qr.png -> 200" in logged
    secret = setup["otpauth_uri"].split("secret=")[1][:32]
    for private in (
        request_id,
        code,
        "41234567",
        "ola.nordmann",
        setup["enrollment_id"],
        secret,
        "secret=x",
    ):
        assert private not in logged


def test_profile_loads_and_pins_the_demo_key(exchange):
    profile = profile_from_dict(exchange.profile_dict(), origin=ProfileOrigin.BUILT_IN)
    assert profile.id == "demo-exchange" and profile.demo
    assert profile.feeds[0].signed
    assert profile.feeds[0].public_keys == (exchange.public_key_base64(),)
    assert profile.feeds[0].signature_url == exchange.base_url + "/notices/feed.json.minisig"
    assert profile.feeds[1].format == "statuspage-v2" and not profile.feeds[1].signed
    assert profile.lookup_api == exchange.base_url + "/api/v1/lookup"
    assert profile.enrollment_api == exchange.base_url + "/api/v1/2fa"
    assert profile.clock_url == exchange.base_url + "/time"
    assert "127.0.0.1" in profile.allowed_hosts()


def test_profile_needs_a_started_server():
    with pytest.raises(RuntimeError, match="start the Demo Exchange"):
        DemoExchange().profile_dict()


def test_only_loopback_addresses_are_allowed():
    with pytest.raises(ValueError, match="loopback"):
        DemoExchange(host="0.0.0.0")


def test_context_manager_stops_the_server():
    with DemoExchange() as exchange:
        base = exchange.base_url
        assert requests.get(base + "/time", timeout=5).status_code == 204
    with pytest.raises(requests.ConnectionError):
        requests.get(base + "/time", timeout=5)


def test_demo_accounts_are_valid_and_one_per_phone():
    phones = [account.phone for account in ACCOUNTS]
    emails = [account.email.lower() for account in ACCOUNTS]
    assert len(set(phones)) == len(phones) and len(set(emails)) == len(emails)
    for account in ACCOUNTS:
        number = phonenumbers.parse(account.phone)
        assert phonenumbers.is_valid_number(number), account.name
        assert (
            phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) == account.phone
        )


def _sigint_as_in_a_terminal() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_module_entry_point_serves_until_interrupted():
    process = subprocess.Popen(
        [sys.executable, "-m", "breachguard.demo", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        # As from a terminal: a test runner started in the background
        # hands its children SIGINT ignored, and Python then never raises
        # KeyboardInterrupt, so Ctrl+C could not be tested.
        preexec_fn=_sigint_as_in_a_terminal,
    )
    try:
        lines = []
        while not lines or not lines[-1].startswith("Press Ctrl+C"):
            line = process.stdout.readline()
            assert line, process.stderr.read()
            lines.append(line)
        match = re.search(r"(http://127\.0\.0\.1:\d+)", lines[0])
        assert match, lines[0]
        assert requests.get(match.group(1) + "/time", timeout=5).status_code == 204
        token = re.search(r"Authorization: Bearer ([\w-]+)", lines[-2])
        assert token, lines[-2]
        outbox = match.group(1) + "/demo/sms"
        assert requests.get(outbox, timeout=5).status_code == 401
        authorized = {"Authorization": f"Bearer {token.group(1)}"}
        assert requests.get(outbox, headers=authorized, timeout=5).status_code == 200
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0
    profile = json.loads("".join(lines[2:-2]))
    assert profile_from_dict(profile, origin=ProfileOrigin.BUILT_IN).website_url == match.group(1)


def test_an_unread_body_ends_the_connection(exchange):
    # POST to a GET-only path: the body is never read, so it must not become the next request.
    reply = _raw(
        exchange,
        b"POST /time HTTP/1.1\r\nHost: {host}\r\nContent-Length: 22\r\n\r\nGET /demo/sms HTTP/1.1",
    )
    assert reply.startswith(b"HTTP/1.1 405 ")
    assert b"Connection: close" in reply
    assert reply.count(b"HTTP/1.1 ") == 1


def test_a_bug_becomes_a_500_that_logs_no_request_data(exchange, http, caplog, monkeypatch):
    def broken(phone: str, client: str) -> None:
        raise RuntimeError(f"bad state for {phone}")

    monkeypatch.setattr(exchange.lookup, "start", broken)
    response = http.post(
        exchange.base_url + "/api/v1/lookup/start", json={"phone": "+4741234567"}, timeout=5
    )
    assert response.status_code == 500
    assert response.json() == {"error": "server_error"}
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "POST /api/v1/lookup/start failed: RuntimeError" in logged
    assert "41234567" not in logged


def test_the_pinned_demo_key_is_the_signers() -> None:
    assert demo_signer().public_key_base64() == DEMO_PUBLIC_KEY


def test_a_request_made_between_reserve_and_start_is_answered() -> None:
    """The app takes the address before its first frame and serves after it."""
    exchange = DemoExchange().reserve()
    try:
        assert not exchange.serving
        url = exchange.base_url + "/time"
        answers: list[int] = []
        client = threading.Thread(
            target=lambda: answers.append(urllib.request.urlopen(url, timeout=10).status)
        )
        client.start()
        client.join(0.3)
        assert client.is_alive() and answers == []  # waiting in the queue, not refused
        exchange.start()
        client.join(10)
        assert answers == [204]  # /time answers with its Date header alone
        assert exchange.profile_dict()["feeds"][0]["url"].startswith(exchange.base_url)
    finally:
        exchange.stop()


def test_a_reserved_exchange_that_never_served_stops_cleanly() -> None:
    exchange = DemoExchange().reserve()
    host, port = "127.0.0.1", int(exchange.base_url.rsplit(":", 1)[1])
    exchange.stop()
    with pytest.raises(ConnectionRefusedError), socket.create_connection((host, port), 2):
        pass
