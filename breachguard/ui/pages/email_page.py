"""Step 2: find the email address the exchange account uses.

Three ways, one per tab: the user's own list (with variants and offline hint
matching), a guided search of each inbox for the exchange's official mail, and
(when the exchange offers it) the verified lookup by phone number. Whatever
establishes the login email calls ``session.set_login_email``. Every address,
phone number and code on screen goes through ``core.masking`` in support mode.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from breachguard.core import emails, lookup, masking, phone
from breachguard.core.addressbook import AddressBook, AddressBookError
from breachguard.qt.context import AppContext
from breachguard.qt.i18n import core_text, translate_core
from breachguard.qt.lookup_controller import LookupController
from breachguard.ui.banner import Banner
from breachguard.ui.step_page import StepPage

_SUB_IDS = ("LOGIN-EMAIL-LIST", "LOGIN-EMAIL-INBOX", "LOGIN-EMAIL-LOOKUP")


def _label(text: str, name: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _button(text: str, name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    return button


def _retire(widget: QWidget) -> None:
    """Removes a rebuilt widget at once for users and lookups; deleteLater (not an
    immediate delete) because its own click may be what triggered the rebuild."""
    widget.hide()
    for child in [widget, *widget.findChildren(QWidget)]:
        child.setObjectName("")
    widget.deleteLater()


def _scrolled(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    # Text wraps; sideways scrolling only ever hid the right-hand edge.
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


class EmailPage(StepPage):
    STEP_ID = "LOGIN-EMAIL"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.provider = context.provider
        self.book = AddressBook.in_data_dir(context.paths.data_dir)
        # Replaceable so tests don't launch a browser.
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self._last_result: lookup.MatchResult | None = None
        self._last_error: lookup.LookupFailed | None = None
        self._parsed_phone: phone.ParsedPhone | None = None
        self._inbox_widgets: list[QWidget] = []

        outer = QVBoxLayout(self)
        self.login_banner = Banner("email.loginBanner", "info", self)
        outer.addWidget(self.login_banner)
        intro = _label(
            self.tr(
                "After a breach, most people who can't sign in are simply using a different "
                "email address than the one their account was opened with. Find the right one "
                "here."
            ),
            "email.intro",
            self,
        )
        outer.addWidget(intro)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("email.tabs")
        self.tabs.addTab(_scrolled(self._build_list_tab()), self.tr("1. Your addresses"))
        self.tabs.addTab(_scrolled(self._build_inbox_tab()), self.tr("2. Search your inboxes"))
        self.controller: LookupController | None = None
        if self.provider.lookup_api:
            self.controller = LookupController(context.tasks, context.http, self.provider, self)
            self.tabs.addTab(
                _scrolled(self._build_lookup_tab()),
                self.tr("3. Ask {name}").format(name=self.provider.name),
            )
        self.tabs.currentChanged.connect(lambda _i: self.changed.emit())
        self.tabs.currentChanged.connect(self._on_tab_changed)
        outer.addWidget(self.tabs, 1)
        outer.addWidget(self._build_support_box())

        context.session.support_mode_changed.connect(lambda _on: self.refresh())
        context.session.login_email_changed.connect(lambda _e: self._show_login())
        remembered = self.book.login_email(self.provider.id)
        if remembered and not context.session.login_email:
            context.session.set_login_email(remembered)
        self.refresh()

    # -- StepPage --------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Your login email")

    def current_step_id(self) -> str:
        return _SUB_IDS[min(self.tabs.currentIndex(), 2)]

    def show_phase(self, sub_id: str) -> None:
        if sub_id in _SUB_IDS[: self.tabs.count()]:
            self.tabs.setCurrentIndex(_SUB_IDS.index(sub_id))

    # -- display helpers --------------------------------------------------------------

    @property
    def masked(self) -> bool:
        return self.context.session.support_mode

    def shown(self, address: str) -> str:
        return masking.mask_email(address) if self.masked else address

    def refresh(self) -> None:
        self._render_addresses()
        self._render_inbox_cards()
        self._render_variants()
        self._show_login()
        if self.controller is not None:
            echo = QLineEdit.EchoMode.Password if self.masked else QLineEdit.EchoMode.Normal
            self.phone_input.setEchoMode(echo)
            self.code_input.setEchoMode(echo)
            self._update_phone_echo()
            self._render_lookup_result()
        self._update_case_summary()

    def _show_login(self) -> None:
        email = self.context.session.login_email
        if email:
            self.login_banner.set_text(
                self.tr("Your account's login email: {email}. Step 2 is done.").format(
                    email=self.shown(email)
                )
            )
            self.login_banner.show()
        else:
            self.login_banner.hide()
        self._update_case_summary()

    def set_login_email(self, address: str) -> None:
        stored = self.book.set_login_email(self.provider.id, address)
        self.context.session.set_login_email(stored)
        self.refresh()

    # -- tab 1: the user's addresses ---------------------------------------------------

    def _build_list_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(
            _label(
                self.tr(
                    "List every email address you might have used. They stay on this "
                    "computer: BreachGuard never sends them anywhere."
                ),
                "email.listIntro",
                tab,
            )
        )
        row = QHBoxLayout()
        self.address_input = QLineEdit(tab)
        self.address_input.setObjectName("email.addressInput")
        self.address_input.setPlaceholderText(self.tr("name@example.com"))
        self.address_input.setAccessibleName(self.tr("Email address to add"))
        self.address_input.returnPressed.connect(self._add_address)
        add = _button(self.tr("&Add address"), "email.addButton", tab)
        add.clicked.connect(self._add_address)
        row.addWidget(self.address_input, 1)
        row.addWidget(add)
        layout.addLayout(row)
        self.address_error = _label("", "email.addressError", tab)
        if self.book.load_problem is not None:
            # Nothing is lost silently: a damaged list was set aside, and the user hears so.
            self.address_error.setText(core_text(self.book.load_problem))
        layout.addWidget(self.address_error)
        self.typo_button = _button("", "email.typoButton", tab)
        self.typo_button.hide()
        self.typo_button.clicked.connect(self._use_typo_suggestion)
        layout.addWidget(self.typo_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.address_list = QListWidget(tab)
        self.address_list.setObjectName("email.addressList")
        self.address_list.setAccessibleName(self.tr("Your email addresses"))
        self.address_list.setMinimumHeight(110)
        self.address_list.currentRowChanged.connect(lambda _r: self._render_variants())
        layout.addWidget(self.address_list)
        actions = QHBoxLayout()
        search = _button(self.tr("Search this inbox"), "email.searchSelectedButton", tab)
        search.clicked.connect(lambda: self.tabs.setCurrentIndex(1))
        remove = _button(self.tr("&Remove"), "email.removeButton", tab)
        remove.clicked.connect(self._remove_selected)
        actions.addWidget(search)
        actions.addWidget(remove)
        actions.addStretch(1)
        layout.addLayout(actions)

        self.variants_box = QGroupBox(self.tr("Other spellings you may have signed up with"), tab)
        self.variants_box.setObjectName("email.variantsBox")
        self.variants_layout = QVBoxLayout(self.variants_box)
        layout.addWidget(self.variants_box)

        hint_box = QGroupBox(self.tr("Did the exchange show you a hint?"), tab)
        hint_box.setObjectName("email.hintBox")
        hint_layout = QVBoxLayout(hint_box)
        hint_layout.addWidget(
            _label(
                self.tr(
                    "Type the hint exactly as an email or text from the exchange showed it, "
                    "for example o•••@gmail.com or o***n@g***.com. BreachGuard checks which "
                    "of your addresses fit, on this computer."
                ),
                "email.hintIntro",
                hint_box,
            )
        )
        hint_row = QHBoxLayout()
        self.hint_input = QLineEdit(hint_box)
        self.hint_input.setObjectName("email.hintInput")
        self.hint_input.setAccessibleName(self.tr("Email hint from the exchange"))
        self.hint_input.returnPressed.connect(self._check_hint)
        check = _button(self.tr("Check hint"), "email.hintCheckButton", hint_box)
        check.clicked.connect(self._check_hint)
        hint_row.addWidget(self.hint_input, 1)
        hint_row.addWidget(check)
        hint_layout.addLayout(hint_row)
        self.hint_result = _label("", "email.hintResult", hint_box)
        hint_layout.addWidget(self.hint_result)
        layout.addWidget(hint_box)
        layout.addStretch(1)
        return tab

    def _add_address(self, text: str | None = None) -> None:
        raw = self.address_input.text() if not isinstance(text, str) else text
        self.typo_button.hide()
        try:
            address = self.book.add(raw)
        except (emails.EmailError, AddressBookError) as exc:
            self.address_error.setText(core_text(exc))
            return
        self.address_error.clear()
        self.address_input.clear()
        typo = emails.likely_typo(address)
        if typo:
            self.address_error.setText(
                self.tr("Added. Did you mean {address}?").format(address=self.shown(typo))
            )
            self.typo_button.setText(self.tr("Add {address} too").format(address=self.shown(typo)))
            self.typo_button.setProperty("suggestion", typo)
            self.typo_button.show()
        self.refresh()
        self.address_list.setCurrentRow(len(self.book.addresses) - 1)

    def _use_typo_suggestion(self) -> None:
        self._add_address(str(self.typo_button.property("suggestion") or ""))

    def _remove_selected(self) -> None:
        item = self.address_list.currentItem()
        if item is None:
            return
        address = str(item.data(Qt.ItemDataRole.UserRole))
        self.book.remove(address)
        if self.context.session.login_email and emails.dedup_key(
            self.context.session.login_email
        ) == emails.dedup_key(address):
            self.context.session.set_login_email("")
        self.refresh()

    def _render_addresses(self) -> None:
        row = self.address_list.currentRow()
        self.address_list.blockSignals(True)
        self.address_list.clear()
        login = emails.dedup_key(self.context.session.login_email or "")
        for address in self.book.addresses:
            provider = emails.mail_provider_for(address)
            name = provider.name if provider else self.tr("other mail service")
            text = f"{self.shown(address)}  —  {name}"
            if emails.dedup_key(address) == login:
                text += "  ✓ " + self.tr("login email")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, address)
            if self.masked:
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    self._accessible(masking.describe_masked_email(address)),
                )
            self.address_list.addItem(item)
        if not self.book.addresses:
            empty = QListWidgetItem(self.tr("No addresses yet. Add the first one above."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.address_list.addItem(empty)
        self.address_list.blockSignals(False)
        if 0 <= row < len(self.book.addresses):
            self.address_list.setCurrentRow(row)

    def _accessible(self, text: masking.AccessibleText) -> str:
        return core_text(text)

    def _selected_address(self) -> str | None:
        item = self.address_list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return str(value) if value else None

    def _render_variants(self) -> None:
        while self.variants_layout.count():
            child = self.variants_layout.takeAt(0).widget()
            if child is not None:
                _retire(child)
        address = self._selected_address()
        suggestions = [
            v
            for v in (emails.variants(address) if address else ())
            if not self.book.find(v.address)
        ]
        self.variants_box.setVisible(bool(suggestions))
        if not suggestions:
            return
        self.variants_layout.addWidget(
            _label(
                self.tr(
                    "Your mail service delivers these to the same inbox, but an exchange may "
                    "treat them as separate accounts. Add them only if you might have used them."
                ),
                "email.variantsIntro",
                self.variants_box,
            )
        )
        for index, variant in enumerate(suggestions):
            row = QHBoxLayout()
            button = _button(
                self.tr("Add {address}").format(address=self.shown(variant.address)),
                f"email.addVariantButton{index}",
                self.variants_box,
            )
            button.clicked.connect(lambda _c=False, a=variant.address: self._add_address(a))
            row_widget = QWidget(self.variants_box)
            row_widget.setLayout(row)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(button)
            row.addWidget(
                _label(core_text(variant.reason), f"email.variantReason{index}", row_widget), 1
            )
            self.variants_layout.addWidget(row_widget)

    def _check_hint(self) -> None:
        try:
            result = lookup.match_hint(self.hint_input.text(), self.book.addresses)
        except lookup.HintError as exc:
            self.hint_result.setText(core_text(exc))
            return
        if result.candidates:
            self.hint_result.setText(
                self.tr("These of your addresses fit {hint}: {addresses}").format(
                    hint=result.email,
                    addresses=", ".join(self.shown(a) for a in result.candidates),
                )
            )
        else:
            self.hint_result.setText(
                self.tr(
                    "None of your addresses fit {hint}. Add the address it stands for, or "
                    "look in that mailbox."
                ).format(hint=result.email)
            )

    # -- tab 2: inbox hunt ------------------------------------------------------------

    def _build_inbox_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        name = self.provider.name
        senders = ", ".join(self.provider.sender_domains)
        layout.addWidget(
            _label(
                self.tr(
                    "Search each of your mailboxes for mail from {name}. The mailbox where "
                    "you find it belongs to the address your account uses."
                ).format(name=name),
                "email.inboxIntro",
                tab,
            )
        )
        warn = Banner("email.senderWarning", "warning", tab)
        warn.set_text(
            self.tr(
                "Real mail from {name} comes only from {domains}. Mail from addresses that "
                "merely look similar is a scam: don't click its links."
            ).format(name=name, domains=senders)
        )
        layout.addWidget(warn)
        self.inbox_cards = QVBoxLayout()
        layout.addLayout(self.inbox_cards)
        sender_row = QHBoxLayout()
        sender_label = QLabel(self.tr("Found a mail? &Check its sender:"), tab)
        sender_label.setObjectName("email.senderLabel")
        self.sender_input = QLineEdit(tab)
        self.sender_input.setObjectName("email.senderInput")
        self.sender_input.setPlaceholderText(self.tr("e.g. news@example.com"))
        self.sender_input.setAccessibleName(self.tr("Sender address to check"))
        sender_label.setBuddy(self.sender_input)
        self.sender_input.returnPressed.connect(self._check_sender)
        check = _button(self.tr("Check sender"), "email.senderCheckButton", tab)
        check.clicked.connect(self._check_sender)
        sender_row.addWidget(sender_label)
        sender_row.addWidget(self.sender_input, 1)
        sender_row.addWidget(check)
        layout.addLayout(sender_row)
        self.sender_verdicts = {
            kind: Banner(f"email.senderResult.{kind}", kind, tab)
            for kind in ("info", "warning", "danger")
        }
        for banner in self.sender_verdicts.values():
            banner.hide()
            layout.addWidget(banner)
        layout.addStretch(1)
        return tab

    def _check_sender(self) -> None:
        for banner in self.sender_verdicts.values():
            banner.hide()
        try:
            verdict = emails.check_sender(self.sender_input.text(), self.provider.sender_domains)
        except emails.EmailError as exc:
            self._show_sender_verdict("warning", core_text(exc))
            return
        texts = {
            "official": self.tr("{domain} is one of {name}'s official sender domains."),
            "lookalike": self.tr(
                "Warning: {domain} only looks like {name}'s domain. This mail is not from "
                "{name}: don't click its links or answer it."
            ),
            "unrelated": self.tr("{domain} is not one of {name}'s sender domains."),
        }
        kind = {"official": "info", "lookalike": "danger", "unrelated": "warning"}[verdict.verdict]
        self._show_sender_verdict(
            kind, texts[verdict.verdict].format(domain=verdict.domain, name=self.provider.name)
        )

    def _show_sender_verdict(self, kind: str, text: str) -> None:
        self.sender_result = self.sender_verdicts[kind]
        self.sender_result.set_text(text)
        self.sender_result.show()

    def _render_inbox_cards(self) -> None:
        for widget in self._inbox_widgets:
            self.inbox_cards.removeWidget(widget)
            _retire(widget)
        self._inbox_widgets = []
        if not self.book.addresses:
            empty = _label(
                self.tr("Add your addresses on the first tab, then search each inbox here."),
                "email.inboxEmpty",
                self,
            )
            self.inbox_cards.addWidget(empty)
            self._inbox_widgets.append(empty)
        for index, address in enumerate(self.book.addresses):
            card = self._inbox_card(index, address)
            self.inbox_cards.addWidget(card)
            self._inbox_widgets.append(card)

    def _inbox_card(self, index: int, address: str) -> QGroupBox:
        search = emails.inbox_search(address, self.provider.sender_domains)
        service = search.provider_name or self.tr("your mail service")
        card = QGroupBox(f"{self.shown(address)} — {service}", self)
        card.setObjectName(f"email.inboxCard{index}")
        layout = QVBoxLayout(card)
        if search.search_url:
            how = self.tr(
                "Open the search, sign in to this mailbox if asked, and look at the results."
            )
        elif search.webmail_url:
            how = self.tr(
                "Open {service}, sign in to this mailbox, and paste this into its search box:"
            ).format(service=service)
        else:
            how = self.tr("In this mailbox's app or website, search for:")
        layout.addWidget(_label(how, f"email.inboxHow{index}", card))
        row = QHBoxLayout()
        text = QLineEdit(search.search_text, card)
        text.setReadOnly(True)
        text.setObjectName(f"email.searchText{index}")
        text.setAccessibleName(self.tr("Search text"))
        row.addWidget(text, 1)
        copy = _button(self.tr("Copy search text"), f"email.copySearchButton{index}", card)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(search.search_text))
        row.addWidget(copy)
        url = search.search_url or search.webmail_url
        if url:
            label = (
                self.tr("Open {service} search").format(service=service)
                if search.search_url
                else self.tr("Open {service}").format(service=service)
            )
            open_button = _button(label, f"email.openSearchButton{index}", card)
            open_button.clicked.connect(
                lambda: self.open_url(QUrl.fromEncoded(url.encode("ascii")))
            )
            row.addWidget(open_button)
        layout.addLayout(row)
        spam = (
            self.tr("This search includes the Spam folder.")
            if search.spam_included
            else self.tr(
                "Also look in the Spam or Junk folder: breach-time mail often lands there."
            )
        )
        layout.addWidget(_label(spam, f"email.spamNote{index}", card))
        found = _button(
            self.tr("I found mail from {name} here").format(name=self.provider.name),
            f"email.foundButton{index}",
            card,
        )
        found.clicked.connect(lambda: self.set_login_email(address))
        layout.addWidget(found, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    # -- tab 3: verified lookup --------------------------------------------------------

    def _build_lookup_tab(self) -> QWidget:
        assert self.controller is not None
        tab = QWidget()
        outer = QHBoxLayout(tab)
        column = QVBoxLayout()
        outer.addLayout(column, 3)
        name = self.provider.name
        column.addWidget(
            _label(
                self.tr(
                    "{name} can tell you which email your account uses. It first sends a code "
                    "by SMS to your phone; only after you type that code does it show the "
                    "address. It answers the same way whether or not an account uses the "
                    "number, so nobody can use this to find out who is a customer."
                ).format(name=name),
                "email.lookupIntro",
                tab,
            )
        )
        form = QFormLayout()
        self.country_combo = QComboBox(tab)
        self.country_combo.setObjectName("email.countryCombo")
        self.country_combo.setAccessibleName(self.tr("Country of your phone number"))
        # Sized to the longest country name it would push the tab wider than the window.
        self.country_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.country_combo.setMinimumContentsLength(18)
        self.country_combo.currentIndexChanged.connect(lambda _i: self._update_phone_echo())
        form.addRow(self.tr("&Country:"), self.country_combo)
        self.phone_input = QLineEdit(tab)
        self.phone_input.setObjectName("email.phoneInput")
        self.phone_input.setAccessibleName(self.tr("Mobile number"))
        self.phone_input.setPlaceholderText(self.tr("Your mobile number"))
        self.phone_input.textChanged.connect(lambda _t: self._update_phone_echo())
        self.phone_input.returnPressed.connect(self._send_code)
        form.addRow(self.tr("&Mobile number:"), self.phone_input)
        column.addLayout(form)
        self.phone_echo = _label("", "email.phoneEcho", tab)
        column.addWidget(self.phone_echo)
        self.phone_suggestion = _button("", "email.phoneSuggestionButton", tab)
        self.phone_suggestion.hide()
        self.phone_suggestion.clicked.connect(self._use_phone_suggestion)
        column.addWidget(self.phone_suggestion, 0, Qt.AlignmentFlag.AlignLeft)
        self.send_button = _button(self.tr("&Send code"), "email.sendCodeButton", tab)
        self.send_button.clicked.connect(self._send_code)
        column.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.lookup_status = _label("", "email.lookupStatus", tab)
        column.addWidget(self.lookup_status)
        self.wait_label = _label("", "email.waitLabel", tab)
        column.addWidget(self.wait_label)
        code_row = QHBoxLayout()
        self.code_input = QLineEdit(tab)
        self.code_input.setObjectName("email.codeInput")
        self.code_input.setAccessibleName(self.tr("Code from the text message"))
        self.code_input.setPlaceholderText(self.tr("6-digit code"))
        self.code_input.setMaxLength(12)
        self.code_input.returnPressed.connect(self._verify_code)
        self.verify_button = _button(self.tr("C&onfirm code"), "email.verifyCodeButton", tab)
        self.verify_button.clicked.connect(self._verify_code)
        code_row.addWidget(self.code_input, 1)
        code_row.addWidget(self.verify_button)
        column.addLayout(code_row)
        self.lookup_result = Banner("email.lookupResult", "info", tab)
        font = self.lookup_result.label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.lookup_result.label.setFont(font)
        self.lookup_result.hide()
        column.addWidget(self.lookup_result)
        self.use_result_button = _button("", "email.useResultButton", tab)
        self.use_result_button.hide()
        self.use_result_button.clicked.connect(self._use_result)
        column.addWidget(self.use_result_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)

        self.demo_sms = None
        if self.provider.demo:
            from breachguard.ui.demo_sms_panel import DemoSmsPanel

            self.demo_sms = DemoSmsPanel(self.context, tab)
            outer.addWidget(self.demo_sms, 2)

        self.controller.started.connect(self._on_started)
        self.controller.answered.connect(self._on_answered)
        self.controller.failed.connect(self._on_failed)
        self.controller.busy_changed.connect(lambda _b: self._update_buttons())
        self.controller.wait_changed.connect(self._on_wait)
        self._update_buttons()
        return tab

    def _on_tab_changed(self, index: int) -> None:
        if index == _SUB_IDS.index("LOGIN-EMAIL-LOOKUP"):
            self._ensure_countries()

    def _ensure_countries(self) -> None:
        # phonenumbers takes ~50 ms to load: not before the window is first shown.
        if self.controller is not None and self.country_combo.count() == 0:
            self._fill_countries()

    def _fill_countries(self) -> None:
        entries = []
        for region, calling in phone.supported_regions():
            territory = QLocale.codeToTerritory(region)
            name = QLocale.territoryToString(territory) if territory else region
            entries.append((name, region, calling))
        entries.sort(key=lambda e: e[0].casefold())
        for name, region, calling in entries:
            self.country_combo.addItem(f"{name} (+{calling})", region)
        locale = QLocale()
        region = QLocale.territoryToCode(locale.territory())
        if self.country_combo.findData(region) < 0:
            region = phone.default_region(locale.name())
        self.country_combo.setCurrentIndex(max(0, self.country_combo.findData(region)))

    def _region(self) -> str:
        self._ensure_countries()
        return str(self.country_combo.currentData() or "")

    def _update_phone_echo(self) -> None:
        if self.controller is None:
            return
        self._parsed_phone = None
        self.phone_suggestion.hide()
        text = self.phone_input.text()
        if not text.strip():
            self.phone_echo.clear()
            self._update_buttons()
            return
        try:
            parsed = phone.parse_phone(text, self._region(), allow_fictional=self.provider.demo)
        except phone.PhoneError as exc:
            self.phone_echo.setText(core_text(exc))
            self._update_buttons()
            return
        self._parsed_phone = parsed
        shown = masking.mask_phone(parsed.e164) if self.masked else parsed.international
        territory = QLocale.codeToTerritory(parsed.region)
        country = QLocale.territoryToString(territory) if territory else parsed.region
        lines = [self.tr("We will use {number} ({country}).").format(number=shown, country=country)]
        if parsed.warning:
            suggestion = parsed.suggestion
            shown_suggestion = ""
            if suggestion:
                shown_suggestion = (
                    masking.mask_phone(suggestion)
                    if self.masked
                    else phone.format_international(suggestion)
                )
                self.phone_suggestion.setText(
                    self.tr("Use {number}").format(number=shown_suggestion)
                )
                self.phone_suggestion.setProperty("e164", suggestion)
                self.phone_suggestion.show()
            lines.append(
                translate_core(
                    phone.WARNINGS[parsed.warning],
                    {"suggestion": shown_suggestion},
                    context="phone",
                )
            )
        self.phone_echo.setText("\n".join(lines))
        self._update_buttons()

    def _use_phone_suggestion(self) -> None:
        self.phone_input.setText(str(self.phone_suggestion.property("e164") or ""))

    def _update_buttons(self) -> None:
        if self.controller is None:
            return
        busy = self.controller.busy
        waiting = self.controller.seconds_to_wait() > 0
        self.send_button.setEnabled(self._parsed_phone is not None and not busy and not waiting)
        self.verify_button.setEnabled(self.controller.has_request and not busy)
        self.code_input.setEnabled(self.controller.has_request)

    def _send_code(self) -> None:
        if self.controller is None or self._parsed_phone is None:
            return
        self._last_result = None
        self._last_error = None
        self.lookup_result.hide()
        self.use_result_button.hide()
        self.lookup_status.setText(self.tr("Asking {name}…").format(name=self.provider.name))
        self.controller.start(self._parsed_phone.e164)

    def _verify_code(self) -> None:
        if self.controller is None or not self.controller.has_request:
            return
        self.lookup_status.setText(self.tr("Checking the code…"))
        self.controller.verify(self.code_input.text())

    def _on_started(self, started: lookup.LookupStarted) -> None:
        minutes = max(1, started.expires_in_s // 60)
        self.lookup_status.setText(
            self.tr(
                "If an account uses this number, {name} has sent a code by SMS. Type it "
                "below within {minutes} minutes."
            ).format(name=self.provider.name, minutes=minutes)
        )
        self.code_input.clear()
        self._update_buttons()
        self.code_input.setFocus()
        if self.demo_sms is not None:
            self.demo_sms.poll()

    def _on_answered(self, answer: lookup.LookupAnswer) -> None:
        self.code_input.clear()
        self.lookup_status.clear()
        self._last_result = lookup.match_answer(answer, self.book.addresses)
        login = self._last_result.login_email
        if login is not None or (
            self._last_result.kind == "fits" and len(self._last_result.candidates) == 1
        ):
            self.set_login_email(login or self._last_result.candidates[0])
        self._render_lookup_result()
        self._update_buttons()

    def _on_failed(self, error: lookup.LookupFailed) -> None:
        self._last_error = error
        text = core_text(error)
        if isinstance(error, lookup.WrongCode) and error.attempts_left is not None:
            text += " " + self.tr("Attempts left: {n}.").format(n=error.attempts_left)
        self.lookup_status.setText(text)
        self._update_buttons()
        self._update_case_summary()

    def _on_wait(self, seconds: int) -> None:
        if seconds > 0:
            self.wait_label.setText(
                self.tr("You can ask for a new code in {minutes}:{seconds:02d}.").format(
                    minutes=seconds // 60, seconds=seconds % 60
                )
            )
        else:
            self.wait_label.clear()
        self._update_buttons()

    def _render_lookup_result(self) -> None:
        result = self._last_result
        self.use_result_button.hide()
        if result is None:
            return
        email = self.shown(result.email) if not result.masked else result.email
        if result.kind == "exact":
            text = self.tr("Sign in with {email}").format(email=email)
        elif result.kind == "same_mailbox":
            text = self.tr(
                "Sign in with {email}. Its mail arrives in your {mine} inbox, but the exchange "
                "knows your account by exactly this spelling."
            ).format(email=email, mine=self.shown(result.candidates[0]))
        elif result.kind == "none" and not result.masked:
            text = self.tr(
                "None of your addresses match. The account uses {email}: sign in with that "
                "address (it was added to your list)."
            ).format(email=email)
        elif result.kind == "none":
            text = self.tr(
                "None of your addresses match: the account uses {hint}; look in that mailbox."
            ).format(hint=result.email)
        elif len(result.candidates) == 1:
            text = self.tr(
                "Sign in with {email}: it is the only one of your addresses that fits the "
                "exchange's hint {hint}. If it fails, the account may use a +tag or dotted "
                "variant of it."
            ).format(email=self.shown(result.candidates[0]), hint=result.email)
        else:
            text = self.tr(
                "Several of your addresses fit the exchange's hint {hint}: {addresses}. Search "
                "those inboxes for mail from the exchange."
            ).format(
                hint=result.email, addresses=", ".join(self.shown(a) for a in result.candidates)
            )
            self.use_result_button.setText(self.tr("Search those inboxes"))
            self.use_result_button.show()
        self.lookup_result.set_text(text)
        self.lookup_result.show()

    def _use_result(self) -> None:
        self.tabs.setCurrentIndex(1)

    # -- contact support -------------------------------------------------------------

    def _build_support_box(self) -> QGroupBox:
        box = QGroupBox(
            self.tr("Still stuck? Contact {name} support").format(name=self.provider.name), self
        )
        box.setObjectName("email.supportBox")
        layout = QVBoxLayout(box)
        toggle = _button(
            self.tr("Show support contacts and a case summary"), "email.supportToggle", box
        )
        toggle.setCheckable(True)
        layout.addWidget(toggle, 0, Qt.AlignmentFlag.AlignLeft)
        inner = QWidget(box)
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        support = self.provider.support
        lines = [value for value in (support.url, support.email, support.phone) if value]
        inner_layout.addWidget(
            _label(
                self.tr(
                    "If no mailbox has mail from {name} and the lookup didn't help, support can "
                    "re-check your identity. Contact them only this way: {contacts}. Support "
                    "never asks for your password, codes or seed phrase."
                ).format(name=self.provider.name, contacts=", ".join(lines)),
                "email.supportContacts",
                inner,
            )
        )
        self.case_summary = QPlainTextEdit(inner)
        self.case_summary.setObjectName("email.caseSummary")
        self.case_summary.setReadOnly(True)
        self.case_summary.setAccessibleName(self.tr("Case summary to send to support"))
        self.case_summary.setMaximumHeight(110)
        inner_layout.addWidget(self.case_summary)
        copy = _button(self.tr("Copy case summary"), "email.copySummaryButton", inner)
        copy.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.case_summary.toPlainText())
        )
        inner_layout.addWidget(copy, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(inner)
        inner.setVisible(False)
        toggle.toggled.connect(inner.setVisible)
        return box

    def case_summary_text(self) -> str:
        """What the user may paste into a support request: masked, always."""
        addresses = ", ".join(masking.mask_email(a) for a in self.book.addresses) or "—"
        login = self.context.session.login_email
        lines = [
            self.tr("BreachGuard case summary for {name}").format(name=self.provider.name),
            self.tr("Step: {step}").format(step=self.current_step_id()),
            self.tr("Addresses checked: {count} ({list})").format(
                count=len(self.book.addresses), list=addresses
            ),
            self.tr("Login email found: {email}").format(
                email=masking.mask_email(login) if login else self.tr("not yet")
            ),
        ]
        if self._parsed_phone is not None:
            lines.append(
                self.tr("Phone used for the lookup: {phone}").format(
                    phone=masking.mask_phone(self._parsed_phone.e164)
                )
            )
        if self._last_error is not None:
            lines.append(self.tr("Last lookup problem: {code}").format(code=self._last_error.code))
        if self._last_result is not None:
            lines.append(self.tr("Lookup answer: {kind}").format(kind=self._last_result.kind))
        return "\n".join(lines)

    def _update_case_summary(self) -> None:
        if hasattr(self, "case_summary"):
            self.case_summary.setPlainText(self.case_summary_text())
