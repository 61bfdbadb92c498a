"""Masks, address syntax, variants, webmail searches and look-alike senders."""

from __future__ import annotations

import pytest

from breachguard.core import emails, masking


@pytest.mark.parametrize(
    ("address", "masked"),
    [
        ("ola.nordmann@gmail.com", "o•••@gmail.com"),
        ("o@gmail.com", "o•••@gmail.com"),
        ("kari.hansen@outlook.com", "k•••@outlook.com"),
        ("erika.mustermann@web.de", "e•••@web.de"),
        ("anne@firma.no", "a•••@f•••.no"),
        ("anne@mail.firma.co.uk", "a•••@m•••.co.uk"),
        ("not-an-address", "•••"),
    ],
)
def test_mask_email_is_fixed_length_and_hides_custom_domains(address: str, masked: str) -> None:
    assert masking.mask_email(address) == masked


def test_mask_length_does_not_depend_on_address_length() -> None:
    assert len(masking.mask_email("a@gmail.com")) == len(masking.mask_email("abcdefghij@gmail.com"))


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("+4741234567", "+47 ••• 567"),
        ("+491701234567", "+49 ••• 567"),
        ("+447700900123", "+44 ••• 123"),
        ("+4712345", "+47 ••• 45"),
        ("12", "•••"),
    ],
)
def test_mask_phone_keeps_country_and_last_digits(number: str, masked: str) -> None:
    assert masking.mask_phone(number) == masked


def test_codes_and_secrets_show_nothing() -> None:
    assert masking.mask_code("123456") == masking.mask_code("9") == "••••••"
    assert "JBSW" not in masking.mask_secret("JBSWY3DPEHPK3PXP")
    assert masking.mask_any("ola@gmail.com") == "o•••@gmail.com"
    assert masking.mask_any("+4741234567") == "+47 ••• 567"
    assert masking.mask_any("123 456") == "••••••"


def test_accessible_descriptions() -> None:
    assert (
        str(masking.describe_masked_email("ola@gmail.com")) == "email starting with o, at gmail.com"
    )
    assert str(masking.describe_masked_email("anne@firma.no")) == (
        "email starting with a, at a domain starting with f ending in .no"
    )
    assert str(masking.describe_masked_phone("+4741234567")) == "phone number ending in 5 6 7"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("ola nordmann@gmail.com", "spaces"),
        ("ola.gmail.com", "no_at"),
        ("a@b@gmail.com", "many_at"),
        ("@gmail.com", "no_local"),
        (".ola@gmail.com", "dots"),
        ("ola..n@gmail.com", "dots"),
        ('"ola"@gmail.com', "quoted"),
        ("ola@gmail", "domain_dot"),
        ("ola@", "no_domain"),
        ("ola@-bad-.com", "domain_chars"),
        ("o(la)@gmail.com", "local_chars"),
        ("x" * 65 + "@gmail.com", "local_too_long"),
    ],
)
def test_address_syntax_errors_are_specific(text: str, code: str) -> None:
    with pytest.raises(emails.EmailError) as info:
        emails.check_address(text)
    assert info.value.code == code
    assert str(info.value)


def test_address_is_tidied() -> None:
    assert emails.check_address("  Ola.Nordmann@GMAIL.com ") == "Ola.Nordmann@gmail.com"
    assert emails.check_address("ola@blåbær.no") == "ola@blåbær.no"


def test_typo_suggestion_for_well_known_domains_only() -> None:
    assert emails.likely_typo("ola@gmial.com") == "ola@gmail.com"
    assert emails.likely_typo("ola@gmail.com") is None
    assert emails.likely_typo("ola@firma.no") is None


def test_gmail_variants_are_suggestions_not_merges() -> None:
    found = {v.address for v in emails.variants("ola.nordmann+ex@gmail.com")}
    assert found == {
        "ola.nordmann@gmail.com",
        "olanordmann@gmail.com",
        "ola.nordmann+ex@googlemail.com",
    }
    assert emails.same_mailbox("ola.nordmann@gmail.com", "OlaNordmann+x@googlemail.com")
    assert not emails.same_mailbox("ola.nordmann@gmx.de", "olanordmann@gmx.de")


def test_yahoo_dash_and_other_providers() -> None:
    assert [v.address for v in emails.variants("kari-exchange@yahoo.com")] == ["kari@yahoo.com"]
    assert [v.address for v in emails.variants("j.becker+exchange@fastmail.com")] == [
        "j.becker@fastmail.com"
    ]
    assert emails.variants("anne@firma.no") == ()


SENDERS = ("demo-exchange.example", "mail.demo-exchange.example")


def test_gmail_search_link_covers_spam_and_opens_the_right_account() -> None:
    search = emails.inbox_search("ola.nordmann@gmail.com", SENDERS)
    assert search.provider_name == "Gmail"
    assert search.search_text == "from:demo-exchange.example in:anywhere"
    assert search.search_url == (
        "https://mail.google.com/mail/?authuser=ola.nordmann@gmail.com"
        "#search/from%3Ademo-exchange.example%20in%3Aanywhere"
    )
    assert search.spam_included


def test_search_links_only_where_the_url_shape_is_known() -> None:
    yahoo = emails.inbox_search("kari@yahoo.no", SENDERS)
    assert yahoo.search_url == (
        "https://mail.yahoo.com/d/search/keyword=from%253Ademo-exchange.example"
    )
    fastmail = emails.inbox_search("john.smith@fastmail.com", SENDERS)
    assert (
        fastmail.search_url == "https://app.fastmail.com/mail/search:from%3Ademo-exchange.example"
    )
    proton = emails.inbox_search("p@proton.me", SENDERS)
    assert proton.search_url == "https://mail.proton.me/u/0/all-mail#keyword=demo-exchange.example"
    for address, start in [
        ("kari.hansen@outlook.com", "https://outlook.live.com/mail/0/"),
        ("erika.mustermann@web.de", "https://web.de/"),
        ("j.becker@gmx.de", "https://www.gmx.net/"),
        ("a@icloud.com", "https://www.icloud.com/mail"),
    ]:
        search = emails.inbox_search(address, SENDERS)
        assert search.search_url is None
        assert search.webmail_url == start
        assert search.search_text == "demo-exchange.example"
    custom = emails.inbox_search("anne@firma.no", SENDERS)
    assert custom.provider_name is None and custom.webmail_url is None


def test_unrelated_sender_domains_are_all_searched() -> None:
    search = emails.inbox_search("a@gmail.com", ("exchange.example", "exchange-mail.example"))
    assert search.search_text == "from:(exchange-mail.example OR exchange.example) in:anywhere"


@pytest.mark.parametrize(
    ("sender", "verdict"),
    [
        ("news@demo-exchange.example", "official"),
        ("no-reply@mail.demo-exchange.example", "official"),
        ("MAIL.DEMO-EXCHANGE.EXAMPLE", "official"),
        ("security@demo-exchange.example.account-check.com", "lookalike"),
        ("support@demo-exchange-support.com", "lookalike"),
        ("support@demoexchange.com", "lookalike"),
        ("x@dem0-exchange.example", "lookalike"),
        ("x@demo-exchanqe.io", "lookalike"),
        ("x@xn--demo-exchnge-x9b.example", "lookalike"),
        ("x@demo-exchаnge.example", "lookalike"),  # Cyrillic a
        ("friend@gmail.com", "unrelated"),
        ("x@paypal.com", "unrelated"),
    ],
)
def test_lookalike_senders(sender: str, verdict: str) -> None:
    assert emails.check_sender(sender, SENDERS).verdict == verdict


def test_sender_check_needs_a_domain() -> None:
    with pytest.raises(emails.EmailError):
        emails.check_sender("not a sender", SENDERS)
