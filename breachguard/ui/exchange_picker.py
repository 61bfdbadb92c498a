"""Choosing an exchange: a search field over every profile the app knows.

Shown on first start and from File → Exchange → Choose exchange. The Demo
Exchange comes first and says it is a demo; a community profile says, in its own
row, that the exchange did not publish it. Typing filters; Down moves into the
list; Enter uses the selected exchange.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breachguard.core.exchange_search import search
from breachguard.core.profiles import ProfileEntry


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExchangePicker", text)


def origin_text(entry: ProfileEntry, app_name: str) -> str:
    """What kind of profile this is, in a few words, for the picker and the menu."""
    if entry.origin == "demo":
        return _tr("demo with sample data, touches no real account")
    if entry.origin == "community":
        return community_label(entry.name)
    if entry.origin == "bundled":
        return _tr("bundled with {0}").format(app_name)
    return _tr("imported profile")


def community_label(name: str) -> str:
    return _tr("Community profile — not published by {0}").format(name)


class ExchangePicker(QDialog):
    """Emits ``chosen`` with a profile id; closing it changes nothing."""

    chosen = Signal(str)

    def __init__(
        self,
        entries: Sequence[ProfileEntry],
        current_id: str,
        app_name: str,
        parent: QWidget | None = None,
        *,
        first_start: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("picker.dialog")
        self.setWindowTitle(_tr("Choose your exchange"))
        self._entries = list(entries)
        self._current = current_id
        self._app_name = app_name
        layout = QVBoxLayout(self)
        intro = self._text("picker.intro")
        intro.setText(
            _tr(
                "Which exchange is your account with? Type its name or website. "
                "Start with the Demo Exchange to try every step on sample data."
            )
            if first_start
            else _tr("Which exchange is your account with? Type its name or website.")
        )
        layout.addWidget(intro)
        search_label = QLabel(_tr("&Search:"), self)
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("picker.search")
        self.search_field.setPlaceholderText(_tr("Name or website, e.g. kraken.com"))
        self.search_field.setClearButtonEnabled(True)
        search_label.setBuddy(self.search_field)
        layout.addWidget(search_label)
        layout.addWidget(self.search_field)
        self.list = QListWidget(self)
        self.list.setObjectName("picker.list")
        self.list.setAccessibleName(_tr("Exchanges"))
        self.list.setWordWrap(True)
        self.list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        layout.addWidget(self.list, 1)
        self.empty_label = self._text("picker.empty")
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        note = self._text("picker.note")
        note.setText(
            _tr(
                "Community profiles hold public facts about an exchange: its websites, status "
                "page, email senders and 2FA names, each from a cited source. They are not "
                "published by the exchange and never show anything as verified. If your "
                "exchange gives you its own profile file, import it with File → Exchange."
            )
        )
        layout.addWidget(note)
        buttons = QDialogButtonBox(self)
        self.use_button = QPushButton(_tr("&Use this exchange"), self)
        self.use_button.setObjectName("picker.useButton")
        self.use_button.setDefault(True)
        buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("picker.cancelButton")
        buttons.accepted.connect(self._use)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.search_field.textChanged.connect(self._fill)
        self.list.currentRowChanged.connect(lambda _row: self._update_button())
        self.list.itemActivated.connect(lambda _item: self._use())
        self.search_field.installEventFilter(self)
        self._fill("")
        self.resize(560, 520)
        self.search_field.setFocus()

    def _text(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # names come from profile files
        return label

    def row_text(self, entry: ProfileEntry) -> str:
        domain = entry.web_domains[0] if entry.web_domains else ""
        first = f"{entry.name} · {domain}" if domain else entry.name
        return f"{first}\n{origin_text(entry, self._app_name)}"

    def _fill(self, query: str) -> None:
        self.list.clear()
        found = search(self._entries, query)
        for entry in found:
            item = QListWidgetItem(self.row_text(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            if entry.id == self._current:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        if found:
            ids = [entry.id for entry in found]
            self.list.setCurrentRow(ids.index(self._current) if self._current in ids else 0)
        self.empty_label.setVisible(not found)
        self.empty_label.setText(
            _tr(
                "No exchange matches “{0}”. BreachGuard does not know it yet: ask the exchange "
                "for its BreachGuard profile file, or start with the Demo Exchange."
            ).format(query.strip())
        )
        self._update_button()

    def _update_button(self) -> None:
        self.use_button.setEnabled(self.list.currentItem() is not None)

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _use(self) -> None:
        chosen = self.selected_id()
        if chosen is None:
            return
        # Chosen while still open: the window that replaces this one sees that the
        # keyboard was in the app, and takes it.
        self.chosen.emit(chosen)
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down in the search field move the list's selection, so choosing
        # needs no Tab: type, arrow, Enter.
        if watched is self.search_field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.list.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
                self.list.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)
