"""The one way a page tells the user about a problem, and the one modal path.

Every page shows its problems in one :class:`ProblemBar` (icon, colour and an
assertive announcement for screen readers, from :class:`~breachguard.ui.banner.Banner`).
What it shows comes from :func:`problem_text`: a core message is translated by
``core_text``; any other exception becomes a calm sentence naming what failed, with
the operating system's reason for an ``OSError``, never a class name (that goes to
the log). ``code`` tells tests which problem is shown without reading English.

Questions and rare, serious notes go through :func:`ask` and :func:`tell`: one
window-modal ``QMessageBox`` in plain text, never a nested event loop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from breachguard.qt.i18n import core_text
from breachguard.ui.banner import Banner

log = logging.getLogger(__name__)

# Codes for problems that are no core message; core messages bring their own.
OS_ERROR = "os_error"
UNEXPECTED = "unexpected"


def _tr(text: str) -> str:
    return QCoreApplication.translate("feedback", text)


def _is_core_message(problem: object) -> bool:
    if isinstance(getattr(problem, "template", None), str):
        return True
    if isinstance(problem, str):
        return True
    module = type(problem).__module__
    return module.startswith("breachguard.core.") and not _is_plain_os_error(problem)


def _is_plain_os_error(problem: object) -> bool:
    """An OSError whose text is the OS's own (with a path), not a core sentence."""
    return isinstance(problem, OSError) and problem.strerror is not None


def problem_code(problem: object) -> str:
    """The stable code of what ``problem`` is: a core message's own, else a generic one."""
    code = getattr(problem, "code", "")
    if isinstance(code, str) and code:
        return code
    if _is_plain_os_error(problem):
        return OS_ERROR
    if _is_core_message(problem):
        return type(problem).__name__ if isinstance(problem, BaseException) else ""
    return UNEXPECTED


def problem_text(problem: object, failed: str = "") -> str:
    """What to tell the user about ``problem``, in their language.

    ``failed`` is the page's own sentence naming what did not work ("Your tick could not
    be saved"), used when ``problem`` is no core message; it gets the OS's reason for an
    OSError, else a plea to try again. The class name is logged, never shown.
    """
    if _is_core_message(problem):
        return core_text(problem)
    failed = failed or _tr("That did not work")
    log.warning("problem shown to the user: %s", type(problem).__name__)
    if _is_plain_os_error(problem):
        assert isinstance(problem, OSError)
        return _tr("{0}: {1}.").format(failed, problem.strerror)
    return _tr("{0}. Please try again.").format(failed)


class ProblemBar(Banner):
    """A page's one problem surface: hidden until :meth:`show_problem`."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(object_name, "danger", parent, icon=True)
        self.code = ""  # which problem is shown ("" when none); for tests, not people
        self.hide()

    def show_problem(self, problem: object, failed: str = "", *, code: str = "") -> None:
        """Shows a core message or an exception (see :func:`problem_text`). The same
        problem shown again is not announced again."""
        code = code or problem_code(problem)
        text = problem_text(problem, failed)
        if not self.isHidden() and code == self.code and text == self.text():
            return
        self.code = code
        self.alert(text)

    def clear(self) -> None:
        self.code = ""
        super().clear()


Button = QMessageBox.StandardButton | str


def _add(box: QMessageBox, button: Button, role: QMessageBox.ButtonRole, name: str) -> object:
    if isinstance(button, str):
        added = box.addButton(button, role)
    else:
        added = box.addButton(button)
    if name:
        added.setObjectName(name)
    return added


def ask(
    parent: QWidget,
    title: str,
    text: str,
    *,
    object_name: str,
    go_ahead: Button,
    stay: Button,
    then: Callable[[], None],
    otherwise: Callable[[], None] | None = None,
    kind: QMessageBox.Icon = QMessageBox.Icon.Warning,
    button_names: tuple[str, str] = ("", ""),
) -> QMessageBox:
    """Asks window-modally; ``stay`` is the default and Escape. Runs ``then`` only when
    the user picks ``go_ahead``, else ``otherwise``."""
    box = QMessageBox(kind, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(object_name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    yes = _add(box, go_ahead, QMessageBox.ButtonRole.AcceptRole, button_names[0])
    no = _add(box, stay, QMessageBox.ButtonRole.RejectRole, button_names[1])
    box.setDefaultButton(no)  # type: ignore[arg-type]
    box.setEscapeButton(no)  # type: ignore[arg-type]

    def answered(_result: int) -> None:
        if box.clickedButton() is yes:
            then()
        elif otherwise is not None:
            otherwise()

    box.finished.connect(answered)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def ask_sharing_paused(
    parent: QWidget, title: str, text: str, *, object_name: str, then: Callable[[], None]
) -> QMessageBox:
    """Asks before a secret goes on a screen that may be shared: ``then`` runs only
    once the user says screen sharing is paused (Cancel is the default and Escape)."""
    return ask(
        parent,
        title,
        text,
        object_name=object_name,
        go_ahead=_tr("I have &paused screen sharing"),
        stay=QMessageBox.StandardButton.Cancel,
        then=then,
        kind=QMessageBox.Icon.Question,
    )


def tell(
    parent: QWidget,
    title: str,
    text: str,
    *,
    object_name: str,
    kind: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> QMessageBox:
    """A note the user acknowledges with OK, window-modally, in plain text."""
    box = QMessageBox(kind, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(object_name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
