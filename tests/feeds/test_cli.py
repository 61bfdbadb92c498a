"""``breachguard notices`` against the Demo Exchange and a saved Statuspage payload."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from pytest_httpserver import HTTPServer

from breachguard.core.feeds.cli import main
from breachguard.core.provider import ProfileOrigin, profile_from_dict
from breachguard.demo.signer import MinisignSigner
from tests.feeds.conftest import feed_bytes, item


def run(args: list[str], tmp_path: Path, **kwargs: Any) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(args, stdout=out, stderr=err, data_dir=tmp_path, **kwargs)
    return code, out.getvalue(), err.getvalue()


def test_provider_mode_against_the_demo(demo_exchange: Any, tmp_path: Path) -> None:
    profile = profile_from_dict(demo_exchange.profile_dict(), origin=ProfileOrigin.BUILT_IN)
    code, out, err = run(
        ["--provider", "demo-exchange"], tmp_path, find_provider={"demo-exchange": profile}.get
    )
    assert (code, err) == (0, "")
    assert f"Demo Exchange notices [verified, key {demo_exchange.signer.key_id_hex}]" in out
    assert "Demo Exchange status page [unverified (TLS only)]" in out
    assert "CRITICAL" in out and "correction of dx-trading-update" in out


def test_json_output_of_the_demo_feed(demo_exchange: Any, tmp_path: Path) -> None:
    url = demo_exchange.base_url + "/notices/feed.json"
    code, out, _err = run(
        ["--feed", url, "--public-key", demo_exchange.public_key_base64(), "--json"], tmp_path
    )
    assert code == 0
    [source] = json.loads(out)
    assert source["verified"] and source["sequence"] >= 1
    reset = next(n for n in source["notices"] if n["id"] == "dx-2fa-reset")
    assert reset["actions"] == ["reenroll_2fa"]
    assert set(reset["translations"]) == {"de", "nb"}


def test_saved_statuspage_payload(demo_exchange: Any, tmp_path: Path) -> None:
    from breachguard.core.http import HttpClient

    saved = tmp_path / "summary.json"
    saved.write_bytes(HttpClient().get(demo_exchange.base_url + "/api/v2/summary.json").body)
    code, out, err = run(["--feed", str(saved)], tmp_path)
    assert (code, err) == (0, "")
    assert "[unverified (TLS only)]" in out


def test_a_wrong_key_fails_with_one_line(
    httpserver: HTTPServer, signer: MinisignSigner, tmp_path: Path, minisign_cli: Any
) -> None:
    body = feed_bytes([item("x")])
    httpserver.expect_request("/feed.json").respond_with_data(body)
    httpserver.expect_request("/feed.json.minisig").respond_with_data(signer.sign(body, "t"))
    code, _out, err = run(
        ["--feed", httpserver.url_for("/feed.json"), "--public-key", minisign_cli.public_key],
        tmp_path,
    )
    assert code == 1
    assert err.count("\n") == 1 and "does not trust" in err


def test_usage_errors(tmp_path: Path) -> None:
    assert (
        run(["--feed", "https://status.example/feed.json", "--format", "jsonfeed"], tmp_path)[0]
        == 2
    )
    code, _out, err = run(["--provider", "nobody"], tmp_path)
    assert code == 1 and "no provider with id 'nobody'" in err
    code, _out, err = run(["--feed", str(tmp_path / "missing.json")], tmp_path)
    assert code == 1 and "cannot read" in err


def test_json_offers_no_actions_from_an_expired_feed(
    httpserver: HTTPServer, signer: MinisignSigner, tmp_path: Path
) -> None:
    body = feed_bytes([item("replayed")], expires="2026-03-14T20:00:00Z")
    httpserver.expect_request("/feed.json").respond_with_data(body)
    httpserver.expect_request("/feed.json.minisig").respond_with_data(signer.sign(body, "t"))
    url, key = httpserver.url_for("/feed.json"), signer.public_key_base64()
    code, out, _err = run(["--feed", url, "--public-key", key, "--json"], tmp_path)
    assert code == 0  # read and verified, if out of date
    [source] = json.loads(out)
    assert source["verified"] and source["stale"]
    assert source["notices"][0]["actions"] == []  # as in the window: no buttons
