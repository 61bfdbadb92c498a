"""Step 2's controller: the user's address book and the exchange lookup.

The address book changes in memory at once and is written on the TaskRunner's
serial pool, one write after another (never fsync on the GUI thread); a write
that fails is reported through ``save_problem``. The lookup (when the exchange
offers one) runs through :class:`LookupController`; its answer is matched
against the book here, and what was found becomes the session's login email.
The views call the methods below and redraw on the signals.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from breachguard.core import lookup
from breachguard.core.addressbook import AddressBook, AddressBookData, write_data
from breachguard.core.emails import dedup_key
from breachguard.qt.context import AppContext
from breachguard.qt.controllers.lookup import LookupController

if TYPE_CHECKING:
    from breachguard.qt.controllers.mail_search import MailSearchController

log = logging.getLogger(__name__)
# The code of save_problem, for tests: its text is already in the user's language.
SAVE_FAILED = "addressbook.save_failed"


def _tr(text: str) -> str:
    return QCoreApplication.translate("login_email", text)


# What was last handed to the writer, per file: a window built anew (another
# language) reads this, not a file that a write on its way may not have reached.
_LATEST: dict[Path, AddressBookData] = {}


class LoginEmailController(QObject):
    # The list of addresses or the login email changed (the views update their rows).
    addresses_changed = Signal()
    # A write of the list failed, or the next one worked again.
    save_problem_changed = Signal()
    # The lookup's answer or problem changed.
    lookup_changed = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.provider = context.provider
        self._tasks = context.tasks
        self.book = AddressBook.in_data_dir(
            context.paths.data_dir, persist=self._write, latest=_LATEST
        )
        self.save_problem: str | None = None  # in the user's language
        self.lookup: LookupController | None = None
        self.last_result: lookup.MatchResult | None = None
        self.last_problem: lookup.LookupFailed | None = None
        self.lookup_phone: str | None = None  # E.164 of the number last asked about
        if self.provider.lookup_api:
            self.lookup = LookupController(context.tasks, context.http, self.provider, self)
            self.lookup.started.connect(self._on_started)
            self.lookup.answered.connect(self._on_answered)
            self.lookup.failed.connect(self._on_failed)
        self._mail_search: MailSearchController | None = None
        remembered = self.book.login_email(self.provider.id)
        if remembered and not context.session.login_email:
            context.session.set_login_email(remembered)

    @property
    def mail_search(self) -> MailSearchController:
        """The search of the customer's mail, built on first use."""
        if self._mail_search is None:
            from breachguard.qt.controllers.mail_search import MailSearchController

            self._mail_search = MailSearchController(self.context, self)
        return self._mail_search

    def shutdown(self) -> None:
        """The window is closing: a search still reading stops at its next message
        (the pool's threads are waited for when the app quits)."""
        if self._mail_search is not None:
            self._mail_search.shutdown()

    @property
    def login_email(self) -> str:
        return self.context.session.login_email

    def is_login(self, address: str) -> bool:
        login = self.login_email
        return bool(login) and dedup_key(login) == dedup_key(address)

    # -- the address book ------------------------------------------------------------------

    def add(self, text: str) -> str:
        """Adds an address; raises EmailError / AddressBookError (shown by the view)."""
        address = self.book.add(text)
        self.addresses_changed.emit()
        return address

    def remove(self, address: str) -> None:
        was_login = self.is_login(address)
        self.book.remove(address)
        if was_login:
            self.context.session.set_login_email("")
        self.addresses_changed.emit()

    def set_login_email(self, address: str) -> None:
        stored = self.book.set_login_email(self.provider.id, address)
        self.context.session.set_login_email(stored)
        self.addresses_changed.emit()

    def _write(self, data: AddressBookData) -> None:
        _LATEST[data.path] = data
        self._tasks.run(
            write_data, data, on_done=self._written, on_error=self._write_failed, serial=True
        )

    def _written(self, _result: object) -> None:
        if self.save_problem is not None:
            self.save_problem = None
            self.save_problem_changed.emit()

    def _write_failed(self, error: BaseException) -> None:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else None
        log.warning("address list not saved: %s", type(error).__name__)
        self.save_problem = _tr(
            "Your address list could not be saved ({reason}). It is kept until you quit."
        ).format(reason=reason or _tr("unknown error"))
        self.save_problem_changed.emit()

    # -- the lookup ------------------------------------------------------------------------

    def start_lookup(self, phone_e164: str) -> None:
        if self.lookup is None:
            return
        self.last_result = None
        self.last_problem = None
        self.lookup_phone = phone_e164
        self.lookup.start(phone_e164)
        self.lookup_changed.emit()

    def verify(self, code: str) -> None:
        if self.lookup is not None:
            self.lookup.verify(code)

    def _on_started(self, _started: lookup.LookupStarted) -> None:
        self.last_problem = None
        self.lookup_changed.emit()

    def _on_answered(self, answer: lookup.LookupAnswer) -> None:
        # A success ends whatever went wrong before it (a wrong code typed first).
        self.last_problem = None
        result = lookup.match_answer(answer, self.book.addresses)
        self.last_result = result
        login = result.login_email
        if login is None and result.kind == "fits" and len(result.candidates) == 1:
            login = result.candidates[0]
        if login is not None:
            self.set_login_email(login)
        self.lookup_changed.emit()

    def _on_failed(self, error: lookup.LookupFailed) -> None:
        self.last_problem = error
        self.lookup_changed.emit()
