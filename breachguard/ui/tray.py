"""The system-tray icon: the worst current severity at a glance, and one desktop
notification per new critical notice; both only from verified sources (an
unverified status page is listed on the status page, never announced here)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from breachguard.core.feeds.model import Notice
from breachguard.qt.notices import NoticesController
from breachguard.ui.pages.status.icons import severity_icon

# Called with (title, message); the default shows a tray balloon / desktop notification.
Notifier = Callable[[str, str], None]


def notice_title(notice: Notice, language: str) -> str:
    translation = notice.translations.get(language)
    return translation.title if translation is not None else notice.title


def ui_language() -> str:
    language = QLocale().name().split("_")[0]
    return "nb" if language in ("no", "nn") else language


class StatusTray(QObject):
    """Follows a NoticesController. The controller decides what is new (it remembers
    alerted notice ids across restarts), so a notice never notifies twice."""

    open_requested = Signal()

    def __init__(
        self,
        controller: NoticesController,
        provider_name: str,
        parent: QObject | None = None,
        notifier: Notifier | None = None,
    ) -> None:
        super().__init__(parent)
        self.provider_name = provider_name
        self.icon = QSystemTrayIcon(self)
        self.icon.setObjectName("tray.icon")
        self._notifier = notifier or self._show_balloon
        self.notified: list[str] = []  # notice ids, in order, for this session
        menu = QMenu()
        menu.setObjectName("tray.menu")
        open_action = menu.addAction(self.tr("Open BreachGuard"))
        open_action.setObjectName("tray.openAction")
        open_action.triggered.connect(self.open_requested)
        self._menu = menu  # QSystemTrayIcon does not take ownership of its menu
        self.icon.setContextMenu(menu)
        self.icon.activated.connect(self._on_activated)
        self.icon.messageClicked.connect(self.open_requested)
        controller.worst_severity_changed.connect(self.show_severity)
        controller.critical_notice.connect(self.notify_critical)
        self.show_severity(controller.worst_severity())

    def show_severity(self, severity: str) -> None:
        # The tooltip says it in words: the icon's colour and shape only back it up.
        descriptions = {
            "": self.tr("no open verified notices"),
            "info": self.tr("information"),
            "minor": self.tr("minor problem"),
            "major": self.tr("major problem"),
            "critical": self.tr("critical — action needed"),
            "unknown": self.tr("problem of unknown severity"),
        }
        self.severity = severity
        self.icon.setIcon(severity_icon(severity or "info", 64))
        self.icon.setToolTip(
            self.tr("BreachGuard — {0}: {1}").format(
                self.provider_name, descriptions.get(severity, descriptions["unknown"])
            )
        )

    def notify_critical(self, notice: Notice) -> None:
        # The controller only hands over verified notices; this holds even if not.
        if not notice.verified or notice.id in self.notified:
            return
        self.notified.append(notice.id)
        self._notifier(
            self.tr("Critical notice from {0}").format(self.provider_name),
            notice_title(notice, ui_language()),
        )

    def show(self) -> bool:
        """Shows the icon where the desktop has a tray; says whether it could."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return False
        self.icon.show()
        return True

    def hide(self) -> None:
        self.icon.hide()

    def _show_balloon(self, title: str, message: str) -> None:
        if self.icon.isVisible() and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Critical, 15000)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()
