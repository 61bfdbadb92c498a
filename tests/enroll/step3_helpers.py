"""What the step 3 page tests share: the page on the loopback Demo Exchange, the
customer's own actions (through the widgets and the controller, never private
methods), and the question boxes the page opens."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from breachguard.core import enrollment as en
from breachguard.core import otpauth
from breachguard.core.enrollment_flow import Keyring, Phase
from breachguard.core.totp import totp
from breachguard.ui.pages.enroll import EnrollPage

EMAIL = "ola.nordmann@gmail.com"
OLD_URI = (
    "otpauth://totp/Demo%20Exchange:ola.nordmann@gmail.com"
    "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Demo%20Exchange"
)
FRESH_URI = f"otpauth://totp/Demo%20Exchange:{EMAIL}?secret=JBSWY3DPEHPK3PXP&issuer=Demo%20Exchange"


def make_page(
    qtbot: Any, context: Any, *, email: str = EMAIL, keyring_ok: bool = True
) -> EnrollPage:
    if email:
        context.session.set_login_email(email)
    page = EnrollPage(context)
    # Shut down as the main window does when it closes: answers still in flight are
    # dropped instead of reaching a page that is gone.
    qtbot.addWidget(page, before_close_func=lambda widget: widget.shutdown())
    page.resize(900, 1000)
    page.show()
    page.on_entered()
    if keyring_ok:
        qtbot.waitUntil(lambda: page.controller.state.keyring is Keyring.OK, timeout=10000)
    else:
        qtbot.waitUntil(lambda: page.controller.state.keyring is not Keyring.UNKNOWN, timeout=10000)
    return page


def saved_old_token(
    context: Any, uri: str = OLD_URI, *, account: str = EMAIL
) -> en.EnrollmentRecord:
    """A token saved by an earlier BreachGuard, made with a measured clock."""
    store = en.EnrollmentStore.for_paths(context.paths, context.secrets)
    setup = otpauth.parse_uri(uri)
    record = store.begin(
        context.provider.id, setup, account=account, source="uri", clock_offset_s=0.0
    )
    store.stage_secret(record.id, setup, account=account)
    return store.confirm(record.id, setup)


def phase(page: EnrollPage) -> Phase:
    return page.controller.state.phase


def wait_phase(qtbot: Any, page: EnrollPage, wanted: Phase, timeout: int = 10000) -> None:
    qtbot.waitUntil(
        lambda: phase(page) is wanted and page.controller.state.busy is None, timeout=timeout
    )


def code_on_screen(page: EnrollPage) -> str:
    """The code the customer reads after pressing Show code (digits only)."""
    view = page.check_view
    if not view.reveal_button.isChecked():
        view.reveal_button.click()
    text = view.code_label.text().replace(" ", "")
    assert text.isdigit(), f"no code on screen: {text!r}"
    return text


def current_code_of(uri: str) -> str:
    return totp(otpauth.parse_uri(uri).secret, time.time())


def question(qtbot: Any, parent: QWidget, name: str) -> QMessageBox:
    """The question box ``name`` the page or window opened (they open asynchronously)."""
    found: list[QMessageBox] = []

    def opened() -> bool:
        found[:] = [box for box in parent.findChildren(QMessageBox, name) if box.isVisible()]
        return bool(found)

    qtbot.waitUntil(opened, timeout=5000)
    return found[-1]


def press(box: QMessageBox, button: QMessageBox.StandardButton | str) -> None:
    """Answers ``box`` with a standard button or the button whose object name is given."""
    if isinstance(button, str):
        target = box.findChild(QAbstractButton, button)
    else:
        target = box.button(button)
    assert target is not None, f"{box.objectName()} has no button {button}"
    target.click()


def website_setup(context: Any, email: str = EMAIL) -> str:
    """The customer starts a setup on the exchange's website: its setup link."""
    from tests.enroll.flow_driver import Website

    return Website.of(context.provider, email).start_setup()
