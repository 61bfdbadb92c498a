"""Screenshots through the desktop's screenshot portal (org.freedesktop.portal.Screenshot).

On Wayland an application cannot read the screen itself (QScreen gives a black
image); the portal asks the user what to capture and hands back the picture. The
portal answers twice: the method call returns a request object at once, and the
picture follows later as that request's ``Response`` signal, once the user is done.
Nothing here waits: the call, the signal and reading the picture (on the
TaskRunner) all come back through the event loop.
"""

from __future__ import annotations

import logging
import os
import secrets
import stat
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QUrl, Signal, Slot
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusError,
    QDBusMessage,
    QDBusObjectPath,
    QDBusPendingCallWatcher,
)
from PySide6.QtGui import QImage

from breachguard.qt import qr
from breachguard.qt.tasks import TaskRunner

log = logging.getLogger(__name__)

PORTAL_SERVICE = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
SCREENSHOT_INTERFACE = "org.freedesktop.portal.Screenshot"
REQUEST_INTERFACE = "org.freedesktop.portal.Request"
# The user picks an area in the portal's own dialog; give them time, but not forever.
DEFAULT_TIMEOUT_MS = 120_000
# A portal screenshot is written while we wait; anything older was not made for us.
_FILE_AGE_SLACK_S = 5.0

# D-Bus errors meaning "there is no screenshot portal here at all".
_NO_PORTAL_ERRORS = (
    QDBusError.ErrorType.ServiceUnknown,
    QDBusError.ErrorType.UnknownObject,
    QDBusError.ErrorType.UnknownInterface,
    QDBusError.ErrorType.UnknownMethod,
)

_RESPONSE_SIGNATURE = "ua{sv}"
# "1" is Qt's SLOT() prefix. PySide6 wants a str here although its stubs say bytes.
_RESPONSE_SLOT = "1_on_response(uint,QVariantMap)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("portal", text)


def request_path(unique_name: str, token: str) -> str:
    """The object path the portal gives the request made with ``token`` by the
    connection ``unique_name`` (":1.42" → ".../request/1_42/<token>")."""
    sender = unique_name.lstrip(":").replace(".", "_")
    return f"{PORTAL_PATH}/request/{sender}/{token}"


def read_and_remove(path: str, not_before: float) -> tuple[QImage, bool]:
    """Reads the portal's screenshot into memory and deletes the file.

    Runs on a worker thread. Returns the image and whether the file is gone.
    Refuses anything but a regular file written since ``not_before`` (a wall-clock
    time): only a fresh capture is ours to delete.
    """
    try:
        info = os.lstat(path)
    except OSError as exc:
        raise qr.QrError("no_capture", _tr("The screenshot could not be read.")) from exc
    if not stat.S_ISREG(info.st_mode) or info.st_mtime < not_before - _FILE_AGE_SLACK_S:
        raise qr.QrError("no_capture", _tr("The desktop returned no usable screenshot."))
    try:
        return qr.load_image_file(path), _remove(path)
    except BaseException:
        _remove(path)
        raise


def _remove(path: str) -> bool:
    try:
        os.remove(path)
    except FileNotFoundError:
        return True
    except OSError as exc:
        log.warning("could not delete the portal's screenshot (%s)", exc.strerror)
        return False
    return True


class PortalScreenshot(QObject):
    """One screenshot through the portal; create one per request.

    Exactly one of ``captured``, ``cancelled`` or ``failed`` follows ``start()``
    (none after ``close()``). ``failed`` carries a translated message for people.
    ``leftover`` comes just before ``captured`` when the portal's file could not be
    deleted; its message asks the user to delete it.
    """

    captured = Signal(QImage)
    cancelled = Signal()
    failed = Signal(str)
    leftover = Signal(str)

    def __init__(
        self,
        tasks: TaskRunner,
        *,
        connection: QDBusConnection | None = None,
        timeout_ms: int = DEFAULT_TIMEOUT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._connection = connection
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self._on_timeout)
        self._watcher: QDBusPendingCallWatcher | None = None
        self._path = ""
        self._started_at = 0.0
        self._active = False
        self._answered = False  # the Response came; only reading the file is left

    @property
    def active(self) -> bool:
        """True from ``start()`` until the outcome has been signalled."""
        return self._active

    def start(self, parent_window: str = "") -> bool:
        """Asks the portal for an interactive screenshot. False if already running.
        ``parent_window`` is the portal's window identifier ("" when unknown)."""
        if self._active:
            return False
        self._active = True
        self._answered = False
        if self._connection is None:
            self._connection = QDBusConnection.sessionBus()
        bus = self._connection
        if not bus.isConnected():
            self._fail(_no_portal_text())
            return True
        token = "breachguard_" + secrets.token_hex(8)
        # Subscribe before calling, on the path the portal will use: a quick portal may
        # answer before the method call's reply has even been read.
        if not self._subscribe(request_path(bus.baseService(), token)):
            self._fail(_failed_text())
            return True
        call = QDBusMessage.createMethodCall(
            PORTAL_SERVICE, PORTAL_PATH, SCREENSHOT_INTERFACE, "Screenshot"
        )
        call.setArguments([parent_window, {"handle_token": token, "interactive": True}])
        self._started_at = time.time()
        self._timer.start()
        self._watcher = QDBusPendingCallWatcher(bus.asyncCall(call, self._timer.interval()), self)
        self._watcher.finished.connect(self._on_call_finished)
        return True

    def close(self) -> None:
        """Withdraws a running request (the portal closes its dialog); no signal follows."""
        if not self._active:
            return
        if self._path and self._connection is not None:
            # Fire and forget: the reply, if any, tells us nothing we need.
            self._connection.send(
                QDBusMessage.createMethodCall(
                    PORTAL_SERVICE, self._path, REQUEST_INTERFACE, "Close"
                )
            )
        self._finish()

    # -- the D-Bus conversation --------------------------------------------------------------

    def _subscribe(self, path: str) -> bool:
        assert self._connection is not None
        self._unsubscribe()
        if not self._connection.connect(
            PORTAL_SERVICE,
            path,
            REQUEST_INTERFACE,
            "Response",
            _RESPONSE_SIGNATURE,
            self,
            _RESPONSE_SLOT,
        ):
            log.warning("could not listen for the screenshot portal's answer")
            return False
        self._path = path
        return True

    def _unsubscribe(self) -> None:
        if self._path and self._connection is not None:
            self._connection.disconnect(
                PORTAL_SERVICE,
                self._path,
                REQUEST_INTERFACE,
                "Response",
                _RESPONSE_SIGNATURE,
                self,
                _RESPONSE_SLOT,
            )
        self._path = ""

    @Slot(QDBusPendingCallWatcher)
    def _on_call_finished(self, watcher: QDBusPendingCallWatcher) -> None:
        watcher.deleteLater()
        self._watcher = None
        if not self._active or self._answered:
            return
        if watcher.isError():
            error = watcher.error()
            log.info("screenshot portal call failed: %s", error.name())
            if error.type() in _NO_PORTAL_ERRORS:
                self._fail(_no_portal_text())
            elif error.type() in (QDBusError.ErrorType.NoReply, QDBusError.ErrorType.Timeout):
                self._fail(_timeout_text())
            else:
                self._fail(_failed_text())
            return
        arguments = watcher.reply().arguments()
        handle = arguments[0] if arguments else None
        # Portals older than version 0.9 pick their own path; follow it if it differs.
        if (
            isinstance(handle, QDBusObjectPath)
            and handle.path() != self._path
            and not self._subscribe(handle.path())
        ):
            self._fail(_failed_text())

    @Slot("uint", "QVariantMap")
    def _on_response(self, response: int, results: dict[str, object]) -> None:
        if not self._active or self._answered:
            return
        if response == 1:
            self._finish()
            self.cancelled.emit()
            return
        uri = results.get("uri") if response == 0 else None
        url = QUrl(uri) if isinstance(uri, str) else QUrl()
        if not url.isLocalFile():
            self._fail(_failed_text() if response != 0 else _unusable_text())
            return
        self._answered = True
        self._unsubscribe()
        self._timer.stop()
        # The portal, not BreachGuard, wrote this file; it may show a setup secret,
        # so it is read into memory and deleted at once.
        self._tasks.run(
            read_and_remove,
            url.toLocalFile(),
            self._started_at,
            on_done=self._on_read,
            on_error=self._on_read_error,
        )

    def _on_read(self, outcome: tuple[QImage, bool]) -> None:
        if not self._active:
            return
        image, removed = outcome
        self._finish()
        if not removed:
            self.leftover.emit(
                _tr(
                    "BreachGuard could not delete the screenshot the desktop saved. It shows "
                    "your setup code: delete the newest picture in your screenshots folder."
                )
            )
        self.captured.emit(image)

    def _on_read_error(self, error: BaseException) -> None:
        if not self._active:
            return
        if isinstance(error, qr.QrError):
            self._fail(str(error))
        else:
            self._fail(_unusable_text())

    def _on_timeout(self) -> None:
        if not self._active:
            return
        self.close()
        self.failed.emit(_timeout_text())

    def _fail(self, text: str) -> None:
        self._finish()
        self.failed.emit(text)

    def _finish(self) -> None:
        self._active = False
        self._timer.stop()
        self._unsubscribe()


def _no_portal_text() -> str:
    return _tr(
        "This desktop offers no screenshot service to BreachGuard. Take a screenshot of the "
        "QR code yourself, copy it, and use “Paste a QR image”."
    )


def _timeout_text() -> str:
    return _tr(
        "The screenshot dialog did not answer in time. Try “Scan the screen” again, or take "
        "a screenshot of the QR code yourself, copy it, and use “Paste a QR image”."
    )


def _failed_text() -> str:
    return _tr(
        "The desktop could not take the screenshot. Try again, or take a screenshot of the "
        "QR code yourself, copy it, and use “Paste a QR image”."
    )


def _unusable_text() -> str:
    return _tr("The desktop returned no usable screenshot.")
