"""Step 2: find the email address the exchange account uses.

Four ways, one tab (and one module) each: the user's own list (with variants and
offline hint matching), a guided search of each inbox for the exchange's official
mail, BreachGuard's own search of the mail on this computer or over IMAP, and (when
the exchange offers it) the verified lookup by phone number. The
page gets its :class:`LoginEmailController` from the composition root; whatever
establishes the login email goes through it. Every address, phone number and
code on screen goes through ``core.masking`` in support mode.

The tabs are not scroll areas of their own: the shell's page scroll area scrolls
the whole page, so nothing in a tab is cut off where no scroll bar reaches.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from breachguard.core.steps import StepId
from breachguard.qt.context import AppContext
from breachguard.qt.controllers.login_email import SAVE_FAILED, LoginEmailController
from breachguard.ui import widgets
from breachguard.ui.banner import Banner
from breachguard.ui.feedback import ProblemBar
from breachguard.ui.pages.login_email.common import Shown
from breachguard.ui.pages.login_email.inbox_view import InboxView
from breachguard.ui.pages.login_email.list_view import AddressListView
from breachguard.ui.pages.login_email.support_box import SupportBox
from breachguard.ui.step_page import StepPage, first_tab_stop
from breachguard.ui.step_titles import step_title

if TYPE_CHECKING:
    from breachguard.ui.pages.login_email.mail_search_view import MailSearchView


def _tr(text: str) -> str:
    return QCoreApplication.translate("EmailPage", text)


_SUB_IDS = ("LOGIN-EMAIL-LIST", "LOGIN-EMAIL-INBOX", "LOGIN-EMAIL-MAILSCAN", "LOGIN-EMAIL-LOOKUP")


class UnknownSenders(QWidget):
    """A search tab for an exchange whose sender domains no source confirmed."""

    def __init__(self, object_name: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        layout = QVBoxLayout(self)
        layout.addWidget(
            widgets.label(
                f"{object_name}.unknownSenders",
                self,
                _tr(
                    "BreachGuard does not know which addresses {name} sends its mail from: no "
                    "public source it trusts lists them. So it cannot search your mail for "
                    "{name}'s messages or tell them from look-alikes. Search your mailboxes "
                    "for “{name}” yourself, treat every message as unconfirmed, and never "
                    "sign in through a link in an email: type the address of {name}'s "
                    "website yourself."
                ).format(name=name),
            )
        )
        layout.addStretch(1)

    def refresh(self) -> None:
        """Nothing here changes with the address list."""

    def choose(self, address: str) -> None:
        """No search to point at an address."""


class LoginEmailPage(StepPage):
    STEP_ID = StepId.LOGIN_EMAIL

    def __init__(
        self,
        context: AppContext,
        controller: LoginEmailController,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.controller = controller
        self.provider = context.provider
        self.shown = Shown(lambda: context.session.support_mode)
        outer = widgets.page_layout(QVBoxLayout(self))
        self.login_banner = Banner("email.loginBanner", "info", self)
        outer.addWidget(self.login_banner)
        # The list could not be written: the one problem that is the page's, not a tab's.
        self.save_banner = ProblemBar("email.saveError", self)
        outer.addWidget(self.save_banner)
        outer.addWidget(
            widgets.label(
                "email.intro",
                self,
                _tr(
                    "After a breach, most people who can't sign in are simply using a "
                    "different email address than the one their account was opened with. "
                    "Find the right one here."
                ),
            )
        )
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("email.tabs")
        self.list_view = AddressListView(controller, self.shown, self)
        self.tabs.addTab(self.list_view, _tr("&1. Your addresses"))
        self.inbox_view: InboxView | UnknownSenders
        self.mail_search_view: MailSearchView | UnknownSenders
        if self.provider.sender_domains:
            self.inbox_view = InboxView(controller, self.shown, self._open_url, self)
            from breachguard.ui.pages.login_email.mail_search_view import MailSearchView

            self.mail_search_view = MailSearchView(
                controller, controller.mail_search, self.shown, self
            )
        else:
            # Searching needs the exchange's sender domains: without them no mail
            # could be told apart from a look-alike's.
            self.inbox_view = UnknownSenders("email.inboxTab", self.provider.name, self)
            self.mail_search_view = UnknownSenders("email.mailSearchTab", self.provider.name, self)
        self.tabs.addTab(self.inbox_view, _tr("&2. Search yourself"))
        self.tabs.addTab(self.mail_search_view, _tr("&3. Search for me"))
        self.list_view.search_inbox.connect(self._search_inbox)
        self.lookup_view = None
        self.demo_sms = None
        if controller.lookup is not None:
            from breachguard.ui.pages.login_email.lookup_view import LookupView

            if self.provider.demo:
                from breachguard.ui.demo_sms_panel import DemoSmsPanel

                self.demo_sms = DemoSmsPanel(context)
            self.lookup_view = LookupView(controller, self.shown, self.demo_sms, self)
            self.lookup_view.answered_here.connect(self.finished_here)
            self.lookup_view.use_result_button.clicked.connect(lambda: self.tabs.setCurrentIndex(1))
            self.tabs.addTab(
                self.lookup_view, _tr("&4. Ask {name}").format(name=self.provider.name)
            )
        self.tabs.currentChanged.connect(self._on_tab_changed)
        outer.addWidget(self.tabs, 1)
        self.support_box = SupportBox(controller, self.current_step_id, self)
        outer.addWidget(self.support_box)
        # Replaceable so tests don't launch a browser.
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl

        # Bound methods: Qt drops them with the page (the session outlives it).
        context.session.support_mode_changed.connect(self._on_support_mode)
        context.session.login_email_changed.connect(self._on_login_email)
        controller.addresses_changed.connect(self.support_box.refresh)
        controller.lookup_changed.connect(self.support_box.refresh)
        controller.save_problem_changed.connect(self._show_save_problem)
        self._show_login()

    # -- StepPage --------------------------------------------------------------------------

    def title(self) -> str:
        return step_title(self.STEP_ID)

    def current_step_id(self) -> str:
        return _SUB_IDS[min(self.tabs.currentIndex(), len(_SUB_IDS) - 1)]

    def focus_target(self) -> QWidget | None:
        # The field of the tab shown (the address to add, the phone number), not the
        # tab bar: a customer arriving here starts typing.
        current = self.tabs.currentWidget()
        return (first_tab_stop(current) if current is not None else None) or super().focus_target()

    def show_phase(self, sub_id: str) -> None:
        if sub_id in _SUB_IDS[: self.tabs.count()]:
            self.tabs.setCurrentIndex(_SUB_IDS.index(sub_id))

    # -- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Support mode changed: every view shows its addresses and numbers anew."""
        self.list_view.refresh()
        self.inbox_view.refresh()
        self.mail_search_view.refresh()
        if self.lookup_view is not None:
            self.lookup_view.refresh_masking()
        self._show_login()

    def _on_support_mode(self, _on: bool) -> None:
        self.refresh()

    def _on_login_email(self, _email: str) -> None:
        self._show_login()

    def _show_login(self) -> None:
        email = self.context.session.login_email
        if email:
            self.login_banner.set_text(
                _tr("Your account's login email: {email}. Step 2 is done.").format(
                    email=self.shown.email(email)
                )
            )
            self.login_banner.show()
        else:
            self.login_banner.hide()
        self.support_box.refresh()

    def _show_save_problem(self) -> None:
        problem = self.controller.save_problem
        if problem is None:
            self.save_banner.clear()
        else:
            self.save_banner.setAccessibleDescription(_tr("Problem"))
            self.save_banner.show_problem(problem, code=SAVE_FAILED)

    def _on_tab_changed(self, index: int) -> None:
        self.changed.emit()
        self.support_box.refresh()
        if index == _SUB_IDS.index("LOGIN-EMAIL-LOOKUP") and self.lookup_view is not None:
            self.lookup_view.ensure_countries()

    def _search_inbox(self, address: str) -> None:
        self.inbox_view.choose(address)
        self.tabs.setCurrentIndex(1)

    def _open_url(self, url: QUrl) -> object:
        return self.open_url(url)

    def case_summary_text(self) -> str:
        return self.support_box.text()

    def shutdown(self) -> None:
        if self.demo_sms is not None:
            self.demo_sms.hide()  # stops its polling
