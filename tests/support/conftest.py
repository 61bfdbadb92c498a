"""Shared pieces for the support-report, doctor, checklist and password-check tests:
the demo customer's personal data (which must never appear in a report) and keyring
backends that fail the ways real ones do."""

from __future__ import annotations

import base64
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from keyring import errors
from keyring.backend import KeyringBackend

from breachguard.core.enrollment import EnrollmentStore, RecoveryCode
from breachguard.core.otpauth import parse_uri
from breachguard.demo.accounts import ACCOUNTS
from breachguard.demo.enrollment import otpauth_uri

CUSTOMER = ACCOUNTS[0]
SECRET_B32 = base64.b32encode(bytes(range(1, 21))).decode("ascii")
RECOVERY_CODES = ("KQ7M-2XPA-99TR", "ZB4N-8YHC-31LD", "PW6E-5GUV-72SF")


def sensitive_strings() -> list[str]:
    """Everything about the customer that a report must never show in full."""
    local = CUSTOMER.email.split("@")[0]
    national = CUSTOMER.phone.removeprefix("+47")
    return [
        CUSTOMER.email,
        local,
        CUSTOMER.phone,
        national,
        national[:4] + " " + national[4:],
        SECRET_B32,
        SECRET_B32[:16],
        *RECOVERY_CODES,
        *(code.replace("-", "") for code in RECOVERY_CODES),
    ]


def assert_no_personal_data(text: str) -> None:
    lowered = text.lower()
    for value in sensitive_strings():
        assert value.lower() not in lowered, f"report contains {value[:3]}…"


def enroll_customer(store: EnrollmentStore, provider_id: str) -> None:
    """A confirmed token for the demo customer, with recovery codes in the keyring."""
    setup = parse_uri(otpauth_uri(SECRET_B32, CUSTOMER.email))
    record = store.begin(provider_id, setup, account=CUSTOMER.email, clock_offset_s=0.0)
    store.stage_secret(record.id, setup)
    store.confirm(record.id, setup)
    store.save_recovery_codes(record.id, [RecoveryCode(code) for code in RECOVERY_CODES])


class LockedKeyring(KeyringBackend):
    """A Secret Service whose unlock prompt the user dismissed."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise errors.KeyringLocked(f"collection locked for {CUSTOMER.email}")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise errors.KeyringLocked(f"cannot store {password} for {CUSTOMER.email}")

    def delete_password(self, service: str, username: str) -> None:
        raise errors.KeyringLocked("locked")


class MissingKeyring(KeyringBackend):
    """No keyring daemon at all."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise errors.NoKeyringError(f"no backend; last user {CUSTOMER.phone}")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise errors.NoKeyringError(f"no backend for {password}")

    def delete_password(self, service: str, username: str) -> None:
        raise errors.NoKeyringError("no backend")


class HangingKeyring(KeyringBackend):
    """An unlock prompt nobody answers: every call blocks until released."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(30)
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait(30)

    def delete_password(self, service: str, username: str) -> None:
        self.release.wait(30)


@pytest.fixture
def hanging_keyring() -> Iterator[HangingKeyring]:
    backend = HangingKeyring()
    yield backend
    backend.release.set()


@pytest.fixture
def enrolled(app_paths: Any, memory_secrets: Any) -> EnrollmentStore:
    store = EnrollmentStore.for_paths(app_paths, memory_secrets)
    enroll_customer(store, "demo-exchange")
    return store


def corrupt_feed_cache(data_dir: Path) -> int:
    """Overwrites every cached feed file with garbage that names the customer."""
    garbage = f'{{"email": "{CUSTOMER.email}", "phone": "{CUSTOMER.phone}"'.encode()
    count = 0
    for path in (data_dir / "feeds").rglob("*"):
        if path.is_file():
            path.write_bytes(garbage)
            count += 1
    return count
