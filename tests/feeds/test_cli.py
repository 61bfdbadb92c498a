"""``breachguard notices`` against the Demo Exchange and a saved Statuspage payload."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from pytest_httpserver import HTTPServer

from breachguard.core.feeds.cli import main
from breachguard.core.provider import ProfileOrigin, profile_from_dict
from breachguard.demo.signer import MinisignSigner, demo_signer
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
    assert "Demo Exchange status page [Unverified (TLS only)]" in out
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
    assert "[Unverified (TLS only)]" in out


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
    key = demo_signer().public_key_base64()
    url = "https://status.example/api/v2/summary.json"
    code, _out, err = run(["--feed", url, "--format", "statuspage", "--public-key", key], tmp_path)
    assert code == 2 and "not signed" in err
    saved = tmp_path / "feed.json"
    saved.write_bytes(b'{"version": "https://jsonfeed.org/version/1.1"}')
    code, _out, err = run(["--feed", str(saved), "--format", "jsonfeed"], tmp_path)
    assert code == 2 and "Statuspage" in err
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


PLAIN_FEED = {
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Example Exchange blog",
    "items": [
        {
            "id": "2026-03-14-login",
            "title": "Login trouble this morning",
            "content_html": "<p>Some customers could not sign in.<br />Fixed at 10:00.</p>",
            "date_published": "2026-03-14T09:00:00Z",
            # Claims in an unsigned feed: read as content, never as actions.
            "_breachguard": {"severity": "critical", "actions": ["reenroll_2fa"]},
        }
    ],
}


def test_a_plain_json_feed_is_read_without_a_key_and_never_verified(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    httpserver.expect_request("/feed.json").respond_with_json(PLAIN_FEED)
    url = httpserver.url_for("/feed.json")
    code, out, err = run(["--feed", url, "--format", "jsonfeed", "--json"], tmp_path)
    assert (code, err) == (0, "")
    [source] = json.loads(out)
    assert source["verified"] is False and source["signed_by_key"] is None
    assert source["format"] == "jsonfeed"
    [notice] = source["notices"]
    assert notice["verified"] is False and notice["actions"] == []
    assert notice["body"] == "Some customers could not sign in.\nFixed at 10:00."
    code, out, err = run(["--feed", url, "--format", "jsonfeed"], tmp_path)
    assert (code, err) == (0, "")
    assert f"{url} [Unverified (TLS only)]" in out
    assert "Login trouble this morning" in out


def test_statuspage_json_carries_windows_components_and_affected(tmp_path: Path) -> None:
    saved = tmp_path / "summary.json"
    saved.write_text(
        json.dumps(
            {
                "page": {"id": "p1", "name": "Example status"},
                "components": [
                    {"id": "c1", "name": "Login", "status": "major_outage", "group_id": "g1"},
                    {"id": "g1", "name": "Accounts", "group": True, "components": ["c1"]},
                ],
                "incidents": [],
                "scheduled_maintenances": [
                    {
                        "id": "m1",
                        "name": "Database upgrade",
                        "status": "scheduled",
                        "impact": "maintenance",
                        "created_at": "2026-02-10T09:00:00Z",
                        "scheduled_for": "2026-02-15T00:00:00Z",
                        "scheduled_until": "2026-02-15T01:00:00Z",
                        "incident_updates": [
                            {
                                "status": "scheduled",
                                "body": "Trading stops.<br />Withdrawals too.",
                                "created_at": "2026-02-10T09:00:00Z",
                                "affected_components": [
                                    {
                                        "code": "c1",
                                        "name": "Login",
                                        "new_status": "under_maintenance",
                                    }
                                ],
                            }
                        ],
                    }
                ],
            }
        )
    )
    code, out, _err = run(["--feed", str(saved), "--json"], tmp_path)
    assert code == 0
    [source] = json.loads(out)
    assert source["components"] == [
        {"id": "c1", "name": "Login", "status": "major_outage", "group": "Accounts"}
    ]
    [notice] = source["notices"]
    assert notice["kind"] == "maintenance"
    assert notice["window_start"] == "2026-02-15T00:00:00+00:00"
    assert notice["window_end"] == "2026-02-15T01:00:00+00:00"
    assert notice["body"] == "Trading stops.\nWithdrawals too."
    assert notice["updates"][0]["affected"] == [
        {"component": "Login", "status": "under_maintenance"}
    ]
    code, out, _err = run(["--feed", str(saved)], tmp_path)
    assert "component Accounts / Login: major_outage" in out
    assert "planned 2026-02-15T00:00:00+00:00 to 2026-02-15T01:00:00+00:00" in out
