"""Structure-aware mutations: take a valid JSON document and break it in the ways a
buggy or hostile publisher would (a field removed, retyped, renamed, duplicated or
filled with hostile text), a few places at a time."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import strategies as st

Path = tuple[str | int, ...]

HOSTILE_TEXT = st.sampled_from(
    [
        "",
        " ",
        "\n",
        "de\n",
        "\u202eevil\u202c",
        "\x00\x07\x1b[2J",
        "<script>alert(1)</script>",
        "<b>bold</b> &amp; &#0; &#x110000;",
        "javascript:alert(1)",
        "https://evil.example/login",
        "https://user:pw@demo-exchange.example/",
        "https://demo-exchange.example:8443/",
        "http://demo-exchange.example/",
        "https://127.0.0.1/",
        "2026-02-30T25:61:00Z",
        "2026-03-14T09:00:00",
        "9999-12-31T23:59:59Z",
        "0001-01-01T00:00:00+14:00",
        "\ud800",
        "x" * 5000,
        "Send your seed phrase to verify your account",
    ]
)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40)
    | HOSTILE_TEXT
)
VALUES = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=12) | HOSTILE_TEXT, children, max_size=4)
    ),
    max_leaves=12,
)


def paths(value: Any, prefix: Path = ()) -> list[Path]:
    """Every location in a document, the root included."""
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += paths(child, (*prefix, index))
    return found


def _parent(doc: Any, path: Path) -> Any:
    node = doc
    for step in path[:-1]:
        node = node[step]
    return node


@st.composite
def mutated(draw: st.DrawFn, document: Any, max_mutations: int = 3) -> Any:
    doc = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, max_mutations), label="mutations")):
        locations = [p for p in paths(doc) if p]
        if not locations:
            return draw(VALUES)
        path = draw(st.sampled_from(locations), label="path")
        parent, last = _parent(doc, path), path[-1]
        operation = draw(
            st.sampled_from(["replace", "delete", "rename", "duplicate", "wrap"]), label="op"
        )
        if operation == "replace":
            parent[last] = draw(VALUES, label="value")
        elif operation == "delete":
            del parent[last]
        elif operation == "wrap":
            parent[last] = [parent[last]]
        elif operation == "duplicate" and isinstance(parent, list):
            parent.insert(int(last), copy.deepcopy(parent[int(last)]))
        elif operation == "rename" and isinstance(parent, dict):
            new_key = draw(st.text(max_size=12) | HOSTILE_TEXT, label="key")
            parent[new_key] = parent.pop(last)
    return doc
