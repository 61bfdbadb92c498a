"""The Demo Exchange's customers: fixed, fictional, one account per phone number.

Like the exchange in the first incident, the Demo Exchange never allows two
accounts on the same phone number; that rule is why customers who sign in with
another email address get stuck.
"""

from __future__ import annotations

from dataclasses import dataclass

BULLETS = "•••"


@dataclass(frozen=True)
class DemoAccount:
    name: str
    phone: str  # E.164
    email: str
    calling_code: str  # country calling code without "+", used to mask the phone


ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("Ola Nordmann", "+4741234567", "ola.nordmann@gmail.com", "47"),
    DemoAccount("Kari Hansen", "+4790211223", "kari.hansen@outlook.com", "47"),
    DemoAccount("Erika Mustermann", "+4915123456789", "erika.mustermann@web.de", "49"),
    DemoAccount("Jonas Becker", "+491701234567", "j.becker+exchange@gmx.de", "49"),
    # +44 7700 900xxx is Ofcom's drama range, which phone-number validators reject.
    DemoAccount("John Smith", "+447911123456", "john.smith@fastmail.com", "44"),
)


def account_by_phone(phone: str) -> DemoAccount | None:
    return next((account for account in ACCOUNTS if account.phone == phone), None)


def account_by_email(email: str) -> DemoAccount | None:
    wanted = email.strip().lower()
    return next((account for account in ACCOUNTS if account.email.lower() == wanted), None)


def mask_email(email: str) -> str:
    """One leading character + a fixed ``•••`` (never the length) + the domain."""
    local, _, domain = email.rpartition("@")
    return f"{local[:1]}{BULLETS}@{domain}"


def mask_phone(phone: str, calling_code: str) -> str:
    """``+4741234567`` → ``+47••••••67``: country code and the last two digits."""
    national = phone[1 + len(calling_code) :]
    return f"+{calling_code}{'•' * max(len(national) - 2, 0)}{national[-2:]}"
