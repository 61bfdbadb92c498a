"""The Demo Exchange is as careful as a real one: the SMS outbox (the customer's
"phone") needs the run's token, which only the app holds, and every request must
name the server in its Host header (DNS rebinding)."""

from __future__ import annotations

import json
import re
import socket
from typing import Any

import pytest

from breachguard.core.http import HttpClient, RequestPolicy

KNOWN = "+4741234567"


def raw(exchange: Any, request: bytes) -> tuple[int, dict[str, Any]]:
    """Send one raw HTTP request; the status and the JSON body of the answer."""
    port = int(exchange.base_url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
        connection.sendall(request)
        chunks = []
        while chunk := connection.recv(4096):
            chunks.append(chunk)
    head, _, body = b"".join(chunks).partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), json.loads(body or b"{}")


def start_lookup(http: Any, exchange: Any) -> None:
    response = http.post(
        exchange.base_url + "/api/v1/lookup/start", json={"phone": KNOWN}, timeout=5
    )
    assert response.status_code == 202


@pytest.mark.parametrize(
    "authorization",
    [None, "", "Bearer ", "Bearer wrong", "Basic Zm9vOmJhcg=="],
    ids=["none", "empty", "no-token", "wrong-token", "basic"],
)
def test_the_sms_outbox_needs_the_runs_token(exchange, http, authorization) -> None:
    start_lookup(http, exchange)
    headers = {} if authorization is None else {"Authorization": authorization}
    response = http.get(exchange.base_url + "/demo/sms", headers=headers, timeout=5)
    assert response.status_code == 401
    assert response.json() == {"error": "unauthorized"}
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert not re.search(r"\b\d{6}\b", response.text)  # no code, in any language


def test_the_token_reads_the_outbox_and_is_new_for_every_run(exchange, make_exchange, http) -> None:
    start_lookup(http, exchange)
    response = http.get(
        exchange.base_url + "/demo/sms",
        headers={"Authorization": f"Bearer {exchange.sms_token}"},
        timeout=5,
    )
    assert response.status_code == 200
    assert re.search(r"\b\d{6}\b", response.json()["messages"][0]["text"])
    other = make_exchange()  # same seeded rng: the token does not come from it
    assert len(exchange.sms_token) >= 40 and other.sms_token != exchange.sms_token
    wrong_run = http.get(
        other.base_url + "/demo/sms",
        headers={"Authorization": f"Bearer {exchange.sms_token}"},
        timeout=5,
    )
    assert wrong_run.status_code == 401


def test_the_token_is_never_served(exchange, http) -> None:
    token = exchange.sms_token
    assert token not in json.dumps(exchange.profile_dict())
    for path in ("/", "/notices/feed.json", "/api/v2/summary.json", "/api/v2/incidents.json"):
        assert token not in http.get(exchange.base_url + path, timeout=5).text


@pytest.mark.parametrize(
    "host",
    [b"attacker.example", b"attacker.example:{port}", b"127.0.0.1", b"127.0.0.2:{port}"],
    ids=["rebinding-domain", "rebinding-with-port", "no-port", "other-loopback"],
)
@pytest.mark.parametrize(
    "request_line",
    [
        b"GET /notices/feed.json HTTP/1.1",
        b"GET /demo/sms HTTP/1.1",
        b"GET /api/v1/2fa/setup/" + b"0" * 32 + b"/qr.png HTTP/1.1",
    ],
    ids=["feed", "sms", "qr"],
)
def test_a_foreign_host_is_refused_on_every_route(exchange, host, request_line) -> None:
    port = exchange.base_url.rsplit(":", 1)[1].encode()
    host = host.replace(b"{port}", port)
    status, body = raw(exchange, request_line + b"\r\nHost: " + host + b"\r\n\r\n")
    assert (status, body) == (421, {"error": "misdirected_request"})


def test_a_rebinding_page_cannot_send_an_sms(exchange) -> None:
    # What a browser sends for a page on attacker.example whose name now points at
    # 127.0.0.1: its own Host, with a simple (no preflight) content type the server
    # refuses anyway; the Host check stops it first, before any body is read.
    port = exchange.base_url.rsplit(":", 1)[1].encode()
    body = b'{"phone": "+4741234567"}'
    status, answer = raw(
        exchange,
        b"POST /api/v1/lookup/start HTTP/1.1\r\nHost: attacker.example:" + port + b"\r\n"
        b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body) + body,
    )
    assert status == 421 and answer == {"error": "misdirected_request"}
    assert exchange.sms_outbox() == []


def test_missing_or_repeated_host_is_refused(exchange) -> None:
    port = exchange.base_url.rsplit(":", 1)[1].encode()
    good = b"Host: 127.0.0.1:" + port + b"\r\n"
    assert raw(exchange, b"GET /time HTTP/1.0\r\n\r\n")[0] == 421
    assert raw(exchange, b"GET /time HTTP/1.1\r\n" + good + b"Host: evil.example\r\n\r\n")[0] == 421
    assert raw(exchange, b"GET /time HTTP/1.1\r\n" + good + b"Connection: close\r\n\r\n")[0] == 204


def test_its_own_names_are_served(exchange) -> None:
    port = exchange.base_url.rsplit(":", 1)[1]
    for url in (exchange.base_url, f"http://localhost:{port}", f"http://LOCALHOST:{port}"):
        host = url.split("//")[1].split(":")[0].lower()
        policy = RequestPolicy(allowed_hosts=frozenset({host}))
        assert HttpClient().get(url + "/time", policy=policy).status == 204


def test_the_apps_demo_sms_panel_reads_with_the_token(qtbot: Any, app_context: Any) -> None:
    from breachguard.ui.demo_sms_panel import DemoSmsPanel

    demo = app_context.demo
    demo.lookup.start(KNOWN, "127.0.0.1")
    panel = DemoSmsPanel(app_context)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: len(panel.messages) == 1, timeout=10000)
    assert panel.messages == demo.sms_outbox()
    assert panel.status.text() == ""
    # The time in the user's words, not the outbox's RFC 3339 ("…T14:05:00Z").
    line = panel.list.item(0).text()
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d", line), line
    assert re.search(r" at \d{1,2}:\d\d", line), line
