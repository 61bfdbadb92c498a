"""What ``Authentication-Results`` (RFC 8601) and ``DKIM-Signature`` (RFC 6376)
headers say about DKIM, read as text; no signature is verified here."""

from __future__ import annotations

import re
from dataclasses import dataclass

from breachguard.core.mailscan.addresses import outside_quotes_and_comments, unfold

# What BreachGuard's own check of a signature found (dkimcheck.py); here, where
# importing them loads no DNS or crypto library.
DKIM_CHECK_VERIFIED = "verified"
DKIM_CHECK_FAILED = "failed"
DKIM_CHECK_UNCHECKED = "unchecked"
DKIM_CHECK_UNSIGNED = "unsigned"  # no DKIM-Signature of an official domain

_AROUND_EQUALS = re.compile(r"\s*=\s*")
_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$")


@dataclass(frozen=True)
class DkimResult:
    """One ``dkim=`` entry: its result and the signing domain it names."""

    result: str  # "pass", "fail", "none", "neutral", "policy", "temperror", "permerror"
    domain: str | None


def _domain(value: str) -> str | None:
    domain = value.strip().strip('"').lower().rstrip(".")
    return domain if _DOMAIN.match(domain) else None


def dkim_results(value: str) -> tuple[DkimResult, ...]:
    """The ``dkim`` entries of one Authentication-Results header; none when the
    header cannot be read (an open comment or quote)."""
    # Quoted values (reason="...") become placeholder letters, so "name=" is never empty.
    bare = outside_quotes_and_comments(unfold(value), quoted_as="q")
    if bare is None:
        return ()
    found: list[DkimResult] = []
    for resinfo in bare.split(";")[1:]:  # the first part is the receiver's authserv-id
        tokens = _AROUND_EQUALS.sub("=", resinfo.strip()).split()
        if not tokens:
            continue
        method, _, result = tokens[0].partition("=")
        if method.split("/")[0].lower() != "dkim" or not result:
            continue
        domain: str | None = None
        for token in tokens[1:]:
            name, _, prop = token.partition("=")
            name = name.lower()
            if name == "header.d":
                domain = _domain(prop)
            elif name == "header.i" and domain is None:
                domain = _domain(prop.rpartition("@")[2])  # "@domain" or "user@domain"
        found.append(DkimResult(result.lower(), domain))
    return tuple(found)


def signing_domain(value: str) -> str | None:
    """The ``d=`` domain of a DKIM-Signature header, None when it has none or two."""
    domains = []
    for tag in unfold(value).split(";"):
        name, equals, tag_value = tag.partition("=")
        if equals and name.strip() == "d":
            domains.append(_domain("".join(tag_value.split())))
    if len(domains) != 1:
        return None
    return domains[0]


__all__ = [
    "DKIM_CHECK_FAILED",
    "DKIM_CHECK_UNCHECKED",
    "DKIM_CHECK_UNSIGNED",
    "DKIM_CHECK_VERIFIED",
    "DkimResult",
    "dkim_results",
    "signing_domain",
]
