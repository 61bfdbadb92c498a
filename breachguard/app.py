"""Composition root: parse arguments, build services, show the window.

The window is usually drawn first as an outline of itself (see core.outline), and
its services and pages are built on the next turn, in the same window. So this
module imports at the top only what the outline needs; the rest is imported where
it is used.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from breachguard import APP_NAME, __version__
from breachguard.core import outline as window_outline
from breachguard.core.paths import AppPaths, HomeError
from breachguard.core.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from breachguard.core.profile_update import ImportPlan
    from breachguard.core.provider import ProviderProfile
    from breachguard.demo.server import DemoExchange
    from breachguard.qt.context import AppContext
    from breachguard.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# core.profiles.DEMO_PROVIDER_ID, which the outline's path does not import.
DEMO_PROVIDER_ID = "demo-exchange"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="breachguard",
        description=(
            "BreachGuard helps you after your crypto exchange was breached: verified notices,\n"
            "finding the email your account uses, and setting up two-factor authentication again."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.epilog = "commands:\n" + "\n".join(
        f"  breachguard {name} ...  {summary}" for name, (_module, summary) in SUBCOMMANDS.items()
    )
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument(
        "--language",
        metavar="CODE",
        help="language for this run: en, de or nb (default: as chosen in the app, else the system's)",
    )
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument(
        "--provider",
        metavar="ID|FILE",
        help="exchange to use: the id of a known profile, or a profile file to import",
    )
    choice.add_argument(
        "--demo",
        action="store_true",
        help="use the built-in Demo Exchange (sample data, runs on this computer)",
    )
    parser.add_argument(
        "--accept-update",
        metavar="DIGEST",
        help="with --provider FILE: accept the changes that file makes to an installed "
        "profile, as listed when it was refused (DIGEST names that exact file)",
    )
    return parser


def no_arguments() -> argparse.Namespace:
    """What the parser makes of no arguments, the desktop launcher's start, without
    building it: argparse looks up its help texts' translations (and imports
    ``locale``) as it builds, ~2 ms of the first frame. A test keeps the two equal."""
    return argparse.Namespace(language=None, provider=None, demo=False, accept_update=None)


class ProviderChoiceError(Exception):
    pass


class Application:
    """Owns the services for the chosen provider and rebuilds them when it changes."""

    def __init__(self, paths: AppPaths, settings: Settings) -> None:
        from breachguard.core.profiles import ProfileRegistry

        self.paths = paths
        self.settings = settings
        self.registry = ProfileRegistry(paths.profiles_dir)
        self.demo: DemoExchange | None = None
        self.context: AppContext | None = None
        self.window: MainWindow | None = None

    # -- provider resolution -------------------------------------------------------------

    def resolve(
        self, requested: str | None, demo: bool, *, accept_update: str | None = None
    ) -> str:
        """Turn command-line choices and settings into a provider id (imports a file if
        given). A known id wins over a file of the same name in the current folder."""
        if demo:
            return DEMO_PROVIDER_ID
        known = self.registry.known_ids()  # the directory by file name: no reading
        if requested and requested in known:
            return requested
        if requested:
            candidate = Path(requested)
            if requested.endswith(".json") or candidate.is_file():
                return self._import_from_command_line(candidate, requested, accept_update)
            raise ProviderChoiceError(
                f"unknown exchange {requested!r}; known: {', '.join(sorted(known))}"
            )
        saved = self.settings.get("provider_id")
        if isinstance(saved, str) and saved in known:
            return saved
        from breachguard.core.resources import load_brand

        # A white-label build starts on the exchange it was made for.
        branded = load_brand().default_provider
        return branded if branded in known else DEMO_PROVIDER_ID

    def plan_import(self, path: Path) -> ImportPlan:
        """Read a profile file once and say what importing it would do (ProfileError
        when the file is unusable)."""
        from breachguard.core.profile_update import ProfileFile
        from breachguard.core.resources import load_brand

        label = f"bundled with {load_brand().formal_name}"
        return self.registry.plan(ProfileFile.read(path), bundled_label=label)

    def _import_from_command_line(
        self, path: Path, requested: str, accept_update: str | None
    ) -> str:
        from breachguard.core.profile_update import ImportKind
        from breachguard.core.provider import ProfileError

        try:
            plan = self.plan_import(path)
        except ProfileError as exc:
            raise ProviderChoiceError(f"cannot use the profile {requested}: {exc}") from None
        digest = plan.candidate.digest
        if plan.kind is ImportKind.REFUSED:
            lines = [*plan.summary(), f"Not imported: {plan.refusal}."]
            raise ProviderChoiceError("\n".join(lines))
        if plan.needs_choice and (accept_update or "").strip().lower() != digest:
            lines = plan.summary()
            if accept_update:
                lines.append(
                    f"--accept-update {accept_update} does not name this file (its digest "
                    f"is {digest}): it changed since, so check its changes again."
                )
            lines += [
                "Nothing was changed. If you trust this file, accept exactly these changes with:",
                f"  breachguard --provider {requested} --accept-update {digest}",
            ]
            raise ProviderChoiceError("\n".join(lines))
        return self.registry.install(plan).id

    def load_provider(self, provider_id: str, *, serve_demo: bool = True) -> ProviderProfile:
        """The profile for ``provider_id``. For the Demo Exchange, its address is taken
        at once and it serves then, or with ``serve_demo=False`` on :meth:`serve_demo`
        (requests wait for it in the socket's queue)."""
        if provider_id == DEMO_PROVIDER_ID:
            from breachguard.core.provider import ProfileOrigin, profile_from_dict
            from breachguard.demo.server import DemoExchange

            if self.demo is None:
                self.demo = DemoExchange().reserve()
            if serve_demo:
                self.serve_demo()
            return profile_from_dict(self.demo.profile_dict(), origin=ProfileOrigin.BUILT_IN)
        self.stop_demo()
        profile = self.registry.find(provider_id)
        if profile is None:
            raise ProviderChoiceError(f"the profile for {provider_id!r} is missing or invalid")
        return profile

    def serve_demo(self) -> None:
        if self.demo is not None and not self.demo.serving:
            self.demo.start()

    def stop_demo(self) -> None:
        if self.demo is not None:
            self.demo.stop()
            self.demo = None

    # -- window --------------------------------------------------------------------------

    def show(self, provider_id: str, *, into: MainWindow | None = None) -> MainWindow:
        """A window on ``provider_id``'s services: a new one in place of the current
        one, or ``into`` an outline on screen."""
        from breachguard.core.http import HttpClient
        from breachguard.core.secret_store import KeyringSecretStore
        from breachguard.qt.context import AppContext, SessionState
        from breachguard.qt.tasks import TaskRunner

        _forget_module_sources()  # the freed lines make room for the imports below
        # The Demo Exchange serves once the window is drawn (see _present).
        provider = self.load_provider(provider_id, serve_demo=False)
        self.settings.set("provider_id", provider.id)
        old_window = self.window
        self.context = AppContext(
            paths=self.paths,
            settings=self.settings,
            provider=provider,
            tasks=TaskRunner(),
            http=HttpClient(user_agent=f"{APP_NAME}/{__version__}"),
            session=SessionState(self.settings),
            secrets=KeyringSecretStore(),  # picks its backend on first use, off the GUI thread
            demo=self.demo,
        )
        window = self._new_window(old_window, into=into)
        outline = window_outline.Outline(
            provider.id,
            provider.name,
            demo=provider.demo,
            community=provider.community,
            staff_never_ask=provider.staff_never_ask,
            menu_bar_height=window.menuBar().sizeHint().height(),
        )
        self.settings.set(window_outline.SETTING, outline.to_setting())  # for the next start
        had_focus = _app_has_focus()
        if old_window is not None:
            old_window.close_without_asking()
            old_window.deleteLater()
        self._present(window, take_focus=had_focus)
        for problem in self.registry.problems:
            log.warning("%s", problem)
        return window

    def switch_language(self, code: str) -> None:
        """Install the catalogs and rebuild the window on the same services: the
        widgets set their texts once, and in-memory progress (the login email)
        lives in the context, not in the widgets."""
        from PySide6.QtWidgets import QApplication

        from breachguard.qt.i18n import install_language

        app = QApplication.instance()
        if app is None or self.context is None or self.window is None:
            return
        self.settings.set("language", code or None)
        install_language(app, code or None)
        old_window = self.window
        step_id = old_window.current_page().STEP_ID
        # Same task runner: the old pages shut down and drop their pending answers
        # before the new ones ask for anything.
        had_focus = _app_has_focus()
        old_window.close_without_asking()
        old_window.deleteLater()
        window = self._new_window(old_window)
        window.go_to_step_id(step_id)
        self._present(window, take_focus=had_focus)

    def _new_window(
        self, old_window: MainWindow | None, *, into: MainWindow | None = None
    ) -> MainWindow:
        """A main window on the current context, wired to this object, where the old one
        was (or the outline ``into``, filled)."""
        from breachguard.qt.controllers.shell import build_controllers
        from breachguard.ui.main_window import MainWindow
        from breachguard.ui.pages import pending_pages

        assert self.context is not None
        _forget_module_sources()  # the window's modules are imported by now
        self.context.tasks.hold()  # background work starts once the window is on screen
        # One controller per step, built here once; each page and the tray get theirs.
        controllers = build_controllers(self.context)
        pages = pending_pages(self.context, controllers)
        providers = self.registry.entries(community=False)
        if into is not None:
            window = into
            window.attach(
                self.context,
                pages,
                providers,
                controllers=controllers,
                directory=self.registry.entries,
            )
        else:
            window = MainWindow(
                self.context,
                pages,
                providers,
                controllers=controllers,
                directory=self.registry.entries,
            )
        window.provider_requested.connect(self.switch_provider)
        window.language_requested.connect(self.switch_language)
        window.import_requested.connect(self.import_profile)
        if old_window is not None:
            window.setGeometry(old_window.geometry())
        return window

    def _present(self, window: MainWindow, *, take_focus: bool = False) -> None:
        """Shows ``window``; ``take_focus`` when it replaces one the keyboard was in,
        so the next key press reaches the new window, not nowhere."""
        from PySide6.QtCore import QTimer

        from breachguard.qt.first_frame import FirstFrame

        assert self.context is not None
        self.window = window
        # Background work, the Demo Exchange and the pages not shown start once the
        # window is drawn, not while it is; each in its own turn of the event loop, so
        # none holds a key press for long. Requests sent before the Demo Exchange
        # serves wait in its socket's queue.
        drawn = FirstFrame(window).drawn
        drawn.connect(self.context.tasks.release)
        drawn.connect(lambda: QTimer.singleShot(0, self.serve_demo))
        drawn.connect(lambda: QTimer.singleShot(0, window, window.build_pending_pages))
        if take_focus:  # once mapped: X refuses focus for a window not yet viewable
            drawn.connect(window.activateWindow)
        if window.isVisible():
            window.update()  # an outline filled: its next frame is the one to wait for
        window.show()

    def switch_provider(self, provider_id: str) -> None:
        if self.context is not None and provider_id == self.context.provider.id:
            return
        try:
            self.show(provider_id)
        except ProviderChoiceError as exc:
            if self.window is not None:
                self.window.show_error(self.window.tr("Cannot switch exchange"), str(exc))

    def import_profile(self, path: str) -> None:
        """File → Exchange → Import: a new profile is installed at once; one that
        changes an installed profile (or takes another's name) is shown in a dialog
        listing every difference, and installed only if the user accepts."""
        from breachguard.core.profile_update import ImportKind
        from breachguard.core.provider import ProfileError

        window = self.window
        try:
            plan = self.plan_import(Path(path))
        except ProfileError as exc:
            self._import_failed(Path(path).name, exc)
            return
        if plan.kind is ImportKind.SAME:
            self.switch_provider(plan.candidate.profile.id)
            return
        if plan.kind is ImportKind.NEW and not plan.needs_choice:
            self.install_profile(plan)
            return
        if window is None:
            return
        from breachguard.ui.profile_update_dialog import ProfileUpdateDialog

        dialog = ProfileUpdateDialog(plan, window)
        dialog.accepted.connect(lambda: self.install_profile(plan))
        dialog.open()

    def install_profile(self, plan: ImportPlan) -> None:
        from breachguard.core.provider import ProfileError

        try:
            profile = self.registry.install(plan)
        except (ProfileError, OSError) as exc:
            self._import_failed(plan.candidate.name, exc)
            return
        self.show(profile.id)  # also when it is the current exchange: new settings

    def _import_failed(self, file_name: str, problem: Exception) -> None:
        if self.window is not None:
            from breachguard.ui.feedback import problem_text

            self.window.show_error(
                self.window.tr("This exchange profile cannot be used"),
                self.window.tr("The file {0} was not imported.\n\nProblem: {1}").format(
                    file_name, problem_text(problem, self.window.tr("It could not be saved"))
                ),
            )

    def shutdown(self) -> None:
        if self.demo is not None and not self.demo.serving:
            # Quit before the first frame: held requests to it fail at once instead
            # of waiting in its queue for their deadlines.
            self.stop_demo()
        if self.context is not None:
            self.context.tasks.wait_idle(5000)
        self.stop_demo()


def run_notices(argv: Sequence[str]) -> int:
    """`breachguard notices`: the feed command, with the app's provider registry
    (the Demo Exchange is started for as long as the command runs)."""
    from breachguard.core.feeds import cli

    paths = AppPaths.from_environment().ensure()
    providers = Application(paths, Settings(paths.settings_file))

    def find_provider(provider_id: str) -> ProviderProfile | None:
        try:
            return providers.load_provider(provider_id)
        except ProviderChoiceError:
            return None

    try:
        return cli.main(
            argv,
            stdout=sys.stdout,
            stderr=sys.stderr,
            data_dir=paths.data_dir,
            find_provider=find_provider,
        )
    finally:
        providers.stop_demo()


SUBCOMMANDS = {
    # name: ("module:function", summary); the function takes argv, returns the exit code
    "inspect-2fa": (
        "breachguard.inspect_2fa:run",
        "check a 2FA setup link or QR image without revealing the secret",
    ),
    "notices": (
        "breachguard.app:run_notices",
        "print an exchange's current notices, verified against its pinned key",
    ),
    "doctor": (
        "breachguard.doctor:run",
        "print the support report (versions, keyring, clock, feeds; no secrets)",
    ),
    "mail-scan": (
        "breachguard.mail_scan:run",
        "find which address received the exchange's real mail (local mail, headers only)",
    ),
}


def _forget_module_sources() -> None:
    # PySide6 reads the whole source of every module imported after it (to look
    # for its own name) and linecache keeps each line: several MiB at start-up.
    # Tracebacks read the files again when they need them.
    import linecache

    linecache.clearcache()


def set_icon_after_first_frame(qt_app: QApplication, window: QWidget) -> None:
    """The window icon waits for the first frame: on X11 every size is decoded and
    converted for the window property (about 4.5 MiB at its peak, and two pool
    threads for the largest), and the frame does not show it."""
    from PySide6.QtCore import QTimer

    from breachguard.qt.first_frame import FirstFrame

    FirstFrame(window).drawn.connect(
        lambda: QTimer.singleShot(0, qt_app, lambda: _set_window_icon(qt_app))
    )


def _set_window_icon(qt_app: QApplication) -> None:
    from PySide6.QtGui import QIcon

    from breachguard.core.resources import resource_path

    icon = QIcon()
    for size in (16, 32, 64, 128, 256, 512):
        path = resource_path("icons", f"breachguard-{size}.png")
        if path.is_file():  # a branded build brings its own set under the same names
            icon.addFile(str(path))
    qt_app.setWindowIcon(icon)


def _app_has_focus() -> bool:
    from PySide6.QtWidgets import QApplication

    return QApplication.activeWindow() is not None


def _is_first_start(args: argparse.Namespace, settings: Settings) -> bool:
    """Nobody has chosen an exchange yet: not on the command line, not before."""
    return not args.provider and not args.demo and settings.get("provider_id") is None


def offer_exchanges_after_first_frame(window: MainWindow) -> None:
    """First start: the window shows the Demo Exchange at once, and the exchange
    picker opens over it, so a customer whose exchange is listed picks it first."""
    from PySide6.QtCore import QTimer

    from breachguard.qt.first_frame import FirstFrame

    FirstFrame(window).drawn.connect(  # the window owns it
        lambda: QTimer.singleShot(0, window, lambda: window.choose_exchange(first_start=True))
    )


def _saved_outline(args: argparse.Namespace, settings: Settings) -> window_outline.Outline | None:
    """The outline to draw first, or None when the window must be built whole before
    it is shown: a profile named on the command line is checked first (its problems
    go to the terminal, with no window), and a first start has no outline saved."""
    if args.provider:
        return None
    provider_id = DEMO_PROVIDER_ID if args.demo else settings.get("provider_id")
    if not isinstance(provider_id, str):
        return None
    return window_outline.saved_outline(settings.get(window_outline.SETTING), provider_id)


def _prepare_files(paths: AppPaths) -> None:
    from breachguard.core.atomic import remove_stale_temp_files
    from breachguard.core.logsetup import configure_logging

    configure_logging(paths.log_dir)
    for directory in (paths.config_dir, paths.data_dir, paths.cache_dir):
        remove_stale_temp_files(directory)


def _fill_outline(
    window: MainWindow, app_state: Application, outline: window_outline.Outline, demo: bool
) -> None:
    """The second turn of an outlined start: the services, pages and tray, in the
    window the outline was drawn in. A saved exchange whose profile is gone or
    damaged since is said so in the window, which shows the default exchange."""
    # Resolving skips a profile that is gone or unreadable for the default exchange.
    provider_id = app_state.resolve(None, demo)
    problem = "" if provider_id == outline.provider_id else "its profile is not installed"
    if not problem:
        try:
            app_state.show(provider_id, into=window)
        except ProviderChoiceError as exc:
            provider_id, problem = DEMO_PROVIDER_ID, str(exc)
    if problem:
        log.warning("the saved exchange %s cannot be opened: %s", outline.provider_id, problem)
        app_state.show(provider_id, into=window)
        window.tell_exchange_not_opened(outline.provider_name)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in SUBCOMMANDS:
        import importlib

        module_name, function = SUBCOMMANDS[arguments[0]][0].split(":")
        run = getattr(importlib.import_module(module_name), function)
        try:
            return int(run(arguments[1:]))
        except HomeError as exc:
            print(f"breachguard {arguments[0]}: {exc}", file=sys.stderr)
            return 2
    args = build_parser().parse_args(arguments) if arguments else no_arguments()
    try:
        paths = AppPaths.from_environment().ensure()
    except HomeError as exc:
        print(f"breachguard: {exc}", file=sys.stderr)
        return 2
    settings = Settings(paths.settings_file)
    # The window is first drawn as an outline when one is saved for the exchange it
    # opens on; the services are built after that frame (_fill_outline).
    outline = _saved_outline(args, settings)
    started: list[Application] = []
    first_start = False
    provider_id = ""
    if outline is None:
        _prepare_files(paths)
        started.append(Application(paths, settings))
        first_start = _is_first_start(args, settings)
        try:
            provider_id = started[0].resolve(
                args.provider, args.demo, accept_update=args.accept_update
            )
        except ProviderChoiceError as exc:
            print(f"breachguard: {exc}", file=sys.stderr)
            return 2
    from breachguard.qt.display_check import display_problem, release_probe

    problem = display_problem()  # Qt would abort the process instead
    if problem is not None:
        print(f"breachguard: {problem}", file=sys.stderr)
        return 2

    from PySide6.QtWidgets import QApplication

    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    _forget_module_sources()  # after each batch of imports, before the next
    release_probe()
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationVersion(__version__)
    qt_app.setOrganizationName(APP_NAME)
    from breachguard.qt.i18n import install_language

    saved_language = settings.get("language")
    requested_language = args.language or (
        saved_language if isinstance(saved_language, str) else None
    )
    language = install_language(qt_app, requested_language or _brand_language() or None)
    if outline is None:
        app_state = started[0]
        log.info("language %s", language)
        try:
            window = app_state.show(provider_id)
        except ProviderChoiceError as exc:
            print(f"breachguard: {exc}", file=sys.stderr)
            return 2
        set_icon_after_first_frame(qt_app, window)
        if first_start and provider_id == DEMO_PROVIDER_ID and app_state.registry.community_ids():
            offer_exchanges_after_first_frame(window)
    else:  # logging is set up in the second turn, which logs the language
        window = _show_outline(qt_app, paths, settings, outline, args.demo, language, started)
    log.info("started %s %s", APP_NAME, __version__)
    from breachguard.qt.collector import GuiThreadCollector

    # Before the event loop: the window holds its background work until its first
    # frame, so no other thread has run Python yet.
    collector = GuiThreadCollector(qt_app)
    try:
        return int(qt_app.exec())
    finally:
        if started:
            started[0].shutdown()
        collector.stop()


def _brand_language() -> str:
    from breachguard.core.resources import load_brand

    return load_brand().default_language


def _show_outline(
    qt_app: QApplication,
    paths: AppPaths,
    settings: Settings,
    outline: window_outline.Outline,
    demo: bool,
    language: str,
    started: list[Application],
) -> MainWindow:
    """Shows the outline, and fills it once it is on screen (appending the
    Application that owns the services to ``started``)."""
    from breachguard.qt.first_frame import FirstFrame
    from breachguard.ui.main_window import MainWindow

    window = MainWindow(None, outline=outline, settings=settings)

    def fill() -> None:
        try:
            _prepare_files(paths)
            log.info("language %s", language)
            started.append(Application(paths, settings))
            _fill_outline(window, started[0], outline, demo)
            set_icon_after_first_frame(qt_app, window)
        except Exception:
            # Not left as an outline that never fills: the same end as a failure
            # before the window.
            log.exception("the window could not be built")
            import traceback

            traceback.print_exc()
            qt_app.exit(1)

    FirstFrame(window).drawn.connect(fill)  # the window owns it
    window.show()
    return window
