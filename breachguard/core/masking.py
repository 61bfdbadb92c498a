"""The one way BreachGuard masks personal data on screen (support mode, case
summaries, support reports).

Rules: one leading character plus a fixed ``•••``, whatever the length (a
length-preserving mask leaks the length); whole domain only for large consumer
mail services (``o•••@gmail.com``), custom domains masked to their suffix
(``o•••@f•••.no``); phone numbers keep the country code and the last 2–3
digits; codes and secrets keep nothing. Every surface uses these functions, so
a mask looks the same wherever an agent on a screen share sees it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from breachguard.core.emails import CONSUMER_DOMAINS
from breachguard.core.messages import N_

MASK = "•••"
CODE_MASK = "••••••"
SECRET_MASK = "••••••••"  # noqa: S105 - a placeholder, not a password
# Second-level suffixes under which the registrable name sits one label deeper.
_TWO_LABEL_SUFFIXES = frozenset(
    {
        "co.uk",
        "org.uk",
        "ac.uk",
        "gov.uk",
        "me.uk",
        "com.au",
        "net.au",
        "org.au",
        "co.nz",
        "co.jp",
        "com.br",
        "com.tr",
        "co.za",
        "com.mx",
        "com.ar",
        "co.in",
        "priv.no",
    }
)


def mask_email(address: str) -> str:
    """``ola.nordmann@gmail.com`` → ``o•••@gmail.com``; ``ola@firma.no`` → ``o•••@f•••.no``."""
    local, at, domain = address.strip().rpartition("@")
    if not at:
        return MASK
    return f"{_first(local)}{MASK}@{mask_domain(domain)}"


def mask_domain(domain: str) -> str:
    domain = domain.strip().lower().rstrip(".")
    if domain in CONSUMER_DOMAINS:
        return domain
    suffix = public_suffix(domain)
    if not suffix or suffix == domain:
        return MASK
    return f"{_first(domain)}{MASK}.{suffix}"


def public_suffix(domain: str) -> str:
    labels = domain.split(".")
    if len(labels) >= 3 and ".".join(labels[-2:]) in _TWO_LABEL_SUFFIXES:
        return ".".join(labels[-2:])
    return labels[-1] if len(labels) >= 2 else ""


def mask_phone(number: str) -> str:
    """``+4741234567`` → ``+47 ••• 567`` (country code and the last 3 digits, or 2 for
    short numbers)."""
    digits = "".join(ch for ch in number if ch.isdigit() and ch.isascii())
    country = _country_code(number.strip(), digits)
    national = digits[len(country) :] if country else digits
    if len(national) < 4:
        return f"+{country} {MASK}" if country else MASK
    keep = 3 if len(national) >= 8 else 2
    prefix = f"+{country} " if country else ""
    return f"{prefix}{MASK} {national[-keep:]}"


def _country_code(text: str, digits: str) -> str:
    if not text.startswith("+") or not digits:
        return ""
    import phonenumbers  # deferred: costs start-up time

    try:
        return str(phonenumbers.parse(text, None).country_code)
    except phonenumbers.NumberParseException:
        return ""


def mask_code(code: str) -> str:
    """One-time codes keep nothing: ``123456`` → ``••••••``."""
    del code
    return CODE_MASK


def mask_secret(secret: str) -> str:
    """Authenticator secrets, recovery codes, passwords: nothing shown."""
    del secret
    return SECRET_MASK


def mask_any(value: str) -> str:
    """Masks a value whose kind is not known (free text fields in reports)."""
    text = value.strip()
    if "@" in text:
        return mask_email(text)
    if (
        text
        and sum(ch.isdigit() for ch in text) >= 6
        and all(ch.isdigit() or ch in "+ -()./" for ch in text)
    ):
        return mask_phone(text) if text.startswith("+") else CODE_MASK
    return SECRET_MASK if text else ""


def _first(text: str) -> str:
    text = text.strip()
    return text[0] if text else ""


# -- accessible descriptions (screen readers read "•••" badly) ------------------------


@dataclass(frozen=True)
class AccessibleText:
    """An English template with named fields; the page translates the template and
    fills the fields, ``str()`` gives the English text."""

    template: str
    fields: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**self.fields)


def describe_masked_email(address: str) -> AccessibleText:
    local, at, domain = address.strip().rpartition("@")
    if not at:
        return AccessibleText(N_("a hidden email address"))
    shown = mask_domain(domain)
    if shown == domain.strip().lower().rstrip("."):
        return AccessibleText(
            N_("email starting with {first}, at {domain}"),
            {"first": _first(local), "domain": shown},
        )
    suffix = public_suffix(domain.strip().lower())
    if not suffix:
        return AccessibleText(
            N_("email starting with {first}, at a hidden domain"), {"first": _first(local)}
        )
    return AccessibleText(
        N_(
            "email starting with {first}, at a domain starting with {domain_first} "
            "ending in .{suffix}"
        ),
        {"first": _first(local), "domain_first": _first(domain), "suffix": suffix},
    )


def describe_masked_phone(number: str) -> AccessibleText:
    masked = mask_phone(number)
    tail = masked.rsplit(" ", 1)[-1]
    if not tail.isdigit():
        return AccessibleText(N_("a hidden phone number"))
    return AccessibleText(N_("phone number ending in {digits}"), {"digits": " ".join(tail)})
