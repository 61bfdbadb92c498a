"""One module per step page; build_pages() puts them in step order, pending_pages()
the same pages built when the window first needs them."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from breachguard.core.steps import NUMBERED, StepId
from breachguard.qt.context import AppContext
from breachguard.ui.step_page import StepPage

if TYPE_CHECKING:
    from breachguard.qt.controllers.shell import Controllers
    from breachguard.ui.pending_page import PendingPage

# Each builder takes the shared controllers, or None: then the page makes its own
# (a window with no shared ticks or tray).
_Builder = Callable[[AppContext, "Controllers | None"], StepPage]


def _status(context: AppContext, controllers: Controllers | None) -> StepPage:
    from breachguard.ui.pages.status import StatusPage

    return StatusPage(context, controller=controllers.notices if controllers else None)


def _login_email(context: AppContext, controllers: Controllers | None) -> StepPage:
    from breachguard.qt.controllers.login_email import LoginEmailController
    from breachguard.ui.pages.login_email import LoginEmailPage

    controller = controllers.login_email if controllers else LoginEmailController(context)
    return LoginEmailPage(context, controller)


def _enroll(context: AppContext, controllers: Controllers | None) -> StepPage:
    from breachguard.ui.pages.enroll import EnrollPage

    return EnrollPage(context, controller=controllers.enrollment if controllers else None)


def _checklist(context: AppContext, controllers: Controllers | None) -> StepPage:
    from breachguard.ui.pages.checklist_page import ChecklistPage

    return ChecklistPage(context, controller=controllers.checklist if controllers else None)


def _summary(context: AppContext, controllers: Controllers | None) -> StepPage:
    from breachguard.ui.pages.summary_page import SummaryPage

    if controllers is None:
        return SummaryPage(context)
    return SummaryPage(context, checklist=controllers.checklist, notices=controllers.notices)


# In step order, with the module each builder imports (PendingPage imports it ahead).
_PAGES: tuple[tuple[StepId, str, _Builder], ...] = (
    (StepId.STATUS, "breachguard.ui.pages.status", _status),
    (StepId.LOGIN_EMAIL, "breachguard.ui.pages.login_email", _login_email),
    (StepId.TWO_FA, "breachguard.ui.pages.enroll", _enroll),
    (StepId.CHECKLIST, "breachguard.ui.pages.checklist_page", _checklist),
    (StepId.SUMMARY, "breachguard.ui.pages.summary_page", _summary),
)


def build_pages(context: AppContext, controllers: Controllers | None = None) -> list[StepPage]:
    """The pages in order, each given its controller from ``controllers`` (without
    them, each page makes its own)."""
    return [build(context, controllers) for _step, _module, build in _PAGES]


def pending_pages(context: AppContext, controllers: Controllers) -> list[PendingPage]:
    """The same pages, each built (and its module imported) only when the window
    first needs it."""
    from breachguard.ui.pending_page import PendingPage
    from breachguard.ui.step_titles import step_title

    return [
        PendingPage(
            context,
            step,
            numbered=step in NUMBERED,
            title=functools.partial(step_title, step),
            build=functools.partial(build, context, controllers),
            module=module,
        )
        for step, module, build in _PAGES
    ]
