"""The first frame: what is built and loaded before it, and what comes after.

The start-up benchmark times the same first frame; here it is checked for what it
holds, in a fresh interpreter as a customer starts the app, and in process for the
pages and controllers left for later.
"""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from breachguard.app import Application
from breachguard.core.profiles import DEMO_PROVIDER_ID
from breachguard.ui.pending_page import PendingPage
from tests.benchmarks.startup import BREACHGUARD, ROOT, frame_problems, measure

PROFILE = str(ROOT / "resources" / "profiles" / "example-exchange.json")


def first_frame(arguments: list[str], home: str) -> dict[str, Any]:
    """The first frame of a fresh app process, as the start-up benchmark records it."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", BREACHGUARD_HOME=home)
    env["BG_BENCH_ARGS"] = json.dumps(arguments)
    frame: dict[str, Any] = measure(BREACHGUARD, env)["frame"]
    return frame


@pytest.mark.parametrize(
    "arguments", [["--demo"], ["--provider", PROFILE]], ids=["demo", "exchange-profile"]
)
def test_the_first_frame_is_real_and_loads_none_of_the_deferred_libraries(
    arguments: list[str], tmp_path: Any
) -> None:
    frame = first_frame(arguments, str(tmp_path))
    assert frame_problems(frame) == []
    assert frame["steps"][0].endswith("Exchange status")
    # requests, keyring, cryptography, phonenumbers, zxing-cpp, segno, http.server and
    # pyotp load after the first frame; a module on its path importing one fails here.
    assert frame["deferred_loaded"] == []


def test_only_the_shown_page_is_built_before_the_first_frame(
    qtbot: Any, application: Application
) -> None:
    window = application.show(DEMO_PROVIDER_ID)
    qtbot.addWidget(window)
    pending = [type(page).__name__ for page in window._pages]
    assert pending == ["StatusPage", *["PendingPage"] * 4]
    assert window.controllers is not None and not window.controllers.checklist_built
    assert application.demo is not None and not application.demo.serving
    # Once drawn: the Demo Exchange serves, the checklist ticks, the other pages follow.
    qtbot.waitUntil(lambda: application.demo is not None and application.demo.serving)
    qtbot.waitUntil(lambda: not any(isinstance(p, PendingPage) for p in window._pages))
    assert window.controllers.checklist_built
    titles = [window.step_list.item(row).text() for row in range(window.step_list.count())]
    assert titles == [f"{n}  {page.title()}" for n, page in enumerate(window.pages[:4], 1)] + [
        "Summary"
    ]


def test_a_step_asked_for_before_it_was_built_is_built_at_once(
    qtbot: Any, application: Application
) -> None:
    window = application.show(DEMO_PROVIDER_ID)
    qtbot.addWidget(window)
    assert isinstance(window._pages[2], PendingPage)
    window.go_to_step_id("2FA")
    page = window.current_page()
    assert type(page).__name__ == "EnrollPage" and page.isVisible()
    assert window.heading_label.text() == "Step 3 of 4 — Set up two-factor authentication again"
    assert window.stack.currentWidget().widget() is page  # type: ignore[attr-defined]


def test_the_app_reopens_on_the_saved_step_with_that_page_built(
    qtbot: Any, application: Application
) -> None:
    application.settings.set("last_step", "CHECKLIST")
    window = application.show(DEMO_PROVIDER_ID)
    qtbot.addWidget(window)
    assert type(window.current_page()).__name__ == "ChecklistPage"
    assert isinstance(window._pages[0], PendingPage)


def all_built(window: Any) -> bool:
    return not any(isinstance(page, PendingPage) for page in window._pages)


@pytest.mark.parametrize("switch", ["language", "exchange"])
def test_a_rebuilt_window_leaves_nothing_behind(
    qtbot: Any, application: Application, switch: str
) -> None:
    """A language switch rebuilds the window on the same session, an exchange switch
    on new services; either way the old window's pages and controllers (and the old
    services) must go, not stay connected to the session and answer its signals
    for a window no longer there."""
    import gc
    import weakref

    from PySide6.QtCore import QCoreApplication, QEvent

    window = application.show(DEMO_PROVIDER_ID)
    qtbot.waitUntil(functools.partial(all_built, window))
    assert window.controllers is not None
    old = [
        weakref.ref(obj)
        for obj in (
            window,
            *window.controllers.all(),
            *window.pages,
            *window.findChildren(QWidget, "email.demoSmsPanel"),
        )
    ]
    if switch == "language":
        application.switch_language("de")
    else:
        old.append(weakref.ref(window.context))
        plan = application.plan_import(Path(PROFILE))
        application.switch_provider(application.registry.install(plan).id)
    del window
    qtbot.addWidget(application.window)
    assert application.context is not None
    # Work already running for the old window holds it until the work is done.
    tasks = application.context.tasks
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=15000)
    application.context.session.set_login_email("ola@example.org")  # nothing old answers
    application.context.session.set_support_mode(True)
    application.context.session.set_support_mode(False)

    def released() -> bool:
        # deleteLater'd objects go when the event loop runs; a worker thread drops its
        # job (and the callbacks in it) a moment after delivering the result.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        return all(ref() is None for ref in old)

    qtbot.waitUntil(released, timeout=5000)


def test_a_pending_page_imports_first_and_refuses_another_steps_page(
    qtbot: Any, app_context: Any
) -> None:
    from breachguard.core.steps import StepId
    from breachguard.ui.pages.checklist_page import ChecklistPage
    from breachguard.ui.step_titles import step_title

    pending = PendingPage(
        app_context,
        StepId.SUMMARY,
        numbered=False,
        title=functools.partial(step_title, StepId.SUMMARY),
        build=lambda: ChecklistPage(app_context),
        module="breachguard.ui.pages.summary_page",
    )
    qtbot.addWidget(pending)
    assert not pending.prepared and pending.title() == "Summary"
    pending.prepare()
    assert pending.prepared
    with pytest.raises(RuntimeError, match="another step's"):
        pending.build()


def test_the_window_icon_is_set_once_the_first_frame_is_drawn(
    qtbot: Any, application: Application
) -> None:
    """Decoding every icon size for the window is left until after the first frame;
    it must still happen, with every size the app ships."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from breachguard.app import set_icon_after_first_frame

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setWindowIcon(QIcon())  # the suite's conftest puts the icon back afterwards
    window = application.show(DEMO_PROVIDER_ID)
    qtbot.addWidget(window)
    set_icon_after_first_frame(app, window)
    assert app.windowIcon().availableSizes() == []
    qtbot.waitUntil(lambda: len(app.windowIcon().availableSizes()) == 6, timeout=5000)
    assert {size.width() for size in app.windowIcon().availableSizes()} == {
        16,
        32,
        64,
        128,
        256,
        512,
    }
