"""Step 3, setting up 2FA again: the page and one module per phase's view."""

from breachguard.ui.pages.enroll.page import EnrollPage

__all__ = ["EnrollPage"]
