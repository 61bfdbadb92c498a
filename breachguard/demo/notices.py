"""The Demo Exchange's notices: the two seed incidents, told relative to "now".

Story 1: after a hack every 2FA token is revoked and customers must re-enroll;
most who get stuck sign in with the wrong email (one account per phone number).
Story 2: trading is halted after an attack on the platform vendor, with timed
updates, a later update, a correction of a date and an insurer's clarification.

Times are derived from one anchor (the server's start time, rounded down to ten
minutes), so the same clock always produces the same feed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

LANGUAGES = ("en", "de", "nb")
FEED_PUBLISHER = "demo-exchange"
FEED_LIFETIME = timedelta(hours=12)


@dataclass(frozen=True)
class Notice:
    id: str
    published: datetime
    severity: str
    status: str
    components: tuple[str, ...]
    # language -> (title, content_text); "en" is the feed's main language
    texts: dict[str, tuple[str, str]]
    modified: datetime | None = None
    actions: tuple[str, ...] = ()
    next_update_at: datetime | None = None
    supersedes: str | None = None
    correction_of: str | None = None


def rfc3339(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def anchor_time(now: float) -> datetime:
    """The story's "now": the start time rounded down to ten minutes, in UTC."""
    moment = datetime.fromtimestamp(now, tz=timezone.utc).replace(second=0, microsecond=0)
    return moment - timedelta(minutes=moment.minute % 10)


# -- per-language formatting ------------------------------------------------------------

_MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "nb": (
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ),
}

_TIME: dict[str, Callable[[datetime], str]] = {
    "en": lambda t: f"{t:%H:%M} UTC",
    "de": lambda t: f"{t:%H:%M} Uhr UTC",
    "nb": lambda t: f"kl. {t:%H.%M} UTC",
}


def _date(lang: str, day: date) -> str:
    month = _MONTHS[lang][day.month - 1]
    return f"{day.day} {month} {day.year}" if lang == "en" else f"{day.day}. {month} {day.year}"


# -- texts ---------------------------------------------------------------------------------
# Placeholders: {updated} {next} {next2} {update_time} (times), {d1} {d2} (dates).

_TEXTS: dict[str, dict[str, tuple[str, str]]] = {
    "2fa-reset": {
        "en": (
            "Security incident: all 2FA tokens revoked, new setup required",
            "We detected unauthorised withdrawals from a number of customer accounts. As a "
            "precaution we have revoked every customer's two-factor authentication (2FA). "
            "Everyone must sign in again and set up 2FA anew; the old entry in your "
            "authenticator app no longer works. Your funds are safe and waiting for you. "
            "We will never ask you for your password, your 2FA codes or your seed phrase.",
        ),
        "de": (
            "Sicherheitsvorfall: Alle 2FA-Tokens widerrufen, Neueinrichtung erforderlich",
            "Wir haben unbefugte Auszahlungen von mehreren Kundenkonten festgestellt. "
            "Vorsorglich haben wir die Zwei-Faktor-Authentifizierung (2FA) aller Kundinnen "
            "und Kunden widerrufen. Alle müssen sich neu anmelden und 2FA neu einrichten; "
            "der bisherige Eintrag in Ihrer Authenticator-App funktioniert nicht mehr. Ihr "
            "Guthaben ist sicher und wartet auf Sie. Wir fragen Sie niemals nach Ihrem "
            "Passwort, Ihren 2FA-Codes oder Ihrer Seed-Phrase.",
        ),
        "nb": (
            "Sikkerhetshendelse: All 2FA er tilbakekalt, og du må sette den opp på nytt",
            "Vi har oppdaget uautoriserte uttak fra en rekke kundekontoer. Av "
            "sikkerhetshensyn har vi tilbakekalt tofaktorautentiseringen (2FA) for alle "
            "kunder. Alle må logge inn på nytt og sette opp 2FA på nytt; den gamle "
            "oppføringen i autentiseringsappen din virker ikke lenger. Midlene dine er "
            "trygge og venter på deg. Vi spør deg aldri om passordet ditt, 2FA-kodene dine "
            "eller gjenopprettingsfrasen din (seed phrase).",
        ),
    },
    "wrong-email": {
        "en": (
            "Stuck after signing in? Check which email address you use",
            "Signing in with the wrong email address is the most common reason you are "
            "stuck. We allow only one account per phone number, so an account under another "
            "email address cannot be used with the same number. Look in your inboxes for "
            "an email from demo-exchange.example, or let BreachGuard look it up for you by "
            "phone number. If you can no longer open that mailbox, contact support: we "
            "re-verify customers one case at a time, which can take a while.",
        ),
        "de": (
            "Sie kommen nicht weiter? Prüfen Sie, mit welcher E-Mail-Adresse Sie sich anmelden",
            "Der häufigste Grund, warum Sie nicht weiterkommen: Sie melden sich mit der "
            "falschen E-Mail-Adresse an. Wir erlauben nur ein Konto pro Telefonnummer, daher "
            "funktioniert ein Konto mit einer anderen E-Mail-Adresse nicht mit derselben "
            "Nummer. Suchen Sie in Ihren Postfächern nach einer E-Mail von "
            "demo-exchange.example oder lassen Sie BreachGuard anhand Ihrer Telefonnummer "
            "nachsehen. Wenn Sie auf dieses Postfach keinen Zugriff mehr haben, wenden Sie "
            "sich an den Support: Wir prüfen jeden Fall einzeln, das kann eine Weile dauern.",
        ),
        "nb": (
            "Står du fast etter innlogging? Sjekk hvilken e-postadresse du bruker",
            "Den vanligste grunnen til at du står fast, er at du logger inn med feil "
            "e-postadresse. Vi tillater bare én konto per telefonnummer, så en konto med en "
            "annen e-postadresse kan ikke brukes med det samme nummeret. Se etter en e-post "
            "fra demo-exchange.example i innboksene dine, eller la BreachGuard slå det opp "
            "med telefonnummeret ditt. Har du ikke lenger tilgang til den e-postkontoen, "
            "kontakt kundeservice: Vi går gjennom hver sak for seg, og det kan ta litt tid.",
        ),
    },
    "trading-halt": {
        "en": (
            "Trading halted and withdrawals paused",
            "After an advanced cyber attack on our trading-platform vendor we have halted "
            "all trading and paused withdrawals. Your funds are safe.\n\n"
            "Updated {updated}: trading and withdrawals remain paused while we assess the "
            "vendor's systems. More information will follow at {next}.",
        ),
        "de": (
            "Handel ausgesetzt, Auszahlungen pausiert",
            "Nach einem gezielten Cyberangriff auf den Anbieter unserer Handelsplattform "
            "haben wir den gesamten Handel ausgesetzt und Auszahlungen pausiert. Ihr "
            "Guthaben ist sicher.\n\n"
            "Aktualisiert um {updated}: Handel und Auszahlungen bleiben pausiert, während "
            "wir die Systeme des Anbieters prüfen. Weitere Informationen folgen um {next}.",
        ),
        "nb": (
            "Handelen er stanset og uttak satt på pause",
            "Etter et avansert dataangrep mot leverandøren av handelsplattformen vår har vi "
            "stanset all handel og satt uttak på pause. Midlene dine er trygge.\n\n"
            "Oppdatert {updated}: Handel og uttak er fortsatt stanset mens vi undersøker "
            "leverandørens systemer. Mer informasjon kommer {next}.",
        ),
    },
    "trading-update": {
        "en": (
            "Trading stays halted; balances guaranteed as of {d1}",
            "Our trading-platform vendor has told us that the attack is continuing and that "
            "further security holes have been found. We had been advised to wait, but we "
            "will not wait any longer: trading stays halted and withdrawals remain paused "
            "until further notice. Our partner bank guarantees every customer's balance as "
            "it stood on {d1} at 23:59 UTC. Your funds are safe. More information will "
            "follow at {next2}.",
        ),
        "de": (
            "Handel bleibt ausgesetzt; Guthaben mit Stand {d1} garantiert",
            "Der Anbieter unserer Handelsplattform hat uns mitgeteilt, dass der Angriff "
            "andauert und weitere Sicherheitslücken gefunden wurden. Man hatte uns geraten "
            "abzuwarten, doch wir warten nicht länger: Der Handel bleibt ausgesetzt, und "
            "Auszahlungen bleiben bis auf Weiteres pausiert. Unsere Partnerbank garantiert "
            "jedes Kundenguthaben mit Stand vom {d1}, 23:59 Uhr UTC. Ihr Guthaben ist "
            "sicher. Weitere Informationen folgen um {next2}.",
        ),
        "nb": (
            "Handelen er fortsatt stanset; saldoer garanteres per {d1}",
            "Leverandøren av handelsplattformen vår har fortalt oss at angrepet pågår, og at "
            "flere sikkerhetshull er funnet. Vi ble rådet til å vente, men vi venter ikke "
            "lenger: Handelen forblir stanset, og uttak er satt på pause inntil videre. "
            "Partnerbanken vår garanterer saldoen til hver kunde slik den var {d1} "
            "kl. 23.59 UTC. Midlene dine er trygge. Mer informasjon kommer {next2}.",
        ),
    },
    "trading-correction": {
        "en": (
            "Correction: balances are guaranteed as of {d2}, not {d1}",
            "Correction to our update at {update_time}: the reference date for the bank "
            "guarantee is {d2} at 23:59 UTC, not {d1} as we wrote. We apologise for the "
            "mistake. Nothing else has changed.",
        ),
        "de": (
            "Korrektur: Guthaben werden mit Stand {d2} garantiert, nicht {d1}",
            "Korrektur zu unserer Meldung um {update_time}: Stichtag für die Garantie der "
            "Bank ist der {d2}, 23:59 Uhr UTC, nicht der {d1}, wie wir geschrieben hatten. "
            "Bitte entschuldigen Sie den Fehler. Alles andere bleibt unverändert.",
        ),
        "nb": (
            "Rettelse: Saldoene garanteres per {d2}, ikke {d1}",
            "Rettelse til oppdateringen vår {update_time}: Skjæringsdatoen for bankgarantien "
            "er {d2} kl. 23.59 UTC, ikke {d1} som vi skrev. Vi beklager feilen. Alt annet "
            "er uendret.",
        ),
    },
    "insurer": {
        "en": (
            "Our insurer's clarification: what the insurance does not cover",
            "Our insurer has asked us to make clear, to avoid misunderstandings: the "
            "insurance does not cover losses from market speculation or from failed "
            "transactions. The bank guarantee for your balance is not affected.",
        ),
        "de": (
            "Klarstellung unseres Versicherers: Was die Versicherung nicht abdeckt",
            "Unser Versicherer hat uns gebeten, zur Vermeidung von Missverständnissen "
            "klarzustellen: Die Versicherung deckt keine Verluste aus Marktspekulation oder "
            "aus fehlgeschlagenen Transaktionen. Die Garantie der Bank für Ihr Guthaben ist "
            "davon nicht betroffen.",
        ),
        "nb": (
            "Presisering fra forsikringsselskapet: Dette dekker ikke forsikringen",
            "Forsikringsselskapet vårt har bedt oss presisere, for å unngå misforståelser: "
            "Forsikringen dekker ikke tap som skyldes markedsspekulasjon eller mislykkede "
            "transaksjoner. Bankgarantien for saldoen din påvirkes ikke.",
        ),
    },
}


@dataclass(frozen=True)
class StoryTimes:
    """Every moment of both stories, derived from the anchor."""

    anchor: datetime

    @property
    def reset(self) -> datetime:
        return self.anchor - timedelta(hours=30)

    @property
    def wrong_email(self) -> datetime:
        return self.anchor - timedelta(hours=26)

    @property
    def halt(self) -> datetime:
        return self.anchor - timedelta(hours=6)

    @property
    def halt_updated(self) -> datetime:  # the "Updated 11:30" moment
        return self.anchor - timedelta(hours=4, minutes=30)

    @property
    def halt_next(self) -> datetime:  # the "more information at 14:00" promise
        return self.anchor - timedelta(hours=2)

    @property
    def update(self) -> datetime:
        return self.halt_next

    @property
    def update_next(self) -> datetime:  # still in the future when the server starts
        return self.anchor + timedelta(hours=2)

    @property
    def correction(self) -> datetime:
        return self.anchor - timedelta(hours=1)

    @property
    def insurer(self) -> datetime:
        return self.anchor - timedelta(minutes=30)

    @property
    def wrong_date(self) -> date:
        return (self.anchor - timedelta(days=3)).date()

    @property
    def right_date(self) -> date:
        return (self.anchor - timedelta(days=2)).date()


def _texts(key: str, times: StoryTimes) -> dict[str, tuple[str, str]]:
    result = {}
    for lang in LANGUAGES:
        fmt = _TIME[lang]
        values = {
            "updated": fmt(times.halt_updated),
            "next": fmt(times.halt_next),
            "next2": fmt(times.update_next),
            "update_time": fmt(times.update),
            "d1": _date(lang, times.wrong_date),
            "d2": _date(lang, times.right_date),
        }
        title, content = _TEXTS[key][lang]
        result[lang] = (title.format(**values), content.format(**values))
    return result


def story(now: float) -> tuple[Notice, ...]:
    """All notices, oldest first, for a server started at ``now`` (Unix seconds)."""
    times = StoryTimes(anchor_time(now))
    return (
        Notice(
            id="dx-2fa-reset",
            published=times.reset,
            severity="critical",
            status="identified",
            components=("Login", "Two-factor authentication"),
            actions=("reenroll_2fa",),
            texts=_texts("2fa-reset", times),
        ),
        Notice(
            id="dx-wrong-login-email",
            published=times.wrong_email,
            severity="major",
            status="update",
            components=("Login",),
            actions=("verify_login_email",),
            texts=_texts("wrong-email", times),
        ),
        Notice(
            id="dx-trading-halt",
            published=times.halt,
            modified=times.halt_updated,
            severity="critical",
            status="investigating",
            components=("Trading", "Withdrawals"),
            next_update_at=times.halt_next,
            texts=_texts("trading-halt", times),
        ),
        Notice(
            id="dx-trading-update",
            published=times.update,
            severity="critical",
            status="identified",
            components=("Trading", "Withdrawals"),
            next_update_at=times.update_next,
            supersedes="dx-trading-halt",
            texts=_texts("trading-update", times),
        ),
        Notice(
            id="dx-trading-correction",
            published=times.correction,
            severity="major",
            status="update",
            components=("Trading", "Withdrawals"),
            correction_of="dx-trading-update",
            texts=_texts("trading-correction", times),
        ),
        Notice(
            id="dx-insurer-clarification",
            published=times.insurer,
            severity="info",
            status="update",
            components=("Trading",),
            texts=_texts("insurer", times),
        ),
    )


# -- JSON Feed 1.1 with the _breachguard extension -------------------------------------


def _item(notice: Notice) -> dict[str, Any]:
    title, content = notice.texts["en"]
    extension: dict[str, Any] = {
        "severity": notice.severity,
        "status": notice.status,
        "components": list(notice.components),
        "actions": list(notice.actions),
    }
    if notice.next_update_at is not None:
        extension["next_update_at"] = rfc3339(notice.next_update_at)
    if notice.supersedes is not None:
        extension["supersedes"] = notice.supersedes
    if notice.correction_of is not None:
        extension["correction_of"] = notice.correction_of
    extension["translations"] = {
        lang: {"title": notice.texts[lang][0], "content_text": notice.texts[lang][1]}
        for lang in LANGUAGES
        if lang != "en"
    }
    item: dict[str, Any] = {
        "id": notice.id,
        "title": title,
        "content_text": content,
        "date_published": rfc3339(notice.published),
    }
    if notice.modified is not None:
        item["date_modified"] = rfc3339(notice.modified)
    item["_breachguard"] = extension
    return item


def build_feed(
    notices: tuple[Notice, ...], *, base_url: str, sequence: int, generated_at: datetime
) -> dict[str, Any]:
    """The feed document; items newest first, as feed readers expect."""
    if sequence < 1:
        raise ValueError("feed sequence numbers start at 1")
    ordered = sorted(notices, key=lambda n: n.modified or n.published, reverse=True)
    return {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Demo Exchange notices",
        "home_page_url": base_url + "/",
        "feed_url": base_url + "/notices/feed.json",
        "description": "Signed service notices from the Demo Exchange (a demonstration).",
        "language": "en",
        "authors": [{"name": "Demo Exchange"}],
        "_breachguard": {
            "publisher": FEED_PUBLISHER,
            "sequence": sequence,
            "generated_at": rfc3339(generated_at),
            "expires_at": rfc3339(generated_at + FEED_LIFETIME),
        },
        "items": [_item(notice) for notice in ordered],
    }


def render(document: dict[str, Any]) -> bytes:
    """The exact bytes that are served and signed."""
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
