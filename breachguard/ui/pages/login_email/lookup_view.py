"""Step 2's third tab: the exchange's verified lookup by phone number, with the Demo
SMS panel beside it for a demo exchange.

Country names come from CLDR in the user's language. A number that does not fit
the country picked is not only refused: when its digits say which country it is
from (a country code without +, or a mobile number of a country the user's
addresses point to), that country is offered with one button."""

from __future__ import annotations

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from breachguard.core import lookup, masking, phone
from breachguard.core.countries import country_name
from breachguard.qt.controllers.login_email import LoginEmailController
from breachguard.qt.i18n import core_text, translate_core
from breachguard.ui import widgets
from breachguard.ui.banner import Banner
from breachguard.ui.pages.login_email.common import Shown

_SUBMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _tr(text: str) -> str:
    return QCoreApplication.translate("EmailPage", text)


def _language() -> str:
    return QLocale().name()


class LookupView(QWidget):
    answered_here = Signal()  # the answer came while the customer typed the code

    def __init__(
        self,
        controller: LoginEmailController,
        shown: Shown,
        demo_sms: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert controller.lookup is not None
        self.setObjectName("email.lookupTab")
        self.controller = controller
        self.lookup = controller.lookup
        self.shown = shown
        self.parsed: phone.ParsedPhone | None = None
        self._hint: phone.CountryHint | None = None
        name = controller.provider.name
        # Side by side when there is room; the demo SMS panel goes below the form in a
        # narrow window (200 %, a small screen), instead of the page scrolling sideways.
        outer = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._outer = outer
        column = QVBoxLayout()
        self._column = column
        outer.addLayout(column, 3)
        column.addWidget(
            widgets.label(
                "email.lookupIntro",
                self,
                _tr(
                    "{name} can tell you which email your account uses. It first sends a code "
                    "by SMS to your phone; only after you type that code does it show the "
                    "address. It answers the same way whether or not an account uses the "
                    "number, so nobody can use this to find out who is a customer."
                ).format(name=name),
            )
        )
        form = QFormLayout()
        # Long labels (German) go above their field instead of pushing it out of view.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.country_combo = QComboBox(self)
        self.country_combo.setObjectName("email.countryCombo")
        self.country_combo.setAccessibleName(_tr("Country of your phone number"))
        # Sized to the longest country name it would push the tab wider than the window.
        self.country_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.country_combo.setMinimumContentsLength(14)
        self.country_combo.currentIndexChanged.connect(lambda _i: self.update_phone())
        self.country_combo.installEventFilter(self)
        form.addRow(_tr("&Country:"), self.country_combo)
        self.phone_input = QLineEdit(self)
        self.phone_input.setObjectName("email.phoneInput")
        self.phone_input.setAccessibleName(_tr("Mobile number"))
        self.phone_input.setPlaceholderText(_tr("Your mobile number"))
        self.phone_input.textChanged.connect(lambda _t: self.update_phone())
        self.phone_input.returnPressed.connect(self.send_code)
        form.addRow(_tr("&Mobile number:"), self.phone_input)
        column.addLayout(form)
        self.phone_echo = widgets.label("email.phoneEcho", self)
        column.addWidget(self.phone_echo)
        self.phone_problem = Banner("email.phoneError", "warning", self, icon=True)
        self.phone_problem.hide()
        column.addWidget(self.phone_problem)
        self.country_hint = Banner("email.countryHint", "info", self, icon=True)
        self.country_button = widgets.button(
            "email.countryHintButton", "", self._use_hint, self.country_hint
        )
        self.country_hint.layout().addWidget(self.country_button, 0, Qt.AlignmentFlag.AlignTop)
        self.country_hint.hide()
        column.addWidget(self.country_hint)
        self.phone_suggestion = widgets.button(
            "email.phoneSuggestionButton", "", self._use_suggestion, self
        )
        self.phone_suggestion.hide()
        column.addWidget(self.phone_suggestion, 0, Qt.AlignmentFlag.AlignLeft)
        self.send_button = widgets.button(
            "email.sendCodeButton", _tr("&Send code"), self.send_code, self
        )
        column.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.lookup_status = widgets.label("email.lookupStatus", self)
        column.addWidget(self.lookup_status)
        self.lookup_problem = Banner("email.lookupError", "danger", self, icon=True)
        self.lookup_problem.hide()
        column.addWidget(self.lookup_problem)
        self.wait_label = widgets.label("email.waitLabel", self)
        column.addWidget(self.wait_label)
        code_row = QHBoxLayout()
        self.code_input = QLineEdit(self)
        self.code_input.setObjectName("email.codeInput")
        self.code_input.setAccessibleName(_tr("Code from the text message"))
        self.code_input.setPlaceholderText(_tr("6-digit code"))
        self.code_input.setMaxLength(12)
        self.code_input.returnPressed.connect(self.verify_code)
        self.verify_button = widgets.button(
            "email.verifyCodeButton", _tr("C&onfirm code"), self.verify_code, self
        )
        code_row.addWidget(self.code_input, 1)
        code_row.addWidget(self.verify_button)
        column.addLayout(code_row)
        self.lookup_result = Banner("email.lookupResult", "info", self)
        widgets.set_bold(self.lookup_result.label, 1.2)
        self.lookup_result.hide()
        column.addWidget(self.lookup_result)
        self.use_result_button = widgets.button(
            "email.useResultButton", _tr("Search those inbo&xes"), lambda: None, self
        )
        self.use_result_button.hide()
        column.addWidget(self.use_result_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        self.demo_sms = demo_sms
        if demo_sms is not None:
            demo_sms.setParent(self)
            outer.addWidget(demo_sms, 2)

        self.lookup.started.connect(self._on_started)
        self.lookup.busy_changed.connect(self._on_busy)
        self.lookup.wait_changed.connect(self._on_wait)
        controller.lookup_changed.connect(self.show_lookup)
        self._apply_echo()
        self.update_buttons()

    # -- arrangement ------------------------------------------------------------------------

    def _side_by_side_width(self) -> int:
        if self.demo_sms is None:
            return 0
        margins = self._outer.contentsMargins()
        return (
            self._column.minimumSize().width()
            + self._outer.spacing()
            + self.demo_sms.minimumSizeHint().width()
            + margins.left()
            + margins.right()
        )

    def minimumSizeHint(self) -> QSize:
        # The stacked arrangement's width: the view may always get that narrow.
        hint = super().minimumSizeHint()
        if self.demo_sms is None:
            return hint
        margins = self._outer.contentsMargins()
        width = max(self._column.minimumSize().width(), self.demo_sms.minimumSizeHint().width())
        return QSize(width + margins.left() + margins.right(), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _arrange(self, width: int) -> None:
        Direction = QBoxLayout.Direction
        wanted = (
            Direction.TopToBottom
            if self.demo_sms is not None and width < self._side_by_side_width()
            else Direction.LeftToRight
        )
        if self._outer.direction() != wanted:
            self._outer.setDirection(wanted)

    # -- the country list ------------------------------------------------------------------

    def ensure_countries(self) -> None:
        # phonenumbers takes ~50 ms to load: not before the window is first shown.
        if self.country_combo.count() == 0:
            self._fill_countries()

    def _fill_countries(self) -> None:
        language = _language()
        entries = [
            (country_name(region, language), region, calling)
            for region, calling in phone.supported_regions()
        ]
        collator = QCollator(QLocale())
        entries.sort(key=lambda e: collator.sortKey(e[0]))
        combo = self.country_combo
        combo.blockSignals(True)
        for name, region, calling in entries:
            combo.addItem(f"{name} (+{calling})", region)
        locale = QLocale()
        region = QLocale.territoryToCode(locale.territory())
        if combo.findData(region) < 0:
            region = phone.default_region(locale.name())
        combo.setCurrentIndex(max(0, combo.findData(region)))
        combo.blockSignals(False)
        self.update_phone()

    def region(self) -> str:
        self.ensure_countries()
        return str(self.country_combo.currentData() or "")

    def choose_region(self, region: str) -> None:
        self.ensure_countries()
        index = self.country_combo.findData(region)
        if index >= 0:
            self.country_combo.setCurrentIndex(index)

    # -- the number ------------------------------------------------------------------------

    def update_phone(self) -> None:
        """The number or the country changed: say what will be used, or what is wrong."""
        self.parsed = None
        self._hint = None
        self.phone_suggestion.hide()
        self.country_hint.hide()
        self.phone_echo.clear()
        text = self.phone_input.text()
        if not text.strip() or self.country_combo.count() == 0:
            self.phone_problem.clear()
            self.update_buttons()
            return
        demo = self.controller.provider.demo
        region = self.region()
        try:
            parsed = phone.parse_phone(text, region, allow_fictional=demo)
        except phone.PhoneError as exc:
            self.phone_problem.alert(core_text(exc), _tr("Problem"))
            self._offer_country(text, region)
            self.update_buttons()
            return
        self.phone_problem.clear()
        self.parsed = parsed
        self._echo(parsed)
        self.update_buttons()

    def _echo(self, parsed: phone.ParsedPhone) -> None:
        masked = self.shown.masked
        number = masking.mask_phone(parsed.e164) if masked else parsed.international
        country = country_name(parsed.region, _language())
        lines = [_tr("We will use {number} ({country}).").format(number=number, country=country)]
        if parsed.warning:
            suggestion = parsed.suggestion
            shown_suggestion = ""
            if suggestion:
                shown_suggestion = (
                    masking.mask_phone(suggestion)
                    if masked
                    else phone.format_international(suggestion)
                )
                self.phone_suggestion.setText(
                    _tr("Use {number} &instead").format(number=shown_suggestion)
                )
                self.phone_suggestion.setProperty("e164", suggestion)
                self.phone_suggestion.show()
            lines.append(
                translate_core(
                    phone.WARNINGS[parsed.warning],
                    {"suggestion": shown_suggestion},
                    context="phone",
                )
            )
        self.phone_echo.setText("\n".join(lines))

    def _preferred_regions(self) -> tuple[str, ...]:
        found = list(phone.regions_from_addresses(self.controller.book.addresses))
        for locale in (QLocale.system(), QLocale()):
            region = QLocale.territoryToCode(locale.territory())
            if region and region not in found:
                found.append(region)
        return tuple(found)

    def _offer_country(self, text: str, region: str) -> None:
        hint = phone.other_country(
            text,
            region,
            preferred=self._preferred_regions(),
            allow_fictional=self.controller.provider.demo,
        )
        if hint is None:
            digits = sum(ch.isdigit() for ch in text)
            if digits >= phone.MIN_DIGITS_FOR_HINT and not text.strip().startswith("+"):
                self.country_hint.set_text(
                    _tr(
                        "Is it a number from another country? Pick that country above, or "
                        "type the number with + and its country code."
                    )
                )
                self.country_button.hide()
                self.country_hint.show()
            return
        self._hint = hint
        country = country_name(hint.region, _language())
        self.country_hint.set_text(
            _tr("This looks like a number from {country} (+{code}). Use {country}?").format(
                country=country, code=hint.calling_code
            )
        )
        self.country_button.setText(_tr("Use {country} &instead").format(country=country))
        self.country_button.show()
        self.country_hint.show()

    def _use_hint(self) -> None:
        hint = self._hint
        if hint is None:
            return
        typed = phone.normalize_input(self.phone_input.text().strip())
        self.choose_region(hint.region)
        if hint.e164 == "+" + typed.removeprefix("00"):
            # The digits began with the country code: written with its + now.
            self.phone_input.setText(hint.e164)
        self.phone_input.setFocus()

    def _use_suggestion(self) -> None:
        self.phone_input.setText(str(self.phone_suggestion.property("e164") or ""))

    def update_buttons(self) -> None:
        busy = self.lookup.busy
        waiting = self.lookup.seconds_to_wait() > 0
        self.send_button.setEnabled(self.parsed is not None and not busy and not waiting)
        self.verify_button.setEnabled(self.lookup.has_request and not busy)
        self.code_input.setEnabled(self.lookup.has_request)

    def _on_busy(self, _busy: bool) -> None:
        self.update_buttons()

    def _apply_echo(self) -> None:
        echo = QLineEdit.EchoMode.Password if self.shown.masked else QLineEdit.EchoMode.Normal
        self.phone_input.setEchoMode(echo)
        self.code_input.setEchoMode(echo)

    def refresh_masking(self) -> None:
        self._apply_echo()
        self.update_phone()
        self.show_lookup()

    # -- Enter submits the form it is in ---------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.country_combo
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _SUBMIT_KEYS
            and not self.country_combo.view().isVisible()
        ):
            self.send_code()
            return True
        return super().eventFilter(watched, event)

    # -- the exchange ----------------------------------------------------------------------

    def send_code(self) -> None:
        if self.parsed is None or not self.send_button.isEnabled():
            return
        self.lookup_status.setText(_tr("Asking {name}…").format(name=self.controller.provider.name))
        self.controller.start_lookup(self.parsed.e164)

    def verify_code(self) -> None:
        if not self.lookup.has_request or not self.verify_button.isEnabled():
            return
        self.lookup_status.setText(_tr("Checking the code…"))
        self.controller.verify(self.code_input.text())

    def _on_started(self, started: lookup.LookupStarted) -> None:
        minutes = max(1, started.expires_in_s // 60)
        self.lookup_status.setText(
            _tr(
                "If an account uses this number, {name} has sent a code by SMS. Type it "
                "below within {minutes} minutes."
            ).format(name=self.controller.provider.name, minutes=minutes)
        )
        self.code_input.clear()
        self.update_buttons()
        self.code_input.setFocus()
        poll = getattr(self.demo_sms, "poll", None)
        if poll is not None:
            poll()

    def _on_wait(self, seconds: int) -> None:
        if seconds > 0:
            self.wait_label.setText(
                _tr("You can ask for a new code in {minutes}:{seconds:02d}.").format(
                    minutes=seconds // 60, seconds=seconds % 60
                )
            )
        else:
            self.wait_label.clear()
        self.update_buttons()

    def show_lookup(self) -> None:
        """The controller's answer or problem, as they are now."""
        problem = self.controller.last_problem
        if problem is None:
            self.lookup_problem.clear()
        else:
            text = core_text(problem)
            if isinstance(problem, lookup.WrongCode) and problem.attempts_left is not None:
                text += " " + _tr("Attempts left: {n}.").format(n=problem.attempts_left)
            self.lookup_status.clear()
            self.lookup_problem.alert(text, _tr("Problem"))
        result = self.controller.last_result
        self.use_result_button.hide()
        if result is None:
            self.lookup_result.hide()
            self.update_buttons()
            return
        typing_here = self.window().focusWidget() is self.code_input
        self.code_input.clear()
        self.lookup_status.clear()
        self.lookup_result.set_text(self._result_text(result))
        self.lookup_result.show()
        if result.kind == "fits" and len(result.candidates) > 1:
            self.use_result_button.show()
        self.update_buttons()
        if typing_here:
            # The code field is now off: the keyboard goes to what comes next (the
            # inbox search, or on to step 3), not wherever Qt would put it.
            if self.use_result_button.isVisible():
                self.use_result_button.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.answered_here.emit()

    def _result_text(self, result: lookup.MatchResult) -> str:
        shown = self.shown.email
        email = shown(result.email) if not result.masked else result.email
        if result.kind == "exact":
            return _tr("Sign in with {email}").format(email=email)
        if result.kind == "same_mailbox":
            return _tr(
                "Sign in with {email}. Its mail arrives in your {mine} inbox, but the exchange "
                "knows your account by exactly this spelling."
            ).format(email=email, mine=shown(result.candidates[0]))
        if result.kind == "none" and not result.masked:
            return _tr(
                "None of your addresses match. The account uses {email}: sign in with that "
                "address (it was added to your list)."
            ).format(email=email)
        if result.kind == "none":
            return _tr(
                "None of your addresses match: the account uses {hint}; look in that mailbox."
            ).format(hint=result.email)
        if len(result.candidates) == 1:
            return _tr(
                "Sign in with {email}: it is the only one of your addresses that fits the "
                "exchange's hint {hint}. If it fails, the account may use a +tag or dotted "
                "variant of it."
            ).format(email=shown(result.candidates[0]), hint=result.email)
        return _tr(
            "Several of your addresses fit the exchange's hint {hint}: {addresses}. Search "
            "those inboxes for mail from the exchange."
        ).format(hint=result.email, addresses=", ".join(shown(a) for a in result.candidates))
