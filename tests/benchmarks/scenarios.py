"""One benchmark scenario per process: ``python -m tests.benchmarks.scenarios NAME``.

Prints one JSON object on its last line. Each scenario runs the real widgets and
services (offscreen, or the X display in ``DISPLAY`` when QT_QPA_PLATFORM=xcb) in a
throw-away BREACHGUARD_HOME; ``tests.benchmarks`` spawns these and builds the table.
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import sys
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.support.waiting import spin_until

PROBE_MS = 5
EMAIL = "ola.nordmann@gmail.com"
DEMO_URI = f"otpauth://totp/Demo%20Exchange:{EMAIL}?secret=JBSWY3DPEHPK3PXP&issuer=Demo%20Exchange"


# -- helpers ---------------------------------------------------------------------------------


def qt_app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


class StallProbe:
    """A 5 ms QTimer; the longest gap between two ticks, minus the interval, is the
    longest time the GUI thread could not react."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer

        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(PROBE_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0
        self.longest_gap_ms = 0

    def _tick(self) -> None:
        now = self._clock.elapsed()
        self.longest_gap_ms = max(self.longest_gap_ms, now - self._last)
        self._last = now

    def start(self) -> None:
        self._clock.start()
        self._last = 0
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        self._tick()
        return float(max(0, self.longest_gap_ms - PROBE_MS))


def spin_for(seconds: float) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


@contextmanager
def demo_context(secrets: Any = None) -> Iterator[Any]:
    """Services wired as the app wires them, on a loopback Demo Exchange."""
    from breachguard.core.paths import AppPaths
    from breachguard.demo.server import DemoExchange
    from tests.support.context import make_context

    with tempfile.TemporaryDirectory(prefix="bg-bench-") as home:
        paths = AppPaths.from_environment({"BREACHGUARD_HOME": home}).ensure()
        exchange = DemoExchange().start()
        # An in-memory keyring unless the scenario brings its own.
        chosen = {} if secrets is None else {"secrets": secrets}
        context = make_context(paths=paths, demo=exchange, **chosen)
        try:
            yield context
        finally:
            context.tasks.wait_idle(30000)
            exchange.stop()


def qr_image(width: int, height: int, uri: str = DEMO_URI) -> Any:
    """A white ``width``×``height`` image with one QR code of ``uri`` in it, at the size an
    exchange's web page shows it (~300 px)."""
    import io

    import segno
    from PySide6.QtGui import QColor, QImage, QPainter

    buffer = io.BytesIO()
    segno.make(uri, error="m").save(buffer, kind="png", scale=6, border=4)
    code = QImage.fromData(buffer.getvalue())
    canvas = QImage(width, height, QImage.Format.Format_RGB32)
    canvas.fill(QColor("white"))
    painter = QPainter(canvas)
    painter.drawImage(width // 3, height // 3, code)
    painter.end()
    return canvas


# -- stall scenarios ----------------------------------------------------------------------------


def stall_baseline() -> dict[str, Any]:
    qt_app()
    probe = StallProbe()
    probe.start()
    spin_for(3.0)
    return {"stall_ms": probe.stop()}


@contextmanager
def drip_server() -> Iterator[str]:
    """Sends headers, then one body byte per second, until stopped."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            with conn:
                conn.recv(65536)
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
                while not stop.wait(1.0):
                    try:
                        conn.sendall(b" ")
                    except OSError:
                        break

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(5)
        listener.close()


def stall_drip() -> dict[str, Any]:
    """The status page fetching a feed from a server that drips a byte a second."""
    qt_app()
    from breachguard.core.feeds.source import FeedFetcher
    from breachguard.qt.notices import NoticesController
    from breachguard.ui.pages.status import StatusPage
    from tests.feeds.conftest import make_profile

    with drip_server() as url, demo_context() as context:
        profile = make_profile(url, statuspage=False)
        context.provider = profile
        fetcher = FeedFetcher(
            profile, profile.feeds[0], context.http, context.paths.data_dir, deadline_s=5.0
        )
        controller = NoticesController(context, fetchers=[fetcher])
        page = StatusPage(context, controller=controller)
        page.show()
        spin_for(0.5)  # first layout and paint are start-up; the fetch is under way by now
        probe = StallProbe()
        started = time.perf_counter()
        probe.start()
        done = spin_until(lambda: bool(controller.states()) and not controller.busy, 30)
        stall = probe.stop()
        elapsed = time.perf_counter() - started
        outcome = controller.states()[0].error_code if controller.states() else "none"
        page.shutdown()
    return {"stall_ms": stall, "seconds": elapsed, "finished": done, "outcome": outcome}


KEYRING_BLOCK_S = 10.0


def _blocking_keyring_class() -> type:
    from keyring.backend import KeyringBackend

    class BlockingKeyring(KeyringBackend):
        """Every write waits 10 s, like a keyring stuck behind an unlock prompt."""

        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.items: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.items.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            time.sleep(KEYRING_BLOCK_S)
            self.items[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.items.pop((service, username), None)

    return BlockingKeyring


def stall_keyring() -> dict[str, Any]:
    """Step 3 with a keyring whose writes block: the health probe, then saving a key."""
    qt_app()
    import keyring

    from breachguard.core.secret_store import KeyringSecretStore
    from breachguard.ui.pages.enroll import EnrollPage

    keyring.set_keyring(_blocking_keyring_class()())
    secrets = KeyringSecretStore(allow_insecure=True)  # picks keyring.get_keyring()
    with demo_context(secrets) as context:
        page = EnrollPage(context)
        page.show()
        spin_for(0.5)  # first layout and paint are start-up, not this scenario
        # Entering the page starts its first-use work (keyring backend, clock check,
        # inventory) on workers; measured apart, so the main figure is the blocked keyring.
        entering = StallProbe()
        entering.start()
        page.on_entered()  # health probe: one blocking write on the serial pool
        spin_for(0.3)
        entering_stall = entering.stop()
        probe = StallProbe()
        started = time.perf_counter()
        probe.start()
        # No email in the code: the customer's word confirms it, without the exchange.
        page.controller.intake.accept_text(DEMO_URI.replace(EMAIL, "ola"))
        healthy = spin_until(lambda: page.controller.state.may_show_code, 40)  # staged: blocked
        page.check_view.accepted_button.click()  # marking it confirmed reads back: blocks again
        saved = spin_until(lambda: page.current_step_id() == "2FA-DONE", 40)
        stall = probe.stop()
        elapsed = time.perf_counter() - started
        page.shutdown()
    return {
        "stall_ms": stall,
        "seconds": elapsed,
        "finished": healthy and saved,
        "entering_stall_ms": entering_stall,
    }


def stall_qr_file() -> dict[str, Any]:
    """Step 3's "Open a QR image" with a 3840×2160 screenshot file: no screen grab,
    so only the worker's file reading and decoding can hold up the GUI thread."""
    qt_app()
    from breachguard.ui.pages.enroll import EnrollPage

    with demo_context() as context:
        path = Path(context.paths.cache_dir) / "screenshot.png"
        qr_image(3840, 2160).save(str(path))
        page = EnrollPage(context)
        page.show()
        page.on_entered()
        spin_until(lambda: page.current_step_id() == "2FA-SCAN", 10)
        spin_for(0.5)
        probe = StallProbe()
        started = time.perf_counter()
        probe.start()
        page.controller.intake.decode_file(str(path))
        decoded = spin_until(lambda: page.controller.state.may_show_code, 30)
        stall = probe.stop()
        elapsed = time.perf_counter() - started
        page.shutdown()
    return {"stall_ms": stall, "seconds": elapsed, "finished": decoded}


def stall_qr_capture() -> dict[str, Any]:
    """Step 3's "Scan the screen" on a 3840×2160 screen showing a QR code."""
    app = qt_app()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QPixmap
    from PySide6.QtWidgets import QLabel

    from breachguard.ui.pages.enroll import EnrollPage
    from tests.support.screen import qr_on_screen

    screen = QGuiApplication.primaryScreen().geometry()
    real_screen = app.platformName() == "xcb"
    with demo_context() as context:
        backdrop = QLabel()
        backdrop.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        backdrop.setPixmap(QPixmap.fromImage(qr_image(screen.width(), screen.height())))
        backdrop.setGeometry(screen)
        backdrop.show()
        page = EnrollPage(context)
        page.resize(400, 300)  # kept away from the code's position (a third of the screen)
        page.move(0, 0)
        page.show()
        page.on_entered()
        spin_until(lambda: page.current_step_id() == "2FA-SCAN", 10)
        if real_screen and not spin_until(lambda: qr_on_screen() is not None, 20):
            raise RuntimeError("the code never reached the screen")
        grab_started = time.perf_counter()
        if real_screen:
            # One whole-screen grab alone: what the strips spread over several turns.
            QGuiApplication.primaryScreen().grabWindow(0).toImage()
        grab_ms = 1000 * (time.perf_counter() - grab_started)
        probe = StallProbe()
        started = time.perf_counter()
        probe.start()
        if real_screen:
            page.scan_view.capture_screen_region(None)
        else:  # no X server: a captured-size image through the same decode path
            path = Path(context.paths.cache_dir) / "capture.png"
            qr_image(3840, 2160).save(str(path))
            page.controller.intake.decode_file(str(path))
        decoded = spin_until(lambda: page.controller.state.may_show_code, 30)
        stall = probe.stop()
        elapsed = time.perf_counter() - started
        page.shutdown()
    return {
        "stall_ms": stall,
        "seconds": elapsed,
        "finished": decoded,
        "screen": f"{screen.width()}x{screen.height()}" if real_screen else "file 3840x2160",
        "grab_ms": grab_ms,
    }


# -- idle CPU -------------------------------------------------------------------------------------

IDLE_S = 10.0


def cpu_bare() -> dict[str, Any]:
    app = qt_app()
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    window.resize(980, 680)
    window.show()
    spin_for(1.0)
    start = time.process_time()
    spin_for(IDLE_S)
    used = time.process_time() - start
    app.processEvents()
    return {"cpu_percent": 100 * used / IDLE_S}


def cpu_codes() -> dict[str, Any]:
    """Step 3 showing a live code with its countdown ticking, nobody touching anything."""
    qt_app()
    from breachguard.ui.pages.enroll import EnrollPage

    with demo_context() as context:
        page = EnrollPage(context)
        page.resize(980, 680)
        page.show()
        page.on_entered()
        spin_until(lambda: page.current_step_id() == "2FA-SCAN", 10)
        page.controller.intake.accept_text(DEMO_URI)
        spin_until(lambda: page.controller.state.may_show_code, 10)
        page.check_view.reveal_button.click()
        spin_for(1.0)
        start = time.process_time()
        spin_for(IDLE_S)
        used = time.process_time() - start
        shown = page.check_view.code_label.text().replace(" ", "")
        running = page.current_step_id() == "2FA-CHECK" and shown.isdigit()
        page.shutdown()
    return {"cpu_percent": 100 * used / IDLE_S, "finished": running}


# -- feed and QR throughput ----------------------------------------------------------------------


def feed_10k(*, traced: bool = True) -> dict[str, Any]:
    """Parsing a 10,000-item signed-feed body and showing it on the status page.
    ``traced``: measure memory with tracemalloc, which slows every allocation the
    page makes (about 3.5x here), so the GUI stall is measured in a run without it."""
    qt_app()
    from breachguard.core.feeds.jsonfeed import parse_jsonfeed
    from breachguard.core.feeds.model import FeedState
    from breachguard.qt.notices import NoticesController
    from breachguard.ui.pages.status import StatusPage
    from tests.feeds.conftest import feed_doc, item, make_profile
    from tests.feeds.test_responsiveness import StaticFetcher

    items = [
        item(f"n{i}", content_text="Sign in again and set up 2FA. " * 5) for i in range(10_000)
    ]
    body = json.dumps(feed_doc(items)).encode()

    if traced:
        tracemalloc.start()
    started = time.perf_counter()
    json.loads(body)
    json_s = time.perf_counter() - started
    json_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.reset_peak()

    started = time.perf_counter()
    feed = parse_jsonfeed(body, verified=True)
    parse_s = time.perf_counter() - started
    state = FeedState(
        key="k",
        url="u",
        label="Demo Exchange notices",
        format="breachguard-jsonfeed",
        signed=True,
        feed=feed,
        verified_by="ABC",
    )
    with demo_context() as context:
        context.provider = make_profile("https://demo-exchange.example", statuspage=False)
        controller = NoticesController(context, fetchers=[StaticFetcher(state)])  # type: ignore[list-item]
        page = StatusPage(context, controller=controller)
        page.show()
        probe = StallProbe()
        probe.start()
        shown = spin_until(
            lambda: len(page.model.stories()) == len(feed.notices) and not controller.busy, 60
        )
        total_s = time.perf_counter() - started
        spin_for(0.5)  # the list lays its rows out in batches after the model is filled
        display_stall_ms = probe.stop()
        peak = tracemalloc.get_traced_memory()[1] if traced else 0
        tracemalloc.stop()
        page.shutdown()
    return {
        "items_in": len(items),
        "items_shown": len(feed.notices),
        "json_seconds": json_s,
        "parse_seconds": parse_s,
        "parse_display_seconds": total_s,
        "display_stall_ms": display_stall_ms,
        "json_peak_mib": json_peak / 2**20,
        "peak_mib": peak / 2**20,
        "body_mib": len(body) / 2**20,
        "finished": shown,
    }


def feed_500_display() -> dict[str, Any]:
    """The GUI stall of showing a feed at its cap, without tracemalloc: the app never
    runs with it."""
    return feed_10k(traced=False)


def qr_decode() -> dict[str, Any]:
    qt_app()
    from breachguard.qt import qr

    results: dict[str, Any] = {}
    for width, height in ((1920, 1080), (3840, 2160)):
        image = qr_image(width, height)
        samples = []
        for _ in range(7):
            started = time.perf_counter()
            found = qr.decode_qimage(image)
            samples.append(time.perf_counter() - started)
            assert found.text == DEMO_URI
        results[f"{width}x{height}_ms"] = 1000 * statistics.median(samples)
    return results


def _process_sample(app: Any) -> dict[str, float]:
    """Memory, descriptors, threads and live QObjects now (after a collection)."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    status = Path("/proc/self/status").read_text()
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    objects = len(app.findChildren(QObject)) + sum(
        1 + len(widget.findChildren(QObject)) for widget in app.topLevelWidgets()
    )
    return {
        "rss_mib": int(fields["VmRSS"].split()[0]) / 1024,
        "fds": len(os.listdir("/proc/self/fd")),
        "threads": int(fields["Threads"]),
        "qobjects": objects,
    }


def _app_walk(home: str) -> Any:
    """The app as a customer starts it (Demo Exchange, first frame, pages built)."""
    from breachguard.app import Application
    from breachguard.core.paths import AppPaths
    from breachguard.core.profiles import DEMO_PROVIDER_ID
    from breachguard.core.settings import Settings
    from breachguard.qt.i18n import install_language

    app = qt_app()
    install_language(app, "en")
    paths = AppPaths.from_environment({"BREACHGUARD_HOME": home}).ensure()
    application = Application(paths, Settings(paths.settings_file))
    window = application.show(DEMO_PROVIDER_ID)
    return app, application, window


def _wait_fetched(window: Any, timeout_s: float = 20.0) -> None:
    notices = window.controllers.notices
    spin_until(lambda: not notices.busy and notices.all_sources_in, timeout_s)


def _wait_settled(application: Any, timeout_s: float = 20.0) -> None:
    from breachguard.ui.pending_page import PendingPage

    def settled() -> bool:
        window = application.window
        return (
            not any(isinstance(page, PendingPage) for page in window._pages)
            and application.context.tasks.pending == 0
        )

    spin_until(settled, timeout_s)
    spin_for(0.05)


def soak() -> dict[str, Any]:
    """Days in the tray, sped up: 1,000 feed polls of the real Demo Exchange, 200 step
    switches, 20 language and 20 exchange switches, in one process. Samples every 50
    polls; growth is counted from the end of the warm-up (the first 500 polls)."""
    from PySide6.QtCore import QThreadPool

    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    profile = Path(__file__).resolve().parents[2] / "resources" / "profiles"
    with tempfile.TemporaryDirectory(prefix="bg-soak-") as home:
        app, application, window = _app_walk(home)
        plan = application.plan_import(profile / "example-exchange.json")
        other = application.registry.install(plan).id if plan.kind.name != "SAME" else None
        spin_until(lambda: application.demo is not None and application.demo.serving, 20)
        _wait_fetched(window)
        languages = ("de", "nb", "en")
        curve: list[dict[str, float]] = []
        started = time.perf_counter()
        steps = switches = 0
        for poll in range(1, 1001):
            window = application.window
            window.controllers.notices.refresh()
            _wait_fetched(window)
            if poll % 5 == 0:
                window.go_to(steps % 5)
                steps += 1
            if poll % 50 == 0:
                application.switch_language(languages[(poll // 50) % 3])
                switches += 1
            if poll % 50 == 25 and other is not None:
                # To the exchange's profile and back: two switches.
                application.switch_provider(other)
                application.switch_provider("demo-exchange")
                spin_until(lambda: application.demo is not None and application.demo.serving, 20)
            if poll % 50 == 0:
                # Sampled once the window has settled: after a switch, its pages are
                # still being built a piece per turn, and the count would catch them
                # half done.
                _wait_settled(application)
                # Idle pool threads (ours and Qt's own) wait 30 s before they
                # expire; a sample taken meanwhile counts them as if they were kept.
                application.context.tasks.wait_idle()
                QThreadPool.globalInstance().waitForDone(30000)
                language = languages[(poll // 50) % 3]
                curve.append({"polls": poll, "language": language, **_process_sample(app)})
        seconds = time.perf_counter() - started
        application.window.close_without_asking()
        application.shutdown()
    # Caches fill while each language and exchange is first seen (fonts, glyphs,
    # catalogues, allocator pools); growth is counted over the second half.
    warm = next(c for c in curve if c["polls"] == 500)
    last = curve[-1]
    # Counts move a little with what is on screen: German and Norwegian add two
    # translators, and a notice with a link gives its label a text document (five
    # QObjects). A leak lifts the highest count, so the highest of polls 550-750 is
    # compared with the highest of polls 800-1000; each span holds every language.
    early = [c for c in curve if 550 <= c["polls"] <= 750]
    late = [c for c in curve if c["polls"] >= 800]

    def growth(key: str) -> int:
        return int(max(c[key] for c in late) - max(c[key] for c in early))

    return {
        "seconds": seconds,
        "polls": 1000,
        "step_switches": steps,
        "language_switches": switches,
        "provider_switches": 2 * sum(1 for p in range(1, 1001) if p % 50 == 25) if other else 0,
        "curve": curve,
        "rss_growth_mib": last["rss_mib"] - warm["rss_mib"],
        "rss_growth_from_100_mib": last["rss_mib"] - curve[1]["rss_mib"],
        "fd_growth": growth("fds"),
        "thread_growth": growth("threads"),
        "qobject_growth": growth("qobjects"),
    }


def walk_rss() -> dict[str, Any]:
    """Peak RSS after the app has shown every step (each page built and its background
    work done: step 1's notices, step 3's keyring and clock checks)."""
    import resource

    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    with tempfile.TemporaryDirectory(prefix="bg-walk-") as home:
        _app, application, window = _app_walk(home)
        spin_until(lambda: application.demo is not None and application.demo.serving, 20)
        _wait_fetched(window)
        for index in range(5):
            window.go_to(index)
            spin_for(0.5)
        application.context.tasks.wait_idle(30000)
        spin_for(0.2)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        pages = [type(page).__name__ for page in window.pages]
        application.window.close_without_asking()
        application.shutdown()
    return {"peak_rss_mib": peak, "pages": pages}


SCENARIOS: dict[str, Callable[[], dict[str, Any]]] = {
    "stall_baseline": stall_baseline,
    "stall_drip": stall_drip,
    "stall_keyring": stall_keyring,
    "stall_qr_capture": stall_qr_capture,
    "stall_qr_file": stall_qr_file,
    "cpu_bare": cpu_bare,
    "cpu_codes": cpu_codes,
    "feed_10k": feed_10k,
    "feed_500_display": feed_500_display,
    "qr_decode": qr_decode,
    "soak": soak,
    "walk_rss": walk_rss,
}


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in SCENARIOS:
        print(f"usage: python -m tests.benchmarks.scenarios {{{','.join(SCENARIOS)}}}")
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = SCENARIOS[argv[0]]()
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
