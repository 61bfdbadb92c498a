"""The main window: a numbered step list, the current page, Back/Next.

This module is on the first frame's path: the window is first drawn as an
outline (see core.outline), before the services its pages need exist. So it
imports, at the top, only Qt's classes and what the outline uses. Qt's ``Qt``
namespace (PySide builds all its enums on first use, ~15 ms) and the rest are
imported by the methods that need them, which run once the outline is on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

# Only the classes the outline uses: importing a class makes PySide build its enums.
from PySide6.QtCore import QCoreApplication, QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from breachguard import __version__
from breachguard.core.steps import NUMBERED, StepId
from breachguard.ui.banner_look import banner_style_sheet
from breachguard.ui.step_titles import step_title
from breachguard.ui.steps import heading

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QScreen, QShowEvent

    from breachguard.core.outline import Outline
    from breachguard.core.profiles import ProfileEntry
    from breachguard.core.settings import Settings
    from breachguard.qt.context import AppContext
    from breachguard.qt.controllers.checklist import ChecklistController
    from breachguard.qt.controllers.shell import Controllers
    from breachguard.ui.exchange_picker import ExchangePicker
    from breachguard.ui.step_page import StepPage
    from breachguard.ui.tray import StatusTray

NON_BREAKING_HYPHEN = "\u2011"
NO_BREAK_SPACE = "\u00a0"
# Room for every step (step 3's check phase included) without scrolling, where
# the screen has it; showing the window bounds it to the screen.
OPENING_SIZE = QSize(1000, 860)
# ui.widgets.PAGE_MARGINS, which the outline cannot import (that module uses Qt's
# namespace); a test keeps the two equal.
OUTLINE_PAGE_MARGINS = (16, 12, 16, 12)


class MainWindow(QMainWindow):
    """Shows one StepPage at a time. Emits requests the composition root fulfils
    (switching or importing a provider needs new services, not just new widgets).

    ``controllers`` are the ones the pages were built with (the root builds them
    once): the tray follows the notices controller, the step list ticks a step when
    the checklist controller says its items are done. Without them (a test of the
    shell alone) there is no tray and the ticks only follow the checklist file.
    """

    provider_requested = Signal(str)
    import_requested = Signal(str)
    language_requested = Signal(str)  # a language code, or "" to follow the system

    def __init__(
        self,
        context: AppContext | None,
        pages: Sequence[StepPage] = (),
        providers: Sequence[ProfileEntry] = (),
        parent: QWidget | None = None,
        *,
        controllers: Controllers | None = None,
        directory: Callable[[], Sequence[ProfileEntry]] | None = None,
        outline: Outline | None = None,
        settings: Settings | None = None,
    ) -> None:
        """``providers``: the exchanges of the File → Exchange menu; ``directory``:
        every exchange, for the picker, asked for only when it opens.

        With no ``context``, the window is only an outline of itself, drawn from
        ``outline`` and ``settings``, until :meth:`attach` gives it its services."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._attached = False
        self._outlined = False
        self._shut_down = False
        self._leaving = False
        self._follows_screen = False
        self._opening = False
        self._pages: list[StepPage] = []
        self.tray: StatusTray | None = None
        if context is None:
            if outline is None or settings is None:
                raise TypeError("a window without its services needs an outline and settings")
            self._build_outline(outline, settings)
            return
        self.attach(context, pages, providers, controllers=controllers, directory=directory)

    def attach(
        self,
        context: AppContext,
        pages: Sequence[StepPage],
        providers: Sequence[ProfileEntry] = (),
        *,
        controllers: Controllers | None = None,
        directory: Callable[[], Sequence[ProfileEntry]] | None = None,
    ) -> None:
        """Builds the real window on ``context``: in the constructor, or in place of
        the outline, in the same window, once the outline is on screen."""
        from breachguard.core.profiles import ProfileEntry
        from breachguard.core.resources import load_brand
        from breachguard.ui import enter_clicks
        from breachguard.ui.pending_page import PendingPage

        if self._attached:
            raise RuntimeError("the window has its services already")
        self._attached = True
        self.context = context
        # Pages not shown yet may be PendingPages; self.pages builds them all.
        self._pages = list(pages)
        self.controllers = controllers
        self._checklist: ChecklistController | None = None
        if controllers is not None:
            controllers.adopt_into(self)  # they live as long as this window
        self._numbered = [page.STEP_ID for page in self._pages if page.NUMBERED]
        self._app_name = load_brand().formal_name  # a white-label build's own name
        provider = context.provider
        if provider.community and all(entry.id != provider.id for entry in providers):
            current = ProfileEntry(
                provider.id, provider.name, "community", web_domains=provider.web_domains
            )
            providers = [*providers, current]
        self._providers = list(providers)
        self._directory = directory or (lambda: self._providers)
        self._build(providers)
        for page in self._pages:
            if not isinstance(page, PendingPage):
                self._wire(page)
        enter_clicks.install(self)
        context.session.support_mode_changed.connect(self._on_support_mode)
        context.session.private_window_open_changed.connect(self.private_banner.setVisible)
        self._on_support_mode(context.session.support_mode)
        self.tray = self._build_tray()
        self._refresh_step_marks()  # pages may have restored results while being built
        self._notices_fetched = False
        app = QCoreApplication.instance()
        if app is not None:
            # Quitting by any route (menu, last window, session end) shuts pages down
            # while the event loop still runs, so the clipboard can still be cleared.
            app.aboutToQuit.connect(self._shutdown_pages)
        self.go_to(self._saved_step_index())
        # Until the user moves or the notices are in: a new critical notice opens step 1.
        self._opening = True
        self._watch_opening()
        if controllers is None or controllers.checklist_built:
            self.checklist  # noqa: B018 - built already (or cheap here): follow it now
        if self._outlined:
            # The keyboard starts where it would have on a window shown whole: in
            # the step list.
            self.step_list.setFocus()
            if self.isVisible():
                self._follow_screen()

    def _build_outline(self, outline: Outline, settings: Settings) -> None:
        """The window's first frame, before its pages exist: the same layout as
        _build, from the saved outline and settings. Nothing here touches the ``Qt``
        namespace or a module the real window needs (see the module's docstring);
        attach replaces all of it."""
        from breachguard.core.resources import load_brand

        self._outlined = True
        self._app_name = load_brand().formal_name
        saved = StepId.parse(str(settings.get("last_step") or "")) or StepId.STATUS
        support_mode = bool(settings.get("support_mode"))
        central, outer = self._central_with_step_list()
        titles = []
        for step in StepId:
            number = NUMBERED.index(step) + 1 if step in NUMBERED else 0
            shown = f"{number}  {step_title(step)}" if number else step_title(step)
            titles.append(f"{shown}  ✓")
            self.step_list.addItem(shown + (f"\n     {step}" if support_mode else ""))
        self._fit_step_list(titles)
        self.step_list.setCurrentRow(list(StepId).index(saved))
        outer.addWidget(self.step_list)

        right = QVBoxLayout()
        right.setSpacing(8)
        name = outline.provider_name
        if outline.demo:
            text = self.tr("{0} — sample data. Nothing you do here touches a real account.")
            right.addWidget(_outline_banner("main.outlineBanner", "info", text.format(name)))
        elif outline.community:
            text = self._community_banner_text(name)
            right.addWidget(_outline_banner("main.outlineBanner", "warning", text))
        if support_mode:
            text = self._support_banner_text(name, outline.staff_never_ask)
            right.addWidget(_outline_banner("main.outlineSupportBanner", "warning", text))

        self.heading_label = _plain_label("", central, word_wrap=True)
        self.heading_label.setObjectName("main.heading")
        font = self.heading_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading_label.setFont(font)
        right.addWidget(self.heading_label)
        number = NUMBERED.index(saved) + 1 if saved in NUMBERED else 0
        self._show_heading(number, len(NUMBERED), step_title(saved), saved if support_mode else "")

        self.stack = QStackedWidget(central)
        self.stack.setObjectName("main.pages")
        page = QWidget(self.stack)
        page.setObjectName(f"outline.{saved}")
        if saved is StepId.STATUS:
            # What step 1 says until its first notices are read, where it says it.
            column = QVBoxLayout(page)
            column.setContentsMargins(*OUTLINE_PAGE_MARGINS)
            loading = QCoreApplication.translate("StatusPage", "Loading notices…")
            column.addWidget(_plain_label(loading, page))
            column.addStretch(1)
        self.stack.addWidget(page)
        right.addWidget(self.stack, 1)
        # Back/Next and the support toggle come with the real window, under the
        # page, where they move nothing; so does the menu bar, in room kept for it.
        outer.addLayout(right, 1)
        self.setCentralWidget(central)
        room = QWidget(self)
        room.setObjectName("main.outlineMenuRoom")
        room.setFixedHeight(outline.menu_bar_height)
        self.setMenuWidget(room)  # menuBar() replaces it
        self.resize(self.sizeHint().expandedTo(OPENING_SIZE))

    @property
    def attached(self) -> bool:
        """Whether the window has its services and pages (it is not an outline)."""
        return self._attached

    def shown_step(self) -> StepId:
        """The step on screen, in the outline too."""
        if not self._attached:
            name = self.stack.currentWidget().objectName()
            return StepId(name.removeprefix("outline."))
        return StepId(self._pages[self.current_index].STEP_ID)

    # -- construction ---------------------------------------------------------------

    @property
    def checklist(self) -> ChecklistController:
        """Step 4's controller, which ticks the step list. With the shared controllers
        it is built after the first frame (build_pending_pages), or when a page or a
        notice asks first; until then no step has a tick, as before its first read."""
        if self._checklist is None:
            if self.controllers is not None:
                self._checklist = self.controllers.checklist
            else:
                from breachguard.qt.controllers.checklist import ChecklistController

                self._checklist = ChecklistController(self.context, self)
            self._checklist.changed.connect(self._checklist_changed)
            self._checklist.refresh()
        return self._checklist

    @property
    def pages(self) -> list[StepPage]:
        """Every page, each built by now (a PendingPage is built when asked for here)."""
        return [self._materialize(index) for index in range(len(self._pages))]

    def _wire(self, page: StepPage) -> None:
        page.goto_step.connect(self.go_to_step_id)
        page.changed.connect(self._refresh_heading)
        page.finished_here.connect(lambda: self.next_button.setFocus())

    def _materialize(self, index: int) -> StepPage:
        """The real page at ``index``, built now if it was still pending."""
        from breachguard.ui.pending_page import PendingPage
        from breachguard.ui.step_page import PageScrollArea

        pending = self._pages[index]
        if not isinstance(pending, PendingPage):
            return pending
        page = pending.build()
        self._pages[index] = page
        self._wire(page)
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, PageScrollArea(page, self.stack))
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._refresh_step_marks()  # a page may restore a result while being built
        return page

    def build_pending_pages(self) -> None:
        """Idle time after the first frame: the checklist that ticks the step list,
        then the pages not shown yet, a piece per turn of the event loop, so a key
        press or click never waits for more than one piece."""
        from breachguard.ui.pending_page import PendingPage

        if self._shut_down:
            return
        pending = next((page for page in self._pages if isinstance(page, PendingPage)), None)
        if self._checklist is None:
            self.checklist  # noqa: B018 - builds and follows it
        elif pending is None:
            return
        elif pending.prepared:
            self._materialize(self._pages.index(pending))
        else:
            pending.prepare()  # its imports in this turn, its widgets in the next
        QTimer.singleShot(0, self, self.build_pending_pages)

    def _central_with_step_list(self) -> tuple[QWidget, QHBoxLayout]:
        """The central widget's row and its (empty) step list, as both the outline and
        the real window start it."""
        central = QWidget(self)
        central.setObjectName("main.central")
        outer = QHBoxLayout(central)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(12)
        self.step_list = QListWidget(central)
        self.step_list.setObjectName("main.stepList")
        self.step_list.setAccessibleName(self.tr("Steps"))
        self.step_list.setStyleSheet("QListWidget::item { padding: 8px 6px; }")
        self.step_list.setWordWrap(True)
        return central, outer

    def _build(self, providers: Sequence[ProfileEntry]) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QListWidgetItem

        from breachguard.ui.banner import Banner
        from breachguard.ui.exchange_picker import community_label
        from breachguard.ui.step_page import PageScrollArea

        central, outer = self._central_with_step_list()
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for _page in self._pages:
            self.step_list.addItem(QListWidgetItem())
        self._refresh_step_marks()  # the texts
        self._fit_step_list()
        self.step_list.currentRowChanged.connect(self._on_row_changed)
        outer.addWidget(self.step_list)

        right = QVBoxLayout()
        right.setSpacing(8)
        self.demo_banner = Banner("main.demoBanner", "info", central)
        self.demo_banner.set_text(
            self.tr("{0} — sample data. Nothing you do here touches a real account.").format(
                self.context.provider.name
            )
        )
        self.demo_banner.setVisible(self.context.provider.demo)
        right.addWidget(self.demo_banner)

        self.community_banner = Banner("main.communityBanner", "warning", central)
        self.community_banner.set_text(self._community_banner_text(self.context.provider.name))
        self.community_banner.setVisible(self.context.provider.community)
        right.addWidget(self.community_banner)

        self.support_banner = Banner("main.supportBanner", "warning", central)
        provider = self.context.provider
        self.support_banner.set_text(
            self._support_banner_text(provider.name, provider.staff_never_ask)
        )
        right.addWidget(self.support_banner)

        self.private_banner = Banner("main.privateBanner", "info", central)
        self.private_banner.set_text(
            self.tr("A private window is open — your support agent can't see it, on purpose.")
        )
        self.private_banner.setVisible(self.context.session.private_window_open)
        right.addWidget(self.private_banner)

        self.heading_label = QLabel(central)
        self.heading_label.setObjectName("main.heading")
        self.heading_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading_label.setFont(font)
        self.heading_label.setWordWrap(True)
        right.addWidget(self.heading_label)

        self.stack = QStackedWidget(central)
        self.stack.setObjectName("main.pages")
        for page in self._pages:
            # Wrapped here, once, so every page (future ones too) scrolls rather
            # than making the window taller than a small screen.
            self.stack.addWidget(PageScrollArea(page, self.stack))
        right.addWidget(self.stack, 1)

        nav = QHBoxLayout()
        self.provider_label = QLabel(central)
        self.provider_label.setObjectName("main.providerLabel")
        self.provider_label.setTextFormat(Qt.TextFormat.PlainText)
        provider = self.context.provider
        self.provider_label.setText(
            self.tr("Exchange: {0} ({1})").format(provider.name, community_label(provider.name))
            if provider.community
            else self.tr("Exchange: {0}").format(provider.name)
        )
        nav.addWidget(self.provider_label)
        nav.addStretch(1)
        self.support_toggle = QCheckBox(self.tr("I'm on a call with s&upport"), central)
        self.support_toggle.setObjectName("main.supportModeToggle")
        self.support_toggle.setToolTip(
            self.tr(
                "Hides your email, phone number, codes and secrets, and shows step ids "
                "your support agent can follow."
            )
        )
        self.support_toggle.setChecked(self.context.session.support_mode)
        self.support_toggle.toggled.connect(self.context.session.set_support_mode)
        nav.addWidget(self.support_toggle)
        self.back_button = QPushButton(self.tr("< &Back"), central)
        self.back_button.setObjectName("main.backButton")
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self.tr("&Next >"), central)
        self.next_button.setObjectName("main.nextButton")
        self.next_button.setDefault(False)
        self.next_button.clicked.connect(self.go_next)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        right.addLayout(nav)
        outer.addLayout(right, 1)
        self.setCentralWidget(central)  # in place of the outline's, which it deletes
        self.menuBar().clear()
        self._build_menus(providers)
        if not self._outlined:  # else it keeps the size it was shown at
            self.resize(self.sizeHint().expandedTo(OPENING_SIZE))

    def _build_menus(self, providers: Sequence[ProfileEntry]) -> None:
        from PySide6.QtGui import QAction, QKeySequence
        from PySide6.QtWidgets import QMenu

        from breachguard.ui.widgets import mnemonic_key, numbered, with_free_mnemonic

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setObjectName("main.fileMenu")
        provider_menu = QMenu(self.tr("&Exchange"), self)
        provider_menu.setObjectName("main.providerMenu")
        provider_menu.setToolTipsVisible(True)
        choose = QAction(self.tr("&Choose exchange…"), self)
        choose.setObjectName("main.chooseExchangeAction")
        choose.setShortcut(QKeySequence("Ctrl+E"))
        choose.triggered.connect(lambda _checked=False: self.choose_exchange())
        provider_menu.addAction(choose)
        provider_menu.addSeparator()
        # The directory's many community profiles are in the picker; the menu keeps
        # the few the customer has (and the one in use).
        listed = [
            entry
            for entry in providers
            if entry.origin != "community" or entry.id == self.context.provider.id
        ]
        for number, entry in enumerate(listed, start=1):
            text = numbered(number, self.provider_menu_text(entry, providers))
            action = QAction(text, self)
            action.setToolTip(self._provider_tooltip(entry))
            action.setObjectName(f"main.provider.{entry.id}")
            action.setCheckable(True)
            action.setChecked(entry.id == self.context.provider.id)
            action.triggered.connect(
                lambda _checked=False, pid=entry.id: self._request_provider(pid)
            )
            provider_menu.addAction(action)
        provider_menu.addSeparator()
        import_action = QAction(self.tr("&Import exchange profile…"), self)
        import_action.setObjectName("main.importProfileAction")
        import_action.triggered.connect(self._ask_import)
        provider_menu.addAction(import_action)
        file_menu.addMenu(provider_menu)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setObjectName("main.quitAction")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        go_menu.setObjectName("main.goMenu")
        for name, text, key, slot in (
            ("main.backAction", self.tr("&Back"), QKeySequence.StandardKey.Back, self.go_back),
            ("main.nextAction", self.tr("&Next"), QKeySequence.StandardKey.Forward, self.go_next),
        ):
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(key)
            action.triggered.connect(slot)
            go_menu.addAction(action)
        go_menu.addSeparator()
        for number, page in enumerate(self._pages, start=1):
            action = QAction(numbered(number, page.title()), self)
            action.setObjectName(f"main.goStep{number}")
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, index=number - 1: self.go_to(index))
            go_menu.addAction(action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.setObjectName("main.viewMenu")
        support = QAction(self.tr("I'm on a call with &support"), self)
        support.setObjectName("main.supportModeAction")
        support.setCheckable(True)
        support.setChecked(self.context.session.support_mode)
        support.toggled.connect(self.context.session.set_support_mode)
        self.context.session.support_mode_changed.connect(support.setChecked)
        view_menu.addAction(support)
        language_menu = QMenu(self.tr("&Language"), self)
        language_menu.setObjectName("main.languageMenu")
        from breachguard.qt.i18n import available_languages, current_language

        app = QCoreApplication.instance()
        active = current_language(app) if app is not None else "en"
        chosen = self.context.settings.get("language")
        system = QAction(self.tr("&System language"), self)
        system.setObjectName("main.language.system")
        system.setCheckable(True)
        system.setChecked(not chosen)
        system.triggered.connect(lambda _checked=False: self._request_language(""))
        language_menu.addAction(system)
        language_menu.addSeparator()
        taken = {mnemonic_key(system.text()) or ""}
        for code, native_name in available_languages():
            # Each language in its own words, with the first letter still free.
            action = QAction(with_free_mnemonic(native_name, taken), self)
            action.setObjectName(f"main.language.{code}")
            action.setCheckable(True)
            action.setChecked(bool(chosen) and code == active)
            action.triggered.connect(
                lambda _checked=False, language=code: self._request_language(language)
            )
            language_menu.addAction(action)
        view_menu.addMenu(language_menu)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("main.helpMenu")
        report = QAction(self.tr("Copy &support report…"), self)
        report.setObjectName("main.supportReportAction")
        report.triggered.connect(self._show_support_report)
        help_menu.addAction(report)
        about = QAction(self.tr("&About BreachGuard"), self)
        about.setObjectName("main.aboutAction")
        about.triggered.connect(self._show_about)
        help_menu.addAction(about)

    def provider_menu_text(self, entry: ProfileEntry, providers: Sequence[ProfileEntry]) -> str:
        """The menu entry: the name (with the id when another profile has the same
        name) and where the profile came from ("imported from x.json on 14 Mar 2026")."""
        from breachguard.core.profile_update import same_name

        name = entry.name
        if sum(1 for other in providers if same_name(other.name, entry.name)) > 1:
            name = self.tr("{0} ({1})").format(entry.name, entry.id)
        return self.tr("{0} — {1}").format(name, self._provider_origin(entry))

    def _provider_origin(self, entry: ProfileEntry) -> str:
        from PySide6.QtCore import QDate, QLocale

        from breachguard.ui.exchange_picker import community_label
        from breachguard.ui.format import TimeFormat

        if entry.origin == "demo":
            return self.tr("built in")
        if entry.origin == "community":
            return community_label(entry.name)
        if entry.origin == "bundled":
            return self.tr("bundled with {0}").format(self._app_name)
        if entry.source_name and entry.imported_at is not None:
            local = entry.imported_at.astimezone()
            day = TimeFormat(QLocale()).calendar_date(QDate(local.year, local.month, local.day))
            return self.tr("imported from {0} on {1}").format(entry.source_name, day)
        return self.tr("imported from a file")

    def _provider_tooltip(self, entry: ProfileEntry) -> str:
        lines = [self.tr("Profile id: {0}").format(entry.id)]
        if entry.web_domains:
            lines.append(self.tr("Websites: {0}").format(", ".join(entry.web_domains)))
        if entry.signed_by:
            lines.append(self.tr("Signed by key {0}").format(entry.signed_by))
        return "\n".join(lines)

    # -- navigation ------------------------------------------------------------------

    @property
    def current_index(self) -> int:
        return self.stack.currentIndex()

    def current_page(self) -> StepPage:
        if not self._attached:
            raise RuntimeError("the window is an outline: it has no pages yet")
        return self._materialize(self.current_index)

    def go_to(self, index: int, *, from_step_list: bool = False) -> None:
        if not 0 <= index < len(self._pages):
            return
        page = self._materialize(index)
        previous = self.stack.currentIndex()
        if previous != index and self.stack.currentWidget() is not None and previous >= 0:
            self._pages[previous].on_left()
        self.stack.setCurrentIndex(index)
        if self.step_list.currentRow() != index:
            self.step_list.blockSignals(True)
            self.step_list.setCurrentRow(index)
            self.step_list.blockSignals(False)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self._pages) - 1)
        self._refresh_heading()
        self.context.settings.set("last_step", str(page.STEP_ID))
        self.context.session.mark_visited(page.STEP_ID)
        page.on_entered()
        if not from_step_list:
            self._focus_page(page)
        self._opening = False  # the user (or a page, or a rebuild) chose: never pull them away

    def _focus_page(self, page: StepPage) -> None:
        """Arriving by Next, Back, a shortcut or a page's button, the keyboard lands on
        the new page (it was left on a button, or on a page no longer shown, and typing
        went nowhere). Arrowing through the step list keeps the focus in the list."""
        if not self.isVisible():
            return
        target = page.focus_target()
        if target is not None:
            from PySide6.QtCore import Qt

            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_to_step_id(self, step_id: str) -> None:
        index = self._index_of(step_id)
        if index is not None:
            self.go_to(index)

    def _index_of(self, step_id: str) -> int | None:
        step = StepId.parse(step_id)
        for index, page in enumerate(self._pages):
            if page.STEP_ID == step:
                return index
        return None

    def _saved_step_index(self) -> int:
        """Where the user left off (the last step is saved on every move)."""
        index = self._index_of(self.context.settings.get("last_step") or "")
        return 0 if index is None else index

    def _watch_opening(self) -> None:
        """Reopened on a later step: a critical notice that arrived since (open and not
        yet opened by the user) takes the window to step 1, as long as the user has
        not moved and the first round of fetching is not over."""
        if self.controllers is None or self._pages[self.current_index].STEP_ID == StepId.STATUS:
            self._opening = False
            return
        notices = self.controllers.notices
        notices.busy_changed.connect(self._notices_busy)
        notices.states_changed.connect(self._check_opening)
        notices.read_changed.connect(self._check_opening)

    def _notices_busy(self, busy: bool) -> None:
        if busy:
            self._notices_fetched = True

    def _check_opening(self) -> None:
        if not self._opening or self.controllers is None:
            return
        notices = self.controllers.notices
        if self.checklist.notices_read() is False:
            self._opening = False
            self.go_to_step_id(StepId.STATUS)
        elif self._notices_fetched and not notices.busy:
            self._opening = False  # every source answered once: from now on, the tray says

    def go_back(self) -> None:
        self.go_to(self.current_index - 1)

    def go_next(self) -> None:
        self.go_to(self.current_index + 1)

    def _on_row_changed(self, row: int) -> None:
        self.go_to(row, from_step_list=True)

    def _checklist_changed(self) -> None:
        # No jump to the summary on the last tick: the next keys the customer types
        # were meant for step 4 (a password went into the PDF dialog's file name).
        # Step 4 says that Next shows the summary.
        self._refresh_step_marks()

    def step_done(self, page: StepPage) -> bool:
        step = StepId.parse(page.STEP_ID)
        return step is not None and self._checklist is not None and self._checklist.step_done(step)

    def _refresh_step_marks(self) -> None:
        """A tick, and "done" in words for screen readers, next to each step whose
        checklist items are done (step 4: all of them)."""
        from PySide6.QtCore import Qt

        for row, page in enumerate(self._pages):
            item = self.step_list.item(row)
            finished = self.step_done(page)
            number = self._number(page)
            shown = self._step_title(page)
            # On its own line: long German titles plus an id would crowd the page.
            step_id = f"\n     {page.STEP_ID}" if self.context.session.support_mode else ""
            item.setText(f"{shown}{'  ✓' if finished else ''}{step_id}")
            spoken = (
                self.tr("Step {0}: {1}").format(number, page.title()) if number else page.title()
            )
            if finished:
                spoken = self.tr("{0} — done").format(spoken)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        self._fit_step_list()

    def _step_title(self, page: StepPage) -> str:
        """The step list's text for ``page``: numbered, except the summary."""
        number = self._number(page)
        return f"{number}  {page.title()}" if number else page.title()

    def _number(self, page: StepPage) -> int:
        """1-based number among the numbered steps; 0 for the summary."""
        return self._numbered.index(page.STEP_ID) + 1 if page.NUMBERED else 0

    def _fit_step_list(self, titles: Sequence[str] = ()) -> None:
        # Wide enough for the longest title in the current language, up to a limit
        # past which titles wrap rather than squeeze the page.
        # Measured with the tick every step may get, so a step that is done keeps
        # its title on one line and the list does not change width as ticks come.
        metrics = self.step_list.fontMetrics()
        titles = titles or [f"{self._step_title(page)}  ✓" for page in self._pages]
        longest = max((metrics.horizontalAdvance(title) for title in titles), default=0)
        widest = min(max(longest + 12, 200), 330)  # 12: the items' padding
        self.step_list.setFixedWidth(widest + 2 * self.step_list.frameWidth() + 24)

    def _refresh_heading(self) -> None:
        page = self._pages[self.current_index]  # a pending page has its title too
        step_id = page.current_step_id() if self.context.session.support_mode else ""
        self._show_heading(self._number(page), len(self._numbered), page.title(), step_id)

    def _show_heading(self, number: int, total: int, title: str, step_id: str) -> None:
        """The heading, its spoken name and the window title; ``step_id`` in support
        mode (else empty)."""
        text = heading(number, total, title) if number else title
        shown = text
        if step_id:
            # A language-independent id lets an English-speaking agent guide any UI language.
            text = f"{text} · {step_id}"
            # Non-breaking hyphens on screen: "2FA-" and "CHECK" never land on two lines.
            unbroken = step_id.replace("-", NON_BREAKING_HYPHEN)
            shown = f"{shown}{NO_BREAK_SPACE}· {unbroken}"
        self.heading_label.setText(shown)
        self.heading_label.setAccessibleName(text)
        self.setWindowTitle(f"{text} · {self._app_name}")

    # -- fitting the screen ---------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._attached:  # the outline is fitted below, and followed once attached
            self._follow_screen()
        self._fit_to_screen()
        # A window manager adds its frame after mapping: fit again once it is known.
        QTimer.singleShot(0, self, self._fit_to_screen)

    def _follow_screen(self) -> None:
        handle = self.windowHandle()
        if handle is not None and not self._follows_screen:
            self._follows_screen = True
            handle.screenChanged.connect(self._on_screen_changed)
            self._on_screen_changed(handle.screen())

    def _on_screen_changed(self, screen: QScreen | None) -> None:
        # Moved to a smaller screen, or this one got a new resolution or panel. Each
        # screen is watched once; a change on one the window has left refits harmlessly.
        from PySide6.QtCore import Qt

        if screen is not None:
            screen.availableGeometryChanged.connect(
                self._fit_to_screen, Qt.ConnectionType.UniqueConnection
            )
        self._fit_to_screen()

    def _fit_to_screen(self, *_args: object) -> None:
        """Keeps the whole frame, title bar to Back/Next, within the available area of
        the screen the window is on (a saved or inherited geometry may come from a
        bigger screen)."""
        from PySide6.QtCore import QRect
        from PySide6.QtGui import QGuiApplication

        if self.isMaximized() or self.isFullScreen():
            return  # the window system sizes these
        frame = self.frameGeometry()
        screen = QGuiApplication.screenAt(frame.center()) or self.screen()
        if screen is None:
            return
        available = screen.availableGeometry()
        extra = frame.size() - self.size()  # the window manager's frame
        size = self.size().boundedTo(available.size() - extra)
        if size != self.size():
            self.resize(size)
        frame = QRect(frame.topLeft(), size + extra)
        left = max(available.left(), min(frame.left(), available.right() - frame.width() + 1))
        top = max(available.top(), min(frame.top(), available.bottom() - frame.height() + 1))
        if (left, top) != (frame.left(), frame.top()):
            self.move(left, top)

    # -- support mode, tray ----------------------------------------------------------------

    def _support_banner_text(self, name: str, staff_never_ask: Sequence[str]) -> str:
        """The support banner's warning for the exchange ``name``, whose staff never
        ask for ``staff_never_ask`` (the outline has these from its saved facts)."""
        never = {
            "password": self.tr("your password"),
            "2fa_codes": self.tr("2FA codes"),
            "authenticator_secret": self.tr("your authenticator secret or QR code"),
            "seed_phrase": self.tr("your seed phrase"),
            "remote_access": self.tr("remote access to your computer"),
            "move_funds": self.tr("to move your funds"),
        }
        keys = staff_never_ask
        if not keys:
            # A community profile: what the exchange's staff never ask is not its own
            # word here, so this is advice, not a claim made in its name.
            return self.tr(
                "Support mode: your email, phone number, codes and secrets are hidden. "
                "Never give anyone: {0}. Genuine support staff do not need them."
            ).format("; ".join(never.values()))
        items = [never[key] for key in keys if key in never]
        return self.tr(
            "Support mode: your email, phone number, codes and secrets are hidden. "
            "{0} staff will never ask you for: {1}."
        ).format(name, "; ".join(items))

    def _on_support_mode(self, enabled: bool) -> None:
        self.support_banner.setVisible(enabled)
        if self.support_toggle.isChecked() != enabled:
            self.support_toggle.setChecked(enabled)
        self._refresh_step_marks()
        self._refresh_heading()

    def _build_tray(self) -> StatusTray | None:
        from breachguard.ui.tray import StatusTray

        if self.controllers is None:
            return None
        tray = StatusTray(self.controllers.notices, self.context.provider.name, self)
        tray.open_requested.connect(self._bring_to_front)
        tray.show()
        return tray

    def _bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.go_to_step_id(StepId.STATUS)

    # -- leaving: quit, another language or exchange -------------------------------------

    def leave_warnings(self) -> list[str]:
        return [text for page in self._pages if (text := page.leave_warning())]

    def ask_before_leaving(
        self,
        action: str,
        then: Callable[[], None],
        *,
        otherwise: Callable[[], None] | None = None,
    ) -> None:
        """Runs ``then`` at once when leaving loses nothing; else asks first, naming what
        is at stake (``action`` is the button that goes ahead, e.g. "Quit anyway")."""
        from breachguard.ui import feedback

        warnings = self.leave_warnings()
        if not warnings:
            then()
            return
        feedback.ask(
            self,
            self.tr("Your 2FA setup is not finished"),
            "\n\n".join(warnings),
            object_name="main.leaveQuestion",
            go_ahead=action,
            stay=self.tr("&Stay here"),
            then=then,
            otherwise=otherwise,
            button_names=("main.leaveAnywayButton", "main.stayButton"),
        )

    def _request_language(self, code: str) -> None:
        """The window is rebuilt in the new language."""
        self.ask_before_leaving(
            self.tr("Change the &language anyway"),
            lambda: self.language_requested.emit(code),
            otherwise=self._menus_follow_language,
        )

    def _request_provider(self, provider_id: str) -> None:
        if provider_id == self.context.provider.id:
            self._menus_follow_provider()
            return
        self.ask_before_leaving(
            self.tr("Switch &exchange anyway"),
            lambda: self.provider_requested.emit(provider_id),
            otherwise=self._menus_follow_provider,
        )

    def _menus_follow_provider(self) -> None:
        from PySide6.QtGui import QAction

        for action in self.findChildren(QAction):
            name = action.objectName()
            if name.startswith("main.provider."):
                action.setChecked(name == f"main.provider.{self.context.provider.id}")

    def _menus_follow_language(self) -> None:
        from PySide6.QtGui import QAction

        chosen = self.context.settings.get("language") or ""
        for action in self.findChildren(QAction):
            name = action.objectName()
            if name.startswith("main.language."):
                code = name.rsplit(".", 1)[1]
                action.setChecked(code == (chosen or "system"))

    def _show_support_report(self) -> None:
        from breachguard.ui.report_dialog import show_report_dialog

        show_report_dialog(self.context, self.current_page().current_step_id(), self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._attached:
            super().closeEvent(event)  # an outline: nothing to ask or shut down yet
            return
        if not self._leaving and not self._shut_down and self.leave_warnings():
            # Quitting now would cost the user something: ask, and close only if they say so.
            event.ignore()
            self.ask_before_leaving(self.tr("&Quit anyway"), self._close_confirmed)
            return
        self._shutdown_pages()
        super().closeEvent(event)

    def _close_confirmed(self) -> None:
        self._leaving = True
        self.close()

    def close_without_asking(self) -> None:
        """For a rebuild that keeps every service (language, exchange): already asked."""
        self._leaving = True
        self.close()

    def _shutdown_pages(self) -> None:
        if self._shut_down:
            return
        self._shut_down = True
        if self.tray is not None:
            self.tray.hide()
        for page in self._pages:
            page.shutdown()
        if self.controllers is not None:
            self.controllers.shutdown()
        elif self._checklist is not None:
            self._checklist.shutdown()
        # Answers still on their way belong to pages that are going away.
        self.context.tasks.cancel_all()

    # -- menus ------------------------------------------------------------------------

    def choose_exchange(self, *, first_start: bool = False) -> ExchangePicker:
        """The searchable list of exchanges; choosing one switches to it (asking
        first when leaving would lose something)."""
        from breachguard.ui.exchange_picker import ExchangePicker

        picker = ExchangePicker(
            self._directory(),
            self.context.provider.id,
            self._app_name,
            self,
            first_start=first_start,
        )
        picker.chosen.connect(self._request_provider)
        # Closed without a choice: the keyboard comes back here (a window manager
        # would do that too; without one, focus would be nowhere).
        picker.rejected.connect(self.activateWindow)
        picker.finished.connect(picker.deleteLater)
        picker.open()
        return picker

    def _community_banner_text(self, name: str) -> str:
        return self.tr(
            "{0}: community profile — not published by {0}. BreachGuard uses only public "
            "facts about {0}, each from a cited source, and nothing here comes verified from "
            "{0}. If {0} gives you its own profile file, import it with File → Exchange."
        ).format(name)

    def _ask_import(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import exchange profile"), "", self.tr("Exchange profiles (*.json)")
        )
        if path:
            self.ask_before_leaving(
                self.tr("Switch &exchange anyway"), lambda: self.import_requested.emit(path)
            )

    def tell_exchange_not_opened(self, name: str) -> None:
        """The exchange the last start showed, ``name``, cannot be opened (its profile
        was removed or damaged since); this window shows another one."""
        self.show_error(
            self.tr("Your exchange could not be opened"),
            self.tr(
                "BreachGuard could not open {0}: its profile is no longer installed, or its "
                "file is damaged.\n\nIt shows {1} instead. Choose your exchange with File → "
                "Exchange → Choose exchange…, or import its profile file again."
            ).format(name, self.context.provider.name),
        )

    def show_error(self, title: str, text: str) -> None:
        from breachguard.ui import feedback

        feedback.tell(self, title, text, object_name="main.errorDialog")

    def _show_about(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName("main.aboutDialog")
        box.setWindowTitle(self.tr("About BreachGuard"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "BreachGuard {0}\n\nHelps you through the day after your exchange was breached: "
                "verified notices, the right login email and a safe 2FA re-enrollment."
            ).format(__version__)
        )
        box.open()


def _plain_label(text: str, parent: QWidget, *, word_wrap: bool = False) -> QLabel:
    """A label that shows its text as written, never as markup (an exchange's name
    comes from its profile). The format is set by its property's number (0 is
    Qt.TextFormat.PlainText) to keep the ``Qt`` namespace off the outline's path."""
    label = QLabel(parent)
    label.setProperty("textFormat", 0)
    label.setWordWrap(word_wrap)
    label.setText(text)
    return label


def _outline_banner(object_name: str, kind: str, text: str) -> QFrame:
    """A banner that looks like ui.banner's, without that module (it uses Qt's
    namespace); in high contrast the real one follows on the next turn."""
    banner = QFrame()
    banner.setObjectName(object_name)
    banner.setStyleSheet(banner_style_sheet(object_name, kind))
    row = QHBoxLayout(banner)
    row.setContentsMargins(10, 6, 10, 6)
    row.addWidget(_plain_label(text, banner, word_wrap=True), 1)
    return banner
