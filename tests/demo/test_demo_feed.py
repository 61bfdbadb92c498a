"""The signed notice feed, fetched over real HTTP and checked with two verifiers."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timedelta
from email.utils import formatdate
from pathlib import Path

import pytest

from breachguard.core import minisign
from breachguard.core.provider import ProfileOrigin, profile_from_dict
from breachguard.core.strictjson import loads_strict
from breachguard.demo.signer import MinisignSigner, demo_signer, public_key_base64

SEVERITIES = {"info", "minor", "major", "critical"}
STATUSES = {"investigating", "identified", "monitoring", "resolved", "update"}
ACTIONS = {"reenroll_2fa", "verify_login_email"}


def _time(text: str) -> datetime:
    assert text.endswith("Z"), text
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _fetch(http, exchange):
    feed = http.get(exchange.base_url + "/notices/feed.json", timeout=5)
    signature = http.get(exchange.base_url + "/notices/feed.json.minisig", timeout=5)
    assert feed.status_code == 200 and signature.status_code == 200
    return feed, signature


def test_feed_is_json_feed_with_the_documented_extension(exchange, http, clock):
    response, _ = _fetch(http, exchange)
    assert response.headers["Content-Type"] == "application/feed+json"
    feed = loads_strict(response.content)
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    meta = feed["_breachguard"]
    assert meta["publisher"] == "demo-exchange"
    assert meta["sequence"] == 1
    generated = _time(meta["generated_at"])
    assert generated.timestamp() == int(clock.now)
    assert _time(meta["expires_at"]) - generated == timedelta(hours=12)

    items = {item["id"]: item for item in feed["items"]}
    assert len(items) == len(feed["items"]) == 6
    for item in feed["items"]:
        ext = item["_breachguard"]
        assert ext["severity"] in SEVERITIES
        assert ext["status"] in STATUSES
        assert set(ext["actions"]) <= ACTIONS
        assert ext["components"] and all(isinstance(c, str) for c in ext["components"])
        assert _time(item["date_published"]) <= generated
        if "date_modified" in item:
            assert _time(item["date_modified"]) >= _time(item["date_published"])
        for reference in ("supersedes", "correction_of"):
            if reference in ext:
                assert ext[reference] in items
        assert set(ext["translations"]) == {"de", "nb"}
        for text in ext["translations"].values():
            assert set(text) == {"title", "content_text"}
            assert text["title"] and text["content_text"]
            assert text["title"] != item["title"]


def test_feed_tells_both_incidents(exchange, http):
    feed = loads_strict(_fetch(http, exchange)[0].content)
    items = {item["id"]: item for item in feed["items"]}
    reset = items["dx-2fa-reset"]
    assert reset["_breachguard"]["severity"] == "critical"
    assert reset["_breachguard"]["actions"] == ["reenroll_2fa"]
    assert "funds are safe" in reset["content_text"]
    wrong_email = items["dx-wrong-login-email"]
    assert wrong_email["_breachguard"]["actions"] == ["verify_login_email"]
    assert "one account per phone number" in wrong_email["content_text"]

    halt = items["dx-trading-halt"]
    next_update = _time(halt["_breachguard"]["next_update_at"])
    assert f"Updated {_time(halt['date_modified']):%H:%M} UTC" in halt["content_text"]
    assert f"More information will follow at {next_update:%H:%M} UTC" in halt["content_text"]
    update = items["dx-trading-update"]
    assert update["_breachguard"]["supersedes"] == "dx-trading-halt"
    assert _time(update["date_published"]) == next_update  # the promise was kept
    correction = items["dx-trading-correction"]
    assert correction["_breachguard"]["correction_of"] == "dx-trading-update"
    assert correction["title"].startswith("Correction:")
    assert "does not cover" in items["dx-insurer-clarification"]["content_text"]
    assert "Korrektur" in correction["_breachguard"]["translations"]["de"]["title"]
    assert "Rettelse" in correction["_breachguard"]["translations"]["nb"]["title"]


def test_items_are_newest_first(exchange, http):
    feed = loads_strict(_fetch(http, exchange)[0].content)
    stamps = [_time(i.get("date_modified", i["date_published"])) for i in feed["items"]]
    assert stamps == sorted(stamps, reverse=True)


def test_same_clock_gives_the_same_feed(make_exchange, clock, http):
    first, second = make_exchange(clock=clock), make_exchange(clock=clock)
    a = loads_strict(_fetch(http, first)[0].content)
    b = loads_strict(_fetch(http, second)[0].content)
    for feed in (a, b):  # only the URLs differ (two ports)
        for key in ("home_page_url", "feed_url"):
            del feed[key]
    assert a == b


def test_our_verifier_accepts_the_served_signature(exchange, http):
    feed, signature = _fetch(http, exchange)
    profile = profile_from_dict(exchange.profile_dict(), origin=ProfileOrigin.BUILT_IN)
    keys = profile.feeds[0].parsed_keys()
    verified = minisign.verify(feed.content, signature.content, keys)
    assert verified.key_id_hex == demo_signer().key_id_hex
    assert "file:feed.json" in verified.trusted_comment
    tampered = feed.content.replace(b"Trading halted", b"Trading resumed", 1)
    with pytest.raises(minisign.SignatureError):
        minisign.verify(tampered, signature.content, keys)


@pytest.mark.skipif(shutil.which("minisign") is None, reason="the minisign CLI is not installed")
def test_real_minisign_verifies_the_served_signature(exchange, http, tmp_path: Path):
    feed, signature = _fetch(http, exchange)
    (tmp_path / "feed.json").write_bytes(feed.content)
    (tmp_path / "feed.json.minisig").write_bytes(signature.content)
    result = subprocess.run(
        ["minisign", "-V", "-P", public_key_base64(), "-m", str(tmp_path / "feed.json")],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Signature and comment signature verified" in result.stdout
    (tmp_path / "feed.json").write_bytes(feed.content + b" ")
    tampered = subprocess.run(
        ["minisign", "-V", "-P", public_key_base64(), "-m", str(tmp_path / "feed.json")],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert tampered.returncode != 0


@pytest.mark.skipif(shutil.which("minisign") is None, reason="the minisign CLI is not installed")
def test_our_signer_matches_minisign_for_a_fresh_key(tmp_path: Path):
    # A key other than the demo key, to show the signer is not tuned to one constant.
    signer = MinisignSigner(bytes(range(32)), b"\x01\x02\x03\x04\x05\x06\x07\x08")
    data = "Trading halted — Handel ausgesetzt — Handelen er stanset\n".encode()
    (tmp_path / "notice.txt").write_bytes(data)
    (tmp_path / "notice.txt.minisig").write_bytes(signer.sign(data, "timestamp:1\tfile:x"))
    (tmp_path / "key.pub").write_text(signer.public_key_file())
    result = subprocess.run(
        ["minisign", "-V", "-p", str(tmp_path / "key.pub"), "-m", str(tmp_path / "notice.txt")],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "timestamp:1\tfile:x" in result.stdout


def test_signer_refuses_multi_line_comments():
    with pytest.raises(ValueError, match="single line"):
        demo_signer().sign(b"x", "one\ntwo")


def test_conditional_get_answers_304(exchange, http):
    url = exchange.base_url + "/notices/feed.json"
    first = http.get(url, timeout=5)
    etag, last_modified = first.headers["ETag"], first.headers["Last-Modified"]
    by_etag = http.get(url, headers={"If-None-Match": etag}, timeout=5)
    assert by_etag.status_code == 304 and by_etag.content == b""
    assert by_etag.headers["ETag"] == etag
    by_date = http.get(url, headers={"If-Modified-Since": last_modified}, timeout=5)
    assert by_date.status_code == 304
    older = formatdate(exchange.feed().last_modified - 60, usegmt=True)
    assert http.get(url, headers={"If-Modified-Since": older}, timeout=5).status_code == 200
    other_etag = http.get(url, headers={"If-None-Match": '"nope"'}, timeout=5)
    assert other_etag.status_code == 200 and other_etag.content == first.content
    garbage = http.get(url, headers={"If-Modified-Since": "yesterday-ish"}, timeout=5)
    assert garbage.status_code == 200


def test_republishing_bumps_the_sequence_and_the_etag(exchange, http):
    url = exchange.base_url + "/notices/feed.json"
    first = http.get(url, timeout=5)
    exchange.republish_feed()
    second = http.get(url, headers={"If-None-Match": first.headers["ETag"]}, timeout=5)
    assert second.status_code == 200
    assert loads_strict(second.content)["_breachguard"]["sequence"] == 2
    signature = http.get(url + ".minisig", timeout=5).content
    keys = (minisign.parse_public_key(exchange.public_key_base64()),)
    minisign.verify(second.content, signature, keys)


def test_feed_is_re_signed_before_it_expires(exchange, http, clock):
    url = exchange.base_url + "/notices/feed.json"
    first = loads_strict(http.get(url, timeout=5).content)["_breachguard"]
    clock.advance(6 * 3600)
    later = loads_strict(http.get(url, timeout=5).content)["_breachguard"]
    assert later["sequence"] == first["sequence"] + 1
    assert _time(later["expires_at"]) - _time(first["expires_at"]) == timedelta(hours=6)
