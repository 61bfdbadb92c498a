"""Enrollment lifecycle: metadata without secrets, read-back, crashes, revocation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from keyring import errors

from breachguard.core import enrollment as en
from breachguard.core import secret_store as ss
from breachguard.core.enrollment import EnrollmentStore, RecoveryCode
from breachguard.core.otpauth import parse_uri
from breachguard.core.secret_store import KeyringLockedError, KeyringSecretStore, MemorySecretStore

OLD_KEY = "JBSWY3DPEHPK3PXP"
NEW_KEY = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
EMAIL = "ola.nordmann@gmail.com"


def setup_for(key: str):
    return parse_uri(f"otpauth://totp/Demo%20Exchange:{EMAIL}?secret={key}&issuer=Demo+Exchange")


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def secrets() -> MemorySecretStore:
    return MemorySecretStore()


@pytest.fixture
def store(tmp_path: Path, secrets: MemorySecretStore, clock: Clock) -> EnrollmentStore:
    return EnrollmentStore(tmp_path / "enrollments.json", secrets, clock=clock)


def enroll(
    store: EnrollmentStore, key: str, *, account: str = EMAIL, offset: float | None = 0.0
) -> en.EnrollmentRecord:
    """A confirmed token; ``offset`` is the clock offset measured when it was made."""
    setup = setup_for(key)
    record = store.begin("demo-exchange", setup, account=account, clock_offset_s=offset)
    store.stage_secret(record.id, setup, account=account)
    return store.confirm(record.id, setup)


def test_happy_path_keeps_secret_in_keyring_and_metadata_clean(
    store: EnrollmentStore, secrets: MemorySecretStore
) -> None:
    record = enroll(store, NEW_KEY)
    assert record.status == en.CONFIRMED and record.working
    assert secrets.get("BreachGuard/demo-exchange", f"totp:{record.id}") == NEW_KEY
    # The account the exchange knows the key by is kept beside it, not in the file.
    assert store.account_of(record) == EMAIL
    assert store.load_secret(record.id) == setup_for(NEW_KEY).secret
    text = store.path.read_text()
    assert NEW_KEY not in text and EMAIL not in text
    assert "o•••@gmail.com" in text
    assert (store.path.stat().st_mode & 0o777) == 0o600


def test_pending_until_confirmed_and_abort_stores_nothing(
    store: EnrollmentStore, secrets: MemorySecretStore
) -> None:
    setup = setup_for(NEW_KEY)
    record = store.begin("demo-exchange", setup, account=EMAIL)
    assert secrets.keys() == []
    store.stage_secret(record.id, setup)
    assert store.get(record.id).resumable  # type: ignore[union-attr]
    with pytest.raises(en.EnrollmentError):
        store.load_secret(record.id)  # not a working token yet
    aborted = store.abort(record.id)
    assert aborted.status == en.ABORTED
    assert secrets.keys() == []


def test_crash_before_staging_becomes_aborted(
    tmp_path: Path, store: EnrollmentStore, secrets: MemorySecretStore
) -> None:
    store.begin("demo-exchange", setup_for(NEW_KEY), account=EMAIL)
    restarted = EnrollmentStore(store.path, secrets)
    assert restarted.recover_interrupted() == ()
    assert [r.status for r in restarted.records()] == [en.ABORTED]


def test_key_written_just_before_a_crash_is_removed_on_recovery(
    store: EnrollmentStore, secrets: MemorySecretStore
) -> None:
    record = store.begin("demo-exchange", setup_for(NEW_KEY), account=EMAIL)
    # Killed after the keyring write, before the record said "staged".
    secrets.set(record.service, record.username, NEW_KEY)

    class LockedForDeletes(MemorySecretStore):
        def delete(self, service: str, username: str) -> None:
            raise KeyringLockedError("the keyring is locked")

    locked = LockedForDeletes()
    locked.set(record.service, record.username, NEW_KEY)
    # A keyring that refuses: the record stays pending so the next start retries.
    assert EnrollmentStore(store.path, locked).recover_interrupted() == ()
    assert [r.status for r in EnrollmentStore(store.path, locked).records()] == [en.PENDING]

    assert EnrollmentStore(store.path, secrets).recover_interrupted() == ()
    assert [r.status for r in store.records()] == [en.ABORTED]
    assert secrets.get(record.service, record.username) is None


def test_crash_after_staging_is_resumable_and_secret_kept(
    store: EnrollmentStore, secrets: MemorySecretStore
) -> None:
    setup = setup_for(NEW_KEY)
    record = store.begin("demo-exchange", setup, account=EMAIL)
    store.stage_secret(record.id, setup)
    # The exchange accepted the code; the app died before confirm().
    restarted = EnrollmentStore(store.path, secrets)
    (resumable,) = restarted.recover_interrupted()
    assert resumable.id == record.id
    assert secrets.get(resumable.service, resumable.username) == NEW_KEY
    assert restarted.confirm(record.id, setup).status == en.CONFIRMED


def test_revocation_marks_old_tokens_and_replacement_removes_them(
    store: EnrollmentStore, secrets: MemorySecretStore, clock: Clock
) -> None:
    old = enroll(store, OLD_KEY)
    clock.now += 86400
    (revoked,) = store.apply_revocation("demo-exchange", clock.now - 10)
    assert revoked.id == old.id and revoked.status == en.REVOKED and not revoked.working
    with pytest.raises(en.EnrollmentError):
        store.load_secret(old.id)  # codes hidden
    assert secrets.get(old.service, old.username) == OLD_KEY  # still there until replaced

    clock.now += 60
    setup = setup_for(NEW_KEY)
    new = store.begin("demo-exchange", setup, account=EMAIL)
    store.stage_secret(new.id, setup)
    assert secrets.get(old.service, old.username) == OLD_KEY  # not before confirmation
    store.confirm(new.id, setup)
    assert secrets.get(old.service, old.username) is None
    assert [r.id for r in store.records()] == [new.id]


def test_revocation_spares_tokens_created_after_the_notice(
    store: EnrollmentStore, clock: Clock
) -> None:
    notice_time = clock.now - 5
    record = enroll(store, NEW_KEY)
    assert store.apply_revocation("demo-exchange", notice_time) == ()
    assert store.get(record.id).working  # type: ignore[union-attr]


class FlakyBackend:
    """A keyring whose writes fail on demand."""

    name = "flaky"

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}
        self.fail_set: BaseException | None = None
        self.corrupt = False

    def get_password(self, service: str, username: str) -> str | None:
        value = self.items.get((service, username))
        return value[::-1] if value and self.corrupt else value

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.fail_set:
            raise self.fail_set
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise errors.PasswordDeleteError("no such item")


@pytest.mark.parametrize(
    ("failure", "error"),
    [
        (errors.KeyringLocked("dismissed"), ss.KeyringLockedError),
        (errors.PasswordSetError("refused"), ss.SecretWriteFailed),
        (errors.NoKeyringError("none"), ss.KeyringUnavailable),
        ("corrupt", ss.ReadBackMismatch),
    ],
)
def test_failed_replacement_keeps_previous_working_secret(
    tmp_path: Path, clock: Clock, failure: object, error: type[Exception]
) -> None:
    backend = FlakyBackend()
    store = EnrollmentStore(
        tmp_path / "e.json", KeyringSecretStore(backend, allow_insecure=True), clock=clock
    )
    old = enroll(store, OLD_KEY)
    store.apply_revocation("demo-exchange", clock.now + 1)
    clock.now += 10
    setup = setup_for(NEW_KEY)
    new = store.begin("demo-exchange", setup, account=EMAIL)
    if failure == "corrupt":
        backend.corrupt = True
    else:
        backend.fail_set = failure  # type: ignore[assignment]
    with pytest.raises(error):
        store.stage_secret(new.id, setup)
    backend.corrupt = False
    assert backend.items[(old.service, old.username)] == OLD_KEY
    assert store.get(old.id).status == en.REVOKED  # type: ignore[union-attr]
    assert store.get(new.id).status == en.PENDING  # type: ignore[union-attr]
    assert not store.get(new.id).secret_staged  # type: ignore[union-attr]


def test_recovery_codes_in_keyring_with_used_marks(
    store: EnrollmentStore, secrets: MemorySecretStore
) -> None:
    record = enroll(store, NEW_KEY)
    codes = en.parse_recovery_codes("abcd-1234\nefgh-5678, ijkl-9012 abcd-1234")
    assert [c.code for c in codes] == ["abcd-1234", "efgh-5678", "ijkl-9012"]
    store.save_recovery_codes(record.id, codes)
    codes[1] = RecoveryCode(codes[1].code, used=True)
    store.save_recovery_codes(record.id, codes)
    assert [c.used for c in store.recovery_codes(record.id)] == [False, True, False]
    assert "abcd" not in store.path.read_text()
    assert "abcd" not in repr(codes)
    assert secrets.get(record.service, ss.recovery_username(record.id)) is not None


def test_damaged_metadata_is_reported_not_overwritten(store: EnrollmentStore) -> None:
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text('{"version": 1, "enrollments": [{"id": 5}]}')
    with pytest.raises(en.EnrollmentError, match="damaged"):
        store.records()
    with pytest.raises(en.EnrollmentError):
        store.begin("demo-exchange", setup_for(NEW_KEY))
    assert json.loads(store.path.read_text())["enrollments"] == [{"id": 5}]


def test_lifecycle_refuses_wrong_order(store: EnrollmentStore) -> None:
    record = enroll(store, NEW_KEY)
    with pytest.raises(en.EnrollmentError, match="already confirmed"):
        store.abort(record.id)
    with pytest.raises(en.EnrollmentError, match="no longer exists"):
        store.confirm("nope", setup_for(NEW_KEY))


@pytest.mark.secret_service
def test_real_keyring_enrollment_and_replacement(tmp_path: Path, secret_service: object) -> None:
    clock = Clock()
    secrets = KeyringSecretStore(secret_service)
    store = EnrollmentStore(tmp_path / "e.json", secrets, clock=clock)
    old = enroll(store, OLD_KEY)
    store.apply_revocation("demo-exchange", clock.now + 1)
    clock.now += 5
    new = enroll(store, NEW_KEY)
    assert secrets.get(old.service, old.username) is None
    assert secrets.get(new.service, new.username) == NEW_KEY
    secrets.delete(new.service, new.username)


def test_revocation_is_judged_on_the_exchange_clock(store: EnrollmentStore, clock: Clock) -> None:
    # This computer's clock is 2 hours behind the exchange's. The exchange revoked every
    # key at its 12:00; a key set up at its 13:00 shows 11:00 here.
    behind = 2 * 3600.0
    revoked_at = clock.now + 3600  # exchange time: one hour before the key below
    after_on_exchange = enroll(store, NEW_KEY, account="a@example.org", offset=behind)
    unmeasured = enroll(store, OLD_KEY, account="b@example.org", offset=None)
    before = enroll(
        store, "KRUGKIDROVUWG2ZAMJZG653OEBTG66BANJ2W24DTEBXXMZLS", account="c@example.org"
    )
    (revoked,) = store.apply_revocation("demo-exchange", revoked_at)
    assert revoked.id == before.id
    assert store.get(after_on_exchange.id).working  # type: ignore[union-attr]
    # Made without a clock measurement: never counted as revoked, never deleted.
    assert store.get(unmeasured.id).working  # type: ignore[union-attr]
    assert store.get(unmeasured.id).exchange_created_at is None  # type: ignore[union-attr]


def test_a_confirmed_key_replaces_older_keys_of_the_same_account_only(
    store: EnrollmentStore, secrets: MemorySecretStore, clock: Clock
) -> None:
    mine = enroll(store, OLD_KEY)
    other_account = enroll(store, NEW_KEY, account="kari.hansen@outlook.com")
    clock.now += 60
    # An older setup of the same account that was never confirmed goes too.
    waiting_setup = setup_for("MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43UOV3HO6DZPI")
    waiting = store.begin("demo-exchange", waiting_setup, account=EMAIL, clock_offset_s=0.0)
    store.stage_secret(waiting.id, waiting_setup, account=" Ola.Nordmann@gmail.com ")
    clock.now += 60
    newest = enroll(store, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJRGEZDGNBVGY3TQOJQ")
    assert [r.id for r in store.records()] == [other_account.id, newest.id]
    assert secrets.get(mine.service, mine.username) is None
    assert secrets.get(waiting.service, waiting.username) is None
    assert secrets.get(other_account.service, other_account.username) == NEW_KEY


def test_resume_rebuilds_a_staged_setup_from_the_keyring(
    store: EnrollmentStore, secrets: MemorySecretStore
) -> None:
    setup = setup_for(NEW_KEY)
    record = store.begin("demo-exchange", setup, account=EMAIL, clock_offset_s=1.5)
    store.stage_secret(record.id, setup, account=EMAIL)
    restarted = EnrollmentStore(store.path, secrets)
    (resumable,) = restarted.recover_interrupted()
    again, rebuilt, account = restarted.resume(resumable.id)
    assert again.id == record.id and account == EMAIL
    assert (rebuilt.secret, rebuilt.issuer, rebuilt.digits) == (setup.secret, "Demo Exchange", 6)
    assert rebuilt.secret_base32 not in repr(rebuilt)
    restarted.abort(record.id)
    with pytest.raises(en.EnrollmentError):
        restarted.resume(record.id)
    assert secrets.keys() == []


def test_files_of_the_previous_version_are_read(store: EnrollmentStore) -> None:
    record = enroll(store, NEW_KEY)
    document = json.loads(store.path.read_text())
    assert document["version"] == 2
    for item in document["enrollments"]:
        del item["exchange_created_at"]
    store.path.write_text(json.dumps({"version": 1, "enrollments": document["enrollments"]}))
    (read,) = store.records()
    assert read.id == record.id and read.exchange_created_at is None and read.working
    # A field of the new version in an old file is damage, not something to guess about.
    document["enrollments"][0]["exchange_created_at"] = 5.0
    store.path.write_text(json.dumps({"version": 1, "enrollments": document["enrollments"]}))
    with pytest.raises(en.EnrollmentError, match="damaged"):
        store.records()
