"""The "what works now" strip: the worst status of each key area, in words and a shape.

The strip shows the key areas (Login, Trading, Withdrawals, Deposits…) and every
area that is not working, also when no incident explains it; the rest is counted
("N other services working normally") and listed, with their groups, in a dialog
the keyboard reaches. The chips wrap onto more lines when the page is narrow or
the text large, rather than being cut off.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from breachguard.core.feeds.health import AreaHealth, Health
from breachguard.ui.flow_layout import FlowLayout
from breachguard.ui.pages.status.icons import area_icon
from breachguard.ui.pages.status.wording import area_status_text
from breachguard.ui.widgets import PANEL_MARGINS, TIGHT_SPACING, label, set_bold

_ICON = 18


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatusPage", text)


def area_text(area: AreaHealth) -> str:
    status = area_status_text(area.status)
    if area.status != "operational" and area.story_key is None:
        return _tr("{area}: {status} (no incident reported)").format(area=area.name, status=status)
    return _tr("{area}: {status}").format(area=area.name, status=status)


class AreaChip(QWidget):
    """One area: its shape icon and "Trading: Down"."""

    def __init__(self, area: AreaHealth, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"status.area{index}")
        self.area = area
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 8, 0)
        row.setSpacing(4)
        icon = QLabel(self)
        icon.setObjectName(f"status.area{index}.icon")
        icon.setPixmap(area_icon(area.status, _ICON).pixmap(_ICON, _ICON))
        self.text = label(f"status.area{index}.text", self, area_text(area))
        self.text.setWordWrap(False)
        if area.status != "operational":
            set_bold(self.text)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.text, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(self.text.text())


class HealthStrip(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status.health")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.health = Health((), (), 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PANEL_MARGINS)
        layout.setSpacing(TIGHT_SPACING)
        # The heading, then how many areas are not shown and the way to see them all.
        top = QHBoxLayout()
        self.heading = label("status.healthHeading", self)
        set_bold(self.heading)
        self.others = label("status.healthOthers", self)
        self.others.setWordWrap(False)
        self.all_button = QPushButton(_tr("Show &all areas…"), self)
        self.all_button.setObjectName("status.allAreasButton")
        self.all_button.clicked.connect(self.show_all)
        top.addWidget(self.heading, 1)
        top.addWidget(self.others, 0)
        top.addWidget(self.all_button, 0)
        layout.addLayout(top)
        self.flow = FlowLayout()
        layout.addLayout(self.flow)
        self.chips: list[AreaChip] = []
        self.dialog: AreasDialog | None = None

    def set_health(self, health: Health, sources: Callable[[], str]) -> None:
        self.health = health
        self.setVisible(bool(health.areas))
        for chip in self.chips:
            self.flow.removeWidget(chip)
            chip.deleteLater()
        self.chips = [AreaChip(area, i, self) for i, area in enumerate(health.strip)]
        for chip in self.chips:
            self.flow.add(chip)
        verified = any(area.verified for area in health.areas)
        if verified:
            self.heading.setText(_tr("What works now"))
        else:
            self.heading.setText(
                _tr("What works now, according to {source} (unverified)").format(source=sources())
            )
        self.others.setVisible(health.hidden_operational > 0)
        # tr(), not translate(): lupdate files a plural as plural only from tr().
        count = health.hidden_operational
        self.others.setText(self.tr("%n other services working normally", "", count))
        self.all_button.setVisible(len(health.areas) > len(health.strip))
        self.updateGeometry()

    def show_all(self) -> None:
        if self.dialog is None:
            self.dialog = AreasDialog(self)
        self.dialog.set_areas(self.health.areas)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()


class AreasDialog(QDialog):
    """Every area the sources name, in their groups, worst first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status.areasDialog")
        self.setWindowTitle(_tr("All areas"))
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("status.areasTree")
        self.tree.setAccessibleName(_tr("All areas and their status"))
        self.tree.setHeaderLabels([_tr("Area"), _tr("Status")])
        self.tree.setRootIsDecorated(True)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 480)

    def set_areas(self, areas: tuple[AreaHealth, ...]) -> None:
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for area in areas:
            parent: QTreeWidget | QTreeWidgetItem = self.tree
            if area.group:
                if area.group not in groups:
                    groups[area.group] = QTreeWidgetItem(self.tree, [area.group])
                parent = groups[area.group]
            item = QTreeWidgetItem(parent, [area.name, area_status_text(area.status)])
            item.setIcon(1, area_icon(area.status, _ICON))
            if area.status != "operational" and area.story_key is None:
                item.setToolTip(1, _tr("No incident reported"))
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
