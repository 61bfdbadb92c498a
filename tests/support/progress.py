"""Reading step 1's notices as a user would, for the progress tests: which stories
must be opened before "Read the notices" ticks."""

from __future__ import annotations

import time
from typing import Any

from breachguard.core.feeds.stories import StoryGroup, build_stories
from breachguard.qt.notices import NoticesController


def open_critical_keys(notices: NoticesController) -> list[str]:
    """Read keys of the lead copies of the open critical stories now listed."""
    return [
        story.lead.read_key
        for story in build_stories(notices.states())
        if story.group is StoryGroup.OPEN and story.severity == "critical"
    ]


def wait_for_notices(
    qtbot: Any, notices: NoticesController, sources: int, timeout: int = 15000
) -> None:
    """Until the saved read marks are in and each of ``sources`` has answered a fetch
    made from now on (a saved copy alone does not count)."""
    since = time.time() - 1  # the feeds' times are whole seconds
    qtbot.waitUntil(
        lambda: (
            notices.reads_loaded
            and len(notices.states()) == sources
            and not notices.busy
            and all((state.checked_at or 0) >= since for state in notices.states())
        ),
        timeout=timeout,
    )
