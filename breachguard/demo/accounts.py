"""The Demo Exchange's customers: fixed, fictional, one account per phone number.

Like the exchange in the first incident, the Demo Exchange never allows two
accounts on the same phone number; that rule is why customers who sign in with
another email address get stuck.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoAccount:
    name: str
    phone: str  # E.164
    email: str
    language: str = "en"  # what the exchange writes to this customer in (its SMS)


ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("Ola Nordmann", "+4741234567", "ola.nordmann@gmail.com", "nb"),
    DemoAccount("Kari Hansen", "+4790211223", "kari.hansen@outlook.com", "nb"),
    DemoAccount("Erika Mustermann", "+4915123456789", "erika.mustermann@web.de", "de"),
    DemoAccount("Jonas Becker", "+491701234567", "j.becker+exchange@gmx.de", "de"),
    # +44 7700 900xxx is Ofcom's drama range, which phone-number validators reject.
    DemoAccount("John Smith", "+447911123456", "john.smith@fastmail.com"),
)


def account_by_phone(phone: str) -> DemoAccount | None:
    return next((account for account in ACCOUNTS if account.phone == phone), None)


def account_by_email(email: str) -> DemoAccount | None:
    wanted = email.strip().lower()
    return next((account for account in ACCOUNTS if account.email.lower() == wanted), None)
