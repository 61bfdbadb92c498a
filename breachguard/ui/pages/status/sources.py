"""Where the notices come from: one line per source (verified or not, how old its
content is), and the banners for a failed verification, a failed check or an
expired feed. A failed verification keeps the last good notices under a red banner."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from breachguard.core.feeds import alerts
from breachguard.core.feeds.model import FeedState
from breachguard.qt.i18n import core_text
from breachguard.ui.banner import Banner
from breachguard.ui.format import TimeFormat


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatusPage", text)


class SourcesView(QWidget):
    def __init__(
        self,
        times: TimeFormat,
        provider_name: str,
        now: Callable[[], float],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("status.sources")
        self._times = times
        self._provider = provider_name
        self._now = now
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._widgets: list[QWidget] = []

    def set_states(self, states: Sequence[FeedState]) -> None:
        for widget in self._widgets:
            self._layout.removeWidget(widget)
            widget.deleteLater()
        self._widgets = []
        for index, state in enumerate(states):
            for widget in self._widgets_for(state, index):
                self._layout.addWidget(widget)
                widget.show()  # now, not at the next event-loop turn
                self._widgets.append(widget)

    def source_line(self, state: FeedState) -> str:
        # The content's own age: a server answering "not modified" must not make an
        # old feed look as fresh as the moment it was last asked.
        age = self._times.age(state.published_at)
        if state.verified:
            return _tr("{label}: Verified ✓ signed by {name}, published {age}").format(
                label=core_text(state.label), name=self._provider, age=age
            )
        if state.signed:
            return _tr("{label}: no verified notices yet").format(label=core_text(state.label))
        if state.feed is None:
            return _tr("{label}: Unverified (TLS only), nothing loaded yet").format(
                label=core_text(state.label)
            )
        return _tr(
            "{label}: Unverified (TLS only), updated {age}. "
            "It cannot start any action or alert in this app."
        ).format(label=core_text(state.label), age=age)

    def _widgets_for(self, state: FeedState, index: int) -> list[QWidget]:
        widgets: list[QWidget] = []
        line = Banner(f"status.source{index}", "info" if state.verified else "warning", self)
        line.set_text(self.source_line(state))
        widgets.append(line)
        age = self._times.age(state.published_at)
        if state.error and state.verification_failed:
            banner = Banner(f"status.verificationBanner{index}", "danger", self)
            if state.feed is not None:
                text = _tr(
                    "⚠ The latest notices from {label} failed verification and were NOT shown: "
                    "{reason}. Below are the last verified notices, from {age}."
                ).format(label=core_text(state.label), reason=core_text(state.error), age=age)
            else:
                text = _tr(
                    "⚠ The notices from {label} failed verification and are not shown: {reason}."
                ).format(label=core_text(state.label), reason=core_text(state.error))
            banner.set_text(text)
            widgets.append(banner)
        elif state.error:
            banner = Banner(f"status.errorBanner{index}", "warning", self)
            text = _tr("Could not check {label} for new notices: {reason}.").format(
                label=core_text(state.label), reason=core_text(state.error)
            )
            if state.feed is not None:
                text += " " + _tr("Showing the copy from {age}.").format(age=age)
            banner.set_text(text)
            widgets.append(banner)
        expires = state.feed.expires_at if state.feed else None
        if alerts.is_expired(state, self._now()):
            banner = Banner(f"status.staleBanner{index}", "warning", self)
            banner.set_text(
                _tr(
                    "Out of date: these notices expired at {time} and {label} has not published "
                    "newer ones. Things may have changed since."
                ).format(
                    time=self._times.date_time(expires) if expires else _tr("time unknown"),
                    label=core_text(state.label),
                )
            )
            widgets.append(banner)
        return widgets
