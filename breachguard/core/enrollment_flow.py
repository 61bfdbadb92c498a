"""Step 3, setting up 2FA again, as a Qt-free state machine.

The machine takes *inputs* (what the user did; what the keyring, the exchange and
the clock answered) and answers with *commands*: work to run off the GUI thread
(:mod:`breachguard.core.enrollment_work` runs them and turns each result into the
next input) and effects for the view (open the private window, ask a question).
The view shows :attr:`EnrollmentFlow.state` and nothing else; tests drive whole
sequences of inputs through the same machine.

What it guarantees, whatever the order of inputs:

- No live code, key or phone QR is offered until the secret is staged in the keyring
  and read back. Without a usable keyring the only way on is "phone only", chosen
  explicitly, where BreachGuard keeps no copy.
- A setup code that is not clearly the exchange's (issuer, look-alike, parameters)
  shows nothing until the user deliberately overrides, by typing the exchange's name.
- Finishing is allowed exactly when :meth:`EnrollmentFlow.blockers` is empty.
  Confirmation works in any order and twice: the website first, BreachGuard first,
  or both end with the key confirmed and saved.
- A staged key leaves the keyring only when the user discards a setup the exchange
  has not confirmed (asked first; with an enrollment API the exchange is asked too),
  or when a newer confirmed key of the same account replaces it. Leaving the step
  or the app never discards it; it resumes at the next start.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from breachguard.core import clock as clock_mod
from breachguard.core import secret_store
from breachguard.core.enrollment import EnrollmentRecord
from breachguard.core.enrollment_api import Status
from breachguard.core.messages import N_, Message
from breachguard.core.otpauth import (
    ISSUER_MATCH,
    IssuerCheck,
    OtpSetup,
    OtpWarning,
    check_issuer,
    check_policy,
    same_name,
)
from breachguard.core.provider import TotpPolicy


class Phase(enum.Enum):
    """What the step shows; the value is the stable id a support agent reads."""

    KEYRING = "2FA-KEYRING"  # the keyring is being checked, or cannot be used yet
    SCAN = "2FA-SCAN"  # bring in the setup code
    VERIFY = "2FA-VERIFY"  # the code is not clearly the exchange's: override needed
    CHECK = "2FA-CHECK"  # key staged: live code, confirmation
    DONE = "2FA-DONE"

    @property
    def step_id(self) -> str:
        return self.value


class Keyring(enum.Enum):
    UNKNOWN = "unknown"  # not checked yet, or being checked
    OK = "ok"
    LOCKED = "locked"
    MISSING = "missing"
    INSECURE = "insecure"
    NO_ANSWER = "no_answer"
    FAILED = "failed"


_KEYRING_STATES = {
    secret_store.OK: Keyring.OK,
    secret_store.LOCKED: Keyring.LOCKED,
    secret_store.NO_KEYRING: Keyring.MISSING,
    secret_store.INSECURE_BACKEND: Keyring.INSECURE,
    secret_store.NO_ANSWER: Keyring.NO_ANSWER,
}


class Busy(enum.Enum):
    """Work in flight; each has the words the view shows meanwhile."""

    CHECKING_KEYRING = N_("Checking your keyring…")
    CHECKING_CODE = N_("Checking the setup code…")
    STAGING = N_("Saving the new key in your keyring…")
    ASKING_EXCHANGE = N_("Asking the exchange whether it accepted the key…")
    CONFIRMING = N_("Confirming the key with the exchange…")
    SAVING = N_("Marking the key as confirmed in your keyring…")
    DISCARDING = N_("Discarding the setup…")
    RESUMING = N_("Continuing your unfinished setup…")


class Question(enum.Enum):
    DISCARD = "discard"


# -- inputs -------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyringChecked:
    report: secret_store.HealthReport


@dataclass(frozen=True)
class RetryKeyring:
    pass


@dataclass(frozen=True)
class UsePhoneOnly:
    """The user chose to go on without a keyring: phone authenticator only."""


@dataclass(frozen=True)
class ClockMeasured:
    check: clock_mod.ClockCheck | None
    problem: Message | None = None


@dataclass(frozen=True)
class RevocationKnown:
    published_at: float | None  # None: no revocation notice (any more)


@dataclass(frozen=True)
class LoginEmailKnown:
    email: str


@dataclass(frozen=True)
class Recovered:
    resumable: tuple[EnrollmentRecord, ...]


@dataclass(frozen=True)
class ResumeRequested:
    record_id: str


@dataclass(frozen=True)
class Resumed:
    record: EnrollmentRecord
    setup: OtpSetup = field(repr=False)
    account: str = field(repr=False)


@dataclass(frozen=True)
class SetupBrought:
    setup: OtpSetup = field(repr=False)
    source: str = "uri"


@dataclass(frozen=True)
class SetupRefused:
    """A brought-in code cannot be used; ``problem`` says why."""

    problem: Message


@dataclass(frozen=True)
class CodeChecked:
    """The answer to :class:`CheckCode`: why the code is dead (or None), and the
    unfinished setup it already belongs to, if any."""

    refusal: Message | None
    unfinished: EnrollmentRecord | None = None


@dataclass(frozen=True)
class InventoryLoaded:
    records: tuple[EnrollmentRecord, ...]


@dataclass(frozen=True)
class OverrideIssuer:
    typed: str


@dataclass(frozen=True)
class Staged:
    record: EnrollmentRecord


@dataclass(frozen=True)
class WorkFailed:
    """A command failed; ``keyring`` is set when the keyring was the cause."""

    problem: Message
    keyring: secret_store.HealthReport | None = None


@dataclass(frozen=True)
class RevealCode:
    shown: bool


@dataclass(frozen=True)
class CopyCode:
    pass


@dataclass(frozen=True)
class ShowOnPhone:
    pass


@dataclass(frozen=True)
class WebsiteAccepted:
    """The user says the exchange's website accepted the code."""


@dataclass(frozen=True)
class ConfirmHere:
    """The user asks BreachGuard to confirm the code with the exchange itself."""


@dataclass(frozen=True)
class ExchangeAnswered:
    status: Status
    confirmed_at: float | None = None


@dataclass(frozen=True)
class ExchangeFailed:
    """The exchange refused or could not be reached; ``code`` is the API error's."""

    code: str
    problem: Message


@dataclass(frozen=True)
class Saved:
    record: EnrollmentRecord


@dataclass(frozen=True)
class DiscardRequested:
    pass


@dataclass(frozen=True)
class DiscardAnswered:
    confirmed: bool  # True: discard; False: keep the setup


@dataclass(frozen=True)
class Discarded:
    pass


@dataclass(frozen=True)
class StartAnother:
    pass


Input = (
    KeyringChecked | RetryKeyring | UsePhoneOnly | ClockMeasured | RevocationKnown
    | LoginEmailKnown | Recovered | ResumeRequested | Resumed | SetupBrought | SetupRefused
    | CodeChecked | OverrideIssuer | Staged | WorkFailed | RevealCode | CopyCode | ShowOnPhone
    | WebsiteAccepted | ConfirmHere | ExchangeAnswered | ExchangeFailed | Saved
    | DiscardRequested | DiscardAnswered | Discarded | StartAnother | InventoryLoaded
)  # fmt: skip


# -- commands ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckKeyring:
    pass


@dataclass(frozen=True)
class MeasureClock:
    pass


@dataclass(frozen=True)
class RecoverInterrupted:
    pass


@dataclass(frozen=True)
class Resume:
    record_id: str


@dataclass(frozen=True)
class CheckCode:
    """Is this key one the exchange revoked, or one already saved?"""

    setup: OtpSetup = field(repr=False)
    source: str
    revoked_at: float | None


@dataclass(frozen=True)
class Stage:
    setup: OtpSetup = field(repr=False)
    account: str = field(repr=False)
    source: str
    clock_offset_s: float | None


@dataclass(frozen=True)
class AskExchange:
    setup: OtpSetup = field(repr=False)
    account: str = field(repr=False)


@dataclass(frozen=True)
class CancelAtExchange:
    """Withdraws the pending setup at the exchange unless it already confirmed it."""

    setup: OtpSetup = field(repr=False)
    account: str = field(repr=False)


@dataclass(frozen=True)
class ConfirmWithExchange:
    setup: OtpSetup = field(repr=False)
    account: str = field(repr=False)


@dataclass(frozen=True)
class SaveConfirmed:
    record: EnrollmentRecord
    setup: OtpSetup = field(repr=False)


@dataclass(frozen=True)
class Discard:
    """Deletes the staged key (the machine asked the exchange first where it can)."""

    record: EnrollmentRecord


@dataclass(frozen=True)
class RefreshInventory:
    """Re-reads the user's tokens, first marking those the revocation killed."""

    revoked_at: float | None


@dataclass(frozen=True)
class OpenPrivate:
    """Effect: show the setup in the private window (``code_only``: just the code)."""

    setup: OtpSetup = field(repr=False)
    code_only: bool
    warning: Message | None


@dataclass(frozen=True)
class ClosePrivate:
    pass


@dataclass(frozen=True)
class PutCodeOnClipboard:
    setup: OtpSetup = field(repr=False)


Command = (
    CheckKeyring | MeasureClock | RecoverInterrupted | Resume | CheckCode | Stage
    | AskExchange | CancelAtExchange | ConfirmWithExchange | SaveConfirmed | Discard
    | RefreshInventory
    | OpenPrivate | ClosePrivate | PutCodeOnClipboard
)  # fmt: skip


# -- configuration and state ---------------------------------------------------------------


@dataclass(frozen=True)
class FlowConfig:
    exchange: str  # display name
    policy: TotpPolicy
    has_enrollment_api: bool
    measures_clock: bool


@dataclass(frozen=True)
class Gate:
    """Whether a setup code is clearly the exchange's: the issuer and its parameters."""

    issuer: IssuerCheck
    policy: tuple[OtpWarning, ...]

    @property
    def needs_override(self) -> bool:
        return self.issuer.status != ISSUER_MATCH or bool(self.policy)


@dataclass(frozen=True)
class FlowState:
    keyring: Keyring = Keyring.UNKNOWN
    keyring_problem: Message | None = None
    phone_only: bool = False
    setup: OtpSetup | None = field(default=None, repr=False)
    source: str = ""
    account: str = field(default="", repr=False)
    gate: Gate | None = None
    overridden: bool = False
    code_checked: bool = False
    record: EnrollmentRecord | None = None  # the staged record
    revealed: bool = False
    shown: bool = False  # the code or key reached the user (app, clipboard or phone)
    accepted_by_exchange: bool = False  # the exchange confirmed; saving is what's left
    busy: Busy | None = None
    problem: Message | None = None
    note: Message | None = None  # a calm remark (resumed, already confirmed…)
    question: Question | None = None
    clock: clock_mod.ClockCheck | None = None
    clock_problem: Message | None = None
    revoked_at: float | None = None
    login_email: str = field(default="", repr=False)
    recovered: bool = False
    resumable: tuple[EnrollmentRecord, ...] = ()
    done: EnrollmentRecord | None = None
    done_phone_only: bool = False
    inventory: tuple[EnrollmentRecord, ...] = ()

    @property
    def phase(self) -> Phase:
        if self.done is not None or self.done_phone_only:
            return Phase.DONE
        if self.setup is not None:
            if self.gate is not None and self.gate.needs_override and not self.overridden:
                return Phase.VERIFY
            if self.record is not None or self.phone_only:
                return Phase.CHECK
            if self.keyring is not Keyring.OK:
                return Phase.KEYRING
            return Phase.CHECK  # being checked and staged: no code yet
        if self.keyring is not Keyring.OK and not self.phone_only:
            return Phase.KEYRING
        return Phase.SCAN

    @property
    def staged(self) -> bool:
        return self.record is not None

    @property
    def clock_refuses(self) -> bool:
        return self.clock is not None and not self.clock.may_finish_enrollment

    @property
    def may_show_code(self) -> bool:
        """The live code in the app (and on the clipboard)."""
        return (
            self.phase is Phase.CHECK
            and self.staged
            and not self.phone_only
            and not self.clock_refuses
            and self.busy is not Busy.DISCARDING
        )

    @property
    def may_show_phone_setup(self) -> bool:
        """The key and QR for a phone authenticator, in the private window."""
        return self.phase is Phase.CHECK and (self.staged or self.phone_only)


_TYPE_NAME = N_(
    "Type the exchange's name, {exchange}, to show that you started this setup on its own website."
)


class EnrollmentFlow:
    """The machine. ``handle(input)`` updates :attr:`state` and returns commands."""

    def __init__(self, config: FlowConfig, *, login_email: str = "") -> None:
        self.config = config
        self.state = FlowState(login_email=login_email)
        self._listeners: list[Callable[[FlowState], None]] = []

    # -- start ------------------------------------------------------------------------------

    def start(self) -> list[Command]:
        """The step opened: check the keyring (then look for an unfinished setup) and the
        clock. Asking again while a check runs is harmless."""
        commands: list[Command] = []
        if self.state.keyring is not Keyring.OK and self.state.busy is None:
            self._set(busy=Busy.CHECKING_KEYRING)
            commands.append(CheckKeyring())
        elif self.state.keyring is Keyring.OK and not self.state.recovered:
            commands.append(RecoverInterrupted())
        if self.config.measures_clock and self.state.clock is None:
            commands.append(MeasureClock())
        commands.append(self._refresh())
        return commands

    # -- what the view asks ----------------------------------------------------------------

    def blockers(self) -> tuple[Message, ...]:
        """Why finishing (confirming and saving) is not possible now, as user messages;
        empty exactly when it is."""
        state = self.state
        found: list[Message] = []
        if state.phase is Phase.DONE:
            return (Message.coded("done", N_("This setup is finished and saved.")),)
        if state.setup is None:
            found.append(
                Message.coded(
                    "no_setup",
                    N_("Bring in the setup code from the exchange's website first."),
                )
            )
        if not state.phone_only and state.keyring is not Keyring.OK:
            found.append(self._keyring_message())
        if state.gate is not None and state.gate.needs_override and not state.overridden:
            found.append(Message.coded("issuer", _TYPE_NAME, exchange=self.config.exchange))
        if state.setup is not None and not state.phone_only and not state.staged:
            found.append(
                Message.coded("not_staged", N_("The new key is not saved in your keyring yet."))
            )
        if state.setup is not None and state.phone_only and not state.shown:
            # Confirming a key that is on no phone and in no keyring locks the user out.
            found.append(
                Message.coded(
                    "not_on_phone",
                    N_("Add the key to the authenticator app on your phone first."),
                )
            )
        if state.clock_refuses and state.clock is not None:
            found.append(Message.coded("clock", state.clock.template, **state.clock.params))
        if state.busy is not None:
            found.append(Message.coded("busy", state.busy.value))
        if state.question is not None:
            found.append(Message.coded("question", N_("Answer the question first.")))
        return tuple(found)

    def can_finish(self) -> bool:
        return not self.blockers()

    def verifies_with_exchange(self) -> bool:
        """Whether "the website accepted it" is checked with the exchange (an enrollment
        API and an account to ask about) rather than taken on the user's word."""
        return self.config.has_enrollment_api and "@" in self.state.account

    def leave_warning(self) -> Message | None:
        """What leaving now (quit, close, another language or exchange) would cost, or
        None when nothing would be lost."""
        state = self.state
        if state.phase is Phase.DONE or state.setup is None:
            return None
        if state.staged:
            return Message.coded(
                "leave_staged",
                N_(
                    "Your new 2FA setup for {exchange} is not confirmed yet. Its key stays "
                    "in your keyring, and BreachGuard continues the setup when you come back."
                ),
                exchange=self.config.exchange,
            )
        if state.phone_only and state.shown:
            return Message.coded(
                "leave_phone_only",
                N_(
                    "Your new 2FA setup for {exchange} is not confirmed yet, and BreachGuard "
                    "keeps no copy of its key. If you leave now, finish it on your phone and "
                    "the exchange's website."
                ),
                exchange=self.config.exchange,
            )
        return Message.coded(
            "leave_unsaved",
            N_(
                "The setup code you brought in is not saved yet. If you leave now, you will "
                "need to bring it in again."
            ),
        )

    def discard_question(self) -> Message:
        if self.state.phone_only:
            return Message.coded(
                "discard_phone_only",
                N_(
                    "Stop this setup? BreachGuard keeps no copy of the key. If you added it "
                    "to your phone and the website accepted a code, the phone is now your "
                    "2FA: keep it there."
                ),
            )
        if self.verifies_with_exchange():
            return Message.coded(
                "discard_checked",
                N_(
                    "Discard this setup? BreachGuard first asks the exchange: if it already "
                    "accepted this key, the key is kept and saved instead. Otherwise the key "
                    "is deleted from your keyring, and you start again on the exchange's "
                    "website."
                ),
            )
        return Message.coded(
            "discard",
            N_(
                "Discard this setup? The new key is deleted from your keyring. Only do this "
                "if the exchange's website did not accept a code from it: otherwise you "
                "would be locked out of your account."
            ),
        )

    # -- the machine -------------------------------------------------------------------------

    def subscribe(self, listener: Callable[[FlowState], None]) -> None:
        self._listeners.append(listener)

    def handle(self, event: Input) -> list[Command]:
        handler = getattr(self, f"_on_{type(event).__name__}")
        commands: list[Command] = handler(event)
        for listener in list(self._listeners):
            listener(self.state)
        return commands

    def _set(self, **changes: object) -> None:
        self.state = replace(self.state, **changes)  # type: ignore[arg-type]

    # keyring ---------------------------------------------------------------------------------

    def _on_KeyringChecked(self, event: KeyringChecked) -> list[Command]:
        report = event.report
        keyring = _KEYRING_STATES.get(report.state, Keyring.FAILED)
        problem = (
            None
            if report.ok
            else Message(report.template or N_("The keyring failed."), **dict(report.params))
        )
        busy = None if self.state.busy is Busy.CHECKING_KEYRING else self.state.busy
        self._set(keyring=keyring, keyring_problem=problem, busy=busy)
        if keyring is not Keyring.OK:
            return []
        commands: list[Command] = []
        if not self.state.recovered:
            commands.append(RecoverInterrupted())
        return commands + self._continue_setup()

    def _on_RetryKeyring(self, _event: RetryKeyring) -> list[Command]:
        if self.state.busy is not None:
            return []
        self._set(busy=Busy.CHECKING_KEYRING, problem=None)
        return [CheckKeyring()]

    def _on_UsePhoneOnly(self, _event: UsePhoneOnly) -> list[Command]:
        state = self.state
        if state.keyring is Keyring.OK or state.staged or state.phase is Phase.DONE:
            return []
        self._set(phone_only=True, problem=None)
        return self._continue_setup()

    def _keyring_message(self) -> Message:
        problem = self.state.keyring_problem
        if self.state.keyring is Keyring.UNKNOWN or problem is None:
            return Message.coded(
                "keyring_unknown", N_("BreachGuard is still checking your keyring.")
            )
        return Message.coded(
            f"keyring_{self.state.keyring.value}", problem.template, **problem.params
        )

    # clock, revocation, email --------------------------------------------------------------------

    def _on_ClockMeasured(self, event: ClockMeasured) -> list[Command]:
        self._set(clock=event.check, clock_problem=event.problem)
        return []

    def _on_RevocationKnown(self, event: RevocationKnown) -> list[Command]:
        self._set(revoked_at=event.published_at)
        return [self._refresh()]

    def _on_LoginEmailKnown(self, event: LoginEmailKnown) -> list[Command]:
        self._set(login_email=event.email)
        return []

    def _refresh(self) -> RefreshInventory:
        return RefreshInventory(self.state.revoked_at)

    def _on_InventoryLoaded(self, event: InventoryLoaded) -> list[Command]:
        self._set(inventory=event.records)
        return []

    def _clock_offset(self) -> float | None:
        return self.state.clock.offset_s if self.state.clock is not None else None

    # unfinished setups ------------------------------------------------------------------------

    def _on_Recovered(self, event: Recovered) -> list[Command]:
        self._set(recovered=True, resumable=event.resumable)
        if self.state.setup is not None or not event.resumable or self.state.phase is Phase.DONE:
            return [self._refresh()]
        newest = max(event.resumable, key=lambda record: record.created_at)
        self._set(busy=Busy.RESUMING)
        return [Resume(newest.id)]

    def _on_ResumeRequested(self, event: ResumeRequested) -> list[Command]:
        if self.state.setup is not None or self.state.busy is not None:
            return []
        if self.state.keyring is not Keyring.OK:
            return []
        self._set(busy=Busy.RESUMING, done=None, done_phone_only=False, problem=None)
        return [Resume(event.record_id)]

    def _on_Resumed(self, event: Resumed) -> list[Command]:
        self._set(
            busy=None,
            setup=event.setup,
            source=event.record.source,
            account=event.account or self.state.login_email,
            gate=None,  # it was let through before it was staged
            overridden=False,
            code_checked=True,
            record=event.record,
            revealed=False,
            shown=True,  # a staged key may have been shown before the restart
            accepted_by_exchange=False,
            problem=None,
            note=Message.coded(
                "resumed",
                N_(
                    "You started this setup earlier and did not finish it. Its key was kept "
                    "in your keyring: finish it now."
                ),
            ),
        )
        if self.verifies_with_exchange():
            # It may have been confirmed on the website while BreachGuard was closed.
            self._set(busy=Busy.RESUMING)
            return [AskExchange(event.setup, self.state.account)]
        return []

    # bringing in a setup code --------------------------------------------------------------------

    def _on_SetupBrought(self, event: SetupBrought) -> list[Command]:
        state = self.state
        if state.busy is not None and state.busy is not Busy.CHECKING_KEYRING:
            self._set(
                problem=Message.coded(
                    "busy",
                    N_("BreachGuard is still busy with the setup in hand; try again in a moment."),
                )
            )
            return []
        set_aside = None
        if state.staged:
            # The unfinished setup stays in the keyring (listed below, to continue) until
            # a newer key of the account is confirmed: it may be the one the exchange has.
            set_aside = Message.coded(
                "set_aside",
                N_(
                    "The setup you had begun is kept in your keyring as unfinished, until a "
                    "newer one is confirmed."
                ),
            )
        if event.setup.kind != "totp":
            self._set(
                problem=Message.coded(
                    "not_totp",
                    N_(
                        "This is a counter-based (HOTP) code. Exchange re-enrollment uses "
                        "time-based codes; ask the exchange for a new setup code."
                    ),
                )
            )
            return []
        gate = Gate(
            check_issuer(event.setup, self.config.policy.issuers),
            check_policy(
                event.setup,
                self.config.exchange,
                algorithms=self.config.policy.algorithms,
                digits=self.config.policy.digits,
                periods=self.config.policy.periods,
            ),
        )
        self._set(
            setup=event.setup,
            source=event.source,
            account=state.login_email or event.setup.account,
            gate=gate,
            overridden=False,
            code_checked=False,
            record=None,
            revealed=False,
            shown=False,
            accepted_by_exchange=False,
            problem=None,
            note=set_aside,
            done=None,
            done_phone_only=False,
        )
        return self._continue_setup()

    def _on_SetupRefused(self, event: SetupRefused) -> list[Command]:
        self._set(problem=event.problem)
        return []

    def _on_CodeChecked(self, event: CodeChecked) -> list[Command]:
        self._set(busy=None)
        if self.state.setup is None:
            return []
        if event.refusal is not None:
            self._drop_setup(problem=event.refusal)
            return []
        if event.unfinished is not None:
            # The same key as a setup begun earlier: continue that one.
            self._drop_setup(busy=Busy.RESUMING)
            return [Resume(event.unfinished.id)]
        self._set(code_checked=True)
        return self._continue_setup()

    def _on_OverrideIssuer(self, event: OverrideIssuer) -> list[Command]:
        state = self.state
        if state.phase is not Phase.VERIFY:
            return []
        names = (self.config.exchange, *self.config.policy.issuers)
        if not any(same_name(event.typed, name) for name in names if name.strip()):
            self._set(
                problem=Message.coded(
                    "override_mismatch",
                    N_("That is not the exchange's name. Type {exchange} exactly as shown."),
                    exchange=self.config.exchange,
                )
            )
            return []
        setup = state.setup
        if setup is not None and not setup.issuer:
            # The code named no exchange; the user said which: that is its name now.
            setup = replace(setup, issuer=self.config.exchange)
        self._set(overridden=True, problem=None, setup=setup)
        return self._continue_setup()

    def _continue_setup(self) -> list[Command]:
        """The next piece of work for the setup in hand: check it, then stage it."""
        state = self.state
        if state.setup is None or state.busy is not None:
            return []
        if state.staged:
            if (
                state.accepted_by_exchange
                and state.record is not None
                and state.keyring is Keyring.OK
            ):
                # The exchange accepted it, saving failed (keyring locked): save now.
                self._set(busy=Busy.SAVING)
                return [SaveConfirmed(state.record, state.setup)]
            return []
        if state.phase is Phase.VERIFY:
            return []
        if state.phone_only:
            return []  # nothing to check against and nowhere to stage: the phone keeps it
        if state.keyring is not Keyring.OK:
            return []
        if not state.code_checked:
            self._set(busy=Busy.CHECKING_CODE)
            return [CheckCode(state.setup, state.source, state.revoked_at)]
        self._set(busy=Busy.STAGING)
        return [Stage(state.setup, state.account, state.source, self._clock_offset())]

    def _on_Staged(self, event: Staged) -> list[Command]:
        if self.state.setup is None:
            return []  # discarded meanwhile; the executor aborted it
        self._set(record=event.record, busy=None, problem=None)
        return [self._refresh()]

    def _on_WorkFailed(self, event: WorkFailed) -> list[Command]:
        busy = self.state.busy
        self._set(busy=None, problem=event.problem)
        if event.keyring is not None and not event.keyring.ok:
            keyring = _KEYRING_STATES.get(event.keyring.state, Keyring.FAILED)
            problem = Message(event.keyring.template, **dict(event.keyring.params))
            self._set(keyring=keyring, keyring_problem=problem)
        if busy is Busy.RESUMING:
            self._set(resumable=())
        return []

    # showing the code -------------------------------------------------------------------------

    def _on_RevealCode(self, event: RevealCode) -> list[Command]:
        if event.shown and not self.state.may_show_code:
            return []
        self._set(revealed=event.shown, shown=self.state.shown or event.shown)
        return []

    def _on_CopyCode(self, _event: CopyCode) -> list[Command]:
        if not self.state.may_show_code or self.state.setup is None:
            return []
        self._set(shown=True)
        return [PutCodeOnClipboard(self.state.setup)]

    def _on_ShowOnPhone(self, _event: ShowOnPhone) -> list[Command]:
        state = self.state
        if not state.may_show_phone_setup or state.setup is None:
            return []
        self._set(shown=True)
        return [OpenPrivate(state.setup, code_only=False, warning=self.override_warning())]

    def code_only_in_private(self) -> list[Command]:
        """Support mode's "Show code": only the code, in the private window."""
        state = self.state
        if not state.may_show_code or state.setup is None:
            return []
        self._set(shown=True)
        return [OpenPrivate(state.setup, code_only=True, warning=self.override_warning())]

    def override_warning(self) -> Message | None:
        """What the private window and the check view repeat after an override."""
        gate = self.state.gate
        if gate is None or not gate.needs_override:
            return None
        return Message.coded(
            "overridden",
            N_(
                "You chose to go on although this setup code names “{issuer}”, not "
                "{exchange}. Only add it if you started the setup on {exchange}'s own website."
            ),
            issuer=gate.issuer.issuer or "—",
            exchange=self.config.exchange,
        )

    # finishing -----------------------------------------------------------------------------------

    def _on_WebsiteAccepted(self, _event: WebsiteAccepted) -> list[Command]:
        if not self.can_finish():
            return []
        state = self.state
        assert state.setup is not None
        if state.accepted_by_exchange and state.record is not None:
            self._set(busy=Busy.SAVING, problem=None)
            return [SaveConfirmed(state.record, state.setup)]
        if self.verifies_with_exchange():
            self._set(busy=Busy.ASKING_EXCHANGE, problem=None, note=None)
            return [AskExchange(state.setup, state.account)]
        return self._accepted()

    def _on_ConfirmHere(self, _event: ConfirmHere) -> list[Command]:
        if not self.can_finish() or not self.verifies_with_exchange():
            return []
        state = self.state
        assert state.setup is not None
        self._set(busy=Busy.CONFIRMING, problem=None, note=None)
        return [ConfirmWithExchange(state.setup, state.account)]

    def _accepted(self, note: Message | None = None) -> list[Command]:
        """The exchange accepted the key (or the user says so, without an API)."""
        state = self.state
        assert state.setup is not None
        if state.phone_only:
            self._set(done_phone_only=True, busy=None, note=note, problem=None)
            return [ClosePrivate()]
        assert state.record is not None
        self._set(accepted_by_exchange=True, busy=Busy.SAVING, note=note, problem=None)
        return [SaveConfirmed(state.record, state.setup)]

    def _on_ExchangeAnswered(self, event: ExchangeAnswered) -> list[Command]:
        busy = self.state.busy
        self._set(busy=None)
        if self.state.setup is None:
            return []
        if event.status is Status.CONFIRMED:
            note = None
            if busy is Busy.DISCARDING:
                note = Message.coded(
                    "kept_confirmed",
                    N_(
                        "The exchange had already accepted this key, so BreachGuard kept it "
                        "instead of discarding it: it is your 2FA key now."
                    ),
                )
            elif busy is Busy.CONFIRMING:
                note = Message.coded(
                    "confirmed_here",
                    N_(
                        "The exchange confirmed the key. If its website still asks for a "
                        "code, you can close that page: nothing more is needed there."
                    ),
                )
            elif busy is Busy.RESUMING:
                note = Message.coded(
                    "confirmed_meanwhile",
                    N_("The exchange had accepted this key meanwhile; it is saved now."),
                )
            return self._accepted(note)
        if busy is Busy.DISCARDING:
            return self._discard_now()
        if busy is Busy.RESUMING and event.status is Status.PENDING:
            return []  # as expected: the user finishes it now
        problem = _STATUS_PROBLEMS.get(event.status)
        if busy is Busy.RESUMING and event.status is Status.UNKNOWN:
            problem = _GONE_AT_EXCHANGE  # forgotten while BreachGuard was closed
        if problem is not None:
            self._set(problem=problem)
        return []

    def _on_ExchangeFailed(self, event: ExchangeFailed) -> list[Command]:
        busy = self.state.busy
        self._set(busy=None)
        if busy is Busy.DISCARDING:
            # Not knowing whether the exchange accepted the key, keep it.
            self._set(
                problem=Message.coded(
                    "discard_unchecked",
                    N_(
                        "BreachGuard could not ask the exchange whether it already accepted "
                        "this key, so it kept the key. Try again when the exchange can be "
                        "reached, or bring in a newer setup code."
                    ),
                )
            )
            return []
        problem = event.problem
        if event.code == "unreachable":
            problem = Message.coded(
                "unreachable",
                N_("{reason} Your new key stays saved in your keyring; try again in a moment."),
                reason=event.problem,
            )
        self._set(problem=problem)
        return []

    def _on_Saved(self, event: Saved) -> list[Command]:
        self._set(
            done=event.record,
            busy=None,
            setup=None,
            record=None,
            revealed=False,
            gate=None,
            problem=None,
            resumable=tuple(r for r in self.state.resumable if r.id != event.record.id),
        )
        return [ClosePrivate(), self._refresh()]

    # discarding -------------------------------------------------------------------------------

    def _on_DiscardRequested(self, _event: DiscardRequested) -> list[Command]:
        state = self.state
        if state.setup is None or state.busy is not None or state.phase is Phase.DONE:
            return []
        if not state.staged and not (state.phone_only and state.shown):
            # Nothing was saved or shown: the exchange cannot have accepted it.
            self._drop_setup()
            return [ClosePrivate()]
        self._set(question=Question.DISCARD)
        return []

    def _on_DiscardAnswered(self, event: DiscardAnswered) -> list[Command]:
        state = self.state
        if state.question is None:
            return []
        self._set(question=None)
        if not event.confirmed or state.setup is None:
            return []
        if state.record is None:
            self._drop_setup()
            return [ClosePrivate()]
        if self.verifies_with_exchange():
            # Withdrawn at the exchange first, so a code of it typed on the website
            # later is refused; and kept if the exchange had already confirmed it.
            self._set(busy=Busy.DISCARDING, revealed=False, problem=None)
            return [ClosePrivate(), CancelAtExchange(state.setup, state.account)]
        return self._discard_now()

    def _discard_now(self) -> list[Command]:
        state = self.state
        assert state.record is not None and state.setup is not None
        self._set(busy=Busy.DISCARDING, revealed=False)
        return [
            ClosePrivate(),
            Discard(state.record),
        ]

    def _on_Discarded(self, _event: Discarded) -> list[Command]:
        self._drop_setup(busy=None)
        return [self._refresh()]

    def _drop_setup(self, *, problem: Message | None = None, busy: Busy | None = None) -> None:
        self._set(
            setup=None,
            source="",
            account="",
            gate=None,
            overridden=False,
            code_checked=False,
            record=None,
            revealed=False,
            shown=False,
            accepted_by_exchange=False,
            busy=busy,
            problem=problem,
            note=None,
            question=None,
        )

    def _on_StartAnother(self, _event: StartAnother) -> list[Command]:
        if self.state.phase is not Phase.DONE:
            return []
        self._set(done=None, done_phone_only=False, note=None, problem=None)
        return [self._refresh()]


_STATUS_PROBLEMS = {
    Status.PENDING: Message.coded(
        "not_yet_confirmed",
        N_(
            "The exchange has not confirmed this key yet. Type the code shown into the "
            "exchange's website and wait until it says the code was accepted, then press "
            "the button again. Or let BreachGuard confirm it for you."
        ),
    ),
    Status.SUPERSEDED: Message.coded(
        "superseded",
        N_(
            "A newer setup was started on the exchange's website, so this key no longer "
            "counts. Discard this setup and bring in the newest setup code."
        ),
    ),
    Status.CANCELLED: Message.coded(
        "cancelled",
        N_(
            "This setup was discarded, so the exchange no longer accepts its codes. Discard "
            "it here too and start a new setup on the exchange's website."
        ),
    ),
    Status.EXPIRED: Message.coded(
        "expired",
        N_(
            "This setup has expired at the exchange. Discard it and start a new setup on "
            "the exchange's website."
        ),
    ),
    Status.UNKNOWN: Message.coded(
        "unknown_to_exchange",
        N_(
            "The exchange does not know this key for your account. Check the account in "
            "step 2, or bring in the newest setup code from the exchange's website."
        ),
    ),
}

_GONE_AT_EXCHANGE = Message.coded(
    "gone_at_exchange",
    N_(
        "The exchange no longer has this unfinished setup (it expires after a while). "
        "Discard it and start a new setup on the exchange's website."
    ),
)
