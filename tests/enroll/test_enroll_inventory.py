"""The token inventory on the 2FA page: revoked tokens marked, replaced safely."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from breachguard.core import enrollment as en
from breachguard.core import otpauth
from breachguard.core.http import HttpClient
from breachguard.ui.pages.enroll_page import EnrollPage
from tests.enroll.test_enroll_page import EMAIL, start_demo_setup

OLD_URI = (
    "otpauth://totp/Demo%20Exchange:ola.nordmann@gmail.com"
    "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Demo%20Exchange"
)


def saved_old_token(context: Any) -> en.EnrollmentRecord:
    store = en.EnrollmentStore.for_paths(context.paths, context.secrets)
    setup = otpauth.parse_uri(OLD_URI)
    record = store.begin(context.provider.id, setup, account=EMAIL, source="uri")
    store.stage_secret(record.id, setup)
    return store.confirm(record.id, setup)


def make_page(qtbot: Any, context: Any) -> EnrollPage:
    context.session.set_login_email(EMAIL)
    page = EnrollPage(context)
    qtbot.addWidget(page)
    page.show()
    page.on_entered()
    qtbot.waitUntil(lambda: page.health is not None)
    return page


def test_working_token_is_listed_without_replace(qtbot: Any, app_context: Any) -> None:
    old = saved_old_token(app_context)
    page = make_page(qtbot, app_context)

    qtbot.waitUntil(lambda: len(page.inventory_records) == 1)
    assert page.inventory_records[0].id == old.id
    text = page.inventory_list.item(0).text()
    assert "Demo Exchange" in text and "o•••@gmail.com" in text and "working" in text
    assert EMAIL not in text
    assert not page.replace_button.isEnabled()


def test_revoked_token_is_replaced_only_after_confirmation(
    qtbot: Any, app_context: Any, tmp_path: Path
) -> None:
    old = saved_old_token(app_context)
    page = make_page(qtbot, app_context)
    qtbot.waitUntil(lambda: len(page.inventory_records) == 1)

    with qtbot.waitSignal(app_context.session.revocation_notice_changed):
        app_context.session.set_revocation_notice(True, old.created_at + 0.001)
    qtbot.waitUntil(lambda: page.replace_button.isEnabled())
    assert page.inventory_records[0].status == en.REVOKED
    assert "revoked" in page.inventory_list.item(0).text()

    page.replace_button.click()
    assert page.phase == "2FA-SCAN"
    setup = start_demo_setup(app_context)
    png = HttpClient().get(
        f"{app_context.provider.enrollment_api}/setup/{setup['enrollment_id']}/qr.png"
    )
    image = tmp_path / "qr.png"
    image.write_bytes(png.body)
    page.decode_file(str(image))
    qtbot.waitUntil(lambda: page.phase == "2FA-CHECK")
    # Still there while the new token is unconfirmed.
    assert page.store.get(old.id) is not None

    page.confirm_button.click()
    qtbot.waitUntil(lambda: page.phase == "2FA-DONE", timeout=10000)
    qtbot.waitUntil(lambda: [r.status for r in page.inventory_records] == [en.CONFIRMED])
    assert page.store.get(old.id) is None
    assert app_context.secrets.get(old.service, old.username) is None
    assert not page.replace_button.isEnabled()
