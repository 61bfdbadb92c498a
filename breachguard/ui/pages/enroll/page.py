"""Step 3: set up two-factor authentication again, the key kept in the OS keyring.

The page is a shell around the views of the phases (keyring, scan, verify, check,
done); the enrollment controller owns the flow. Every view redraws from the
controller's state after each change, so what is on screen is what the machine
allows, never a guess of the widget's.
"""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from breachguard.core import clock
from breachguard.core import enrollment_flow as flow
from breachguard.core.enrollment_flow import Phase
from breachguard.core.steps import StepId
from breachguard.qt.context import AppContext
from breachguard.qt.controllers.enrollment import EnrollmentController
from breachguard.qt.controllers.recovery import RecoveryCodesController
from breachguard.qt.i18n import core_text, translate_core
from breachguard.ui import feedback
from breachguard.ui.banner import Banner
from breachguard.ui.feedback import ProblemBar
from breachguard.ui.pages.enroll.check_view import CheckView
from breachguard.ui.pages.enroll.done_view import DoneView
from breachguard.ui.pages.enroll.inventory_view import InventoryBox
from breachguard.ui.pages.enroll.keyring_view import KeyringView
from breachguard.ui.pages.enroll.recovery_view import RecoveryCodesBox
from breachguard.ui.pages.enroll.scan_view import ScanView
from breachguard.ui.pages.enroll.verify_view import VerifyView
from breachguard.ui.private_window import PrivateWindow
from breachguard.ui.step_page import PhaseStack, StepPage
from breachguard.ui.step_titles import step_title
from breachguard.ui.widgets import page_layout


class PhaseView(Protocol):
    def show_state(self, state: flow.FlowState, machine: flow.EnrollmentFlow) -> None: ...


class EnrollPage(StepPage):
    STEP_ID = StepId.TWO_FA

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        controller: EnrollmentController | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.controller = controller or EnrollmentController(context, self)
        self.recovery = RecoveryCodesController(context.tasks, self.controller.store, self)
        self._private: PrivateWindow | None = None
        self._demo_website: QWidget | None = None
        self._asked: flow.Question | None = None
        self._phase: Phase | None = None
        self._build()
        self.controller.changed.connect(self.refresh)
        self.controller.private_requested.connect(self._open_private)
        self.controller.private_close_requested.connect(self._close_private)
        self.controller.code_copied.connect(self._code_copied)
        self.controller.intake.remark.connect(self._remark)
        context.session.support_mode_changed.connect(self._on_support_mode)
        self._on_support_mode(context.session.support_mode)

    # -- construction ----------------------------------------------------------------------

    def title(self) -> str:
        return step_title(self.STEP_ID)

    def current_step_id(self) -> str:
        return self.controller.state.phase.step_id

    def _build(self) -> None:
        context, controller = self.context, self.controller
        exchange = context.provider.name
        layout = page_layout(QVBoxLayout(self))
        # The one place problems appear, above whatever the phase shows.
        self.problem_banner = ProblemBar("enroll.errorLabel", self)
        self.problem_banner.setAccessibleDescription(self.tr("Problem"))
        self.note_banner = Banner("enroll.noteLabel", "info", self)
        # What the page just did for the user (copied, cleared the clipboard): kept
        # until the phase changes, apart from the flow's own notes.
        self.remark_banner = Banner("enroll.remarkLabel", "info", self)
        self.clock_banner = Banner("enroll.clockStatus", "warning", self)
        for banner in (
            self.problem_banner,
            self.note_banner,
            self.remark_banner,
            self.clock_banner,
        ):
            banner.hide()
            layout.addWidget(banner)

        self.keyring_view = KeyringView(self)
        self.keyring_view.retry.connect(lambda: controller.send(flow.RetryKeyring()))
        self.keyring_view.phone_only.connect(self._ask_phone_only)
        self.scan_view = ScanView(
            controller.intake,
            context.tasks,
            website_button=bool(context.provider.demo and context.provider.website_url),
            login_email=lambda: context.session.login_email,
            parent=self,
        )
        self.scan_view.open_website.connect(self._open_website)
        self.verify_view = VerifyView(exchange, self)
        self.verify_view.override.connect(lambda typed: controller.send(flow.OverrideIssuer(typed)))
        self.verify_view.discard.connect(lambda: controller.send(flow.DiscardRequested()))
        self.check_view = CheckView(
            exchange,
            controller.current_code,
            lambda: context.session.support_mode,
            self,
        )
        self.check_view.reveal.connect(self._reveal)
        self.check_view.copy.connect(lambda: controller.send(flow.CopyCode()))
        self.check_view.show_on_phone.connect(lambda: controller.send(flow.ShowOnPhone()))
        self.check_view.website_accepted.connect(lambda: controller.send(flow.WebsiteAccepted()))
        self.check_view.confirm_here.connect(lambda: controller.send(flow.ConfirmHere()))
        self.check_view.discard.connect(lambda: controller.send(flow.DiscardRequested()))
        self.done_view = DoneView(exchange, self)
        self.done_view.to_checklist.connect(lambda: self.goto_step.emit(StepId.CHECKLIST))
        self.done_view.another.connect(self._ask_another)

        self.stack = PhaseStack(self)  # the height of the phase shown, not the tallest
        self.stack.setObjectName("enroll.phases")
        self._views: dict[Phase, QWidget] = {
            Phase.KEYRING: self.keyring_view,
            Phase.SCAN: self.scan_view,
            Phase.VERIFY: self.verify_view,
            Phase.CHECK: self.check_view,
            Phase.DONE: self.done_view,
        }
        for view in self._views.values():
            self.stack.addWidget(view)
        layout.addWidget(self.stack)

        self.inventory = InventoryBox(self)
        self.inventory.continue_setup.connect(
            lambda record_id: controller.send(flow.ResumeRequested(record_id))
        )
        self.inventory.selection_changed.connect(self._choose_recovery_record)
        layout.addWidget(self.inventory)
        self.recovery_box = RecoveryCodesBox(self.recovery, self.private_window, self)
        layout.addWidget(self.recovery_box)
        layout.addStretch(1)
        self.refresh()

    # -- showing the state ---------------------------------------------------------------------

    def refresh(self) -> None:
        state = self.controller.state
        machine = self.controller.flow
        phase = state.phase
        view = self._views[phase]
        if self.stack.currentWidget() is not view:
            self.stack.setCurrentWidget(view)
        if phase is Phase.VERIFY and self._phase is not Phase.VERIFY:
            self.verify_view.reset()
        cast(PhaseView, view).show_state(state, machine)
        if view is not self.scan_view:
            self.scan_view.show_state(state, machine)

        problem = state.problem
        if problem is None:
            self.problem_banner.clear()
        else:
            self.problem_banner.show_problem(problem)
        note = state.note if phase is not Phase.DONE else None
        self.note_banner.setVisible(note is not None)
        if note is not None:
            self.note_banner.set_text(core_text(note))
        self._render_clock(state)

        self.inventory.setVisible(phase is Phase.SCAN)
        self.inventory.show_state(state)
        self._choose_recovery_record()
        self.recovery_box.setVisible(
            phase is Phase.DONE or (phase is Phase.SCAN and self.recovery_box.record is not None)
        )
        if state.question is not None and state.question is not self._asked:
            self._ask_discard(state.question)
        self._asked = state.question
        if phase is not self._phase:
            self.remark_banner.hide()  # about the phase that was
            self._phase = phase
            self.changed.emit()  # the heading shows the phase id in support mode

    def _render_clock(self, state: flow.FlowState) -> None:
        check = state.clock
        text = ""
        if check is not None and check.status != clock.OK:
            text = translate_core(
                check.template, check.params, context="clock", translated_params=("direction",)
            )
            text += "\n" + translate_core(clock.fix_instructions(), context="clock")
        elif state.clock_problem is not None:
            text = core_text(state.clock_problem)
        self.clock_banner.setVisible(bool(text))
        self.clock_banner.set_text(text)

    def _choose_recovery_record(self) -> None:
        state = self.controller.state
        if state.done is not None:
            self.recovery_box.set_record(state.done)
            return
        selected = self.inventory.selected()
        working = [r for r in state.inventory if r.working]
        if selected is not None and selected.working:
            self.recovery_box.set_record(selected)
        else:
            self.recovery_box.set_record(working[-1] if working else None)

    # -- user actions that need the page -----------------------------------------------------

    def _reveal(self, shown: bool) -> None:
        if shown and self.context.session.support_mode:
            self.controller.show_code_in_private()
            self.refresh()
            return
        self.controller.send(flow.RevealCode(shown))

    def _ask_phone_only(self) -> None:
        feedback.ask(
            self,
            self.tr("Phone only?"),
            self.tr(
                "BreachGuard will not keep a copy of the new key: it goes into the "
                "authenticator app on your phone and nowhere else. If you lose the phone, "
                "you need the exchange's recovery codes or support. Go on without the keyring?"
            ),
            object_name="enroll.phoneOnlyQuestion",
            go_ahead=QMessageBox.StandardButton.Yes,
            stay=QMessageBox.StandardButton.No,
            then=lambda: self.controller.send(flow.UsePhoneOnly()),
            kind=QMessageBox.Icon.Question,
        )

    def _ask_another(self) -> None:
        # Found in a walk: a second setup replaced the confirmed key without a word.
        feedback.ask(
            self,
            self.tr("Set up another code?"),
            self.tr(
                "You are done: the exchange confirmed your new key. Set up another one only "
                "if the exchange asks you to. Once the exchange confirms a newer key, the "
                "key you have now usually stops working, and so may its recovery codes."
            ),
            object_name="enroll.anotherQuestion",
            go_ahead=self.tr("Set up &another"),
            stay=QMessageBox.StandardButton.Cancel,
            then=lambda: self.controller.send(flow.StartAnother()),
            kind=QMessageBox.Icon.Question,
        )

    def _ask_discard(self, question: flow.Question) -> None:
        feedback.ask(
            self,
            self.tr("Discard this setup?"),
            core_text(self.controller.flow.discard_question()),
            object_name="enroll.discardQuestion",
            go_ahead=QMessageBox.StandardButton.Discard,
            stay=QMessageBox.StandardButton.Cancel,
            then=lambda: self.controller.send(flow.DiscardAnswered(True)),
            otherwise=lambda: self.controller.send(flow.DiscardAnswered(False)),
        )

    def _code_copied(self, seconds: int) -> None:
        self._remark_text(
            self.tr("Code copied. The clipboard is cleared in {seconds} seconds.").format(
                seconds=seconds
            )
        )

    def _remark(self, message: object) -> None:
        self._remark_text(core_text(message))

    def _remark_text(self, text: str) -> None:
        self.remark_banner.set_text(text)
        self.remark_banner.show()

    def _open_website(self) -> None:
        # The demo's "website" is a window of its own, so its QR can be scanned from the
        # screen exactly as a real exchange's page would be.
        provider = self.context.provider
        if provider.demo and provider.enrollment_api:
            from breachguard.ui.demo_website import DemoWebsiteWindow

            if self._demo_website is None:
                self._demo_website = DemoWebsiteWindow(self.context, self)
            self._demo_website.show()
            self._demo_website.raise_()
            self._demo_website.activateWindow()
            return
        if provider.website_url:
            QDesktopServices.openUrl(QUrl(provider.website_url))

    def website_window(self) -> QWidget | None:
        """The Demo Exchange's website window, once opened."""
        return self._demo_website

    # -- the private window ------------------------------------------------------------------

    def private_window(self) -> PrivateWindow:
        """The one private window of this page, created on first use. Top-level on
        purpose (no parent): it must stay out of the shared main window."""
        if self._private is None:
            window = PrivateWindow(self.context)
            window.recovery_codes_changed.connect(self.recovery_box.on_codes_toggled)
            window.closed.connect(self.recovery_box.on_private_closed)
            self._private = window
        return self._private

    def _open_private(self, request: flow.OpenPrivate) -> None:
        warning = core_text(request.warning) if request.warning is not None else ""
        if request.code_only:
            self.private_window().show_code_only(request.setup, warning)
        else:
            self.private_window().show_setup(request.setup, warning)

    def _close_private(self) -> None:
        if self._private is not None and self._private.isVisible():
            self._private.close()

    # -- the shell's hooks -----------------------------------------------------------------------

    def on_entered(self) -> None:
        self.scan_view.offer_clipboard()
        self.controller.start()

    def on_left(self) -> None:
        self.check_view.stop()

    def leave_warning(self) -> str | None:
        warning = self.controller.flow.leave_warning()
        return core_text(warning) if warning is not None else None

    def _on_support_mode(self, enabled: bool) -> None:
        self.scan_view.set_support_mode(enabled)
        if enabled and self.controller.state.revealed:
            self.controller.send(flow.RevealCode(False))
        self.refresh()

    def shutdown(self) -> None:
        self.check_view.stop()
        self.controller.shutdown()
        self.scan_view.shutdown()
        if self._private is not None:
            self._private.close()
            self._private.deleteLater()
            self._private = None
