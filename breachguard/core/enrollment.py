"""The user's 2FA tokens: metadata in the data dir, secrets in the keyring.

``enrollments.json`` holds issuer, masked account, parameters, times and status —
never a secret. Each secret is one keyring item (see ``secret_store``); the account
the exchange knows the key by is a second one, so a setup can resume after a restart
and a newer confirmed key can tell which older ones it replaces.

Lifecycle, chosen so that a crash at any point loses no working secret and leaves
nothing that looks saved when it is not:

1. ``begin``         metadata ``pending``; nothing in the keyring.
2. ``stage_secret``  before any code is shown: account and secret written, read back
                     and compared; metadata ``pending`` + ``secret_staged``. (If the
                     exchange accepts a code and the app dies right after, the secret
                     is still there: the enrollment resumes.)
3. ``confirm``       after the exchange accepted the code: read back once more, then
                     ``confirmed``. Only now do older keys of the same account (the
                     exchange keeps one) and revoked tokens of that exchange lose their
                     keyring items and records.
   ``abort``         any time before 3, when the user discards the setup: the staged
                     secret is deleted, ``aborted``.

On start, ``recover_interrupted`` turns pending records without a secret into
``aborted`` and returns those with a staged secret; ``resume`` rebuilds one.

Revocation is judged on the exchange's clock: a record keeps its creation time as
the exchange's clock showed it (this computer's time plus the offset measured
against the exchange, ``exchange_created_at``). A record made without a
measurement is never counted as revoked: a computer whose clock is hours (or
years) off would otherwise delete a working key.
"""

from __future__ import annotations

import base64
import hmac
import json
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from breachguard.core.atomic import atomic_write_json, read_json_file
from breachguard.core.masking import mask_any
from breachguard.core.messages import N_, MessageError
from breachguard.core.otpauth import OtpSetup
from breachguard.core.paths import AppPaths
from breachguard.core.secret_store import (
    MISMATCH_TEXT,
    ReadBackMismatch,
    SecretStore,
    SecretStoreError,
    account_username,
    delete_if_present,
    recovery_username,
    service_name,
    store_and_verify,
    totp_username,
)
from breachguard.core.strictjson import JsonError

FILE_NAME = "enrollments.json"
FILE_VERSION = 2
READABLE_VERSIONS = (1, 2)
MAX_FILE_BYTES = 1024 * 1024

PENDING = "pending"
CONFIRMED = "confirmed"
REVOKED = "revoked"
ABORTED = "aborted"
# Whole sentences per state: a translated sentence can't take an English word.
_ALREADY = {
    PENDING: N_("This 2FA setup is still waiting for the exchange's confirmation."),
    CONFIRMED: N_("This 2FA setup is already confirmed."),
    REVOKED: N_("This 2FA setup was already revoked by the exchange."),
    ABORTED: N_("This 2FA setup was already cancelled."),
}
STATUSES = (PENDING, CONFIRMED, REVOKED, ABORTED)


class EnrollmentError(MessageError):
    """A lifecycle step is not possible now; ``str()`` is for people."""


@dataclass(frozen=True)
class EnrollmentRecord:
    id: str
    provider_id: str
    issuer: str
    account_masked: str
    algorithm: str
    digits: int
    period: int
    created_at: float
    status: str = PENDING
    secret_staged: bool = False
    confirmed_at: float | None = None
    revoked_at: float | None = None
    source: str = "uri"
    # Creation time on the exchange's clock; None when no offset was measured.
    exchange_created_at: float | None = None

    @property
    def service(self) -> str:
        return service_name(self.provider_id)

    @property
    def username(self) -> str:
        return totp_username(self.id)

    @property
    def working(self) -> bool:
        """Its codes should be shown: confirmed and not revoked."""
        return self.status == CONFIRMED

    @property
    def resumable(self) -> bool:
        return self.status == PENDING and self.secret_staged


@dataclass(frozen=True)
class RecoveryCode:
    code: str
    used: bool = False

    def __repr__(self) -> str:  # recovery codes are secrets too
        return f"RecoveryCode(used={self.used})"


def iso_time(timestamp: float | None) -> str:
    if timestamp is None:
        return ""
    return datetime.fromtimestamp(timestamp, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class EnrollmentStore:
    """Thread-safe: its methods block (keyring, disk) and run on worker threads."""

    def __init__(
        self, path: Path, secrets: SecretStore, *, clock: Callable[[], float] = time.time
    ) -> None:
        self.path = Path(path)
        self.secrets = secrets
        self._clock = clock
        self._lock = threading.RLock()

    @classmethod
    def for_paths(cls, paths: AppPaths, secrets: SecretStore) -> EnrollmentStore:
        return cls(paths.data_dir / FILE_NAME, secrets)

    # -- metadata file --------------------------------------------------------------------

    def records(self) -> tuple[EnrollmentRecord, ...]:
        with self._lock:
            return tuple(self._load())

    def get(self, enrollment_id: str) -> EnrollmentRecord | None:
        return next((r for r in self.records() if r.id == enrollment_id), None)

    def for_provider(self, provider_id: str) -> tuple[EnrollmentRecord, ...]:
        return tuple(r for r in self.records() if r.provider_id == provider_id)

    def _load(self) -> list[EnrollmentRecord]:
        try:
            document = read_json_file(self.path, max_bytes=MAX_FILE_BYTES)
            if document is None:
                return []
            version = document.get("version") if isinstance(document, dict) else None
            if version not in READABLE_VERSIONS or isinstance(version, bool):
                raise ValueError("unknown version")
            return [_record_from_dict(item, version) for item in document["enrollments"]]
        except OSError as exc:
            raise EnrollmentError(
                N_("The list of your 2FA tokens cannot be read ({reason})."),
                reason=exc.strerror or type(exc).__name__,
            ) from None
        except (JsonError, ValueError, KeyError, TypeError):
            raise EnrollmentError(
                N_("The list of your 2FA tokens is damaged. Your secrets in the keyring "
                   "are untouched; contact support before deleting anything.")
            ) from None  # fmt: skip

    def _save(self, records: list[EnrollmentRecord]) -> None:
        atomic_write_json(
            self.path,
            {"version": FILE_VERSION, "enrollments": [asdict(r) for r in records]},
        )

    def _update(self, enrollment_id: str, **changes: Any) -> EnrollmentRecord:
        with self._lock:
            records = self._load()
            for index, record in enumerate(records):
                if record.id == enrollment_id:
                    records[index] = replace(record, **changes)
                    self._save(records)
                    return records[index]
        raise EnrollmentError(N_("This 2FA setup no longer exists; start again."))

    # -- lifecycle --------------------------------------------------------------------------

    def begin(
        self,
        provider_id: str,
        setup: OtpSetup,
        *,
        account: str = "",
        source: str = "uri",
        clock_offset_s: float | None = None,
    ) -> EnrollmentRecord:
        """Records a new pending enrollment (no secret stored yet). ``clock_offset_s``
        is the exchange's clock minus this computer's, if measured."""
        created_at = self._clock()
        record = EnrollmentRecord(
            id=uuid.uuid4().hex,
            provider_id=provider_id,
            issuer=setup.issuer,
            account_masked=mask_any(account or setup.account),
            algorithm=setup.algorithm,
            digits=setup.digits,
            period=setup.period,
            created_at=created_at,
            source=source,
            exchange_created_at=None if clock_offset_s is None else created_at + clock_offset_s,
        )
        with self._lock:
            records = self._load()
            records.append(record)
            self._save(records)
        return record

    def stage_secret(
        self, enrollment_id: str, setup: OtpSetup, *, account: str = ""
    ) -> EnrollmentRecord:
        """Writes the account and the secret, reads both back and compares, then notes
        the secret as staged. ``account`` is the name the exchange knows the account
        by (default: the setup code's own)."""
        record = self._require(enrollment_id, PENDING)
        identity = json.dumps({"account": account or setup.account}, separators=(",", ":"))
        store_and_verify(self.secrets, record.service, account_username(record.id), identity)
        store_and_verify(self.secrets, record.service, record.username, _encode(setup.secret))
        return self._update(enrollment_id, secret_staged=True)

    def confirm(self, enrollment_id: str, setup: OtpSetup) -> EnrollmentRecord:
        """The exchange accepted a code: verify the stored secret once more, mark it
        confirmed, then remove what it replaces (older keys of the same account and
        the exchange's revoked tokens)."""
        record = self._require(enrollment_id, PENDING)
        if not record.secret_staged:
            record = self.stage_secret(enrollment_id, setup)
        if self.secrets.get(record.service, record.username) != _encode(setup.secret):
            raise ReadBackMismatch(MISMATCH_TEXT)
        confirmed = self._update(enrollment_id, status=CONFIRMED, confirmed_at=self._clock())
        self.remove_replaced(confirmed)
        self.remove_revoked(record.provider_id)
        return confirmed

    def abort(self, enrollment_id: str) -> EnrollmentRecord:
        """Stores nothing: deletes a staged secret, then marks the record aborted."""
        record = self._require(enrollment_id, PENDING)
        self._delete_items(record)
        return self._update(enrollment_id, status=ABORTED, secret_staged=False)

    def holds_secret(self, record: EnrollmentRecord, secret: bytes) -> bool:
        """Whether the keyring item of ``record`` is ``secret``. Blocks (keyring)."""
        value = self.secrets.get(record.service, record.username)
        if value is None:
            return False
        try:
            stored = _decode(value)
        except ValueError:
            return False
        return hmac.compare_digest(stored, secret)

    def account_of(self, record: EnrollmentRecord) -> str:
        """The account name stored with a record's secret ("" if none). Blocks (keyring)."""
        value = self.secrets.get(record.service, account_username(record.id))
        if value is None:
            return ""
        try:
            document = json.loads(value)
        except ValueError:
            return ""
        account = document.get("account") if isinstance(document, dict) else None
        return account if isinstance(account, str) else ""

    def resume(self, enrollment_id: str) -> tuple[EnrollmentRecord, OtpSetup, str]:
        """A staged, unconfirmed setup rebuilt from the keyring: the record, the setup
        (secret and parameters) and the account. Blocks (keyring)."""
        record = self._require(enrollment_id, PENDING)
        value = self.secrets.get(record.service, record.username) if record.secret_staged else None
        if value is None:
            raise EnrollmentError(
                N_("The key of this unfinished setup is no longer in the keyring; start again.")
            )
        account = self.account_of(record)
        setup = OtpSetup(
            issuer=record.issuer,
            account=account,
            secret=_decode(value),
            algorithm=record.algorithm,
            digits=record.digits,
            period=record.period,
            issuer_parameter=record.issuer,
        )
        return record, setup, account

    def recover_interrupted(self) -> tuple[EnrollmentRecord, ...]:
        """After a restart: pending without a secret → aborted; returns the resumable ones.

        A kill between the keyring write and the metadata update leaves a key the
        records don't mention; it is deleted first (no code from it can have reached
        the exchange: staging comes before showing codes). If the keyring refuses,
        the record stays pending and the next start tries again."""
        with self._lock:
            records = self._load()
            changed = False
            for index, record in enumerate(records):
                if record.status == PENDING and not record.secret_staged:
                    try:
                        self._delete_items(record)
                    except SecretStoreError:
                        continue
                    records[index] = replace(record, status=ABORTED)
                    changed = True
            if changed:
                self._save(records)
            return tuple(r for r in records if r.resumable)

    def apply_revocation(self, provider_id: str, revoked_at: float) -> tuple[EnrollmentRecord, ...]:
        """A verified notice said every token created before ``revoked_at`` (the
        exchange's time) is revoked. Judged on each record's creation time on the
        exchange's clock; a record without one is left as it is (see module docstring)."""
        with self._lock:
            records = self._load()
            newly: list[EnrollmentRecord] = []
            for index, record in enumerate(records):
                if (
                    record.provider_id == provider_id
                    and record.status == CONFIRMED
                    and record.exchange_created_at is not None
                    and record.exchange_created_at < revoked_at
                ):
                    records[index] = replace(record, status=REVOKED, revoked_at=revoked_at)
                    newly.append(records[index])
            if newly:
                self._save(records)
            return tuple(newly)

    def remove_revoked(self, provider_id: str) -> int:
        """Deletes revoked tokens of a provider that now has a confirmed replacement.
        A token whose keyring item cannot be deleted stays listed (retried later)."""
        if not any(r.status == CONFIRMED for r in self.for_provider(provider_id)):
            return 0
        removed = 0
        for record in self.for_provider(provider_id):
            if record.status != REVOKED:
                continue
            if self._forget(record):
                removed += 1
        return removed

    def remove_replaced(self, confirmed: EnrollmentRecord) -> int:
        """The exchange keeps one 2FA key per account: once ``confirmed`` is its key,
        every older key BreachGuard holds for the same account (working or waiting
        for confirmation) is dead and goes. Records without a stored account stay."""
        account = _same_account_key(self.account_of(confirmed))
        if not account:
            return 0
        removed = 0
        for record in self.for_provider(confirmed.provider_id):
            if record.id == confirmed.id or record.created_at > confirmed.created_at:
                continue
            if not (record.status == CONFIRMED or record.resumable):
                continue
            if _same_account_key(self.account_of(record)) != account:
                continue
            if self._forget(record):
                removed += 1
        return removed

    def _delete_items(self, record: EnrollmentRecord) -> None:
        delete_if_present(self.secrets, record.service, record.username)
        delete_if_present(self.secrets, record.service, account_username(record.id))

    def _forget(self, record: EnrollmentRecord) -> bool:
        """Deletes a record's keyring items, then the record. A record whose items
        cannot be deleted stays listed (retried later)."""
        try:
            self._delete_items(record)
            delete_if_present(self.secrets, record.service, recovery_username(record.id))
        except SecretStoreError:
            return False
        with self._lock:
            self._save([r for r in self._load() if r.id != record.id])
        return True

    # -- secrets for live codes; recovery codes ------------------------------------------------

    def load_secret(self, enrollment_id: str) -> bytes:
        """The secret of a working token. Blocks (keyring)."""
        record = self._require(enrollment_id, CONFIRMED)
        value = self.secrets.get(record.service, record.username)
        if value is None:
            raise EnrollmentError(
                N_("The secret of this token is missing from the keyring. Set up 2FA again.")
            )
        return _decode(value)

    def save_recovery_codes(self, enrollment_id: str, codes: list[RecoveryCode]) -> None:
        record = self._require(enrollment_id, CONFIRMED)
        value = json.dumps([[c.code, c.used] for c in codes], separators=(",", ":"))
        store_and_verify(self.secrets, record.service, recovery_username(record.id), value)

    def recovery_codes(self, enrollment_id: str) -> list[RecoveryCode]:
        record = self._require(enrollment_id, CONFIRMED)
        value = self.secrets.get(record.service, recovery_username(record.id))
        if value is None:
            return []
        try:
            items = json.loads(value)
            return [RecoveryCode(str(code), bool(used)) for code, used in items]
        except (ValueError, TypeError):
            raise EnrollmentError(N_("The stored recovery codes are damaged.")) from None

    def _require(self, enrollment_id: str, status: str) -> EnrollmentRecord:
        record = self.get(enrollment_id)
        if record is None:
            raise EnrollmentError(N_("This 2FA setup no longer exists; start again."))
        if record.status != status:
            raise EnrollmentError(_ALREADY.get(record.status, _ALREADY[PENDING]))
        return record


def parse_recovery_codes(text: str) -> list[RecoveryCode]:
    """One code per line or separated by spaces/commas, as exchanges print them."""
    parts = [part.strip() for part in text.replace(",", "\n").split()]
    codes = [part for part in parts if part]
    if not codes or len(codes) > 50 or any(len(code) > 64 for code in codes):
        raise EnrollmentError(N_("These do not look like recovery codes."))
    return [RecoveryCode(code) for code in dict.fromkeys(codes)]


def _encode(secret: bytes) -> str:
    return base64.b32encode(secret).decode("ascii").rstrip("=")


def _decode(value: str) -> bytes:
    text = value.strip().upper()
    return base64.b32decode(text + "=" * (-len(text) % 8))


def _same_account_key(account: str) -> str:
    return account.strip().casefold()


_FIELDS_V1: dict[str, type | tuple[type, ...]] = {
    "id": str, "provider_id": str, "issuer": str, "account_masked": str, "algorithm": str,
    "digits": int, "period": int, "created_at": (int, float), "status": str,
    "secret_staged": bool, "confirmed_at": (int, float, type(None)),
    "revoked_at": (int, float, type(None)), "source": str,
}  # fmt: skip
_FIELDS = {**_FIELDS_V1, "exchange_created_at": (int, float, type(None))}


def _record_from_dict(item: Any, version: int = FILE_VERSION) -> EnrollmentRecord:
    fields = _FIELDS_V1 if version == 1 else _FIELDS
    if not isinstance(item, dict) or set(item) != set(fields):
        raise ValueError("unexpected fields")
    for key, kind in fields.items():
        value = item[key]
        if isinstance(value, bool) and kind is not bool:
            raise ValueError(key)
        if not isinstance(value, kind):
            raise ValueError(key)
    if item["status"] not in STATUSES:
        raise ValueError("status")
    return EnrollmentRecord(**item)
