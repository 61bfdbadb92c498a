"""Notices grouped into stories and put in the order a worried customer should read them.

A story is one thing that happened, however many places tell it: a Statuspage
incident with its updates; a signed-feed item with the items that correct it (items
it supersedes are already folded into its timeline by the reader); and the same
story on another source, such as the exchange's unverified status page, shown once
under the verified copy ("also on the status page").

Order: open stories first, worst severity first, then those that ask the customer
to act, then the most recently changed;
planned maintenance next, soonest window first; resolved stories last, newest first.
A story's severity is that of its own source's copies, never raised by an unverified
copy: a taken-over status page must not push a story to the top.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from breachguard.core.feeds.alerts import is_open
from breachguard.core.feeds.model import SEVERITY_RANK, UNKNOWN, FeedState, Notice

# An unverified copy joins a verified story only when this sure (0..1), see _likeness.
SAME_STORY_THRESHOLD = 0.45
_SHINGLE_WORDS = 6
_WORD = re.compile(r"\w+", re.UNICODE)
_EPOCH = datetime.min.replace(tzinfo=timezone.utc)


class StoryGroup(enum.Enum):
    OPEN = "open"
    PLANNED = "planned"
    RESOLVED = "resolved"


@dataclass(frozen=True)
class Copy:
    """One source's version of a story."""

    notice: Notice
    state: FeedState
    read_key: str


@dataclass(frozen=True)
class Story:
    key: str
    lead: Copy
    also: tuple[Copy, ...]
    earlier: tuple[Notice, ...]
    group: StoryGroup
    severity: str

    @property
    def title(self) -> str:
        return self.lead.notice.title

    @property
    def when(self) -> datetime | None:
        """The latest change of the lead copy or of anything it corrects."""
        moments = [n.when for n in (self.lead.notice, *self.earlier) if n.when is not None]
        return max(moments) if moments else None

    @property
    def is_open(self) -> bool:
        return self.group is not StoryGroup.RESOLVED

    @property
    def read_keys(self) -> tuple[str, ...]:
        keys = [self.lead.read_key, *(c.read_key for c in self.also)]
        keys += [_key(self.lead.state, n) for n in self.earlier]
        return tuple(dict.fromkeys(keys))


def read_key(state: FeedState, notice: Notice) -> str:
    """A notice's name for read/unread: publisher, kind of source and notice id."""
    return _key(state, notice)


def _key(state: FeedState, notice: Notice) -> str:
    return f"{state.provider_id or state.label}/{state.format}/{notice.id}"


def build_stories(states: Sequence[FeedState]) -> tuple[Story, ...]:
    """Every listed notice in exactly one story (as lead, ``also`` or ``earlier``)."""
    verified = [s for s in states if s.verified]
    unverified = [s for s in states if not s.verified]
    stories = [_own_story(copy, earlier) for copy, earlier in _chains(verified)]
    drafts: list[tuple[Story, list[Copy]]] = [(story, []) for story in stories]
    standalone: list[tuple[Copy, tuple[Notice, ...]]] = []
    for copy, earlier in _chains(unverified):
        best, best_score = None, 0.0
        for index, (story, _) in enumerate(drafts):
            score = _likeness(copy.notice, story)
            if score > best_score:
                best, best_score = index, score
        if best is not None and best_score >= SAME_STORY_THRESHOLD:
            drafts[best][1].append(copy)
        else:
            standalone.append((copy, earlier))
    result = [
        Story(s.key, s.lead, tuple(also), s.earlier, s.group, s.severity) for s, also in drafts
    ]
    result += [_own_story(copy, earlier) for copy, earlier in standalone]
    return tuple(sorted(result, key=_order))


def first_to_select(stories: Sequence[Story], is_read: Callable[[str], bool]) -> Story | None:
    """The most severe unread open story; else the first open one; else the first."""
    open_stories = [s for s in stories if s.group is StoryGroup.OPEN]
    unread = [s for s in open_stories if not is_read(s.lead.read_key)]
    for candidates in (unread, open_stories, list(stories)):
        if candidates:
            return min(candidates, key=_order)
    return None


# -- grouping --------------------------------------------------------------------------


def _chains(states: Iterable[FeedState]) -> list[tuple[Copy, tuple[Notice, ...]]]:
    """Per source, each correction chain as (newest item, the items it corrects).

    The same notice id from two sources of one kind (a page's summary.json and its
    incidents.json) is one copy: the one changed last is kept."""
    seen: dict[str, int] = {}
    chains: list[tuple[Copy, tuple[Notice, ...]]] = []
    for state in states:
        by_id = {n.id: n for n in state.notices}
        corrected_by: dict[str, str] = {}
        for notice in state.notices:
            target = notice.correction_of
            if target and target in by_id and target != notice.id:
                corrected_by.setdefault(target, notice.id)
        for notice in state.notices:
            if notice.id in corrected_by and not _in_cycle(notice.id, corrected_by):
                continue
            earlier: list[Notice] = []
            current, visited = notice, {notice.id}
            while current.correction_of in by_id and current.correction_of not in visited:
                if corrected_by.get(current.correction_of) != current.id:
                    break
                current = by_id[current.correction_of]
                visited.add(current.id)
                earlier.append(current)
            copy = Copy(notice, state, _key(state, notice))
            if copy.read_key in seen:
                index = seen[copy.read_key]
                if _changed(notice) > _changed(chains[index][0].notice):
                    chains[index] = (copy, tuple(earlier))
                continue
            seen[copy.read_key] = len(chains)
            chains.append((copy, tuple(earlier)))
    return chains


def _in_cycle(start: str, corrected_by: dict[str, str]) -> bool:
    node, seen = corrected_by.get(start), {start}
    while node is not None and node not in seen:
        seen.add(node)
        node = corrected_by.get(node)
    return node is not None


def _own_story(copy: Copy, earlier: tuple[Notice, ...]) -> Story:
    notices = (copy.notice, *earlier)
    severity = max(
        (n.severity for n in notices), key=lambda s: SEVERITY_RANK.get(s, SEVERITY_RANK[UNKNOWN])
    )
    return Story(copy.read_key, copy, (), earlier, _group(copy.notice), severity)


def _group(notice: Notice) -> StoryGroup:
    if not is_open(notice):
        return StoryGroup.RESOLVED
    return StoryGroup.PLANNED if notice.kind == "maintenance" else StoryGroup.OPEN


def _changed(notice: Notice) -> datetime:
    return notice.when or _EPOCH


def _order(story: Story) -> tuple[int, float, int, float]:
    group = (StoryGroup.OPEN, StoryGroup.PLANNED, StoryGroup.RESOLVED).index(story.group)
    newest_first = -(story.when or _EPOCH).timestamp()
    if story.group is StoryGroup.OPEN:
        severity = -SEVERITY_RANK.get(story.severity, SEVERITY_RANK[UNKNOWN])
        # Equally severe: what asks the customer to act (re-enroll 2FA) comes first.
        acts = 0 if story.lead.notice.offered_actions() else 1
        return group, severity, acts, newest_first
    if story.group is StoryGroup.PLANNED:
        start = story.lead.notice.window_start or story.lead.notice.when or _EPOCH
        return group, start.timestamp(), 0, newest_first
    return group, 0, 0, newest_first


# -- the same story on another source --------------------------------------------------


def _likeness(copy: Notice, story: Story) -> float:
    """How sure it is that an unverified notice tells this verified story (0..1).

    Shared wording weighs most (exchanges paste the same text on their status page),
    then the same affected services and similar titles. An open and a closed story
    are never the same."""
    if is_open(copy) != story.is_open:
        return 0.0
    theirs = [story.lead.notice, *story.earlier]
    text_mine = _shingles(" ".join([copy.body, *(u.text for u in copy.updates)]))
    text_theirs = _shingles(
        " ".join(t for n in theirs for t in (n.body, *(u.text for u in n.updates)))
    )
    shared_text = len(text_mine & text_theirs) / len(text_mine) if text_mine else 0.0
    comps_mine = {c.casefold() for c in copy.components}
    comps_theirs = {c.casefold() for n in theirs for c in n.components}
    shared_components = _jaccard(comps_mine, comps_theirs)
    titles = _jaccard(_words(copy.title), set().union(*(_words(n.title) for n in theirs)))
    return min(1.0, 0.6 * shared_text + 0.3 * shared_components + 0.3 * titles)


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = [w.casefold() for w in _WORD.findall(text)]
    return {tuple(words[i : i + _SHINGLE_WORDS]) for i in range(len(words) - _SHINGLE_WORDS + 1)}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0
