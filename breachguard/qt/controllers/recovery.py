"""Recovery codes of a working token, kept in the keyring next to its secret; every
keyring call on the TaskRunner's serial pool."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from breachguard.core import enrollment as enrollment_mod
from breachguard.core.enrollment import EnrollmentStore, RecoveryCode
from breachguard.core.enrollment_work import INTERNAL_PROBLEM, as_message
from breachguard.core.messages import MessageError
from breachguard.qt.tasks import TaskRunner


class RecoveryCodesController(QObject):
    saved = Signal(int)  # how many codes
    loaded = Signal(str, object)  # record id, list[RecoveryCode]
    failed = Signal(object)  # Message
    busy_changed = Signal(bool)

    def __init__(self, tasks: TaskRunner, store: EnrollmentStore, parent: QObject | None = None):
        super().__init__(parent)
        self._tasks = tasks
        self._store = store

    def parse(self, text: str) -> list[RecoveryCode] | None:
        """The codes in ``text``, or None after telling why not."""
        try:
            return enrollment_mod.parse_recovery_codes(text)
        except enrollment_mod.EnrollmentError as exc:
            self.failed.emit(as_message(exc))
            return None

    def save(self, record_id: str, codes: list[RecoveryCode]) -> None:
        count = len(codes)
        self.busy_changed.emit(True)
        self._tasks.run(
            self._store.save_recovery_codes,
            record_id,
            list(codes),
            on_done=lambda _none: self._done(lambda: self.saved.emit(count)),
            on_error=self._failed,
            serial=True,
        )

    def load(self, record_id: str) -> None:
        self.busy_changed.emit(True)
        self._tasks.run(
            self._store.recovery_codes,
            record_id,
            on_done=lambda codes: self._done(lambda: self.loaded.emit(record_id, codes)),
            on_error=self._failed,
            serial=True,
        )

    def _done(self, emit: object) -> None:
        self.busy_changed.emit(False)
        emit()  # type: ignore[operator]

    def _failed(self, error: BaseException) -> None:
        self.busy_changed.emit(False)
        self.failed.emit(as_message(error) if isinstance(error, MessageError) else INTERNAL_PROBLEM)
