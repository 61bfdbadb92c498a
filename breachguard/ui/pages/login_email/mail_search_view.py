"""Step 2's third tab: BreachGuard searches the mail for the exchange's real messages.

Two sources: the mail kept on this computer (listed first; only the folders the
customer leaves ticked are read) and one mailbox over IMAP. Only senders, dates and
signatures are read, never the text of a message, and no subject is ever shown.
The widgets draw :class:`SearchState`; every click goes to the controller."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from breachguard.core.mailscan import search_flow as flow
from breachguard.core.mailscan.mail_providers import Login, imap_target, service_for
from breachguard.core.mailscan.search_job import SearchOutcome
from breachguard.core.mailscan.verdicts import (
    DKIM_PASS,
    DKIM_SIGNATURE_UNVERIFIED,
    DKIM_VERIFIED_HEADERS,
    AddressTally,
)
from breachguard.qt.controllers.login_email import LoginEmailController
from breachguard.qt.controllers.mail_search import MailSearchController
from breachguard.ui import widgets
from breachguard.ui.banner import Banner
from breachguard.ui.format import TimeFormat, locale_for
from breachguard.ui.pages.login_email.common import Shown

# Enough rows to see several folders; the list scrolls beyond.
_LIST_ROWS = 6


def _tr(text: str) -> str:
    return QCoreApplication.translate("EmailPage", text)


def evidence_words(evidence: str | None, name: str) -> str:
    if evidence == DKIM_PASS:
        return _tr("the receiving mail server confirmed {name}'s signature on it").format(name=name)
    if evidence == DKIM_VERIFIED_HEADERS:
        return _tr("BreachGuard checked {name}'s signature on it").format(name=name)
    if evidence == DKIM_SIGNATURE_UNVERIFIED:
        return _tr("it is signed in {name}'s name, but nobody checked the signature").format(
            name=name
        )
    return _tr("only its sender address says {name}, and anyone can write that").format(name=name)


def imap_guide(text: str) -> str:
    """The line under the mailbox field: the server and user name the check will use,
    and what the mail service needs; empty while nothing usable is typed."""
    text = text.strip()
    service = service_for(text)
    if service is not None and service.login is Login.OAUTH_ONLY:
        return _tr(
            "{service} lets other apps read your mail only through its own sign-in page, "
            "which BreachGuard does not use, so it cannot check this mailbox. Search it "
            "yourself on tab 2."
        ).format(service=service.name)
    if service is not None and service.login is Login.BRIDGE_ONLY:
        return _tr(
            "{service} can be read by other apps only through its own program on this "
            "computer, so BreachGuard cannot check this mailbox. Search it yourself on tab 2."
        ).format(service=service.name)
    try:
        where = imap_target(text)
    except ValueError:
        return ""
    parts = [
        _tr("BreachGuard will sign in to {host} as {user}.").format(
            host=where.host, user=where.user
        )
    ]
    known = where.service
    if known is not None:
        name = known.name
        if known.login is Login.APP_PASSWORD:
            parts.append(
                _tr(
                    "{service} does not accept your normal password here: use an app password."
                ).format(service=name)
            )
        elif known.login is Login.APP_PASSWORD_WITH_2FA:
            parts.append(
                _tr(
                    "If you sign in to {service} with two-step verification, use an app "
                    "password instead of your normal password."
                ).format(service=name)
            )
        if known.help_url and known.login is not Login.UNKNOWN:
            parts.append(_tr("How to make one: {url}").format(url=known.help_url))
        if known.imap_off_by_default:
            parts.append(
                _tr("IMAP is off at {service} until you switch it on in its settings.").format(
                    service=name
                )
            )
            if known.imap_switch_url:
                parts.append(_tr("How to switch it on: {url}").format(url=known.imap_switch_url))
    elif "@" not in where.user:
        parts.append(
            _tr(
                "For an address BreachGuard does not know, type it followed by @ and the "
                "IMAP server, e.g. ola@example.org@imap.example.org."
            )
        )
    return "\n".join(parts)


class MailSearchView(QWidget):
    def __init__(
        self,
        controller: LoginEmailController,
        search: MailSearchController,
        shown: Shown,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("email.mailSearchTab")
        self.controller = controller
        self.search = search
        self.shown = shown
        self.name = controller.provider.name
        self._drawn_stores: tuple[flow.StoreChoice, ...] | None = None
        self._drawn_outcome: SearchOutcome | None = None
        self._drawn_masked = False
        layout = QVBoxLayout(self)
        layout.addWidget(
            widgets.label(
                "email.mailSearchIntro",
                self,
                _tr(
                    "BreachGuard can look for mail from {name} for you: in the mail kept "
                    "on this computer, or in one mailbox over IMAP. It reads only who sent "
                    "each message, to whom, and when; never the text of a message."
                ).format(name=self.name),
            )
        )
        layout.addWidget(self._build_local())
        layout.addWidget(self._build_imap())
        layout.addWidget(self._build_progress())
        layout.addLayout(self._build_results())
        layout.addStretch(1)
        search.changed.connect(self.refresh)
        controller.addresses_changed.connect(self._show_outcome)
        self.refresh()

    # -- building ------------------------------------------------------------------------

    def _build_local(self) -> QGroupBox:
        box = QGroupBox(_tr("Mail on this computer"), self)
        box.setObjectName("email.localMailBox")
        layout = QVBoxLayout(box)
        self.look_button = widgets.button(
            "email.lookForMailButton",
            _tr("Search the &mail on this computer"),
            self.search.look_for_stores,
            box,
        )
        layout.addWidget(self.look_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.stores_note = widgets.label("email.storesNote", box)
        layout.addWidget(self.stores_note)
        self.store_list = QListWidget(box)
        self.store_list.setObjectName("email.storeList")
        self.store_list.setAccessibleName(_tr("Mail folders found on this computer"))
        # Long paths lose their middle, not the folder's name at the end, and never
        # bring a horizontal scroll bar that would cover a row.
        self.store_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.store_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.store_list.itemChanged.connect(self._on_item_changed)
        layout.addWidget(self.store_list)
        self.read_button = widgets.button(
            "email.readStoresButton", _tr("&Read the ticked folders"), self.search.read_chosen, box
        )
        layout.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _build_imap(self) -> QGroupBox:
        box = QGroupBox(_tr("A mailbox over IMAP"), self)
        box.setObjectName("email.imapBox")
        layout = QVBoxLayout(box)
        form = QFormLayout()
        self.imap_target = QLineEdit(box)
        self.imap_target.setObjectName("email.imapTarget")
        self.imap_target.setPlaceholderText(_tr("e.g. name@gmail.com"))
        self.imap_target.textChanged.connect(self._show_imap_guide)
        form.addRow(_tr("Mailbo&x (your email address):"), self.imap_target)
        self.imap_password = QLineEdit(box)
        self.imap_password.setObjectName("email.imapPassword")
        self.imap_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.imap_password.returnPressed.connect(self._check_imap)
        form.addRow(_tr("Pass&word or app password:"), self.imap_password)
        layout.addLayout(form)
        self.imap_guide = widgets.label("email.imapGuide", box)
        self.imap_guide.hide()
        layout.addWidget(self.imap_guide)
        layout.addWidget(
            widgets.label(
                "email.imapNote",
                box,
                _tr(
                    "The password is used for this check only and is not kept. Many mail "
                    "services want an app password for IMAP; their help pages say how to "
                    "make one."
                ),
            )
        )
        self.imap_button = widgets.button(
            "email.imapCheckButton", _tr("&Check this mailbox"), self._check_imap, box
        )
        layout.addWidget(self.imap_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.imap_problem = Banner("email.imapProblem", "warning", box, icon=True)
        self.imap_problem.hide()
        layout.addWidget(self.imap_problem)
        return box

    def _build_progress(self) -> QWidget:
        self.progress_box = QWidget(self)
        self.progress_box.setObjectName("email.searchProgressBox")
        layout = QHBoxLayout(self.progress_box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar(self.progress_box)
        self.progress.setObjectName("email.searchProgress")
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(_tr("Search progress"))
        self.progress_label = widgets.label("email.searchProgressText", self.progress_box)
        self.stop_button = widgets.button(
            "email.stopSearchButton", _tr("S&top"), self.search.cancel, self.progress_box
        )
        column = QVBoxLayout()
        column.addWidget(self.progress)
        column.addWidget(self.progress_label)
        layout.addLayout(column, 1)
        layout.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignTop)
        return self.progress_box

    def _build_results(self) -> QVBoxLayout:
        layout = QVBoxLayout()
        self.found_banner = Banner("email.scanFound", "info", self, icon=True)
        layout.addWidget(self.found_banner)
        self.use_button = widgets.button("email.useFoundButton", "", self._use_found, self)
        layout.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.lookalike_banner = Banner("email.scanLookalikes", "danger", self, icon=True)
        layout.addWidget(self.lookalike_banner)
        self.details = widgets.label("email.scanDetails", self)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        self.problems = Banner("email.scanProblems", "warning", self, icon=True)
        layout.addWidget(self.problems)
        return layout

    # -- clicks --------------------------------------------------------------------------

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        index = self.store_list.row(item)
        self.search.toggle(index, item.checkState() == Qt.CheckState.Checked)

    def _check_imap(self) -> None:
        problem = self.search.check_imap(self.imap_target.text(), self.imap_password.text())
        if problem is None:
            self.imap_password.clear()  # handed to the search; not kept in the field
            self.imap_problem.clear()
        else:
            self.imap_problem.alert(problem)

    def _show_imap_guide(self) -> None:
        """What the check will do for the mailbox typed so far, and what that mail
        service asks for (mail_providers)."""
        guide = imap_guide(self.imap_target.text())
        self.imap_guide.setText(self.shown.text(guide))
        self.imap_guide.setVisible(bool(guide))
        service = service_for(self.imap_target.text())
        usable = service is None or service.usable
        self.imap_button.setEnabled(usable and not self.search.state.busy)
        self.imap_password.setEnabled(usable)

    def _use_found(self) -> None:
        found = self.search.state.likely_login
        if found is not None and found.address:
            self.controller.set_login_email(found.address)

    # -- showing -------------------------------------------------------------------------

    def refresh(self) -> None:
        # Support mode: the mailbox typed is hidden as the address fields are.
        echo = QLineEdit.EchoMode.Password if self.shown.masked else QLineEdit.EchoMode.Normal
        self.imap_target.setEchoMode(echo)
        state = self.search.state
        arrived = state.outcome is not None and state.outcome is not self._drawn_outcome
        self._drawn_outcome = state.outcome
        busy = state.busy
        # Reading disables the controls the keyboard was on (the folder list, where
        # listing puts it, or the button that started it): it goes on to Stop, not
        # to whatever field comes next.
        started_here = busy and any(
            control.hasFocus()
            for control in (self.look_button, self.store_list, self.read_button, self.imap_button)
        )
        self.look_button.setEnabled(not busy)
        self._show_imap_guide()  # also enables the Check button
        self._show_stores(state)
        self.read_button.setVisible(bool(state.stores))
        self.read_button.setEnabled(state.can_read)
        self.progress_box.setVisible(state.phase is flow.Phase.READING)
        if started_here and self.progress_box.isVisible():
            self.stop_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if state.phase is flow.Phase.LOOKING:
            self.stores_note.setText(_tr("Looking for mail folders…"))
        if state.progress is not None:
            self.progress.setValue(round(state.progress.fraction * 1000))
            current = state.progress.current
            self.progress_label.setText(
                self.tr("Reading {where}: %n messages so far", "", state.progress.messages).format(
                    where=self.shown.text(current)
                )
                if current
                else _tr("Starting…")
            )
        self._show_outcome()
        if arrived and self.isVisible():
            self._bring_outcome_into_view()

    def _bring_outcome_into_view(self) -> None:
        """The outcome appears below the controls: the customer (and a screen reader)
        is taken there, and the keyboard to the button that takes the address."""
        if self.use_button.isVisible():
            self.use_button.setFocus(Qt.FocusReason.OtherFocusReason)
        scroll = self.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if scroll is not None:
            # As much of the outcome as fits, its first line at least.
            for widget in (self.details, self.lookalike_banner, self.found_banner):
                if widget.isVisible():
                    scroll.ensureWidgetVisible(widget, 0, 20)
        if QAccessible.isActive():
            event = QAccessibleAnnouncementEvent(self.found_banner, self.found_banner.text())
            QAccessible.updateAccessibility(event)

    def _show_stores(self, state: flow.SearchState) -> None:
        if state.phase is flow.Phase.START and state.problem:
            self.stores_note.setText(state.problem)
        elif state.phase in (flow.Phase.CHOOSING, flow.Phase.DONE, flow.Phase.READING):
            if state.stores:
                self.stores_note.setText(
                    _tr(
                        "BreachGuard found these mail folders. It reads only the ones you "
                        "leave ticked:"
                    )
                )
            elif not state.reading_imap:
                self.stores_note.setText(
                    _tr(
                        "No Thunderbird or Evolution mail was found on this computer. Check "
                        "a mailbox over IMAP below, or search your inboxes yourself on tab 2."
                    )
                )
        elif state.phase is flow.Phase.START:
            self.stores_note.setText(
                _tr("Thunderbird and Evolution keep copies of mail on this computer.")
            )
        self.store_list.setVisible(bool(state.stores))
        self.store_list.setEnabled(not state.busy)
        if state.stores != self._drawn_stores or self.shown.masked != self._drawn_masked:
            first_listing = not self._drawn_stores
            self._fill_list(state.stores)
            if first_listing and state.stores and self.isVisible():
                # Where the customer goes next: Space unticks, Alt+R reads.
                self.store_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_list(self, stores: tuple[flow.StoreChoice, ...]) -> None:
        self.store_list.blockSignals(True)
        if len(stores) != self.store_list.count():
            self.store_list.clear()
            for _ in stores:
                item = QListWidgetItem(self.store_list)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        clients = {"thunderbird": "Thunderbird", "evolution": "Evolution"}
        for index, store in enumerate(stores):
            item = self.store_list.item(index)
            label = self.shown.text(store.label)
            client = clients.get(store.client, store.client)
            # The customer knows the account and folder; the path is for support.
            item.setText(f"{client} · {self.shown.text(store.place or store.label)}")
            item.setToolTip(label)
            item.setCheckState(Qt.CheckState.Checked if store.chosen else Qt.CheckState.Unchecked)
        rows = max(1, min(len(stores), _LIST_ROWS))
        row_height = max(self.store_list.sizeHintForRow(0), self.store_list.fontMetrics().height())
        self.store_list.setFixedHeight(row_height * rows + 2 * self.store_list.frameWidth() + 4)
        if stores and self.store_list.currentRow() < 0:
            self.store_list.setCurrentRow(0)
        self.store_list.blockSignals(False)
        self._drawn_stores = stores
        self._drawn_masked = self.shown.masked

    def _show_outcome(self) -> None:
        state = self.search.state
        outcome = state.outcome
        for widget in (self.found_banner, self.use_button, self.lookalike_banner, self.details):
            widget.setVisible(outcome is not None)
        if state.problem and state.phase is not flow.Phase.START:
            if self.problems.text() != state.problem or self.problems.isHidden():
                self.problems.alert(state.problem)  # said once, not at every redraw
        elif outcome is not None and outcome.problems:
            self.problems.set_text(
                _tr("Not read: {list}").format(
                    list="; ".join(
                        self.shown.text(f"{label} ({reason})") for label, reason in outcome.problems
                    )
                )
            )
            self.problems.show()
        else:
            self.problems.clear()
        if outcome is None:
            return
        self._show_found(state.likely_login, outcome.cancelled)
        self._show_lookalikes(state)
        self._show_details(outcome.report.addresses, outcome.report.messages_read)

    def _show_found(self, found: AddressTally | None, cancelled: bool) -> None:
        stopped = (
            _tr("You stopped the search: this covers only what was read before that.") + " "
            if cancelled
            else ""
        )
        if found is None or not found.address:
            self.found_banner.set_text(
                stopped
                + _tr(
                    "No mail from {name} was found in what BreachGuard read. Try another "
                    "mailbox, or search your inboxes yourself on tab 2."
                ).format(name=self.name)
            )
            self.use_button.hide()
            return
        address = self.shown.email(found.address)
        text = stopped + self.tr(
            "Likely login email: {address}. It received %n messages from {name}; "
            "the strongest sign they are real: {why}.",
            "",
            found.official_count,
        ).format(address=address, name=self.name, why=evidence_words(found.evidence, self.name))
        taken = self.controller.is_login(found.address)
        if taken:
            text += " " + _tr("It is now your login email: step 2 is done.")
        self.found_banner.set_text(text)
        if taken:
            self.use_button.hide()
        else:
            self.use_button.setText(_tr("Use {address} as my log&in email").format(address=address))
            self.use_button.show()

    def _show_lookalikes(self, state: flow.SearchState) -> None:
        lines = [
            self.tr(
                "%n messages from {domain} reached {address}. {domain} only looks like "
                "{name}: they are scams. Don't click their links or answer them.",
                "",
                count,
            ).format(
                domain=domain,
                address=self.shown.email(address) if address else _tr("an unknown address"),
                name=self.name,
            )
            for address, domain, count in state.lookalikes
        ]
        if lines:
            self.lookalike_banner.set_text("\n".join(lines))
        else:
            self.lookalike_banner.hide()

    def _show_details(self, tallies: tuple[AddressTally, ...], read: int) -> None:
        times = TimeFormat(locale_for(self.controller.context.settings.get("language")))
        lines = [self.tr("%n messages were read.", "", read)]
        for tally in tallies:
            if not tally.official_count or not tally.address:
                continue
            span = ""
            if tally.first is not None and tally.latest is not None:
                span = " " + _tr("(from {first} to {latest})").format(
                    first=times.date(tally.first), latest=times.date(tally.latest)
                )
            line = self.tr(
                "{address}: %n messages from {name}{span}.", "", tally.official_count
            ).format(
                address=self.shown.email(tally.address),
                name=self.name,
                span=span,
            )
            if tally.dkim_failed:
                line += " " + self.tr(
                    "%n of them failed the signature check and may be forged.",
                    "",
                    tally.dkim_failed,
                )
            lines.append(line)
        self.details.setText("\n".join(lines))
