"""Step 2's first tab: the user's own addresses, other spellings of them, and the
exchange's hint matched against them (all on this computer).

The list is a model over the controller's address book: an address added or
removed is one row inserted or removed, a change of login email or support mode
repaints the rows; no widget is rebuilt."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breachguard.core import emails, lookup, masking
from breachguard.core.addressbook import AddressBookError
from breachguard.qt.controllers.login_email import LoginEmailController
from breachguard.qt.i18n import core_text
from breachguard.ui import widgets
from breachguard.ui.banner import Banner
from breachguard.ui.pages.login_email.common import Shown

# At most this many other spellings are offered for one address.
MAX_VARIANTS = 5  # one per Alt+5…9
FIRST_VARIANT_KEY = 5  # the tabs above take Alt+1…4


def _tr(text: str) -> str:
    return QCoreApplication.translate("EmailPage", text)


def _entry_row(
    layout: QVBoxLayout,
    parent: QWidget,
    field: tuple[str, str, str],
    action: tuple[str, str],
    problem: tuple[str, str],
    submit: Callable[[], None],
) -> tuple[QLineEdit, QPushButton, Banner]:
    """A line edit (name, accessible name, placeholder) that Enter submits, its button
    (name, text), and the banner (name, kind) for what is wrong with it."""
    row = QHBoxLayout()
    edit = QLineEdit(parent)
    edit.setObjectName(field[0])
    edit.setAccessibleName(field[1])
    edit.setPlaceholderText(field[2])
    edit.returnPressed.connect(submit)
    button = widgets.button(action[0], action[1], submit, parent)
    row.addWidget(edit, 1)
    row.addWidget(button)
    layout.addLayout(row)
    banner = Banner(problem[0], problem[1], parent, icon=True)
    banner.hide()
    layout.addWidget(banner)
    return edit, button, banner


class AddressListModel(QAbstractListModel):
    """The controller's addresses, one row each; a single row says the list is empty."""

    def __init__(self, controller: LoginEmailController, shown: Shown) -> None:
        super().__init__()
        self._controller = controller
        self._shown = shown
        self._rows: tuple[str, ...] = controller.book.addresses

    def addresses(self) -> tuple[str, ...]:
        return self._rows

    def sync(self) -> None:
        """Follows the book: inserts or removes the rows that changed, repaints the rest."""
        new = self._controller.book.addresses
        old = self._rows
        if new == old:
            self.repaint()
            return
        if not old or not new:
            self.beginResetModel()  # the "no addresses yet" row comes or goes
            self._rows = new
            self.endResetModel()
            return
        if len(new) == len(old) + 1 and new[: len(old)] == old:
            self.beginInsertRows(QModelIndex(), len(old), len(old))
            self._rows = new
            self.endInsertRows()
        elif len(new) == len(old) - 1:
            gone = next(i for i, a in enumerate(old) if i >= len(new) or new[i] != a)
            self.beginRemoveRows(QModelIndex(), gone, gone)
            self._rows = new
            self.endRemoveRows()
        else:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
        self.repaint()

    def repaint(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return max(1, len(self._rows))

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not self._rows:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        if not self._rows:
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr("No addresses yet. Add the first one above.")
            return None
        address = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            provider = emails.mail_provider_for(address)
            name = provider.name if provider else _tr("other mail service")
            text = f"{self._shown.email(address)}  —  {name}"
            if self._controller.is_login(address):
                text += "  ✓ " + _tr("login email")
            return text
        if role == Qt.ItemDataRole.UserRole:
            return address
        if role == Qt.ItemDataRole.AccessibleTextRole and self._shown.masked:
            return core_text(masking.describe_masked_email(address))
        return None


class _VariantRow(QWidget):
    """One other spelling: its button and why it is offered. Kept and refilled."""

    def __init__(self, index: int, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.index = index
        self.address = ""
        self.button = QPushButton(self)
        self.button.setObjectName(f"email.addVariantButton{index}")
        self.reason = widgets.label(f"email.variantReason{index}", self)
        layout.addWidget(self.button)
        layout.addWidget(self.reason, 1)

    def fill(self, variant: emails.Variant, shown: Shown) -> None:
        self.address = variant.address
        # Alt+5…9: several of these are on screen at once, and Alt+1…4 are the tabs.
        self.button.setText(
            f"&{self.index + FIRST_VARIANT_KEY} "
            + _tr("Add {address}").format(address=shown.email(variant.address))
        )
        self.reason.setText(core_text(variant.reason))


class AddressListView(QWidget):
    search_inbox = Signal(str)  # the address whose inbox to search

    def __init__(
        self, controller: LoginEmailController, shown: Shown, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("email.listTab")
        self.controller = controller
        self.shown = shown
        layout = QVBoxLayout(self)
        layout.addWidget(
            widgets.label(
                "email.listIntro",
                self,
                _tr(
                    "List every email address you might have used. They stay on this "
                    "computer: BreachGuard never sends them anywhere."
                ),
            )
        )
        self.address_input, self.add_button, self.problem = _entry_row(
            layout,
            self,
            ("email.addressInput", _tr("Email address to add"), _tr("name@example.com")),
            ("email.addButton", _tr("&Add address")),
            ("email.addressError", "danger"),
            self.add_typed,
        )
        self.note = Banner("email.addressNote", "info", self)
        self.note.hide()
        layout.addWidget(self.note)
        self.typo_button = widgets.button("email.typoButton", "", self._add_typo, self)
        self.typo_button.hide()
        self._typo = ""
        layout.addWidget(self.typo_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.model = AddressListModel(controller, shown)
        self.address_list = QListView(self)
        self.address_list.setObjectName("email.addressList")
        self.address_list.setAccessibleName(_tr("Your email addresses"))
        self.address_list.setMinimumHeight(110)
        self.address_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.address_list.setModel(self.model)
        self.address_list.selectionModel().currentChanged.connect(
            lambda _new, _old: self._show_variants()
        )
        layout.addWidget(self.address_list)
        actions = QHBoxLayout()
        self.search_button = widgets.button(
            "email.searchSelectedButton", _tr("Search this inbo&x"), self._search_selected, self
        )
        self.remove_button = widgets.button(
            "email.removeButton", _tr("&Remove"), self._remove_selected, self
        )
        actions.addWidget(self.search_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        layout.addLayout(actions)

        self.variants_box = QGroupBox(_tr("Other spellings you may have signed up with"), self)
        self.variants_box.setObjectName("email.variantsBox")
        variants_layout = QVBoxLayout(self.variants_box)
        variants_layout.addWidget(
            widgets.label(
                "email.variantsIntro",
                self.variants_box,
                _tr(
                    "Your mail service delivers these to the same inbox, but an exchange may "
                    "treat them as separate accounts. Add them only if you might have used them."
                ),
            )
        )
        self._variant_rows: list[_VariantRow] = []
        for index in range(MAX_VARIANTS):
            variant_row = _VariantRow(index, self.variants_box)
            variant_row.button.clicked.connect(
                lambda _c=False, r=variant_row: self.add_address(r.address)
            )
            variant_row.hide()
            variants_layout.addWidget(variant_row)
            self._variant_rows.append(variant_row)
        self.variants_box.hide()
        layout.addWidget(self.variants_box)
        layout.addWidget(self._build_hint_box())
        layout.addStretch(1)

        if controller.book.load_problem is not None:
            # Nothing is lost silently: a damaged list was set aside, and the user hears so.
            self.problem.alert(core_text(controller.book.load_problem))
        controller.addresses_changed.connect(self.refresh)
        self._update_buttons()

    def _build_hint_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Did the exchange show you a hint?"), self)
        box.setObjectName("email.hintBox")
        layout = QVBoxLayout(box)
        layout.addWidget(
            widgets.label(
                "email.hintIntro",
                box,
                _tr(
                    "Type the hint exactly as an email or text from the exchange showed it, "
                    "for example o•••@gmail.com or o***n@g***.com. BreachGuard checks which "
                    "of your addresses fit, on this computer."
                ),
            )
        )
        self.hint_input, self.hint_button, self.hint_problem = _entry_row(
            layout,
            box,
            ("email.hintInput", _tr("Email hint from the exchange"), ""),
            ("email.hintCheckButton", _tr("Chec&k hint")),
            ("email.hintError", "warning"),
            self.check_hint,
        )
        self.hint_result = widgets.label("email.hintResult", box)
        layout.addWidget(self.hint_result)
        return box

    # -- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """The book, the login email or support mode changed."""
        # An address being typed is as visible as a listed one: dots while support may
        # be watching, as the phone number is.
        echo = QLineEdit.EchoMode.Password if self.shown.masked else QLineEdit.EchoMode.Normal
        self.address_input.setEchoMode(echo)
        selected = self.selected_address()
        self.model.sync()
        rows = self.model.addresses()
        if selected in rows:
            self.address_list.setCurrentIndex(self.model.index(rows.index(selected)))
        self._show_variants()
        self._update_buttons()
        if self._typo:
            self._offer_typo(self._typo)

    def selected_address(self) -> str | None:
        value = self.address_list.currentIndex().data(Qt.ItemDataRole.UserRole)
        return str(value) if value else None

    def select(self, address: str) -> None:
        rows = self.model.addresses()
        if address in rows:
            self.address_list.setCurrentIndex(self.model.index(rows.index(address)))

    def _update_buttons(self) -> None:
        chosen = self.selected_address() is not None
        self.search_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _show_variants(self) -> None:
        address = self.selected_address()
        book = self.controller.book
        found = [
            v for v in (emails.variants(address) if address else ()) if not book.find(v.address)
        ]
        for index, row in enumerate(self._variant_rows):
            if index < len(found):
                row.fill(found[index], self.shown)
                row.show()
            else:
                row.hide()
        self.variants_box.setVisible(bool(found))
        self._update_buttons()

    # -- what the user did -----------------------------------------------------------------

    def add_typed(self) -> None:
        if self.add_address(self.address_input.text()):
            self.address_input.clear()

    def add_address(self, text: str) -> bool:
        self._typo = ""
        self.typo_button.hide()
        self.note.clear()
        try:
            address = self.controller.add(text)
        except (emails.EmailError, AddressBookError) as exc:
            self.problem.alert(core_text(exc), _tr("Problem"))
            return False
        self.problem.clear()
        self.select(address)
        typo = emails.likely_typo(address)
        if typo:
            self._typo = typo
            self._offer_typo(typo)
        return True

    def _offer_typo(self, typo: str) -> None:
        shown = self.shown.email(typo)
        self.note.set_text(_tr("Added. Did you mean {address}?").format(address=shown))
        self.note.show()
        self.typo_button.setText(_tr("Add {address} t&oo").format(address=shown))
        self.typo_button.show()

    def _add_typo(self) -> None:
        self.add_address(self._typo)

    def _remove_selected(self) -> None:
        address = self.selected_address()
        if address is not None:
            self.controller.remove(address)

    def _search_selected(self) -> None:
        address = self.selected_address()
        if address is not None:
            self.search_inbox.emit(address)

    def check_hint(self) -> None:
        try:
            result = lookup.match_hint(self.hint_input.text(), self.controller.book.addresses)
        except lookup.HintError as exc:
            self.hint_result.clear()
            self.hint_problem.alert(core_text(exc), _tr("Problem"))
            # Alt+K is the way to this box: the field to correct gets the keyboard.
            self.hint_input.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.hint_problem.clear()
        if result.candidates:
            self.hint_result.setText(
                _tr("These of your addresses fit {hint}: {addresses}").format(
                    hint=result.email,
                    addresses=", ".join(self.shown.email(a) for a in result.candidates),
                )
            )
        else:
            self.hint_result.setText(
                _tr(
                    "None of your addresses fit {hint}. Add the address it stands for, or "
                    "look in that mailbox."
                ).format(hint=result.email)
            )
