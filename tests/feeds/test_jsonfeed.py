"""The strict notice-feed parser against the encoding, schema, identity and time
cases of the hostile-input list."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from breachguard.core.feeds.jsonfeed import MAX_ITEMS, parse_jsonfeed
from breachguard.core.feeds.model import FeedError
from tests.feeds.conftest import feed_bytes, feed_doc, item


def parse(data: bytes, **kwargs: object):
    return parse_jsonfeed(data, official_domains=frozenset({"demo-exchange.example"}), **kwargs)


def test_reads_a_good_feed_with_every_extension_field() -> None:
    notice_item = item(
        "n1",
        date_modified="2026-03-14T10:00:00+01:00",
        url="https://www.demo-exchange.example/notice/1",
        _breachguard={
            "severity": "major",
            "status": "monitoring",
            "components": ["Login", "Withdrawals"],
            "actions": ["reenroll_2fa", "verify_login_email", "format_disk"],
            "next_update_at": "2026-03-14T14:00:00Z",
            "translations": {
                "de": {"title": "Alle 2FA-Tokens widerrufen", "content_text": "Bitte neu."},
                "nb": {"title": "All 2FA tilbakekalt", "content_text": "Logg inn på nytt."},
            },
        },
    )
    feed = parse(feed_bytes([notice_item], sequence=7), verified=True)
    assert (feed.publisher, feed.sequence) == ("demo-exchange", 7)
    notice = feed.notices[0]
    assert notice.severity == "major" and notice.status == "monitoring"
    assert notice.components == ("Login", "Withdrawals")
    assert notice.actions == ("reenroll_2fa", "verify_login_email")  # unknown action ignored
    assert notice.offered_actions() == notice.actions
    assert notice.next_update_at == datetime(2026, 3, 14, 14, 0, tzinfo=timezone.utc)
    assert notice.localized("de").title == "Alle 2FA-Tokens widerrufen"
    assert notice.localized("nb").body == "Logg inn på nytt."
    assert notice.localized("fr").title == "All 2FA tokens were revoked"
    assert notice.link is not None and notice.link.safe


def test_actions_of_an_unverified_parse_are_never_offered() -> None:
    notice = parse(feed_bytes(), verified=False).notices[0]
    assert notice.actions == ("reenroll_2fa",)
    assert notice.offered_actions() == ()


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (
            b'{"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": [',
            "not valid JSON",
        ),
        (b"\xef\xbb\xbf" + feed_bytes(), "byte-order mark"),
        (feed_bytes().decode().encode("utf-16"), "UTF-16"),
        (feed_bytes().replace(b"Please", b"Pl\xffase"), "not valid UTF-8"),
        (feed_bytes().replace(b'"sequence": 1', b'"sequence": NaN'), "NaN"),
        (feed_bytes().replace(b'"sequence": 1', b'"sequence": Infinity'), "Infinity"),
        (feed_bytes().replace(b'"sequence": 1', b'"sequence": 1e400'), "out of range"),
        (b"[" * 100_000 + b"]" * 100_000, "nesting deeper"),
        (feed_bytes().replace(b'"sequence": 1', b'"sequence": ' + b"9" * 5000), "too long"),
        (b"[]", "must be a JSON object"),
        (b'"a feed"', "must be a JSON object"),
        (b"", "is empty"),
    ],
    ids=[
        "truncated",
        "bom",
        "utf16",
        "bad-utf8",
        "nan",
        "infinity",
        "1e400",
        "deep",
        "5000-digits",
        "array",
        "string",
        "empty",
    ],
)
def test_encoding_and_syntax_errors_are_named(data: bytes, fragment: str) -> None:
    with pytest.raises(FeedError, match=fragment) as caught:
        parse(data)
    assert caught.value.code == "json" or fragment == "must be a JSON object"


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ({"items": {"a": 1}}, "items must be a list, not an object"),
        ({"items": None}, "items must be a list, not null"),
        ({"version": None}, "has no version"),
        ({"version": "https://jsonfeed.org/version/9"}, "found https://jsonfeed.org/version/9"),
        ({"title": 5}, "title must be text, not a number"),
        ({"expired": "true"}, "expired must be true or false, not text"),
        ({"_breachguard": "demo-exchange"}, "_breachguard must be an object"),
    ],
)
def test_feed_level_schema_errors_name_the_field(change: dict[str, object], fragment: str) -> None:
    doc = feed_doc([item()])
    doc.update(change)
    with pytest.raises(FeedError, match=fragment):
        parse(json.dumps(doc).encode())


def test_version_missing_entirely() -> None:
    doc = feed_doc([item()])
    del doc["version"]
    with pytest.raises(FeedError, match="has no version"):
        parse(json.dumps(doc).encode())


@pytest.mark.parametrize(
    ("ext_change", "fragment"),
    [
        ({"publisher": 3}, "publisher must be text"),
        ({"publisher": "Demo Exchange!"}, "publisher must be a provider id"),
        ({"sequence": "5"}, "sequence must be a whole number, not text"),
        ({"sequence": True}, "sequence must be a whole number, not true/false"),
        ({"sequence": 0}, "sequence must be 1 or more"),
        ({"generated_at": "2026-03-14 08:00:00"}, "generated_at must be an RFC 3339 time"),
        ({"expires_at": "2026-03-14T07:00:00Z"}, "expires_at must be later"),
    ],
)
def test_extension_errors(ext_change: dict[str, object], fragment: str) -> None:
    doc = feed_doc([item()])
    doc["_breachguard"].update(ext_change)
    with pytest.raises(FeedError, match=fragment):
        parse(json.dumps(doc).encode())


def test_a_1_0_feed_with_author_only_is_read() -> None:
    doc = feed_doc([item()], author={"name": "Demo Exchange"})
    doc["version"] = "https://jsonfeed.org/version/1"
    feed = parse(json.dumps(doc).encode())
    assert [n.id for n in feed.notices] == ["n1"]


@pytest.mark.parametrize("bad_id", ["missing", "", "   ", None, [1], {"a": 1}, True])
def test_items_without_a_usable_id_are_discarded(bad_id: object) -> None:
    broken = item("x")
    if bad_id == "missing":
        del broken["id"]
    else:
        broken["id"] = bad_id
    feed = parse(feed_bytes([broken, item("good")]))
    assert [n.id for n in feed.notices] == ["good"]
    assert "items[0] has no usable id" in feed.warnings[0]


def test_a_numeric_id_becomes_text() -> None:
    assert parse(feed_bytes([item(12)])).notices[0].id == "12"


def test_an_item_without_any_content_is_discarded() -> None:
    broken = item("x")
    del broken["content_text"]
    feed = parse(feed_bytes([broken]))
    assert feed.notices == ()
    assert "neither content_text nor content_html" in feed.warnings[0]


@pytest.mark.parametrize(
    ("fields", "fragment"),
    [
        ({"title": 5}, r"items\[0\].title must be text, not a number"),
        ({"tags": "a,b"}, r"items\[0\].tags must be a list of text, not text"),
        ({"tags": ["a", 2]}, r"items\[0\].tags\[1\] must be text"),
        ({"_breachguard": "critical"}, r"items\[0\]._breachguard must be an object, not text"),
        ({"content_text": ["x"]}, r"content_text must be text"),
        ({"_breachguard": {"translations": {"de": "Hallo"}}}, "translations.de must be an object"),
        ({"_breachguard": {"translations": {"../x": {}}}}, "must be a language code"),
        ({"_breachguard": {"components": "Login"}}, "components must be a list of text"),
    ],
)
def test_item_type_errors_name_the_item(fields: dict[str, object], fragment: str) -> None:
    with pytest.raises(FeedError, match=fragment):
        parse(feed_bytes([item("n1", **fields)]))


def test_unknown_severity_and_status_become_unknown() -> None:
    notice = parse(
        feed_bytes([item(_breachguard={"severity": "apocalyptic", "status": 7})])
    ).notices[0]
    assert (notice.severity, notice.status) == ("unknown", "unknown")


def test_item_count_and_field_lengths_are_capped() -> None:
    items = [item(f"n{i}") for i in range(10_000)]
    items[0]["content_text"] = "A" * 1_000_000
    feed = parse(feed_bytes(items))
    assert len(feed.notices) == MAX_ITEMS
    assert "10000 notices; only the first 500" in feed.warnings[0]
    longest = max(len(n.body) for n in feed.notices)
    assert longest <= 20_000


def test_the_same_id_twice_keeps_the_first() -> None:
    feed = parse(feed_bytes([item("dup", title="first"), item("dup", title="second")]))
    assert [n.title for n in feed.notices] == ["first"]
    assert "repeats the id 'dup'" in feed.warnings[0]


@pytest.mark.parametrize(
    "value",
    [
        "2026-03-14T09:00:00",
        "2026-03-14 09:00:00",
        "2026-03-14",
        "Sat Mar 14 2026 09:00:00 GMT+0100 (Central European Standard Time)",
        1773478800,
        "2026-02-30T09:00:00Z",
        "2026-03-14T25:00:00Z",
        "2026-03-14T09:00:00+24:00",
        "",
    ],
)
def test_bad_times_are_unknown_and_sort_last(value: object) -> None:
    feed = parse(feed_bytes([item("bad", date_published=value), item("good")]))
    assert [n.id for n in feed.notices] == ["good", "bad"]
    bad = feed.notices[1]
    assert bad.when is None
    assert "time is unknown" in bad.problems[0]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-03-14t09:00:00z", datetime(2026, 3, 14, 9, 0, tzinfo=timezone.utc)),
        ("2026-12-31T23:59:60Z", datetime(2026, 12, 31, 23, 59, 59, 999999, tzinfo=timezone.utc)),
        (
            "2026-03-14T10:00:00.123+01:00",
            datetime(2026, 3, 14, 9, 0, 0, 123000, tzinfo=timezone.utc),
        ),
    ],
    ids=["lowercase-t-z", "leap-second", "offset-fraction"],
)
def test_rfc3339_variants_that_rfc3339_allows(value: str, expected: datetime) -> None:
    notice = parse(feed_bytes([item(date_published=value)])).notices[0]
    assert notice.published == expected


def test_date_modified_before_date_published_is_ignored() -> None:
    notice = parse(feed_bytes([item(date_modified="2026-03-13T09:00:00Z")])).notices[0]
    assert notice.modified is None
    assert notice.when == notice.published
    assert "before date_published" in notice.problems[0]


def test_newest_first_by_modification_time() -> None:
    feed = parse(
        feed_bytes(
            [
                item("old", date_published="2026-03-10T09:00:00Z"),
                item(
                    "edited",
                    date_published="2026-03-09T09:00:00Z",
                    date_modified="2026-03-15T09:00:00Z",
                ),
                item("new", date_published="2026-03-14T09:00:00Z"),
            ]
        )
    )
    assert [n.id for n in feed.notices] == ["edited", "new", "old"]


def test_superseded_notices_become_the_timeline_and_corrections_stay_listed() -> None:
    feed = parse(
        feed_bytes(
            [
                item("halt", date_published="2026-03-14T09:00:00Z", content_text="Trading halted."),
                item(
                    "halt-2",
                    date_published="2026-03-14T11:30:00Z",
                    content_text="Still halted.",
                    _breachguard={"supersedes": "halt", "status": "identified"},
                ),
                item(
                    "fix",
                    date_published="2026-03-14T12:00:00Z",
                    content_text="The date is 12 July.",
                    _breachguard={"correction_of": "halt-2", "status": "update"},
                ),
            ]
        )
    )
    assert [n.id for n in feed.notices] == ["fix", "halt-2"]
    assert feed.notices[0].correction_of == "halt-2"
    assert [u.text for u in feed.notices[1].updates] == ["Still halted.", "Trading halted."]


def test_a_supersedes_cycle_hides_nothing() -> None:
    feed = parse(
        feed_bytes(
            [
                item("a", _breachguard={"supersedes": "b"}),
                item("b", _breachguard={"supersedes": "a"}),
            ]
        )
    )
    assert sorted(n.id for n in feed.notices) == ["a", "b"]


def test_the_timeline_keeps_each_update_in_every_language() -> None:
    feed = parse(
        feed_bytes(
            [
                item(
                    "old",
                    date_published="2026-03-14T09:00:00Z",
                    content_text="Halted.",
                    _breachguard={
                        "translations": {"nb": {"title": "T", "content_text": "Stanset."}}
                    },
                ),
                item(
                    "new",
                    date_published="2026-03-14T11:30:00Z",
                    content_text="Still halted.",
                    _breachguard={"supersedes": "old"},
                ),
            ]
        )
    )
    [notice] = feed.notices
    assert [u.text_in("nb") for u in notice.updates] == ["Still halted.", "Stanset."]
