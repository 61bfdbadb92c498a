"""Email addresses the user might have signed up with: syntax, variants, mail
providers, inbox searches for the exchange's mail, and look-alike senders.

Everything here is offline. The mail provider is guessed from the domain only
(an MX lookup would need the network); addresses on custom domains get a
copyable search text instead of a link.

Webmail search links are only built where the URL shape is in wide use by
other programs (Gmail ``#search/``, Yahoo ``/d/search/keyword=`` which Yahoo's
own UI double-encodes, Proton ``all-mail#keyword=``, Fastmail ``/mail/search:``).
Outlook.com, GMX, web.de and iCloud have no stable search link (GMX/web.de
URLs carry a session id), so those open the webmail start page and the user
pastes the search text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote

from breachguard.core.messages import N_

MAX_ADDRESS_LENGTH = 254
_LOCAL_ATOM = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$")
_DOMAIN_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


class EmailError(ValueError):
    """An address is unusable; ``str()`` says what to fix (never echoes the address)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


# -- mail providers ------------------------------------------------------------------


@dataclass(frozen=True)
class MailProvider:
    id: str
    name: str
    domains: tuple[str, ...]
    webmail_url: str
    # "gmail", "fastmail", "yahoo", "proton" build a search link; None: start page only.
    search_link: str | None = None
    plus_addressing: bool = False
    spam_included_in_search: bool = False


MAIL_PROVIDERS: tuple[MailProvider, ...] = (
    MailProvider(
        "gmail",
        "Gmail",
        ("gmail.com", "googlemail.com"),
        "https://mail.google.com/",
        "gmail",
        plus_addressing=True,
        spam_included_in_search=True,
    ),
    MailProvider(
        "outlook",
        "Outlook.com",
        (
            "outlook.com",
            "outlook.de",
            "outlook.fr",
            "outlook.co.uk",
            "hotmail.com",
            "hotmail.de",
            "hotmail.no",
            "hotmail.co.uk",
            "hotmail.fr",
            "live.com",
            "live.de",
            "live.no",
            "live.co.uk",
            "msn.com",
        ),
        "https://outlook.live.com/mail/0/",
        plus_addressing=True,
    ),
    MailProvider(
        "yahoo",
        "Yahoo Mail",
        (
            "yahoo.com",
            "yahoo.de",
            "yahoo.no",
            "yahoo.co.uk",
            "yahoo.fr",
            "ymail.com",
            "rocketmail.com",
        ),
        "https://mail.yahoo.com/",
        "yahoo",
    ),
    MailProvider("gmx", "GMX", ("gmx.de", "gmx.net", "gmx.at", "gmx.ch"), "https://www.gmx.net/"),
    MailProvider("gmx-com", "GMX", ("gmx.com", "gmx.co.uk", "gmx.us"), "https://www.gmx.com/"),
    MailProvider("webde", "WEB.DE", ("web.de",), "https://web.de/"),
    MailProvider(
        "proton",
        "Proton Mail",
        ("proton.me", "protonmail.com", "protonmail.ch", "pm.me"),
        "https://mail.proton.me/",
        "proton",
        plus_addressing=True,
    ),
    MailProvider(
        "icloud",
        "iCloud Mail",
        ("icloud.com", "me.com", "mac.com"),
        "https://www.icloud.com/mail",
        plus_addressing=True,
    ),
    MailProvider(
        "fastmail",
        "Fastmail",
        ("fastmail.com", "fastmail.fm", "fastmail.no", "fastmail.de"),
        "https://app.fastmail.com/",
        "fastmail",
        plus_addressing=True,
    ),
)

# Large consumer mail services whose domain says nothing about the person; masks
# show these whole. Everything else (employer, family domain) is masked.
CONSUMER_DOMAINS: frozenset[str] = frozenset(
    {domain for provider in MAIL_PROVIDERS for domain in provider.domains}
    | {
        "aol.com",
        "t-online.de",
        "freenet.de",
        "online.no",
        "btinternet.com",
        "orange.fr",
        "tutanota.com",
        "tuta.io",
        "zoho.com",
        "yandex.com",
        "mail.com",
        "posteo.de",
        "mailbox.org",
    }
)

_BY_DOMAIN = {domain: provider for provider in MAIL_PROVIDERS for domain in provider.domains}


def mail_provider_for(address: str) -> MailProvider | None:
    """The mail service behind an address, judged by its domain; None when unknown."""
    return _BY_DOMAIN.get(domain_of(address))


def domain_of(address: str) -> str:
    return address.rpartition("@")[2].strip().lower().rstrip(".")


# -- syntax --------------------------------------------------------------------------


def check_address(text: str) -> str:
    """Returns the address tidied (spaces trimmed, domain lowercased) or raises EmailError."""
    address = unicodedata.normalize("NFC", text).strip()
    if not address:
        raise EmailError("empty", N_("Type an email address."))
    if len(address) > MAX_ADDRESS_LENGTH:
        raise EmailError("too_long", N_("That is longer than any email address can be."))
    if any(ch.isspace() for ch in address):
        raise EmailError("spaces", N_("Email addresses contain no spaces."))
    if address.count("@") == 0:
        raise EmailError("no_at", N_("An email address needs an @, like name@example.com."))
    if address.count("@") > 1:
        raise EmailError("many_at", N_("An email address has exactly one @."))
    local, _, domain = address.partition("@")
    if not local:
        raise EmailError("no_local", N_("Something must come before the @."))
    if len(local) > 64:
        raise EmailError("local_too_long", N_("The part before the @ is too long."))
    if local.startswith('"'):
        raise EmailError("quoted", N_("Addresses with quotation marks are not supported."))
    if local.startswith(".") or local.endswith(".") or ".." in local:
        raise EmailError(
            "dots",
            N_("The part before the @ can't start or end with a dot or have two dots in a row."),
        )
    if not all(_LOCAL_ATOM.match(atom) for atom in local.split(".")):
        raise EmailError(
            "local_chars",
            N_("The part before the @ contains a character that email addresses don't use."),
        )
    return f"{local}@{_check_domain(domain)}"


def _check_domain(domain: str) -> str:
    domain = domain.lower().rstrip(".")
    if not domain:
        raise EmailError("no_domain", N_("Something must come after the @, like gmail.com."))
    if "." not in domain:
        raise EmailError("domain_dot", N_("The part after the @ needs a dot, like gmail.com."))
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        raise EmailError(
            "domain_chars", N_("The part after the @ is not a valid domain name.")
        ) from None
    labels = ascii_domain.split(".")
    if not all(_DOMAIN_LABEL.match(label) for label in labels) or labels[-1].isdigit():
        raise EmailError("domain_chars", N_("The part after the @ is not a valid domain name."))
    return domain


def likely_typo(address: str) -> str | None:
    """The address with a well-known domain one slip away (gmial.com, gmail.con), as a
    suggestion; None when the domain is known or not close to one."""
    local, _, domain = address.rpartition("@")
    if domain in CONSUMER_DOMAINS or len(domain) <= 5:
        return None
    for candidate in (
        "gmail.com",
        "hotmail.com",
        "outlook.com",
        "yahoo.com",
        "icloud.com",
        "web.de",
        "gmx.de",
        "gmx.net",
        "online.no",
        "proton.me",
    ):
        if edit_distance(domain, candidate) == 1:
            return f"{local}@{candidate}"
    return None


def dedup_key(address: str) -> str:
    """Two addresses are the same entry when they differ only in letter case."""
    return address.strip().casefold()


# -- variants ------------------------------------------------------------------------


@dataclass(frozen=True)
class Variant:
    address: str
    reason: str  # English text, translated by the page


def variants(address: str) -> tuple[Variant, ...]:
    """Other spellings the same mailbox receives that an exchange may treat as a
    different account. Suggestions only: the user decides whether to add them."""
    local, _, domain = address.partition("@")
    provider = _BY_DOMAIN.get(domain.lower())
    found: dict[str, Variant] = {}

    def offer(candidate: str, reason: str) -> None:
        if dedup_key(candidate) != dedup_key(address) and dedup_key(candidate) not in found:
            found[dedup_key(candidate)] = Variant(candidate, reason)

    base = local
    if provider is not None and provider.plus_addressing and "+" in local:
        base = local.split("+", 1)[0]
        if base:
            offer(f"{base}@{domain}", N_("the same mailbox without the +tag"))
    if provider is not None and provider.id == "yahoo" and "-" in local:
        stem = local.split("-", 1)[0]
        if stem:
            offer(f"{stem}@{domain}", N_("Yahoo uses a dash for extra addresses"))
    if provider is not None and provider.id == "gmail" and base:
        undotted = base.replace(".", "")
        if undotted != base:
            offer(f"{undotted}@{domain}", N_("Gmail ignores dots, but an exchange may not"))
        other = "googlemail.com" if domain.lower() == "gmail.com" else "gmail.com"
        offer(f"{local}@{other}", N_("gmail.com and googlemail.com are the same mailbox"))
    return tuple(found.values())


def same_mailbox(first: str, second: str) -> bool:
    """True when mail to both addresses lands in one inbox (Gmail dots, +tags)."""
    return _mailbox_key(first) == _mailbox_key(second)


def _mailbox_key(address: str) -> str:
    local, _, domain = address.strip().casefold().rpartition("@")
    provider = _BY_DOMAIN.get(domain)
    if provider is not None and provider.plus_addressing:
        local = local.split("+", 1)[0]
    if provider is not None and provider.id == "gmail":
        local = local.replace(".", "")
        domain = "gmail.com"
    return f"{local}@{domain}"


# -- inbox search --------------------------------------------------------------------


@dataclass(frozen=True)
class InboxSearch:
    provider_name: str | None  # None: unknown mail service
    search_text: str  # what to paste into the webmail search box
    search_url: str | None  # opens the search directly, when a stable link exists
    webmail_url: str | None  # the webmail start page otherwise
    spam_included: bool  # the search already covers spam/junk


def inbox_search(address: str, sender_domains: tuple[str, ...]) -> InboxSearch:
    if not sender_domains:
        raise ValueError("the provider profile names no sender domains")
    provider = mail_provider_for(address)
    domains = _covering_domains(sender_domains)
    from_query = "from:(" + " OR ".join(domains) + ")" if len(domains) > 1 else f"from:{domains[0]}"
    keyword = " ".join(domains)
    if provider is None:
        return InboxSearch(None, keyword, None, None, False)
    link = provider.search_link
    if link == "gmail":
        text = f"{from_query} in:anywhere"
        url = (
            f"https://mail.google.com/mail/?authuser={quote(address, safe='@')}"
            f"#search/{quote(text, safe='')}"
        )
        return InboxSearch(provider.name, text, url, provider.webmail_url, True)
    if link == "fastmail":
        return InboxSearch(
            provider.name,
            from_query,
            f"https://app.fastmail.com/mail/search:{quote(from_query, safe='')}",
            provider.webmail_url,
            False,
        )
    if link == "yahoo" and len(domains) == 1:
        # Yahoo's own search URLs carry the keyword encoded twice.
        url = "https://mail.yahoo.com/d/search/keyword=" + quote(
            quote(from_query, safe=""), safe=""
        )
        return InboxSearch(provider.name, from_query, url, provider.webmail_url, False)
    if link == "proton" and len(domains) == 1:
        url = f"https://mail.proton.me/u/0/all-mail#keyword={quote(domains[0], safe='')}"
        return InboxSearch(provider.name, domains[0], url, provider.webmail_url, False)
    return InboxSearch(provider.name, keyword, None, provider.webmail_url, False)


def _covering_domains(domains: tuple[str, ...]) -> tuple[str, ...]:
    """Drops subdomains of other listed domains: a search for the parent finds them."""
    ordered = sorted({d.lower() for d in domains}, key=lambda d: (d.count("."), d))
    kept: list[str] = []
    for domain in ordered:
        if not any(domain.endswith("." + parent) for parent in kept):
            kept.append(domain)
    return tuple(kept)


# -- look-alike senders --------------------------------------------------------------


@dataclass(frozen=True)
class SenderCheck:
    verdict: str  # "official", "lookalike" or "unrelated"
    domain: str


_CONFUSABLE = str.maketrans(
    {
        "0": "o",
        "1": "l",
        "i": "l",
        "3": "e",
        "5": "s",
        "$": "s",
        "@": "a",
        "4": "a",
        "7": "t",
        "8": "b",
        "9": "g",
    }
)


def check_sender(text: str, official: tuple[str, ...]) -> SenderCheck:
    """Judges the sender of a mail the user found (an address or a bare domain)."""
    domain = domain_of(text) if "@" in text else text.strip().lower().rstrip(".")
    if not domain or "." not in domain or any(ch.isspace() for ch in domain):
        raise EmailError(
            "sender_format", N_("Paste the sender's address, like news@exchange.example.")
        )
    if is_official_domain(domain, official):
        return SenderCheck("official", domain)
    if domain.startswith("xn--") or ".xn--" in domain or not domain.isascii():
        return SenderCheck("lookalike", domain)
    own_label = _registrable(domain).split(".")[0]
    for good in official:
        brand = _registrable(good).split(".")[0]
        close = 1 if len(brand) < 6 else 2
        if (
            good in domain
            or (len(brand) >= 4 and brand in domain)
            or edit_distance(own_label, brand) <= close
            or (len(brand) >= 4 and _skeleton(brand) in _skeleton(domain))
        ):
            return SenderCheck("lookalike", domain)
    return SenderCheck("unrelated", domain)


def is_official_domain(domain: str | None, official: tuple[str, ...]) -> bool:
    """One of the exchange's own domains, or a subdomain of one."""
    return domain is not None and any(
        domain == good or domain.endswith("." + good) for good in official
    )


def _registrable(domain: str) -> str:
    """Rough registrable part (last two labels, three for co.uk-style suffixes)."""
    labels = domain.split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in ("co", "com", "org", "net", "ac") else 2
    return ".".join(labels[-keep:])


def _skeleton(text: str) -> str:
    return text.translate(_CONFUSABLE).replace("rn", "m").replace("vv", "w").replace("-", "")


def edit_distance(first: str, second: str) -> int:
    """Damerau-Levenshtein (adjacent swaps count once), for short strings."""
    if abs(len(first) - len(second)) > 3:
        return 4
    previous2: list[int] = []
    previous = list(range(len(second) + 1))
    for i, a in enumerate(first, 1):
        current = [i] + [0] * len(second)
        for j, b in enumerate(second, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b))
            if i > 1 and j > 1 and a == second[j - 2] and first[i - 2] == b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]
