"""Glue between step 2's mail search flow and the worker threads.

The flow (``core.mailscan.search_flow``) decides; this carries out its effects:
listing stores and reading them run through the TaskRunner, and a timer on the GUI
thread polls the running job's progress (the job never calls into Qt). The IMAP
password is handed straight to the job and kept nowhere else.
"""

from __future__ import annotations

import logging
import os
import ssl
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from breachguard.core.mailscan import search_flow as flow
from breachguard.qt.context import AppContext

if TYPE_CHECKING:
    from breachguard.core.mailscan.discovery import MailStore
    from breachguard.core.mailscan.search_job import ImapSearch, StoreSearch

log = logging.getLogger(__name__)
PROGRESS_MS = 100


def _tr(text: str) -> str:
    return QCoreApplication.translate("mail_search", text)


def _list_stores(home: Path, environ: dict[str, str], platform: str) -> list[MailStore]:
    from breachguard.core.mailscan.discovery import discover_stores

    return discover_stores(home, environ, platform)


class MailSearchController(QObject):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.sender_domains = tuple(context.provider.sender_domains)
        self.flow = flow.MailSearchFlow()
        self._stores: list[MailStore] = []
        self._job: StoreSearch | ImapSearch | None = None
        self._imap_pending: Any = None  # the ImapSearch the next ReadImap starts
        # Where discovery looks; tests point it at generated profile folders.
        self.home: Path | None = None
        self.environ: dict[str, str] | None = None
        self.platform = sys.platform
        # A private CA for tests; None trusts the system's certificates.
        self.imap_ssl_context: ssl.SSLContext | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(PROGRESS_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def state(self) -> flow.SearchState:
        return self.flow.state

    def _home(self) -> Path:
        return self.home or Path.home()

    # -- what the view asks for --------------------------------------------------------------

    def look_for_stores(self) -> None:
        self.send(flow.LookForStores())

    def toggle(self, index: int, chosen: bool) -> None:
        self.send(flow.Toggle(index, chosen))

    def read_chosen(self) -> None:
        self.send(flow.ReadChosen())

    def cancel(self) -> None:
        self.send(flow.Cancel())

    def check_imap(self, target: str, password: str) -> str | None:
        """Starts an IMAP check of an address of a known mail service, or of
        ``user@host[:port]``; returns why it cannot start (in the user's language), or
        None."""
        from breachguard.core.mailscan.imap import ImapAccount, ImapError
        from breachguard.core.mailscan.mail_providers import imap_target, service_for
        from breachguard.core.mailscan.search_job import ImapSearch

        if self.state.busy:
            return _tr("Wait for the search that is running, or stop it.")
        service = service_for(target)
        if service is not None and not service.usable:
            return _tr(
                "{service} cannot be checked with a password. Search this mailbox yourself "
                "on tab 2."
            ).format(service=service.name)
        if not password:
            return _tr("Enter the mailbox's password (or app password).")
        try:
            where = imap_target(target)
        except (ImapError, ValueError):
            return _tr(
                "Enter your email address, or address@server for a mail service BreachGuard "
                "does not know, for example ola@imap.example.com (add :port if the server "
                "does not use 993)."
            )
        account = ImapAccount(host=where.host, user=where.user, password=password, port=where.port)
        self._imap_pending = ImapSearch(
            account, self.sender_domains, ssl_context=self.imap_ssl_context
        )
        self.send(flow.CheckImap())
        return None

    # -- the flow and its effects ------------------------------------------------------------

    def send(self, event: flow.Event) -> None:
        before = self.flow.state
        effects = self.flow.send(event)
        for effect in effects:
            self._carry_out(effect)
        if effects or self.flow.state is not before:
            self.changed.emit()

    def _carry_out(self, effect: flow.Effect) -> None:
        tasks = self.context.tasks
        match effect:
            case flow.ListStores():
                environ = dict(self.environ if self.environ is not None else os.environ)
                tasks.run(
                    _list_stores,
                    self._home(),
                    environ,
                    self.platform,
                    on_done=self._found,
                    on_error=lambda e: self._failed(flow.LookingFailed, e),
                )
            case flow.ReadStores(indexes):
                from breachguard.core.mailscan.search_job import StoreSearch

                stores = [self._stores[i] for i in indexes]
                labels = [self.state.stores[i].label for i in indexes]  # as the list shows them
                self._start(StoreSearch(stores, labels, self.sender_domains))
            case flow.ReadImap():
                job, self._imap_pending = self._imap_pending, None
                self._start(job)
            case flow.StopReading():
                if self._job is not None:
                    self._job.cancel()

    def _start(self, job: StoreSearch | ImapSearch) -> None:
        self._job = job
        self._timer.start()
        self.context.tasks.run(
            job.run,
            on_done=self._finished,
            on_error=lambda e: self._failed(flow.SearchFailed, e),
        )

    def _found(self, stores: list[MailStore]) -> None:
        from breachguard.core.mailscan.search_job import store_label

        self._stores = list(stores)
        home = self._home()
        choices = tuple(
            flow.StoreChoice(store_label(s, home), s.client, place=s.place) for s in stores
        )
        self.send(flow.StoresFound(choices))

    def _finished(self, outcome: Any) -> None:
        self._timer.stop()
        self._job = None
        self.send(flow.Finished(outcome))

    def _failed(
        self, kind: type[flow.LookingFailed] | type[flow.SearchFailed], error: BaseException
    ) -> None:
        self._timer.stop()
        self._job = None
        # Never the exception's text: it could hold a path or a server's words.
        log.warning("mail search step failed: %s", type(error).__name__)
        self.send(kind(_tr("Something went wrong while searching; nothing was changed.")))

    def _poll(self) -> None:
        if self._job is not None:
            self.send(flow.Progressed(self._job.progress))

    def shutdown(self) -> None:
        """The app is closing: a running search stops at its next message."""
        self._timer.stop()
        if self._job is not None:
            self._job.cancel()


__all__ = ["MailSearchController"]
