"""Every payload of the real-world feed corpus (``../shared/realworld/feeds``, or the
folder ``$BREACHGUARD_REALWORLD/feeds``), read in-process through the project's own
code and held to the result the corpus expects: Statuspage summaries, incident and
maintenance lists (windows, components, per-update changes, bodies as plain text),
real JSON Feeds (raw, plain, and signed with the real minisign tool on loopback)
and real minisign vectors. The corpus's own runner checks the installed command;
these checks keep the same ground in the suite, case by case."""

from __future__ import annotations

import base64
import io
import json
import os
import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from breachguard.core import minisign
from breachguard.core.feeds import alerts
from breachguard.core.feeds.cli import main as notices_main
from breachguard.core.feeds.jsonfeed import parse_jsonfeed, parse_plain_jsonfeed
from breachguard.core.feeds.model import FeedError, FeedState
from breachguard.core.feeds.statuspage import parse_statuspage
from breachguard.core.feeds.timeparse import parse_rfc3339

ROOT = Path(__file__).resolve().parents[2]


def _corpus() -> Path:
    base = os.environ.get("BREACHGUARD_REALWORLD")
    return (Path(base) if base else ROOT.parent / "shared" / "realworld") / "feeds"


CORPUS = _corpus()
PAYLOADS = CORPUS / "payloads"
CASES: list[dict[str, Any]] = (
    json.loads((CORPUS / "cases.json").read_text(encoding="utf-8"))["cases"]
    if (CORPUS / "cases.json").is_file()
    else []
)
SEVERITY = {"none": "info", "minor": "minor", "major": "major", "critical": "critical"}
SEVERITY["maintenance"] = "info"
CLOSED = {"resolved", "postmortem", "completed"}
TAG = re.compile(r"<\s*/?\s*(br|p|a|div|span|strong|b|i|em|ul|ol|li)\b[^>]*>", re.IGNORECASE)


def cases(*kinds: str) -> list[Any]:
    chosen = [pytest.param(c, id=c["id"]) for c in CASES if c["kind"] in kinds]
    return chosen or [
        pytest.param(None, marks=pytest.mark.skip(reason=f"the corpus is not here ({CORPUS})"))
    ]


def payload(rel: str) -> bytes:
    return (PAYLOADS / rel).read_bytes()


def words(text: Any) -> str:
    return " ".join(str(text or "").split())


def same_time(shown: str | None, raw: Any) -> bool:
    expected = parse_rfc3339(raw)
    if shown is None or expected is None:
        return shown is None and expected is None
    return abs((datetime.fromisoformat(shown) - expected).total_seconds()) < 0.002


def run_cli(args: list[str], tmp_path: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = notices_main(args, stdout=out, stderr=err, data_dir=tmp_path)
    return code, out.getvalue(), err.getvalue()


def latest_update(entry: dict[str, Any]) -> dict[str, Any] | None:
    dated = [
        (parse_rfc3339(u.get("display_at")) or parse_rfc3339(u.get("created_at")), -i, u)
        for i, u in enumerate(entry.get("incident_updates") or [])
    ]
    with_time = [d for d in dated if d[0] is not None]
    if with_time:
        return max(with_time, key=lambda d: (d[0], d[1]))[2]
    return dated[0][2] if dated else None


# -- Statuspage ----------------------------------------------------------------------


def check_statuspage_source(doc: dict[str, Any], source: dict[str, Any]) -> None:
    assert source["error"] is None and source["verified"] is False
    if doc.get("status"):
        assert source["page_indicator"] == doc["status"]["indicator"]
    shown = {n["id"]: n for n in source["notices"]}
    listed = [
        (key, entry)
        for key in ("incidents", "scheduled_maintenances")
        for entry in doc.get(key) or []
    ]
    assert set(shown) == {entry["id"] for _key, entry in listed}
    page_names = {
        c["id"]: words(c["name"]) for c in doc.get("components") or [] if not c.get("group")
    }
    for key, entry in listed:
        notice = shown[entry["id"]]
        assert words(notice["title"]) == words(entry["name"])
        assert notice["status"] == entry["status"]
        assert notice["severity"] == SEVERITY.get(entry.get("impact"), "unknown")
        assert same_time(notice["published"], entry.get("created_at") or entry.get("started_at"))
        if entry.get("updated_at"):
            assert same_time(notice["modified"], entry["updated_at"])
        assert notice["actions"] == [] and notice["verified"] is False
        maintenance = key == "scheduled_maintenances" or entry.get("scheduled_for") is not None
        assert notice["kind"] == ("maintenance" if maintenance else "incident")
        if maintenance:  # the window, not when it was announced
            assert same_time(notice["window_start"], entry.get("scheduled_for"))
            assert same_time(notice["window_end"], entry.get("scheduled_until"))
        updates = entry.get("incident_updates") or []
        assert len(notice["updates"]) == len(updates)
        latest = latest_update(entry)
        body = latest.get("body") if latest else ""
        assert words(TAG.sub(" ", body or "")) == words(notice["body"])  # tags gone, text kept
        for update in notice["updates"]:
            assert not TAG.search(update["text"])
        expected_components = {words(c["name"]) for c in entry.get("components") or []}
        assert set(notice["components"]) == expected_components
        # Named as on the page when the code is a known component (the page says
        # "Deposit"; the update "Deposit And Withdraw - Deposit"), else as written.
        changed = {
            (page_names.get(a.get("code")) or words(a["name"]), a["new_status"])
            for u in updates
            for a in u.get("affected_components") or []
            if a.get("new_status") and not a["name"].lower().startswith("no components")
        }
        got = {(a["component"], a["status"]) for u in notice["updates"] for a in u["affected"]}
        assert got == changed
    check_components_listed(doc, source["components"])


def check_components_listed(doc: dict[str, Any], components: list[dict[str, Any]]) -> None:
    raw = [c for c in doc.get("components") or [] if isinstance(c, dict)]
    groups = {c["id"]: c["name"] for c in raw if c.get("group") is True}
    expected = [
        (c["id"], words(c["name"]), c["status"], groups.get(c.get("group_id")))
        for c in raw
        if c.get("group") is not True
    ]
    assert [(c["id"], c["name"], c["status"], c["group"]) for c in components] == expected


@pytest.mark.parametrize("case", cases("statuspage_cli_file"))
def test_a_saved_status_page_reads_as_expected(case: dict[str, Any], tmp_path: Path) -> None:
    code, out, err = run_cli(["--feed", str(PAYLOADS / case["payload"]), "--json"], tmp_path)
    assert (code, err) == (0, "")
    [source] = json.loads(out)
    check_statuspage_source(json.loads(payload(case["payload"])), source)


@pytest.mark.parametrize("case", cases("statuspage_cli_http"))
def test_a_served_status_page_reads_as_expected(
    case: dict[str, Any], httpserver: HTTPServer, tmp_path: Path
) -> None:
    body = payload(case["payload"])
    path = "/" + case["serve_as"].lstrip("/")  # laid out under the page's real API path
    httpserver.expect_request(path).respond_with_data(body, content_type="application/json")
    url = httpserver.url_for(path)
    code, out, err = run_cli(["--feed", url, "--format", "statuspage", "--json"], tmp_path)
    assert (code, err) == (0, "")
    [source] = json.loads(out)
    check_statuspage_source(json.loads(body), source)


@pytest.mark.parametrize("case", cases("statuspage_api_components"))
def test_every_component_is_kept_with_its_group(case: dict[str, Any]) -> None:
    feed = parse_statuspage(payload(case["payload"]))
    listed = [
        {"id": c.id, "name": c.name, "status": c.status, "group": c.group} for c in feed.components
    ]
    check_components_listed(json.loads(payload(case["payload"])), listed)
    assert not any("components" in w and "only the first" in w for w in feed.warnings)


@pytest.mark.parametrize("case", cases("statuspage_api_alerting"))
def test_only_open_critical_notices_are_alert_worthy(case: dict[str, Any]) -> None:
    raw = payload(case["payload"])
    doc = json.loads(raw)
    feed = parse_statuspage(raw)
    entries = [e for key in ("incidents", "scheduled_maintenances") for e in doc.get(key) or []]
    open_entries = [e for e in entries if e.get("status") not in CLOSED]
    expected = sorted({e["id"] for e in open_entries if e.get("impact") == "critical"})
    assert sorted(n.id for n in feed.notices if alerts.is_alert_worthy(n)) == expected
    state = FeedState("rw", "file", feed.title, "statuspage-v2", signed=False, feed=feed)
    ranks = {"": -1, "info": 0, "minor": 1, "unknown": 2, "major": 3, "critical": 4}
    worst = max(
        (SEVERITY.get(e.get("impact"), "unknown") for e in open_entries), key=ranks.get, default=""
    )
    assert alerts.worst_open_listed([state]) == worst
    # The page is not verified: nothing of it alerts or colours the tray.
    assert alerts.alerting_ids(state, 0.0) == []
    assert alerts.worst_open_severity([state]) == ""


# -- JSON Feed -----------------------------------------------------------------------


def usable_items(doc: dict[str, Any]) -> list[str]:
    ids: list[str] = []
    for entry in doc.get("items") or []:
        if not isinstance(entry, dict):
            continue
        if entry.get("content_text") is None and entry.get("content_html") is None:
            continue
        value = entry.get("id")
        if isinstance(value, bool) or value is None:
            continue
        text = words(str(value))[:200] if isinstance(value, (int, str)) else ""
        if text and text not in ids:
            ids.append(text)
    return ids


@pytest.mark.parametrize("case", cases("jsonfeed_api_raw"))
def test_a_raw_json_feed_is_no_signed_notice_feed(case: dict[str, Any]) -> None:
    raw = payload(case["payload"])
    if case["expect"] == "accepted":
        parse_jsonfeed(raw)
        return
    with pytest.raises(FeedError) as raised:
        parse_jsonfeed(raw)
    if case.get("expect_code"):
        assert raised.value.code == case["expect_code"]
    if raised.value.code != "schema":
        return
    # Missing only the _breachguard block: as a plain JSON Feed it may be read, never verified.
    try:
        plain = parse_plain_jsonfeed(raw)
    except FeedError:
        return  # broken for other reasons too (a version or a field out of spec)
    assert [n.id for n in plain.notices] or not usable_items(json.loads(raw))
    assert set(n.id for n in plain.notices) == set(usable_items(json.loads(raw)))
    assert all(not n.verified and n.actions == () for n in plain.notices)


def with_block(raw: bytes) -> bytes:
    """The real feed with a feed-level _breachguard object put in after its "{"."""
    block = {
        "publisher": "realworld-test",
        "sequence": 1,
        "generated_at": "2026-03-14T09:05:00Z",
        "expires_at": "2099-01-01T00:00:00Z",  # cut to 48 hours by the reader
    }
    start = raw.index(b"{") + 1
    return raw[:start] + b'"_breachguard": ' + json.dumps(block).encode() + b"," + raw[start:]


def minisign_tool(args: list[str], password: str = "") -> None:
    subprocess.run(
        ["minisign", *args], input=(password + "\n").encode(), check=True, capture_output=True
    )


def new_key(directory: Path, name: str) -> tuple[str, Path]:
    pub, sec = directory / f"{name}.pub", directory / f"{name}.key"
    minisign_tool(["-G", "-W", "-f", "-p", str(pub), "-s", str(sec)])
    return pub.read_text().splitlines()[1].strip(), sec


@pytest.mark.parametrize("case", cases("jsonfeed_cli"))
def test_a_real_json_feed_signed_and_served_gets_the_expected_outcome(
    case: dict[str, Any], httpserver: HTTPServer, tmp_path: Path
) -> None:
    if shutil.which("minisign") is None:
        pytest.skip("the minisign command-line tool is not installed")
    raw = payload(case["payload"])
    mode = case.get("mode", "signed")
    feed = tmp_path / "feed.json"
    feed.write_bytes(with_block(raw))
    public, secret = new_key(tmp_path, "main")
    sign = ["-S", "-m", str(feed), "-t", "realworld-test notices"]
    if mode in ("signed", "tampered", "wrong_key", "legacy"):
        minisign_tool([*sign, "-s", str(secret), *(["-l"] if mode == "legacy" else [])])
    elif mode == "vector_key":
        public = (PAYLOADS / case["public_key"]).read_text().splitlines()[1].strip()
        minisign_tool([*sign, "-s", str(PAYLOADS / case["secret_key"])], case.get("password", ""))
    served = feed.read_bytes()
    if mode == "tampered":  # a letter of the last title changed after signing
        at = served.rindex(b'"title"')
        at = served.index(b'"', served.index(b":", at + 7)) + 1
        while not chr(served[at]).isalnum():
            at += 1
        served = served[:at] + (b"Y" if served[at : at + 1] == b"X" else b"X") + served[at + 1 :]
    if mode == "wrong_key":
        public = new_key(tmp_path, "other")[0]
    httpserver.expect_request("/notices/feed.json").respond_with_data(served)
    signature = feed.with_name("feed.json.minisig")
    httpserver.expect_request("/notices/feed.json.minisig").respond_with_data(
        *((signature.read_bytes(),) if signature.exists() else ("not found", 404))
    )
    url = httpserver.url_for("/notices/feed.json")
    args = ["--feed", url, "--format", "jsonfeed", "--public-key", public, "--json"]
    code, out, err = run_cli(args, tmp_path)
    outcome = case["expect_outcome"]
    if outcome.startswith("refused"):
        assert code != 0
        assert not (json.loads(out)[0]["notices"] if out.strip() else [])
        reason = outcome.partition(":")[2].strip().lower()
        assert reason in err.lower()
        return
    assert (code, err) == (0, "")
    [source] = json.loads(out)
    assert source["verified"] is True
    # 2099 is not taken at its word: 48 hours after generated_at, so out of date now.
    assert source["expires_at"] == "2026-03-16T09:05:00+00:00" and source["stale"]
    assert any("at most 48 hours" in w for w in source["warnings"])
    assert all(n["actions"] == [] for n in source["notices"])
    assert [n["id"] for n in source["notices"]] != [] or not usable_items(json.loads(raw))
    assert {n["id"] for n in source["notices"]} == set(usable_items(json.loads(raw)))


# -- minisign vectors ----------------------------------------------------------------


def changed(sig: bytes, data: bytes, how: str | None) -> tuple[bytes, bytes]:
    """A real signature (or its data) with one thing changed, as the case names it."""
    if not how:
        return sig, data
    lines = sig.decode().replace("\r\n", "\n").split("\n")

    def flip(line: int, at: int) -> None:
        raw = bytearray(base64.b64decode(lines[line]))
        raw[at] ^= 0x01
        lines[line] = base64.b64encode(bytes(raw)).decode()

    if how == "flip_data_byte":
        data = bytes([data[0] ^ 0x01]) + data[1:]
    elif how == "append_data_newline":
        data += b"\n"
    elif how == "alter_trusted_comment":
        lines[2] += " (edited)"
    elif how == "alter_global_signature":
        flip(3, 0)
    elif how == "alter_signature_byte":
        flip(1, 20)
    elif how == "prehashed_label_to_legacy":
        raw = bytearray(base64.b64decode(lines[1]))
        raw[0:2] = b"Ed"
        lines[1] = base64.b64encode(bytes(raw)).decode()
    elif how == "global_signature_65_bytes":
        lines[3] = base64.b64encode(bytes(65)).decode()
    elif how == "extra_trailing_line":
        lines = [line for line in lines if line] + ["junk line", ""]
    elif how == "crlf_line_endings":
        return "\r\n".join(lines).encode(), data
    elif how == "trailing_blank_lines":
        return ("\n".join(lines).rstrip("\n") + "\n\n\n").encode(), data
    else:
        raise AssertionError(f"the case names an unknown change: {how}")
    return "\n".join(lines).encode(), data


def pinned(spec: list[str]) -> list[minisign.PublicKey]:
    return [
        minisign.parse_public_key((PAYLOADS / k).read_text() if k.endswith(".pub") else k)
        for k in spec
    ]


def judge(data: bytes, sig: bytes, keys: list[minisign.PublicKey], case: dict[str, Any]) -> None:
    legacy = bool(case.get("allow_legacy"))
    if case["expect"] == "valid":
        result = minisign.verify(data, sig, keys, allow_legacy=legacy)
        if "expect_trusted_comment" in case:
            assert result.trusted_comment == case["expect_trusted_comment"]
        return
    with pytest.raises(minisign.SignatureError) as raised:
        minisign.verify(data, sig, keys, allow_legacy=legacy)
    if case.get("expect_error_contains"):
        assert case["expect_error_contains"] in str(raised.value)
    if case.get("expect_error_not_contains"):
        assert case["expect_error_not_contains"] not in str(raised.value)


@pytest.mark.parametrize("case", cases("minisign"))
def test_a_real_minisign_vector_gets_the_expected_verdict(case: dict[str, Any]) -> None:
    sig, data = changed(payload(case["sig"]), payload(case["data"]), case.get("transform"))
    keys = pinned(case["keys"])
    if case.get("forge_key_id"):  # an attacker's key labelled with the signer's id
        keys = [minisign.PublicKey(key_id=k.key_id, raw=bytes(32 * [7])) for k in keys]
    judge(data, sig, keys, case)


@pytest.mark.parametrize("case", cases("minisign_pubkey"))
def test_a_real_public_key_is_read_or_refused(case: dict[str, Any]) -> None:
    text = (PAYLOADS / case["key"]).read_text() if case["key"].endswith(".pub") else case["key"]
    if case["expect"] == "error":
        with pytest.raises(minisign.SignatureError):
            minisign.parse_public_key(text)
        return
    key = minisign.parse_public_key(text)
    if case.get("expect_key_id"):
        assert key.key_id_hex == case["expect_key_id"]


@pytest.mark.parametrize("case", cases("minisign_sign_with_vector"))
def test_a_signature_made_with_a_real_secret_key_vector(
    case: dict[str, Any], tmp_path: Path
) -> None:
    if shutil.which("minisign") is None:
        pytest.skip("the minisign command-line tool is not installed")
    data = tmp_path / "data.bin"
    data.write_bytes(payload(case["data"]))
    args = ["-S", "-s", str(PAYLOADS / case["secret_key"]), "-m", str(data), "-t", "vector"]
    minisign_tool(args + (["-l"] if case.get("legacy") else []), case.get("password", ""))
    sig = data.with_name("data.bin.minisig").read_bytes()
    judge(data.read_bytes(), sig, pinned([case["public_key"]]), case)


@pytest.mark.parametrize("case", cases("cli_usage"))
def test_a_command_line_misuse_is_refused(case: dict[str, Any], tmp_path: Path) -> None:
    args = [*case["args"][1:], str(PAYLOADS / case["payload"]), *case.get("args_after", [])]
    assert case["args"][0] == "notices"
    code, _out, err = run_cli(args, tmp_path)
    assert code == case["expect_rc"] and case.get("expect_stderr", "") in err
