"""A full-width message strip (demo data, support mode, private window...)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

_STYLES = {
    # Colours back up the text, never replace it.
    "info": "background:#e8f0fe; color:#0b2a5b; border:1px solid #8ab4f8;",
    "warning": "background:#fff4ce; color:#4a3500; border:1px solid #e0b400;",
    "danger": "background:#fde7e9; color:#5c0011; border:1px solid #d13438;",
}


class Banner(QFrame):
    def __init__(self, object_name: str, kind: str = "info", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        # Object names contain dots, which "#id" selectors cannot express.
        self.setStyleSheet(
            f'QFrame[objectName="{object_name}"] {{ {_STYLES[kind]} border-radius:4px; }}'
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel(self)
        self.label.setObjectName(f"{object_name}.text")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
