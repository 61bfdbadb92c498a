"""Hermetic by default: offscreen Qt, a temp BREACHGUARD_HOME, loopback-only network,
an in-memory secret store unless a test asks for the real Secret Service."""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Before any Qt import: tests never need a display unless they say so (xvfb marker).
if os.environ.get("BREACHGUARD_TEST_DISPLAY") != "1":
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_SCALE_FACTOR_ROUNDING_POLICY", "PassThrough")
# One system locale for every run, so dates and numbers format the same on any machine.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANG", None)


@pytest.fixture(autouse=True)
def hermetic_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "bg-home"
    monkeypatch.setenv("BREACHGUARD_HOME", str(home))
    monkeypatch.setenv("LANGUAGE", "en")
    return home


_real_connect = socket.socket.connect


def _loopback_only_connect(self: socket.socket, address: Any) -> Any:
    if self.family in (socket.AF_INET, socket.AF_INET6):
        host = address[0]
        try:
            loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = False
        if not loopback:
            raise OSError(f"tests may only connect to loopback, not {host}")
    return _real_connect(self, address)


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _loopback_only_connect)


@pytest.fixture(scope="session", autouse=True)
def gui_thread_collector(qapp: Any) -> Iterator[Any]:
    """As in the app: cyclic garbage is collected on the GUI thread only, never by a
    worker or a test server's thread that happens to allocate (breachguard.qt.collector)."""
    from breachguard.qt.collector import GuiThreadCollector

    collector = GuiThreadCollector()
    yield collector
    collector.stop()


@pytest.fixture(autouse=True)
def global_qt_state(
    qapp: Any, gui_thread_collector: Any, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Locale, translators, app name and icon, clipboard, leftover windows and root
    logging are put back after every test, so no test sees what another one left."""
    from tests.support.global_state import preserved

    with preserved(qapp, monkeypatch):
        yield
    gui_thread_collector.collect_due()  # a test that never ran the event loop


@pytest.fixture
def app_paths(hermetic_home: Path):
    from breachguard.core.paths import AppPaths

    return AppPaths.from_environment().ensure()


@pytest.fixture
def demo_exchange() -> Iterator[Any]:
    from breachguard.demo.server import DemoExchange

    exchange = DemoExchange().start()
    try:
        yield exchange
    finally:
        exchange.stop()


@pytest.fixture
def demo_profile(demo_exchange: Any):
    from tests.support.context import demo_provider

    return demo_provider(demo_exchange)


@pytest.fixture
def memory_secrets() -> Any:
    try:
        from breachguard.core.secret_store import MemorySecretStore
    except ImportError:
        return None
    return MemorySecretStore()


@pytest.fixture
def context_factory(qtbot: Any) -> Iterator[Any]:
    """``tests.support.context.make_context``, waiting at teardown for the
    background work of every context it made."""
    from tests.support.context import make_context

    made: list[Any] = []

    def build(**fields: Any) -> Any:
        context = make_context(**fields)
        made.append(context)
        return context

    yield build
    for context in made:
        context.tasks.wait_idle(10000)


@pytest.fixture
def app_context(
    app_paths: Any, demo_exchange: Any, demo_profile: Any, memory_secrets: Any, context_factory: Any
) -> Any:
    """Services wired as the app wires them, on the loopback Demo Exchange."""
    return context_factory(
        paths=app_paths, provider=demo_profile, secrets=memory_secrets, demo=demo_exchange
    )


@pytest.fixture(scope="session")
def _secret_service_env() -> Iterator[dict[str, str]]:
    from tests.system_services import ServiceUnavailable, private_secret_service

    try:
        with private_secret_service() as env:
            yield env
    except ServiceUnavailable as exc:
        pytest.skip(f"no Secret Service here: {exc}")


@pytest.fixture
def secret_service(
    _secret_service_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Any]:
    """A real, unlocked gnome-keyring in a private D-Bus session; returns the keyring backend.

    One daemon serves the whole run, and some tests lock it as a screen locker would.
    Each test gets it unlocked, as promised. Once, on a loaded machine, the crash
    tests (whose driver runs in a subprocess) found it locked in random order; the
    same order passed when run again, so some earlier test's lock outlived it."""
    for key, value in _secret_service_env.items():
        monkeypatch.setenv(key, value)
    from keyring.backends import SecretService

    from tests.enroll import keyring_control

    if keyring_control.is_locked():
        print("the test keyring was left locked before this test; unlocking it")
        keyring_control.unlock()
    yield SecretService.Keyring()
    if keyring_control.is_locked():
        keyring_control.unlock()


@pytest.fixture(scope="session")
def xvfb_display() -> Iterator[str]:
    """DISPLAY of a private Xvfb, for subprocesses that need a real X window."""
    from tests.system_services import ServiceUnavailable, private_xvfb

    try:
        with private_xvfb() as display:
            yield display
    except ServiceUnavailable as exc:
        pytest.skip(f"no X server here: {exc}")


@pytest.fixture
def main_window(qtbot: Any, app_context: Any) -> Any:
    """The real main window with all its pages, on the loopback Demo Exchange."""
    from breachguard.core.profiles import ProfileEntry
    from breachguard.qt.controllers.shell import build_controllers
    from breachguard.ui.main_window import MainWindow
    from breachguard.ui.pages import build_pages

    controllers = build_controllers(app_context)  # as the composition root builds them
    window = MainWindow(
        app_context,
        build_pages(app_context, controllers),
        [ProfileEntry("demo-exchange", "Demo Exchange", "demo")],
        controllers=controllers,
    )
    qtbot.addWidget(window)
    window.show()
    return window
