"""The closing page: what was done and when, what to watch next, kept as a PDF.

Reached by Next from step 4 (and opened by the shell when the last checklist item
gets done there). It shows the checklist's items with their times, the exchange's
next promised update and planned maintenance, and saves the same text as a PDF
with Qt's own printing for the customer's records or a support case. Nothing in
it is secret: the login email is masked, feed texts are shown as plain text.
"""

from __future__ import annotations

import html
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QStandardPaths, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from breachguard.core.atomic import atomic_write_bytes
from breachguard.core.feeds.model import Notice
from breachguard.core.feeds.stories import Story, StoryGroup, build_stories
from breachguard.core.masking import mask_email
from breachguard.core.steps import StepId
from breachguard.qt.context import AppContext
from breachguard.qt.controllers.checklist import ChecklistController
from breachguard.qt.i18n import core_text
from breachguard.qt.notices import NoticesController
from breachguard.ui.format import TimeFormat
from breachguard.ui.step_page import StepPage
from breachguard.ui.step_titles import step_title
from breachguard.ui.tray import ui_language
from breachguard.ui.widgets import button, label, page_layout, set_bold

DONE_MARK = "✓"
TODO_MARK = "○"


@dataclass(frozen=True)
class SummaryContent:
    """What the page shows and the PDF says, in the user's language."""

    headline: str
    exchange: str
    done: tuple[str, ...]
    todo: tuple[str, ...]
    watch: tuple[str, ...]
    facts: tuple[str, ...] = field(default=())


def _next_update(story: Story) -> datetime | None:
    """The exchange's latest promise of an update in this story: the lead's own, else
    that of the newest item it corrects (a correction need not repeat the promise)."""
    for notice in (story.lead.notice, *sorted(story.earlier, key=_published, reverse=True)):
        if notice.next_update_at is not None:
            return notice.next_update_at
    return None


def _published(notice: Notice) -> float:
    return notice.when.timestamp() if notice.when is not None else 0.0


def _moment(when: datetime) -> str:
    return TimeFormat(QLocale()).date_time(when)


class SummaryPage(StepPage):
    STEP_ID = StepId.SUMMARY
    NUMBERED = False

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        checklist: ChecklistController | None = None,
        notices: NoticesController | None = None,
    ) -> None:
        super().__init__(context, parent)
        self._owns_checklist = checklist is None
        self.checklist = checklist or ChecklistController(context, self)
        self.notices = notices
        self._closed = False
        self.saved_path: Path | None = None
        self._saved_content: SummaryContent | None = None
        self._build()
        self.checklist.changed.connect(self.refresh)
        if notices is not None:
            notices.states_changed.connect(self.refresh)
        # A method, not a lambda: Qt drops the connection when this object goes (a
        # language switch rebuilds the window on the same session).
        context.session.login_email_changed.connect(self._session_changed)
        context.session.support_mode_changed.connect(self._session_changed)
        if self.checklist.loaded:
            self.refresh()
        else:
            self.checklist.refresh()

    def title(self) -> str:
        return step_title(self.STEP_ID)

    # -- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        root = page_layout(QVBoxLayout(self))
        self.headline = self._label("summary.headline")
        set_bold(self.headline, 1.3)
        root.addWidget(self.headline)
        self.exchange_label = self._label("summary.exchange")
        root.addWidget(self.exchange_label)
        self.done_heading = self._heading("summary.doneHeading", self.tr("What you did"))
        root.addWidget(self.done_heading)
        self.done_label = self._label("summary.done")
        root.addWidget(self.done_label)
        self.todo_heading = self._heading("summary.todoHeading", self.tr("Still to do"))
        root.addWidget(self.todo_heading)
        self.todo_label = self._label("summary.todo")
        root.addWidget(self.todo_label)
        root.addWidget(self._heading("summary.watchHeading", self.tr("What to watch next")))
        self.watch_label = self._label("summary.watch")
        root.addWidget(self.watch_label)
        row = QHBoxLayout()
        self.save_button = button(
            "summary.savePdfButton", self.tr("Save as &PDF…"), self.ask_save_pdf, self
        )
        self.save_button.setToolTip(
            self.tr("A record for yourself or a support case: no secrets, your email masked.")
        )
        row.addWidget(self.save_button)
        row.addStretch(1)
        root.addLayout(row)
        self.save_status = self._label("summary.saveStatus")
        root.addWidget(self.save_status)
        root.addStretch(1)

    def _label(self, name: str) -> QLabel:
        widget = label(name, self)  # plain text: feed titles come from a server
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return widget

    def _heading(self, name: str, text: str) -> QLabel:
        widget = label(name, self, text)
        set_bold(widget)
        return widget

    # -- content ------------------------------------------------------------------------

    def content(self) -> SummaryContent:
        items = self.checklist.items()
        done, todo = [], []
        for item in items:
            text = core_text(item.text)
            if item.done and item.done_at is not None:
                done.append(
                    self.tr("{0} — {1}").format(text, TimeFormat(QLocale()).date_time(item.done_at))
                )
            elif item.done:
                done.append(text)
            else:
                todo.append(text)
        if items and not todo:
            headline = self.tr("You're done")
        else:
            headline = self.tr("Not finished yet: {0} of {1} done").format(len(done), len(items))
        facts = []
        email = self.context.session.login_email
        if email:
            facts.append(self.tr("Login email: {0}").format(mask_email(email)))
        return SummaryContent(
            headline=headline,
            exchange=self.tr("Exchange: {0}").format(self.context.provider.name),
            done=tuple(done),
            todo=tuple(todo),
            watch=tuple(self._watch_lines()),
            facts=tuple(facts),
        )

    def _watch_lines(self) -> list[str]:
        if self.notices is None:
            return [self.tr("Step 1 shows the exchange's notices as they come.")]
        now = self.notices.now()
        language = ui_language()
        lines = []
        for story in build_stories(self.notices.states()):
            notice = story.lead.notice
            title = notice.localized(language).title
            if story.group is StoryGroup.OPEN:
                promised = _next_update(story)
                if promised is not None and promised.timestamp() > now:
                    lines.append(
                        self.tr("{0}: the exchange promised its next update by {1}.").format(
                            title, _moment(promised)
                        )
                    )
            elif story.group is StoryGroup.PLANNED and notice.window_start is not None:
                end = notice.window_end
                if end is not None and end.timestamp() <= now:
                    continue
                if end is not None:
                    text = self.tr("{0}: planned maintenance from {1} to {2}.").format(
                        title, _moment(notice.window_start), _moment(end)
                    )
                else:
                    text = self.tr("{0}: planned maintenance from {1}.").format(
                        title, _moment(notice.window_start)
                    )
                lines.append(text)
        if not lines:
            lines.append(
                self.tr(
                    "No update is promised and no maintenance is planned right now. "
                    "Step 1 keeps checking the exchange's notices."
                )
            )
        return lines

    def _session_changed(self, _value: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        if self._closed:
            return
        content = self.content()
        if self._saved_content is not None and content != self._saved_content:
            # "Saved as …" spoke of the summary as it was; this one is not saved yet.
            self.save_status.clear()
            self._saved_content = None
        self.headline.setText(content.headline)
        self.exchange_label.setText("\n".join((content.exchange, *content.facts)))
        self.done_heading.setVisible(bool(content.done))
        self.done_label.setVisible(bool(content.done))
        self.done_label.setText("\n".join(f"{DONE_MARK} {line}" for line in content.done))
        self.todo_heading.setVisible(bool(content.todo))
        self.todo_label.setVisible(bool(content.todo))
        self.todo_label.setText("\n".join(f"{TODO_MARK} {line}" for line in content.todo))
        self.watch_label.setText("\n".join(f"• {line}" for line in content.watch))
        self.changed.emit()

    # -- PDF ----------------------------------------------------------------------------

    def document(self) -> QTextDocument:
        """The summary as a document to print: the same words as on screen."""
        content = self.content()

        def section(heading: str, lines: tuple[str, ...], mark: str) -> str:
            if not lines:
                return ""
            # Paragraphs, not a list: each line has its mark (✓, ○, •) already, and a
            # list would print a bullet before it as well.
            rows = "".join(f"<p>{html.escape(f'{mark} {line}')}</p>" for line in lines)
            return f"<h2>{html.escape(heading)}</h2>{rows}"

        parts = [
            f"<h1>{html.escape(content.headline)}</h1>",
            "".join(f"<p>{html.escape(line)}</p>" for line in (content.exchange, *content.facts)),
            section(self.tr("What you did"), content.done, DONE_MARK),
            section(self.tr("Still to do"), content.todo, TODO_MARK),
            section(self.tr("What to watch next"), content.watch, "•"),
            f"<p><small>{html.escape(self._printed_line())}</small></p>",
        ]
        document = QTextDocument()
        document.setHtml("".join(parts))
        return document

    def _printed_line(self) -> str:
        return self.tr(
            "Saved by BreachGuard on {0}. No passwords, codes or keys are in it."
        ).format(TimeFormat(QLocale()).date_time(time.time()))

    def pdf_bytes(self) -> bytes:
        """Printed in memory (quick, no file touched on the GUI thread)."""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setTitle(self.tr("BreachGuard summary"))
        writer.setCreator("BreachGuard")
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
        document = self.document()
        document.print_(writer)
        del writer  # the file is finished when the writer goes
        data = QByteArray(buffer.data()).data()
        buffer.close()
        return bytes(data)

    def ask_save_pdf(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if not folder or not Path(folder).is_dir():
            # No Documents folder (a fresh account): the home folder, never the folder
            # the app happened to be started from.
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
        suggested = str(Path(folder) / self.tr("BreachGuard summary.pdf")) if folder else ""
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the summary as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        """Writes the PDF atomically off the GUI thread; the result is said below the button."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        data = self.pdf_bytes()
        self.save_button.setEnabled(False)
        self.save_status.setText(self.tr("Saving…"))
        self.context.tasks.run(
            atomic_write_bytes,
            path,
            data,
            on_done=lambda _result: self._saved(path),
            on_error=lambda error: self._save_failed(path, error),
            serial=True,
        )

    def _saved(self, path: Path) -> None:
        if self._closed:
            return
        self.saved_path = path
        self._saved_content = self.content()
        self.save_button.setEnabled(True)
        # The whole path: the customer has to find the file again.
        self.save_status.setText(self.tr("Saved as {0}.").format(str(path)))

    def _save_failed(self, path: Path, error: BaseException) -> None:
        if self._closed:
            return
        self.save_button.setEnabled(True)
        reason = error.strerror if isinstance(error, OSError) and error.strerror else ""
        if reason:
            text = self.tr("The PDF could not be saved in {0}: {1}. Choose another folder.")
            self.save_status.setText(text.format(path.parent.name or str(path.parent), reason))
        else:
            self.save_status.setText(
                self.tr("The PDF could not be saved in {0}. Choose another folder.").format(
                    path.parent.name or str(path.parent)
                )
            )

    # -- the shell's hooks ----------------------------------------------------------------

    def on_entered(self) -> None:
        self.checklist.refresh()
        self.refresh()

    def shutdown(self) -> None:
        self._closed = True
        if self._owns_checklist:
            self.checklist.shutdown()
