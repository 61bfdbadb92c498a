"""A stand-in for the app process that can be killed at any chosen step.

``python -m tests.crash.driver SCENARIO PROVIDER_ID [--kill-at N --when before|after]``

Runs the real ``EnrollmentStore``/``KeyringSecretStore``/``Settings`` code. Every
file write, fsync and rename, every keyring write and delete, and a few named
checkpoints are *events*; the driver counts them and SIGKILLs itself at event N
(``before`` it happens, or ``after``; ``before`` a file write means half the bytes
were written, a torn write). Without ``--kill-at`` it prints the event list, so
the test knows every point to kill at. All instrumentation lives here, in this
process only. ``recover`` does what the app does on start and prints the state.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import sys
from pathlib import Path
from typing import Any

from breachguard.core import atomic
from breachguard.core import enrollment_flow as flow
from breachguard.core.enrollment import EnrollmentStore
from breachguard.core.enrollment_work import EnrollmentWork
from breachguard.core.otpauth import OtpSetup, parse_uri
from breachguard.core.paths import AppPaths
from breachguard.core.secret_store import KeyringSecretStore, SecretStore
from breachguard.core.settings import Settings

OLD_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
NEW_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
ACCOUNT = "crash-test-account"
OTHER_ACCOUNT = "another-crash-test-account"


def setup_for(secret: str) -> OtpSetup:
    return parse_uri(f"otpauth://totp/Demo%20Exchange:{ACCOUNT}?secret={secret}")


class Events:
    """Counts events; dies at the chosen one."""

    def __init__(self, kill_at: int | None, when: str) -> None:
        self.kill_at = kill_at
        self.when = when
        self.seen: list[str] = []

    def before(self, label: str) -> bool:
        """Records an event; True when the caller must tear it (die mid-way)."""
        self.seen.append(label)
        if self.kill_at == len(self.seen) - 1 and self.when == "before":
            if label.startswith("write "):
                return True
            die()
        return False

    def after(self) -> None:
        if self.kill_at == len(self.seen) - 1 and self.when == "after":
            die()


def die() -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


_REAL_FSYNC = os.fsync


class _TearingFile:
    """A file handle whose writes are events; a torn write flushes half, then dies."""

    def __init__(self, handle: Any, name: str, events: Events) -> None:
        self._handle = handle
        self._name = name
        self._events = events

    def write(self, data: bytes) -> int:
        if self._events.before(f"write {self._name}"):
            self._handle.write(data[: len(data) // 2])
            self._handle.flush()
            _REAL_FSYNC(self._handle.fileno())  # the torn half reaches the disk
            die()
        written = int(self._handle.write(data))
        self._events.after()
        return written

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __enter__(self) -> _TearingFile:
        self._handle.__enter__()
        return self

    def __exit__(self, *exc: Any) -> Any:
        return self._handle.__exit__(*exc)


def instrument_files(events: Events) -> None:
    real_fdopen, real_replace = os.fdopen, os.replace

    def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
        handle = real_fdopen(fd, *args, **kwargs)
        name = Path(os.readlink(f"/proc/self/fd/{fd}")).name if Path("/proc").exists() else "?"
        return _TearingFile(handle, _stable(name), events)

    def fsync(fd: int) -> None:
        events.before("fsync")
        _REAL_FSYNC(fd)
        events.after()

    def replace(src: Any, dst: Any, **kwargs: Any) -> None:
        events.before(f"replace {Path(dst).name}")
        real_replace(src, dst, **kwargs)
        events.after()

    # atomic.py writes only through these three; nothing else needs wrapping.
    os.fdopen, os.fsync, os.replace = fdopen, fsync, replace  # type: ignore[assignment]


_TEMP_NAME = re.compile(r"^\.(?P<target>.+)\.[^.]+\.tmp$")


def _stable(name: str) -> str:
    # ".enrollments.json.ab12cd.tmp" → "enrollments.json": the same label every run.
    match = _TEMP_NAME.match(name)
    return match.group("target") if match else name


class InstrumentedSecrets:
    """The real keyring store; its writes and deletes are events."""

    def __init__(self, inner: SecretStore, events: Events) -> None:
        self._inner = inner
        self._events = events

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def get(self, service: str, username: str) -> str | None:
        return self._inner.get(service, username)

    def set(self, service: str, username: str, value: str) -> None:
        self._events.before(f"keyring set {username.split(':')[0]}")
        self._inner.set(service, username, value)
        self._events.after()

    def delete(self, service: str, username: str) -> None:
        self._events.before(f"keyring delete {username.split(':')[0]}")
        self._inner.delete(service, username)
        self._events.after()


def checkpoint(events: Events, name: str) -> None:
    events.before(f"checkpoint {name}")
    events.after()


# -- scenarios -------------------------------------------------------------------------------


def prepare(store: EnrollmentStore, provider_id: str, *, revoke: bool) -> dict[str, Any]:
    """Not killed: the user's existing, working token. For a replacement it is the same
    account's and revoked; otherwise another account's, which a new key leaves alone."""
    account = ACCOUNT if revoke else OTHER_ACCOUNT
    old = store.begin(provider_id, setup_for(OLD_SECRET), account=account, clock_offset_s=0.0)
    store.stage_secret(old.id, setup_for(OLD_SECRET), account=account)
    store.confirm(old.id, setup_for(OLD_SECRET))
    if revoke:
        store.apply_revocation(provider_id, revoked_at=old.created_at + 1)
    return {"old_id": old.id}


def enroll(store: EnrollmentStore, provider_id: str, events: Events) -> None:
    """Step 3's keyring work, through the same code the app runs for it: staging when
    the setup code is brought in, saving once the exchange accepted it."""
    work = EnrollmentWork(store, provider_id, "Demo Exchange")
    setup = setup_for(NEW_SECRET)
    staged = work.run(flow.Stage(setup, ACCOUNT, "uri", 0.0))
    assert isinstance(staged, flow.Staged), staged
    checkpoint(events, "after stage")
    saved = work.run(flow.SaveConfirmed(staged.record, setup))
    assert isinstance(saved, flow.Saved), saved
    checkpoint(events, "after confirm")


def change_settings(settings: Settings, events: Events) -> None:
    settings.set("provider_id", "demo-exchange")
    settings.set("support_mode", True)
    checkpoint(events, "after settings")
    settings.set("last_step", "2FA")


def recover(paths: AppPaths, store: EnrollmentStore | None) -> dict[str, Any]:
    """What the app does on start, then the state a test checks."""
    removed = sum(
        atomic.remove_stale_temp_files(d)
        for d in (paths.config_dir, paths.data_dir, paths.cache_dir)
    )
    settings = Settings(paths.settings_file)
    state: dict[str, Any] = {
        "removed_temp_files": removed,
        "settings_problem": settings.load_problem,
        "settings": {
            key: settings.get(key) for key in ("provider_id", "support_mode", "last_step")
        },
    }
    if store is not None:
        resumable = store.recover_interrupted()
        state["resumable"] = [r.id for r in resumable]
        state["records"] = [
            {
                "id": r.id,
                "status": r.status,
                "staged": r.secret_staged,
                "secret": store.secrets.get(r.service, r.username),
            }
            for r in store.records()
        ]
    return state


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("scenario", choices=("enroll", "replace", "settings", "recover"))
    parser.add_argument("provider_id")
    parser.add_argument("--kill-at", type=int)
    parser.add_argument("--when", choices=("before", "after"), default="before")
    parser.add_argument("--no-keyring", action="store_true")
    args = parser.parse_args(argv)

    paths = AppPaths.from_environment().ensure()
    events = Events(args.kill_at, args.when)
    if args.scenario == "recover":
        secrets = None if args.no_keyring else KeyringSecretStore()
        store = None if secrets is None else EnrollmentStore.for_paths(paths, secrets)
        result: Any = recover(paths, store)
    elif args.scenario == "settings":
        instrument_files(events)
        change_settings(Settings(paths.settings_file), events)
        result = {"events": events.seen}
    else:
        secrets = KeyringSecretStore()
        prepared = prepare(
            EnrollmentStore.for_paths(paths, secrets),
            args.provider_id,
            revoke=args.scenario == "replace",
        )
        print(json.dumps(prepared), flush=True)  # read by the test even when killed later
        store = EnrollmentStore.for_paths(paths, InstrumentedSecrets(secrets, events))  # type: ignore[arg-type]
        instrument_files(events)
        enroll(store, args.provider_id, events)
        result = {"events": events.seen}
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
