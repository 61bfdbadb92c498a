"""The keys listed on step 3: working ones, revoked ones (judged on the exchange's
clock), unfinished setups to continue; a revoked key goes only once its
replacement is confirmed."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from breachguard.core import enrollment as en
from breachguard.core.enrollment_flow import Phase
from tests.enroll.step3_helpers import (
    EMAIL,
    FRESH_URI,
    make_page,
    press,
    question,
    saved_old_token,
    wait_phase,
    website_setup,
)


def test_a_working_token_is_listed_with_masked_account(qtbot: Any, app_context: Any) -> None:
    old = saved_old_token(app_context)
    page = make_page(qtbot, app_context)
    qtbot.waitUntil(lambda: len(page.inventory.records) == 1)
    assert page.inventory.records[0].id == old.id
    text = page.inventory.list.item(0).text()
    assert "Demo Exchange" in text and "o•••@gmail.com" in text and "working" in text
    assert EMAIL not in text
    assert not page.inventory.continue_button.isVisible()


def test_a_revoked_token_goes_only_after_its_replacement_is_confirmed(
    qtbot: Any, app_context: Any
) -> None:
    old = saved_old_token(app_context)
    page = make_page(qtbot, app_context)
    qtbot.waitUntil(lambda: len(page.inventory.records) == 1)
    with qtbot.waitSignal(app_context.session.revocation_notice_changed):
        app_context.session.set_revocation_notice(True, old.created_at + 0.001)
    qtbot.waitUntil(lambda: page.inventory.records[0].status == en.REVOKED)
    assert "revoked" in page.inventory.list.item(0).text()
    assert "removed once the new key is confirmed" in page.inventory.hint.text()

    page.controller.intake.accept_text(website_setup(app_context))
    wait_phase(qtbot, page, Phase.CHECK)
    assert page.controller.store.get(old.id) is not None  # still there, unconfirmed
    page.check_view.accepted_button.click()  # not typed on the website yet: the exchange says so
    qtbot.waitUntil(lambda: page.problem_banner.isVisible(), timeout=10000)
    assert page.controller.store.get(old.id) is not None
    page.check_view.confirm_button.click()
    wait_phase(qtbot, page, Phase.DONE)
    assert page.controller.store.get(old.id) is None
    assert app_context.secrets.get(old.service, old.username) is None


def test_a_token_made_without_a_clock_measurement_is_never_counted_as_revoked(
    qtbot: Any, app_context: Any
) -> None:
    store = en.EnrollmentStore.for_paths(app_context.paths, app_context.secrets)
    from breachguard.core.otpauth import parse_uri

    setup = parse_uri(FRESH_URI)
    record = store.begin(app_context.provider.id, setup, account=EMAIL, clock_offset_s=None)
    store.stage_secret(record.id, setup, account=EMAIL)
    store.confirm(record.id, setup)
    app_context.session.set_revocation_notice(True, record.created_at + 3600)
    page = make_page(qtbot, app_context)
    qtbot.waitUntil(lambda: len(page.inventory.records) == 1)
    assert page.inventory.records[0].status == en.CONFIRMED
    assert "working? (see below)" in page.inventory.list.item(0).text()
    assert "could not compare clocks" in page.inventory.hint.text()


def test_an_unfinished_setup_is_resumed_at_start_and_can_be_continued_from_the_list(
    qtbot: Any, app_context: Any
) -> None:
    page = make_page(qtbot, app_context)
    page.controller.intake.accept_text(FRESH_URI)
    wait_phase(qtbot, page, Phase.CHECK)
    first = page.controller.state.record
    page.shutdown()
    # As after a restart: the next page resumes the setup where it was.
    again = make_page(qtbot, app_context)
    wait_phase(qtbot, again, Phase.CHECK)
    assert again.controller.state.record == first
    assert again.note_banner.isVisible() and "did not finish" in again.note_banner.label.text()
    # A newer setup code sets it aside; discarding the newer one leaves it in the list.
    again.controller.intake.accept_text(OTHER_URI)
    wait_phase(qtbot, again, Phase.CHECK)
    again.check_view.discard_button.click()
    press(question(qtbot, again, "enroll.discardQuestion"), QMessageBox.StandardButton.Discard)
    wait_phase(qtbot, again, Phase.SCAN)
    inventory = again.inventory
    qtbot.waitUntil(lambda: [r.id for r in inventory.records] == [first.id])  # type: ignore[union-attr]
    assert "setup not finished" in inventory.list.item(0).text()
    assert inventory.continue_button.isVisible()
    inventory.continue_button.click()
    wait_phase(qtbot, again, Phase.CHECK)
    assert again.controller.state.record.id == first.id  # type: ignore[union-attr]


OTHER_URI = (
    f"otpauth://totp/Demo%20Exchange:{EMAIL}?secret=MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U"
    "&issuer=Demo%20Exchange"
)
