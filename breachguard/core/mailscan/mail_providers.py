"""What the big mail services need for an IMAP check: their server, and how they let
another app sign in.

So a customer types only their address: BreachGuard knows the server and says,
before the check, whether the service wants an app password, must have IMAP
switched on first, or lets no password-only app in at all (then the check is not
offered, rather than failing with "wrong password").

Each entry's facts come from the service's own help pages, read 2026-12-03; where
only a copy on another site or Thunderbird's ISP database (github.com/thunderbird/
autoconfig, ``ispdb/<domain>.xml``, the server settings Thunderbird itself uses)
could be read, the comment says so. A fact not confirmed is left ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from breachguard.core.mailscan.imap import parse_imap_target

IMAPS_PORT = 993


class Login(StrEnum):
    """How the service lets a password-only IMAP client sign in."""

    APP_PASSWORD = "app_password"  # noqa: S105 - a kind of login: never the normal password
    APP_PASSWORD_WITH_2FA = "app_password_with_2fa"  # noqa: S105 - once 2FA is on
    OAUTH_ONLY = "oauth_only"  # only the service's own sign-in page: no password works
    BRIDGE_ONLY = "bridge_only"  # only through the service's own program on this computer
    UNKNOWN = "unknown"  # the service's pages could not be read


class UserName(StrEnum):
    ADDRESS = "address"  # the whole address is the IMAP user name
    LOCAL_PART = "local_part"  # only what comes before the @


@dataclass(frozen=True)
class MailService:
    name: str
    domains: tuple[str, ...]
    host: str | None  # None: no IMAP server a password-only client can reach
    login: Login
    user_name: UserName = UserName.ADDRESS
    imap_off_by_default: bool | None = None  # True: switch IMAP on in the web settings first
    help_url: str | None = None  # where the customer makes an app password
    imap_switch_url: str | None = None  # where the customer switches IMAP on

    @property
    def usable(self) -> bool:
        """Whether a check with a password can work at all."""
        return self.host is not None and self.login not in (Login.OAUTH_ONLY, Login.BRIDGE_ONLY)


SERVICES: tuple[MailService, ...] = (
    # Host: developers.google.com/workspace/gmail/imap/imap-smtp (imap.gmail.com, 993,
    # implicit TLS). App passwords only with 2-Step Verification: Google's help text,
    # read only as copies on other sites; IMAP is always on since January 2025 (same).
    MailService(
        "Gmail",
        ("gmail.com", "googlemail.com"),
        "imap.gmail.com",
        Login.APP_PASSWORD,
        imap_off_by_default=False,
        help_url="https://support.google.com/accounts/answer/185833",
    ),
    # Microsoft's "POP, IMAP, and SMTP settings for Outlook.com" (support.microsoft.com,
    # read as a copy): IMAP is off by default and "Outlook.com requires the use of Modern
    # Auth / OAuth2"; Thunderbird's ispdb/hotmail.com.xml lists OAuth2 only.
    MailService(
        "Outlook.com",
        ("outlook.com", "hotmail.com", "live.com", "msn.com"),
        "outlook.office365.com",
        Login.OAUTH_ONLY,
        imap_off_by_default=True,
    ),
    # help.yahoo.com SLN15241 (read as a copy, and Yahoo's own Vietnamese page): third-party
    # apps need an app password. Host: ispdb/yahoo.com.xml.
    MailService(
        "Yahoo Mail",
        ("yahoo.com",),
        "imap.mail.yahoo.com",
        Login.APP_PASSWORD,  # the page's address could not be read whole: no link
    ),
    # support.apple.com/102654: app-specific passwords, for apps not made by Apple, need
    # two-factor authentication. Host and the user name before the @: ispdb/me.com.xml.
    MailService(
        "iCloud Mail",
        ("icloud.com", "me.com", "mac.com"),
        "imap.mail.me.com",
        Login.APP_PASSWORD,
        user_name=UserName.LOCAL_PART,
        help_url="https://support.apple.com/102654",
    ),
    # gmx.net/mail/tipps/posts/pop3-imap/36: POP3 and IMAP are off by default;
    # hilfe.gmx.net/sicherheit/2fa: with 2FA, IMAP needs an app-specific password.
    # Host: ispdb/gmx.net.xml.
    MailService(
        "GMX",
        ("gmx.de", "gmx.net", "gmx.at", "gmx.ch"),
        "imap.gmx.net",
        Login.APP_PASSWORD_WITH_2FA,
        imap_off_by_default=True,
        help_url="https://hilfe.gmx.net/sicherheit/2fa/anwendungsspezifisches-passwort.html",
        imap_switch_url="https://hilfe.gmx.net/pop-imap/einschalten.html",
    ),
    # ispdb/gmx.com.xml: gmx.com has its own servers. No help page of it could be read.
    MailService("GMX", ("gmx.com",), "imap.gmx.com", Login.UNKNOWN),
    # web.de/email/sicherheit/zwei-faktor-authentifizierung: with 2FA, mail programs need
    # an app-specific password; hilfe.web.de: IMAP access is switched on once.
    # Host and the user name before the @: ispdb/web.de.xml.
    MailService(
        "WEB.DE",
        ("web.de",),
        "imap.web.de",
        Login.APP_PASSWORD_WITH_2FA,
        user_name=UserName.LOCAL_PART,
        imap_off_by_default=True,
        imap_switch_url="https://hilfe.web.de/pop-imap/einschalten.html",
    ),
    # ispdb/t-online.de.xml only: a separate "E-Mail-Passwort" is needed, the website's
    # password does not work in mail programs.
    MailService(
        "T-Online",
        ("t-online.de",),
        "secureimap.t-online.de",
        Login.APP_PASSWORD,
        help_url="https://www.telekom.de/hilfe/apps-dienste/e-mail/programme/passwort-verwalten",
    ),
    # ispdb/posteo.de.xml: the host. Posteo's own pages could not be read.
    MailService("Posteo", ("posteo.de", "posteo.net"), "posteo.de", Login.UNKNOWN),
    # kb.mailbox.org/en/private/e-mail/e-mail-configuration: imap.mailbox.org, 993; with
    # 2FA the normal password does not work in mail programs.
    MailService(
        "mailbox.org",
        ("mailbox.org",),
        "imap.mailbox.org",
        Login.APP_PASSWORD_WITH_2FA,
    ),
    # fastmail.com/help/technical/servernamesandports: imap.fastmail.com, 993, "You will
    # need to get an app password"; Basic plans have no IMAP.
    MailService(
        "Fastmail",
        ("fastmail.com",),
        "imap.fastmail.com",
        Login.APP_PASSWORD,
        help_url="https://www.fastmail.com/help/clients/apppassword.html",
    ),
    # proton.me/support/protonmail-bridge-faq: mail programs reach Proton Mail only through
    # Proton Mail Bridge on this computer (paid plans), with the Bridge password.
    MailService("Proton Mail", ("proton.me", "protonmail.com"), None, Login.BRIDGE_ONLY),
    # zoho.com/mail/help/imap-access: enable IMAP access in webmail first; with 2FA an
    # application-specific password. Host (personal accounts, US): ispdb/zoho.com.xml.
    MailService(
        "Zoho Mail",
        ("zoho.com", "zohomail.com"),
        "imap.zoho.com",
        Login.APP_PASSWORD_WITH_2FA,
        imap_off_by_default=True,
        imap_switch_url="https://www.zoho.com/mail/help/imap-access.html",
    ),
    # help.aol.com/articles/Create-and-manage-app-password: third-party apps need an app
    # password. Host: ispdb/aol.com.xml.
    MailService(
        "AOL Mail",
        ("aol.com",),
        "imap.aol.com",
        Login.APP_PASSWORD,
        help_url="https://help.aol.com/articles/Create-and-manage-app-password",
    ),
)

_BY_DOMAIN = {domain: service for service in SERVICES for domain in service.domains}


def service_for(address: str) -> MailService | None:
    """The known mail service an address belongs to, by its domain."""
    _local, at, domain = address.strip().rpartition("@")
    return _BY_DOMAIN.get(domain.lower().rstrip(".")) if at else None


@dataclass(frozen=True)
class ImapTarget:
    """Where an IMAP check goes and as whom, and the service's rules when known."""

    user: str
    host: str
    port: int
    service: MailService | None = None
    address: str = ""  # the mailbox's address, when the customer typed one


def imap_target(text: str) -> ImapTarget:
    """What the customer typed: an address of a known service (``ola@gmail.com``: its
    server is known), or ``USER@HOST[:PORT]`` for any other. ValueError says what is
    wrong; for a service no password can open it names the service."""
    text = text.strip()
    service = service_for(text)
    if service is not None and ":" not in text.rpartition("@")[2]:
        if not service.usable or service.host is None:
            why = (
                "it lets other apps read mail only through its own sign-in page"
                if service.login is Login.OAUTH_ONLY
                else "other apps reach it only through its own program on the computer"
            )
            raise ValueError(f"{service.name} cannot be checked with a password: {why}")
        local = text.rpartition("@")[0]
        if not local or any(c.isspace() for c in local):
            raise ValueError(f"{text!r} is not a whole email address")
        user = local if service.user_name is UserName.LOCAL_PART else text
        return ImapTarget(user, service.host, IMAPS_PORT, service, text)
    user, host, port = parse_imap_target(text)
    known = service_for(user)  # USER@HOST with an address as the user
    return ImapTarget(user, host, port, known, user if "@" in user else "")
