"""The published JSON Schema agrees with the parser and with the Demo Exchange."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from breachguard.core.feeds.jsonfeed import parse_jsonfeed
from tests.feeds.conftest import feed_doc, item

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "resources/schemas/notices-feed.schema.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_the_demo_exchange_feed_matches_the_schema(validator: Any, demo_exchange: Any) -> None:
    body = demo_exchange.feed().body
    validator.validate(json.loads(body))
    assert parse_jsonfeed(body).publisher == "demo-exchange"


def test_a_full_feed_matches_the_schema(validator: Any) -> None:
    doc = feed_doc(
        [
            item(
                "a",
                _breachguard={
                    "severity": "critical",
                    "status": "update",
                    "actions": ["reenroll_2fa"],
                    "next_update_at": "2026-03-14T14:00:00+01:00",
                    "correction_of": "b",
                    "translations": {"de": {"title": "T", "content_text": "B"}},
                },
            )
        ]
    )
    validator.validate(doc)


@pytest.mark.parametrize(
    "broken",
    [
        feed_doc([item("a", _breachguard={"severity": "apocalyptic", "status": "update"})]),
        feed_doc([item("a")], sequence=0),
        feed_doc([item("a", date_published="2026-03-14 09:00:00")]),
        {k: v for k, v in feed_doc([item("a")]).items() if k != "_breachguard"},
    ],
)
def test_the_schema_flags_what_publishers_get_wrong(validator: Any, broken: dict[str, Any]) -> None:
    assert list(validator.iter_errors(broken))
