"""The controllers one window shares between its pages, its step list and the tray.

The composition root makes one :class:`Controllers` per window
(:func:`build_controllers`) and hands each page only its own; nothing fishes a
controller out of a page. Each controller is built (and its modules imported) on
first use: the first frame needs only the notices, so step 3's flow and the
checklist come after it.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject

from breachguard.qt.context import AppContext

if TYPE_CHECKING:
    from breachguard.qt.controllers.checklist import ChecklistController
    from breachguard.qt.controllers.enrollment import EnrollmentController
    from breachguard.qt.controllers.login_email import LoginEmailController
    from breachguard.qt.notices import NoticesController

_C = TypeVar("_C", bound=QObject)


class Controllers:
    def __init__(self, context: AppContext) -> None:
        self._context = context
        # Weak: the window holds these controllers, and must not be kept alive by them.
        self._owner: weakref.ref[QObject] | None = None
        self._notices: NoticesController | None = None
        self._login_email: LoginEmailController | None = None
        self._enrollment: EnrollmentController | None = None
        self._checklist: ChecklistController | None = None

    @property
    def notices(self) -> NoticesController:
        """Step 1, the tray, step 4's "notices read", the summary."""
        if self._notices is None:
            from breachguard.qt.notices import NoticesController

            self._notices = self._adopt(NoticesController(self._context))
        return self._notices

    @property
    def login_email(self) -> LoginEmailController:
        """Step 2: the address book and the lookup."""
        if self._login_email is None:
            from breachguard.qt.controllers.login_email import LoginEmailController

            self._login_email = self._adopt(LoginEmailController(self._context))
        return self._login_email

    @property
    def enrollment(self) -> EnrollmentController:
        """Step 3."""
        if self._enrollment is None:
            from breachguard.qt.controllers.enrollment import EnrollmentController

            self._enrollment = self._adopt(EnrollmentController(self._context))
        return self._enrollment

    @property
    def checklist(self) -> ChecklistController:
        """Step 4, the step list's ticks, the summary."""
        if self._checklist is None:
            from breachguard.qt.controllers.checklist import ChecklistController

            checklist = ChecklistController(
                self._context, notices=self.notices, enrollment=self.enrollment
            )
            self._checklist = self._adopt(checklist)
        return self._checklist

    @property
    def checklist_built(self) -> bool:
        return self._checklist is not None

    def all(self) -> tuple[QObject, ...]:
        """The controllers built so far."""
        built = (self._notices, self._login_email, self._enrollment, self._checklist)
        return tuple(controller for controller in built if controller is not None)

    def adopt_into(self, owner: QObject) -> None:
        """``owner`` (the window) parents every controller, built now or later: they
        live as long as it does."""
        self._owner = weakref.ref(owner)
        for controller in self.all():
            controller.setParent(owner)

    def shutdown(self) -> None:
        """The window is closing: no answer still on its way changes anything."""
        if self._notices is not None:
            self._notices.stop()
        if self._login_email is not None:
            self._login_email.shutdown()
        if self._enrollment is not None:
            self._enrollment.shutdown()
        if self._checklist is not None:
            self._checklist.shutdown()

    def _adopt(self, controller: _C) -> _C:
        owner = self._owner() if self._owner is not None else None
        if owner is not None:
            controller.setParent(owner)
        return controller


def build_controllers(context: AppContext) -> Controllers:
    return Controllers(context)
