"""Step 4: what the customer has done and what remains, plus a password check.

Done and to-do differ by icon shape and by words, never by colour alone. Items the
app can observe tick themselves; the user ticks the rest. Ticks are kept in the
data dir (core.checklist), so the list resumes after a restart. The password
check hashes at once on the GUI thread, clears the field, and hands only the
hash to a worker; the password is never stored or logged.
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

from breachguard.core import checklist as cl
from breachguard.core.enrollment import EnrollmentStore
from breachguard.core.pwned import (
    PWNED_BASE_URL,
    PwnedCheckError,
    PwnedResult,
    check_hash,
    hash_password,
)
from breachguard.qt.context import AppContext
from breachguard.qt.i18n import core_text
from breachguard.ui.step_page import StepPage

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


def _sync(checklist: cl.Checklist, observed: tuple[str, ...]) -> tuple[cl.ChecklistItem, ...]:
    """Worker: records what the app saw this session, then reads the whole list."""
    for item_id in observed:
        checklist.record_observed(item_id)
    return checklist.items()


class ChecklistPage(StepPage):
    STEP_ID = "CHECKLIST"

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        pwned_base_url: str = PWNED_BASE_URL,
    ) -> None:
        super().__init__(context, parent)
        self._pwned_base_url = pwned_base_url
        enrollments = (
            EnrollmentStore.for_paths(context.paths, context.secrets)
            if context.secrets is not None
            else None
        )
        self.checklist = cl.Checklist.for_paths(
            context.paths, context.provider.id, enrollments=enrollments
        )
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
        layout.addWidget(self.items, 1)
        layout.addWidget(self._build_password_check())

        context.session.login_email_changed.connect(lambda _email: self.refresh())
        context.session.steps_visited_changed.connect(self.refresh)
        self.refresh()

    def _build_password_check(self) -> QGroupBox:
        box = QGroupBox(self.tr("Check your new password"), self)
        box.setObjectName("checklist.passwordGroup")
        column = QVBoxLayout(box)
        explain = QLabel(
            self.tr(
                "Before you change your exchange password, check that the new one is not "
                "already known from other data breaches. Only the first 5 characters of the "
                "password's SHA-1 fingerprint are sent to the Pwned Passwords service "
                "(haveibeenpwned.com); the password itself never leaves this computer and "
                "is not saved."
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
        return self.tr("Safety checklist")

    def on_entered(self) -> None:
        self.refresh()

    def shutdown(self) -> None:
        self._closed = True
        self.password_input.clear()

    # -- checklist ----------------------------------------------------------------------

    def refresh(self) -> None:
        session = self.context.session
        observed = []
        if "STATUS" in session.visited_steps:
            observed.append(cl.NOTICES_READ)
        if session.login_email:
            observed.append(cl.LOGIN_EMAIL)
        # serial: ticks and observations are written in the order they happened
        self.context.tasks.run(
            _sync, self.checklist, tuple(observed), on_done=self._show_items, serial=True
        )

    def _show_items(self, items: tuple[cl.ChecklistItem, ...]) -> None:
        if self._closed:
            return
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
        self.progress.setText(self.tr("{0} of {1} done").format(done, len(items)))
        self._updating = False
        self.loaded = True
        self.changed.emit()

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._updating or not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return
        item_id = str(item.data(ITEM_ID_ROLE))
        done = item.checkState() == Qt.CheckState.Checked
        self.context.tasks.run(
            self.checklist.set_done,
            item_id,
            done,
            on_done=lambda _result: self.refresh(),
            on_error=self._on_save_failed,
            serial=True,
        )

    def _on_save_failed(self, error: BaseException) -> None:
        if self._closed:
            return
        self.progress.setText(
            self.tr("Your tick could not be saved ({0}). It will be lost on restart.").format(
                type(error).__name__
            )
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
        if isinstance(error, PwnedCheckError):
            text = core_text(error)
        else:
            text = self.tr("The check did not work ({0}).").format(type(error).__name__)
        self.password_result.setText(self.tr("Not checked: {0}").format(text))
