"""Step 1: what the exchange itself says, from its verified channel.

Every feed text is shown as plain text. Only notices from a verified (signed)
feed may offer in-app actions; a failed verification keeps the last good
notices under a red banner, and an expired feed is marked stale.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QItemSelection, QLocale, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from breachguard.core.feeds import alerts
from breachguard.core.feeds.model import FeedState, Notice
from breachguard.qt.context import AppContext
from breachguard.qt.i18n import core_text
from breachguard.qt.notices import NoticesController
from breachguard.ui.banner import Banner
from breachguard.ui.pages.notice_list_model import (
    NoticeListModel,
    NoticeRole,
    StateRole,
    severity_icon,
)
from breachguard.ui.step_page import StepPage

ACTION_STEPS = {"reenroll_2fa": "2FA", "verify_login_email": "LOGIN-EMAIL"}


def _plain_label(object_name: str, parent: QWidget, *, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class StatusPage(StepPage):
    STEP_ID = "STATUS"

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        controller: NoticesController | None = None,
        autostart: bool = True,
    ) -> None:
        super().__init__(context, parent)
        self.controller = controller or NoticesController(context, self)
        self._selected_id: str | None = None
        self._follow_top = True
        self._build()
        self.controller.states_changed.connect(self._states_changed)
        self.controller.busy_changed.connect(self._busy_changed)
        self._tick = QTimer(self)
        self._tick.setInterval(30_000)
        self._tick.timeout.connect(self._refresh_times)
        self._tick.start()
        self._states_changed()
        if autostart:
            self.controller.start()

    def title(self) -> str:
        return self.tr("Exchange status")

    # -- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(16, 12, 16, 12)
        root.setSpacing(8)
        intro = QLabel(
            self.tr(
                "Notices from {name}'s own signed channel. Emails and social-media posts can be "
                "faked during an incident; what is marked Verified here cannot."
            ).format(name=self.context.provider.name),
            self,
        )
        intro.setObjectName("status.intro")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        root.addWidget(intro)

        self.sources_box = QVBoxLayout()
        self.sources_box.setSpacing(4)
        root.addLayout(self.sources_box)
        self._source_widgets: list[QWidget] = []

        bar = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setObjectName("status.refreshButton")
        self.refresh_button.setToolTip(self.tr("Check the exchange for new notices now"))
        self.refresh_button.clicked.connect(self.controller.refresh)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("status.progress")
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Checking for new notices"))
        self.progress.hide()
        self.busy_label = QLabel(self.tr("Checking for new notices…"), self)
        self.busy_label.setObjectName("status.busyLabel")
        self.busy_label.hide()
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.progress)
        bar.addWidget(self.busy_label)
        bar.addStretch(1)
        root.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("status.splitter")
        self.model = NoticeListModel(self)
        self.model.describe = self._describe_row
        self.list_view = QListView(splitter)
        self.list_view.setObjectName("status.noticeList")
        self.list_view.setAccessibleName(self.tr("Notices, newest first"))
        self.list_view.setModel(self.model)
        self.list_view.setWordWrap(True)
        self.list_view.setUniformItemSizes(False)
        # Laid out a few dozen rows per event-loop turn: a feed at its 500-notice cap
        # froze the window for a quarter of a second in one go.
        self.list_view.setLayoutMode(QListView.LayoutMode.Batched)
        self.list_view.setBatchSize(25)
        self.list_view.setSpacing(3)
        self.list_view.setMinimumWidth(280)
        self.list_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty_label = _plain_label("status.emptyLabel", self)

        self.detail = self._build_detail(splitter)
        splitter.addWidget(self.list_view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        root.addWidget(self.empty_label)
        root.addWidget(splitter, 1)

    def _build_detail(self, parent: QWidget) -> QScrollArea:
        scroll = QScrollArea(parent)
        scroll.setObjectName("status.detail")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        body = QWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        head = QHBoxLayout()
        self.detail_icon = QLabel(body)
        self.detail_icon.setObjectName("status.detailIcon")
        self.detail_title = _plain_label("status.detailTitle", body)
        font = self.detail_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.detail_title.setFont(font)
        head.addWidget(self.detail_icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.detail_title, 1)
        layout.addLayout(head)
        self.detail_severity = _plain_label("status.detailSeverity", body)
        self.detail_source = _plain_label("status.detailSource", body)
        self.detail_time = _plain_label("status.detailTime", body)
        self.detail_correction = Banner("status.correctionBanner", "info", body)
        self.detail_next = _plain_label("status.detailNextUpdate", body)
        self.scam_banner = Banner("status.scamWarning", "danger", body)
        self.detail_body = _plain_label("status.detailBody", body)
        self.detail_components = _plain_label("status.detailComponents", body)
        self.detail_link = _plain_label("status.detailLink", body)
        self.open_link_button = QPushButton(body)
        self.open_link_button.setObjectName("status.openLinkButton")
        self.open_link_button.clicked.connect(self._open_link)
        self.timeline = _plain_label("status.timeline", body)
        self.detail_problems = _plain_label("status.detailProblems", body)
        actions = QHBoxLayout()
        self.reenroll_button = QPushButton(self.tr("Re-enroll 2FA now"), body)
        self.reenroll_button.setObjectName("status.reenrollButton")
        self.reenroll_button.clicked.connect(
            lambda: self.goto_step.emit(ACTION_STEPS["reenroll_2fa"])
        )
        self.login_email_button = QPushButton(self.tr("Find your login email"), body)
        self.login_email_button.setObjectName("status.loginEmailButton")
        self.login_email_button.clicked.connect(
            lambda: self.goto_step.emit(ACTION_STEPS["verify_login_email"])
        )
        actions.addWidget(self.reenroll_button)
        actions.addWidget(self.login_email_button)
        actions.addStretch(1)
        for widget in (
            self.detail_severity,
            self.detail_source,
            self.detail_time,
            self.detail_correction,
            self.detail_next,
            self.scam_banner,
        ):
            layout.addWidget(widget)
        layout.addLayout(actions)
        for widget in (
            self.detail_body,
            self.detail_components,
            self.detail_link,
            self.open_link_button,
            self.timeline,
            self.detail_problems,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        scroll.setWidget(body)
        return scroll

    # -- wording ------------------------------------------------------------------------

    def _language(self) -> str:
        chosen = self.context.settings.get("language")
        name = chosen if isinstance(chosen, str) and chosen else QLocale().name()
        return name.split("_")[0].split("-")[0].lower()

    def _locale(self) -> QLocale:
        chosen = self.context.settings.get("language")
        return QLocale(chosen) if isinstance(chosen, str) and chosen else QLocale()

    def severity_text(self, severity: str) -> str:
        return {
            "critical": self.tr("Critical"),
            "major": self.tr("Major"),
            "minor": self.tr("Minor"),
            "info": self.tr("Information"),
        }.get(severity, self.tr("Severity unknown"))

    def status_text(self, status: str) -> str:
        return {
            "investigating": self.tr("Investigating"),
            "identified": self.tr("Cause identified"),
            "monitoring": self.tr("Monitoring"),
            "resolved": self.tr("Resolved"),
            "update": self.tr("Update"),
            "postmortem": self.tr("Post-mortem"),
            "scheduled": self.tr("Scheduled"),
            "in_progress": self.tr("In progress"),
            "verifying": self.tr("Verifying"),
            "completed": self.tr("Completed"),
        }.get(status, self.tr("Status unknown"))

    def format_time(self, moment: datetime | None) -> str:
        """Absolute local time with its time zone, or "time unknown"."""
        if moment is None:
            return self.tr("time unknown")
        stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
        locale = self._locale()
        # Month names, not numbers: "03/04" is read differently in Oslo and in Ohio.
        us = locale.territory() == QLocale.Country.UnitedStates
        day = locale.toString(stamp.date(), "MMM d, yyyy" if us else "d MMM yyyy")
        clock = locale.toString(stamp.time(), QLocale.FormatType.ShortFormat)
        return f"{day} {clock} {stamp.timeZoneAbbreviation()}"

    def format_clock(self, moment: datetime) -> str:
        stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
        today = (
            stamp.date()
            == QDateTime.fromSecsSinceEpoch(int(self.controller.now())).toLocalTime().date()
        )
        clock = self._locale().toString(stamp.time(), QLocale.FormatType.ShortFormat)
        if today:
            return f"{clock} {stamp.timeZoneAbbreviation()}"
        return self.format_time(moment)

    def format_age(self, timestamp: float | None) -> str:
        if timestamp is None:
            return self.tr("never")
        seconds = max(0, int(self.controller.now() - timestamp))
        if seconds < 60:
            return self.tr("just now")
        if seconds < 3600:
            return self.tr("%n min ago", "", seconds // 60)
        if seconds < 86400:
            return self.tr("%n h ago", "", seconds // 3600)
        days = seconds // 86400
        return self.tr("yesterday") if days == 1 else self.tr("%n days ago", "", days)

    def _relative(self, moment: datetime | None) -> str:
        return self.format_age(moment.timestamp()) if moment else ""

    def _describe_row(self, row: object) -> str:
        notice: Notice = row.notice  # type: ignore[attr-defined]
        state: FeedState = row.state  # type: ignore[attr-defined]
        title = notice.localized(self._language()).title
        tags = [self.severity_text(notice.severity).upper(), self.status_text(notice.status)]
        if notice.correction_of:
            tags.append(self.tr("✎ Correction"))
        if not self.controller.is_read(notice.id):
            tags.insert(0, self.tr("● New"))
        when = self.format_time(notice.when)
        relative = self._relative(notice.when)
        source = self.tr("verified") if state.verified else self.tr("unverified")
        return self.tr("{tags}\n{title}\n{when}{relative} · {source}").format(
            tags=" · ".join(tags),
            title=title,
            when=when,
            relative=f" ({relative})" if relative else "",
            source=f"{state.label}, {source}",
        )

    # -- state lines and banners --------------------------------------------------------

    def _states_changed(self) -> None:
        states = self.controller.states()
        self._rebuild_sources(states)
        selected = self._selected_id
        self.model.set_states(states)
        # Whoever is looking at the newest notice keeps looking at the newest one.
        row = self.model.find(selected) if selected and not self._follow_top else -1
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        if row >= 0:
            self.list_view.setCurrentIndex(self.model.index(row))
        else:
            self._show_notice(None, None)
        self.empty_label.setVisible(self.model.rowCount() == 0)
        if not states:
            empty = self.tr("Loading notices…")
        elif all(state.feed is None for state in states):
            # Nothing was ever read: an empty list must not look like "all is well".
            empty = self.tr("No notices could be read yet; the reason is shown above.")
        else:
            empty = self.tr("The exchange has no current notices.")
        self.empty_label.setText(empty)
        revoked, revoked_at = alerts.revocation(states)
        if revoked:
            # Without a date the flag still stands; step 3 then marks no token
            # revoked by age rather than guessing which ones are older.
            self.context.session.set_revocation_notice(True, revoked_at)
        self.changed.emit()

    def _rebuild_sources(self, states: list[FeedState]) -> None:
        for widget in self._source_widgets:
            self.sources_box.removeWidget(widget)
            widget.deleteLater()
        self._source_widgets = []
        for index, state in enumerate(states):
            for widget in self._source_widgets_for(state, index):
                self.sources_box.addWidget(widget)
                self._source_widgets.append(widget)

    def source_line(self, state: FeedState) -> str:
        # The content's own age: a server answering "not modified" must not make an
        # old feed look as fresh as the moment it was last asked.
        age = self.format_age(state.published_at)
        if state.verified:
            return self.tr("{label}: Verified ✓ signed by {name}, published {age}").format(
                label=state.label, name=self.context.provider.name, age=age
            )
        if state.signed:
            return self.tr("{label}: no verified notices yet").format(label=state.label)
        if state.feed is None:
            return self.tr("{label}: Unverified (TLS only), nothing loaded yet").format(
                label=state.label
            )
        return self.tr(
            "{label}: Unverified (TLS only), updated {age}. "
            "It cannot start any action or alert in this app."
        ).format(label=state.label, age=age)

    def _source_widgets_for(self, state: FeedState, index: int) -> list[QWidget]:
        widgets: list[QWidget] = []
        line = Banner(f"status.source{index}", "info" if state.verified else "warning", self)
        line.set_text(self.source_line(state))
        widgets.append(line)
        if state.error and state.verification_failed:
            banner = Banner(f"status.verificationBanner{index}", "danger", self)
            if state.feed is not None:
                text = self.tr(
                    "⚠ The latest notices from {label} failed verification and were NOT shown: "
                    "{reason}. Below are the last verified notices, from {age}."
                ).format(
                    label=state.label,
                    reason=core_text(state.error),
                    age=self.format_age(state.published_at),
                )
            else:
                text = self.tr(
                    "⚠ The notices from {label} failed verification and are not shown: {reason}."
                ).format(label=state.label, reason=core_text(state.error))
            banner.set_text(text)
            widgets.append(banner)
        elif state.error:
            banner = Banner(f"status.errorBanner{index}", "warning", self)
            text = self.tr("Could not check {label} for new notices: {reason}.").format(
                label=state.label, reason=core_text(state.error)
            )
            if state.feed is not None:
                text += " " + self.tr("Showing the copy from {age}.").format(
                    age=self.format_age(state.published_at)
                )
            banner.set_text(text)
            widgets.append(banner)
        expires = state.feed.expires_at if state.feed else None
        if alerts.is_expired(state, self.controller.now()):
            banner = Banner(f"status.staleBanner{index}", "warning", self)
            banner.set_text(
                self.tr(
                    "Out of date: these notices expired at {time} and {label} has not published "
                    "newer ones. Things may have changed since."
                ).format(time=self.format_time(expires), label=state.label)
            )
            widgets.append(banner)
        return widgets

    def _busy_changed(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.refresh_button.setEnabled(not busy)

    def _refresh_times(self) -> None:
        self._rebuild_sources(self.controller.states())
        self.model.refresh_texts()

    # -- detail -------------------------------------------------------------------------

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        notice = indexes[0].data(NoticeRole)
        state = indexes[0].data(StateRole)
        self._selected_id = notice.id
        self._follow_top = indexes[0].row() == 0
        self._show_notice(notice, state)
        if not self.controller.is_read(notice.id):
            self.controller.mark_read([notice.id])
            row = indexes[0].row()
            self.model.dataChanged.emit(self.model.index(row), self.model.index(row))

    def _show_notice(self, notice: Notice | None, state: FeedState | None) -> None:
        self.detail.setVisible(notice is not None)
        if notice is None or state is None:
            return
        text = notice.localized(self._language())
        self.detail_icon.setPixmap(severity_icon(notice.severity, 28).pixmap(28, 28))
        self.detail_title.setText(text.title)
        self.detail_severity.setText(
            self.tr("Severity: {severity} · Status: {status}").format(
                severity=self.severity_text(notice.severity), status=self.status_text(notice.status)
            )
        )
        if state.verified:
            source = self.tr("From {label} · Verified ✓ (signed by {name})").format(
                label=state.label, name=self.context.provider.name
            )
        else:
            source = self.tr("From {label} · Unverified (TLS only)").format(label=state.label)
        self.detail_source.setText(source)
        when = self.format_time(notice.when)
        relative = self._relative(notice.when)
        self.detail_time.setText(
            self.tr("Updated {when}").format(when=when + (f" ({relative})" if relative else ""))
            if notice.modified
            else self.tr("Published {when}").format(
                when=when + (f" ({relative})" if relative else "")
            )
        )
        self._show_correction(notice, state)
        self.detail_next.setVisible(notice.next_update_at is not None)
        promised = notice.next_update_at
        if promised is not None and promised.timestamp() > self.controller.now():
            self.detail_next.setText(
                self.tr("Next update expected at {time}").format(time=self.format_clock(promised))
            )
        elif promised is not None:
            self.detail_next.setText(
                self.tr("An update was promised for {time} and has not arrived yet.").format(
                    time=self.format_clock(promised)
                )
            )
        self._show_scam_warning(notice)
        self.detail_body.setText(text.body)
        self.detail_components.setVisible(bool(notice.components))
        self.detail_components.setText(
            self.tr("Affected: {components}").format(components=", ".join(notice.components))
        )
        self._show_link(notice)
        self._show_timeline(notice)
        self.detail_problems.setVisible(bool(notice.problems))
        self.detail_problems.setText(
            self.tr("Notes on this notice: {problems}").format(problems="; ".join(notice.problems))
        )
        actions = alerts.actions_for(state, notice, self.controller.now())
        self.reenroll_button.setVisible("reenroll_2fa" in actions)
        self.login_email_button.setVisible("verify_login_email" in actions)

    def _show_correction(self, notice: Notice, state: FeedState) -> None:
        self.detail_correction.setVisible(bool(notice.correction_of))
        if notice.correction_of:
            original = next((n for n in state.notices if n.id == notice.correction_of), None)
            if original is not None:
                self.detail_correction.set_text(
                    self.tr(
                        "✎ Correction to the earlier notice “{title}”. The earlier notice is kept "
                        "as it was published."
                    ).format(title=original.localized(self._language()).title)
                )
            else:
                self.detail_correction.set_text(self.tr("✎ This corrects an earlier notice."))
        corrected_by = [n for n in state.notices if n.correction_of == notice.id]
        if corrected_by and not notice.correction_of:
            self.detail_correction.setVisible(True)
            self.detail_correction.set_text(
                self.tr("✎ This notice was later corrected: see “{title}”.").format(
                    title=corrected_by[0].localized(self._language()).title
                )
            )

    def _show_scam_warning(self, notice: Notice) -> None:
        names = {
            "seed_phrase": self.tr("seed or recovery phrases"),
            "remote_access": self.tr("remote access to your computer"),
            "verification_deposit": self.tr("a “verification deposit” or payment"),
            "move_funds": self.tr("moving your funds"),
        }
        flags = [names[f] for f in notice.scam_flags if f in names]
        self.scam_banner.setVisible(bool(flags))
        if flags:
            self.scam_banner.set_text(
                self.tr(
                    "⚠ Scam warning: this notice mentions {topics}. {name} staff will never ask "
                    "you for these. If anyone does — by email, phone or chat — it is a scam: stop "
                    "and contact support through the official website."
                ).format(topics=", ".join(flags), name=self.context.provider.name)
            )

    def _show_link(self, notice: Notice) -> None:
        link = notice.link
        self.open_link_button.setVisible(bool(link and link.safe))
        self.detail_link.setVisible(bool(link and not link.safe))
        if link is None:
            return
        if link.safe:
            host = QUrl(link.url).host()
            self.open_link_button.setText(self.tr("Open on {host}").format(host=host))
            self.open_link_button.setToolTip(link.url)
        else:
            self.detail_link.setText(
                self.tr("Link not opened for your safety ({reason}): {url}").format(
                    reason=core_text(link.reason), url=link.url
                )
            )

    def _show_timeline(self, notice: Notice) -> None:
        self.timeline.setVisible(len(notice.updates) > 1)
        lines = [self.tr("Update history (newest first):")]
        for update in notice.updates:
            when, status = self.format_time(update.at), self.status_text(update.status)
            lines.append(f"• {when} — {status}:\n   {update.text_in(self._language())}")
        self.timeline.setText("\n\n".join(lines))

    def _open_link(self) -> None:
        index = self.list_view.currentIndex()
        notice = index.data(NoticeRole) if index.isValid() else None
        if notice is not None and notice.link is not None and notice.link.safe:
            QDesktopServices.openUrl(QUrl(notice.link.url))

    # -- lifecycle ----------------------------------------------------------------------

    def on_entered(self) -> None:
        self._refresh_times()

    def shutdown(self) -> None:
        self.controller.stop()
        self._tick.stop()
