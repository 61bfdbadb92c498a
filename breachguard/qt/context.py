"""What every page gets: the app's services and the state shared between steps.

Pages receive one AppContext instead of reaching for globals, so tests can
build one with a loopback Demo Exchange, an in-memory secret store and a temp
home, and nothing needs patching.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from breachguard.core.http import HttpClient
from breachguard.core.paths import AppPaths
from breachguard.core.provider import ProviderProfile
from breachguard.core.settings import Settings
from breachguard.qt.tasks import TaskRunner

if TYPE_CHECKING:
    from breachguard.demo.server import DemoExchange


class SessionState(QObject):
    """State one step produces and another consumes, with change signals."""

    login_email_changed = Signal(str)
    support_mode_changed = Signal(bool)
    revocation_notice_changed = Signal(bool)
    private_window_open_changed = Signal(bool)
    steps_visited_changed = Signal()

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._login_email = ""
        self._revocation_notice = False
        self._revocation_published_at: float | None = None
        self._private_window_open = False
        self._visited: set[str] = set()

    @property
    def visited_steps(self) -> frozenset[str]:
        return frozenset(self._visited)

    def mark_visited(self, step_id: str) -> None:
        if step_id not in self._visited:
            self._visited.add(step_id)
            self.steps_visited_changed.emit()

    @property
    def login_email(self) -> str:
        """The address the account uses, once step 2 established it; kept in memory only."""
        return self._login_email

    def set_login_email(self, email: str) -> None:
        if email != self._login_email:
            self._login_email = email
            self.login_email_changed.emit(email)

    @property
    def support_mode(self) -> bool:
        return bool(self._settings.get("support_mode"))

    def set_support_mode(self, enabled: bool) -> None:
        if enabled != self.support_mode:
            self._settings.set("support_mode", bool(enabled))
            self.support_mode_changed.emit(bool(enabled))

    @property
    def revocation_notice(self) -> bool:
        """A verified notice said every 2FA token was revoked."""
        return self._revocation_notice

    @property
    def revocation_published_at(self) -> float | None:
        """When the exchange announced the revocation (Unix time); tokens created
        before it are dead, tokens made after it are the replacements."""
        return self._revocation_published_at

    def set_revocation_notice(self, present: bool, published_at: float | None = None) -> None:
        changed = present != self._revocation_notice
        self._revocation_published_at = published_at if present else None
        if changed:
            self._revocation_notice = present
            self.revocation_notice_changed.emit(present)

    @property
    def private_window_open(self) -> bool:
        return self._private_window_open

    def set_private_window_open(self, is_open: bool) -> None:
        if is_open != self._private_window_open:
            self._private_window_open = is_open
            self.private_window_open_changed.emit(is_open)


@dataclass
class AppContext:
    paths: AppPaths
    settings: Settings
    provider: ProviderProfile
    tasks: TaskRunner
    http: HttpClient
    session: SessionState
    secrets: Any = None  # breachguard.core.secret_store.SecretStore
    demo: DemoExchange | None = None
