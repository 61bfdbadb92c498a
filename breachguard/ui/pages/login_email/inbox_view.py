"""Step 2's second tab: search one mailbox at a time for the exchange's real mail, and
check the sender of a mail that was found.

The mailbox is picked from the user's addresses; its card (search text, links,
"I found mail here") is one set of widgets refilled for the address picked, so
its buttons keep their Alt+letter however many addresses there are."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from breachguard.core import emails
from breachguard.qt.controllers.login_email import LoginEmailController
from breachguard.qt.i18n import core_text
from breachguard.ui import widgets
from breachguard.ui.banner import Banner
from breachguard.ui.pages.login_email.common import Shown


def _tr(text: str) -> str:
    return QCoreApplication.translate("EmailPage", text)


class InboxView(QWidget):
    def __init__(
        self,
        controller: LoginEmailController,
        shown: Shown,
        open_url: Callable[[QUrl], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("email.inboxTab")
        self.controller = controller
        self.shown = shown
        self.open_url = open_url
        self._search: emails.InboxSearch | None = None
        provider = controller.provider
        name = provider.name
        layout = QVBoxLayout(self)
        layout.addWidget(
            widgets.label(
                "email.inboxIntro",
                self,
                _tr(
                    "Search each of your mailboxes for mail from {name}. The mailbox where "
                    "you find it belongs to the address your account uses."
                ).format(name=name),
            )
        )
        warn = Banner("email.senderWarning", "warning", self, icon=True)
        warn.set_text(
            _tr(
                "Real mail from {name} comes only from {domains}. Mail from addresses that "
                "merely look similar is a scam: don't click its links."
            ).format(name=name, domains=", ".join(provider.sender_domains))
        )
        layout.addWidget(warn)
        self.empty = widgets.label(
            "email.inboxEmpty",
            self,
            _tr("Add your addresses on the first tab, then search each inbox here."),
        )
        layout.addWidget(self.empty)
        chooser = QHBoxLayout()
        self.mailbox_label = QLabel(_tr("M&ailbox to search:"), self)
        self.mailbox_label.setObjectName("email.mailboxLabel")
        self.mailbox_combo = QComboBox(self)
        self.mailbox_combo.setObjectName("email.mailboxCombo")
        self.mailbox_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.mailbox_combo.setMinimumContentsLength(24)
        self.mailbox_label.setBuddy(self.mailbox_combo)
        self.mailbox_combo.currentIndexChanged.connect(lambda _i: self._show_card())
        chooser.addWidget(self.mailbox_label)
        chooser.addWidget(self.mailbox_combo, 1)
        layout.addLayout(chooser)
        layout.addWidget(self._build_card())
        layout.addLayout(self._build_sender_row())
        self.sender_verdicts = {
            kind: Banner(f"email.senderResult.{kind}", kind, self, icon=True)
            for kind in ("info", "warning", "danger")
        }
        self.sender_result = self.sender_verdicts["info"]
        for banner in self.sender_verdicts.values():
            banner.hide()
            layout.addWidget(banner)
        layout.addStretch(1)
        controller.addresses_changed.connect(self.refresh)
        self.refresh()

    def _build_card(self) -> QGroupBox:
        self.card = QGroupBox(self)
        self.card.setObjectName("email.inboxCard")
        layout = QVBoxLayout(self.card)
        self.how = widgets.label("email.inboxHow", self.card)
        layout.addWidget(self.how)
        row = QHBoxLayout()
        self.search_text = QLineEdit(self.card)
        self.search_text.setReadOnly(True)
        self.search_text.setObjectName("email.searchText")
        self.search_text.setAccessibleName(_tr("Search text"))
        row.addWidget(self.search_text, 1)
        self.copy_button = widgets.button(
            "email.copySearchButton", _tr("Copy search te&xt"), self._copy_search, self.card
        )
        row.addWidget(self.copy_button)
        self.open_button = widgets.button("email.openSearchButton", "", self._open, self.card)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self.spam_note = widgets.label("email.spamNote", self.card)
        layout.addWidget(self.spam_note)
        self.found_button = widgets.button(
            "email.foundButton",
            _tr("&I found mail from {name} here").format(name=self.controller.provider.name),
            self._found,
            self.card,
        )
        layout.addWidget(self.found_button, 0, Qt.AlignmentFlag.AlignLeft)
        return self.card

    def _build_sender_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(_tr("Found a mail? Check its s&ender:"), self)
        label.setObjectName("email.senderLabel")
        self.sender_input = QLineEdit(self)
        self.sender_input.setObjectName("email.senderInput")
        self.sender_input.setPlaceholderText(_tr("e.g. news@example.com"))
        self.sender_input.setAccessibleName(_tr("Sender address to check"))
        label.setBuddy(self.sender_input)
        self.sender_input.returnPressed.connect(self.check_sender)
        self.sender_button = widgets.button(
            "email.senderCheckButton", _tr("Chec&k sender"), self.check_sender, self
        )
        row.addWidget(label)
        row.addWidget(self.sender_input, 1)
        row.addWidget(self.sender_button)
        return row

    # -- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """The addresses or support mode changed: the chooser follows, in place."""
        addresses = self.controller.book.addresses
        current = self.current_address()
        combo = self.mailbox_combo
        combo.blockSignals(True)
        for index in reversed(range(combo.count())):
            if combo.itemData(index) not in addresses:
                combo.removeItem(index)
        for index, address in enumerate(addresses):
            if combo.findData(address) < 0:
                combo.insertItem(index, "", address)
        for index in range(combo.count()):
            address = str(combo.itemData(index))
            search = emails.inbox_search(address, self.controller.provider.sender_domains)
            service = search.provider_name or _tr("your mail service")
            combo.setItemText(index, f"{self.shown.email(address)} — {service}")
        if current in addresses:
            combo.setCurrentIndex(combo.findData(current))
        combo.blockSignals(False)
        has_any = bool(addresses)
        self.empty.setVisible(not has_any)
        for widget in (self.mailbox_label, self.mailbox_combo, self.card):
            widget.setVisible(has_any)
        self._show_card()

    def current_address(self) -> str | None:
        value = self.mailbox_combo.currentData()
        return str(value) if value else None

    def choose(self, address: str) -> None:
        index = self.mailbox_combo.findData(address)
        if index >= 0:
            self.mailbox_combo.setCurrentIndex(index)

    def _show_card(self) -> None:
        address = self.current_address()
        if address is None:
            self._search = None
            return
        search = emails.inbox_search(address, self.controller.provider.sender_domains)
        self._search = search
        service = search.provider_name or _tr("your mail service")
        self.card.setTitle(f"{self.shown.email(address)} — {service}")
        if search.search_url:
            how = _tr("Open the search, sign in to this mailbox if asked, and look at the results.")
        elif search.webmail_url:
            how = _tr(
                "Open {service}, sign in to this mailbox, and paste this into its search box:"
            ).format(service=service)
        else:
            how = _tr("In this mailbox's app or website, search for:")
        self.how.setText(how)
        self.search_text.setText(search.search_text)
        url = search.search_url or search.webmail_url
        self.open_button.setVisible(bool(url))
        self.open_button.setText(
            _tr("&Open {service} search").format(service=service)
            if search.search_url
            else _tr("&Open {service}").format(service=service)
        )
        self.spam_note.setText(
            _tr("This search includes the Spam folder.")
            if search.spam_included
            else _tr("Also look in the Spam or Junk folder: breach-time mail often lands there.")
        )

    # -- what the user did -----------------------------------------------------------------

    def _copy_search(self) -> None:
        if self._search is not None:
            QGuiApplication.clipboard().setText(self._search.search_text)

    def _open(self) -> None:
        search = self._search
        url = search and (search.search_url or search.webmail_url)
        if url:
            self.open_url(QUrl.fromEncoded(url.encode("ascii")))

    def _found(self) -> None:
        address = self.current_address()
        if address is not None:
            self.controller.set_login_email(address)

    def check_sender(self) -> None:
        for banner in self.sender_verdicts.values():
            banner.hide()
        try:
            verdict = emails.check_sender(
                self.sender_input.text(), self.controller.provider.sender_domains
            )
        except emails.EmailError as exc:
            self._show_verdict("warning", core_text(exc))
            return
        texts = {
            "official": _tr("{domain} is one of {name}'s official sender domains."),
            "lookalike": _tr(
                "Warning: {domain} only looks like {name}'s domain. This mail is not from "
                "{name}: don't click its links or answer it."
            ),
            "unrelated": _tr("{domain} is not one of {name}'s sender domains."),
        }
        kind = {"official": "info", "lookalike": "danger", "unrelated": "warning"}[verdict.verdict]
        text = texts[verdict.verdict].format(
            domain=verdict.domain, name=self.controller.provider.name
        )
        self._show_verdict(kind, text)

    def _show_verdict(self, kind: str, text: str) -> None:
        self.sender_result = self.sender_verdicts[kind]
        if kind == "info":
            self.sender_result.set_text(text)
            self.sender_result.show()
        else:
            self.sender_result.alert(text)
