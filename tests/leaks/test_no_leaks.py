"""After a full walk through every step, no secret or personal identifier is on disk.

The walk runs the real main window against the Demo Exchange: notices, the
login-email lookup (with a wrong code first), 2FA setup with a failed confirmation
and a successful one, recovery codes, support mode on and off, the checklist. Then
every file under BREACHGUARD_HOME (settings, metadata, caches, logs), the Qt
settings locations and every temp file created meanwhile are searched for the TOTP
secrets, the codes, the recovery codes, the SMS code, the full email and the phone.
"""

from __future__ import annotations

import base64
import logging
import re
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt

from breachguard.core import enrollment as en
from breachguard.core import totp
from breachguard.core.http import HttpClient, RequestPolicy
from breachguard.core.logsetup import configure_logging
from breachguard.core.profiles import ProfileEntry
from breachguard.core.strictjson import loads_strict
from breachguard.ui.main_window import MainWindow
from breachguard.ui.pages import build_pages
from tests.leaks.scan import (
    Needle,
    changed_since,
    files_under,
    phone_needles,
    scan_files,
    snapshot,
)

EMAIL = "ola.nordmann@gmail.com"
OTHER_EMAIL = "ola@firma.no"
PHONE_TYPED = "412 34 567"
WRONG_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
RECOVERY_CODES = ["rc-7f3k-92mx", "rc-q8vd-41zp", "rc-m2n5-k7wr"]
# By design, the user's own address list (and the login email found for each
# exchange) is kept on this computer in addresses.json; it may hold the emails.
ADDRESS_BOOK = "addresses.json"


class LogCapture(logging.Handler):
    """Every record as code wrote it, before the file handler's redaction."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            text += logging.Formatter().formatException(record.exc_info)
        self.lines.append(text)


@pytest.fixture
def app_logs(app_paths: Any) -> Iterator[LogCapture]:
    root = logging.getLogger()
    level = root.level
    configure_logging(app_paths.log_dir, level=logging.DEBUG)
    capture = LogCapture()
    root.addHandler(capture)
    try:
        yield capture
    finally:
        root.removeHandler(capture)
        for handler in list(root.handlers):
            if getattr(handler, "breachguard", False):
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)


def qt_settings_files() -> list[Path]:
    """Where QSettings and Qt's own state would be written for this app."""
    candidates = [
        QSettings().fileName(),
        QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "BreachGuard").fileName(),
        QSettings("BreachGuard", "BreachGuard").fileName(),
    ]
    for location in (
        QStandardPaths.StandardLocation.AppConfigLocation,
        QStandardPaths.StandardLocation.AppDataLocation,
        QStandardPaths.StandardLocation.CacheLocation,
    ):
        candidates.extend(QStandardPaths.standardLocations(location))
    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    candidates.append(str(Path(config) / "QtProject.conf"))
    files: list[Path] = []
    for candidate in candidates:
        path = Path(candidate)
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(files_under(path))
    return files


def wait_for_notices(qtbot: Any, window: MainWindow) -> None:
    status = window.pages[0]
    controller = status.controller  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(controller.states()) and not controller.busy, timeout=15000)
    qtbot.waitUntil(lambda: window.context.session.revocation_notice, timeout=5000)


def find_login_email(qtbot: Any, window: MainWindow) -> str:
    """Adds the user's addresses, asks the exchange by phone, types a wrong SMS code
    first (an error shown to the user), then the right one."""
    window.go_to_step_id("LOGIN-EMAIL")
    page: Any = window.pages[1]
    for address in (EMAIL, OTHER_EMAIL):
        field = page.list_view.address_input
        field.clear()
        qtbot.keyClicks(field, address)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    page.tabs.setCurrentWidget(page.lookup_view)
    view = page.lookup_view
    view.country_combo.setCurrentIndex(view.country_combo.findData("NO"))
    qtbot.keyClicks(view.phone_input, PHONE_TYPED)
    qtbot.mouseClick(view.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "If an account uses" in view.lookup_status.text())
    qtbot.waitUntil(lambda: len(page.demo_sms.messages) >= 1, timeout=6000)
    match = re.search(r"\b\d{6}\b", page.demo_sms.list.item(0).text())
    assert match is not None
    sms_code = match.group(0)
    wrong = f"{(int(sms_code) + 1) % 1_000_000:06d}"
    for code in (wrong, sms_code):
        view.code_input.clear()
        qtbot.keyClicks(view.code_input, code)
        qtbot.mouseClick(view.verify_button, Qt.MouseButton.LeftButton)
        if code == wrong:
            qtbot.waitUntil(lambda: "not right" in view.lookup_problem.text())
    qtbot.waitUntil(lambda: window.context.session.login_email == EMAIL)
    return sms_code


def enroll(qtbot: Any, window: MainWindow, inputs: Path) -> tuple[str, en.EnrollmentRecord]:
    """A wrong setup code is refused by the exchange and discarded; then the exchange's
    own QR code is scanned from a picture and confirmed. Returns the real secret."""
    from PySide6.QtWidgets import QMessageBox

    from breachguard.core.enrollment_flow import Phase

    window.go_to_step_id("2FA")
    page: Any = window.pages[2]
    state = lambda: page.controller.state  # noqa: E731
    qtbot.waitUntil(lambda: state().phase is Phase.SCAN)
    api = window.context.provider.enrollment_api
    response = HttpClient().post_json(api + "/setup", {"email": EMAIL}, policy=RequestPolicy())
    setup = loads_strict(response.body)
    secret = re.search(r"secret=([A-Z2-7]+)", setup["otpauth_uri"]).group(1)  # type: ignore[union-attr]

    page.controller.intake.accept_text(
        f"otpauth://totp/Demo%20Exchange:{EMAIL}?secret={WRONG_SECRET}"
    )
    qtbot.waitUntil(lambda: state().may_show_code)  # after a check against revoked keys
    page.check_view.reveal_button.click()
    page.check_view.copy_button.click()
    page.check_view.confirm_button.click()
    qtbot.waitUntil(lambda: "did not accept" in page.problem_banner.label.text(), timeout=10000)
    page.check_view.discard_button.click()
    box = next(b for b in page.findChildren(QMessageBox, "enroll.discardQuestion") if b.isVisible())
    box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: state().phase is Phase.SCAN and state().busy is None, timeout=10000)

    png = HttpClient().get(f"{api}/setup/{setup['enrollment_id']}/qr.png")
    picture = inputs / "exchange-qr.png"
    picture.write_bytes(png.body)
    page.controller.intake.decode_file(str(picture))
    qtbot.waitUntil(lambda: state().may_show_code)
    page.check_view.reveal_button.click()
    page.check_view.confirm_button.click()
    qtbot.waitUntil(lambda: state().phase is Phase.DONE, timeout=10000)
    record = state().done
    assert record is not None and record.status == en.CONFIRMED
    page.controller.clipboard.take_back()  # the 20 s timer would outlive the test
    return secret, record


def needles(
    secret: str, sms_code: str, started: float, finished: float
) -> tuple[list[Needle], list[Needle]]:
    """(personal data, secrets): the address book may hold the former, nothing the latter."""
    secrets: list[Needle] = []
    for label, text in (("TOTP secret", secret), ("refused TOTP secret", WRONG_SECRET)):
        raw = base64.b32decode(text + "=" * (-len(text) % 8))
        secrets.append(Needle(label, text, raw=raw))
    for step in range(int(started // 30) - 2, int(finished // 30) + 3):
        for text in {totp.totp(base64.b32decode(secret), step * 30), totp.totp(base64.b32decode(WRONG_SECRET), step * 30)}:  # fmt: skip
            secrets.append(Needle(f"TOTP code of step {step}", text, digits_only=True))
    secrets.extend(Needle("recovery code", code) for code in RECOVERY_CODES)
    secrets.append(Needle("SMS lookup code", sms_code, digits_only=True))
    personal = [Needle("email", EMAIL), Needle("second email", OTHER_EMAIL)]
    personal += phone_needles("phone", PHONE_TYPED, "41234567", "+4741234567", "+47 41 23 45 67")
    return personal, secrets


@pytest.fixture
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temp dir for Python (tempfile) and Qt (TMPDIR) during the walk, so that
    whatever lands there came from this test's process and nothing else."""
    directory = tmp_path / "temp"
    directory.mkdir()
    monkeypatch.setenv("TMPDIR", str(directory))
    monkeypatch.setattr(tempfile, "tempdir", str(directory))
    return directory


@pytest.mark.slow
def test_a_full_walk_leaves_no_secret_or_personal_data_on_disk(
    qtbot: Any, app_context: Any, app_logs: LogCapture, tmp_path: Path, private_temp: Path
) -> None:
    temp_root = Path(tempfile.gettempdir())
    assert temp_root == private_temp
    temp_before = snapshot(temp_root)
    inputs = tmp_path / "inputs"  # what the user brings in, outside the app's folders
    inputs.mkdir()
    started = time.time()

    window = MainWindow(
        app_context,
        build_pages(app_context),
        [ProfileEntry("demo-exchange", "Demo Exchange", "demo")],
    )
    qtbot.addWidget(window)
    window.show()
    wait_for_notices(qtbot, window)
    sms_code = find_login_email(qtbot, window)
    app_context.session.set_support_mode(True)  # support staff join on a screen share
    secret, record = enroll(qtbot, window, inputs)
    store = window.pages[2].controller.store  # type: ignore[attr-defined]
    store.save_recovery_codes(record.id, [en.RecoveryCode(c) for c in RECOVERY_CODES])
    assert [c.code for c in store.recovery_codes(record.id)] == RECOVERY_CODES
    window.go_to_step_id("CHECKLIST")
    app_context.session.set_support_mode(False)
    window.go_to_step_id("2FA")
    window.close()
    app_context.tasks.wait_idle(10000)
    finished = time.time()

    personal, secret_needles = needles(secret, sms_code, started, finished)
    home = Path(app_context.paths.config_dir).parent
    home_files = list(files_under(home))
    log_files = [p for p in home_files if p.is_relative_to(app_context.paths.log_dir)]
    assert log_files, "the walk wrote no log file: the log scan would prove nothing"
    assert any(p.name == "enrollments.json" for p in home_files)
    temp_files = changed_since(temp_before, snapshot(temp_root))
    scanned = home_files + qt_settings_files() + temp_files

    hits = scan_files(scanned, secret_needles)
    personal_hits = scan_files(scanned, personal)
    hits += [hit for hit in personal_hits if hit.path.name != ADDRESS_BOOK]
    assert [str(hit) for hit in hits] == []
    # The address book is the one place the user's own addresses live, on purpose;
    # proof that the scan reads what the app wrote.
    assert {hit.needle.label for hit in personal_hits if hit.path.name == ADDRESS_BOOK} == {
        "email",
        "second email",
    }
    # Before the log file's redaction too: code itself never logs these.
    logged = "\n".join(app_logs.lines).encode()
    assert app_logs.lines, "nothing was logged: the log check would prove nothing"
    unredacted = [n.label for n in [*secret_needles, *personal] if n.matches(logged)]
    assert unredacted == []


def test_the_scan_finds_every_form_of_a_planted_secret(tmp_path: Path) -> None:
    secret = "JBSWY3DPEHPK3PXP"
    raw = base64.b32decode(secret)
    needle = Needle("secret", secret, raw=raw)
    code = Needle("code", "492039", digits_only=True)
    email = Needle("email", EMAIL)
    planted = {
        "upper.json": f'{{"s": "{secret}"}}'.encode(),
        "lower.log": secret.lower().encode(),
        "raw.bin": b"\x00" + raw + b"\x00",
        "hex.txt": raw.hex().encode(),
        "b64.txt": base64.b64encode(raw),
        "utf16.txt": secret.encode("utf-16-le"),
        "code.log": b"code 492039 ok",
        "url.txt": b"account=ola.nordmann%40gmail.com",
    }
    for name, data in planted.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "timestamp.json").write_bytes(b'{"at": 17634920391}')  # digits inside a number
    hits = {
        (hit.path.name, hit.needle.label)
        for hit in scan_files(files_under(tmp_path), [needle, code, email])
    }
    expected = {(name, "secret") for name in planted if name not in ("code.log", "url.txt")}
    assert hits == expected | {("code.log", "code"), ("url.txt", "email")}
