"""RFC 6238 and RFC 4226 vectors against our own HMAC code."""

from __future__ import annotations

import base64

import pytest

from breachguard.core import totp

SEEDS = {
    "SHA1": b"12345678901234567890",
    "SHA256": b"12345678901234567890123456789012",
    "SHA512": b"1234567890123456789012345678901234567890123456789012345678901234",
}
RFC6238 = [
    (59, "94287082", "46119246", "90693936"),
    (1111111109, "07081804", "68084774", "25091201"),
    (1111111111, "14050471", "67062674", "99943326"),
    (1234567890, "89005924", "91819424", "93441116"),
    (2000000000, "69279037", "90698825", "38618901"),
    (20000000000, "65353130", "77737706", "47863826"),
]
RFC4226 = ["755224", "287082", "359152", "969429", "338314",
           "254676", "287922", "162583", "399871", "520489"]  # fmt: skip


@pytest.mark.parametrize(("when", "sha1", "sha256", "sha512"), RFC6238)
def test_rfc6238_vectors(when: int, sha1: str, sha256: str, sha512: str) -> None:
    for algorithm, expected in (("SHA1", sha1), ("SHA256", sha256), ("SHA512", sha512)):
        code = totp.totp(SEEDS[algorithm], when, digits=8, algorithm=algorithm)
        assert code == expected, algorithm


@pytest.mark.parametrize(("counter", "expected"), list(enumerate(RFC4226)))
def test_rfc4226_vectors(counter: int, expected: str) -> None:
    assert totp.hotp(SEEDS["SHA1"], counter) == expected


def test_sha1_seed_matches_reference_base32() -> None:
    assert base64.b32decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ") == SEEDS["SHA1"]


def test_eighty_bit_secret_gives_codes() -> None:
    secret = base64.b32decode("JBSWY3DPEHPK3PXP")
    assert len(secret) * 8 == 80
    code = totp.totp(secret, 59)
    assert len(code) == 6 and code.isdigit()
    # Same value as pyotp < 2.12 computes for this key (an independent implementation).
    pyotp = pytest.importorskip("pyotp")
    assert code == pyotp.TOTP("JBSWY3DPEHPK3PXP").at(59)


def test_seven_digits_and_lowercase_algorithm() -> None:
    assert totp.totp(SEEDS["SHA256"], 59, digits=7, algorithm="sha256") == "6119246"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"digits": 9}, "6, 7 or 8"),
        ({"algorithm": "MD5"}, "unsupported algorithm"),
        ({"period": 0}, "positive"),
    ],
)
def test_bad_parameters_raise(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        totp.totp(SEEDS["SHA1"], 59, **kwargs)  # type: ignore[arg-type]


def test_empty_secret_and_counter_range() -> None:
    with pytest.raises(ValueError, match="empty"):
        totp.hotp(b"", 0)
    with pytest.raises(ValueError, match="counter"):
        totp.hotp(SEEDS["SHA1"], -1)


@pytest.mark.parametrize(
    ("when", "period", "remaining"), [(0, 30, 30), (29.5, 30, 0.5), (59, 30, 1), (61, 60, 59)]
)
def test_seconds_remaining(when: float, period: int, remaining: float) -> None:
    assert totp.seconds_remaining(when, period) == pytest.approx(remaining)


@pytest.mark.parametrize(
    ("now", "shown"), [(0.0, 30), (0.5, 30), (29.0, 1), (29.7, 1), (30.0, 30), (59.999, 1)]
)
def test_countdown_shows_whole_seconds_never_zero(now: float, shown: int) -> None:
    assert totp.whole_seconds_remaining(now, 30) == shown
