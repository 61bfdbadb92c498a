"""Step 2, finding the login email: the page and one module per tab."""

from breachguard.ui.pages.login_email.page import LoginEmailPage

__all__ = ["LoginEmailPage"]
