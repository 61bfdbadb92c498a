"""Step 2's controller: the address book is written off the GUI thread, one write
after another, and a write that fails is said on the page."""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest

from breachguard.core.addressbook import FILE_NAME, AddressBookData
from breachguard.qt.context import AppContext
from breachguard.qt.controllers import login_email
from breachguard.qt.controllers.login_email import SAVE_FAILED, LoginEmailController
from breachguard.ui.pages.login_email import LoginEmailPage


@pytest.fixture
def context(demo_context: AppContext) -> AppContext:
    return demo_context


def test_writes_run_on_a_worker_one_after_another(
    qtbot: Any, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[str] = []
    written: list[tuple[str, ...]] = []
    real_write = login_email.write_data

    def recording_write(data: AddressBookData) -> None:
        threads.append(threading.current_thread().name)
        real_write(data)
        written.append(data.addresses)

    monkeypatch.setattr(login_email, "write_data", recording_write)
    controller = LoginEmailController(context)
    addresses = [f"person{i}@example.com" for i in range(8)]
    for address in addresses:
        controller.add(address)
    controller.set_login_email(addresses[3])
    # In memory at once, on disk once the writes are through.
    assert controller.book.addresses == tuple(addresses)
    qtbot.waitUntil(lambda: len(written) == 9)
    assert threading.main_thread().name not in threads
    assert written == [tuple(addresses[: i + 1]) for i in range(8)] + [tuple(addresses)]
    saved = json.loads((context.paths.data_dir / FILE_NAME).read_text())
    assert saved["addresses"] == addresses
    assert saved["login_email"] == {context.provider.id: addresses[3]}


def test_a_page_built_anew_sees_writes_still_on_their_way(qtbot: Any, context: AppContext) -> None:
    first = LoginEmailController(context)
    context.tasks.hold()  # the write waits, as it may behind a slow disk
    first.add("kari.hansen@outlook.com")
    second = LoginEmailController(context)  # another language: a new window
    assert second.book.addresses == ("kari.hansen@outlook.com",)
    context.tasks.release()


def test_a_failed_write_is_shown_as_a_problem(qtbot: Any, context: AppContext) -> None:
    (context.paths.data_dir / FILE_NAME).mkdir()  # nothing can replace a directory
    page = LoginEmailPage(context, LoginEmailController(context))
    qtbot.addWidget(page)
    page.show()
    page.controller.add("ola@firma.no")
    qtbot.waitUntil(lambda: page.save_banner.isVisible())
    assert page.save_banner.code == SAVE_FAILED
    assert "Is a directory" in page.save_banner.text()  # the OS's reason, in its words
    assert page.save_banner.kind == "danger" and page.save_banner.icon is not None
    assert page.controller.book.addresses == ("ola@firma.no",)  # kept in memory
