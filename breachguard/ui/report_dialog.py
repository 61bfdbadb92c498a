"""Help → "Copy support report…": shows the whole report first, copies on request.

The report is gathered on a worker (the keyring probe and the clock check can take
seconds); the user reads exactly what would be sent and only "Copy to clipboard"
puts it on the clipboard.
"""

from __future__ import annotations

import PySide6
import shiboken6
from PySide6.QtCore import QLocale, Qt, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication, QKeySequence, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breachguard.core.report import ReportRequest, SupportReport, build_report
from breachguard.qt.context import AppContext
from breachguard.qt.tasks import TaskHandle
from breachguard.ui.feedback import ProblemBar


def report_request(context: AppContext, current_step_id: str) -> ReportRequest:
    """Everything the worker needs, read on the GUI thread."""
    return ReportRequest(
        data_dir=context.paths.data_dir,
        provider=context.provider,
        provider_id=context.provider.id,
        secrets=context.secrets,
        http=context.http,
        qt_version=f"Qt {qVersion()}, PySide6 {PySide6.__version__}",
        locale=f"{QLocale().name()} (system: {QLocale.system().name()})",
        step_id=current_step_id,
        support_mode=context.session.support_mode,
    )


class ReportDialog(QDialog):
    def __init__(
        self, context: AppContext, current_step_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Support report"))
        self.report: SupportReport | None = None
        layout = QVBoxLayout(self)

        intro = QLabel(
            self.tr(
                "This is everything the support report contains. It has no passwords, "
                "2FA secrets or codes, and email addresses and phone numbers are masked. "
                "Nothing leaves this computer: it is only copied when you press "
                "“Copy to clipboard”, so you can paste it into your message to support."
            ),
            self,
        )
        intro.setObjectName("report.intro")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.status = QLabel(
            self.tr(
                "Putting the report together… Checking the keyring and the exchange's "
                "clock can take a few seconds."
            ),
            self,
        )
        self.status.setObjectName("report.status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        self.problem = ProblemBar("report.problem", self)
        layout.addWidget(self.problem)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("report.progress")
        self.progress.setRange(0, 0)  # busy: the probes report no steps
        self.progress.setAccessibleName(self.tr("Putting the report together"))
        layout.addWidget(self.progress)

        self.text = QPlainTextEdit(self)
        self.text.setObjectName("report.text")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # A long word (a kernel build string) is broken too, never cut off at the edge.
        self.text.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(self.tr("Support report text"))
        self.text.setPlaceholderText(self.tr("The report appears here."))
        layout.addWidget(self.text, 1)

        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("&Copy to clipboard"), self)
        self.copy_button.setObjectName("report.copyButton")
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("report.closeButton")
        self.close_button.setText(self.tr("C&lose"))  # Alt+C copies
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 520)

        self._handle: TaskHandle = context.tasks.run(
            build_report,
            report_request(context, current_step_id),
            on_done=self._on_ready,
            on_error=self._on_failed,
        )
        # A dialog closed before the answer arrives must not receive it.
        self.finished.connect(lambda _result: self._handle.cancel())
        self.destroyed.connect(self._handle.cancel)

    def _on_ready(self, report: SupportReport) -> None:
        if not shiboken6.isValid(self):  # the parent window went away meanwhile
            return
        self.report = report
        self.progress.hide()
        self.text.setPlainText(report.to_text())
        self.status.setText(
            self.tr(
                "Read the report below. It is in English, so that any support team can "
                "read it. Press “Copy to clipboard” to copy all of it."
            )
        )
        self.copy_button.setEnabled(True)
        self.copy_button.setFocus()

    def _on_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.progress.hide()
        self.status.clear()
        self.problem.show_problem(error, self.tr("The report could not be put together"))

    def copy(self) -> None:
        if self.report is None:
            return
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        paste = QKeySequence(QKeySequence.StandardKey.Paste).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.status.setText(
            self.tr("Copied. Paste it into your message to support ({0}).").format(paste)
        )


def show_report_dialog(context: AppContext, current_step_id: str, parent: QWidget | None) -> None:
    """Opens the report dialog window-modally; it deletes itself when closed."""
    dialog = ReportDialog(context, current_step_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
