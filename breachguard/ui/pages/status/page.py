"""Step 1: what the exchange itself says, triaged.

Stories from every source, the worst open one first and selected on first show;
"what works now" above them; where the notices come from and how fresh they are.
Every feed text is shown as plain text. Only notices from a verified (signed) feed
may offer in-app actions.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QLocale, Qt, QTimer, QTimeZone
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from breachguard.core.feeds import alerts
from breachguard.core.feeds.health import component_health
from breachguard.core.feeds.stories import Story, build_stories, first_to_select
from breachguard.core.steps import StepId
from breachguard.qt.context import AppContext
from breachguard.qt.i18n import core_text
from breachguard.qt.notices import NoticesController
from breachguard.ui.exchange_picker import community_label
from breachguard.ui.format import TimeFormat, locale_for
from breachguard.ui.pages.status.health_strip import HealthStrip
from breachguard.ui.pages.status.sources import SourcesView
from breachguard.ui.pages.status.story_detail import StoryDetail
from breachguard.ui.pages.status.story_list import StoryListModel, StoryListView, StoryRole
from breachguard.ui.step_page import StepPage
from breachguard.ui.step_titles import step_title
from breachguard.ui.widgets import label, page_layout


class StatusPage(StepPage):
    STEP_ID = StepId.STATUS

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        controller: NoticesController | None = None,
        autostart: bool = True,
        zone: QTimeZone | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.controller = controller or NoticesController(context, self)
        self.times = TimeFormat(self._locale(), zone, self.controller.now)
        self.stories: tuple[Story, ...] = ()
        self._selected_key: str | None = None
        self._chosen_by_user = False
        # Stories this page marked read by selecting them itself: they still count as
        # unread when the first story to show is chosen again (a more urgent one may
        # arrive from a slower source).
        self._auto_read: set[str] = set()
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
        return step_title(self.STEP_ID)

    # -- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        root = page_layout(QVBoxLayout(self))
        provider = self.context.provider
        name = provider.name
        if provider.community and not provider.feeds:
            text = self.tr(
                "{name} publishes no signed notices, and no public source names a status page "
                "of {name} that BreachGuard can read ({community}). For news, type {website} "
                "into your browser yourself; emails and posts can be faked during an "
                "incident, so never follow their links to sign in."
            ).format(name=name, community=community_label(name), website=provider.web_domains[0])
        elif provider.community:
            text = self.tr(
                "{name} publishes no signed notices. Below is its public status page, read over "
                "a secure connection but not verified ({community}). Emails and posts can be "
                "faked during an incident: compare what they say with this page, and never "
                "follow their links to sign in."
            ).format(name=name, community=community_label(name))
        elif not any(feed.signed for feed in provider.feeds):
            text = self.tr(
                "{name} publishes no signed notices. Below is what its public pages say, read "
                "over a secure connection but not verified. Emails and posts can be faked "
                "during an incident: compare what they say with this page."
            ).format(name=name)
        else:
            text = self.tr(
                "Notices from {name}'s own signed channel. Emails and social-media posts can be "
                "faked during an incident; what is marked Verified here cannot."
            ).format(name=name)
        intro = label("status.intro", self, text)
        # The intro with the refresh controls beside it, to leave the stories room.
        bar = QHBoxLayout()
        bar.addWidget(intro, 1)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setObjectName("status.refreshButton")
        self.refresh_button.setToolTip(self.tr("Check the exchange for new notices now"))
        self.refresh_button.clicked.connect(self.controller.refresh)
        self.refresh_button.setEnabled(bool(self.context.provider.feeds))
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
        bar.addWidget(self.busy_label, 0, Qt.AlignmentFlag.AlignTop)
        bar.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignTop)
        bar.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        root.addLayout(bar)
        self.sources = SourcesView(self.times, name, self.controller.now, self)
        root.addWidget(self.sources)

        self.health = HealthStrip(self)
        self.health.hide()
        root.addWidget(self.health)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("status.splitter")
        self.model = StoryListModel(self.times, self.controller.is_read, self._language, self)
        self.list_view = StoryListView(self.model, splitter)
        self.list_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty_label = label("status.emptyLabel", self)
        self.detail = StoryDetail(
            self.times,
            name,
            self.controller.now,
            self._language,
            splitter,
            staff_statement=bool(provider.staff_never_ask),
        )
        self.detail.goto_step.connect(self.goto_step)
        splitter.addWidget(self.list_view)
        splitter.addWidget(self.detail)
        # The list a little wider than the detail: its rows are what is scanned first.
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([4000, 3000])  # until shown, a proportion of its width
        splitter.setMinimumHeight(260)
        root.addWidget(self.empty_label)
        root.addWidget(splitter, 1)
        if not self.context.provider.feeds:
            # Nothing can ever fill the list: no empty box under the explanation.
            splitter.hide()
            root.addStretch(1)

    # -- wording ------------------------------------------------------------------------

    def _language(self) -> str:
        chosen = self.context.settings.get("language")
        name = chosen if isinstance(chosen, str) and chosen else QLocale().name()
        return name.split("_")[0].split("-")[0].lower()

    def _locale(self) -> QLocale:
        return locale_for(self.context.settings.get("language"))

    def _source_names(self) -> str:
        return ", ".join(core_text(s.label) for s in self.controller.states() if not s.verified)

    # -- states -------------------------------------------------------------------------

    def _states_changed(self) -> None:
        states = self.controller.states()
        self.sources.set_states(states)
        self.stories = build_stories(states)
        self.model.set_stories(self.stories)
        self.health.set_health(component_health(states, self.stories), self._source_names)
        self._select(self._story_to_show())
        self.empty_label.setVisible(not self.stories)
        if not self.context.provider.feeds:
            empty = self.tr("BreachGuard has no notice source to read for this exchange.")
        elif not states:
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

    def _story_to_show(self) -> Story | None:
        """The user's choice while it exists; until they choose, the most severe
        unread open story."""
        if self._chosen_by_user and self._selected_key is not None:
            row = self.model.find_key(self._selected_key)
            if row >= 0:
                return self.model.story_at(row)
        read = self.controller.is_read
        return first_to_select(self.stories, lambda key: read(key) and key not in self._auto_read)

    def _select(self, story: Story | None) -> None:
        row = self.model.find_key(story.key) if story is not None else -1
        if row < 0:
            self._selected_key = None
            self.detail.show_story(None)
            return
        self._selecting = True
        try:
            self.list_view.setCurrentIndex(self.model.index(row))
        finally:
            self._selecting = False

    def _busy_changed(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.refresh_button.setEnabled(not busy and bool(self.context.provider.feeds))

    def _refresh_times(self) -> None:
        self.sources.set_states(self.controller.states())
        self.model.refresh_texts()

    # -- detail -------------------------------------------------------------------------

    _selecting = False

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        story: Story = indexes[0].data(StoryRole)
        if not self._selecting:
            self._chosen_by_user = True
        self._selected_key = story.key
        self.detail.show_story(story)
        self._mark_seen()

    def _mark_seen(self) -> None:
        """The shown story is read once it is on screen: selected while the customer
        is on another step, it has not been seen (and must still call them back)."""
        if not self.isVisible():
            return
        row = self.model.find_key(self._selected_key) if self._selected_key else -1
        story = self.model.story_at(row) if row >= 0 else None
        if story is None:
            return
        unread = [key for key in story.read_keys if not self.controller.is_read(key)]
        if unread:
            if not self._chosen_by_user:
                self._auto_read.update(unread)
            self.controller.mark_read(unread)
            self.model.dataChanged.emit(self.model.index(row), self.model.index(row))

    # -- lifecycle ----------------------------------------------------------------------

    def on_entered(self) -> None:
        self._refresh_times()

    def focus_target(self) -> QWidget | None:
        # The stories, where the arrow keys read them one by one.
        return self.list_view if self.list_view.isVisible() else super().focus_target()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._mark_seen()

    def shutdown(self) -> None:
        self.controller.stop()
        self._tick.stop()
