"""One test (or more) per row of the otpauth parsing policy table."""

from __future__ import annotations

import base64

import pytest

from breachguard.core import otpauth
from breachguard.core.otpauth import OtpUriError, check_issuer, parse_uri

KEY = "JBSWY3DPEHPK3PXP"  # the Key URI spec's own 80-bit example
KEY_160 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
SECRET_160 = b"12345678901234567890"


def uri(label: str = "Demo%20Exchange:alice@example.com", query: str = f"secret={KEY_160}") -> str:
    return f"otpauth://totp/{label}?{query}"


def fails(text: str, code: str) -> OtpUriError:
    with pytest.raises(OtpUriError) as info:
        parse_uri(text)
    assert info.value.code == code, str(info.value)
    assert str(info.value)  # always a human message
    return info.value


# -- label --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "issuer", "account"),
    [
        ("Issuer:acct", "Issuer", "acct"),
        ("Issuer%3Aacct", "Issuer", "acct"),
        ("Issuer%3aacct", "Issuer", "acct"),
        ("Big%20Corp%3A%20alice", "Big Corp", "alice"),
        ("Big%20Corp:%20%20alice%20", "Big Corp", "alice"),
        ("alice%40example.com", "", "alice@example.com"),
    ],
)
def test_label_splits_on_first_colon_and_trims(label: str, issuer: str, account: str) -> None:
    setup = parse_uri(uri(label))
    assert (setup.label_issuer, setup.account) == (issuer, account)


def test_more_than_one_colon_splits_on_first_and_warns() -> None:
    setup = parse_uri(uri("Demo%20Exchange:alice:work"))
    assert setup.issuer == "Demo Exchange"
    assert setup.account == "alice:work"
    assert setup.has_warning(otpauth.EXTRA_COLON)


def test_issuer_parameter_differs_from_label_prefix_is_flagged() -> None:
    setup = parse_uri(uri("Demo%20Exchange:alice", f"secret={KEY_160}&issuer=Other%20Bank"))
    assert setup.has_warning(otpauth.ISSUER_CONFLICT)
    check = check_issuer(setup, ["Demo Exchange"])
    assert check.status == otpauth.ISSUER_CONFLICTING
    assert check.needs_confirmation
    assert "Other Bank" in check.message and "Demo Exchange" in check.message


def test_issuer_parameter_equal_to_label_ignoring_case_is_fine() -> None:
    setup = parse_uri(uri("demo%20exchange:alice", f"secret={KEY_160}&issuer=Demo+Exchange"))
    assert not setup.has_warning(otpauth.ISSUER_CONFLICT)
    assert setup.issuer == "Demo Exchange"
    assert check_issuer(setup, ["Demo Exchange"]).ok


@pytest.mark.parametrize(
    ("issuer", "status"),
    [
        ("Blnance", otpauth.ISSUER_LOOKALIKE),
        ("B1nance", otpauth.ISSUER_LOOKALIKE),
        ("Вinance", otpauth.ISSUER_LOOKALIKE),  # Cyrillic В
        ("Binance Security", otpauth.ISSUER_LOOKALIKE),
        ("Binnance", otpauth.ISSUER_LOOKALIKE),
        ("binance", otpauth.ISSUER_MATCH),
        ("Kraken", otpauth.ISSUER_MISMATCH),
    ],
)
def test_lookalike_issuers(issuer: str, status: str) -> None:
    setup = parse_uri(uri("alice", f"secret={KEY_160}&issuer={issuer}"))
    check = check_issuer(setup, ["Binance"])
    assert check.status == status
    assert check.needs_confirmation == (status != otpauth.ISSUER_MATCH)


def test_demo_exchange_lookalike() -> None:
    setup = parse_uri(uri("Demo%20Exchanqe:alice"))
    check = check_issuer(setup, ("Demo Exchange", "DemoExchange"))
    assert check.status == otpauth.ISSUER_LOOKALIKE
    assert check.closest_expected == "Demo Exchange"
    assert "Demo Exchanqe" in check.message


def test_lookalike_in_label_only_is_caught_even_when_parameter_matches_elsewhere() -> None:
    # Parameter absent, label prefix look-alike.
    setup = parse_uri(uri("Blnance:alice"))
    assert check_issuer(setup, ["Binance"]).status == otpauth.ISSUER_LOOKALIKE


def test_no_issuer_anywhere_lets_the_user_pick() -> None:
    setup = parse_uri(uri("alice"))
    assert setup.issuer == ""
    assert setup.has_warning(otpauth.NO_ISSUER)
    check = check_issuer(setup, ["Demo Exchange"])
    assert check.status == otpauth.ISSUER_MISSING and check.needs_confirmation


def test_invisible_characters_in_issuer_are_refused() -> None:
    fails(uri("Bin%E2%80%8Bance:alice"), "invisible_characters")


# -- secret ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "secret",
    [
        KEY_160.lower(),
        KEY_160 + "========",
        KEY_160,
        "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ".replace(" ", "%20"),
        "GEZD+GNBV+GY3T+QOJQ+GEZD+GNBV+GY3T+QOJQ",
        "gezd-gnbv-gy3t-qojq-gezd-gnbv-gy3t-qojq",
    ],
)
def test_secret_forms_are_normalised(secret: str) -> None:
    assert parse_uri(uri(query=f"secret={secret}")).secret == SECRET_160


def test_unpadded_secret_needing_padding() -> None:
    raw = b"0123456789abcdefghij!"  # 21 bytes → base32 with padding
    text = base64.b32encode(raw).decode().rstrip("=")
    assert parse_uri(uri(query=f"secret={text}")).secret == raw


@pytest.mark.parametrize(
    ("query", "code"), [("issuer=X", "missing_secret"), ("secret=", "missing_secret")]
)
def test_missing_or_empty_secret(query: str, code: str) -> None:
    error = fails(uri(query=query), code)
    assert "no secret" in str(error)


@pytest.mark.parametrize("secret", ["JBSWY3DPEHPK3PX0", "JBSWY3DPEHPK3PX1", "JBSWY3DPÉHPK3PXP"])
def test_non_base32_characters(secret: str) -> None:
    error = fails(uri(query=f"secret={secret}"), "bad_secret")
    assert KEY not in str(error)


def test_impossible_length_is_refused() -> None:
    fails(uri(query="secret=JBSWY3DPEHPK3PXPA"), "bad_secret_length")


def test_eighty_bit_secret_is_accepted_with_a_note() -> None:
    setup = parse_uri(uri(query=f"secret={KEY}"))
    assert setup.secret_bits == 80
    assert setup.has_warning(otpauth.WEAK_KEY)
    warning = next(w for w in setup.warnings if w.code == otpauth.WEAK_KEY)
    assert "80-bit" in warning.message


def test_strong_secret_has_no_note() -> None:
    assert parse_uri(uri()).warnings == ()


def test_truncated_secret_below_80_bits_is_refused() -> None:
    fails(uri(query="secret=JBSWY3DPEHPK"), "short_secret")


# -- algorithm, digits, period ------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [("SHA1", "SHA1"), ("sha256", "SHA256"), ("Sha512", "SHA512"), ("sha-256", "SHA256")],
)
def test_algorithm_any_case(value: str, expected: str) -> None:
    assert parse_uri(uri(query=f"secret={KEY_160}&algorithm={value}")).algorithm == expected


@pytest.mark.parametrize("value", ["MD5", "SHA384", "SHA3-256", "junk"])
def test_unsupported_algorithm_never_falls_back(value: str) -> None:
    error = fails(uri(query=f"secret={KEY_160}&algorithm={value}"), "bad_algorithm")
    assert value in str(error)


@pytest.mark.parametrize("value", ["6", "7", "8"])
def test_digits_accepted(value: str) -> None:
    assert parse_uri(uri(query=f"secret={KEY_160}&digits={value}")).digits == int(value)


@pytest.mark.parametrize("value", ["5", "9", "10", "0", "-6", "six", "6.0"])
def test_digits_refused(value: str) -> None:
    fails(uri(query=f"secret={KEY_160}&digits={value}"), "bad_digits")


@pytest.mark.parametrize("value", ["0", "-30", "thirty", "30s", "1e2", "99999999999"])
def test_period_refused(value: str) -> None:
    fails(uri(query=f"secret={KEY_160}&period={value}"), "bad_period")


def test_period_above_60_warns() -> None:
    setup = parse_uri(uri(query=f"secret={KEY_160}&period=90"))
    assert setup.period == 90 and setup.has_warning(otpauth.LONG_PERIOD)
    assert not parse_uri(uri(query=f"secret={KEY_160}&period=60")).has_warning(otpauth.LONG_PERIOD)


def test_defaults() -> None:
    setup = parse_uri(uri())
    assert (setup.algorithm, setup.digits, setup.period, setup.kind) == ("SHA1", 6, 30, "totp")


# -- parameters ---------------------------------------------------------------------


def test_unknown_parameters_are_ignored() -> None:
    setup = parse_uri(uri(query=f"secret={KEY_160}&image=https%3A%2F%2Fx%2Fy.png&color=red"))
    assert setup.secret == SECRET_160


@pytest.mark.parametrize("name", ["secret", "issuer", "algorithm", "digits", "period", "counter"])
def test_duplicate_known_parameter_is_refused(name: str) -> None:
    value = {"secret": KEY_160, "issuer": "Demo", "algorithm": "SHA1", "digits": "6",
             "period": "30", "counter": "1"}[name]  # fmt: skip
    base = f"secret={KEY_160}" if name != "secret" else ""
    query = "&".join(filter(None, [base, f"{name}={value}", f"{name.upper()}={value}"]))
    error = fails(uri(query=query), "duplicate_parameter")
    assert name in str(error)


# -- types and scheme -----------------------------------------------------------------


def test_hotp_without_counter_is_refused_with_explanation() -> None:
    error = fails(uri().replace("totp", "hotp"), "hotp_without_counter")
    assert "time-based" in str(error)


def test_hotp_with_counter_parses_but_is_flagged() -> None:
    setup = parse_uri(uri(query=f"secret={KEY_160}&counter=5").replace("totp", "hotp"))
    assert setup.kind == "hotp" and setup.counter == 5
    assert setup.has_warning(otpauth.HOTP_TYPE)


def test_unknown_type_is_refused() -> None:
    fails(uri().replace("totp", "motp"), "bad_type")


@pytest.mark.parametrize(
    "link",
    [
        "otpauth://steam/Steam:gaben?secret=JRZCL47CMXVOQMNPZR2F7J4RGI&issuer=Steam",
        "otpauth://totp/Steam:?secret=FMXNK4QEGKVPULRTADY6JIDK5VHUBGZW&encoder=steam",
        "otpauth://totp/Valve:a?secret=FMXNK4QEGKVPULRTADY6JIDK5VHUBGZW&ENCODER=Steam&digits=5",
    ],
)
def test_steam_tokens_are_refused_by_type_or_encoder(link: str) -> None:
    # Steam Guard codes are five characters of Steam's own alphabet: showing RFC 6238
    # digits for them would give codes Steam never accepts.
    error = fails(link, "steam")
    assert "Steam" in str(error)


@pytest.mark.parametrize("prefix", ["OTPAUTH://TOTP/", "Otpauth://Totp/", "otpauth://TOTP/"])
def test_scheme_and_type_are_case_insensitive(prefix: str) -> None:
    setup = parse_uri(uri().replace("otpauth://totp/", prefix))
    assert setup.kind == "totp" and setup.secret == SECRET_160


def test_unencoded_hash_in_label_is_kept() -> None:
    setup = parse_uri(f"otpauth://totp/Demo%20Exchange:team#2?secret={KEY_160}")
    assert setup.account == "team#2"
    assert setup.secret == SECRET_160


def test_hash_in_issuer_value_is_kept() -> None:
    setup = parse_uri(f"otpauth://totp/alice?issuer=Shop#1&secret={KEY_160}")
    assert setup.issuer == "Shop#1" and setup.secret == SECRET_160


def test_plus_in_query_is_a_space() -> None:
    setup = parse_uri(uri("alice", f"secret={KEY_160}&issuer=Demo+Exchange"))
    assert setup.issuer == "Demo Exchange"


# -- not a setup code, caps -------------------------------------------------------------


def test_app_store_link_is_named_as_such() -> None:
    error = fails("https://apps.apple.com/app/google-authenticator/id388497605", "web_link")
    assert "apps.apple.com" in str(error)
    assert "not a 2FA setup code" in str(error)


@pytest.mark.parametrize("text", ["hello world", "WIFI:S:home;T:WPA;P:pw;;", ""])
def test_other_text_is_not_a_setup_code(text: str) -> None:
    assert "not a 2FA setup code" in str(fails(text, "not_otpauth"))


def test_migration_link_points_to_the_import() -> None:
    fails("otpauth-migration://offline?data=CgA%3D", "migration_export")


def test_very_long_uri_is_capped() -> None:
    fails(uri(query=f"secret={KEY_160}&x={'a' * 5000}"), "too_long")


# -- secrecy ----------------------------------------------------------------------------


def test_secret_never_in_repr_or_messages() -> None:
    setup = parse_uri(uri(query=f"secret={KEY}"))
    text = repr(setup) + str(setup) + " ".join(w.message for w in setup.warnings)
    assert KEY not in text and repr(setup.secret) not in text


def test_round_trip_through_canonical_uri() -> None:
    setup = parse_uri(uri(query=f"secret={KEY}&algorithm=sha512&digits=8&period=45"))
    again = parse_uri(setup.to_uri())
    assert again.secret == setup.secret
    assert (again.issuer, again.account, again.algorithm, again.digits, again.period) == (
        "Demo Exchange", "alice@example.com", "SHA512", 8, 45)  # fmt: skip


def test_manual_entry() -> None:
    setup = otpauth.setup_from_manual_entry(
        "jbsw y3dp ehpk 3pxp", issuer="Demo Exchange", account="alice@example.com"
    )
    assert setup.secret == base64.b32decode(KEY)
    assert setup.has_warning(otpauth.WEAK_KEY)
    with pytest.raises(OtpUriError):
        otpauth.setup_from_manual_entry("OOOO", issuer="X", account="y")


def test_edit_distance() -> None:
    assert otpauth.edit_distance("binance", "bniance") == 1
    assert otpauth.edit_distance("kraken", "binance") > 2
