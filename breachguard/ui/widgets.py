"""Small factories for the widgets every view makes: named, plain-text, wrapping."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton, QWidget

# One set of distances for every page (pixels, which Qt scales with the screen), in
# the manner of GNOME's and KDE's guidelines: a page's edge, between its blocks,
# inside a framed panel, between the lines of a compact group.
PAGE_MARGINS = (16, 12, 16, 12)
SPACING = 8
PANEL_MARGINS = (10, 6, 10, 6)
TIGHT_SPACING = 4


def page_layout(layout: QBoxLayout) -> QBoxLayout:
    """Gives a page's outer layout the page's margins and spacing."""
    layout.setContentsMargins(*PAGE_MARGINS)
    layout.setSpacing(SPACING)
    return layout


def label(name: str, parent: QWidget, text: str = "") -> QLabel:
    """A wrapping label that never interprets its text as HTML (text may come from a
    server or a setup code)."""
    widget = QLabel(text, parent)
    widget.setObjectName(name)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def button(name: str, text: str, slot: Callable[[], object], parent: QWidget) -> QPushButton:
    widget = QPushButton(text, parent)
    widget.setObjectName(name)
    widget.clicked.connect(lambda _checked=False: slot())
    return widget


def mnemonic_key(text: str) -> str | None:
    """The Alt+letter of a text ("&&" is a literal "&"), lower case, or None."""
    match = re.search(r"&([^\s&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def numbered(number: int, text: str) -> str:
    """A menu entry in a list of equals (steps, exchanges): Alt+1…9 picks it. ``text``
    is shown as it is (a "&" in a name stays a literal "&")."""
    shown = text.replace("&", "&&")
    return f"&{number} {shown}" if number < 10 else shown


def with_free_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` (shown as it is) with its first letter not yet in ``taken`` as its
    Alt+letter; the letter joins ``taken``. Unchanged when every letter is taken."""
    shown = text.replace("&", "&&")
    for index, char in enumerate(shown):
        if char.isalnum() and char.lower() not in taken:
            taken.add(char.lower())
            return shown[:index] + "&" + shown[index:]
    return shown


def set_bold(widget: QWidget, scale: float = 1.0) -> None:
    font = widget.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)
