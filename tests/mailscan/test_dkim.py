"""BreachGuard's own DKIM check of the headers, with keys from a real DNS server."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from breachguard.core.mailscan.dkimcheck import (
    FAILED,
    UNCHECKED,
    UNSIGNED,
    VERIFIED,
    DkimVerifier,
)
from breachguard.core.mailscan.verdicts import (
    DKIM_SIGNATURE_UNVERIFIED,
    DKIM_VERIFIED_HEADERS,
    FROM_HEADER_ONLY,
    MailTally,
)
from tests.mailscan.dkimgen import (
    SIGNER,
    DnsServer,
    Keys,
    dns_server,
    header_block,
    make_keys,
    signed,
)
from tests.mailscan.mailgen import OFFICIAL, mbox
from tests.mailscan.test_cli import cli_env, mail_scan

__all__ = ["cli_env", "dns_server"]  # fixtures


@pytest.fixture(scope="module")
def keys() -> Keys:
    return make_keys()


def verifier(server: DnsServer, **options: float) -> DkimVerifier:
    return DkimVerifier(OFFICIAL, nameserver=("127.0.0.1", server.port), **options)  # type: ignore[arg-type]


@pytest.fixture
def published(dns_server: DnsServer, keys: Keys) -> DnsServer:
    dns_server.publish("s1", SIGNER, keys.rsa_record)
    dns_server.publish("ed", SIGNER, keys.ed_record)
    return dns_server


@pytest.mark.parametrize(("selector", "ed"), [("s1", False), ("ed", True)])
def test_a_valid_signature_is_verified(
    published: DnsServer, keys: Keys, selector: str, ed: bool
) -> None:
    raw = signed(keys, selector=selector, ed=ed)
    assert verifier(published).check(header_block(raw)).status == VERIFIED
    tally = MailTally(OFFICIAL, verifier=verifier(published))
    tally.add_block(header_block(raw))
    [address] = tally.report().addresses
    assert (address.evidence, address.dkim_failed) == (DKIM_VERIFIED_HEADERS, 0)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (b"To: alice@home.example", b"To: mallory@home.example"),
        (b"From: Demo Exchange <no-reply@", b"From: Demo Exchange Support <no-reply@"),
    ],
)
@pytest.mark.parametrize("ed", [False, True])
def test_a_header_changed_after_signing_fails(
    published: DnsServer, keys: Keys, old: bytes, new: bytes, ed: bool
) -> None:
    raw = signed(keys, selector="ed" if ed else "s1", ed=ed)
    assert old in raw
    tampered = raw.replace(old, new)
    assert verifier(published).check(header_block(tampered)).status == FAILED
    tally = MailTally(OFFICIAL, verifier=verifier(published))
    tally.add_block(header_block(tampered))
    [address] = tally.report().addresses
    assert (address.evidence, address.dkim_failed) == (FROM_HEADER_ONLY, 1)


def test_a_changed_body_does_not_fail_because_the_body_is_never_read(
    published: DnsServer, keys: Keys
) -> None:
    raw = signed(keys)
    head, body = raw.split(b"\r\n\r\n", 1)
    tampered = head + b"\r\n\r\n" + body.replace(b"statement", b"refund link")
    assert tampered != raw
    # Honest limit: only the headers are checked, so a different body passes.
    assert verifier(published).check(header_block(tampered)).status == VERIFIED


def test_a_key_no_longer_published_cannot_be_checked(dns_server: DnsServer, keys: Keys) -> None:
    dns_server.publish("revoked", SIGNER, b"v=DKIM1; k=rsa; p=")
    check = verifier(dns_server)
    for selector in ("s1", "revoked"):  # NXDOMAIN, then an empty p=
        result = check.check(header_block(signed(keys, selector=selector)))
        assert result.status == UNCHECKED
        assert "no longer published" in result.reason
    tally = MailTally(OFFICIAL, verifier=verifier(dns_server))
    tally.add_block(header_block(signed(keys)))
    [address] = tally.report().addresses
    assert (address.evidence, address.dkim_failed) == (DKIM_SIGNATURE_UNVERIFIED, 0)
    assert tally.verifier is not None
    assert list(tally.verifier.unchecked) == [
        "the signing key is no longer published (keys are replaced over time)"
    ]


def test_a_silent_dns_server_cannot_check_within_the_deadline(
    published: DnsServer, keys: Keys
) -> None:
    published.silent = True
    check = verifier(published, lifetime=0.5)
    start = time.monotonic()
    result = check.check(header_block(signed(keys)))
    elapsed = time.monotonic() - start
    assert result == result.__class__(UNCHECKED, "the DNS server did not answer in time")
    assert elapsed < 2.0
    assert published.queries  # it was asked, and said nothing


def test_a_lookalike_signature_is_not_trusted(published: DnsServer, keys: Keys) -> None:
    fake = "demo-exchange-security.example"
    published.publish("s1", fake, keys.rsa_record)
    raw = signed(keys, domain=fake, sender=f"Demo Exchange <no-reply@{SIGNER}>")
    check = verifier(published)
    assert check.check(header_block(raw)).status == UNSIGNED
    assert check.lookups == 0  # not even looked up
    tally = MailTally(OFFICIAL, verifier=check)
    tally.add_block(header_block(raw))
    [address] = tally.report().addresses
    assert address.evidence == FROM_HEADER_ONLY


def test_rsa_sha1_is_refused_as_weak(published: DnsServer, keys: Keys) -> None:
    raw = signed(keys, algorithm=b"rsa-sha1")
    result = verifier(published).check(header_block(raw))
    assert result.status == UNCHECKED
    assert "rsa-sha1" in result.reason and "weak" in result.reason


def test_lookups_are_cached_and_capped(published: DnsServer, keys: Keys) -> None:
    for number in range(5):
        published.publish(f"k{number}", SIGNER, keys.rsa_record)
    check = verifier(published, max_lookups=3)
    results = [
        check.check(header_block(signed(keys, selector=f"k{number % 5}"))).status
        for number in range(20)
    ]
    assert check.lookups == 3
    assert sum(published.queries.values()) == 3
    assert all(count == 1 for count in published.queries.values())
    assert results.count(VERIFIED) == 12  # k0..k2, four messages each
    assert results.count(UNCHECKED) == 8
    assert any("limit of 3 key lookups" in reason for reason in check.unchecked)


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        (b"v=DKIM1; k=rsa; p=" + b"A" * 20000, "too large"),
        (b"v=DKIM1; k=rsa; p=!!!not-base64!!!", "unreadable"),
        (b"v=DKIM1; k=rsa; p=" + b"QUJD" * 40, "unreadable"),
        (b"\x00\xff garbage ;;; ===", "unreadable"),
    ],
)
def test_a_hostile_key_record_cannot_be_checked(
    dns_server: DnsServer, keys: Keys, record: bytes, reason: str
) -> None:
    dns_server.publish("s1", SIGNER, record)
    start = time.monotonic()
    result = verifier(dns_server, lifetime=1.0).check(header_block(signed(keys)))
    assert result.status == UNCHECKED
    assert reason in result.reason
    assert time.monotonic() - start < 3.0


def test_without_a_verifier_the_tally_stays_offline(published: DnsServer, keys: Keys) -> None:
    tally = MailTally(OFFICIAL)
    tally.add_block(header_block(signed(keys)))
    [address] = tally.report().addresses
    assert address.evidence == DKIM_SIGNATURE_UNVERIFIED
    assert not published.queries


def test_cli_verifies_with_the_given_dns_server(
    published: DnsServer, keys: Keys, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    good = signed(keys)
    forged = signed(keys, selector="ed", ed=True).replace(
        b"alice@home.example", b"bob@home.example"
    )
    unknown = signed(keys, selector="gone", to="carol@home.example")
    path = tmp_path / "mbox"
    path.write_bytes(mbox([good, forged, unknown]))
    server = f"127.0.0.1:{published.port}"
    result = mail_scan(
        "--mbox", str(path), "--json", "--verify-dkim", "--dns-server", server, env=cli_env
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    by_address = {entry["address"]: entry for entry in report["addresses"]}
    assert by_address["alice@home.example"]["evidence"] == DKIM_VERIFIED_HEADERS
    assert by_address["bob@home.example"]["dkim_failed"] == 1
    assert by_address["carol@home.example"]["evidence"] == DKIM_SIGNATURE_UNVERIFIED
    assert report["likely_login_email"]["address"] == "alice@home.example"
    assert "the message body was not read" in report["likely_login_email"]["why"]
    assert report["dkim_verification"] == {
        "body_checked": False,
        "key_lookups": 3,
        "cannot_check": {"the signing key is no longer published (keys are replaced over time)": 1},
    }
    text = mail_scan("--mbox", str(path), "--verify-dkim", "--dns-server", server, env=cli_env)
    assert "possibly forged" in text.stdout
    assert "DKIM signature not checked for 1 message(s)" in text.stdout
    offline = mail_scan("--mbox", str(path), "--json", env=cli_env)
    assert "dkim_verification" not in json.loads(offline.stdout)


def test_cli_refuses_a_dns_server_that_is_not_an_address(cli_env: dict[str, str]) -> None:
    result = mail_scan("--mbox", "x", "--verify-dkim", "--dns-server", "dns.example", env=cli_env)
    assert result.returncode == 2
    assert "IP[:PORT]" in result.stderr


def test_cli_refuses_a_dns_server_without_verification(cli_env: dict[str, str]) -> None:
    result = mail_scan("--mbox", "x", "--dns-server", "127.0.0.1", env=cli_env)
    assert result.returncode == 2
    assert "only used with --verify-dkim" in result.stderr


def test_a_key_of_another_kind_is_not_called_forged(dns_server: DnsServer, keys: Keys) -> None:
    dns_server.publish("s1", SIGNER, keys.ed_record)  # an rsa-sha256 signature, an ed25519 key
    result = verifier(dns_server).check(header_block(signed(keys)))
    assert result == result.__class__(
        UNCHECKED, "the published key is of another kind than the signature"
    )


def test_an_expired_signature_cannot_be_checked(published: DnsServer, keys: Keys) -> None:
    raw = signed(keys).replace(b"v=1; ", b"v=1; x=1000000000; ", 1)
    result = verifier(published).check(header_block(raw))
    assert result == result.__class__(UNCHECKED, "the signature's expiry date (x=) has passed")
    assert not published.queries  # refused before any lookup
