"""The fixed order of the steps and their stable ids."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from breachguard.core.steps import NUMBERED, StepId

# Every page in the window's order: the four numbered steps, then the summary.
STEP_IDS = tuple(StepId)


def step_number(step_id: str) -> int:
    """1-based position of a step id (a phase id like "2FA-SCAN" counts as its step)."""
    step = StepId.parse(step_id)
    if step not in NUMBERED:
        raise KeyError(step_id)
    return NUMBERED.index(step) + 1


def heading(number: int, total: int, title: str) -> str:
    return QCoreApplication.translate("Steps", "Step {number} of {total} — {title}").format(
        number=number, total=total, title=title
    )
