"""The tray icon follows the worst open severity and notifies once per critical notice."""

from __future__ import annotations

from typing import Any

from breachguard.qt.context import AppContext
from breachguard.qt.notices import NoticesController
from breachguard.ui.tray import StatusTray


def run_once(qtbot: Any, context: AppContext, shown: list[tuple[str, str]]) -> StatusTray:
    controller = NoticesController(context)
    tray = StatusTray(controller, context.provider.name, notifier=lambda *m: shown.append(m))
    controller.start()
    qtbot.waitUntil(lambda: not controller.busy and len(controller.states()) == 2, timeout=15000)
    controller.refresh()
    qtbot.waitUntil(lambda: not controller.busy, timeout=15000)
    controller.stop()
    context.tasks.wait_idle(10000)
    return tray


def test_demo_critical_notice_notifies_once_across_restarts(
    qtbot: Any, app_context: AppContext, tmp_path: Any
) -> None:
    shown: list[tuple[str, str]] = []
    tray = run_once(qtbot, app_context, shown)
    # The demo feed announces the 2FA revocation as a critical, verified notice.
    assert tray.severity == "critical"
    assert "critical" in tray.icon.toolTip() and "Demo Exchange" in tray.icon.toolTip()
    assert not tray.icon.icon().isNull()
    assert len(shown) >= 1
    titles = [message for _title, message in shown]
    assert len(titles) == len(set(titles)), "one notification per notice"
    assert all(title.startswith("Critical notice from Demo Exchange") for title, _ in shown)

    again: list[tuple[str, str]] = []
    run_once(qtbot, app_context, again)  # same data directory: a restart
    assert again == []


def test_same_notice_is_never_notified_twice_in_a_session(
    qtbot: Any, app_context: AppContext
) -> None:
    shown: list[tuple[str, str]] = []
    tray = run_once(qtbot, app_context, shown)
    controller_notice = tray.notified[0]
    from breachguard.core.feeds.model import Notice

    tray.notify_critical(Notice(id=controller_notice, title="again", body="", verified=True))
    assert [n for n in tray.notified if n == controller_notice] == [controller_notice]
    assert all(message != "again" for _title, message in shown)


def test_tooltip_names_the_severity_in_words(qtbot: Any, app_context: AppContext) -> None:
    controller = NoticesController(app_context)
    tray = StatusTray(controller, "Example", notifier=lambda *_m: None)
    for severity, words in (("", "no open verified notices"), ("major", "major problem")):
        tray.show_severity(severity)
        assert words in tray.icon.toolTip()
