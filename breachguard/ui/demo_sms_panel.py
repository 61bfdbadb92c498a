"""The Demo Exchange's "phone": shows the texts it would have sent by SMS.

Only shown for a demo provider. Polls ``GET {demo}/demo/sms`` every two seconds
while visible, through the task runner; codes are masked in support mode like
everywhere else. The outbox stands for the customer's phone, so it is read with
the running Demo Exchange's per-run token, which never leaves this process.
"""

from __future__ import annotations

import re
import time
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breachguard.core.feeds.timeparse import parse_rfc3339
from breachguard.core.http import HttpError, RequestPolicy
from breachguard.core.masking import mask_code
from breachguard.core.strictjson import JsonError, loads_strict
from breachguard.qt.context import AppContext
from breachguard.ui import feedback
from breachguard.ui.format import TimeFormat

POLL_MS = 2000
REVEAL_S = 30  # how long codes show after "I have paused screen sharing"
MAX_MESSAGES = 20
_CODE = re.compile(r"\b\d{6}\b")


def parse_outbox(data: bytes) -> list[dict[str, str]]:
    """``{"messages": [{"to", "text", "sent_at"}]}`` → the messages, newest first."""
    value = loads_strict(data)
    messages = value.get("messages") if isinstance(value, dict) else None
    if not isinstance(messages, list):
        raise JsonError("has no message list")
    result = []
    for item in messages[:MAX_MESSAGES]:
        if not isinstance(item, dict):
            raise JsonError("holds something that is not a message")
        fields = {key: item.get(key) for key in ("to", "text", "sent_at")}
        if not all(isinstance(v, str) and len(v) <= 500 for v in fields.values()):
            raise JsonError("holds a message with missing fields")
        result.append({k: str(v) for k, v in fields.items()})
    return result


class DemoSmsPanel(QGroupBox):
    messages_changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("email.demoSmsPanel")
        self.setTitle(self.tr("Demo SMS — the demo exchange's text messages"))
        self._url = self._outbox_url()
        self._in_flight = False
        self._messages: list[dict[str, str]] = []
        layout = QVBoxLayout(self)
        explain = QLabel(
            self.tr(
                "This is a demonstration. A real exchange sends the code to your phone; "
                "the demo shows its texts here instead."
            ),
            self,
        )
        explain.setObjectName("email.demoSmsExplain")
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.list = QListWidget(self)
        self.list.setObjectName("email.demoSmsList")
        self.list.setAccessibleName(self.tr("Demo text messages"))
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(90)
        layout.addWidget(self.list)
        # Support mode hides the codes, as the phone they stand for is not on the shared
        # screen; the customer still needs to read them, privately.
        self.hidden_note = QLabel(
            self.tr(
                "The codes are hidden because support may be watching your screen. On a "
                "real phone only you would see them."
            ),
            self,
        )
        self.hidden_note.setObjectName("email.demoSmsHidden")
        self.hidden_note.setWordWrap(True)
        layout.addWidget(self.hidden_note)
        self.reveal_button = QPushButton(self.tr("Show the code &privately…"), self)
        self.reveal_button.setObjectName("email.demoSmsRevealButton")
        self.reveal_button.clicked.connect(self.ask_reveal)
        layout.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._revealed_until = 0.0
        self._hide_again = QTimer(self)
        self._hide_again.setSingleShot(True)
        self._hide_again.timeout.connect(self._render)
        self.status = QLabel(self)
        self.status.setObjectName("email.demoSmsStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        # A method, not a lambda: Qt drops the connection when this object goes (a
        # language switch rebuilds the window on the same session).
        context.session.support_mode_changed.connect(self._on_support_mode)
        self._render()

    def _on_support_mode(self, _enabled: bool) -> None:
        self._render()

    def _outbox_url(self) -> str:
        demo = self.context.demo
        base = demo.base_url if demo is not None else (self.context.provider.website_url or "")
        return base.rstrip("/") + "/demo/sms"

    @property
    def messages(self) -> list[dict[str, str]]:
        return list(self._messages)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()
        self.poll()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def poll(self) -> None:
        if self._in_flight:
            return
        self._in_flight = True
        policy = RequestPolicy(
            deadline_s=5.0,
            max_bytes=64 * 1024,
            allowed_hosts=self.context.provider.allowed_hosts(),
        )
        demo = self.context.demo
        token = demo.sms_token if demo is not None else ""
        self.context.tasks.run(
            _fetch,
            self.context.http,
            self._url,
            token,
            policy,
            on_done=self._got,
            on_error=self._failed,
        )

    def _got(self, messages: list[dict[str, str]]) -> None:
        self._in_flight = False
        self.status.clear()
        if messages != self._messages:
            self._messages = messages
            self._render()
            self.messages_changed.emit(len(messages))

    def _failed(self, error: BaseException) -> None:
        self._in_flight = False
        if isinstance(error, (HttpError, JsonError)):
            self.status.setText(self.tr("The demo exchange's texts can't be read right now."))
        else:
            raise error

    def ask_reveal(self) -> None:
        feedback.ask_sharing_paused(
            self,
            self.tr("Show the code"),
            self.tr(
                "Pause screen sharing first: the code will show here for {0} seconds, on "
                "the screen support may be watching. Nobody from the exchange needs it."
            ).format(REVEAL_S),
            object_name="email.demoSmsRevealQuestion",
            then=self.reveal,
        )

    def reveal(self) -> None:
        """Shows the codes for REVEAL_S seconds (the user confirmed sharing is paused)."""
        self._revealed_until = time.monotonic() + REVEAL_S
        self._render()

    def revealed(self) -> bool:
        return time.monotonic() < self._revealed_until

    def _render(self) -> None:
        support = self.context.session.support_mode
        if not support:
            self._revealed_until = 0.0
        if support and self.revealed():
            # A timer may fire a little early: hide again when the time is really up.
            left_ms = int((self._revealed_until - time.monotonic()) * 1000)
            self._hide_again.start(max(left_ms, 0) + 20)
        self.hidden_note.setVisible(support and not self.revealed())
        self.reveal_button.setVisible(support and not self.revealed() and bool(self._messages))
        self.list.clear()
        if not self._messages:
            item = QListWidgetItem(self.tr("No texts yet. Send a code to see it arrive here."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
            return
        masked = support and not self.revealed()
        for message in self._messages:
            text = message["text"]
            if masked:
                text = _CODE.sub(lambda m: mask_code(m.group(0)), text)
            line = self.tr("To {to} at {time}:\n{text}").format(
                to=message["to"], time=_sent_at(message["sent_at"]), text=text
            )
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, line)
            self.list.addItem(item)

    def latest_code(self) -> str | None:
        """The code in the newest text (used by the "use this code" shortcut)."""
        for message in self._messages:
            match = _CODE.search(message["text"])
            if match:
                return match.group(0)
        return None


def _fetch(http: Any, url: str, token: str, policy: RequestPolicy) -> list[dict[str, str]]:
    response = http.get(url, policy=policy, headers={"Authorization": f"Bearer {token}"})
    if response.status != 200:
        raise HttpError("the demo exchange did not answer")
    return parse_outbox(response.body)


def _sent_at(raw: str) -> str:
    """The outbox's RFC 3339 time in the user's language and zone ("14:05" today)."""
    moment = parse_rfc3339(raw)
    return raw if moment is None else TimeFormat(QLocale()).clock_or_date_time(moment)
