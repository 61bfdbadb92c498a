"""The scam classifier tells a request ("enter your recovery phrase") from a
reassurance ("we will never ask for your seed phrase") in English, German and
Norwegian Bokmål, and the readers and ``breachguard notices`` carry both apart."""

from __future__ import annotations

import io
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from breachguard.core.feeds import scam
from breachguard.core.feeds.cli import main
from breachguard.core.feeds.content import html_to_text, scam_flags
from breachguard.core.feeds.jsonfeed import parse_jsonfeed
from breachguard.core.feeds.model import SCAM_CATEGORIES, Notice
from breachguard.core.feeds.scam import ScamVerdict, classify, presentation
from breachguard.core.feeds.statuspage import parse_statuspage
from breachguard.demo import notices as demo_notices
from breachguard.demo import statuspage as demo_statuspage
from tests.feeds.conftest import feed_bytes, item

# -- sentence templates -------------------------------------------------------------------
# {act} is one action of a category; {name} an exchange's name. Each language builds the
# action's forms its grammar needs (English: one infinitive; German: "Verb Sie rest" and
# a zu-infinitive; Norwegian: imperative and infinitive).


@dataclass(frozen=True)
class Action:
    category: str
    imperative: str  # "Share your seed phrase" / "Geben Sie Ihre Seed-Phrase ein"
    never: str  # the same, forbidden: "Never share…" / "Geben Sie niemals … ein"
    infinitive: str  # what "ask you to …" takes: "share…" / "Ihre … einzugeben" / "dele…"


def _en(category: str, phrase: str) -> Action:
    return Action(category, phrase[0].upper() + phrase[1:], "Never " + phrase, phrase)


def _de(category: str, verb: str, rest: str, zu: str = "") -> Action:
    """``zu`` only where it is not "<rest> zu <verb>" (separable verbs: "einzugeben")."""
    zu = zu or f"{rest} zu {verb.lower()}"
    return Action(category, f"{verb} Sie {rest}", f"{verb} Sie niemals {rest}", zu)


def _nb(category: str, verb: str, infinitive: str, rest: str) -> Action:
    return Action(
        category,
        f"{verb} {rest}",
        f"Ikke {verb[0].lower()}{verb[1:]} {rest}",
        f"{infinitive} {rest}",
    )


ACTIONS: dict[str, list[Action]] = {
    "en": [
        *(
            _en("seed_phrase", p)
            for p in (
                "share your seed phrase",
                "enter your 12-word recovery phrase to verify",
                "type your 24 words into the form",
                "give us your secret recovery phrase",
                "confirm your seed phrase",
                "send us your private key",
                "verify your wallet with your recovery phrase",
                "provide your mnemonic",
            )
        ),
        *(
            _en("remote_access", p)
            for p in (
                "install AnyDesk so our agent can help",
                "download TeamViewer",
                "install remote-access software",
                "give us remote access to your computer",
                "allow remote access to your PC",
                "open QuickSupport and read us the code",
                "share your screen with our technician",
                "install RustDesk",
            )
        ),
        *(
            _en("verification_deposit", p)
            for p in (
                "send 0.1 BTC to verify your account",
                "make a verification deposit",
                "pay a verification fee of 50 EUR",
                "deposit 500 USDT to unlock your withdrawals",
                "transfer 0.05 ETH to reactivate your account",
            )
        ),
        *(
            _en("move_funds", p)
            for p in (
                "move your funds to a safe wallet",
                "transfer all your crypto to a new secure wallet",
                "send your coins to this safe address",
                "move your bitcoin to the holding wallet we give you",
                "withdraw your assets to a safe account",
                "move your funds",
            )
        ),
    ],
    "de": [
        _de(*row)
        for row in (
            ("seed_phrase", "Geben", "Ihre Seed-Phrase ein", "Ihre Seed-Phrase einzugeben"),
            ("seed_phrase", "Teilen", "Ihre Wiederherstellungsphrase mit uns"),
            ("seed_phrase", "Nennen", "uns Ihre 24 Wörter"),
            ("seed_phrase", "Bestätigen", "Ihre Seed-Phrase auf unserer Seite"),
            ("seed_phrase", "Senden", "uns Ihren privaten Schlüssel"),
            ("seed_phrase", "Verifizieren", "Ihr Wallet mit Ihren Wiederherstellungswörtern"),
            (
                "remote_access",
                "Installieren",
                "AnyDesk, damit unser Mitarbeiter helfen kann",
                "AnyDesk zu installieren, damit unser Mitarbeiter helfen kann",
            ),
            ("remote_access", "Laden", "TeamViewer herunter", "TeamViewer herunterzuladen"),
            ("remote_access", "Erlauben", "uns Fernzugriff auf Ihren Rechner"),
            ("remote_access", "Installieren", "eine Fernwartungssoftware"),
            ("remote_access", "Gewähren", "unserem Techniker Fernzugriff"),
            (
                "verification_deposit",
                "Senden",
                "0,1 BTC, um Ihr Konto zu verifizieren",
                "0,1 BTC zu senden, um Ihr Konto zu verifizieren",
            ),
            ("verification_deposit", "Leisten", "eine Verifizierungseinzahlung"),
            ("verification_deposit", "Zahlen", "eine Freischaltgebühr von 50 Euro"),
            ("verification_deposit", "Überweisen", "500 USDT zur Verifizierung"),
            ("move_funds", "Überweisen", "Ihr Guthaben auf ein sicheres Wallet"),
            ("move_funds", "Verschieben", "Ihre Coins in ein neues sicheres Wallet"),
            ("move_funds", "Senden", "Ihre Bitcoin an diese sichere Adresse"),
            ("move_funds", "Übertragen", "Ihr gesamtes Guthaben auf ein Treuhandkonto"),
        )
    ],
    "nb": [
        _nb(*row)
        for row in (
            ("seed_phrase", "Del", "dele", "gjenopprettingsfrasen din med oss"),
            ("seed_phrase", "Skriv inn", "skrive inn", "seedfrasen din for å verifisere kontoen"),
            ("seed_phrase", "Oppgi", "oppgi", "de 24 ordene dine"),
            ("seed_phrase", "Bekreft", "bekrefte", "gjenopprettingsfrasen på nettsiden vår"),
            ("seed_phrase", "Send", "sende", "oss den private nøkkelen din"),
            ("seed_phrase", "Verifiser", "verifisere", "lommeboken din med gjenopprettingsordene"),
            (
                "remote_access",
                "Installer",
                "installere",
                "AnyDesk slik at vår medarbeider kan hjelpe",
            ),
            ("remote_access", "Last ned", "laste ned", "TeamViewer"),
            ("remote_access", "Gi", "gi", "oss fjerntilgang til PC-en din"),
            ("remote_access", "Installer", "installere", "et program for fjernstyring"),
            ("remote_access", "Del", "dele", "skjermen din med teknikeren vår"),
            ("verification_deposit", "Send", "sende", "0,1 BTC for å verifisere kontoen din"),
            ("verification_deposit", "Foreta", "foreta", "et verifiseringsinnskudd"),
            ("verification_deposit", "Betal", "betale", "et verifiseringsgebyr på 500 kroner"),
            (
                "verification_deposit",
                "Overfør",
                "overføre",
                "500 USDT for å låse opp uttakene dine",
            ),
            ("move_funds", "Flytt", "flytte", "midlene dine til en trygg lommebok"),
            (
                "move_funds",
                "Overfør",
                "overføre",
                "all kryptovalutaen din til en ny sikker lommebok",
            ),
            ("move_funds", "Send", "sende", "myntene dine til denne trygge adressen"),
            ("move_funds", "Flytt", "flytte", "pengene dine til en sikker konto"),
        )
    ],
}

# {never} is the forbidding imperative, {inf} what "ask you to" takes.
REASSURANCES: dict[str, list[str]] = {
    "en": [
        "We will never ask you to {inf}",
        "{name} staff never ask you to {inf}",
        "Nobody from {name} will ask you to {inf}",
        "No one at {name} will ever ask you to {inf}",
        "{never}",
        "Please never {inf}",
        "Do not {inf}",
        "Don't {inf}, not even if the caller says they are from {name}",
        "Beware of emails asking you to {inf}",
        "If anyone asks you to {inf}, it is a scam",
        "We will not ask you to {inf}",
        "{name} will never, under any circumstances, ask you to {inf}",
        "Be careful: fraudsters may ask you to {inf}",
        "Messages that ask you to {inf} are phishing",
        "You should never {inf}",
        "{name} support will never call you and ask you to {inf}",
    ],
    "de": [
        "Wir werden Sie niemals bitten, {inf}",
        "Mitarbeiter von {name} fordern Sie nie auf, {inf}",
        "Niemand von {name} wird Sie bitten, {inf}",
        "{never}",
        "Bitte {never_lower}",
        "Wir bitten Sie nicht, {inf}",
        "Vorsicht vor E-Mails, in denen Sie aufgefordert werden, {inf}",
        "Wenn jemand Sie bittet, {inf}, handelt es sich um Betrug",
        "{name} wird Sie unter keinen Umständen auffordern, {inf}",
        "Nachrichten, die Sie auffordern, {inf}, sind Phishing",
        "Seien Sie vorsichtig: Betrüger geben sich als {name} aus und bitten Sie, {inf}",
        "Der Support von {name} wird Sie niemals anrufen und bitten, {inf}",
    ],
    "nb": [
        "Vi vil aldri be deg om å {inf}",
        "Ansatte i {name} ber deg aldri om å {inf}",
        "Ingen fra {name} vil be deg om å {inf}",
        "{never}",
        "Du må aldri {inf}",
        "Vi vil ikke be deg om å {inf}",
        "Vær oppmerksom på e-poster som ber deg om å {inf}",
        "Hvis noen ber deg om å {inf}, er det svindel",
        "{name} vil under ingen omstendigheter be deg om å {inf}",
        "Meldinger som ber deg om å {inf}, er phishing",
        "Vennligst {never_lower}",
        "Pass på: svindlere utgir seg for å være {name} og ber deg om å {inf}",
    ],
}

# {imp} is the imperative, {imp_lower} the same inside a sentence.
REQUESTS: dict[str, list[str]] = {
    "en": [
        "{imp}",
        "Please {inf}",
        "{imp} now",
        "Dear customer, please {inf}",
        "{name} support: {inf} at https://support-{slug}.example/verify",
        "To keep your account active, {inf}",
        "You must {inf} within 24 hours",
        "Kindly {inf} to complete the security check",
        "Important: {inf}, or your account will be suspended",
        "{name} will never ask for your password, but please {inf}",
        "As part of our security upgrade, you need to {inf}",
        "We need you to {inf}",
        "Our agent will call you; {inf} when asked",
    ],
    "de": [
        "{imp}",
        "Bitte {imp_lower}",
        "Liebe Kundin, lieber Kunde, bitte {imp_lower}",
        "{name}-Support: {imp} unter https://support-{slug}.example/verify",
        "Wir bitten Sie, {inf}",
        "Um Ihr Konto zu schützen, {imp_lower}",
        "Wichtig: {imp}, andernfalls wird Ihr Konto gesperrt",
        "{name} fragt nie nach Ihrem Passwort, aber {imp_lower}",
        "Es ist erforderlich, {inf}",
        "Im Rahmen unseres Sicherheitsupdates müssen Sie bitte Folgendes tun: {imp}",
    ],
    "nb": [
        "{imp}",
        "Vennligst {imp_lower}",
        "Kjære kunde, vennligst {imp_lower}",
        "{name} kundeservice: {imp_lower} på https://support-{slug}.example/verify",
        "Du må {inf} innen 24 timer",
        "For å beholde kontoen din, {imp_lower}",
        "Viktig: {imp_lower}, ellers blir kontoen din stengt",
        "{name} spør aldri om passordet ditt, men {imp_lower}",
        "Vi ber deg om å {inf}",
        "Det er påkrevd å {inf}",
    ],
}

# Sentences around a template that change nothing about what it asks.
PREFIXES: dict[str, list[str]] = {
    "en": ["", "Dear customer, ", "Update: ", "{name} security team: ", "Hello! "],
    "de": ["", "Liebe Kundin, lieber Kunde, ", "Update: ", "{name}-Sicherheitsteam: ", "Hallo! "],
    "nb": ["", "Kjære kunde, ", "Oppdatering: ", "{name} sikkerhetsteam: ", "Hei! "],
}
SUFFIXES: dict[str, list[str]] = {
    "en": ["", " Your funds are safe.", " More information will follow at 14:00 UTC."],
    "de": ["", " Ihr Guthaben ist sicher.", " Weitere Informationen folgen um 14:00 Uhr UTC."],
    "nb": ["", " Midlene dine er trygge.", " Mer informasjon kommer kl. 14.00 UTC."],
}
NAMES = [
    "Demo Exchange",
    "Kraken",
    "Bitstamp",
    "Firi",
    "Bitpanda",
    "Nordic Coin AS",
    "Börse Digital",
]
LANGUAGES = ("en", "de", "nb")


def _lower_first(text: str) -> str:
    return text[0].lower() + text[1:]


def render(template: str, action: Action, name: str) -> str:
    slug = "".join(c for c in name.lower() if c.isalnum()) or "x"
    return template.format(
        imp=action.imperative,
        imp_lower=_lower_first(action.imperative),
        never=action.never,
        never_lower=_lower_first(action.never),
        inf=action.infinitive,
        name=name,
        slug=slug,
    )


def grid(templates: dict[str, list[str]], language: str) -> Iterator[tuple[str, str]]:
    """Every template with every action, as (category, sentence)."""
    for template in templates[language]:
        for action in ACTIONS[language]:
            yield action.category, render(template, action, NAMES[0]) + "."


# -- strategies ---------------------------------------------------------------------------

exchange_names = st.sampled_from(NAMES) | st.builds(
    lambda parts, suffix: "".join(parts) + suffix,
    st.lists(
        st.sampled_from(["Bit", "Coin", "Nord", "Vest", "Krak", "Mint", "Block", "Fjord", "Alpen"]),
        min_size=1,
        max_size=3,
    ),
    st.sampled_from(["", " AS", " GmbH", " Exchange", " Markets"]),
)
casings: st.SearchStrategy[Callable[[str], str]] = st.sampled_from(
    [lambda s: s, str.upper, str.lower, lambda s: s[0].upper() + s[1:]]
)
endings = st.sampled_from([".", "!", "", " …", "!!", "."])
spacing = st.sampled_from([" ", "  ", "\u00a0"])


def decorated(language: str, templates: dict[str, list[str]]) -> st.SearchStrategy[tuple[str, str]]:
    """(category, text): a template with capitalisation, punctuation, clauses around it,
    an exchange's name and odd spacing."""

    @st.composite
    def build(draw: st.DrawFn) -> tuple[str, str]:
        action = draw(st.sampled_from(ACTIONS[language]))
        name = draw(exchange_names)
        sentence = render(draw(st.sampled_from(templates[language])), action, name)
        prefix = draw(st.sampled_from(PREFIXES[language])).format(name=name)
        if prefix and not prefix.endswith("! "):
            sentence = _lower_first(sentence) if prefix.endswith(", ") else sentence
        text = prefix + draw(casings)(sentence) + draw(endings)
        text += draw(st.sampled_from(SUFFIXES[language]))
        return action.category, text.replace(" ", draw(spacing))

    return build()


EXAMPLES_PER_LANGUAGE = 400
classifier_settings = settings(
    max_examples=EXAMPLES_PER_LANGUAGE,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


# -- property tests -----------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_reassurance_template_is_a_reassurance(language: str) -> None:
    wrong = [
        (category, text, verdict)
        for category, text in grid(REASSURANCES, language)
        if (verdict := classify(text)).flags or category not in verdict.reassurances
    ]
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_request_template_is_flagged(language: str) -> None:
    missed = [
        (category, text, classify(text))
        for category, text in grid(REQUESTS, language)
        if category not in classify(text).flags
    ]
    assert missed == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_decorated_reassurances_never_flag(language: str) -> None:
    @classifier_settings
    @given(decorated(language, REASSURANCES))
    def check(case: tuple[str, str]) -> None:
        category, text = case
        verdict = classify(text)
        assert verdict.flags == ()
        assert category in verdict.reassurances

    check()


@pytest.mark.parametrize("language", LANGUAGES)
def test_decorated_requests_always_flag(language: str) -> None:
    @classifier_settings
    @given(decorated(language, REQUESTS))
    def check(case: tuple[str, str]) -> None:
        category, text = case
        assert category in classify(text).flags

    check()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_request_after_a_reassurance_is_flagged(language: str) -> None:
    @classifier_settings
    @given(
        st.sampled_from(LANGUAGES).flatmap(lambda lang: decorated(lang, REASSURANCES)),
        decorated(language, REQUESTS),
        st.sampled_from(["both", "separate"]),
    )
    def check(calm: tuple[str, str], push: tuple[str, str], layout: str) -> None:
        texts = (calm[1] + "\n" + push[1],) if layout == "both" else (calm[1], push[1])
        verdict = classify(*texts)
        assert push[0] in verdict.flags
        # A topic that is asked for anywhere is no longer only a reassurance.
        assert (calm[0] in verdict.reassurances) == (calm[0] not in verdict.flags)

    check()


# -- examples -----------------------------------------------------------------------------


def test_the_issue_examples() -> None:
    assert classify("We will never ask for your seed phrase.") == ScamVerdict(
        reassurances=("seed_phrase",)
    )
    assert classify("Enter your 12-word recovery phrase to verify.").flags == ("seed_phrase",)
    assert classify("Install AnyDesk so our agent can help").flags == ("remote_access",)
    assert classify("Send 0.1 BTC to verify").flags == ("verification_deposit",)
    assert classify("Move your funds to this safe wallet").flags == ("move_funds",)
    assert classify("Verify your wallet: https://wallet-check.example/").flags == ("seed_phrase",)
    verdict = classify(
        "Staff never ask you to install remote-access software. Do not move your funds. "
        "Never share your recovery phrase."
    )
    assert verdict == ScamVerdict((), ("seed_phrase", "remote_access", "move_funds"))


# Phrasings written apart from the templates above, in the words of real notices.
FREE_REASSURANCES = [
    (
        "Our employees will never request your recovery phrase by phone, email or chat.",
        "seed_phrase",
    ),
    ("Keep your seed phrase private and offline.", "seed_phrase"),
    (
        "Demo Exchange support does not use TeamViewer, AnyDesk or any other remote-access tool.",
        "remote_access",
    ),
    ("We do not require a deposit to verify your account.", "verification_deposit"),
    (
        'No legitimate exchange will ever ask you to move your funds to a "safe wallet".',
        "move_funds",
    ),
    ("Seed phrases should never be shared with anyone.", "seed_phrase"),
    ("You must never share your recovery phrase.", "seed_phrase"),
    ("If someone calls and asks you to install AnyDesk, hang up.", "remote_access"),
    ("Please report any message asking for your seed phrase to support.", "seed_phrase"),
    ("Protect yourself: only scammers ask for remote access.", "remote_access"),
    ("Unsere Mitarbeiter verlangen niemals Fernzugriff auf Ihren Computer.", "remote_access"),
    ("Es gibt keine Verifizierungsgebühr.", "verification_deposit"),
    ("Sie müssen Ihre Seed-Phrase niemals jemandem mitteilen.", "seed_phrase"),
    (
        "Bitte beachten Sie: Unser Support fragt niemals nach Ihrem privaten Schlüssel.",
        "seed_phrase",
    ),
    ("Vi vil aldri kreve fjerntilgang til datamaskinen din.", "remote_access"),
    ("Det finnes ikke noe verifiseringsgebyr.", "verification_deposit"),
    ("Hold gjenopprettingsfrasen din hemmelig.", "seed_phrase"),
    ("Du må ikke installere AnyDesk hvis noen ber deg om det.", "remote_access"),
    ("Husk: Vi ber deg aldri flytte midlene dine.", "move_funds"),
]
FREE_REQUESTS = [
    ("To restore access, reply to this email with your 12-word recovery phrase.", "seed_phrase"),
    ("A small verification deposit is needed to reactivate withdrawals.", "verification_deposit"),
    (
        "Our security team has prepared a safe wallet for you: transfer your funds today.",
        "move_funds",
    ),
    (
        "Due to the incident, all customers are required to migrate their coins to a new secure "
        "wallet.",
        "move_funds",
    ),
    ("Download AnyDesk from anydesk.com and send us the 9-digit code.", "remote_access"),
    ("Your withdrawal is on hold until you confirm your seed phrase.", "seed_phrase"),
    ("Connect your wallet and enter your seed phrase to claim the refund.", "seed_phrase"),
    ("Click the link below to verify your wallet.", "seed_phrase"),
    ("Our technician will connect to your PC using AnyDesk.", "remote_access"),
    ("Send a test deposit of 0.01 BTC to confirm the new address.", "verification_deposit"),
    ("Sie müssen Ihre Seed-Phrase bestätigen, um Ihr Konto zu entsperren.", "seed_phrase"),
    ("Laden Sie AnyDesk herunter und teilen Sie uns den Code mit.", "remote_access"),
    (
        "Aufgrund des Vorfalls müssen alle Kunden ihr Guthaben auf ein sicheres Wallet übertragen.",
        "move_funds",
    ),
    ("Klicken Sie auf den folgenden Link, um Ihr Wallet zu verifizieren.", "seed_phrase"),
    ("Unser Techniker wird sich per AnyDesk mit Ihrem Rechner verbinden.", "remote_access"),
    ("Zur Freischaltung ist eine Einzahlung von 0,05 BTC erforderlich.", "verification_deposit"),
    ("Du må bekrefte gjenopprettingsfrasen din for å låse opp kontoen.", "seed_phrase"),
    ("Last ned AnyDesk og send oss koden.", "remote_access"),
    ("Alle kunder må flytte midlene sine til en ny sikker lommebok.", "move_funds"),
    ("Klikk på lenken nedenfor for å verifisere lommeboken din.", "seed_phrase"),
    ("Teknikeren vår vil koble seg til PC-en din med AnyDesk.", "remote_access"),
    ("Et verifiseringsinnskudd på 0,05 BTC kreves.", "verification_deposit"),
]


@pytest.mark.parametrize(("text", "category"), FREE_REASSURANCES)
def test_free_reassurances(text: str, category: str) -> None:
    verdict = classify(text)
    assert verdict.flags == ()
    assert category in verdict.reassurances


@pytest.mark.parametrize(("text", "category"), FREE_REQUESTS)
def test_free_requests(text: str, category: str) -> None:
    assert category in classify(text).flags


def test_results_are_in_the_fixed_category_order() -> None:
    verdict = classify(
        "Move your funds to a safe wallet. Make a verification deposit. Install TeamViewer. "
        "Enter your seed phrase."
    )
    assert verdict.flags == SCAM_CATEGORIES


def test_a_list_opened_by_a_negation_stays_negated() -> None:
    text = "We will never ask you to:\n• share your seed phrase\n• install AnyDesk\n"
    assert classify(text) == ScamVerdict((), ("seed_phrase", "remote_access"))
    assert classify(
        html_to_text(
            "<p>Wir werden Sie nie bitten:</p><ul><li>Fernzugriff zu "
            "erlauben</li><li>Guthaben zu überweisen</li></ul>"
        )
    ) == (ScamVerdict((), ("remote_access", "move_funds")))
    # The list ends where the lines stop being items.
    assert classify(text + "Update: install TeamViewer now.").flags == ("remote_access",)


@pytest.mark.parametrize(
    "text",
    [
        "We never ask for your password: enter your seed phrase here.",
        "Enter your recovery phrase, otherwise your account cannot be restored.",
        "Unless you install AnyDesk today, we cannot restore your account.",
        "Don't wait: move your funds to a safe wallet.",
        "If you have not yet done so, please enter your recovery phrase.",
        "Wenn Sie Ihre Seed-Phrase nicht bestätigen, wird Ihr Konto gesperrt.",
        "Ihre alte Seed-Phrase funktioniert nicht mehr, geben Sie die neue hier ein.",
        "Hvis du ikke bekrefter gjenopprettingsfrasen innen 24 timer, blir kontoen din stengt.",
        "Ikke vent, flytt midlene dine til en trygg lommebok.",
        "Enter your se\u200bed phr\u00adase to continue.",
    ],
)
def test_a_threat_or_a_later_clause_outweighs_a_negation(text: str) -> None:
    assert classify(text).flags != ()
    assert classify(text).reassurances == ()


@pytest.mark.parametrize(
    "text",
    [
        "An attacker gained remote access to one of our build servers.",
        "We have moved customer funds to cold storage.",
        "Das PuTTY Private Key-Format (ppk) speichert beide Teile des Schlüssels.",
        "Angreifer hatten Fernzugriff auf einen Server unseres Dienstleisters.",
        "En angriper fikk fjerntilgang til en server hos leverandøren vår.",
        "Deposits and withdrawals are paused while we verify the integrity of the ledger.",
    ],
)
def test_a_mere_mention_is_neither(text: str) -> None:
    assert classify(text) == ScamVerdict()


def test_content_scam_flags_delegates() -> None:
    text = "We will never ask for your seed phrase. Install AnyDesk so our agent can help."
    assert scam_flags(text) == classify(text).flags == ("remote_access",)


def test_the_demo_exchange_reassures_and_asks_for_nothing_in_every_language() -> None:
    now = time.time()
    for told in demo_notices.story(now):
        for language, (title, body) in told.texts.items():
            verdict = classify(title, body)
            assert verdict.flags == (), (told.id, language)
            expected = ("seed_phrase",) if told.id == "dx-2fa-reset" else ()
            assert verdict.reassurances == expected, (told.id, language)

    document = demo_notices.build_feed(
        demo_notices.story(now),
        base_url="https://demo-exchange.example",
        sequence=1,
        generated_at=datetime.now(timezone.utc),
    )
    feed = parse_jsonfeed(demo_notices.render(document), verified=True)
    page = parse_statuspage(
        json.dumps(demo_statuspage.incidents(now, "https://demo-exchange.example")).encode()
    )
    for notice in (*feed.notices, *page.notices):
        assert notice.scam_flags == (), notice.id
    reassured = {n.id for n in (*feed.notices, *page.notices) if n.reassurances}
    assert reassured == {"dx-2fa-reset", "dxi02faresetx"}


def test_the_readers_fill_both_fields() -> None:
    raw = item(
        content_text="We will never ask for your seed phrase.",
        _breachguard={
            "translations": {
                "de": {"title": "Hinweis", "content_text": "Installieren Sie TeamViewer"}
            }
        },
    )
    notice = parse_jsonfeed(feed_bytes([raw])).notices[0]
    assert (notice.scam_flags, notice.reassurances) == (("remote_access",), ("seed_phrase",))

    page = _statuspage_summary(
        "Support will never ask you to install AnyDesk.", "Please confirm your seed phrase."
    )
    notice = parse_statuspage(page).notices[0]
    assert (notice.scam_flags, notice.reassurances) == (("seed_phrase",), ("remote_access",))


# -- real texts nobody on the team wrote ----------------------------------------------------

REALWORLD = Path(__file__).resolve().parents[2].parent / "shared" / "realworld" / "feeds"
TEXT_KEYS = {"name", "title", "body", "summary", "description", "content_text", "content_html"}


def _strings(value: Any, key: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, str(k))
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v, key)
    elif isinstance(value, str) and key in TEXT_KEYS:
        yield key, html_to_text(value) if key == "content_html" else value


def _payloads(kind: str) -> list[Path]:
    folder = REALWORLD / "payloads" / kind
    if not folder.is_dir():
        pytest.skip("the real-world feed corpus (../shared/realworld/feeds) is not here")
    return sorted(folder.glob("*.json"))


def test_no_real_status_page_text_is_flagged() -> None:
    checked = 0
    for path in _payloads("statuspage"):
        for key, text in _strings(json.loads(path.read_bytes())):
            checked += 1
            assert classify(text).flags == (), (path.name, key, text[:200])
        try:
            feed = parse_statuspage(path.read_bytes())
        except ValueError:
            continue  # a payload the reader refuses is the reader tests' business
        assert [n.id for n in feed.notices if n.scam_flags] == [], path.name
    assert checked > 100


def test_real_blog_posts_that_mention_private_keys_are_not_flagged() -> None:
    """Real JSON Feeds mention a PuTTY "Private Key" and remote control in passing."""
    checked = 0
    for path in _payloads("jsonfeed"):
        try:
            document = json.loads(path.read_bytes())
        except ValueError:
            continue  # deliberately broken payloads of the corpus
        for key, text in _strings(document):
            checked += 1
            assert classify(text).flags == (), (path.name, key, text[:200])
    assert checked > 100


# -- presentation and the command line ----------------------------------------------------


@pytest.mark.parametrize(
    ("verified", "flags", "reassurances", "expected"),
    [
        (False, ("seed_phrase",), (), "warning"),
        (False, ("seed_phrase",), ("remote_access",), "warning"),
        (True, ("seed_phrase",), (), "reminder"),
        (True, (), ("seed_phrase",), "reminder"),
        (False, (), ("seed_phrase",), "reminder"),
        (False, (), (), None),
        (True, (), (), None),
    ],
)
def test_presentation(
    verified: bool, flags: tuple[str, ...], reassurances: tuple[str, ...], expected: str | None
) -> None:
    notice = Notice("n", "t", "b", scam_flags=flags, reassurances=reassurances, verified=verified)
    assert presentation(notice) == expected
    if expected == "reminder":
        assert scam.reminder_topics(notice) == tuple(
            c for c in SCAM_CATEGORIES if c in flags + reassurances
        )


def _statuspage_summary(*bodies: str) -> bytes:
    updates = [
        {
            "id": f"u{n}",
            "status": "investigating",
            "body": body,
            "created_at": f"2026-03-14T09:0{n}:00Z",
        }
        for n, body in enumerate(bodies)
    ]
    return json.dumps(
        {
            "page": {"id": "p", "name": "Exchange Status", "updated_at": "2026-03-14T10:00:00Z"},
            "status": {"indicator": "major", "description": "Partial System Outage"},
            "components": [],
            "incidents": [
                {
                    "id": "inc1",
                    "name": "Account security",
                    "status": "investigating",
                    "impact": "major",
                    "created_at": "2026-03-14T09:00:00Z",
                    "updated_at": "2026-03-14T10:00:00Z",
                    "incident_updates": updates,
                }
            ],
        }
    ).encode()


def _notices_cli(tmp_path: Path, payload: bytes, *extra: str) -> str:
    saved = tmp_path / "summary.json"
    saved.write_bytes(payload)
    out, err = io.StringIO(), io.StringIO()
    assert main(["--feed", str(saved), *extra], stdout=out, stderr=err, data_dir=tmp_path) == 0
    return out.getvalue()


def test_cli_prints_a_reminder_for_a_reassurance(tmp_path: Path) -> None:
    payload = _statuspage_summary("We will never ask you for your seed phrase.")
    out = _notices_cli(tmp_path, payload)
    assert "reminder: staff never ask for seed_phrase" in out
    assert "scam warning" not in out
    [source] = json.loads(_notices_cli(tmp_path, payload, "--json"))
    [notice] = source["notices"]
    assert (notice["scam_flags"], notice["reassurances"]) == ([], ["seed_phrase"])


def test_cli_warns_about_an_unverified_request(tmp_path: Path) -> None:
    payload = _statuspage_summary(
        "Nobody will ask for your seed phrase.", "Please install AnyDesk so our agent can help."
    )
    out = _notices_cli(tmp_path, payload)
    assert "scam warning: asks for remote_access" in out
    assert "reminder" not in out
    [source] = json.loads(_notices_cli(tmp_path, payload, "--json"))
    [notice] = source["notices"]
    assert (notice["scam_flags"], notice["reassurances"]) == (["remote_access"], ["seed_phrase"])
