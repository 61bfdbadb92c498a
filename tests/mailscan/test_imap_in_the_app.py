"""Step 2's IMAP check in the app, against the real Dovecot: the customer types the
mailbox and password, and the outcome names the login email."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from breachguard.core.mailscan import search_flow as flow
from breachguard.demo.server import DemoExchange
from breachguard.qt.context import AppContext
from breachguard.qt.controllers.login_email import LoginEmailController
from breachguard.ui.pages.login_email import LoginEmailPage
from tests.mailscan.dovecot import LOGIN, PASSWORD, Dovecot
from tests.support.context import make_context


@pytest.fixture
def page(qtbot: Any, app_paths: Any) -> Iterator[LoginEmailPage]:
    with DemoExchange() as exchange:
        context: AppContext = make_context(paths=app_paths, demo=exchange)
        widget = LoginEmailPage(context, LoginEmailController(context))
        qtbot.addWidget(widget)
        widget.show()
        widget.tabs.setCurrentWidget(widget.mail_search_view)
        yield widget
        context.tasks.wait_idle(10000)


def check(page: LoginEmailPage, qtbot: Any, dovecot: Dovecot, password: str) -> None:
    search = page.controller.mail_search
    search.imap_ssl_context = ssl.create_default_context(cafile=str(dovecot.cafile))
    view = page.mail_search_view
    view.imap_target.setText(dovecot.target)
    qtbot.keyClicks(view.imap_password, password)
    qtbot.keyClick(view.imap_password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: search.state.phase is flow.Phase.DONE, timeout=20000)


def test_the_mailbox_over_imap_names_the_login_email(
    page: LoginEmailPage, qtbot: Any, dovecot: Dovecot
) -> None:
    check(page, qtbot, dovecot, PASSWORD)
    view = page.mail_search_view
    assert f"Likely login email: {LOGIN}" in view.found_banner.text()
    assert view.lookalike_banner.isVisible()  # the look-alikes in Junk
    assert view.imap_password.text() == ""
    assert not view.problems.isVisible()


def test_a_wrong_password_is_said_and_not_shown(
    page: LoginEmailPage, qtbot: Any, dovecot: Dovecot
) -> None:
    check(page, qtbot, dovecot, "not-the-password")
    view = page.mail_search_view
    assert "refused the login" in view.problems.text()
    assert "app password" in view.problems.text()
    assert "not-the-password" not in view.problems.text()
    assert "No mail from Demo Exchange" in view.found_banner.text()
