"""A full-width message strip (demo data, support mode, private window...)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAccessibilityHints,
    QAccessible,
    QAccessibleAnnouncementEvent,
    QGuiApplication,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QWidget

from breachguard.ui.banner_look import banner_style_sheet

# The icon beside a message that needs the user's attention: its shape, not only its
# colour, tells how serious it is.
_ICONS = {
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "danger": QStyle.StandardPixmap.SP_MessageBoxCritical,
}

_HINTS: list[object] = []  # (style hints, accessibility hints) of the running app


def _accessibility_hints() -> QAccessibilityHints | None:
    """One wrapper for the app's lifetime: PySide 6.11 frees the C++ object behind
    QStyleHints.accessibility() when its first Python wrapper goes away."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return None
    if not _HINTS or _HINTS[0] is not app:
        style_hints = app.styleHints()
        _HINTS[:] = [app, style_hints, style_hints.accessibility()]
    hints = _HINTS[2]
    return hints if isinstance(hints, QAccessibilityHints) else None


def prefers_high_contrast() -> bool:
    """The platform's contrast setting (Windows high contrast, macOS "increase contrast")."""
    hints = _accessibility_hints()
    return hints is not None and hints.contrastPreference() == Qt.ContrastPreference.HighContrast


class Banner(QFrame):
    """With ``icon=True`` it shows the kind's standard icon, and :meth:`alert` shows a
    problem: text, icon, colour, and an assertive announcement for screen readers."""

    def __init__(
        self,
        object_name: str,
        kind: str = "info",
        parent: QWidget | None = None,
        *,
        icon: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.kind = kind
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.icon: QLabel | None = None
        if icon:
            self.icon = QLabel(self)
            self.icon.setObjectName(f"{object_name}.icon")
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
            self.icon.setPixmap(self.style().standardIcon(_ICONS[kind]).pixmap(size, size))
            self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
            layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setObjectName(f"{object_name}.text")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.apply_style()
        hints = _accessibility_hints()
        if hints is not None:
            hints.contrastPreferenceChanged.connect(self.apply_style)

    def apply_style(self, *_args: object) -> None:
        # High contrast: the user's own colours, a heavy frame and bold words.
        high_contrast = prefers_high_contrast()
        font = self.label.font()
        font.setBold(high_contrast)
        self.label.setFont(font)
        self.setStyleSheet(
            banner_style_sheet(self.objectName(), self.kind, high_contrast=high_contrast)
        )

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)

    def alert(self, text: str, description: str = "") -> None:
        """Shows ``text`` as a problem and has screen readers say it at once."""
        self.set_text(text)
        if description:
            self.setAccessibleDescription(description)
        self.show()
        if QAccessible.isActive():
            event = QAccessibleAnnouncementEvent(self, text)
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
            QAccessible.updateAccessibility(event)

    def clear(self) -> None:
        self.set_text("")
        self.hide()

    def text(self) -> str:
        return self.label.text()
