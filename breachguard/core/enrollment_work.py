"""The blocking work behind step 3: runs one :mod:`enrollment_flow` command and
returns the input it produced.

Keyring, exchange and clock calls block, so the Qt controller hands every command
to the TaskRunner (keyring work on the serial pool); tests run the same object
inline against the real Demo Exchange and a real or in-memory keyring. Failures the
user can act on come back as inputs (``WorkFailed``, ``ExchangeFailed``) carrying a
core message; anything else is a bug and propagates.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from breachguard.core import enrollment_flow as flow
from breachguard.core import secret_store, totp
from breachguard.core.clock import ClockCheck, ClockError
from breachguard.core.enrollment import CONFIRMED, REVOKED, EnrollmentError, EnrollmentStore
from breachguard.core.enrollment_api import EnrollmentApi, EnrollmentApiError, Status
from breachguard.core.messages import N_, Message, MessageError, Moment
from breachguard.core.otpauth import OtpSetup

# Commands that touch the keyring: the controller runs them one at a time.
KEYRING_COMMANDS = (
    flow.CheckKeyring,
    flow.RecoverInterrupted,
    flow.Resume,
    flow.CheckCode,
    flow.Stage,
    flow.SaveConfirmed,
    flow.Discard,
    flow.RefreshInventory,
)
KEYRING_TIMEOUT_S = 15.0
# A bug, not a situation the user can act on: no class names or details on screen.
INTERNAL_PROBLEM = Message.coded(
    "internal",
    N_(
        "Something unexpected went wrong. Nothing was deleted; try again. If it happens "
        "again, copy the support report (Help menu) for support."
    ),
)


def current_code(setup: OtpSetup, now: float) -> str:
    return totp.totp(
        setup.secret, now, digits=setup.digits, algorithm=setup.algorithm, period=setup.period
    )


def as_message(error: MessageError) -> Message:
    code = getattr(error, "code", "") or type(error).__name__
    return Message.coded(str(code), error.template, **error.params)


class EnrollmentWork:
    """Runs commands for one provider. Thread-safe as far as its parts are."""

    def __init__(
        self,
        store: EnrollmentStore,
        provider_id: str,
        exchange: str,
        *,
        api: EnrollmentApi | None = None,
        measure_clock: Callable[[], ClockCheck] | None = None,
        keyring_timeout_s: float = KEYRING_TIMEOUT_S,
        now: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self.provider_id = provider_id
        self.exchange = exchange
        self.api = api
        self._measure_clock = measure_clock
        self._keyring_timeout_s = keyring_timeout_s
        self._now = now

    def run(self, command: flow.Command) -> flow.Input:
        handler = getattr(self, f"_{type(command).__name__}")
        try:
            result: flow.Input = handler(command)
        except secret_store.SecretStoreError as exc:
            return flow.WorkFailed(as_message(exc), keyring=_health_of(exc))
        except (EnrollmentError, ClockError) as exc:
            return flow.WorkFailed(as_message(exc))
        return result

    # -- keyring ---------------------------------------------------------------------------

    def _CheckKeyring(self, _command: flow.CheckKeyring) -> flow.Input:
        report = secret_store.health_check_with_timeout(self.store.secrets, self._keyring_timeout_s)
        return flow.KeyringChecked(report)

    def _RecoverInterrupted(self, _command: flow.RecoverInterrupted) -> flow.Input:
        resumable = self.store.recover_interrupted()
        return flow.Recovered(tuple(r for r in resumable if r.provider_id == self.provider_id))

    def _Resume(self, command: flow.Resume) -> flow.Input:
        record, setup, account = self.store.resume(command.record_id)
        return flow.Resumed(record, setup, account)

    def _RefreshInventory(self, command: flow.RefreshInventory) -> flow.Input:
        if command.revoked_at is not None:
            self.store.apply_revocation(self.provider_id, command.revoked_at)
        return flow.InventoryLoaded(self.store.for_provider(self.provider_id))

    def _CheckCode(self, command: flow.CheckCode) -> flow.Input:
        """Refuses keys the exchange revoked and keys already saved; finds a setup
        begun earlier with the same key."""
        revoked_at = command.revoked_at
        if command.source == "migration" and revoked_at is not None:
            # An export from another app has no creation date, and the old
            # authenticator is exactly what the revocation killed.
            return flow.CodeChecked(
                Message.coded(
                    "revoked_export",
                    N_(
                        "The exported {exchange} 2FA key comes from an authenticator app, and "
                        "the exchange revoked every key set up before {revoked}. It no longer "
                        "works and was not saved. Start a new setup on the exchange's own "
                        "website."
                    ),
                    exchange=self.exchange,
                    revoked=Moment(revoked_at),
                )
            )
        if revoked_at is not None:
            self.store.apply_revocation(self.provider_id, revoked_at)
        for record in self.store.for_provider(self.provider_id):
            if not (record.status in (CONFIRMED, REVOKED) or record.resumable):
                continue
            if not self.store.holds_secret(record, command.setup.secret):
                continue
            if record.status == REVOKED:
                return flow.CodeChecked(
                    Message.coded(
                        "revoked_key",
                        N_(
                            "This is your {exchange} 2FA key from {created}. The exchange "
                            "revoked every key created before {revoked}, so it no longer works "
                            "and was not saved. Start a new setup on the exchange's own website."
                        ),
                        exchange=self.exchange,
                        created=Moment(record.created_at),
                        revoked=Moment(record.revoked_at or revoked_at or record.created_at),
                    )
                )
            if record.status == CONFIRMED:
                return flow.CodeChecked(
                    Message.coded(
                        "already_saved",
                        N_(
                            "This key is already saved in BreachGuard (since {created}). To set "
                            "up 2FA again, start a new setup on the exchange's own website."
                        ),
                        created=Moment(record.confirmed_at or record.created_at),
                    )
                )
            return flow.CodeChecked(None, unfinished=record)
        return flow.CodeChecked(None)

    def _Stage(self, command: flow.Stage) -> flow.Input:
        record = self.store.begin(
            self.provider_id,
            command.setup,
            account=command.account,
            source=command.source,
            clock_offset_s=command.clock_offset_s,
        )
        try:
            staged = self.store.stage_secret(record.id, command.setup, account=command.account)
        except secret_store.SecretStoreError:
            try:
                self.store.abort(record.id)
            except (secret_store.SecretStoreError, EnrollmentError):
                pass  # left pending without a secret: cleaned up at the next start
            raise
        return flow.Staged(staged)

    def _SaveConfirmed(self, command: flow.SaveConfirmed) -> flow.Input:
        return flow.Saved(self.store.confirm(command.record.id, command.setup))

    def _Discard(self, command: flow.Discard) -> flow.Input:
        self.store.abort(command.record.id)
        return flow.Discarded()

    # -- the exchange and the clock -----------------------------------------------------------

    def _AskExchange(self, command: flow.AskExchange) -> flow.Input:
        api = self._require_api()
        try:
            answer = api.status(command.account, current_code(command.setup, self._now()))
        except EnrollmentApiError as exc:
            return flow.ExchangeFailed(exc.code, as_message(exc))
        return flow.ExchangeAnswered(answer.status, answer.confirmed_at)

    def _CancelAtExchange(self, command: flow.CancelAtExchange) -> flow.Input:
        api = self._require_api()
        try:
            answer = api.cancel(command.account, current_code(command.setup, self._now()))
        except EnrollmentApiError as exc:
            return flow.ExchangeFailed(exc.code, as_message(exc))
        return flow.ExchangeAnswered(answer.status, answer.confirmed_at)

    def _ConfirmWithExchange(self, command: flow.ConfirmWithExchange) -> flow.Input:
        api = self._require_api()
        try:
            confirmed_at = api.confirm(command.account, current_code(command.setup, self._now()))
        except EnrollmentApiError as exc:
            return flow.ExchangeFailed(exc.code, as_message(exc))
        return flow.ExchangeAnswered(Status.CONFIRMED, confirmed_at)

    def _MeasureClock(self, _command: flow.MeasureClock) -> flow.Input:
        if self._measure_clock is None:
            return flow.ClockMeasured(None)
        try:
            return flow.ClockMeasured(self._measure_clock())
        except ClockError as exc:
            return flow.ClockMeasured(None, as_message(exc))

    def _require_api(self) -> EnrollmentApi:
        if self.api is None:
            raise EnrollmentError(N_("This exchange offers no way to confirm 2FA setups."))
        return self.api


def _health_of(error: secret_store.SecretStoreError) -> secret_store.HealthReport | None:
    """The keyring state an error shows, when it is about the keyring as a whole."""
    whole = (secret_store.LOCKED, secret_store.NO_KEYRING, secret_store.INSECURE_BACKEND)
    if error.code not in whole:
        return None
    return secret_store.HealthReport(error.code, "", error.template, tuple(error.params.items()))
