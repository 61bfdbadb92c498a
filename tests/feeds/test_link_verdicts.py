"""Feed links: a host holds only letters, digits, dots and hyphens after IDNA
encoding; what is checked is what opens (Qt and a browser read the same host out
of it); ``breachguard notices --json`` gives the same verdict as the window."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytest_httpserver import HTTPServer

from breachguard.core.feeds import cli
from breachguard.core.feeds.content import check_link
from breachguard.demo.signer import MinisignSigner
from breachguard.ui.pages.status import StatusPage
from tests.feeds.conftest import feed_bytes, item
from tests.feeds.test_status_page import (
    publish,
    scripted_context,
    select,
    wait_loaded,
)

OFFICIAL = ("demo-exchange.example",)

# (link in the feed, may it open, the URL that opens)
LINKS = [
    # A browser reads "\" as "/": this is evil.example, whatever urlsplit says.
    ("https://evil.example\\.demo-exchange.example/", False, None),
    ("https://evil.example%5C.demo-exchange.example/", False, None),
    ("https://evil.example%2Edemo-exchange.example/", False, None),
    ("https://demo-exchange.example\\@evil.example/", False, None),
    ("https://evil.example/\\.demo-exchange.example", False, None),
    ("https://demo_exchange.example/", False, None),
    ("https://demo-exchange.example.evil.example/", False, None),
    ("https://demo-exchange.example/", True, "https://demo-exchange.example/"),
    (
        "https://Status.DEMO-exchange.example./incident?id=7#top",
        True,
        "https://status.demo-exchange.example/incident?id=7#top",
    ),
    (
        "https://demo-exchange.example/a path\\with\\slashes",
        True,
        "https://demo-exchange.example/a%20path%5Cwith%5Cslashes",
    ),
    (
        "https://bücher.demo-exchange.example/",
        True,
        "https://xn--bcher-kva.demo-exchange.example/",
    ),
    # A full-width dot is a dot to IDNA and to browsers alike.
    ("https://demo-exchange\uff0eexample/x", True, "https://demo-exchange.example/x"),
    ("https://demo-exchange.example:443/", True, "https://demo-exchange.example/"),
]


@pytest.mark.parametrize(("url", "safe", "opens"), LINKS)
def test_link_verdicts(url: str, safe: bool, opens: str | None) -> None:
    link = check_link(url, OFFICIAL)
    assert link.safe is safe, link.reason
    if safe:
        assert link.url == opens
    else:
        assert link.reason and link.url == url  # shown as text, as it was


def test_the_backslash_host_is_refused_for_its_characters() -> None:
    link = check_link("https://evil.example\\.demo-exchange.example/", OFFICIAL)
    assert link.reason == "has characters a web address's host cannot have"


URL_CHARS = st.sampled_from([*"aZ09.-_~%@:/\\?#[]!$&'()*+,;= \t", "ü", "．", "\u200b", "ß"])


@settings(max_examples=500, deadline=None)
@given(
    authority=st.one_of(
        st.from_regex(r"(?:[a-zA-Z0-9\u00fc\u00df-]{1,8}[.\uff0e])?", fullmatch=True),
        st.text(URL_CHARS, max_size=30),
    ),
    rest=st.text(URL_CHARS, max_size=30),
    official=st.booleans(),
)
def test_a_safe_link_means_the_same_to_qt(authority: str, rest: str, official: bool) -> None:
    """Whatever the text, a link judged safe is read by Qt (which opens it) with the
    very host the check accepted, and holds nothing another parser could split
    differently."""
    host = authority + ("demo-exchange.example" if official else "")
    link = check_link(f"https://{host}/{rest}", OFFICIAL)
    if not link.safe:
        return
    assert link.url.isascii() and "\\" not in link.url and " " not in link.url
    checked = urlsplit(link.url).hostname
    assert checked is not None
    assert checked == "demo-exchange.example" or checked.endswith(".demo-exchange.example")
    qt = QUrl(link.url, QUrl.ParsingMode.StrictMode)
    assert qt.isValid() and qt.scheme() == "https"
    assert qt.host() == checked and qt.userName() == "" and qt.port() == -1


class OpenedUrls(QObject):
    """Receives what the window would hand to the browser (Qt's own URL handler seam)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_notices_json_gives_the_window_s_verdict(
    httpserver: HTTPServer,
    signer: MinisignSigner,
    tmp_path: Path,
    page_factory: Any,
    qtbot: Any,
) -> None:
    items = [item(f"n{index}", url=url) for index, (url, _safe, _opens) in enumerate(LINKS)]
    publish(httpserver, signer, feed_bytes(items))
    context = scripted_context(httpserver.url_for("").rstrip("/"), tmp_path)

    out = io.StringIO()
    code = cli.main(
        ["--provider", context.provider.id, "--json"],
        stdout=out,
        stderr=io.StringIO(),
        data_dir=tmp_path / "cli-data",
        find_provider=lambda _id: context.provider,
    )
    assert code == 0
    (state,) = json.loads(out.getvalue())
    from_cli = {notice["id"]: notice["link"] for notice in state["notices"]}

    page: StatusPage = page_factory(context)
    wait_loaded(qtbot, page, 1)
    opened = OpenedUrls()
    QDesktopServices.setUrlHandler("https", opened, "open")
    try:
        for index, (_url, safe, opens) in enumerate(LINKS):
            verdict = from_cli[f"n{index}"]
            select(page, f"n{index}")
            assert page.detail.open_link_button.isVisibleTo(page) is verdict["safe"] is safe
            assert page.detail.link.isVisibleTo(page) is not safe
            if not safe:
                assert verdict["reason"] in page.detail.link.text()
                continue
            page.detail.open_link_button.click()
            assert bytes(opened.urls[-1].toEncoded()).decode() == verdict["url"] == opens
            host = urlsplit(verdict["url"]).hostname
            assert page.detail.open_link_button.text() == f"&Open on {host}"
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert len(opened.urls) == sum(1 for _url, safe, _opens in LINKS if safe)
