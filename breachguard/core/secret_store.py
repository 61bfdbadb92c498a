"""Secrets in the OS keyring, behind a small interface with explicit states.

Naming scheme (one keyring item per secret, readable in Seahorse / Keychain Access /
Credential Manager):

    service   ``BreachGuard/<provider-id>``        e.g. ``BreachGuard/demo-exchange``
    username  ``totp:<enrollment-id>``             the base32 TOTP secret
              ``recovery:<enrollment-id>``         the recovery codes (JSON)
              ``account:<enrollment-id>``          the account the key is for (JSON)
    probe     ``BreachGuard/health-check`` / ``probe``   written and deleted at startup

Only backends known to encrypt at rest are used; ``fail``/``null`` and plaintext files
(``keyrings.alt``) are refused unless the user explicitly opted in. Every keyring error
becomes a :class:`SecretStoreError` with a stable ``code`` and a message that never
contains the secret. These calls can block (an unlock prompt): never on the GUI thread.
"""

from __future__ import annotations

import secrets as _random
import sys
import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from breachguard.core.messages import N_, MessageError

SERVICE_PREFIX = "BreachGuard/"
PROBE_SERVICE = "BreachGuard/health-check"
PROBE_USERNAME = "probe"
# Windows Credential Manager holds 2,560 bytes of UTF-16: 1,280 characters.
MAX_VALUE_CHARS = 1200

# Health states.
OK = "ok"
NO_KEYRING = "no_keyring"
LOCKED = "locked"
WRITE_FAILED = "write_failed"
INSECURE_BACKEND = "insecure_backend"
NO_ANSWER = "no_answer"

_SECURE_BACKENDS = {
    "linux": (
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
    ),
    "darwin": ("keyring.backends.macOS.Keyring",),
    "win32": ("keyring.backends.Windows.WinVaultKeyring",),
}
_CHAINER = "keyring.backends.chainer.ChainerBackend"
_NO_BACKEND = ("keyring.backends.fail.Keyring", "keyring.backends.null.Keyring")


def service_name(provider_id: str) -> str:
    return f"{SERVICE_PREFIX}{provider_id}"


def totp_username(enrollment_id: str) -> str:
    return f"totp:{enrollment_id}"


def recovery_username(enrollment_id: str) -> str:
    return f"recovery:{enrollment_id}"


def account_username(enrollment_id: str) -> str:
    return f"account:{enrollment_id}"


class SecretStoreError(MessageError):
    """A keyring operation failed. ``code`` is one of the health states (or
    ``read_back_mismatch``/``delete_failed``/``too_large``); ``str()`` is for people."""

    code = WRITE_FAILED


class KeyringUnavailable(SecretStoreError):
    code = NO_KEYRING


class KeyringLockedError(SecretStoreError):
    code = LOCKED


class SecretReadFailed(SecretStoreError):
    code = "read_failed"


class SecretWriteFailed(SecretStoreError):
    code = WRITE_FAILED


class SecretDeleteFailed(SecretStoreError):
    code = "delete_failed"


class InsecureBackendError(SecretStoreError):
    code = INSECURE_BACKEND


class ReadBackMismatch(SecretStoreError):
    code = "read_back_mismatch"


class SecretTooLarge(SecretStoreError):
    code = "too_large"


NO_KEYRING_TEXT = N_(
    "This computer has no keyring to keep 2FA secrets safe. On Linux, install and start "
    "one (for example “gnome-keyring” or KWallet) and sign in to a desktop session, then "
    "try again."
)
LOCKED_TEXT = N_(
    "Your keyring is locked, or the unlock prompt was closed. Unlock it (your login "
    "password usually does it), then press Try again."
)
NOT_READY_TEXT = N_(
    "Your keyring is running but locked or not set up yet: the request to unlock or "
    "create it was closed or could not be shown. Unlock it, or create a “Login” keyring "
    "in your desktop's “Passwords and Keys” app, then press Try again."
)
WRITE_FAILED_TEXT = N_(
    "The keyring refused to store the secret. Nothing was changed; your previous token "
    "is untouched. Check that the keyring is unlocked and has space, then try again."
)
INSECURE_TEXT = N_(
    "The only keyring available ({backend}) stores secrets unencrypted in a file. "
    "BreachGuard will not use it unless you explicitly allow it."
)
NO_ANSWER_TEXT = N_(
    "The keyring did not answer within {seconds} seconds. An unlock prompt may be "
    "waiting behind another window; answer it and try again."
)
MISMATCH_TEXT = N_(
    "The keyring returned something different from what was stored, so BreachGuard "
    "does not count the secret as saved. Your previous token is untouched."
)


@runtime_checkable
class SecretStore(Protocol):
    @property
    def backend_name(self) -> str: ...

    def is_secure_backend(self) -> bool: ...

    def has_backend(self) -> bool: ...

    def get(self, service: str, username: str) -> str | None: ...

    def set(self, service: str, username: str, value: str) -> None: ...

    def delete(self, service: str, username: str) -> None: ...


# -- backends ---------------------------------------------------------------------------


def backend_id(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def choose_backend(backend: object, platform: str | None = None) -> object:
    """``keyring`` chains every installed backend when there are several (keyrings.alt
    beside a Secret Service): use its highest-priority member on this OS's allow-list
    instead of judging the whole chain by its weakest member."""
    if backend_id(backend) != _CHAINER:
        return backend
    for member in getattr(backend, "backends", ()):  # sorted by priority, highest first
        if is_secure_keyring(member, platform):
            return member
    return backend


def is_secure_keyring(backend: object, platform: str | None = None) -> bool:
    """True only for backends on this OS's allow-list (a chainer: all its members)."""
    platform = platform or sys.platform
    key = "linux" if platform.startswith(("linux", "freebsd", "openbsd")) else platform
    name = backend_id(backend)
    if name == _CHAINER:
        members = getattr(backend, "backends", ())
        return bool(members) and all(is_secure_keyring(m, platform) for m in members)
    return name in _SECURE_BACKENDS.get(key, ())


class KeyringSecretStore:
    """The real store: ``keyring`` with errors mapped to specific messages."""

    def __init__(self, backend: object | None = None, *, allow_insecure: bool = False) -> None:
        self._backend = backend
        self.allow_insecure = allow_insecure
        self._lock = threading.Lock()

    @property
    def backend(self) -> Any:
        with self._lock:
            if self._backend is None:
                import keyring  # deferred: importing and choosing a backend is slow

                self._backend = choose_backend(keyring.get_keyring())
            return self._backend

    @property
    def backend_name(self) -> str:
        backend = self.backend
        return str(getattr(backend, "name", "") or backend_id(backend))

    def is_secure_backend(self) -> bool:
        return is_secure_keyring(self.backend)

    def has_backend(self) -> bool:
        """False for keyring's stand-ins that store nothing (``fail``, ``null``)."""
        backend = self.backend
        if backend_id(backend) == _CHAINER:
            return bool(getattr(backend, "backends", ()))
        return backend_id(backend) not in _NO_BACKEND

    def get(self, service: str, username: str) -> str | None:
        with _mapped_errors(SecretReadFailed, N_("The keyring could not be read.")):
            value = self.backend.get_password(service, username)
        return None if value is None else str(value)

    def set(self, service: str, username: str, value: str) -> None:
        if len(value) > MAX_VALUE_CHARS:
            raise SecretTooLarge(N_("This secret is too large for the keyring."))
        with _mapped_errors(SecretWriteFailed, WRITE_FAILED_TEXT):
            backend = self.backend
            if not self.has_backend():
                raise KeyringUnavailable(NO_KEYRING_TEXT)
            if not self.allow_insecure and not is_secure_keyring(backend):
                raise InsecureBackendError(INSECURE_TEXT, backend=self.backend_name)
            backend.set_password(service, username, value)

    def delete(self, service: str, username: str) -> None:
        with _mapped_errors(
            SecretDeleteFailed, N_("The keyring could not delete the old entry; try again.")
        ):
            self.backend.delete_password(service, username)


@contextmanager
def _mapped_errors(fallback: type[SecretStoreError], fallback_text: str) -> Iterator[None]:
    """Turns keyring's exceptions into ours, dropping the original (no secret can leak)."""
    try:
        yield
    except SecretStoreError:
        raise
    except Exception as exc:
        _close_abandoned_connections(exc)
        raise _translate(exc, fallback, fallback_text) from None


def _close_abandoned_connections(exc: BaseException) -> None:
    """keyring's Secret Service backend opens a D-Bus connection for every call and
    leaves it open when the keyring is locked or has no default collection; close it
    here instead of leaking a socket with every attempt while the keyring is locked."""
    for frame, _line in traceback.walk_tb(exc.__traceback__):
        for value in frame.f_locals.values():
            kind = type(value)
            if kind.__name__ == "DBusConnection" and kind.__module__.startswith("jeepney."):
                value.close()


def _translate(
    exc: Exception, fallback: type[SecretStoreError], fallback_text: str
) -> SecretStoreError:
    from keyring import errors

    if isinstance(exc, errors.NoKeyringError):
        return KeyringUnavailable(NO_KEYRING_TEXT)
    if isinstance(exc, errors.KeyringLocked):
        return KeyringLockedError(LOCKED_TEXT)
    if isinstance(exc, errors.InitError):
        # Raised by a Secret Service that answers but has no usable default keyring
        # (creating or unlocking it needs a prompt that was closed or cannot appear):
        # a keyring to unlock, not one to install.
        return KeyringLockedError(NOT_READY_TEXT)
    if isinstance(exc, errors.PasswordDeleteError):
        # keyring raises this for "no such item" too; deleting nothing is success.
        return SecretDeleteFailed(fallback_text)
    if isinstance(exc, errors.PasswordSetError):
        return SecretWriteFailed(WRITE_FAILED_TEXT)
    if isinstance(exc, OSError):
        code = getattr(exc, "winerror", None) or exc.errno
        if code == 1783:
            return SecretTooLarge(N_("This secret is too large for the Windows keyring."))
        return fallback(N_("The keyring reported a system error ({code})."), code=code or "?")
    return fallback(fallback_text)


class MemorySecretStore:
    """An in-memory store for tests and previews; never used for real secrets.

    ``locked`` makes every call fail as a locked keyring does, so a flow can be
    driven through "locked, then unlocked"."""

    def __init__(self, *, secure: bool = True, name: str = "memory") -> None:
        self._items: dict[tuple[str, str], str] = {}
        self._secure = secure
        self._name = name
        self._lock = threading.Lock()
        self.locked = False

    @property
    def backend_name(self) -> str:
        return self._name

    def is_secure_backend(self) -> bool:
        return self._secure

    def has_backend(self) -> bool:
        return True

    def _unlocked(self) -> None:
        if self.locked:
            raise KeyringLockedError(LOCKED_TEXT)

    def get(self, service: str, username: str) -> str | None:
        self._unlocked()
        with self._lock:
            return self._items.get((service, username))

    def set(self, service: str, username: str, value: str) -> None:
        if len(value) > MAX_VALUE_CHARS:
            raise SecretTooLarge(N_("This secret is too large for the keyring."))
        self._unlocked()
        with self._lock:
            self._items[(service, username)] = value

    def delete(self, service: str, username: str) -> None:
        self._unlocked()
        with self._lock:
            if self._items.pop((service, username), None) is None:
                raise SecretDeleteFailed(N_("There is no such keyring entry."))

    def keys(self) -> list[tuple[str, str]]:
        with self._lock:
            return sorted(self._items)


# -- write with read-back; health probe -----------------------------------------------------


def store_and_verify(store: SecretStore, service: str, username: str, value: str) -> None:
    """Writes, reads back and compares; raises ReadBackMismatch unless identical."""
    store.set(service, username, value)
    if store.get(service, username) != value:
        raise ReadBackMismatch(MISMATCH_TEXT)


def delete_if_present(store: SecretStore, service: str, username: str) -> bool:
    """Deletes an item; False when it was already gone."""
    if store.get(service, username) is None:
        return False
    store.delete(service, username)
    return True


@dataclass(frozen=True)
class HealthReport:
    state: str
    backend_name: str
    template: str = ""
    params: tuple[tuple[str, Any], ...] = ()

    @property
    def ok(self) -> bool:
        return self.state == OK

    @property
    def message(self) -> str:
        return self.template.format(**dict(self.params))


def health_check(store: SecretStore, *, allow_insecure: bool | None = None) -> HealthReport:
    """Writes, reads back and deletes a random probe value. Blocks: run it off the GUI thread.

    ``allow_insecure`` defaults to the store's own opt-in (``KeyringSecretStore.allow_insecure``).
    """
    if allow_insecure is None:
        allow_insecure = bool(getattr(store, "allow_insecure", False))
    try:
        name = store.backend_name
    except Exception:  # choosing a backend failed (broken install, InitError)
        return HealthReport(NO_KEYRING, "", NO_KEYRING_TEXT)
    if not store.has_backend():
        return HealthReport(NO_KEYRING, name, NO_KEYRING_TEXT)
    if not store.is_secure_backend() and not allow_insecure:
        return HealthReport(INSECURE_BACKEND, name, INSECURE_TEXT, (("backend", name),))
    probe = _random.token_hex(16)
    try:
        store_and_verify(store, PROBE_SERVICE, PROBE_USERNAME, probe)
        store.delete(PROBE_SERVICE, PROBE_USERNAME)
    except SecretStoreError as exc:
        state = exc.code if exc.code in (NO_KEYRING, LOCKED, INSECURE_BACKEND) else WRITE_FAILED
        return HealthReport(state, name, exc.template, tuple(exc.params.items()))
    return HealthReport(OK, name)


def health_check_with_timeout(
    store: SecretStore, timeout: float = 10.0, *, allow_insecure: bool | None = None
) -> HealthReport:
    """Like health_check, but answers NO_ANSWER when the keyring hangs (unlock prompt)."""
    result: list[HealthReport] = []
    worker = threading.Thread(
        target=lambda: result.append(health_check(store, allow_insecure=allow_insecure)),
        name="keyring-health-probe",
        daemon=True,  # a hung D-Bus call must not keep the app alive at exit
    )
    worker.start()
    worker.join(timeout)
    if result:
        return result[0]
    return HealthReport(NO_ANSWER, "", NO_ANSWER_TEXT, (("seconds", round(timeout)),))
