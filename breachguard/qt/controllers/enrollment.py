"""Step 3's controller: runs the enrollment state machine through the TaskRunner.

The views call the methods below (what the user did); the controller feeds the
machine, runs each command it answers with off the GUI thread (keyring work on the
serial pool) and feeds the result back. ``changed`` fires after every input; the
views redraw from :attr:`state`. Effects the machine asks for (the private window,
the clipboard) come out as signals.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from breachguard.core import enrollment_flow as flow
from breachguard.core.clock import ClockCheck, measure_offset
from breachguard.core.enrollment import EnrollmentStore
from breachguard.core.enrollment_api import EnrollmentApi
from breachguard.core.enrollment_work import (
    INTERNAL_PROBLEM,
    KEYRING_COMMANDS,
    EnrollmentWork,
    current_code,
)
from breachguard.core.secret_store import KeyringSecretStore
from breachguard.qt.clipboard import SensitiveClipboard
from breachguard.qt.context import AppContext
from breachguard.qt.controllers.setup_intake import SetupIntake

log = logging.getLogger(__name__)

_EFFECTS = (flow.OpenPrivate, flow.ClosePrivate, flow.PutCodeOnClipboard)


class EnrollmentController(QObject):
    changed = Signal()
    private_requested = Signal(object)  # flow.OpenPrivate
    private_close_requested = Signal()
    code_copied = Signal(int)  # seconds until the clipboard is cleared

    def __init__(
        self,
        context: AppContext,
        parent: QObject | None = None,
        *,
        now: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self.context = context
        provider = context.provider
        if context.secrets is None:
            context.secrets = KeyringSecretStore()  # picks its backend on first use
        self.store = EnrollmentStore.for_paths(context.paths, context.secrets)
        api = None
        if provider.enrollment_api:
            api = EnrollmentApi(
                context.http, provider.enrollment_api, allowed_hosts=provider.allowed_hosts()
            )
        measure: Callable[[], ClockCheck] | None = None
        clock_url = provider.clock_url
        if clock_url:

            def measure() -> ClockCheck:
                return measure_offset(
                    context.http, clock_url, allowed_hosts=provider.allowed_hosts()
                )

        self.flow = flow.EnrollmentFlow(
            flow.FlowConfig(
                exchange=provider.name,
                policy=provider.totp,
                has_enrollment_api=api is not None,
                measures_clock=measure is not None,
            ),
            login_email=context.session.login_email,
        )
        self.work = EnrollmentWork(
            self.store, provider.id, provider.name, api=api, measure_clock=measure, now=now
        )
        self._now = now
        self.clipboard = SensitiveClipboard(self)
        self.intake = SetupIntake(context.tasks, provider, self)
        self.intake.brought.connect(
            lambda setup, source: self.send(flow.SetupBrought(setup, source))
        )
        self.intake.refused.connect(lambda problem: self.send(flow.SetupRefused(problem)))
        session = context.session
        # A method, not a lambda: Qt drops the connection when this object goes (a
        # language switch rebuilds the window on the same session).
        session.login_email_changed.connect(self._login_email_known)
        session.revocation_notice_changed.connect(self._revocation_changed)
        if session.revocation_notice:
            self.flow.handle(flow.RevocationKnown(session.revocation_published_at))
        self._shut_down = False

    @property
    def state(self) -> flow.FlowState:
        return self.flow.state

    # -- what the user did --------------------------------------------------------------------

    def start(self) -> None:
        """The step opened (again)."""
        self._execute(self.flow.start())
        self.changed.emit()

    def send(self, event: flow.Input) -> None:
        if self._shut_down:
            return
        self._execute(self.flow.handle(event))
        self.changed.emit()

    def show_code_in_private(self) -> None:
        """Support mode's "Show code": the code alone, in the private window."""
        self._execute(self.flow.code_only_in_private())
        self.changed.emit()

    def current_code(self) -> str:
        setup = self.state.setup
        if setup is None or not self.state.may_show_code:
            return ""
        return current_code(setup, self._now())

    def shutdown(self) -> None:
        """The window is closing: take back the clipboard; answers in flight are dropped."""
        self._shut_down = True
        self.clipboard.take_back()

    # -- running commands ----------------------------------------------------------------------

    def _execute(self, commands: list[flow.Command]) -> None:
        for command in commands:
            if isinstance(command, _EFFECTS):
                self._effect(command)
                continue
            self.context.tasks.run(
                self.work.run,
                command,
                on_done=self.send,
                on_error=self._crashed,
                serial=isinstance(command, KEYRING_COMMANDS),
            )

    def _effect(
        self, command: flow.OpenPrivate | flow.ClosePrivate | flow.PutCodeOnClipboard
    ) -> None:
        if isinstance(command, flow.OpenPrivate):
            self.private_requested.emit(command)
        elif isinstance(command, flow.ClosePrivate):
            self.private_close_requested.emit()
        else:
            self.clipboard.put(current_code(command.setup, self._now()))
            self.code_copied.emit(self.clipboard.seconds)

    def _crashed(self, error: BaseException) -> None:
        # A bug, not a situation the user can act on: logged by type only (no secret can
        # be in it), and the step stays usable.
        log.error("step 3 work failed: %s", type(error).__name__)
        self.send(flow.WorkFailed(INTERNAL_PROBLEM))

    def _login_email_known(self, email: str) -> None:
        self.send(flow.LoginEmailKnown(email))

    def _revocation_changed(self, present: bool) -> None:
        published = self.context.session.revocation_published_at if present else None
        self.send(flow.RevocationKnown(published))
