"""The main window fits the screen: it opens within the available geometry (also
when it inherits a larger geometry or is moved to a smaller screen), pages scroll
instead of setting the window's minimum size, and the shell's step list, heading,
banners and Back/Next stay on screen on every step.

The screen sizes are checked on a real X server (Xvfb started at that size), one
fresh app process per screen: it is the platform the screenshots come from, and
X reports the window's real geometry and scale (QT_SCALE_FACTOR=2 on 2560x1600).
Moving between screens needs two screens, which Xvfb only offers as separate X
screens a window cannot move between; that one case runs on Qt's offscreen
platform, whose configuration file describes several screens side by side.
The shell's parts are also checked in this process, on its offscreen screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from breachguard.ui.main_window import MainWindow
from breachguard.ui.step_page import PageScrollArea, PhaseStack
from tests.foundation.window_fit_probe import geometry_offenders

ROOT = Path(__file__).resolve().parents[2]

# (screen, QT_SCALE_FACTOR, language, probe options)
SCREENS = [
    pytest.param((1280, 800), "", "en", [], id="1280x800-en"),
    pytest.param((1280, 800), "", "de", [], id="1280x800-de"),
    pytest.param((1280, 800), "", "de", ["support"], id="1280x800-de-support"),
    pytest.param((1366, 768), "", "en", [], id="1366x768-en"),
    pytest.param((1366, 768), "", "en", ["support"], id="1366x768-en-support"),
    pytest.param((2560, 1600), "2", "en", [], id="2560x1600-200%-en"),
]


def run_probe(env: dict[str, str], home: Path, language: str, options: list[str]) -> Any:
    result = subprocess.run(
        [sys.executable, "-m", "tests.foundation.window_fit_probe", language, *options],
        env={
            **os.environ,
            **env,
            "BREACHGUARD_HOME": str(home),
            "PYTHONPATH": str(ROOT),
        },
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("REPORT ")]
    assert result.returncode == 0 and lines, result.stderr[-3000:]
    report = json.loads(lines[-1].removeprefix("REPORT "))
    assert "error" not in report, report["error"]
    assert report["exposed"], "the window never appeared on the screen"
    return report


@pytest.fixture
def xvfb_of_size() -> Iterator[Callable[[int, int], str]]:
    """Starts a private Xvfb with a screen of the given size; yields its DISPLAY."""
    from tests.system_services import ServiceUnavailable, private_xvfb

    with ExitStack() as servers:

        def start(width: int, height: int) -> str:
            try:
                return servers.enter_context(private_xvfb(width, height))
            except ServiceUnavailable as exc:
                pytest.skip(f"no X server here: {exc}")

        yield start


def within(outer: list[int], inner: list[int]) -> bool:
    return QRect(*outer).contains(QRect(*inner))


def view_problems(views: list[dict[str, Any]]) -> list[str]:
    """What each walked view got wrong: shell parts off screen, widgets sticking out."""
    problems = []
    for view in views:
        assert view["checked"] >= 10, f"{view['view']}: only {view['checked']} widgets shown"
        for part, place in view["shell"].items():
            if not place["visible"] or not place["inside"]:
                problems.append(f"{view['view']}: {part} at {place['rect']} is not on screen")
        problems += [f"{view['view']}: {offender}" for offender in view["offenders"]]
    return problems


def assert_fits(state: dict[str, Any], what: str) -> None:
    assert within(state["available"], state["frame"]), (
        f"{what}: the window's frame {state['frame']} is not within the screen's "
        f"available area {state['available']}"
    )


@pytest.mark.xvfb
@pytest.mark.secret_service
@pytest.mark.parametrize(("screen", "scale", "language", "options"), SCREENS)
def test_every_step_fits_the_screen(
    xvfb_of_size: Callable[[int, int], str],
    _secret_service_env: dict[str, str],
    tmp_path: Path,
    screen: tuple[int, int],
    scale: str,
    language: str,
    options: list[str],
) -> None:
    # A real keyring, so step 3 goes through every phase (without one it stops at
    # "no keyring", which the walk also shows before the keyring has answered).
    env = {"DISPLAY": xvfb_of_size(*screen), "QT_QPA_PLATFORM": "xcb", **_secret_service_env}
    if scale:
        env["QT_SCALE_FACTOR"] = scale
    report = run_probe(env, tmp_path / "home", language, options)

    assert_fits(report["opened"], "as opened")
    assert_fits(report["after"], "after every step")
    available = report["opened"]["available"]
    least = report["after"]["minimum"]
    assert least[0] <= available[2] and least[1] <= available[3], (
        f"the window cannot be smaller than {least}, the screen has {available[2:]}"
    )
    problems = view_problems(report["views"])
    assert not problems, "\n".join(problems)
    assert [view["view"] for view in report["views"]] == [
        "STATUS",
        "LOGIN-EMAIL-LIST",
        "2FA-SCAN",
        "2FA-VERIFY",
        "2FA-CHECK",
        "2FA-DONE",
        "CHECKLIST",
        "SUMMARY",
    ]


@pytest.mark.xvfb
def test_a_window_rebuilt_from_a_larger_geometry_fits(
    xvfb_of_size: Callable[[int, int], str], tmp_path: Path
) -> None:
    """A language switch builds a new window where the old one was; the old one had
    been made larger than the screen (by code: a user's window manager would not)."""
    env = {"DISPLAY": xvfb_of_size(1366, 768), "QT_QPA_PLATFORM": "xcb"}
    report = run_probe(env, tmp_path / "home", "en", ["carry-over"])
    assert not within(report["enlarged"]["available"], report["enlarged"]["frame"])
    assert_fits(report["rebuilt"], "rebuilt in German")


def test_moving_to_a_smaller_screen_shrinks_the_window(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "large", "x": 0, "y": 0, "width": 1920, "height": 1200},
                    {"name": "small", "x": 1920, "y": 0, "width": 1280, "height": 800},
                ]
            }
        )
    )
    env = {"QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    report = run_probe(env, tmp_path / "home", "en", ["second-screen"])
    assert report["screens"] == [[0, 0, 1920, 1200], [1920, 0, 1280, 800]]
    assert report["large"]["screen"] == "large"
    assert report["large"]["frame"][2:] == [1920, 1200]  # bigger than the small screen
    assert report["moved"]["screen"] == "small"
    assert_fits(report["moved"], "moved to the small screen")


# -- the shell's parts, in this process -----------------------------------------------


def test_no_page_sets_the_windows_minimum_size(main_window: MainWindow) -> None:
    for page in main_window.pages:
        assert isinstance(page.parentWidget().parentWidget(), PageScrollArea)  # viewport's area
    # Step 3 alone used to need 810 px; now the shell's own parts decide.
    assert main_window.minimumSizeHint().height() < 320
    area = main_window.stack.widget(2)
    assert isinstance(area, PageScrollArea)
    assert area.objectName() == "page.2fa.scroll"
    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus


def tall_page() -> tuple[QWidget, QLineEdit, QLineEdit]:
    page = QWidget()
    page.setObjectName("page.sample")
    layout = QVBoxLayout(page)
    top = QLineEdit(page)
    layout.addWidget(top)
    spacer = QLabel("room", page)
    spacer.setMinimumHeight(1200)
    layout.addWidget(spacer)
    bottom = QLineEdit(page)
    layout.addWidget(bottom)
    return page, top, bottom


def test_a_page_scrolls_when_the_view_is_smaller(qtbot: Any) -> None:
    page, _top, _bottom = tall_page()
    area = PageScrollArea(page)
    qtbot.addWidget(area)
    assert area.minimumSizeHint().height() < 200
    area.resize(400, 300)
    area.show()
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    assert page.height() >= page.minimumSizeHint().height()
    area.resize(400, 1600)
    # No scrolling once there is room, and the page fills the whole view.
    qtbot.waitUntil(lambda: page.size() == area.viewport().size() == area.size())
    assert area.verticalScrollBar().maximum() == 0


def test_the_view_follows_the_keyboard_focus(qtbot: Any) -> None:
    page, top, bottom = tall_page()
    area = PageScrollArea(page)
    qtbot.addWidget(area)
    area.resize(400, 300)
    area.show()
    qtbot.waitExposed(area)
    area.activateWindow()
    bottom.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: bottom.hasFocus())

    def shown(widget: QWidget) -> bool:
        place = QRect(widget.mapTo(area.viewport(), widget.rect().topLeft()), widget.size())
        return area.viewport().rect().contains(place)

    qtbot.waitUntil(lambda: shown(bottom))
    assert not shown(top)
    top.setFocus(Qt.FocusReason.BacktabFocusReason)
    qtbot.waitUntil(lambda: shown(top))


def test_a_phase_stack_is_as_tall_as_the_phase_shown(qtbot: Any) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    stack = PhaseStack(holder)
    layout.addWidget(stack)
    heights = []
    for lines in (1, 12):
        phase = QWidget()
        phase_layout = QVBoxLayout(phase)
        for _ in range(lines):
            label = QLabel("a line of text that wraps when the view is narrow " * 2, phase)
            label.setWordWrap(True)
            phase_layout.addWidget(label)
        stack.addWidget(phase)
    for index in (0, 1, 0):
        stack.setCurrentIndex(index)
        heights.append(layout.totalMinimumHeightForWidth(300))
    assert heights[0] < heights[1] / 3, heights
    assert heights[2] == heights[0]


def test_the_geometry_check_names_what_sticks_out_or_is_cut(qtbot: Any) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    page.resize(300, 200)
    out = QLabel("outside", page)
    out.setObjectName("sample.outside")
    out.setGeometry(250, 20, 100, 20)
    cut = QLabel("a sentence long enough to wrap over several lines " * 3, page)
    cut.setObjectName("sample.cut")
    cut.setWordWrap(True)
    cut.setGeometry(0, 60, 120, 16)
    fine = QLabel("fine", page)
    fine.setGeometry(0, 100, 100, 30)
    page.show()
    offenders = geometry_offenders(page)
    assert len(offenders) == 2, offenders
    assert "QLabel sample.outside [250, 20, 100, 20] sticks out of QWidget" in offenders[0]
    assert offenders[1].startswith("QLabel sample.cut is 16 px high, its text needs")
