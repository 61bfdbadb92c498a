"""The secret store: error mapping, backend allow-list, health probe, real Secret Service."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from keyring import errors
from keyring.backends import fail, null

from breachguard.core import secret_store as ss
from breachguard.core.secret_store import (
    KeyringSecretStore,
    MemorySecretStore,
    health_check,
    health_check_with_timeout,
    store_and_verify,
)

SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
SERVICE = ss.service_name("demo-exchange")
USER = ss.totp_username("e1")


class FakeBackend:
    """Duck-typed keyring backend with injectable failures (not registered with keyring)."""

    name = "fake backend"

    def __init__(self, **failures: BaseException) -> None:
        self.items: dict[tuple[str, str], str] = {}
        self.failures = failures

    def _maybe_fail(self, operation: str) -> None:
        if operation in self.failures:
            raise self.failures[operation]

    def get_password(self, service: str, username: str) -> str | None:
        self._maybe_fail("get")
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._maybe_fail("set")
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._maybe_fail("delete")
        if self.items.pop((service, username), None) is None:
            raise errors.PasswordDeleteError("not found")


class CorruptingBackend(FakeBackend):
    def get_password(self, service: str, username: str) -> str | None:
        value = super().get_password(service, username)
        return None if value is None else value[:-1]


def test_naming_scheme() -> None:
    assert SERVICE == "BreachGuard/demo-exchange"
    assert USER == "totp:e1"
    assert ss.recovery_username("e1") == "recovery:e1"


def test_memory_store_round_trip() -> None:
    store = MemorySecretStore()
    assert store.get(SERVICE, USER) is None
    store_and_verify(store, SERVICE, USER, SECRET)
    assert store.get(SERVICE, USER) == SECRET
    assert ss.delete_if_present(store, SERVICE, USER)
    assert not ss.delete_if_present(store, SERVICE, USER)
    with pytest.raises(ss.SecretDeleteFailed):
        store.delete(SERVICE, USER)
    assert isinstance(store, ss.SecretStore)


def test_memory_store_health() -> None:
    report = health_check(MemorySecretStore())
    assert report.ok and report.backend_name == "memory"


@pytest.mark.parametrize(
    ("platform", "module", "qualname", "secure"),
    [
        ("linux", "keyring.backends.SecretService", "Keyring", True),
        ("linux", "keyring.backends.kwallet", "DBusKeyring", True),
        ("darwin", "keyring.backends.macOS", "Keyring", True),
        ("win32", "keyring.backends.Windows", "WinVaultKeyring", True),
        ("win32", "keyring.backends.SecretService", "Keyring", False),
        ("linux", "keyrings.alt.file", "PlaintextKeyring", False),
        ("linux", "keyrings.alt.file", "EncryptedKeyring", False),
        ("linux", "keyring.backends.fail", "Keyring", False),
        ("linux", "keyring.backends.null", "Keyring", False),
    ],
)
def test_backend_allow_list(platform: str, module: str, qualname: str, secure: bool) -> None:
    backend = type(qualname, (), {"__module__": module, "__qualname__": qualname})()
    assert ss.is_secure_keyring(backend, platform) is secure


def test_chainer_is_secure_only_when_every_member_is() -> None:
    def make(module: str, qualname: str) -> Any:
        return type(qualname, (), {"__module__": module, "__qualname__": qualname})()

    secret_service = make("keyring.backends.SecretService", "Keyring")
    plaintext = make("keyrings.alt.file", "PlaintextKeyring")
    chainer = type("ChainerBackend", (), {"__module__": "keyring.backends.chainer"})
    chainer.__qualname__ = "ChainerBackend"
    both, only_secure = chainer(), chainer()
    both.backends = [secret_service, plaintext]
    only_secure.backends = [secret_service]
    assert not ss.is_secure_keyring(both, "linux")
    assert ss.is_secure_keyring(only_secure, "linux")


# -- failure injection ----------------------------------------------------------------


def test_no_keyring_backend_headless() -> None:
    store = KeyringSecretStore(fail.Keyring())
    assert not store.has_backend()
    report = health_check(store)
    assert report.state == ss.NO_KEYRING
    assert "gnome-keyring" in report.message
    with pytest.raises(ss.KeyringUnavailable):
        store.set(SERVICE, USER, SECRET)
    with pytest.raises(ss.KeyringUnavailable):
        store.get(SERVICE, USER)


def test_null_backend_is_no_keyring() -> None:
    assert health_check(KeyringSecretStore(null.Keyring())).state == ss.NO_KEYRING


@pytest.mark.parametrize(
    ("failures", "state"),
    [
        ({"set": errors.KeyringLocked("dismissed")}, ss.LOCKED),
        ({"get": errors.KeyringLocked("dismissed")}, ss.LOCKED),
        ({"set": errors.PasswordSetError("refused")}, ss.WRITE_FAILED),
        ({"set": OSError(28, "No space left on device")}, ss.WRITE_FAILED),
        # keyring raises InitError from a Secret Service that runs but has no usable
        # default keyring: one to unlock or set up, not one to install.
        (
            {"set": errors.InitError("Failed to create the collection: Prompt dismissed..")},
            ss.LOCKED,
        ),
        ({"set": errors.NoKeyringError("none")}, ss.NO_KEYRING),
        ({"delete": errors.PasswordDeleteError("refused")}, ss.WRITE_FAILED),
        ({"get": RuntimeError("dbus glitch")}, ss.WRITE_FAILED),
    ],
)
def test_health_states(failures: dict[str, BaseException], state: str) -> None:
    backend = FakeBackend(**failures)
    report = health_check(KeyringSecretStore(backend, allow_insecure=True))
    assert report.state == state
    assert report.message
    assert "probe" not in report.message


def test_locked_and_write_errors_are_specific_and_secret_free() -> None:
    store = KeyringSecretStore(FakeBackend(set=errors.KeyringLocked("x")), allow_insecure=True)
    with pytest.raises(ss.KeyringLockedError) as locked:
        store.set(SERVICE, USER, SECRET)
    assert "locked" in str(locked.value) and SECRET not in str(locked.value)
    assert locked.value.__cause__ is None and locked.value.__suppress_context__

    failing = KeyringSecretStore(FakeBackend(set=errors.PasswordSetError(SECRET)),
                                 allow_insecure=True)  # fmt: skip
    with pytest.raises(ss.SecretWriteFailed) as write:
        failing.set(SERVICE, USER, SECRET)
    assert SECRET not in str(write.value)


def test_windows_blob_limit_error() -> None:
    error = OSError(22, "The stub received bad data")
    error.winerror = 1783  # type: ignore[attr-defined]
    store = KeyringSecretStore(FakeBackend(set=error), allow_insecure=True)
    with pytest.raises(ss.SecretTooLarge):
        store.set(SERVICE, USER, SECRET)
    with pytest.raises(ss.SecretTooLarge):
        store.set(SERVICE, USER, "x" * (ss.MAX_VALUE_CHARS + 1))


def test_read_back_mismatch() -> None:
    store = KeyringSecretStore(CorruptingBackend(), allow_insecure=True)
    with pytest.raises(ss.ReadBackMismatch):
        store_and_verify(store, SERVICE, USER, SECRET)
    assert health_check(store).state == ss.WRITE_FAILED


def test_plaintext_backend_refused_unless_opted_in() -> None:
    plaintext = type("PlaintextKeyring", (FakeBackend,), {"__module__": "keyrings.alt.file"})
    backend = plaintext()
    store = KeyringSecretStore(backend)
    report = health_check(store)
    assert report.state == ss.INSECURE_BACKEND
    assert "unencrypted" in report.message
    with pytest.raises(ss.InsecureBackendError):
        store.set(SERVICE, USER, SECRET)
    assert backend.items == {}
    store.allow_insecure = True
    assert health_check(store).ok
    store.set(SERVICE, USER, SECRET)
    assert store.get(SERVICE, USER) == SECRET


def test_hung_keyring_reports_no_answer() -> None:
    release = threading.Event()

    class HangingBackend(FakeBackend):
        def set_password(self, service: str, username: str, password: str) -> None:
            release.wait(30)  # an unlock prompt nobody answers
            super().set_password(service, username, password)

    try:
        report = health_check_with_timeout(
            KeyringSecretStore(HangingBackend(), allow_insecure=True), timeout=0.2
        )
        assert report.state == ss.NO_ANSWER
        assert "did not answer" in report.message
    finally:
        release.set()


# -- the real Secret Service ----------------------------------------------------------


@pytest.mark.secret_service
def test_real_secret_service_round_trip(secret_service: Any) -> None:
    store = KeyringSecretStore(secret_service)
    assert store.is_secure_backend() and store.has_backend()
    assert health_check_with_timeout(store, timeout=20).ok
    store_and_verify(store, SERVICE, USER, SECRET)
    assert store.get(SERVICE, USER) == SECRET
    # The health probe leaves nothing behind.
    assert store.get(ss.PROBE_SERVICE, ss.PROBE_USERNAME) is None
    store.delete(SERVICE, USER)
    assert store.get(SERVICE, USER) is None
    with pytest.raises(ss.SecretDeleteFailed):
        store.delete(SERVICE, USER)


@pytest.mark.secret_service
def test_real_secret_service_keeps_items_apart(secret_service: Any) -> None:
    store = KeyringSecretStore(secret_service)
    other = ss.service_name("other-exchange")
    store_and_verify(store, SERVICE, USER, SECRET)
    store_and_verify(store, other, USER, "JBSWY3DPEHPK3PXP")
    store_and_verify(store, SERVICE, ss.recovery_username("e1"), '["a-b", "c-d"]')
    assert store.get(SERVICE, USER) == SECRET
    assert store.get(other, USER) == "JBSWY3DPEHPK3PXP"
    for service, user in ((SERVICE, USER), (other, USER), (SERVICE, ss.recovery_username("e1"))):
        store.delete(service, user)


@pytest.mark.secret_service
def test_a_locked_real_keyring_is_reported_as_locked_everywhere(secret_service: Any) -> None:
    from breachguard.core.report import keyring_state
    from tests.enroll import keyring_control

    store = KeyringSecretStore(secret_service)
    keyring_control.lock()
    try:
        report = health_check_with_timeout(store, timeout=20)
        assert report.state == ss.LOCKED
        assert "Try again" in report.message
        backend, health = keyring_state(store, 20)
        assert "SecretService" in backend
        assert health.startswith("locked — ")  # not "missing", as before
    finally:
        keyring_control.unlock()
    assert health_check_with_timeout(store, timeout=20).ok


@pytest.mark.secret_service
def test_a_running_secret_service_without_a_keyring_is_not_called_missing() -> None:
    """gnome-keyring installed and running, never unlocked: it has no login keyring,
    and making one needs a prompt that cannot appear."""
    from keyring.backends import SecretService

    from tests.system_services import ServiceUnavailable, private_secret_service

    try:
        service = private_secret_service(unlocked=False)
        env = service.__enter__()
    except ServiceUnavailable as exc:
        pytest.skip(f"no Secret Service here: {exc}")
    try:
        with pytest.MonkeyPatch.context() as patch:
            for key, value in env.items():
                patch.setenv(key, value)
            report = health_check_with_timeout(
                KeyringSecretStore(SecretService.Keyring()), timeout=20
            )
        assert report.state == ss.LOCKED
        assert report.message.startswith("Your keyring is running but locked or not set up yet")
    finally:
        service.__exit__(None, None, None)


@pytest.mark.secret_service
def test_a_chain_of_backends_uses_its_best_allowed_member(
    monkeypatch: pytest.MonkeyPatch, secret_service: Any
) -> None:
    """keyrings.alt installed beside a running Secret Service: keyring chains both; the
    chain as a whole is not "insecure", its Secret Service member is used."""
    import keyring.backend
    from keyring.backends import SecretService, chainer

    alt = pytest.importorskip("keyrings.alt.file", reason="keyrings.alt is not installed")
    members = [alt.PlaintextKeyring(), SecretService.Keyring()]
    monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: members)
    chain = chainer.ChainerBackend()
    assert [type(m).__name__ for m in chain.backends] == ["Keyring", "PlaintextKeyring"]
    chosen = ss.choose_backend(chain, "linux")
    assert isinstance(chosen, SecretService.Keyring)
    store = KeyringSecretStore(chosen)
    assert health_check_with_timeout(store, timeout=20).ok
    only_plaintext = [alt.PlaintextKeyring(), alt.PlaintextKeyring()]
    monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: only_plaintext)
    weak_chain = chainer.ChainerBackend()
    assert ss.choose_backend(weak_chain, "linux") is weak_chain  # nothing better: refused later
    assert not ss.is_secure_keyring(weak_chain, "linux")
