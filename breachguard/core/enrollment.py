"""The user's 2FA tokens: metadata in the data dir, secrets in the keyring.

``enrollments.json`` holds issuer, masked account, parameters, times and status —
never a secret. Each secret is one keyring item (see ``secret_store``).

Lifecycle, chosen so that a crash at any point loses no working secret and leaves
nothing that looks saved when it is not:

1. ``begin``         metadata ``pending``; nothing in the keyring.
2. ``stage_secret``  just before the code goes to the exchange: secret written,
                     read back and compared; metadata ``pending`` + ``secret_staged``.
                     (If the exchange accepts the code and the app dies right after,
                     the secret is still there: the enrollment is resumable.)
3. ``confirm``       after the exchange accepted the code: read back once more, then
                     ``confirmed``. Only now do revoked tokens of that exchange lose
                     their keyring item and record.
   ``abort``         any time before 3: the staged secret is deleted, ``aborted``.

On start, ``recover_interrupted`` turns pending records without a secret into
``aborted`` and returns those with a staged secret, to be offered for resuming.
"""

from __future__ import annotations

import base64
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
    delete_if_present,
    recovery_username,
    service_name,
    store_and_verify,
    totp_username,
)
from breachguard.core.strictjson import JsonError

FILE_NAME = "enrollments.json"
FILE_VERSION = 1
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
            if not isinstance(document, dict) or document.get("version") != FILE_VERSION:
                raise ValueError("unknown version")
            return [_record_from_dict(item) for item in document["enrollments"]]
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
        self, provider_id: str, setup: OtpSetup, *, account: str = "", source: str = "uri"
    ) -> EnrollmentRecord:
        """Records a new pending enrollment (no secret stored yet)."""
        record = EnrollmentRecord(
            id=uuid.uuid4().hex,
            provider_id=provider_id,
            issuer=setup.issuer,
            account_masked=mask_any(account or setup.account),
            algorithm=setup.algorithm,
            digits=setup.digits,
            period=setup.period,
            created_at=self._clock(),
            source=source,
        )
        with self._lock:
            records = self._load()
            records.append(record)
            self._save(records)
        return record

    def stage_secret(self, enrollment_id: str, setup: OtpSetup) -> EnrollmentRecord:
        """Writes the secret, reads it back and compares, then notes it as staged."""
        record = self._require(enrollment_id, PENDING)
        store_and_verify(self.secrets, record.service, record.username, _encode(setup.secret))
        return self._update(enrollment_id, secret_staged=True)

    def confirm(self, enrollment_id: str, setup: OtpSetup) -> EnrollmentRecord:
        """The exchange accepted a code: verify the stored secret once more, mark it
        confirmed, then remove the exchange's revoked tokens."""
        record = self._require(enrollment_id, PENDING)
        if not record.secret_staged:
            record = self.stage_secret(enrollment_id, setup)
        if self.secrets.get(record.service, record.username) != _encode(setup.secret):
            raise ReadBackMismatch(MISMATCH_TEXT)
        confirmed = self._update(enrollment_id, status=CONFIRMED, confirmed_at=self._clock())
        self.remove_revoked(record.provider_id)
        return confirmed

    def abort(self, enrollment_id: str) -> EnrollmentRecord:
        """Stores nothing: deletes a staged secret, then marks the record aborted."""
        record = self._require(enrollment_id, PENDING)
        delete_if_present(self.secrets, record.service, record.username)
        return self._update(enrollment_id, status=ABORTED, secret_staged=False)

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
                        delete_if_present(self.secrets, record.service, record.username)
                    except SecretStoreError:
                        continue
                    records[index] = replace(record, status=ABORTED)
                    changed = True
            if changed:
                self._save(records)
            return tuple(r for r in records if r.resumable)

    def apply_revocation(self, provider_id: str, revoked_at: float) -> tuple[EnrollmentRecord, ...]:
        """A verified notice said every token created before ``revoked_at`` is revoked."""
        with self._lock:
            records = self._load()
            newly: list[EnrollmentRecord] = []
            for index, record in enumerate(records):
                if (
                    record.provider_id == provider_id
                    and record.status == CONFIRMED
                    and record.created_at < revoked_at
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
            try:
                delete_if_present(self.secrets, record.service, record.username)
                delete_if_present(self.secrets, record.service, recovery_username(record.id))
            except SecretStoreError:
                continue
            with self._lock:
                self._save([r for r in self._load() if r.id != record.id])
            removed += 1
        return removed

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


_FIELDS: dict[str, type | tuple[type, ...]] = {
    "id": str, "provider_id": str, "issuer": str, "account_masked": str, "algorithm": str,
    "digits": int, "period": int, "created_at": (int, float), "status": str,
    "secret_staged": bool, "confirmed_at": (int, float, type(None)),
    "revoked_at": (int, float, type(None)), "source": str,
}  # fmt: skip


def _record_from_dict(item: Any) -> EnrollmentRecord:
    if not isinstance(item, dict) or set(item) != set(_FIELDS):
        raise ValueError("unexpected fields")
    for key, kind in _FIELDS.items():
        value = item[key]
        if isinstance(value, bool) and kind is not bool:
            raise ValueError(key)
        if not isinstance(value, kind):
            raise ValueError(key)
    if item["status"] not in STATUSES:
        raise ValueError("status")
    return EnrollmentRecord(**item)
