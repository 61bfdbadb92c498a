"""strictjson: any bytes give a value or a JsonError, valid JSON survives, and the
regex pre-scans stay linear on adversarial documents (the hang guard)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from breachguard.core.strictjson import JsonError, loads_strict
from tests.fuzz.budget import FUZZ, within_budget

MAX_MESSAGE_CHARS = 300

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**29), max_value=10**29)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=30,
)


def _strict(data: bytes) -> Any:
    try:
        return loads_strict(data)
    except JsonError as exc:
        message = str(exc)
        assert message and "\n" not in message
        assert len(message) <= MAX_MESSAGE_CHARS, f"message echoes input: {message[:80]}…"
        return exc


@FUZZ
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_give_a_value_or_a_json_error(data: bytes) -> None:
    _strict(data)


@FUZZ
@given(st.text(alphabet=st.sampled_from('{}[]":,\\ truefalsn0123456789.eE-+u'), max_size=300))
def test_json_shaped_noise_gives_a_value_or_a_json_error(text: str) -> None:
    _strict(text.encode())


@FUZZ
@given(json_values)
def test_valid_json_round_trips(value: Any) -> None:
    assert loads_strict(json.dumps(value).encode()) == value
    assert loads_strict(json.dumps(value, ensure_ascii=False, indent=1).encode()) == value


@FUZZ
@given(json_values, st.data())
def test_one_byte_mutations_of_valid_json(value: Any, data: st.DataObject) -> None:
    raw = bytearray(json.dumps(value).encode())
    position = data.draw(st.integers(0, len(raw)), label="position")
    byte = data.draw(st.integers(0, 255), label="byte")
    action = data.draw(st.sampled_from(["insert", "replace", "delete"]), label="action")
    if action == "insert" or position == len(raw):
        raw.insert(position, byte)
    elif action == "replace":
        raw[position] = byte
    else:
        del raw[position]
    _strict(bytes(raw))


@FUZZ
@given(st.text(min_size=MAX_MESSAGE_CHARS, max_size=3000))
def test_a_long_duplicate_key_is_not_echoed_in_full(key: str) -> None:
    result = _strict(("{" + json.dumps(key) + ":1," + json.dumps(key) + ":2}").encode())
    assert isinstance(result, JsonError)


# -- hang guard: the pre-scans must stay linear ------------------------------------------
# A 64 KiB document is read in milliseconds by a linear scan; a quadratic one needs
# tens of seconds, so a one-second budget separates them without flakiness.

HANG_BUDGET_S = 1.0
DOCUMENT_CHARS = 64 * 1024
HOSTILE_UNITS = ['\\"', '"', "\\", '"\\', "[", "{", '"[', '\\\\"', '"a\\', "\\u", '[""']


def _hostile(prefix: str, unit: str, suffix: str) -> bytes:
    count = max(1, (DOCUMENT_CHARS - len(prefix) - len(suffix)) // max(1, len(unit)))
    return (prefix + unit * count + suffix).encode()


@FUZZ
@given(
    st.sampled_from(["", '"', "[", '{"a":"', '["\\', "  "]),
    st.one_of(
        st.sampled_from(HOSTILE_UNITS),
        st.text(alphabet=st.sampled_from('"\\[]{}:,u0aD8'), min_size=1, max_size=6),
    ),
    st.sampled_from(["", '"', "\\", "]", '"]', "}"]),
)
def test_prescans_stay_linear_on_repetitive_documents(prefix: str, unit: str, suffix: str) -> None:
    document = _hostile(prefix, unit, suffix)
    within_budget(HANG_BUDGET_S, lambda: _strict(document))


@pytest.mark.parametrize(
    "document",
    [
        pytest.param('"' + '\\"' * 32_000, id="escaped-quotes-unterminated"),
        pytest.param('"' + '\\"' * 32_000 + "\\", id="escaped-quotes-trailing-backslash"),
        pytest.param('["' + '\\"' * 32_000 + "]", id="escaped-quotes-in-a-list"),
        pytest.param('"' * 64_001, id="odd-number-of-quotes"),
        pytest.param("[" * 64_000, id="deep-nesting"),
        pytest.param('["\\ud800' * 8_000, id="surrogate-escapes"),
    ],
)
def test_known_quadratic_shapes_are_read_in_linear_time(document: str) -> None:
    # Before the pre-scan's string pattern ran unterminated strings to the end, the
    # first case took ~5 s at 32 KiB and hours at the 2 MiB feed limit.
    within_budget(HANG_BUDGET_S, lambda: _strict(document.encode()))


def test_the_hang_guard_would_notice_a_quadratic_scan() -> None:
    # The budget is only meaningful if a linear scan is far below it.
    elapsed = within_budget(HANG_BUDGET_S, lambda: _strict(('"' + '\\"' * 32_000).encode()))
    assert elapsed < HANG_BUDGET_S / 4
