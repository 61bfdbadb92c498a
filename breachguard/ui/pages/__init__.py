"""One module per step page; build_pages() puts them in step order."""

from __future__ import annotations

from breachguard.qt.context import AppContext
from breachguard.ui.step_page import StepPage


def build_pages(context: AppContext) -> list[StepPage]:
    from breachguard.ui.pages.checklist_page import ChecklistPage

    try:
        from breachguard.ui.pages.status_page import StatusPage
    except ImportError:
        from breachguard.ui.pages.pending import pending_page

        StatusPage = pending_page("STATUS", "Exchange status")  # type: ignore[misc]
    try:
        from breachguard.ui.pages.email_page import EmailPage
    except ImportError:
        from breachguard.ui.pages.pending import pending_page

        EmailPage = pending_page("LOGIN-EMAIL", "Your login email")  # type: ignore[misc]
    try:
        from breachguard.ui.pages.enroll_page import EnrollPage
    except ImportError:
        from breachguard.ui.pages.pending import pending_page

        EnrollPage = pending_page("2FA", "Two-factor re-enrollment")  # type: ignore[misc]
    return [StatusPage(context), EmailPage(context), EnrollPage(context), ChecklistPage(context)]
