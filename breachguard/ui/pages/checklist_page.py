"""Step 4: what the customer has done and what remains, plus a password check.

Done and to-do differ by icon shape and by words, never by colour alone. Items the
app can observe tick themselves; the user ticks the rest. Ticks are kept in the
data dir (core.checklist), so the list resumes after a restart. The password
check hashes at once on the GUI thread, clears the field, and hands only the
hash to a worker; the password is never stored or logged. The list itself comes
from the checklist controller (qt.controllers.checklist), which the shell shares
with the step list's ticks.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breachguard.core.checklist import step_of_item
from breachguard.core.pwned import (
    PWNED_BASE_URL,
    PwnedResult,
    check_hash,
    hash_password,
)
from breachguard.core.steps import StepId
from breachguard.qt.context import AppContext
from breachguard.qt.controllers.checklist import ChecklistController
from breachguard.qt.i18n import core_text
from breachguard.ui.feedback import ProblemBar
from breachguard.ui.step_page import StepPage
from breachguard.ui.step_titles import step_title

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def state_icon(done: bool, palette: QPalette, size: int = 24) -> QIcon:
    """A filled disc with a tick for done, an empty ring for to do: shape, not colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    if done:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#1f7a3d"))
        painter.drawEllipse(1, 1, size - 2, size - 2)
        pen = QPen(QColor("white"), s * 0.12)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawPolyline(
            [QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68), QPointF(s * 0.73, s * 0.34)]
        )
    else:
        painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), s * 0.09))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(s / 2, s / 2), s * 0.38, s * 0.38)
    painter.end()
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)
    return icon


class ChecklistPage(StepPage):
    STEP_ID = StepId.CHECKLIST

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        controller: ChecklistController | None = None,
        pwned_base_url: str = PWNED_BASE_URL,
    ) -> None:
        super().__init__(context, parent)
        self._pwned_base_url = pwned_base_url
        self._owns_controller = controller is None
        self.controller = controller or ChecklistController(context, self)
        self._updating = False
        self._closed = False
        self.loaded = False

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Work through this list once. Some items tick themselves as you finish the "
                "steps before; tick the others yourself when you have done them. Your ticks "
                "are kept on this computer."
            ),
            self,
        )
        intro.setObjectName("checklist.intro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.progress = QLabel(self)
        self.progress.setObjectName("checklist.progress")
        layout.addWidget(self.progress)
        self.items = QListWidget(self)
        self.items.setObjectName("checklist.items")
        self.items.setAccessibleName(self.tr("Safety checklist"))
        self.items.setWordWrap(True)
        self.items.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.items.itemChanged.connect(self._on_item_changed)
        self.items.itemActivated.connect(self._on_item_activated)
        layout.addWidget(self.items, 1)
        # The page's one problem surface, between the ticks and the password check it
        # speaks about: a tick that could not be saved, a check that did not work.
        self.problem = ProblemBar("checklist.problem", self)
        self._password_problem = False
        layout.addWidget(self.problem)
        layout.addWidget(self._build_password_check())

        self.controller.changed.connect(self._show_items)
        self.controller.save_failed.connect(self._on_save_failed)
        if self.controller.loaded:
            self._show_items()
        self.refresh()

    def _build_password_check(self) -> QGroupBox:
        box = QGroupBox(self.tr("Check your new password"), self)
        box.setObjectName("checklist.passwordGroup")
        column = QVBoxLayout(box)
        explain = QLabel(
            self.tr(
                "Optional: before you change your exchange password, check that the new one "
                "is not already known from other data breaches. This check runs on this "
                "computer and nobody is asking for your password: no one at the exchange or "
                "at support ever needs it. Only a short fingerprint of it (5 characters) goes "
                "to the Pwned Passwords service (haveibeenpwned.com); the password itself "
                "never leaves this computer and is not saved."
            ),
            box,
        )
        explain.setObjectName("checklist.passwordExplanation")
        explain.setWordWrap(True)
        column.addWidget(explain)
        row = QHBoxLayout()
        label = QLabel(self.tr("New &password:"), box)
        self.password_input = QLineEdit(box)
        self.password_input.setObjectName("checklist.passwordInput")
        self.password_input.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_input.setAccessibleName(self.tr("New password to check"))
        self.password_input.returnPressed.connect(self.check_password)
        # An answer about the previous password must not seem to be about the new one.
        self.password_input.textEdited.connect(lambda _text: self.password_result.clear())
        label.setBuddy(self.password_input)
        self.check_button = QPushButton(self.tr("Chec&k password"), box)
        self.check_button.setObjectName("checklist.passwordCheckButton")
        self.check_button.clicked.connect(self.check_password)
        row.addWidget(label)
        row.addWidget(self.password_input, 1)
        row.addWidget(self.check_button)
        column.addLayout(row)
        self.password_result = QLabel(box)
        self.password_result.setObjectName("checklist.passwordResult")
        self.password_result.setTextFormat(Qt.TextFormat.PlainText)
        self.password_result.setWordWrap(True)
        self.password_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.password_result)
        return box

    def title(self) -> str:
        return step_title(self.STEP_ID)

    def on_left(self) -> None:
        # A failed password check is over once the customer leaves: coming back, the
        # old failure would read as news. A tick that could not be saved stays.
        if self._password_problem:
            self.problem.clear()
            self._password_problem = False
            self.password_result.clear()

    def on_entered(self) -> None:
        self.refresh()

    def shutdown(self) -> None:
        self._closed = True
        self.password_input.clear()
        if self._owns_controller:
            self.controller.shutdown()

    # -- checklist ----------------------------------------------------------------------

    def refresh(self) -> None:
        self.controller.refresh()

    def _show_items(self) -> None:
        if self._closed:
            return
        items = self.controller.items()
        self._updating = True
        current = self.items.currentRow()
        self.items.clear()
        for entry in items:
            text = core_text(entry.text)
            hint = core_text(entry.hint)
            state = self.tr("Done") if entry.done else self.tr("To do")
            item = QListWidgetItem(
                state_icon(entry.done, self.palette()), f"{text} — {state}\n{hint}"
            )
            item.setToolTip(hint)
            item.setData(ITEM_ID_ROLE, entry.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{text}: {state}")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, hint)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if entry.user_tickable:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
                checked = Qt.CheckState.Checked if entry.done else Qt.CheckState.Unchecked
                item.setCheckState(checked)
            item.setFlags(flags)
            self.items.addItem(item)
        if current >= 0:
            self.items.setCurrentRow(current)
        done = sum(entry.done for entry in items)
        progress = self.tr("{0} of {1} done").format(done, len(items))
        if items and done == len(items):
            progress += " " + self.tr("— all done. Next shows your summary, to keep as a PDF.")
        self.progress.setText(progress)
        self._updating = False
        self.loaded = True
        self.changed.emit()

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._updating or not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return
        item_id = str(item.data(ITEM_ID_ROLE))
        self.controller.set_done(item_id, item.checkState() == Qt.CheckState.Checked)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        """Enter (or a double click) on an item that ticks itself and is not done yet
        goes to the step that does it: the way back is one key, not a search."""
        if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return
        entry = next((e for e in self.controller.items() if e.id == item.data(ITEM_ID_ROLE)), None)
        if entry is None or entry.done:
            return
        step = step_of_item(entry.id)
        if step is not None:
            self.goto_step.emit(str(step))

    def _on_save_failed(self, error: BaseException) -> None:
        self._password_problem = False  # this problem is about a tick: it stays
        if self._closed:
            return
        self.problem.show_problem(
            error,
            self.tr("Your tick could not be saved and will be lost on restart"),
        )

    # -- password check -----------------------------------------------------------------

    def check_password(self) -> None:
        password = self.password_input.text()
        self.password_input.clear()
        if not password:
            self.password_result.setText(self.tr("Type the password you want to check first."))
            return
        hashed = hash_password(password)
        del password
        self.check_button.setEnabled(False)
        self.problem.clear()
        self.password_result.setText(self.tr("Checking…"))
        self.context.tasks.run(
            partial(check_hash, base_url=self._pwned_base_url),
            self.context.http,
            hashed,
            on_done=self._on_password_checked,
            on_error=self._on_password_failed,
        )

    def _on_password_checked(self, result: PwnedResult) -> None:
        if self._closed:
            return
        self.check_button.setEnabled(True)
        if result.found:
            text = self.tr(
                "Warning: found in known data breaches ({0} times). Criminals try such "
                "passwords first. Do not use it; choose a different one."
            ).format(result.count)
        else:
            text = self.tr("Not found in known data breaches. Good: use it only for this exchange.")
        self.password_result.setText(text)

    def _on_password_failed(self, error: BaseException) -> None:
        if self._closed:
            return
        self.check_button.setEnabled(True)
        self.password_result.setText(self.tr("Not checked."))
        self.problem.show_problem(error, self.tr("The password check did not work"))
        self._password_problem = True
