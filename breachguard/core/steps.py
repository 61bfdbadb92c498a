"""The steps of the job and their stable, language-independent ids.

The values are persisted (``last_step`` in the settings) and shown to a support
agent in support mode, so they never change; phases refine them ("2FA-SCAN",
see :class:`breachguard.core.enrollment_flow.Phase`).
"""

from __future__ import annotations

import enum


class StepId(enum.StrEnum):
    STATUS = "STATUS"
    LOGIN_EMAIL = "LOGIN-EMAIL"
    TWO_FA = "2FA"
    CHECKLIST = "CHECKLIST"
    SUMMARY = "SUMMARY"  # the closing page after the four steps

    @classmethod
    def parse(cls, value: object) -> StepId | None:
        """The step a saved or phase id belongs to ("2FA-SCAN" → TWO_FA); None if none."""
        if not isinstance(value, str):
            return None
        for step in cls:
            if value == step.value or value.startswith(step.value + "-"):
                return step
        return None


# The numbered steps in their order; the summary closes them and has no number.
NUMBERED = (StepId.STATUS, StepId.LOGIN_EMAIL, StepId.TWO_FA, StepId.CHECKLIST)
