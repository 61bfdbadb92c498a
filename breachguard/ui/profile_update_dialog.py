"""The dialog that shows what an imported profile would change, before anything does.

Shown for a file that would change an installed exchange (the user accepts or
cancels), for a new exchange using an installed one's name (a phishing sign),
and for a file that may not be installed at all (only Close). Every difference
is listed; the safe answer is the default button. The decision logic lives in
``breachguard.core.profile_update``; this only shows it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breachguard.core.profile_update import (
    FIELD_LABELS,
    REFUSED_BUILT_IN,
    REFUSED_COMES_WITH_APP,
    REFUSED_UNSIGNED_KEY_CHANGE,
    Change,
    ImportKind,
    ImportPlan,
)
from breachguard.qt.i18n import core_text


class ProfileUpdateDialog(QDialog):
    """``accepted`` means: install ``plan`` (never emitted for a refused one)."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setObjectName("profileUpdate.dialog")
        self.setModal(True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)

        self.intro = self._label("profileUpdate.intro", self._intro_text())
        layout.addWidget(self.intro)

        self.changes = QPlainTextEdit(self)
        self.changes.setObjectName("profileUpdate.changes")
        self.changes.setAccessibleName(self.tr("Changes"))
        self.changes.setReadOnly(True)
        self.changes.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.changes.setPlainText(self.changes_text())
        self.changes.setVisible(bool(plan.changes))
        layout.addWidget(self.changes, 10)

        self.signature = self._label("profileUpdate.signature", self._signature_text())
        self.signature.setVisible(bool(self.signature.text()))
        layout.addWidget(self.signature)

        self.advice = self._label("profileUpdate.advice", self._advice_text())
        layout.addWidget(self.advice)

        layout.addStretch(1)  # any room left goes below the texts, not between them
        buttons = QDialogButtonBox(self)
        self.cancel_button: QPushButton = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("profileUpdate.cancelButton")
        self.cancel_button.setText(self.tr("&Cancel"))
        self.accept_button: QPushButton | None = None
        if plan.kind is ImportKind.REFUSED:
            self.cancel_button.setText(self.tr("&Close"))
        else:
            accept_text = (
                self.tr("&Install the update")
                if plan.installed is not None
                else self.tr("&Add as another exchange")
            )
            self.accept_button = buttons.addButton(
                accept_text, QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.accept_button.setObjectName("profileUpdate.acceptButton")
            self.accept_button.setAutoDefault(False)
        # The safe answer is what Enter does.
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setWindowTitle(self._title())
        # As tall as the list of changes needs, up to a point; then it scrolls.
        lines = self.changes.toPlainText().count("\n") + 1
        margins = 2 * (self.changes.frameWidth() + self.changes.document().documentMargin())
        height = int(self.changes.fontMetrics().lineSpacing() * (min(lines, 20) + 1) + margins)
        if lines <= 20:
            self.changes.setFixedHeight(height)
        else:
            self.changes.setMinimumHeight(height)
        self.resize(max(640, self.sizeHint().width()), self.sizeHint().height())

    def _label(self, name: str, text: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # names and hosts come from a file
        label.setWordWrap(True)
        label.setText(text)
        return label

    # -- texts --------------------------------------------------------------------------

    def _title(self) -> str:
        if self.plan.kind is ImportKind.REFUSED:
            return self.tr("Exchange profile not imported")
        if self.plan.installed is not None:
            return self.tr("Update the profile of {0}?").format(self.plan.installed.name)
        return self.tr("Add a second exchange with the same name?")

    def _intro_text(self) -> str:
        plan = self.plan
        file_name = plan.candidate.name
        installed, namesake = plan.installed, plan.namesake
        if plan.refusal_code == REFUSED_BUILT_IN:
            return self.tr(
                "The file {0} was not imported: the Demo Exchange is built into the app."
            ).format(file_name)
        if plan.refusal_code == REFUSED_COMES_WITH_APP and installed is not None:
            return self.tr(
                "The file {0} was not imported: the profile of {1} comes with this app and is "
                "updated only with the app, never from a file. It would have changed:"
            ).format(file_name, installed.name)
        if plan.refusal_code == REFUSED_UNSIGNED_KEY_CHANGE and installed is not None:
            return self.tr(
                "The file {0} was not imported: it replaces the keys that notices from {1} "
                "must be signed with, and it is not signed by a key {1} uses now. Such a file "
                "could make forged notices look verified. It would have changed:"
            ).format(file_name, installed.name)
        if installed is not None and installed.community:
            return self.tr(
                "The file {0} would replace the community profile of {1}, which {1} did not "
                "publish. Import it only if {1} itself gave you this file. Nothing has changed "
                "yet. Check every difference:"
            ).format(file_name, installed.name)
        if installed is not None:
            return self.tr(
                "The file {0} would change the installed profile of {1} ({2}). Nothing has "
                "changed yet. Check every difference:"
            ).format(file_name, installed.name, installed.id)
        if namesake is not None:
            return self.tr(
                "The file {0} is a new exchange ({1}) that uses the same name as the installed "
                "{2} ({3}). It is not an update of {2}: a file that says it is may be a phishing "
                "attempt. How it differs from {3}:"
            ).format(file_name, plan.candidate.profile.id, namesake.name, namesake.id)
        return self.tr("The file {0} cannot be imported.").format(file_name)

    def _signature_text(self) -> str:
        plan = self.plan
        installed = plan.installed
        if installed is None or plan.refusal_code in (REFUSED_BUILT_IN, REFUSED_COMES_WITH_APP):
            return ""
        if plan.signed_by:
            return self.tr("✓ Signed by key {0}, which {1} uses now.").format(
                plan.signed_by, installed.name
            )
        if installed.community:
            return ""  # it pins no key a signature could be checked against
        if plan.candidate.signature is None:
            return self.tr("The file is not signed.")
        return self.tr("Its signature is not from a key {0} uses now ({1}).").format(
            installed.name, plan.signature_problem or ""
        )

    def _advice_text(self) -> str:
        plan = self.plan
        if plan.kind is ImportKind.REFUSED:
            if plan.refusal_code == REFUSED_UNSIGNED_KEY_CHANGE:
                return self.tr(
                    "If the exchange really changed its keys, ask it for the profile together "
                    "with its signature file ({0}.minisig) and import both from the same folder."
                ).format(plan.candidate.name)
            return ""
        return self.tr(
            "Accept only if the exchange itself told you to install this file, on its "
            "official website. An email or chat message asking you to is a warning sign."
        )

    def field_label(self, field_id: str) -> str:
        return core_text(FIELD_LABELS.get(field_id, field_id))

    def changes_text(self) -> str:
        """Every difference, one block per field: what goes (−) and what comes (+)."""
        blocks = [self._block(change) for change in self.plan.changes]
        return "\n\n".join(blocks)

    def _block(self, change: Change) -> str:
        lines = [self.field_label(change.field)]
        if change.is_list:
            lines += [f"  − {item}" for item in change.removed]
            lines += [f"  + {item}" for item in change.added]
        else:
            none = self.tr("(none)")
            lines.append(f"  − {change.before[0] if change.before else none}")
            lines.append(f"  + {change.after[0] if change.after else none}")
        return "\n".join(lines)
