"""Choosing a real exchange from the community directory, and what its window says.

The picker is used as a customer would: typing, arrow keys and Enter. A community
profile's window says everywhere that the exchange did not publish it, never shows
anything as verified, and says what it does not know instead of guessing."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from breachguard.app import Application, _is_first_start, offer_exchanges_after_first_frame
from breachguard.core.exchange_search import search
from breachguard.core.profiles import DEMO_PROVIDER_ID, ProfileEntry
from breachguard.ui.exchange_picker import ExchangePicker
from breachguard.ui.pages.login_email.page import UnknownSenders


def texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def entry(provider_id: str, name: str, *domains: str, origin: str = "community") -> ProfileEntry:
    return ProfileEntry(provider_id, name, origin, web_domains=domains)


COMMUNITY_IDS = sorted(
    path.stem
    for path in (Path(__file__).resolve().parents[2] / "resources" / "community").glob("*.json")
)

ENTRIES = [
    entry("kraken", "Kraken", "kraken.com"),
    entry("crypto-com", "Crypto.com", "crypto.com"),
    entry("bitpanda", "Bitpanda", "bitpanda.com"),
    entry(DEMO_PROVIDER_ID, "Demo Exchange", origin="demo"),
    entry("firi", "Firi", "firi.com", "platform.firi.com"),
]


def test_search_matches_names_words_ids_and_websites_with_the_demo_first() -> None:
    def ids(query: str) -> list[str]:
        return [found.id for found in search(ENTRIES, query)]

    assert ids("") == [DEMO_PROVIDER_ID, "bitpanda", "crypto-com", "firi", "kraken"]
    assert ids("KRA") == ids("kraken.com") == ids("  kraken ") == ["kraken"]
    assert ids("crypto com") == ids("crypto.com") == ids("cryptocom") == ["crypto-com"]
    assert ids("platform.firi") == ["firi"]
    assert ids("demo") == [DEMO_PROVIDER_ID]
    assert ids("bitp") == ["bitpanda"] and ids("bit") == ["bitpanda"]
    assert ids("raken") == []  # the start of a word, not any part of it
    assert ids("zzz") == []


def test_the_picker_is_used_with_the_keyboard(qtbot: Any) -> None:
    picker = ExchangePicker(ENTRIES, DEMO_PROVIDER_ID, "BreachGuard", first_start=True)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    rows = [picker.list.item(row).text() for row in range(picker.list.count())]
    assert rows[0].startswith("Demo Exchange\n") and "demo" in rows[0]
    assert "Kraken · kraken.com\nCommunity profile — not published by Kraken" in rows
    assert picker.selected_id() == DEMO_PROVIDER_ID  # the one in use
    assert picker.focusWidget() is picker.search_field  # typing goes to the search

    qtbot.keyClicks(picker.search_field, "bit")
    assert picker.list.count() == 1 and picker.selected_id() == "bitpanda"
    picker.search_field.clear()
    qtbot.keyClick(picker.search_field, Qt.Key.Key_Down)  # from the field into the list
    assert picker.selected_id() == "bitpanda"
    qtbot.keyClicks(picker.search_field, "zzz")
    assert picker.list.count() == 0 and not picker.use_button.isEnabled()
    assert picker.empty_label.isVisible()
    assert "No exchange matches “zzz”" in picker.empty_label.text()
    picker.search_field.clear()
    qtbot.keyClicks(picker.search_field, "kraken.com")
    with qtbot.waitSignal(picker.chosen) as chosen:
        qtbot.keyClick(picker.search_field, Qt.Key.Key_Return)
    assert chosen.args == ["kraken"]
    assert not picker.isVisible()


def test_choosing_an_exchange_switches_the_window_to_its_community_profile(
    application: Application, qtbot: Any
) -> None:
    window = application.show(DEMO_PROVIDER_ID)
    qtbot.waitExposed(window)
    # The start did not read the directory's 18 files: only the picker needs them.
    assert application.registry._community is None
    menu_ids = {a.objectName() for a in window.findChildren(type(window.menuBar().actions()[0]))}
    # The directory is in the picker, not in the menu.
    assert "main.chooseExchangeAction" in menu_ids and "main.provider.kraken" not in menu_ids
    picker = window.choose_exchange()
    qtbot.waitExposed(picker)
    assert picker.list.count() == len(COMMUNITY_IDS) + 1
    qtbot.keyClicks(picker.search_field, "Kraken")
    qtbot.keyClick(picker.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: application.window is not window, timeout=10000)
    kraken = application.window
    assert kraken is not None and kraken.context.provider.id == "kraken"
    qtbot.waitExposed(kraken)
    banner = kraken.community_banner
    assert banner.isVisible() and not kraken.demo_banner.isVisible()
    assert "Kraken: community profile — not published by Kraken" in banner.text()
    assert kraken.provider_label.text() == (
        "Exchange: Kraken (Community profile — not published by Kraken)"
    )
    action = kraken.findChild(type(kraken.menuBar().actions()[0]), "main.provider.kraken")
    assert action is not None and action.isChecked()
    assert "Community profile — not published by Kraken" in action.text()
    status = kraken.current_page()
    intro = status.findChild(QLabel, "status.intro")
    assert intro is not None and intro.text().startswith("Kraken publishes no signed notices.")
    assert "Verified" not in " ".join(texts(kraken)).replace("not verified", "")
    assert application.settings.get("provider_id") == "kraken"


def test_what_no_source_confirmed_is_said_not_guessed(application: Application, qtbot: Any) -> None:
    window = application.show("kucoin")  # no sender domains, status page or support contact
    qtbot.waitExposed(window)
    window.go_to(1)
    page = window.current_page()
    for index in (1, 2):
        tab = page.tabs.widget(index)
        assert isinstance(tab, UnknownSenders)
        assert "does not know which addresses KuCoin sends its mail from" in " ".join(texts(tab))
    support = page.support_box.findChild(QLabel, "email.supportContacts")
    assert support is not None
    assert "does not know KuCoin's support contact: open kucoin.com" in support.text()
    window.go_to(0)
    status = window.current_page()
    intro = status.findChild(QLabel, "status.intro")
    assert intro is not None and intro.text().startswith(
        "KuCoin publishes no signed notices, and no public source names a status page"
    )
    assert "type kucoin.com into your browser yourself" in intro.text()
    assert status.empty_label.text() == (
        "BreachGuard has no notice source to read for this exchange."
    )
    assert not status.refresh_button.isEnabled()
    assert not status.list_view.isVisibleTo(status)  # no empty box nothing can fill


def test_first_start_opens_the_picker_over_the_demo_window(
    application: Application, qtbot: Any
) -> None:
    parser_args = argparse.Namespace(provider=None, demo=False)
    assert _is_first_start(parser_args, application.settings)
    window = application.show(DEMO_PROVIDER_ID)
    offer_exchanges_after_first_frame(window)

    def picker() -> ExchangePicker | None:
        found = window.findChild(ExchangePicker)
        return found if found is not None and found.isVisible() else None

    qtbot.waitUntil(lambda: picker() is not None, timeout=10000)
    shown = picker()
    assert shown is not None and shown.search_field.hasFocus()
    assert "Start with the Demo Exchange" in " ".join(texts(shown))
    # Once an exchange was chosen (the window saves it), the next start is no first start.
    assert not _is_first_start(parser_args, application.settings)
    assert not _is_first_start(argparse.Namespace(provider=None, demo=True), application.settings)
    shown.reject()


def test_support_mode_gives_advice_instead_of_speaking_for_a_community_exchange(
    application: Application, qtbot: Any
) -> None:
    """What staff never ask for is the exchange's own word; a community profile
    does not have it, so the banner is advice, not a claim in the exchange's name."""
    window = application.show("kraken")
    window.context.session.set_support_mode(True)
    text = window.support_banner.text()
    assert "Never give anyone: your password; 2FA codes;" in text
    assert "Kraken staff" not in text
    demo = application.show(DEMO_PROVIDER_ID)
    demo.context.session.set_support_mode(True)
    assert "Demo Exchange staff will never ask you for: your password" in demo.support_banner.text()


@pytest.mark.parametrize("provider_id", COMMUNITY_IDS)
def test_each_built_in_exchange_shows_its_facts_in_every_step(
    application: Application, qtbot: Any, provider_id: str
) -> None:
    """Picked, each exchange's window shows its status page as an unverified source
    (or none), its sender domains in step 2 (or why it cannot search), and step 3
    checks setup codes against its own issuer names."""
    window = application.show(provider_id)
    qtbot.waitExposed(window)
    profile = window.context.provider
    assert profile.community and window.community_banner.isVisible()

    status = window.current_page()
    controller = window.controllers.notices
    qtbot.waitUntil(lambda: len(controller.states()) == len(profile.feeds), timeout=10000)
    lines = [status.sources.source_line(state) for state in controller.states()]
    assert lines == [
        line for line in lines if line.startswith(f"{profile.name} status page: Unverified")
    ]
    assert len(lines) == len(profile.feeds)

    window.go_to(1)
    page = window.current_page()
    inbox = page.tabs.widget(1)
    if profile.sender_domains:
        warning = inbox.findChild(QWidget, "email.senderWarning")
        assert warning is not None
        assert ", ".join(profile.sender_domains) in warning.text()
    else:
        assert isinstance(inbox, UnknownSenders)

    config = window.controllers.enrollment.flow.config
    assert config.exchange == profile.name and config.policy.issuers == profile.totp.issuers
