"""Scanning a whole store into a report."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from breachguard.core.mailscan.discovery import CACHED, MAILDIR, MailStore
from breachguard.core.mailscan.sources import Block, cached_blocks, maildir_blocks, mbox_blocks
from breachguard.core.mailscan.verdicts import MailTally, ScanReport


def tally_blocks(
    blocks: Iterable[Block],
    tally: MailTally,
    *,
    cancelled: Callable[[], bool] = lambda: False,
) -> MailTally:
    """Adds every block to ``tally``; stops early once ``cancelled()`` is true."""
    for block in blocks:
        if cancelled():
            break
        tally.add_block(block)
    return tally


def store_blocks(store: MailStore) -> Iterable[Block]:
    if store.kind == MAILDIR:
        return maildir_blocks(store.path)
    if store.kind == CACHED:
        return cached_blocks(store.path)
    return mbox_blocks(store.path)


def scan_mbox(path: Path, sender_domains: tuple[str, ...]) -> ScanReport:
    return tally_blocks(mbox_blocks(path), MailTally(sender_domains)).report()


__all__ = ["scan_mbox", "store_blocks", "tally_blocks"]
