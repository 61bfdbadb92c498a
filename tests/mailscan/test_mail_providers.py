"""The mail services whose IMAP server and sign-in rules BreachGuard knows."""

from __future__ import annotations

import pytest

from breachguard.core.mailscan.imap import _HOST
from breachguard.core.mailscan.mail_providers import (
    IMAPS_PORT,
    SERVICES,
    Login,
    UserName,
    imap_target,
    service_for,
)


def test_each_domain_belongs_to_one_service_and_each_usable_one_has_a_server() -> None:
    domains = [domain for service in SERVICES for domain in service.domains]
    assert len(domains) == len(set(domains))
    for service in SERVICES:
        assert all(domain == domain.lower() and "." in domain for domain in service.domains)
        if service.usable:
            assert service.host is not None and _HOST.match(service.host), service.name
        for url in (service.help_url, service.imap_switch_url):
            assert url is None or url.startswith("https://"), url
        if service.login is Login.UNKNOWN:
            assert service.help_url is None  # no advice where the rules are not known


@pytest.mark.parametrize(
    ("typed", "user", "host", "service"),
    [
        ("ola.nordmann@gmail.com", "ola.nordmann@gmail.com", "imap.gmail.com", "Gmail"),
        ("  Ola@GoogleMail.com ", "Ola@GoogleMail.com", "imap.gmail.com", "Gmail"),
        ("ola@gmx.de", "ola@gmx.de", "imap.gmx.net", "GMX"),
        ("ola@gmx.com", "ola@gmx.com", "imap.gmx.com", "GMX"),
        ("ola@icloud.com", "ola", "imap.mail.me.com", "iCloud Mail"),  # the name before @
        ("ola@web.de", "ola", "imap.web.de", "WEB.DE"),
        # Any other server: USER@HOST, the user may be an address (its service is known).
        ("ola@gmail.com@imap.gmail.com", "ola@gmail.com", "imap.gmail.com", "Gmail"),
        ("ola@example.org@imap.example.org", "ola@example.org", "imap.example.org", None),
        ("ola@imap.example.org", "ola", "imap.example.org", None),
    ],
)
def test_what_the_customer_types_becomes_a_server_and_a_user(
    typed: str, user: str, host: str, service: str | None
) -> None:
    target = imap_target(typed)
    assert (target.user, target.host, target.port) == (user, host, IMAPS_PORT)
    assert (target.service.name if target.service else None) == service


def test_a_port_is_kept_for_an_explicit_server() -> None:
    target = imap_target("ola@example.org@imap.example.org:10993")
    assert (target.host, target.port, target.address) == (
        "imap.example.org",
        10993,
        "ola@example.org",
    )


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("ola@outlook.com", "Outlook.com cannot be checked with a password: it lets other apps"),
        ("ola@hotmail.com", "Outlook.com cannot be checked with a password"),
        ("ola@proton.me", "Proton Mail cannot be checked with a password: other apps reach it"),
    ],
)
def test_a_service_no_password_opens_is_refused_by_name(typed: str, why: str) -> None:
    service = service_for(typed)
    assert service is not None and not service.usable
    with pytest.raises(ValueError, match=why):
        imap_target(typed)


def test_nothing_usable_is_refused_with_the_format() -> None:
    for typed in ("", "ola", "@gmail.com", "ola@", "ola@bad host"):
        with pytest.raises(ValueError):
            imap_target(typed)
    assert service_for("ola") is None and service_for("ola@unknown.example") is None
    assert {s.user_name for s in SERVICES} == {UserName.ADDRESS, UserName.LOCAL_PART}
