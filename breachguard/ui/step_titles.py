"""Each step's title, without importing the step's page (the window lists every
step before it builds the pages it does not show yet). The translation contexts
are the pages' own, so each title is translated once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from breachguard.core.steps import StepId


def step_title(step: StepId) -> str:
    translate = QCoreApplication.translate
    if step is StepId.STATUS:
        return translate("StatusPage", "Exchange status")
    if step is StepId.LOGIN_EMAIL:
        return translate("EmailPage", "Your login email")
    if step is StepId.TWO_FA:
        return translate("EnrollPage", "Set up two-factor authentication again")
    if step is StepId.CHECKLIST:
        return translate("ChecklistPage", "Safety checklist")
    return translate("SummaryPage", "Summary")
