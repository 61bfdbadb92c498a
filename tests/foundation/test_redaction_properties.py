"""The log redactor, property-tested: base32 keys in any case, whole or grouped as
apps show them; recovery codes; Google Authenticator export payloads as base64,
plain or percent-encoded. Whatever the value, none of it reaches the log, and the
text around it stays readable."""

from __future__ import annotations

import base64
import logging
import re
from pathlib import Path
from urllib.parse import quote

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from breachguard.core.logsetup import configure_logging, redact
from tests.enroll.test_migration import field

# Around the value: marks that belong to no secret shape, so the exact result is known.
BEFORE, AFTER = "entered «", "» twice"
PLACEHOLDERS = re.compile(r"(?:\[[a-z0-9-]+\][ -]?)+")

SECRET_BYTES = st.binary(min_size=10, max_size=64)  # 80 bits, the shortest issued, up


def redacted_whole(value: str) -> None:
    out = redact(f"{BEFORE}{value}{AFTER}")
    assert out.startswith(BEFORE) and out.endswith(AFTER), out
    inner = out[len(BEFORE) : len(out) - len(AFTER)]
    assert PLACEHOLDERS.fullmatch(inner), f"{value!r} left {inner!r}"


def grouped(text: str, size: int, separator: str) -> str:
    return separator.join(text[i : i + size] for i in range(0, len(text), size))


@settings(max_examples=400, deadline=None)
@given(
    secret=SECRET_BYTES,
    lower=st.booleans(),
    padded=st.booleans(),
    grouping=st.sampled_from([None, 3, 4, 5, 6, 8]),
    separator=st.sampled_from([" ", "-"]),
)
def test_base32_keys_in_any_case_whole_or_grouped(
    secret: bytes, lower: bool, padded: bool, grouping: int | None, separator: str
) -> None:
    key = base64.b32encode(secret).decode()
    # Groups of a size other than four are told from words by a digit (documented).
    assume(grouping in (None, 4) or re.search("[2-7]", key))
    key = key if padded and grouping is None else key.rstrip("=")
    key = key.lower() if lower else key
    redacted_whole(grouped(key, grouping, separator) if grouping else key)


@settings(max_examples=300, deadline=None)
@given(
    groups=st.lists(
        st.text(alphabet="abcdefghjkmnpqrstuvwxyz23456789", min_size=4, max_size=6),
        min_size=2,
        max_size=5,
    ),
    prefix=st.sampled_from(["", "rc-", "RC-"]),
    upper=st.booleans(),
    digit=st.integers(0, 9),
    letter=st.sampled_from("abcdefghjkmnpqrstuvwxyz"),
)
def test_recovery_codes_in_dashed_groups(
    groups: list[str], prefix: str, upper: bool, digit: int, letter: str
) -> None:
    # A recovery code mixes letters and digits; make sure this one does.
    groups = [groups[0][:-2] + letter + str(digit), *groups[1:]]
    code = prefix + "-".join(groups)
    redacted_whole(code.upper() if upper else code)


ACCOUNT = st.builds(
    lambda secret, name, issuer, digits: (
        field(1, secret)
        + field(2, name)
        + field(3, issuer)
        + field(4, 1)
        + field(5, digits)
        + field(6, 2)
    ),
    SECRET_BYTES,
    st.text(max_size=40),
    st.text(max_size=20),
    st.sampled_from([1, 2]),
)


@settings(max_examples=300, deadline=None)
@given(
    accounts=st.lists(ACCOUNT, min_size=1, max_size=3),
    batch_id=st.integers(0, 2**31),
    encoding=st.sampled_from(["plain", "percent", "unpadded"]),
)
def test_migration_payloads_as_base64(accounts: list[bytes], batch_id: int, encoding: str) -> None:
    payload = b"".join(field(1, a) for a in accounts) + field(2, 1) + field(5, batch_id)
    text = base64.b64encode(payload).decode()
    if encoding == "percent":
        text = quote(text, safe="")
    elif encoding == "unpadded":
        text = text.rstrip("=")
    redacted_whole(text)
    # and as the value of a link's query parameter, without the scheme
    assert "data=[base64]" in redact(f"scanned ?data={text}&x=1")


NAME_LIKE = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=8, max_size=24).map(
    str.capitalize
)


@settings(max_examples=300, deadline=None)
@given(st.lists(NAME_LIKE, min_size=1, max_size=8), st.sampled_from([" ", ", ", ": ", "."]))
def test_capitalised_names_pass_untouched(words: list[str], separator: str) -> None:
    """Class and module names in tracebacks ("RotatingFileHandler") are mixed-case
    runs of base32 letters, yet no key: they stay readable. A word after a secret's
    label ("Password: …", "Barcode: …") is the one exception, by design (below)."""
    text = separator.join(words)
    assume(not _LABELLED.search(text))
    assert redact(text) == text


_LABELLED = re.compile(r"(?i)(secret|code|token|password)\s*[=:]")


@given(NAME_LIKE, st.sampled_from(["Password", "secret", "Barcode", "TOKEN"]))
def test_a_labelled_value_is_redacted_however_it_looks(word: str, label: str) -> None:
    assert redact(f"{label}: {word}") == f"{label}: [redacted]"


def test_what_the_log_must_keep_readable() -> None:
    for text in (
        "started BreachGuard 1.4.0 on Linux",
        'File "/usr/lib/python3.11/site-packages/breachguard/core/feeds/source.py", line 12',
        "RotatingFileHandler ConnectionRefusedError in _loopback_only_connect",
        "feed https://status.example-exchange.example/notices/feed.json sequence 42",
        "imported provider profile example-exchange (update)",
        "should change before, please check again",
    ):
        assert redact(text) == text


def test_the_log_file_gets_the_redacted_text(tmp_path: Path) -> None:
    path = configure_logging(tmp_path / "logs")
    key = "jbsw y3dp ehpk 3pxp jbsw y3dp ehpk 3pxp"
    logging.getLogger("breachguard.test").warning("pasted %s; then rc-7f3k-92mx", key)
    for handler in logging.getLogger().handlers:
        handler.flush()
    content = path.read_text(encoding="utf-8")
    assert "pasted [base32]; then [recovery-code]" in content
    assert "y3dp" not in content and "7f3k" not in content
