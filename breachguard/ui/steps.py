"""The fixed order of the steps and their stable ids."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class StepInfo:
    step_id: str
    number: int


STEP_IDS = ("STATUS", "LOGIN-EMAIL", "2FA", "CHECKLIST")


def step_number(step_id: str) -> int:
    """1-based position of a step id (a phase id like "2FA-SCAN" counts as its step)."""
    for index, known in enumerate(STEP_IDS, start=1):
        if step_id == known or step_id.startswith(known + "-"):
            return index
    raise KeyError(step_id)


def heading(number: int, total: int, title: str) -> str:
    return QCoreApplication.translate("Steps", "Step {number} of {total} — {title}").format(
        number=number, total=total, title=title
    )
