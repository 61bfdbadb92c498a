"""Step 2 keeps its layout in every state a user reaches: on a real X server at
1280x800 (English and German), 1366x768 (also in support mode) and 200 %, every
visible widget lies inside what its parent shows, and nothing in a scrolled tab
is cut off where no scroll bar could bring it into view (after a lookup the
left column used to shift sideways, cutting "Country:" and "Sign in with…", and
the Demo SMS panel was cut off on the right)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.foundation.test_window_fit import (
    assert_fits,
    run_probe,
    view_problems,
    xvfb_of_size,
)

__all__ = ["xvfb_of_size"]  # the fixture, shared with the window-fit tests

SCREENS = [
    pytest.param((1280, 800), "", "en", [], id="1280x800-en"),
    pytest.param((1280, 800), "", "de", [], id="1280x800-de"),
    pytest.param((1366, 768), "", "en", [], id="1366x768-en"),
    pytest.param((1366, 768), "", "nb", ["support"], id="1366x768-nb-support"),
    pytest.param((2560, 1600), "2", "en", [], id="2560x1600-200%-en"),
]
STATES = [
    "empty",
    "typing",
    "two addresses",
    "inboxes",
    "mail search",
    "mail found",
    "number too short",
    "number typed",
    "code sent",
    "wrong code",
    "answer",
]


@pytest.mark.xvfb
@pytest.mark.parametrize(("screen", "scale", "language", "options"), SCREENS)
def test_step_two_fits_in_every_state(
    xvfb_of_size: Callable[[int, int], str],
    tmp_path: Path,
    screen: tuple[int, int],
    scale: str,
    language: str,
    options: list[str],
) -> None:
    env = {"DISPLAY": xvfb_of_size(*screen), "QT_QPA_PLATFORM": "xcb"}
    if scale:
        env["QT_SCALE_FACTOR"] = scale
    report = run_probe(env, tmp_path / "home", language, ["step2", *options])
    assert_fits(report["after"], "after step 2")
    views = report["views"]
    assert [view["view"].split(" ", 1)[1] for view in views] == STATES
    problems = view_problems(views)
    assert not problems, "\n".join(problems)
