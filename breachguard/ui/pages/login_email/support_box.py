"""Step 2's last resort: the exchange's own support contacts and a case summary to
send them, always masked, in words (never an internal code)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGroupBox, QPlainTextEdit, QVBoxLayout, QWidget

from breachguard.core import lookup, masking
from breachguard.qt.controllers.login_email import LoginEmailController
from breachguard.qt.i18n import core_text
from breachguard.ui import widgets


def _tr(text: str) -> str:
    return QCoreApplication.translate("EmailPage", text)


def answer_words(result: lookup.MatchResult) -> str:
    """What the exchange's answer was, for a person."""
    if result.kind == "exact":
        return _tr("one of your addresses, exactly")
    if result.kind == "same_mailbox":
        return _tr("another spelling of one of your addresses")
    if result.kind == "none":
        return _tr("an address that is not in your list")
    return _tr("a hint that fits {count} of your addresses").format(count=len(result.candidates))


class SupportBox(QGroupBox):
    def __init__(
        self,
        controller: LoginEmailController,
        step_id: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        provider = controller.provider
        super().__init__(
            _tr("Still stuck? Contact {name} support").format(name=provider.name), parent
        )
        self.setObjectName("email.supportBox")
        self.controller = controller
        self._step_id = step_id
        layout = QVBoxLayout(self)
        self.toggle = widgets.button(
            "email.supportToggle",
            _tr("Show support contacts and a case summar&y"),
            lambda: None,
            self,
        )
        self.toggle.setCheckable(True)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        support = provider.support
        contacts = [value for value in (support.url, support.email, support.phone) if value]
        if contacts:
            text = _tr(
                "If no mailbox has mail from {name} and the lookup didn't help, support can "
                "re-check your identity. Contact them only this way: {contacts}. Support "
                "never asks for your password, codes or seed phrase."
            ).format(name=provider.name, contacts=", ".join(contacts))
        else:
            # A community profile whose sources named no support contact.
            text = _tr(
                "If no mailbox has mail from {name}, support can re-check your identity. "
                "BreachGuard does not know {name}'s support contact: open {website} by typing "
                "it yourself and find it there, never through a link in an email. Genuine "
                "support never asks for your password, codes or seed phrase."
            ).format(name=provider.name, website=provider.web_domains[0])
        inner_layout.addWidget(widgets.label("email.supportContacts", inner, text))
        self.case_summary = QPlainTextEdit(inner)
        self.case_summary.setObjectName("email.caseSummary")
        self.case_summary.setReadOnly(True)
        self.case_summary.setAccessibleName(_tr("Case summary to send to support"))
        self.case_summary.setMaximumHeight(110)
        inner_layout.addWidget(self.case_summary)
        copy = widgets.button(
            "email.copySummaryButton",
            _tr("Co&py case summary"),
            lambda: QGuiApplication.clipboard().setText(self.case_summary.toPlainText()),
            inner,
        )
        inner_layout.addWidget(copy, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(inner)
        inner.setVisible(False)
        self.toggle.toggled.connect(inner.setVisible)
        self.toggle.toggled.connect(lambda _on: self.refresh())

    def text(self) -> str:
        """What the user may paste into a support request: masked, always."""
        controller = self.controller
        addresses = controller.book.addresses
        listed = ", ".join(masking.mask_email(a) for a in addresses) or "—"
        login = controller.login_email
        lines = [
            _tr("BreachGuard case summary for {name}").format(name=controller.provider.name),
            _tr("Step: {step}").format(step=self._step_id()),
            _tr("Addresses checked: {count} ({list})").format(count=len(addresses), list=listed),
            _tr("Login email found: {email}").format(
                email=masking.mask_email(login) if login else _tr("not yet")
            ),
        ]
        if controller.lookup_phone is not None:
            lines.append(
                _tr("Phone used for the lookup: {phone}").format(
                    phone=masking.mask_phone(controller.lookup_phone)
                )
            )
        if controller.last_problem is not None:
            lines.append(
                _tr("Last lookup problem: {problem}").format(
                    problem=core_text(controller.last_problem)
                )
            )
        if controller.last_result is not None:
            lines.append(
                _tr("The exchange's answer: {answer}").format(
                    answer=answer_words(controller.last_result)
                )
            )
        return "\n".join(lines)

    def refresh(self) -> None:
        if self.case_summary.isVisibleTo(self):
            self.case_summary.setPlainText(self.text())
