"""Step 2's "Let BreachGuard search" tab driven as a customer would: a Thunderbird
profile with three mailboxes on this computer, against the Demo Exchange."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget

from breachguard.core.mailscan import search_flow as flow
from breachguard.core.mailscan.search_job import SearchOutcome, SearchProgress
from breachguard.core.mailscan.verdicts import MailTally
from breachguard.demo.server import SENDER_DOMAINS
from breachguard.qt.context import AppContext
from breachguard.ui.pages.login_email import LoginEmailPage
from tests.email.test_email_page import make_page, shot
from tests.mailscan.customer_mail import LOGIN, LOOKALIKE, PHISHED, QUIET, thunderbird_home


@pytest.fixture
def context(demo_context: AppContext) -> AppContext:
    return demo_context


def open_tab(context: AppContext, qtbot: Any, home: Path | None) -> LoginEmailPage:
    page = make_page(context)
    search = page.controller.mail_search
    search.home = home
    search.environ = {}
    search.platform = "linux"
    qtbot.addWidget(page)
    page.resize(980, 900)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentWidget(page.mail_search_view)
    return page


def visible_text(page: LoginEmailPage) -> str:
    view = page.mail_search_view
    texts = [w.text() for w in view.findChildren(QLabel) if w.isVisible()]
    stores = view.findChild(QListWidget, "email.storeList")
    texts += [stores.item(i).text() for i in range(stores.count())]
    texts += [b.text() for b in (view.use_button,) if b.isVisible()]
    return "\n".join(texts)


def hold_after_5000_messages(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The worker waits after 5,000 messages until the event is set: a fast disk
    would otherwise finish before any click could land."""
    release = threading.Event()
    add_block = MailTally.add_block

    def gated(tally: MailTally, block: Any) -> None:
        if tally.read == 5000:
            release.wait(10)
        add_block(tally, block)

    monkeypatch.setattr(MailTally, "add_block", gated)
    return release


def list_stores(page: LoginEmailPage, qtbot: Any) -> None:
    view = page.mail_search_view
    qtbot.mouseClick(view.look_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.store_list.count() == 3, timeout=5000)


def read_ticked(page: LoginEmailPage, qtbot: Any) -> None:
    assert page.mail_search_view.read_button.isEnabled()
    qtbot.mouseClick(page.mail_search_view.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.controller.mail_search.state.phase is flow.Phase.DONE, timeout=10000
    )


def search_everything(page: LoginEmailPage, qtbot: Any) -> None:
    list_stores(page, qtbot)
    read_ticked(page, qtbot)


def test_the_login_email_is_found_named_with_its_evidence_and_taken(
    context: AppContext, qtbot: Any, tmp_path: Path
) -> None:
    thunderbird_home(tmp_path)
    page = open_tab(context, qtbot, tmp_path)
    view = page.mail_search_view
    assert page.current_step_id() == "LOGIN-EMAIL-MAILSCAN"
    assert not view.store_list.isVisible()  # nothing is read or listed before asked
    search_everything(page, qtbot)
    shot(page, "11_mail_search_done")
    found = view.found_banner.text()
    assert f"Likely login email: {LOGIN}" in found
    assert "3 messages from Demo Exchange" in found
    assert "receiving mail server confirmed Demo Exchange's signature" in found
    warning = view.lookalike_banner.text()
    assert LOOKALIKE in warning and PHISHED in warning and "scams" in warning
    assert view.lookalike_banner.isVisible()
    assert QUIET not in visible_text(page)  # neither kind of mail: not listed
    assert "6 messages were read." in view.details.text()
    assert LOGIN in view.details.text() and "2 Dec 2025" in view.details.text()
    assert view.use_button.text() == f"Use {LOGIN} as my log&in email"
    qtbot.mouseClick(view.use_button, Qt.MouseButton.LeftButton)
    assert context.session.login_email == LOGIN
    assert LOGIN in page.controller.book.addresses
    assert not view.use_button.isVisible()  # it is the login email now
    assert "It is now your login email: step 2 is done." in view.found_banner.text()


def test_only_the_folders_left_ticked_are_read(
    context: AppContext, qtbot: Any, tmp_path: Path
) -> None:
    thunderbird_home(tmp_path)
    page = open_tab(context, qtbot, tmp_path)
    view = page.mail_search_view
    list_stores(page, qtbot)
    assert view.store_list.hasFocus()  # where the customer goes next
    labels = [view.store_list.item(i).text() for i in range(3)]
    # Each folder as Thunderbird shows it, account first; the path is the tooltip.
    assert sorted(labels) == [
        "Thunderbird · Local Folders › Inbox",
        "Thunderbird · imap.gmail.com › INBOX",
        "Thunderbird · pop.outlook.example › Inbox",
    ]
    tips = [view.store_list.item(i).toolTip() for i in range(3)]
    assert all(tip.startswith("~/.thunderbird/x1y2z3.default-release/") for tip in tips)
    gmail = next(i for i, text in enumerate(labels) if "imap.gmail.com" in text)
    # Keyboard: Space unticks the current row, as in any checklist.
    view.store_list.setFocus()
    view.store_list.setCurrentRow(gmail)
    qtbot.keyClick(view.store_list, Qt.Key.Key_Space)
    assert page.controller.mail_search.state.chosen == tuple(i for i in range(3) if i != gmail)
    read_ticked(page, qtbot)
    assert "No mail from Demo Exchange was found" in view.found_banner.text()
    assert not view.use_button.isVisible()
    assert LOOKALIKE in view.lookalike_banner.text()  # the phishing box was still read


def test_no_mail_client_on_this_computer_says_what_to_do_instead(
    context: AppContext, qtbot: Any, tmp_path: Path
) -> None:
    page = open_tab(context, qtbot, tmp_path)
    view = page.mail_search_view
    qtbot.mouseClick(view.look_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "No Thunderbird or Evolution mail" in view.stores_note.text())
    assert not view.read_button.isVisible() and not view.store_list.isVisible()


def test_a_large_search_shows_progress_and_can_be_stopped(
    context: AppContext, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    thunderbird_home(tmp_path, padding=20000)  # ~45 MB in the first folder
    clicked = hold_after_5000_messages(monkeypatch)
    page = open_tab(context, qtbot, tmp_path)
    view = page.mail_search_view
    list_stores(page, qtbot)
    qtbot.mouseClick(view.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.progress.value() > 0, timeout=10000)
    assert view.progress_box.isVisible() and "Reading ~/.thunderbird/" in view.progress_label.text()
    assert not view.look_button.isEnabled() and not view.imap_button.isEnabled()
    shot(page, "12_mail_search_progress")
    qtbot.mouseClick(view.stop_button, Qt.MouseButton.LeftButton)
    clicked.set()
    qtbot.waitUntil(
        lambda: page.controller.mail_search.state.phase is flow.Phase.DONE, timeout=10000
    )
    assert "You stopped the search" in view.found_banner.text()
    outcome = page.controller.mail_search.state.outcome
    assert outcome is not None and outcome.cancelled
    assert outcome.report.messages_read < 20001
    assert not view.progress_box.isVisible() and view.look_button.isEnabled()


@pytest.mark.parametrize("start", ["alt_r_from_the_folder_list", "space_on_the_button"])
def test_reading_started_from_the_keyboard_is_stopped_from_it(
    context: AppContext, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start: str
) -> None:
    """Reading disables the folder list and the Read button: the keyboard goes to
    Stop, not to the IMAP field that comes next (where Space would type a space)."""
    thunderbird_home(tmp_path, padding=20000)
    clicked = hold_after_5000_messages(monkeypatch)
    page = open_tab(context, qtbot, tmp_path)
    view = page.mail_search_view
    page.window().activateWindow()
    list_stores(page, qtbot)
    if start == "alt_r_from_the_folder_list":
        qtbot.waitUntil(view.store_list.hasFocus)  # where listing leaves the keyboard
        qtbot.keyClick(view.store_list, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    else:
        view.read_button.setFocus()
        qtbot.waitUntil(view.read_button.hasFocus)
        qtbot.keyClick(view.read_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.progress.value() > 0, timeout=10000)
    assert view.stop_button.hasFocus()
    qtbot.keyClick(view.stop_button, Qt.Key.Key_Space)
    clicked.set()
    qtbot.waitUntil(
        lambda: page.controller.mail_search.state.phase is flow.Phase.DONE, timeout=10000
    )
    assert "You stopped the search" in view.found_banner.text()
    assert view.imap_target.text() == ""


def test_support_mode_masks_every_address_found(
    context: AppContext, qtbot: Any, tmp_path: Path
) -> None:
    thunderbird_home(tmp_path)
    page = open_tab(context, qtbot, tmp_path)
    search_everything(page, qtbot)
    context.session.set_support_mode(True)
    text = visible_text(page)
    shot(page, "13_mail_search_support_mode")
    for address in (LOGIN, PHISHED):
        assert address not in text
        assert address.split("@")[0] not in text
    assert "Likely login email:" in text and LOOKALIKE in text
    context.session.set_support_mode(False)
    assert LOGIN in visible_text(page)


def test_support_mode_masks_addresses_in_paths_and_the_mailbox_typed(
    context: AppContext, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder named after an address, and an IMAP check's progress line."""
    profile = thunderbird_home(tmp_path)
    named = profile / "Mail" / "ola.private@posteo.example"
    named.mkdir()
    (named / "Inbox").write_bytes((profile / "Mail" / "Local Folders" / "Inbox").read_bytes())
    (named / "Inbox.msf").write_bytes(b"")
    page = open_tab(context, qtbot, tmp_path)
    view = page.mail_search_view
    list_stores_count = 4
    qtbot.mouseClick(view.look_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.store_list.count() == list_stores_count, timeout=5000)
    context.session.set_support_mode(True)
    rows = [view.store_list.item(i).text() for i in range(list_stores_count)]
    assert not any("ola.private" in row for row in rows)
    assert any("o•••@p•••.example" in row for row in rows)
    view.imap_target.setText("ola@imap.example")
    assert view.imap_target.echoMode() == QLineEdit.EchoMode.Password
    context.session.set_support_mode(False)
    assert any("ola.private@posteo.example" in view.store_list.item(i).text() for i in range(4))
    assert view.imap_target.echoMode() == QLineEdit.EchoMode.Normal
    # The progress line of an IMAP check names the mailbox: masked too.
    context.session.set_support_mode(True)
    view.refresh()
    search = page.controller.mail_search
    search.flow.send(flow.CheckImap())
    search.flow.send(flow.Progressed(SearchProgress(0.5, 3, "ola@imap.example (imap.example)")))
    view.refresh()
    assert "ola@" not in view.progress_label.text()
    assert "o•••@i•••.example (imap.example)" in view.progress_label.text()
    search.flow.send(flow.Finished(SearchOutcome(MailTally(SENDER_DOMAINS).report(), (), True)))
    view.refresh()


def test_imap_input_is_checked_and_the_password_leaves_the_field(
    context: AppContext, qtbot: Any, tmp_path: Path
) -> None:
    page = open_tab(context, qtbot, tmp_path)
    view = page.mail_search_view
    qtbot.keyClicks(view.imap_target, "not an address")
    qtbot.keyClicks(view.imap_password, "app-password-123")
    qtbot.keyClick(view.imap_password, Qt.Key.Key_Return)
    assert "address@server" in view.imap_problem.text() and view.imap_problem.isVisible()
    assert view.imap_password.text() == "app-password-123"  # nothing lost on bad input
    view.imap_target.setText("ola@127.0.0.1:1")  # nothing listens there
    qtbot.mouseClick(view.imap_button, Qt.MouseButton.LeftButton)
    assert view.imap_password.text() == ""
    qtbot.waitUntil(
        lambda: page.controller.mail_search.state.phase is flow.Phase.DONE, timeout=10000
    )
    assert "refused the connection" in view.problems.text()
    assert "app-password-123" not in visible_text(page)


def test_closing_the_window_stops_a_search_still_reading(
    context: AppContext, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Otherwise quitting would wait for the pool's thread to read the whole mailbox."""
    thunderbird_home(tmp_path, padding=20000)
    closed = hold_after_5000_messages(monkeypatch)
    page = open_tab(context, qtbot, tmp_path)
    list_stores(page, qtbot)
    qtbot.mouseClick(page.mail_search_view.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.mail_search_view.progress.value() > 0, timeout=10000)
    page.controller.shutdown()  # as Controllers.shutdown() does when the window closes
    closed.set()
    qtbot.waitUntil(
        lambda: page.controller.mail_search.state.phase is flow.Phase.DONE, timeout=10000
    )
    outcome = page.controller.mail_search.state.outcome
    assert outcome is not None and outcome.cancelled
    assert outcome.report.messages_read < 20001


def test_the_mailbox_field_says_where_the_check_goes_and_what_the_service_needs(
    context: AppContext, qtbot: Any, tmp_path: Path
) -> None:
    """The customer types only an address: the server is filled in from what the mail
    service documents, with its app-password rule, before any password is sent."""
    page = open_tab(context, qtbot, tmp_path)
    view = page.mail_search_view
    assert not view.imap_guide.isVisible()
    qtbot.keyClicks(view.imap_target, "ola.nordmann@gmail.com")
    guide = view.imap_guide.text()
    assert view.imap_guide.isVisible()
    assert guide.startswith("BreachGuard will sign in to imap.gmail.com as ola.nordmann@gmail.com.")
    assert "Gmail does not accept your normal password here: use an app password." in guide
    assert "How to make one: https://support.google.com/" in guide
    context.session.set_support_mode(True)  # the address in the guide is hidden too
    view.refresh()
    assert "ola.nordmann" not in view.imap_guide.text()
    assert "imap.gmail.com" in view.imap_guide.text()
    context.session.set_support_mode(False)
    view.refresh()

    view.imap_target.setText("ola@gmx.de")
    assert "IMAP is off at GMX until you switch it on in its settings." in view.imap_guide.text()

    # A service that no password opens: said before anything is typed into the password.
    view.imap_target.setText("ola.nordmann@outlook.com")
    assert "only through its own sign-in page" in view.imap_guide.text()
    assert not view.imap_button.isEnabled() and not view.imap_password.isEnabled()
    problem = page.controller.mail_search.check_imap("ola.nordmann@outlook.com", "secret")
    assert problem is not None and problem.startswith("Outlook.com cannot be checked")
    assert page.controller.mail_search.state.phase is not flow.Phase.READING
    view.imap_target.setText("ola@imap.example.org")
    assert view.imap_button.isEnabled() and view.imap_password.isEnabled()
    assert "type it followed by @ and the IMAP server" in view.imap_guide.text()
