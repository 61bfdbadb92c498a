"""``breachguard mail-scan`` as scripts run it: a real process, JSON, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.mailscan import dovecot as imap_mail
from tests.mailscan.mailgen import mbox, message, write_maildir
from tests.mailscan.test_verdicts import LOGIN, PHISHED, three_mailboxes
from tests.support.terminal import Terminal

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cli_env(hermetic_home: Path, tmp_path: Path) -> dict[str, str]:
    return {
        "BREACHGUARD_HOME": str(hermetic_home),
        "HOME": str(tmp_path / "user-home"),
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(ROOT),
    }


def mail_scan(*args: str, env: dict[str, str], input: str = "") -> subprocess.CompletedProcess[str]:
    """Standard input is a pipe holding ``input`` (never the terminal pytest runs on)."""
    return subprocess.run(
        [sys.executable, "-m", "breachguard", "mail-scan", *args],
        input=input,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def test_the_login_mailbox_as_json(tmp_path: Path, cli_env: dict[str, str]) -> None:
    login, _phishing, _neither = three_mailboxes(tmp_path)
    result = mail_scan("--mbox", str(login), "--json", env=cli_env)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["provider"] == "demo-exchange"
    assert report["sender_domains"] == ["demo-exchange.example", "mail.demo-exchange.example"]
    assert report["likely_login_email"]["address"] == LOGIN
    assert report["likely_login_email"]["evidence"] == "dkim_pass"
    assert "confirmed" in report["likely_login_email"]["why"]
    assert report["messages"] == {
        "read": 4,
        "skipped": 0,
        "skipped_reasons": {},
        "without_sender": 0,
    }
    [entry] = report["addresses"]
    assert entry == {
        "address": LOGIN,
        "official_count": 4,
        "first": "2025-12-01T08:00:00+00:00",
        "latest": "2025-12-03T08:00:00+00:00",
        "official_undated": 1,
        "evidence": "dkim_pass",
        "dkim_failed": 0,
        "lookalike": [],
    }


def test_phishing_only_and_neither_exit_1(tmp_path: Path, cli_env: dict[str, str]) -> None:
    _login, phishing, neither = three_mailboxes(tmp_path)
    result = mail_scan("--mbox", str(phishing), "--json", env=cli_env)
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["likely_login_email"] is None
    [entry] = report["addresses"]
    assert entry["address"] == PHISHED and entry["evidence"] is None
    assert entry["lookalike"] == [
        {"domain": "dem0-exchange.example", "count": 2},
        {"domain": "demo-exchange-security.example", "count": 1},
    ]
    text = mail_scan("--mbox", str(phishing), env=cli_env)
    assert text.returncode == 1
    assert "look-alike sender dem0-exchange.example: 2 (phishing" in text.stdout
    assert mail_scan("--mbox", str(neither), env=cli_env).returncode == 1


def test_hostile_mailbox_is_read_to_the_end(tmp_path: Path, cli_env: dict[str, str]) -> None:
    hostile = [
        b"Delivered-To: a@home.example\nFrom: =?utf-8?q?x=40demo-exchange.example?=\nDate: \xff\n",
        message(to="a@home.example", extra=["X-Big: " + "z" * (2 * 1024 * 1024)]),
        message(to="a@home.example", newline="\r\n", signed_by="demo-exchange.example"),
        b"From: \xc3\xa9\xff <b@demo-exchange.example>\nthis is no header\nDelivered-To: a@home.example\n"
        b"\nSecret body\nFrom a body line\n",
        message(to="a@home.example", body="Hi\n\nFrom the desk of the CEO\nsend coins\n"),
    ]
    path = tmp_path / "hostile"
    path.write_bytes(mbox(hostile)[:-40])  # and cut off in the last body
    result = mail_scan("--mbox", str(path), "--json", env=cli_env)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["messages"]["read"] == 4
    assert report["messages"]["skipped_reasons"] == {"oversized": 1}
    entry = report["addresses"][0]
    assert entry["evidence"] == "dkim_signature_unverified"
    # The malformed line ends that header block early: its Delivered-To is lost.
    assert entry["official_count"] == 2
    assert report["addresses"][1]["address"] is None
    assert "Secret" not in result.stdout + result.stderr


def test_maildir_and_eml_dir(tmp_path: Path, cli_env: dict[str, str]) -> None:
    root = write_maildir(tmp_path / "Maildir", [message(to=LOGIN)])
    result = mail_scan("--maildir", str(root), "--json", env=cli_env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["addresses"][0]["evidence"] == "from_header_only"
    (tmp_path / "eml").mkdir()
    (tmp_path / "eml" / "a.eml").write_bytes(message(to=LOGIN))
    assert mail_scan("--eml-dir", str(tmp_path / "eml"), env=cli_env).returncode == 0


def test_thunderbird_from_the_home_folder(tmp_path: Path, cli_env: dict[str, str]) -> None:
    root = Path(cli_env["HOME"]) / ".thunderbird"
    inbox = root / "x.default" / "Mail" / "Local Folders"
    inbox.mkdir(parents=True)
    (inbox / "Inbox").write_bytes(mbox([message(to=LOGIN)]))
    (inbox / "Inbox.msf").write_bytes(b"")
    (inbox / "Junk").write_bytes(b"not an mbox\n")
    (root / "profiles.ini").write_text("[Profile0]\nPath=x.default\nIsRelative=1\n")
    result = mail_scan("--thunderbird", "--json", env=cli_env)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["likely_login_email"]["address"] == LOGIN
    assert [s.get("error") is None for s in report["stores"]] == [True, False]
    assert "Junk" in result.stderr and "not an mbox" in result.stderr
    profile = mail_scan("--thunderbird", str(root / "x.default"), env=cli_env)
    assert profile.returncode == 0, profile.stderr


def test_evolution_local_and_cached_folders(tmp_path: Path, cli_env: dict[str, str]) -> None:
    home = Path(cli_env["HOME"])
    assert mail_scan("--evolution", env=cli_env).returncode == 2  # nothing there yet
    write_maildir(home / ".local/share/evolution/mail/local", [message(to=PHISHED)])
    cached = home / ".cache/evolution/mail/1700000000.1@host/folders/INBOX/cur/3f"
    cached.mkdir(parents=True)
    (cached / "101").write_bytes(message(to=LOGIN))
    (cached / "102").write_bytes(message(to=LOGIN))
    result = mail_scan("--evolution", "--json", env=cli_env)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["likely_login_email"]["address"] == LOGIN
    assert [s["kind"] for s in report["stores"]] == ["maildir", "cached"]
    counts = {entry["address"]: entry["official_count"] for entry in report["addresses"]}
    assert counts[LOGIN] == 2 and counts[PHISHED] == 1


@pytest.mark.parametrize("case", ["missing", "folder", "fifo", "device", "loop", "no-mbox"])
def test_errors_exit_2_with_one_line(case: str, tmp_path: Path, cli_env: dict[str, str]) -> None:
    path = tmp_path / case
    if case == "folder":
        path.mkdir()
    elif case == "fifo":
        os.mkfifo(path)
    elif case == "device":
        path = Path("/dev/zero")
    elif case == "loop":
        path.symlink_to(path)
    elif case == "no-mbox":
        path.write_bytes(b"Subject: private\n\nhello\n")
    result = mail_scan("--mbox", str(path), env=cli_env)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("mail-scan: ") and result.stderr.count("\n") == 1
    assert "private" not in result.stderr


def test_other_errors_exit_2(tmp_path: Path, cli_env: dict[str, str]) -> None:
    for args in (
        ["--thunderbird"],  # no profile in the home folder
        ["--thunderbird", str(tmp_path)],
        ["--maildir", str(tmp_path)],
        ["--mbox", str(tmp_path / "x"), "--provider", "no-such-exchange"],
        ["--mbox", str(tmp_path / "x"), "--provider", str(tmp_path / "missing.json")],
        [],
    ):
        result = mail_scan(*args, env=cli_env)
        assert result.returncode == 2, args
        assert result.stderr.strip(), args


def test_a_provider_file(tmp_path: Path, cli_env: dict[str, str]) -> None:
    profile = ROOT / "resources/profiles/example-exchange.json"
    domains = json.loads(profile.read_text())["sender_domains"]
    path = tmp_path / "box"
    path.write_bytes(mbox([message(to=LOGIN, sender=f"news@{domains[0]}")]))
    result = mail_scan("--mbox", str(path), "--provider", str(profile), "--json", env=cli_env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["likely_login_email"]["address"] == LOGIN
    assert mail_scan("--mbox", str(path), env=cli_env).returncode == 1  # not the demo's mail


# -- IMAP, against the real Dovecot of conftest.py -------------------------------------------


def test_imap_finds_the_login_email(dovecot: imap_mail.Dovecot, cli_env: dict[str, str]) -> None:
    args = ("--imap", dovecot.target, "--imap-cafile", str(dovecot.cafile), "--json")
    result = mail_scan(*args, env=cli_env, input=dovecot.password + "\n")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    report = json.loads(result.stdout)
    assert report["likely_login_email"]["address"] == imap_mail.LOGIN
    assert report["likely_login_email"]["evidence"] == "dkim_pass"
    by_address = {entry["address"]: entry for entry in report["addresses"]}
    assert set(by_address) == {imap_mail.LOGIN, imap_mail.ARCHIVED}
    assert {d["domain"]: d["count"] for d in by_address[imap_mail.LOGIN]["lookalike"]} == (
        imap_mail.JUNK_LOOKALIKES
    )
    assert report["messages"]["read"] == imap_mail.MATCHING
    assert report["stores"] == [
        {"kind": "imap", "path": f"{dovecot.host}:{dovecot.port}", "user": dovecot.user}
    ]
    assert dovecot.password not in result.stdout
    text = mail_scan(*args[:-1], env=cli_env, input=dovecot.password)  # no line ending
    assert text.returncode == 0, text.stderr
    assert f"Likely login email: {imap_mail.LOGIN}" in text.stdout


def test_imap_wrong_password_exits_2_with_one_line(
    dovecot: imap_mail.Dovecot, cli_env: dict[str, str]
) -> None:
    wrong = "Wr0ng-" + dovecot.password
    result = mail_scan(
        "--imap",
        dovecot.target,
        "--imap-cafile",
        str(dovecot.cafile),
        env=cli_env,
        input=wrong + "\n",
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("mail-scan: ") and result.stderr.count("\n") == 1
    assert "refused the login" in result.stderr
    assert wrong not in result.stderr and "Wr0ng" not in result.stderr


def test_imap_errors_exit_2(
    dovecot: imap_mail.Dovecot, cli_env: dict[str, str], tmp_path: Path
) -> None:
    not_pem = tmp_path / "not-a-ca.pem"
    not_pem.write_text("hello\n")
    cafile = str(dovecot.cafile)
    for args, stdin, reason in (
        # The system's trust store does not know the test CA.
        (["--imap", dovecot.target], dovecot.password, "certificate is not trusted"),
        (["--imap", dovecot.target, "--imap-cafile", cafile], "", "no IMAP password"),
        (["--imap", dovecot.target, "--imap-cafile", cafile], "\nsecond", "no IMAP password"),
        (["--imap", dovecot.target, "--imap-cafile", str(not_pem)], "pw", "no CA certificate"),
        (["--imap", dovecot.target, "--imap-cafile", str(tmp_path / "x")], "pw", "cannot be read"),
        (["--mbox", str(not_pem), "--imap-cafile", cafile], "", "only used with --imap"),
        (["--imap", "no-host-here"], "", "USER@HOST"),
        (["--imap", dovecot.target, "--mbox", str(not_pem)], "", "not allowed with"),
    ):
        result = mail_scan(*args, env=cli_env, input=stdin)
        assert result.returncode == 2, args
        assert reason in result.stderr, (args, result.stderr)
        assert dovecot.password not in result.stderr


def test_imap_asks_for_the_password_on_a_terminal_without_echo(
    dovecot: imap_mail.Dovecot, cli_env: dict[str, str]
) -> None:
    args = ["--imap", dovecot.target, "--imap-cafile", str(dovecot.cafile), "--json"]
    terminal = Terminal([sys.executable, "-m", "breachguard", "mail-scan", *args], cli_env)
    prompt = f"IMAP password for {dovecot.user} at {dovecot.host}: ".encode()
    try:
        terminal.read_until(lambda screen: prompt in screen, 30)
        assert prompt in terminal.screen, terminal.screen
        terminal.type(dovecot.password)
        stdout, stderr = terminal.finish()
    finally:
        terminal.close()
    assert terminal.process.returncode == 0, stderr
    assert json.loads(stdout)["likely_login_email"]["address"] == imap_mail.LOGIN
    assert dovecot.password.encode() not in terminal.screen + stdout + stderr  # no echo
