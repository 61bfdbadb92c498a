"""Per receiving address: how much of the exchange's mail it got, how sure that is,
and which look-alike senders wrote to it.

Evidence for one message from an official domain, strongest first:

``dkim_pass``
    the receiving server's own Authentication-Results (the topmost one: servers
    add theirs above what the sender wrote) says ``dkim=pass`` for an official
    domain or a subdomain of one.
``dkim_verified_headers``
    only with a verifier: BreachGuard checked the exchange's DKIM signature on the
    headers (From, To, Date) itself, with the key the exchange publishes; the body
    was not read, so its hash was not checked. Below ``dkim_pass``: the topmost
    Authentication-Results is written by the customer's own mail provider, which
    checked the body as well; this check does not depend on that header.
``dkim_signature_unverified``
    a DKIM-Signature with ``d=`` an official domain, which nobody here checked
    (or could check: a key no longer published, DNS failing).
``from_header_only``
    nothing but the From address, which anyone can write. Also when the receiving
    server checked the exchange's signature and it failed: that mail may be forged.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from breachguard.core.emails import EmailError, check_sender, is_official_domain
from breachguard.core.mailscan.authentication import DKIM_CHECK_FAILED, DKIM_CHECK_VERIFIED
from breachguard.core.mailscan.headers import HeaderFacts, read_headers
from breachguard.core.mailscan.mbox import Skipped

if TYPE_CHECKING:  # it loads dnspython and dkimpy, which offline scans never need
    from breachguard.core.mailscan.dkimcheck import DkimVerifier

DKIM_PASS = "dkim_pass"  # noqa: S105 (an evidence name, not a password)
DKIM_VERIFIED_HEADERS = "dkim_verified_headers"
DKIM_SIGNATURE_UNVERIFIED = "dkim_signature_unverified"
FROM_HEADER_ONLY = "from_header_only"
EVIDENCE_RANK = {
    FROM_HEADER_ONLY: 0,
    DKIM_SIGNATURE_UNVERIFIED: 1,
    DKIM_VERIFIED_HEADERS: 2,
    DKIM_PASS: 3,
}


@lru_cache(maxsize=4096)  # the same senders recur message after message
def _verdict(address: str, official: tuple[str, ...]) -> tuple[str, str]:
    try:
        check = check_sender(address, official)
    except EmailError:
        return "unrelated", ""
    return check.verdict, check.domain


def evidence_of(
    facts: HeaderFacts, official: tuple[str, ...], verifier: DkimVerifier | None = None
) -> tuple[str, bool]:
    """The evidence for a message from an official address, and whether the exchange's
    DKIM signature failed (at the receiving server, or at ``verifier``)."""
    if any(
        r.result == "pass" and is_official_domain(r.domain, official) for r in facts.receiver_dkim
    ):
        return DKIM_PASS, False
    signed = any(is_official_domain(domain, official) for domain in facts.signing_domains)
    # A failed check of the exchange's signature (or one naming no domain while the
    # mail carries the exchange's signature) disproves that signature.
    failed = any(
        r.result != "pass"
        and r.result != "none"
        and (is_official_domain(r.domain, official) or (r.domain is None and signed))
        for r in facts.receiver_dkim
    )
    if failed:
        return FROM_HEADER_ONLY, True
    if signed and verifier is not None:
        # Only now: a dkim_pass outranks it anyway, and each check may cost a lookup.
        status = verifier.check(facts.raw).status
        if status == DKIM_CHECK_VERIFIED:
            return DKIM_VERIFIED_HEADERS, False
        if status == DKIM_CHECK_FAILED:
            return FROM_HEADER_ONLY, True
    return (DKIM_SIGNATURE_UNVERIFIED if signed else FROM_HEADER_ONLY), False


@dataclass
class AddressTally:
    address: str | None  # None: mail that names no receiving address
    official_count: int = 0
    official_undated: int = 0
    first: datetime | None = None
    latest: datetime | None = None
    evidence: str | None = None  # the strongest of its official mail; None without any
    dkim_failed: int = 0
    lookalike: Counter[str] = field(default_factory=Counter)

    def add_official(self, date: datetime | None, evidence: str, dkim_failed: bool) -> None:
        self.official_count += 1
        self.dkim_failed += dkim_failed
        if date is None:
            self.official_undated += 1
        else:
            self.first = date if self.first is None else min(self.first, date)
            self.latest = date if self.latest is None else max(self.latest, date)
        if self.evidence is None or EVIDENCE_RANK[evidence] > EVIDENCE_RANK[self.evidence]:
            self.evidence = evidence

    @property
    def rank(self) -> tuple[int, int]:
        return (EVIDENCE_RANK[self.evidence] if self.evidence else -1, self.official_count)


@dataclass(frozen=True)
class ScanReport:
    sender_domains: tuple[str, ...]
    addresses: tuple[AddressTally, ...]
    messages_read: int
    messages_skipped: int
    skipped_reasons: dict[str, int]
    without_sender: int  # read, but with no single valid From address to judge

    @property
    def official_found(self) -> bool:
        return any(tally.official_count for tally in self.addresses)

    @property
    def likely_login(self) -> AddressTally | None:
        """The address with the exchange's mail: strongest evidence, then most messages."""
        candidates = [t for t in self.addresses if t.official_count and t.address is not None]
        if not candidates:
            return None
        return min(candidates, key=lambda t: (-t.rank[0], -t.rank[1], t.address or ""))


class MailTally:
    """Feed it header blocks (or skip reasons) from any source; ask for the report."""

    def __init__(
        self, sender_domains: tuple[str, ...], *, verifier: DkimVerifier | None = None
    ) -> None:
        """``verifier``: check DKIM signatures with DNS; without it the tally stays offline."""
        if not sender_domains:
            raise ValueError("the provider lists no sender domains to look for")
        self.official = tuple(d.lower().rstrip(".") for d in sender_domains)
        self.verifier = verifier
        self._by_address: dict[str | None, AddressTally] = {}
        self.read = 0
        self.skipped: Counter[str] = Counter()
        self.without_sender = 0

    def add_block(self, block: bytes | Skipped) -> None:
        if isinstance(block, Skipped):
            self.skipped[block.value] += 1
        else:
            self.add(read_headers(block))

    def add(self, facts: HeaderFacts) -> None:
        self.read += 1
        if facts.author is None:
            self.without_sender += 1
            return
        verdict, domain = _verdict(facts.author, self.official)
        if verdict == "official":
            # Sent "on behalf of" the exchange, or bouncing to, a look-alike: phishing.
            for other in (facts.sender, facts.return_path):
                if other is not None:
                    other_verdict, other_domain = _verdict(other, self.official)
                    if other_verdict == "lookalike":
                        verdict, domain = other_verdict, other_domain
                        break
        if verdict == "unrelated":
            return
        tally = self._tally(facts.recipient)
        if verdict == "lookalike":
            tally.lookalike[domain] += 1
        else:
            evidence, failed = evidence_of(facts, self.official, self.verifier)
            tally.add_official(facts.date, evidence, failed)

    def _tally(self, address: str | None) -> AddressTally:
        key = address.casefold() if address is not None else None
        if key not in self._by_address:
            self._by_address[key] = AddressTally(address)
        return self._by_address[key]

    def report(self) -> ScanReport:
        ordered = sorted(
            self._by_address.values(),
            key=lambda t: (-t.rank[0], -t.rank[1], t.address is None, t.address or ""),
        )
        return ScanReport(
            sender_domains=self.official,
            addresses=tuple(ordered),
            messages_read=self.read,
            messages_skipped=sum(self.skipped.values()),
            skipped_reasons=dict(sorted(self.skipped.items())),
            without_sender=self.without_sender,
        )


__all__ = [
    "DKIM_PASS",
    "DKIM_SIGNATURE_UNVERIFIED",
    "DKIM_VERIFIED_HEADERS",
    "EVIDENCE_RANK",
    "FROM_HEADER_ONLY",
    "AddressTally",
    "MailTally",
    "ScanReport",
    "evidence_of",
]
