"""Step 4's controller: the checklist file read and written off the GUI thread, and
what the app observed (notices opened, login email found, 2FA confirmed) recorded.

Pages and the shell read :meth:`items` after ``changed``; the step list ticks a
step from :meth:`step_done`. Writes go through the serial pool, in the order the
user made them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from breachguard.core import checklist as cl
from breachguard.core.enrollment import EnrollmentStore
from breachguard.core.enrollment_flow import Phase
from breachguard.core.steps import StepId
from breachguard.qt.context import AppContext
from breachguard.qt.controllers.enrollment import EnrollmentController
from breachguard.qt.notices import NoticesController


def _sync(
    checklist: cl.Checklist, record: tuple[str, ...], forget: tuple[str, ...]
) -> tuple[cl.ChecklistItem, ...]:
    """Worker: records what the app saw (or saw undone), then reads the whole list."""
    for item_id in record:
        checklist.record_observed(item_id)
    for item_id in forget:
        checklist.forget_observed(item_id)
    return checklist.items()


class ChecklistController(QObject):
    changed = Signal()  # items() has new values
    save_failed = Signal(object)  # the exception; the tick is lost on restart

    def __init__(
        self,
        context: AppContext,
        parent: QObject | None = None,
        *,
        notices: NoticesController | None = None,
        enrollment: EnrollmentController | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._notices = notices
        self._enrollment = enrollment
        if enrollment is not None:
            enrollments: EnrollmentStore | None = enrollment.store
        elif context.secrets is not None:
            enrollments = EnrollmentStore.for_paths(context.paths, context.secrets)
        else:
            enrollments = None
        self.checklist = cl.Checklist.for_paths(
            context.paths, context.provider.id, enrollments=enrollments
        )
        self._items: tuple[cl.ChecklistItem, ...] | None = None
        self._in_flight = False
        self._again = False
        self._closed = False
        self._two_fa_done: bool | None = None
        # A method, not a lambda: Qt drops the connection when this object goes (a
        # language switch rebuilds the window on the same session).
        context.session.login_email_changed.connect(self._login_email_changed)
        context.session.steps_visited_changed.connect(self.refresh)
        if notices is not None:
            notices.states_changed.connect(self.refresh)
            notices.read_changed.connect(self.refresh)
        if enrollment is not None:
            enrollment.changed.connect(self._enrollment_changed)

    # -- reading ------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self._items is not None

    def items(self) -> tuple[cl.ChecklistItem, ...]:
        """The last list read (empty before the first read finished)."""
        return self._items or ()

    def step_done(self, step: StepId) -> bool:
        return cl.step_done(self.items(), step)

    def all_done(self) -> bool:
        return self.step_done(StepId.CHECKLIST)

    def notices_read(self) -> bool | None:
        """See :func:`breachguard.core.checklist.notices_read`; None without notices."""
        notices = self._notices
        if notices is None or not notices.reads_loaded or not notices.all_sources_in:
            return None
        seen = StepId.STATUS in self.context.session.visited_steps
        return cl.notices_read(notices.states(), notices.is_read, list_seen=seen)

    # -- changing -----------------------------------------------------------------------

    def _login_email_changed(self, _email: str) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Record what the app observed, then read the list again (one read at a time;
        a request meanwhile reads once more afterwards)."""
        if self._closed:
            return
        if self._in_flight:
            self._again = True
            return
        record, forget = [], []
        read = self.notices_read()
        if read:
            record.append(cl.NOTICES_READ)
        elif read is False:
            forget.append(cl.NOTICES_READ)  # a new critical notice waits to be opened
        if self.context.session.login_email:
            record.append(cl.LOGIN_EMAIL)
        self._in_flight = True
        # serial: ticks and observations are written in the order they happened
        self.context.tasks.run(
            _sync,
            self.checklist,
            tuple(record),
            tuple(forget),
            on_done=self._read,
            on_error=self._failed,
            serial=True,
        )

    def set_done(self, item_id: str, done: bool) -> None:
        """The user ticked or unticked an item only they can know about."""
        self.context.tasks.run(
            self.checklist.set_done,
            item_id,
            done,
            on_done=lambda _result: self.refresh(),
            on_error=self._save_failed,
            serial=True,
        )

    def shutdown(self) -> None:
        self._closed = True

    # -- internals ----------------------------------------------------------------------

    def _enrollment_changed(self) -> None:
        assert self._enrollment is not None
        done = self._enrollment.state.phase is Phase.DONE
        if done != self._two_fa_done:
            self._two_fa_done = done
            self.refresh()

    def _read(self, items: tuple[cl.ChecklistItem, ...]) -> None:
        self._in_flight = False
        if self._closed:
            return
        self._items = items
        self.changed.emit()
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._in_flight = False
        self._save_failed(error)
        if self._again:
            self._again = False
            self.refresh()

    def _save_failed(self, error: BaseException) -> None:
        if not self._closed:
            self.save_failed.emit(error)
