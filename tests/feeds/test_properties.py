"""Property tests: whatever bytes or structures arrive, each parser either returns
a result or raises its one documented error type."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from breachguard.core.feeds.content import check_link, html_to_text, scam_flags
from breachguard.core.feeds.jsonfeed import parse_jsonfeed
from breachguard.core.feeds.model import FeedError
from breachguard.core.feeds.statuspage import parse_statuspage
from breachguard.core.feeds.timeparse import parse_rfc3339
from tests.feeds.conftest import feed_doc, item

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
item_keys = st.sampled_from(
    [
        "id",
        "title",
        "content_text",
        "content_html",
        "date_published",
        "date_modified",
        "url",
        "tags",
        "_breachguard",
    ]
)
ext_keys = st.sampled_from(
    [
        "severity",
        "status",
        "components",
        "actions",
        "next_update_at",
        "supersedes",
        "correction_of",
        "translations",
    ]
)
fast = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _accepts(parser: Any, data: bytes) -> None:
    try:
        parser(data)
    except FeedError as exc:
        assert str(exc)


@fast
@given(st.binary(max_size=300))
def test_jsonfeed_arbitrary_bytes(data: bytes) -> None:
    _accepts(parse_jsonfeed, data)


@fast
@given(st.binary(max_size=300))
def test_statuspage_arbitrary_bytes(data: bytes) -> None:
    _accepts(parse_statuspage, data)


@fast
@given(
    st.lists(st.dictionaries(item_keys, json_values, max_size=6), max_size=4),
    st.dictionaries(ext_keys, json_values, max_size=5),
)
def test_jsonfeed_arbitrary_structures(items: list[dict[str, Any]], ext: dict[str, Any]) -> None:
    items.append(item("fixed", _breachguard=ext))
    _accepts(parse_jsonfeed, json.dumps(feed_doc(items)).encode())


@fast
@given(
    st.dictionaries(
        st.sampled_from(["page", "status", "components", "incidents", "scheduled_maintenances"]),
        json_values,
        max_size=5,
    ),
    st.lists(
        st.dictionaries(
            st.sampled_from(
                [
                    "id",
                    "name",
                    "status",
                    "impact",
                    "created_at",
                    "incident_updates",
                    "components",
                    "shortlink",
                ]
            ),
            json_values,
            max_size=8,
        ),
        max_size=3,
    ),
)
def test_statuspage_arbitrary_structures(doc: dict[str, Any], incidents: list[Any]) -> None:
    doc.setdefault("page", {"name": "S"})
    doc["incidents"] = incidents
    _accepts(parse_statuspage, json.dumps(doc).encode())


@fast
@given(st.text(max_size=200))
def test_content_helpers_never_raise(text: str) -> None:
    html_to_text(text)
    scam_flags(text)
    assert check_link(text, ("demo-exchange.example",)).safe in (True, False)
    result = parse_rfc3339(text)
    assert result is None or result.tzinfo is not None
