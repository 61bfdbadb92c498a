"""Stories: one entry per thing that happened, in the order a worried customer
should read them, and the same story from two sources shown once."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from breachguard.core.feeds import health
from breachguard.core.feeds.jsonfeed import parse_jsonfeed
from breachguard.core.feeds.model import (
    SEVERITY_RANK,
    ComponentStatus,
    FeedState,
    Notice,
    NoticeUpdate,
    ParsedFeed,
)
from breachguard.core.feeds.readstate import ReadState
from breachguard.core.feeds.statuspage import parse_statuspage
from breachguard.core.feeds.stories import StoryGroup, build_stories, first_to_select, read_key
from breachguard.demo import notices as demo_notices
from breachguard.demo import statuspage as demo_statuspage

T0 = datetime(2026, 3, 14, 9, 0, tzinfo=timezone.utc)


def state_of(
    notices: list[Notice],
    *,
    verified: bool,
    components: tuple[ComponentStatus, ...] = (),
    fmt: str = "",
    provider: str = "demo-exchange",
) -> FeedState:
    feed = ParsedFeed(title="t", notices=tuple(notices), components=components)
    return FeedState(
        key="k-" + (fmt or ("jsonfeed" if verified else "statuspage-v2")),
        url="https://x.example/feed",
        label="Demo",
        format=fmt or ("jsonfeed" if verified else "statuspage-v2"),
        signed=verified,
        feed=feed,
        verified_by="key" if verified else "",
        provider_id=provider,
    )


def notice(nid: str, **fields: Any) -> Notice:
    base: dict[str, Any] = {
        "title": f"Notice {nid}",
        "body": f"Body of {nid}.",
        "severity": "minor",
        "status": "investigating",
        "published": T0,
    }
    base.update(fields)
    return Notice(id=nid, **base)


def demo_states() -> list[FeedState]:
    now = time.time()
    doc = demo_notices.build_feed(
        demo_notices.story(now),
        base_url="http://127.0.0.1:1",
        sequence=1,
        generated_at=datetime.now(timezone.utc),
    )
    signed = parse_jsonfeed(demo_notices.render(doc), verified=True)
    page = parse_statuspage(json.dumps(demo_statuspage.summary(now, "http://127.0.0.1:1")).encode())
    return [
        FeedState("a", "u1", "Demo", "jsonfeed", True, signed, "key", provider_id="demo-exchange"),
        FeedState("b", "u2", "Demo", "statuspage-v2", False, page, provider_id="demo-exchange"),
    ]


# -- the Demo Exchange, as the customer sees it ----------------------------------------


def test_the_revocation_is_selected_first_not_the_insurers_clarification() -> None:
    ordered = build_stories(demo_states())
    first = first_to_select(ordered, lambda _key: False)
    assert first is not None
    assert first.lead.notice.id == "dx-2fa-reset"
    open_leads = [
        s.lead.notice.id for s in ordered if s.group is StoryGroup.OPEN and s.lead.state.verified
    ]
    assert open_leads[-1] == "dx-insurer-clarification"
    assert [s.severity for s in ordered] == sorted(
        (s.severity for s in ordered), key=lambda s: -SEVERITY_RANK[s]
    )


def test_status_page_copies_sit_under_the_verified_story() -> None:
    ordered = build_stories(demo_states())
    by_lead = {s.lead.notice.id: s for s in ordered}
    # No status-page story of its own, but for the maintenance only the page announces.
    own = [s.lead.notice.id for s in ordered if not s.lead.state.verified]
    assert own == [demo_statuspage.MAINTENANCE_ID]
    assert [c.notice.id for c in by_lead["dx-2fa-reset"].also] == ["dxi02faresetx"]
    trading = by_lead["dx-trading-correction"]
    assert [c.notice.id for c in trading.also] == ["dxi0tradehalt"]
    assert [n.id for n in trading.earlier] == ["dx-trading-update"]
    # The correction is "major", the halt it corrects "critical": the story stays critical.
    assert trading.severity == "critical"
    assert by_lead["dx-wrong-login-email"].also == ()


def test_once_read_the_next_most_severe_unread_is_selected() -> None:
    ordered = build_stories(demo_states())
    read = set(ordered[0].read_keys)
    following = first_to_select(ordered, read.__contains__)
    assert following is not None and following is not ordered[0]
    assert following.severity == "critical"


def test_health_shows_every_service_and_the_outage_the_feed_names() -> None:
    states = demo_states()
    result = health.component_health(states, build_stories(states))
    by_name = {a.name: a for a in result.areas}
    assert by_name["Trading"].status == "major_outage" and by_name["Trading"].verified
    assert by_name["Trading"].group == "Trading platform"
    assert by_name["Deposits"].status == "operational"
    assert [a.name for a in result.strip][:4] == ["Login", "Trading", "Withdrawals", "Deposits"]
    assert result.hidden_operational == 2  # Website, API
    # A component down that no notice or incident names is shown, with no story.
    assert by_name["Staking rewards"].status == "partial_outage"
    assert by_name["Staking rewards"] in result.strip
    assert by_name["Staking rewards"].story_key is None


# -- grouping rules -------------------------------------------------------------------


def test_open_by_severity_then_planned_by_window_then_resolved_newest_first() -> None:
    later = T0 + timedelta(hours=5)
    items = [
        notice("info-new", severity="info", published=later),
        notice("major-old", severity="major"),
        notice("minor", severity="minor", published=later),
        notice(
            "maint-late",
            kind="maintenance",
            status="scheduled",
            window_start=T0 + timedelta(days=3),
            window_end=T0 + timedelta(days=3, hours=1),
        ),
        notice(
            "maint-soon",
            kind="maintenance",
            status="scheduled",
            window_start=T0 + timedelta(days=1),
            window_end=T0 + timedelta(days=1, hours=1),
        ),
        notice("done-old", status="resolved", severity="critical"),
        notice("done-new", status="resolved", severity="minor", published=later),
    ]
    ordered = build_stories([state_of(items, verified=True)])
    assert [s.lead.notice.id for s in ordered] == [
        "major-old",
        "minor",
        "info-new",
        "maint-soon",
        "maint-late",
        "done-new",
        "done-old",
    ]
    assert [s.group for s in ordered][3:5] == [StoryGroup.PLANNED, StoryGroup.PLANNED]


def test_an_unverified_copy_never_raises_the_story_or_leads_it() -> None:
    words = "Trading is halted while we investigate an attack on our vendor."
    verified = notice("v", severity="minor", body=words, components=("Trading",))
    copy = notice("p", severity="critical", body=words, components=("Trading",))
    ordered = build_stories([state_of([verified], verified=True), state_of([copy], verified=False)])
    assert len(ordered) == 1
    assert ordered[0].lead.notice.id == "v" and ordered[0].severity == "minor"
    assert [c.notice.id for c in ordered[0].also] == ["p"]


def test_different_stories_stay_apart_and_closed_never_joins_open() -> None:
    verified = notice("v", body="Withdrawals are paused for maintenance of our wallets tonight.")
    other = notice("p", body="Deposits of ether are delayed because a node is behind.")
    closed = notice("q", status="resolved", body=verified.body, title=verified.title)
    ordered = build_stories(
        [state_of([verified], verified=True), state_of([other, closed], verified=False)]
    )
    assert sorted(s.lead.notice.id for s in ordered) == ["p", "q", "v"]


def test_the_same_incident_in_summary_and_incidents_json_is_one_copy() -> None:
    older = notice("inc", body="First words.")
    newer = replace(older, modified=T0 + timedelta(hours=1), body="Latest words.")
    ordered = build_stories(
        [
            state_of([older], verified=False, fmt="statuspage-v2"),
            replace(state_of([newer], verified=False, fmt="statuspage-v2"), key="other"),
        ]
    )
    assert len(ordered) == 1 and ordered[0].lead.notice.body == "Latest words."


def test_read_keys_survive_a_new_address() -> None:
    one = state_of([notice("n")], verified=True)
    moved = replace(one, url="http://127.0.0.1:40000/notices/feed.json", key="new")
    assert read_key(one, one.notices[0]) == read_key(moved, moved.notices[0])
    elsewhere = state_of([notice("n")], verified=True, provider="other-exchange")
    assert read_key(one, one.notices[0]) != read_key(elsewhere, elsewhere.notices[0])


def test_health_takes_a_status_page_update_at_its_word() -> None:
    fixed = NoticeUpdate(T0, "monitoring", "Fixed.", affected=(("Deposits", "operational"),))
    broke = NoticeUpdate(T0, "investigating", "Broken.", affected=(("Deposits", "major_outage"),))
    incident = notice("i", severity="major", updates=(fixed, broke), components=("Deposits",))
    states = [state_of([incident], verified=False)]
    result = health.component_health(states, build_stories(states))
    assert [(a.name, a.status) for a in result.areas] == [("Deposits", "operational")]


def test_an_outage_without_an_incident_is_in_the_strip() -> None:
    working = [
        ComponentStatus(f"Service {i}", "operational", "Group A" if i % 2 else None, f"c{i}")
        for i in range(40)
    ]
    components = (*working, ComponentStatus("Staking", "partial_outage", "Earn", "cx"))
    states = [state_of([], verified=False, components=components)]
    result = health.component_health(states, ())
    assert result.areas[0].name == "Staking" and result.areas[0].story_key is None
    assert result.strip == (result.areas[0],)
    assert result.hidden_operational == 40 and len(result.areas) == 41


# -- properties ------------------------------------------------------------------------

_SEVERITIES = ("info", "minor", "major", "critical", "unknown")
_STATUSES = ("investigating", "identified", "resolved", "update", "scheduled")


@st.composite
def feeds(draw: Any) -> list[FeedState]:
    def one(prefix: str, verified: bool) -> list[Notice]:
        count = draw(st.integers(0, 6))
        made: list[Notice] = []
        for i in range(count):
            nid = f"{prefix}{i}"
            target = draw(st.sampled_from([None, *(n.id for n in made)])) if verified else None
            made.append(
                notice(
                    nid,
                    severity=draw(st.sampled_from(_SEVERITIES)),
                    status=draw(st.sampled_from(_STATUSES)),
                    kind=draw(st.sampled_from(("notice", "incident", "maintenance"))),
                    body=draw(st.sampled_from(("Trading halted.", "Logins fail.", "All good."))),
                    components=tuple(draw(st.sets(st.sampled_from(("Login", "Trading"))))),
                    published=T0 + timedelta(minutes=draw(st.integers(0, 600))),
                    window_start=T0 + timedelta(hours=draw(st.integers(0, 48))),
                    correction_of=target,
                )
            )
        return made

    return [state_of(one("v", True), verified=True), state_of(one("u", False), verified=False)]


@settings(max_examples=300, deadline=None)
@given(feeds(), st.sets(st.integers(0, 20)))
def test_every_notice_in_exactly_one_story_in_triage_order(
    states: list[FeedState], read_indexes: set[int]
) -> None:
    ordered = build_stories(states)
    placed = [(c.state.format, c.notice.id) for s in ordered for c in (s.lead, *s.also)] + [
        (s.lead.state.format, n.id) for s in ordered for n in s.earlier
    ]
    listed = [(st_.format, n.id) for st_ in states for n in st_.notices]
    assert sorted(placed) == sorted(listed)
    groups = [s.group for s in ordered]
    assert groups == sorted(groups, key=list(StoryGroup).index)
    for story in ordered:
        assert all(not c.state.verified for c in story.also)
        own = [story.lead.notice, *story.earlier]
        assert story.severity in {n.severity for n in own}
    open_ranks = [SEVERITY_RANK[s.severity] for s in ordered if s.group is StoryGroup.OPEN]
    assert open_ranks == sorted(open_ranks, reverse=True)
    read = {ordered[i].lead.read_key for i in read_indexes if i < len(ordered)}
    chosen = first_to_select(ordered, read.__contains__)
    unread_open = [s for s in ordered if s.group is StoryGroup.OPEN and s.lead.read_key not in read]
    if unread_open:
        assert chosen is not None and chosen.lead.read_key not in read
        assert SEVERITY_RANK[chosen.severity] == max(SEVERITY_RANK[s.severity] for s in unread_open)
    else:
        assert (chosen is None) == (not ordered)


# -- read state on disk ----------------------------------------------------------------


def test_read_state_survives_a_restart_and_a_damaged_file(tmp_path: Path) -> None:
    first = ReadState(tmp_path, "demo-exchange")
    first.add(["demo-exchange/jsonfeed/a", "demo-exchange/jsonfeed/b"])
    assert ReadState(tmp_path, "demo-exchange").load() == {
        "demo-exchange/jsonfeed/a",
        "demo-exchange/jsonfeed/b",
    }
    assert ReadState(tmp_path, "other").load() == frozenset()
    first.path.write_text('{"read": ["half', encoding="utf-8")
    again = ReadState(tmp_path, "demo-exchange")
    assert again.load() == frozenset()
    assert list(tmp_path.glob("read-demo-exchange.json.corrupt-*"))
    again.add(["x"])
    assert ReadState(tmp_path, "demo-exchange").load() == {"x"}


def test_read_marks_survive_a_restart_on_a_new_demo_port(
    app_paths: Any, context_factory: Any, qtbot: Any
) -> None:
    from breachguard.demo.server import DemoExchange
    from breachguard.qt.notices import NoticesController

    def run(mark: bool) -> tuple[str, bool]:
        exchange = DemoExchange().start()
        try:
            context = context_factory(paths=app_paths, demo=exchange)
            controller = NoticesController(context)
            controller.start()
            qtbot.waitUntil(
                lambda: len(controller.states()) == 2 and not controller.busy, timeout=15000
            )
            signed = next(s for s in controller.states() if s.verified)
            reset = next(n for n in signed.notices if n.id == "dx-2fa-reset")
            key = read_key(signed, reset)
            if mark:
                assert not controller.is_read(key)
                controller.mark_read([key])
            else:
                qtbot.waitUntil(lambda: controller.is_read(key), timeout=5000)
            controller.stop()
            context.tasks.wait_idle(10000)
            return exchange.base_url, controller.is_read(key)
        finally:
            exchange.stop()

    first_url, _ = run(mark=True)
    second_url, still_read = run(mark=False)
    assert first_url != second_url and still_read
