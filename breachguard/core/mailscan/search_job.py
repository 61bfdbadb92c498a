"""A mail search as the app runs it: one job, read on a worker thread, that the GUI
thread polls for progress and may cancel.

:class:`StoreSearch` reads the stores the customer agreed to, one after another;
:class:`ImapSearch` checks one mailbox over IMAP. Both end in a
:class:`SearchOutcome`: the report of everything read, the stores that could not be
read (each with a one-line reason), and whether the customer cancelled. A store that
fails does not end the search; the others are still read. Qt-free: ``run`` blocks,
``progress`` and ``cancel`` are safe from any thread.
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from breachguard.core.mailscan.discovery import CACHED, MAILDIR, MailStore
from breachguard.core.mailscan.imap import ImapAccount, imap_blocks
from breachguard.core.mailscan.sources import (
    Block,
    MailScanError,
    cached_folder_files,
    maildir_message_files,
    mbox_blocks,
    message_files_blocks,
)
from breachguard.core.mailscan.verdicts import MailTally, ScanReport


@dataclass(frozen=True)
class SearchProgress:
    fraction: float  # 0.0 to 1.0 of the whole search
    messages: int  # messages read so far
    current: str  # what is being read: a store's label, or "" before the first


@dataclass(frozen=True)
class SearchOutcome:
    report: ScanReport
    problems: tuple[tuple[str, str], ...]  # (label, one-line reason) per store not read
    cancelled: bool


def store_label(store: MailStore, home: Path) -> str:
    """The store as the customer knows the path: under ``~`` when it is in the home."""
    try:
        return str(Path("~") / store.path.relative_to(home))
    except ValueError:
        return str(store.path)


class _Job:
    def __init__(self, sender_domains: tuple[str, ...]) -> None:
        self.tally = MailTally(sender_domains)
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._progress = SearchProgress(0.0, 0, "")
        self.problems: list[tuple[str, str]] = []

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def progress(self) -> SearchProgress:
        with self._lock:
            return self._progress

    def _report(self, fraction: float, current: str) -> None:
        with self._lock:
            self._progress = SearchProgress(min(1.0, fraction), self.tally.read, current)

    def _tally(self, blocks: Iterable[Block]) -> None:
        for block in blocks:
            if self._cancel.is_set():
                return
            self.tally.add_block(block)

    def _outcome(self) -> SearchOutcome:
        return SearchOutcome(self.tally.report(), tuple(self.problems), self.cancelled)


class StoreSearch(_Job):
    """Reads ``stores`` in order; ``labels`` name them in progress and problems."""

    def __init__(
        self, stores: Sequence[MailStore], labels: Sequence[str], sender_domains: tuple[str, ...]
    ) -> None:
        super().__init__(sender_domains)
        if len(labels) != len(stores):
            raise ValueError("one label per store")
        self.stores = tuple(stores)
        self.labels = tuple(labels)

    def run(self) -> SearchOutcome:
        count = len(self.stores)
        for index, (store, label) in enumerate(zip(self.stores, self.labels, strict=True)):
            if self._cancel.is_set():
                break
            self._report(index / count, label)
            try:
                self._tally(self._blocks(store, label, index, count))
            except MailScanError as exc:
                self.problems.append((label, str(exc)))
        if not self._cancel.is_set():
            self._report(1.0, "")
        return self._outcome()

    def _blocks(self, store: MailStore, label: str, index: int, count: int) -> Iterator[Block]:
        """The store's blocks, reporting how far into it the reading is."""
        start = index / count
        if store.kind in (MAILDIR, CACHED):
            listed = maildir_message_files if store.kind == MAILDIR else cached_folder_files
            files = listed(store.path)  # listed once: for the count and for the reading
            for done, block in enumerate(message_files_blocks(files), 1):
                self._report(start + done / max(1, len(files)) / count, label)
                yield block
            return
        try:
            size = max(1, store.path.stat().st_size)
        except OSError:
            size = 1
        read = 0

        def on_read(length: int) -> None:
            nonlocal read
            read += length
            self._report(start + min(read / size, 1.0) / count, label)

        yield from mbox_blocks(store.path, on_read=on_read)


class ImapSearch(_Job):
    """One IMAP mailbox. The account (with its password) is let go of when the run ends."""

    def __init__(
        self,
        account: ImapAccount,
        sender_domains: tuple[str, ...],
        *,
        ssl_context: ssl.SSLContext | None = None,
        timeout: float = 20.0,
        max_messages: int = 2000,
    ) -> None:
        super().__init__(sender_domains)
        self._account: ImapAccount | None = account
        self.label = f"{account.user} ({account.host})"
        self.ssl_context = ssl_context
        self.timeout = timeout
        self.max_messages = max_messages
        self.sender_domains = sender_domains

    def run(self) -> SearchOutcome:
        account, self._account = self._account, None
        if account is None:
            raise RuntimeError("an IMAP search runs once")
        self._report(0.0, self.label)

        def progress(done: int, total: int) -> None:
            self._report(done / total if total else 1.0, self.label)

        try:
            self._tally(
                imap_blocks(
                    account,
                    self.sender_domains,
                    ssl_context=self.ssl_context,
                    timeout=self.timeout,
                    max_messages=self.max_messages,
                    cancelled=self._cancel.is_set,
                    progress=progress,
                )
            )
        except MailScanError as exc:
            self.problems.append((self.label, str(exc)))
        if not self._cancel.is_set():
            self._report(1.0, "")
        return self._outcome()


__all__ = [
    "ImapSearch",
    "SearchOutcome",
    "SearchProgress",
    "StoreSearch",
    "store_label",
]
