"""Feed text stays text: HTML converted, links filtered, scam patterns flagged."""

from __future__ import annotations

import pytest

from breachguard.core.feeds.content import check_link, clean_text, html_to_text, scam_flags
from breachguard.core.feeds.jsonfeed import parse_jsonfeed
from tests.feeds.conftest import feed_bytes, item

OFFICIAL = frozenset({"demo-exchange.example"})


def test_markup_in_titles_and_bodies_stays_visible_text() -> None:
    raw = item(
        title="<b>Urgent</b> &amp; <img src=http://evil.example/x.png>",
        content_text='Read <a href="https://evil.example">this</a>',
    )
    notice = parse_jsonfeed(feed_bytes([raw])).notices[0]
    assert notice.title == "<b>Urgent</b> & <img src=http://evil.example/x.png>"
    assert notice.body == 'Read <a href="https://evil.example">this</a>'


def test_content_html_is_converted_to_text_without_active_or_remote_parts() -> None:
    markup = (
        "<style>body{background:url(http://evil.example/t.png)}</style>"
        "<p>Trading <b>halted</b>.</p><script>alert(1)</script>"
        "<iframe src='https://evil.example'>frame text</iframe>"
        "<img src='http://evil.example/pixel.gif' alt='pixel'>"
        "<ul><li>one</li><li>two</li></ul>&lt;not a tag&gt;"
    )
    raw = item()
    del raw["content_text"]
    raw["content_html"] = markup
    body = parse_jsonfeed(feed_bytes([raw])).notices[0].body
    assert "Trading halted." in body
    assert "• one" in body and "• two" in body
    assert "<not a tag>" in body
    for leaked in ("alert", "evil.example", "frame text", "background", "pixel"):
        assert leaked not in body


def test_control_and_bidi_override_characters_are_removed() -> None:
    assert clean_text("pay\u202egnp.exe\x00 now") == "paygnp.exe now"


def test_html_to_text_caps_length() -> None:
    assert len(html_to_text("<p>" + "x" * 50_000 + "</p>", max_chars=100)) == 100


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("javascript:alert(1)", "not a web address"),
        ("data:text/html,<script>x</script>", "not a web address"),
        ("file:///etc/passwd", "not a web address"),
        ("http://demo-exchange.example/notice", "not encrypted"),
        ("https://user:pw@demo-exchange.example/", "user name or password"),
        ("https://support@demo-exchange.example/", "user name or password"),
        ("https://192.0.2.7/login", "bare IP address"),
        ("https://[2001:db8::1]/login", "bare IP address"),
        ("https://demo-exchange.example.evil.example/", "official websites"),
        ("https://demo-exchange-support.example/", "official websites"),
        ("https://xn--demo-exchnge-2ib.example/", "official websites"),
        ("https://bit.ly/3abc", "shortened link"),
        ("https://demo-exchange.example:8443/", "unusual port"),
        ("https://demo-exchange.example:99999/", "not a valid web address"),
        ("ftp://demo-exchange.example/", "not a web address"),
    ],
)
def test_unsafe_links_are_text_only_with_a_reason(url: str, reason: str) -> None:
    link = check_link(url, OFFICIAL)
    assert not link.safe
    assert reason in link.reason


@pytest.mark.parametrize(
    "url", ["https://demo-exchange.example/status", "https://www.demo-exchange.example/n/1?x=2"]
)
def test_official_https_links_may_open(url: str) -> None:
    assert check_link(url, OFFICIAL).safe


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Please confirm your seed phrase to keep your account", "seed_phrase"),
        ("Bitte geben Sie Ihre Wiederherstellungsphrase ein", "seed_phrase"),
        ("Skriv inn gjenopprettingsfrasen din", "seed_phrase"),
        ("Install AnyDesk so our agent can help", "remote_access"),
        ("Erlauben Sie uns Fernzugriff auf Ihren Rechner", "remote_access"),
        ("Gi oss fjerntilgang til PC-en", "remote_access"),
        ("Make a verification deposit of 0.1 BTC", "verification_deposit"),
        ("Send 0.05 ETH to verify your wallet", "verification_deposit"),
        ("Leisten Sie eine Verifizierungseinzahlung", "verification_deposit"),
        ("Move your funds to a safe wallet now", "move_funds"),
        ("Flytt midlene dine til en trygg lommebok", "move_funds"),
    ],
)
def test_scam_patterns_are_flagged(text: str, flag: str) -> None:
    assert flag in scam_flags(text)


def test_an_ordinary_notice_is_not_flagged() -> None:
    assert scam_flags("Trading is halted. More information will follow at 14:00.") == ()


def test_scam_flags_reach_the_notice_from_any_language() -> None:
    raw = item(
        _breachguard={
            "translations": {
                "de": {"title": "Hinweis", "content_text": "Installieren Sie TeamViewer"}
            }
        }
    )
    assert parse_jsonfeed(feed_bytes([raw])).notices[0].scam_flags == ("remote_access",)
