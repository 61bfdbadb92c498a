"""One story in full: the lead copy's text, what it offers, and its timeline.

The lead is the verified copy when there is one; the same story on another source
is named beside it ("also on the status page"), never merged into one verdict.
The timeline lists the lead's Statuspage updates and the notices it supersedes or
corrects, newest first. Only a verified, current notice may offer in-app actions.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from breachguard.core.feeds import alerts, scam
from breachguard.core.feeds.model import Notice
from breachguard.core.feeds.stories import Story, StoryGroup
from breachguard.core.steps import StepId
from breachguard.qt.i18n import core_text
from breachguard.ui.banner import Banner
from breachguard.ui.flow_layout import FlowLayout
from breachguard.ui.format import TimeFormat
from breachguard.ui.pages.status.icons import severity_icon
from breachguard.ui.pages.status.wording import severity_text, status_text
from breachguard.ui.widgets import PAGE_MARGINS, SPACING, label, set_bold

ACTION_STEPS = {"reenroll_2fa": StepId.TWO_FA, "verify_login_email": StepId.LOGIN_EMAIL}


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatusPage", text)


def _selectable(widget: QLabel) -> QLabel:
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def scam_topics() -> dict[str, str]:
    return {
        "seed_phrase": _tr("seed or recovery phrases"),
        "remote_access": _tr("remote access to your computer"),
        "verification_deposit": _tr("a “verification deposit” or payment"),
        "move_funds": _tr("moving your funds"),
    }


class StoryDetail(QScrollArea):
    goto_step = Signal(str)

    def __init__(
        self,
        times: TimeFormat,
        provider_name: str,
        now: Callable[[], float],
        language: Callable[[], str],
        parent: QWidget | None = None,
        *,
        staff_statement: bool = True,
    ) -> None:
        """``staff_statement``: the exchange itself says what its staff never ask for
        (its own profile); a community profile does not, so the warnings say it of
        no one in particular."""
        super().__init__(parent)
        self.setObjectName("status.detail")
        self._staff_statement = staff_statement
        # It takes Tab to scroll with the keyboard; a screen reader names that stop.
        self.setAccessibleName(_tr("Details of the selected notice"))
        self._times = times
        self._provider = provider_name
        self._now = now
        self._language = language
        self.story: Story | None = None
        self._scroll_to = 0
        self._scroll_timer = QTimer(self)  # owned: stops with the pane
        self._scroll_timer.setSingleShot(True)
        self._scroll_timer.setInterval(0)
        self._scroll_timer.timeout.connect(
            lambda: self.verticalScrollBar().setValue(self._scroll_to)
        )
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # A Tab stop (the keyboard scrolls it) that showed no focus: its border takes the
        # highlight colour while it has the keyboard. Only this widget matches the rule.
        self.setStyleSheet(
            "QScrollArea#status\\.detail { border: 1px solid palette(mid); }"
            "QScrollArea#status\\.detail:focus { border: 2px solid palette(highlight); }"
        )
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.setSpacing(SPACING)
        head = QHBoxLayout()
        self.icon = QLabel(body)
        self.icon.setObjectName("status.detailIcon")
        self.title = _selectable(label("status.detailTitle", body))
        set_bold(self.title, 1.25)
        head.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.title, 1)
        layout.addLayout(head)
        names = ("Severity", "Source", "Also", "Window", "Time")
        self.severity, self.source, self.also, self.window, self.time = (
            _selectable(label(f"status.detail{name}", body)) for name in names
        )
        self.correction = Banner("status.correctionBanner", "info", body)
        self.next_update = _selectable(label("status.detailNextUpdate", body))
        self.scam_banner = Banner("status.scamWarning", "danger", body)
        self.scam_reminder = Banner("status.scamReminder", "info", body)
        self.body = _selectable(label("status.detailBody", body))
        self.components = _selectable(label("status.detailComponents", body))
        self.link = _selectable(label("status.detailLink", body))
        self.open_link_button = QPushButton(body)
        self.open_link_button.setObjectName("status.openLinkButton")
        self.open_link_button.clicked.connect(self._open_link)
        self.timeline = _selectable(label("status.timeline", body))
        self.problems = _selectable(label("status.detailProblems", body))
        # Wraps, so a narrow pane shows both buttons whole instead of scrolling sideways.
        actions = FlowLayout()
        self.reenroll_button = QPushButton(_tr("Re-&enroll 2FA now"), body)
        self.reenroll_button.setObjectName("status.reenrollButton")
        self.reenroll_button.clicked.connect(
            lambda: self.goto_step.emit(ACTION_STEPS["reenroll_2fa"])
        )
        self.login_email_button = QPushButton(_tr("Find your &login email"), body)
        self.login_email_button.setObjectName("status.loginEmailButton")
        self.login_email_button.clicked.connect(
            lambda: self.goto_step.emit(ACTION_STEPS["verify_login_email"])
        )
        for widget in (self.severity, self.source, self.also, self.window, self.time):
            layout.addWidget(widget)
        for widget in (self.correction, self.next_update, self.scam_banner, self.scam_reminder):
            layout.addWidget(widget)
        layout.addLayout(actions)
        actions.add(self.reenroll_button)
        actions.add(self.login_email_button)
        for widget in (
            self.body,
            self.components,
            self.link,
            self.open_link_button,
            self.timeline,
            self.problems,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(body)

    def minimumSizeHint(self) -> QSize:
        # As narrow as its widest unbreakable part (a button, a long word), no
        # narrower: the splitter then gives the list the rest, and nothing scrolls
        # sideways.
        hint = super().minimumSizeHint()
        body = self.widget()
        if body is None:
            return hint
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        width = body.minimumSizeHint().width() + 2 * self.frameWidth() + bar
        return QSize(max(hint.width(), width), hint.height())

    # -- showing -------------------------------------------------------------------

    def show_story(self, story: Story | None) -> None:
        same = story is not None and self.story is not None and story.key == self.story.key
        # Another story starts at its title; the same one refreshed (its times tick
        # every minute) stays where the reader is.
        kept = self.verticalScrollBar().value() if same else 0
        self.story = story
        self.setVisible(story is not None)
        if story is None:
            return
        self._scroll_to = kept
        self._scroll_timer.start()  # once the new text is laid out
        notice, state = story.lead.notice, story.lead.state
        text = notice.localized(self._language())
        self.icon.setPixmap(severity_icon(story.severity, 28).pixmap(28, 28))
        self.title.setText(text.title)
        self.severity.setText(
            _tr("Severity: {severity} · Status: {status}").format(
                severity=severity_text(story.severity), status=status_text(notice.status)
            )
        )
        if state.verified:
            source = _tr("From {label} · Verified ✓ (signed by {name})").format(
                label=core_text(state.label), name=self._provider
            )
        else:
            source = _tr("From {label} · Unverified (TLS only)").format(
                label=core_text(state.label)
            )
        self.source.setText(source)
        self._show_also(story)
        self._show_window(story)
        self.time.setText(self._published(notice))
        self._show_correction(story)
        self._show_next_update(notice)
        self._show_scam_warning(notice)
        self.body.setText(text.body)
        self.components.setVisible(bool(notice.components))
        self.components.setText(
            _tr("Affected: {components}").format(components=", ".join(notice.components))
        )
        self._show_link(notice)
        self._show_timeline(story)
        self.problems.setVisible(bool(notice.problems))
        self.problems.setText(
            _tr("Notes on this notice: {problems}").format(problems="; ".join(notice.problems))
        )
        actions = alerts.actions_for(state, notice, self._now())
        self.reenroll_button.setVisible("reenroll_2fa" in actions)
        self.login_email_button.setVisible("verify_login_email" in actions)
        self.updateGeometry()  # another story may need more width: the splitter asks again

    def _at(self, moment: datetime | None) -> str:
        return self._times.date_time(moment) if moment else _tr("time unknown")

    def _when(self, moment: datetime | None) -> str:
        if moment is None:
            return _tr("time unknown")
        return f"{self._times.date_time(moment)} ({self._times.age(moment.timestamp())})"

    def _published(self, notice: Notice) -> str:
        if notice.modified:
            return _tr("Updated {when}").format(when=self._when(notice.when))
        return _tr("Published {when}").format(when=self._when(notice.when))

    def _show_also(self, story: Story) -> None:
        self.also.setVisible(bool(story.also))
        lines = []
        for copy in story.also:
            kind = _tr("verified") if copy.state.verified else _tr("unverified")
            if copy.state.format.startswith("statuspage"):
                line = _tr("Also on the status page ({kind}): “{title}” · {status} · {when}")
            else:
                line = _tr("Also on {label} ({kind}): “{title}” · {status} · {when}")
            lines.append(
                line.format(
                    label=core_text(copy.state.label),
                    kind=kind,
                    title=copy.notice.localized(self._language()).title,
                    status=status_text(copy.notice.status),
                    when=self._when(copy.notice.when),
                )
            )
        self.also.setText("\n".join(lines))

    def _show_window(self, story: Story) -> None:
        notice = story.lead.notice
        start = notice.window_start
        self.window.setVisible(start is not None)
        if start is None:
            return
        window = self._times.window(start, notice.window_end)
        if story.group is StoryGroup.PLANNED:
            self.window.setText(_tr("Planned: {window}").format(window=window))
        else:
            self.window.setText(_tr("Maintenance window: {window}").format(window=window))

    def _show_next_update(self, notice: Notice) -> None:
        promised = notice.next_update_at
        self.next_update.setVisible(promised is not None)
        if promised is None:
            return
        if promised.timestamp() > self._now():
            self.next_update.setText(
                _tr("Next update expected at {time}").format(
                    time=self._times.utc_and_yours(promised)
                )
            )
        else:
            self.next_update.setText(
                _tr("An update was promised for {time} and has not arrived yet.").format(
                    time=self._times.clock_or_date_time(promised)
                )
            )

    def _show_correction(self, story: Story) -> None:
        notice, state = story.lead.notice, story.lead.state
        language = self._language()
        self.correction.setVisible(bool(notice.correction_of))
        if notice.correction_of:
            known = (*story.earlier, *state.notices)
            original = next((n for n in known if n.id == notice.correction_of), None)
            if original is not None:
                self.correction.set_text(
                    _tr(
                        "✎ Correction to the earlier notice “{title}”. The earlier notice is kept "
                        "as it was published."
                    ).format(title=original.localized(language).title)
                )
            else:
                self.correction.set_text(_tr("✎ This corrects an earlier notice."))
        corrected_by = [n for n in state.notices if n.correction_of == notice.id]
        if corrected_by and not notice.correction_of:
            self.correction.setVisible(True)
            self.correction.set_text(
                _tr("✎ This notice was later corrected: see “{title}”.").format(
                    title=corrected_by[0].localized(language).title
                )
            )

    def _show_scam_warning(self, notice: Notice) -> None:
        """The one rule of ``scam.presentation``: red only for an unverified notice
        that asks for what staff never ask for, else at most a neutral reminder."""
        names = scam_topics()
        shown = scam.presentation(notice)
        self.scam_banner.setVisible(shown == "warning")
        self.scam_reminder.setVisible(shown == "reminder")
        if shown == "warning":
            asked = ", ".join(names[f] for f in notice.scam_flags if f in names)
            if self._staff_statement:
                text = _tr(
                    "⚠ Scam warning: this notice mentions {topics}. {name} staff will never ask "
                    "you for these. If anyone does — by email, phone or chat — it is a scam: stop "
                    "and contact support through the official website."
                ).format(topics=asked, name=self._provider)
            else:
                text = _tr(
                    "⚠ Scam warning: this notice mentions {topics}. Never give these to anyone "
                    "— by email, phone or chat — whoever they say they are: stop and contact "
                    "support through the official website."
                ).format(topics=asked)
            self.scam_banner.set_text(text)
        elif shown == "reminder":
            topics = ", ".join(names[f] for f in scam.reminder_topics(notice) if f in names)
            if self._staff_statement:
                text = _tr(
                    "{name} staff will never ask you for {topics}. Anyone who does is a scammer, "
                    "whatever they say."
                ).format(name=self._provider, topics=topics)
            else:
                text = _tr(
                    "Never give anyone {topics}. Anyone who asks is a scammer, whatever they say."
                ).format(topics=topics)
            self.scam_reminder.set_text(text)

    def _show_link(self, notice: Notice) -> None:
        link = notice.link
        self.open_link_button.setVisible(bool(link and link.safe))
        self.link.setVisible(bool(link and not link.safe))
        if link is None:
            return
        if link.safe:
            host = QUrl(link.url).host()
            self.open_link_button.setText(_tr("&Open on {host}").format(host=host))
            self.open_link_button.setToolTip(link.url)
        else:
            self.link.setText(
                _tr("Link not opened for your safety ({reason}): {url}").format(
                    reason=core_text(link.reason), url=link.url
                )
            )

    def _show_timeline(self, story: Story) -> None:
        language = self._language()
        notice = story.lead.notice
        entries: list[tuple[float, str]] = []
        if len(notice.updates) > 1:
            for update in notice.updates:
                entries.append(
                    (
                        update.at.timestamp() if update.at else float("-inf"),
                        _tr("• {when} — {status}:\n   {text}").format(
                            when=self._at(update.at),
                            status=status_text(update.status),
                            text=update.text_in(language),
                        ),
                    )
                )
        for earlier in story.earlier:
            text = earlier.localized(language)
            kind = _tr("corrected") if notice.correction_of == earlier.id else _tr("superseded")
            entries.append(
                (
                    earlier.when.timestamp() if earlier.when else float("-inf"),
                    _tr("• {when} — {status} ({kind}): “{title}”\n   {text}").format(
                        when=self._at(earlier.when),
                        status=status_text(earlier.status),
                        kind=kind,
                        title=text.title,
                        text=text.body,
                    ),
                )
            )
        self.timeline.setVisible(bool(entries))
        entries.sort(key=lambda entry: entry[0], reverse=True)
        lines = [_tr("Update history (newest first):"), *(text for _at, text in entries)]
        self.timeline.setText("\n\n".join(lines))

    def _open_link(self) -> None:
        notice = self.story.lead.notice if self.story else None
        if notice is not None and notice.link is not None and notice.link.safe:
            QDesktopServices.openUrl(QUrl(notice.link.url))
