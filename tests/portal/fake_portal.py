"""A scripted stand-in for xdg-desktop-portal's Screenshot interface, run as a process.

    python -m tests.portal.fake_portal ADDRESS MODE OUT_DIR LOG_FILE [PAYLOAD]

It owns org.freedesktop.portal.Desktop on the bus at ADDRESS and answers
Screenshot(s parent_window, a{sv} options) the way the real portal does: a request
object path built from the caller's unique name and ``handle_token``, then a
``Response(u, a{sv})`` signal on it. Modes:

  ok            writes PAYLOAD as a QR code PNG into OUT_DIR and answers 0 with its URI
  early         the same, but signals before replying to the call (the race)
  huge          writes a PNG larger than BreachGuard accepts, answers 0
  nouri         answers 0 without a URI
  cancel        answers 1 (the user closed the dialog)
  fail          answers 2
  silent        never answers (a dialog left open)
  legacy        like portals before 0.9: ignores handle_token, picks its own request
                path and keeps repeating the answer there until the app has heard it

Each event is appended to LOG_FILE as one JSON line, so tests can see what the
app asked for and which file the "portal" wrote. Prints "ready" once it owns its name.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import segno
from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection, QDBusMessage, QDBusObjectPath
from PySide6.QtGui import QImage

PORTAL_PATH = "/org/freedesktop/portal/desktop"


@ClassInfo({"D-Bus Interface": "org.freedesktop.portal.Request"})
class RequestAdaptor(QDBusAbstractAdaptor):
    Response = Signal("uint", "QVariantMap")

    def __init__(self, parent: QObject, portal: FakePortal) -> None:
        super().__init__(parent)
        self.setAutoRelaySignals(True)
        self._portal = portal

    @Slot()
    def Close(self) -> None:  # D-Bus method names are CamelCase
        self._portal.log({"event": "close"})


@ClassInfo({"D-Bus Interface": "org.freedesktop.portal.Screenshot"})
class ScreenshotAdaptor(QDBusAbstractAdaptor):
    def __init__(self, parent: QObject, portal: FakePortal) -> None:
        super().__init__(parent)
        self._portal = portal

    @Slot(str, "QVariantMap", QDBusMessage)
    def Screenshot(  # D-Bus method names are CamelCase
        self, parent_window: str, options: dict[str, Any], message: QDBusMessage
    ) -> None:
        message.setDelayedReply(True)
        self._portal.screenshot(parent_window, options, message)


class FakePortal:
    def __init__(self, bus: QDBusConnection, mode: str, out_dir: Path, log_file: Path) -> None:
        self.bus = bus
        self.mode = mode
        self.out_dir = out_dir
        self.log_file = log_file
        self.payload = ""
        self.requests: list[QObject] = []

    def log(self, entry: dict[str, Any]) -> None:
        with self.log_file.open("a", encoding="utf-8") as stream:
            stream.write(json.dumps(entry) + "\n")

    def screenshot(
        self, parent_window: str, options: dict[str, Any], message: QDBusMessage
    ) -> None:
        sender = message.service().lstrip(":").replace(".", "_")
        token = options.get("handle_token", "none")
        if self.mode == "legacy":
            token = f"legacy{len(self.requests)}"
        path = f"{PORTAL_PATH}/request/{sender}/{token}"
        request = QObject()
        adaptor = RequestAdaptor(request, self)
        self.requests.append(request)
        self.bus.registerObject(path, request, QDBusConnection.RegisterOption.ExportAdaptors)
        self.log(
            {
                "event": "screenshot",
                "parent_window": parent_window,
                "options": options,
                "path": path,
            }
        )
        reply = message.createReply()
        reply.setArguments([QDBusObjectPath(path)])
        if self.mode == "silent":
            self.bus.send(reply)
            return
        code, results = self.outcome()
        if self.mode == "early":
            adaptor.Response.emit(code, results)
            self.bus.send(reply)
            return
        if self.mode == "legacy":
            # The app can only subscribe once it has read the reply; repeat until then.
            self.bus.send(reply)
            timer = QTimer(request)
            timer.setInterval(50)
            timer.timeout.connect(lambda: adaptor.Response.emit(code, results))
            timer.start()
            return
        self.bus.send(reply)
        # Like the real portal: the answer comes later, from the event loop.
        QTimer.singleShot(0, lambda: adaptor.Response.emit(code, results))

    def outcome(self) -> tuple[int, dict[str, Any]]:
        if self.mode == "cancel":
            return 1, {}
        if self.mode == "fail":
            return 2, {}
        if self.mode == "nouri":
            return 0, {}
        file = self.out_dir / f"Screenshot-{len(self.requests)}.png"
        if self.mode == "huge":
            image = QImage(5000, 64, QImage.Format.Format_Grayscale8)
            image.fill(255)
            image.save(str(file))
        else:
            segno.make(self.payload, error="m").save(str(file), scale=6, border=4)
        self.log({"event": "wrote", "file": str(file)})
        return 0, {"uri": file.as_uri()}


def main(argv: list[str]) -> int:
    address, mode, out_dir, log_file = argv[:4]
    app = QCoreApplication([])
    bus = QDBusConnection.connectToBus(address, "fake-portal")
    if not bus.isConnected():
        print("no bus", flush=True)
        return 1
    portal = FakePortal(bus, mode, Path(out_dir), Path(log_file))
    portal.payload = argv[4] if len(argv) > 4 else ""
    root = QObject()
    ScreenshotAdaptor(root, portal)
    bus.registerObject(PORTAL_PATH, root, QDBusConnection.RegisterOption.ExportAdaptors)
    if not bus.registerService("org.freedesktop.portal.Desktop"):
        print("name taken", flush=True)
        return 1
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
