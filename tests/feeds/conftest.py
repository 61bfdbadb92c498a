"""Builders for notice feeds, signatures and provider profiles used across tests/feeds."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from breachguard.core.provider import ProfileOrigin, ProviderProfile, profile_from_dict
from breachguard.demo.signer import MinisignSigner, demo_signer

PROVIDER_ID = "demo-exchange"
GENERATED = "2026-03-14T08:00:00Z"
LIFETIME = timedelta(hours=12)


def rfc3339(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def current_edition_times() -> tuple[str, str]:
    """generated_at a minute ago and expires_at 12 hours after: a current feed."""
    generated = datetime.fromtimestamp(int(time.time()) - 60, tz=timezone.utc)
    return rfc3339(generated), rfc3339(generated + LIFETIME)


def item(item_id: Any = "n1", **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": item_id,
        "title": "All 2FA tokens were revoked",
        "content_text": "Please sign in again and set up 2FA anew.",
        "date_published": "2026-03-14T09:00:00Z",
        "_breachguard": {
            "severity": "critical",
            "status": "investigating",
            "components": ["Login"],
            "actions": ["reenroll_2fa"],
        },
    }
    base.update(fields)
    return base


def feed_doc(
    items: list[Any],
    *,
    sequence: int = 1,
    publisher: str = PROVIDER_ID,
    generated: str | None = None,
    expires: str | None = None,
    **top: Any,
) -> dict[str, Any]:
    """A feed document. Without times it is current (generated a minute ago, valid
    for 12 hours); with only ``expires`` it was generated at GENERATED."""
    if generated is None and expires is None:
        generated, expires = current_edition_times()
    generated = generated or GENERATED
    if expires is None:
        start = datetime.fromisoformat(generated.replace("Z", "+00:00"))
        expires = rfc3339(start + LIFETIME)
    doc: dict[str, Any] = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Demo Exchange notices",
        "_breachguard": {
            "publisher": publisher,
            "sequence": sequence,
            "generated_at": generated,
            "expires_at": expires,
        },
        "items": items,
    }
    doc.update(top)
    return doc


def feed_bytes(items: list[Any] | None = None, **kwargs: Any) -> bytes:
    return json.dumps(feed_doc([item()] if items is None else items, **kwargs)).encode()


def profile_dict(
    base_url: str, *, public_key: str | None = None, statuspage: bool = True, poll: int = 60
) -> dict[str, Any]:
    feeds: list[dict[str, Any]] = [
        {
            "url": f"{base_url}/notices/feed.json",
            "format": "breachguard-jsonfeed",
            "public_keys": [public_key or demo_signer().public_key_base64()],
            "label": "Demo Exchange notices",
        }
    ]
    if statuspage:
        feeds.append(
            {
                "url": f"{base_url}/api/v2/summary.json",
                "format": "statuspage-v2",
                "label": "Demo Exchange status page",
            }
        )
    return {
        "schema_version": 1,
        "id": PROVIDER_ID,
        "name": "Demo Exchange",
        "web_domains": ["demo-exchange.example"],
        "sender_domains": ["mail.demo-exchange.example"],
        "totp": {"issuers": ["Demo Exchange"]},
        "feeds": feeds,
        "support": {"url": "https://demo-exchange.example/support"},
        "staff_never_ask": ["password", "seed_phrase"],
        "poll_interval_seconds": poll,
    }


def make_profile(base_url: str, **kwargs: Any) -> ProviderProfile:
    return profile_from_dict(profile_dict(base_url, **kwargs), origin=ProfileOrigin.BUILT_IN)


@pytest.fixture
def signer() -> MinisignSigner:
    return demo_signer()


@pytest.fixture
def sign() -> Callable[[bytes], bytes]:
    return lambda data: demo_signer().sign(data, "timestamp:1 file:feed.json")


class MinisignCli:
    """The real minisign tool with an unencrypted key pair in a temp dir."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.pub = directory / "minisign.pub"
        self.sec = directory / "minisign.key"
        subprocess.run(
            ["minisign", "-G", "-p", str(self.pub), "-s", str(self.sec), "-W"],
            check=True,
            capture_output=True,
        )

    @property
    def public_key(self) -> str:
        return self.pub.read_text().splitlines()[1].strip()

    def sign(self, data: bytes, *, legacy: bool = False, comment: str = "feed") -> bytes:
        path = self.directory / "feed.json"
        path.write_bytes(data)
        sig = self.directory / "feed.json.minisig"
        sig.unlink(missing_ok=True)
        args = ["minisign", "-S", "-s", str(self.sec), "-m", str(path), "-t", comment]
        if legacy:
            args.append("-l")
        subprocess.run(args, check=True, capture_output=True, input=b"")
        return sig.read_bytes()


@pytest.fixture
def minisign_cli(tmp_path: Path) -> MinisignCli:
    if shutil.which("minisign") is None:
        pytest.skip("the minisign command-line tool is not installed")
    directory = tmp_path / "minisign"
    directory.mkdir()
    return MinisignCli(directory)


@pytest.fixture
def drip_server() -> Iterator[str]:
    """Answers with headers, then one body byte per second, forever."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            with conn:
                conn.recv(65536)
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
                while not stop.wait(1.0):
                    try:
                        conn.sendall(b" ")
                    except OSError:
                        break

    threading.Thread(target=serve, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    listener.close()


@pytest.fixture
def page_factory(qtbot: Any) -> Iterator[Any]:
    """Builds status pages (shut down and drained after the test)."""
    from breachguard.ui.pages.status import StatusPage

    pages: list[StatusPage] = []

    def build(context: Any, **kwargs: Any) -> StatusPage:
        page = StatusPage(context, **kwargs)
        qtbot.addWidget(page)
        page.resize(1100, 760)
        page.show()  # a story counts as read only once it has been on screen
        pages.append(page)
        return page

    yield build
    for page in pages:
        page.shutdown()
        page.context.tasks.wait_idle(10000)
