"""One module per step page; build_pages() puts them in step order."""

from __future__ import annotations

from breachguard.qt.context import AppContext
from breachguard.ui.step_page import StepPage


def build_pages(context: AppContext) -> list[StepPage]:
    from breachguard.ui.pages.checklist_page import ChecklistPage
    from breachguard.ui.pages.email_page import EmailPage
    from breachguard.ui.pages.enroll import EnrollPage
    from breachguard.ui.pages.status_page import StatusPage

    return [StatusPage(context), EmailPage(context), EnrollPage(context), ChecklistPage(context)]
