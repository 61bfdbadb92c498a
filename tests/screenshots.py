"""Screenshots of every step, taken from a real X window under a private Xvfb.

Run:  python -m tests.screenshots [OUTPUT_DIR] [--scale 2] [--steps LOGIN-EMAIL]
(default: resources/screenshots). Every step in English, German and Norwegian
Bokmål, each also in support mode: OUTPUT_DIR/<lang>[-support]/stepN-<id>.png
(step5 is the closing summary; step5-summary-done.png is it at the end of the job,
every step ticked in the list). --exchange takes the first start's exchange picker
and Kraken's community profile chosen from it instead.
The app runs on the Demo Exchange in a fresh temp home; each page is given a
moment to load its data over loopback HTTP before it is captured.

--outline takes a later start's first frame, the window's outline drawn before its
pages exist, and the same window a moment later, filled: window-outline.png and
window-filled.png.

With --screen WIDTHxHEIGHT (repeatable) the display has that size and the window
opens as it would there, unresized: the whole screen is captured, so what does
not fit would show as cut off, and a page that scrolls is also captured scrolled
to its end. --sizes takes the README's set (1280x800 in English and German,
1366x768, and 2560x1600 at 200 %) into OUTPUT_DIR/sizes/<screen>[@2x]/<lang>/.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer, QEventLoop, QCoreApplication
from PySide6.QtWidgets import QApplication

out = Path(sys.argv[1])
steps = sys.argv[2].split(",") if len(sys.argv) > 2 and sys.argv[2] else []
language = sys.argv[3] if len(sys.argv) > 3 else "en"
support = len(sys.argv) > 4 and sys.argv[4] == "support"
# "extras": the states past a step's first screen; "check": only step 3's preview.
extras = sys.argv[5] if len(sys.argv) > 5 else ""
# "screen": the window keeps the size it opened at; grab the whole screen.
as_opened = len(sys.argv) > 6 and sys.argv[6] == "screen"

def settle(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()

def main_window(app):
    return next(
        w for w in app.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()
    )

def shoot():
    app = QApplication.instance()
    if extras == "exchange":
        return shoot_exchange_choice(app)
    window = main_window(app)
    if not as_opened:
        window.resize(1100, 760)
    if support:
        window.context.session.set_support_mode(True)
    settle(1500)
    for index, page in enumerate(window.pages, start=1):
        if steps and page.STEP_ID not in steps:
            continue
        window.go_to(index - 1)
        settle(1200)
        grab_step(window, f"step{index}-{page.STEP_ID.lower()}")
    if extras == "step2":
        shoot_step_two(window)
    elif extras:
        shoot_extras(app, window)
    window.close_without_asking()
    app.quit()

def grab_step(window, name):
    # The step as it opens; on a screen-sized run, also scrolled to its end.
    grab(window, name + ".png")
    area = window.stack.currentWidget()
    bar = area.verticalScrollBar()
    if as_opened and bar.maximum() > 0:
        bar.setValue(bar.maximum())
        settle(300)
        grab(window, name + "-end.png")
        bar.setValue(0)

def grab(widget, name):
    if as_opened and widget.objectName() == "mainWindow":
        image = widget.screen().grabWindow(0)  # the whole screen: does the window fit?
    else:
        image = widget.screen().grabWindow(widget.winId())
    path = out / name
    image.save(str(path))
    print(path, flush=True)

def shoot_step_two(window):
    # Step 2's lookup tab after a code was sent and confirmed (the Demo SMS beside it).
    from PySide6.QtTest import QTest
    from PySide6.QtCore import Qt

    window.go_to_step_id("LOGIN-EMAIL")
    page = window.current_page()
    view = page.lookup_view
    for address in ("ola.nordmann@gmail.com", "ola@firma.no"):
        page.list_view.address_input.setText(address)
        page.list_view.add_typed()
    # BreachGuard's own search, in the three mailboxes of the story's customer.
    import tempfile
    from breachguard.core.mailscan.search_flow import Phase
    from tests.mailscan.customer_mail import thunderbird_home

    search = page.controller.mail_search
    search.home = Path(tempfile.mkdtemp(prefix="bg-shot-mail-"))
    search.environ, search.platform = {}, "linux"
    thunderbird_home(search.home)
    page.tabs.setCurrentWidget(page.mail_search_view)
    page.mail_search_view.look_button.click()
    waited = 0
    while search.state.phase is not Phase.CHOOSING and waited < 8000:
        settle(100)
        waited += 100
    settle(300)
    grab_step(window, "step2-login-email-mail-folders")
    # The IMAP box with an address typed: where it signs in, and what Gmail wants.
    search_view = page.mail_search_view
    search_view.imap_target.setText("ola.nordmann@gmail.com")
    settle(200)
    area = window.stack.currentWidget()
    area.ensureWidgetVisible(search_view.imap_guide)
    settle(300)
    grab(window, "step2-login-email-imap-guide.png")
    search_view.imap_target.clear()
    area.verticalScrollBar().setValue(0)
    page.mail_search_view.read_button.click()
    while search.state.phase is not Phase.DONE and waited < 16000:
        settle(100)
        waited += 100
    settle(500)
    grab_step(window, "step2-login-email-mail-found")
    page.tabs.setCurrentWidget(page.lookup_view)
    view.choose_region("US")
    view.phone_input.setText("41234567")
    settle(500)
    grab_step(window, "step2-login-email-country")
    view.country_button.click()
    view.send_code()
    waited = 0
    while page.demo_sms.latest_code() is None and waited < 8000:
        settle(100)
        waited += 100
    code = page.demo_sms.latest_code()
    view.code_input.setText(f"{(int(code) + 1) % 1_000_000:06d}")
    QTest.keyClick(view.code_input, Qt.Key.Key_Return)
    settle(1500)
    grab_step(window, "step2-login-email-wrong-code")
    view.code_input.setText(code)
    QTest.keyClick(view.code_input, Qt.Key.Key_Return)
    settle(1500)
    grab_step(window, "step2-login-email-lookup")

def shoot_extras(app, window):
    # Step 3 in every phase (keyring locked, phishing check, live code, the questions
    # it asks, done), the demo website, the private window before and after the user
    # says screen sharing is paused, and the support report.
    from PySide6.QtWidgets import QMessageBox
    from breachguard.core import enrollment_flow as flow
    from tests.enroll import keyring_control
    from tests.enroll.step3_helpers import website_setup

    window.go_to_step_id("2FA")
    page = window.current_page()
    controller = page.controller
    email = "ola.nordmann@gmail.com"
    window.context.session.set_login_email(email)

    def until(condition, ms=8000):
        waited = 0
        while not condition() and waited < ms:
            settle(100)
            waited += 100
        settle(400)  # the layout after the change

    def ready(phase):
        return controller.state.phase is phase and controller.state.busy is None

    def question(name):
        until(lambda: any(b.isVisible() for b in page.window().findChildren(QMessageBox, name)))
        return next(b for b in page.window().findChildren(QMessageBox, name) if b.isVisible())

    if extras != "check":
        keyring_control.lock()
        controller.send(flow.RetryKeyring())
        until(lambda: controller.state.keyring is flow.Keyring.LOCKED)
        grab_step(window, "step3-2fa-keyring")
        keyring_control.unlock()
        controller.send(flow.RetryKeyring())
        until(lambda: ready(flow.Phase.SCAN))
        controller.intake.accept_text(
            "otpauth://totp/Demo%20Exchanqe:ola?secret=JBSWY3DPEHPK3PXP&issuer=Demo%20Exchanqe"
        )
        until(lambda: ready(flow.Phase.VERIFY))
        grab_step(window, "step3-2fa-verify")
        controller.send(flow.DiscardRequested())

    link = website_setup(window.context, email)
    controller.intake.accept_text(link)
    until(lambda: ready(flow.Phase.CHECK))
    if not window.context.session.support_mode:
        page.check_view.reveal_button.click()
        settle(300)
    grab_step(window, "step3-2fa-check")
    if extras == "check":
        return

    page.check_view.discard_button.click()
    box = question("enroll.discardQuestion")
    grab(box, "step3-discard-question.png")
    box.button(QMessageBox.StandardButton.Cancel).click()
    window.close()  # quitting mid-setup asks first
    box = question("main.leaveQuestion")
    grab(box, "leave-question.png")
    box.reject()
    settle(300)

    page.check_view.same_computer.phone_button.click()
    private = page.private_window()
    settle(800)
    grab(private, "private-window-masked.png")
    private.confirm_paused()
    settle(500)
    grab(private, "private-window-revealed.png")
    private.close()

    page.check_view.confirm_button.click()
    until(lambda: ready(flow.Phase.DONE))
    grab_step(window, "step3-2fa-done")

    controller.send(flow.StartAnother())
    until(lambda: ready(flow.Phase.SCAN))
    page.scan_view.open_website.emit()
    site = page.website_window()
    site.resize(520, 760)
    site.sign_in_button.click()
    until(lambda: site.setup_panel.isVisible())
    grab(site, "demo-website.png")
    site.close()

    window._show_support_report()
    settle(4000)  # the report probes the keyring and the exchange's clock
    dialog = next(w for w in app.topLevelWidgets() if w.objectName() == "reportDialog")
    grab(dialog, "support-report.png")
    dialog.close()

    # The job finished: every critical notice opened, the user's own ticks given; the
    # last tick on step 4 opens the summary, with every step ticked in the list.
    from breachguard.core import checklist as cl
    from tests.support.progress import open_critical_keys

    window.controllers.notices.mark_read(open_critical_keys(window.controllers.notices))
    window.go_to_step_id("CHECKLIST")
    for item_id in cl.USER_TICKED:
        window.checklist.set_done(item_id, True)
    until(lambda: window.current_page().STEP_ID == "SUMMARY")
    grab_step(window, "step5-summary-done")

def shoot_exchange_choice(app):
    # First start: the picker over the Demo Exchange's window; then Kraken chosen
    # from it, as a customer would (typing and Enter).
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from breachguard.ui.exchange_picker import ExchangePicker

    settle(1500)
    window = main_window(app)
    picker = window.findChild(ExchangePicker)
    window.resize(1100, 760)
    settle(300)
    grab(picker, "exchange-picker.png")
    QTest.keyClicks(picker.search_field, "kraken")
    settle(200)
    grab(picker, "exchange-picker-kraken.png")
    QTest.keyClick(picker.search_field, Qt.Key.Key_Return)
    settle(500)
    window = main_window(app)
    window.resize(1100, 760)
    if support:
        window.context.session.set_support_mode(True)
    settle(2500)  # the status page cannot be reached from here: its error is shown
    grab_step(window, "exchange-kraken-step1")
    window.go_to(1)
    settle(800)
    grab_step(window, "exchange-kraken-step2")
    window.close_without_asking()
    app.quit()

def run_and_shoot():
    QTimer.singleShot(0, shoot)
    return QApplication.exec_original()

QApplication.exec_original = staticmethod(QApplication.exec)
QApplication.exec = staticmethod(run_and_shoot)
from breachguard import app as bg
# The exchange choice starts as a first start does: no exchange named.
launch = ["--language", language] if extras == "exchange" else ["--demo", "--language", language]
sys.exit(bg.main(launch))
"""


# A later start: the first paint of the window (its outline, see core.outline) and
# the same window once its pages are in. The first launch only saves the outline.
CHILD_OUTLINE = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

out = Path(sys.argv[1])
launch = sys.argv[2:]

class Shots(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window, self.seen = window, False
        window.installEventFilter(self)

    def eventFilter(self, watched, event):
        if watched is self.window and event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self.first)  # before the pages are built into it
        return False

    def first(self):
        if not out.name:
            return self.done()
        self.grab("window-outline.png" if not self.window.attached else "window-whole.png")
        QTimer.singleShot(2500, lambda: (self.grab("window-filled.png"), self.done()))

    def grab(self, name):
        path = out / name
        self.window.screen().grabWindow(self.window.winId()).save(str(path))
        print(path, flush=True)

    def done(self):
        self.window.close_without_asking()
        QApplication.instance().quit()

show = QMainWindow.show

def shown(window):
    if window.objectName() == "mainWindow" and not hasattr(window, "_shots"):
        window._shots = Shots(window)
    show(window)

QMainWindow.show = shown
from breachguard import app as bg
sys.exit(bg.main(launch))
"""


def child_env(display: str, home: str, extra_env: dict[str, str]) -> dict[str, str]:
    """The app's environment: a real X window on ``display``, a fresh ``home``."""
    return dict(
        os.environ,
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        BREACHGUARD_HOME=home,
        PYTHONPATH=str(ROOT),
        **extra_env,
    )


def take_outline(
    output: Path, display: str, language: str, extra_env: dict[str, str]
) -> list[Path]:
    output.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    with tempfile.TemporaryDirectory() as home:
        env = child_env(display, home, extra_env)
        for folder in ("", str(output)):  # the first start saves what the second draws
            result = subprocess.run(
                [sys.executable, "-c", CHILD_OUTLINE, folder, "--demo", "--language", language],
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
                check=True,
            )
            shots += [Path(line) for line in result.stdout.splitlines() if line.endswith(".png")]
    return shots


def take(
    output: Path,
    display: str,
    steps: str = "",
    extra_env: dict[str, str] | None = None,
    language: str = "en",
    support: bool = False,
    extras: bool | str = False,
    as_opened: bool = False,
) -> list[Path]:
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        env = child_env(display, home, extra_env or {})
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                CHILD,
                str(output),
                steps,
                language,
                "support" if support else "",
                extras if isinstance(extras, str) else "extras" if extras else "",
                "screen" if as_opened else "",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
            check=True,
        )
    return [Path(line) for line in result.stdout.splitlines() if line.endswith(".png")]


# The screens the window must fit (README "Screenshots"): (size, scale, languages).
# German is the longest language; 2560x1600 at 200 % leaves 1280x800 of room.
SIZES = (
    ((1280, 800), "", "en,de"),
    ((1366, 768), "", "en"),
    ((2560, 1600), "2", "en"),
)


def screen_size(text: str) -> tuple[int, int]:
    width, sep, height = text.partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT, e.g. 1366x768")
    return int(width), int(height)


def take_at_screen(
    output: Path,
    size: tuple[int, int],
    scale: str,
    languages: str,
    keyring_env: dict[str, str],
) -> None:
    """Every step (step 3 also with a setup in preview) as the window opens on a
    screen of this size, captured whole: OUTPUT/<width>x<height>[@<scale>x]/<language>/."""
    from tests.system_services import private_xvfb

    folder = output / (f"{size[0]}x{size[1]}" + (f"@{scale}x" if scale else ""))
    env = {**keyring_env, **({"QT_SCALE_FACTOR": scale} if scale else {})}
    with private_xvfb(*size) as display:
        for language in languages.split(","):
            for path in take(
                folder / language, display, "", env, language, extras="check", as_opened=True
            ):
                print(path)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from tests.system_services import private_secret_service, private_xvfb

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", type=Path, default=ROOT / "resources" / "screenshots")
    parser.add_argument("--scale", default="", help="QT_SCALE_FACTOR, e.g. 2 for 200%%")
    parser.add_argument("--languages", default="en,de,nb")
    parser.add_argument(
        "--screen",
        action="append",
        type=screen_size,
        metavar="WIDTHxHEIGHT",
        help="take the steps on a screen of this size, window as opened (repeatable)",
    )
    parser.add_argument(
        "--steps",
        default="",
        help="only these steps, e.g. LOGIN-EMAIL (comma-separated STEP_IDs); "
        "LOGIN-EMAIL alone also takes its lookup",
    )
    parser.add_argument(
        "--exchange",
        action="store_true",
        help="only the first start's exchange picker and a real exchange (Kraken) chosen "
        "from it, into OUTPUT_DIR/<lang>[-support]/exchange-*.png",
    )
    parser.add_argument(
        "--outline",
        action="store_true",
        help="only a later start's first frame (the outline) and the window filled, "
        "into OUTPUT_DIR/<lang>/window-*.png",
    )
    parser.add_argument(
        "--sizes",
        action="store_true",
        help="the README's screen sizes, into OUTPUT_DIR/sizes/",
    )
    args = parser.parse_args()
    if args.sizes or args.screen:
        wanted = (
            SIZES if args.sizes else [(size, args.scale, args.languages) for size in args.screen]
        )
        with private_secret_service() as keyring_env:
            for size, scale, languages in wanted:
                take_at_screen(args.output / "sizes", size, scale, languages, keyring_env)
        return 0
    scale = {"QT_SCALE_FACTOR": args.scale} if args.scale else {}
    size = (2560, 1720) if args.scale else (1280, 860)
    if args.outline:
        with private_xvfb(*size) as display, private_secret_service() as keyring_env:
            for language in args.languages.split(","):
                env = {**keyring_env, **scale}
                for path in take_outline(args.output / language, display, language, env):
                    print(path)
        return 0
    # A real, unlocked keyring, as on a normal desktop session.
    with private_xvfb(*size) as display, private_secret_service() as keyring_env:
        for language in args.languages.split(","):
            for support in (False, True):
                folder = args.output / (language + ("-support" if support else ""))
                env = {**keyring_env, **scale}
                extras: bool | str = "step2" if args.steps == "LOGIN-EMAIL" else not args.steps
                if args.exchange:
                    extras = "exchange"
                for path in take(folder, display, args.steps, env, language, support, extras):
                    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
