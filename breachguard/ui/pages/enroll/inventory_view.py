"""The user's 2FA keys for this exchange: working, revoked by the exchange, or an
unfinished setup that can be continued."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from breachguard.core import enrollment as enrollment_mod
from breachguard.core.enrollment import EnrollmentRecord
from breachguard.core.enrollment_flow import FlowState
from breachguard.ui.format import TimeFormat
from breachguard.ui.widgets import button, label


class InventoryBox(QGroupBox):
    continue_setup = Signal(str)  # record id
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your 2FA keys for this exchange"), parent)
        self.setObjectName("enroll.inventoryBox")
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("enroll.inventoryList")
        self.list.setAccessibleName(self.tr("Your 2FA keys for this exchange"))
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._selected)
        layout.addWidget(self.list)
        self.hint = label("enroll.inventoryHint", self)
        layout.addWidget(self.hint)
        row = QHBoxLayout()
        self.continue_button = button(
            "enroll.continueSetupButton",
            self.tr("&Continue the unfinished setup"),
            self._continue,
            self,
        )
        row.addWidget(self.continue_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.records: tuple[EnrollmentRecord, ...] = ()
        self._busy = False

    def show_state(self, state: FlowState) -> None:
        shown = tuple(
            r
            for r in state.inventory
            if r.status in (enrollment_mod.CONFIRMED, enrollment_mod.REVOKED) or r.resumable
        )
        self._busy = state.busy is not None or state.setup is not None
        selected = self.selected()
        if shown != self.records or self.list.count() == 0:
            self.records = shown
            self.list.clear()
            for record in shown:
                item = QListWidgetItem(self._describe(record, state), self.list)
                item.setData(Qt.ItemDataRole.UserRole, record.id)
            if not shown:
                QListWidgetItem(self.tr("No 2FA keys saved for this exchange yet."), self.list)
            self._fit_rows()
            keep = next((r for r in shown if selected and r.id == selected.id), None)
            first = keep or next((r for r in shown if _needs_attention(r, state)), None)
            if first is not None:
                self.list.setCurrentRow(shown.index(first))
        self._selected()

    def _fit_rows(self) -> None:
        """As tall as its rows (a few at least, scrolling past six): an empty list
        must not take half the page."""
        rows = min(max(self.list.count(), MIN_ROWS), MAX_ROWS)
        self.list.setFixedHeight(_rows_height(self.list, rows))

    def _describe(self, record: EnrollmentRecord, state: FlowState) -> str:
        if record.status == enrollment_mod.REVOKED:
            status = self.tr("revoked by the exchange, codes hidden")
        elif record.resumable:
            status = self.tr("setup not finished")
        elif state.revoked_at is not None and record.exchange_created_at is None:
            status = self.tr("working? (see below)")
        else:
            status = self.tr("working")
        return self.tr("{exchange} – {account} – created {created} – {status}").format(
            exchange=record.issuer,
            account=record.account_masked or self.tr("(no account name)"),
            created=TimeFormat(QLocale()).date_time(record.created_at),
            status=status,
        )

    def selected(self) -> EnrollmentRecord | None:
        item = self.list.currentItem()
        if item is None:
            return None
        record_id = item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.records if r.id == record_id), None)

    def _selected(self, *_args: object) -> None:
        record = self.selected()
        resumable = record is not None and record.resumable
        self.continue_button.setVisible(resumable)
        self.continue_button.setEnabled(resumable and not self._busy)
        if record is None:
            self.hint.clear()
        elif record.status == enrollment_mod.REVOKED:
            self.hint.setText(
                self.tr(
                    "The exchange revoked this key. Set up a new one above; this entry is "
                    "removed once the new key is confirmed."
                )
            )
        elif resumable:
            self.hint.setText(
                self.tr(
                    "You began this setup earlier; its key is in your keyring. Continue it to finish."
                )
            )
        elif record.exchange_created_at is None:
            self.hint.setText(
                self.tr(
                    "BreachGuard could not compare clocks with the exchange when this key was "
                    "made, so it cannot tell whether a revocation affects it. If the exchange "
                    "refuses its codes, set up a new key."
                )
            )
        else:
            self.hint.clear()
        self.hint.setVisible(bool(self.hint.text()))
        self.selection_changed.emit()

    def _continue(self) -> None:
        record = self.selected()
        if record is not None and record.resumable:
            self.continue_setup.emit(record.id)


def _needs_attention(record: EnrollmentRecord, state: FlowState) -> bool:
    """Selected first, so its explanation shows without a click."""
    if record.resumable or record.status == enrollment_mod.REVOKED:
        return True
    return state.revoked_at is not None and record.exchange_created_at is None


MIN_ROWS, MAX_ROWS = 2, 6


def _rows_height(view: QListWidget, rows: int) -> int:
    row = view.sizeHintForRow(0) if view.count() else view.fontMetrics().height() + 6
    return rows * max(row, 1) + 2 * view.frameWidth() + 4
