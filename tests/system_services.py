"""Real system services for the tests that need them, started privately.

A D-Bus session with an unlocked gnome-keyring (a real Secret Service), and an
Xvfb display. Each lives in temp directories owned by the test session, so the
developer's own keyring and screen are never touched. When the programs are
not installed the tests that need them are skipped with the reason; CI
installs them, so there they run.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.support.waiting import wait_until

# The private test keyring's password (tests/enroll/keyring_control.py unlocks with it).
KEYRING_PASSWORD = "test-keyring-password"


class ServiceUnavailable(RuntimeError):
    pass


def _secret_service_ready(bus_address: str, *, unlocked: bool) -> bool:
    """The Secret Service answers on the bus and, when asked for, its default
    collection is unlocked."""
    import secretstorage
    from jeepney.io.blocking import open_dbus_connection
    from secretstorage.exceptions import ItemNotFoundException, SecretServiceNotAvailableException

    with open_dbus_connection(bus_address) as connection:
        if not secretstorage.check_service_availability(connection):
            return False
        if not unlocked:
            return True
        try:
            return not secretstorage.Collection(connection).is_locked()
        except (ItemNotFoundException, SecretServiceNotAvailableException):
            return False


def _stop(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass


# A session bus with no service directories: nothing is ever started on demand.
# With gcr installed, a locked keyring's unlock prompt (gcr-prompter) would open
# on the test's X server and wait there for a password nobody types; a portal
# test must see no portal when no fake one runs. ``{listen}`` is a D-Bus address.
SESSION_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>{listen}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@contextmanager
def private_secret_service(*, unlocked: bool = True) -> Iterator[dict[str, str]]:
    """Yields environment variables pointing at a fresh, unlocked gnome-keyring
    (``unlocked=False``: running, but with no login keyring, as on a desktop where it
    was never unlocked)."""
    for program in ("dbus-daemon", "gnome-keyring-daemon"):
        if shutil.which(program) is None:
            raise ServiceUnavailable(
                f"{program} is not installed (apt-get install dbus-x11 gnome-keyring)"
            )
    root = Path(tempfile.mkdtemp(prefix="bg-secret-service-"))
    env = dict(os.environ)
    env.update(
        {
            "HOME": str(root),
            "XDG_DATA_HOME": str(root / "data"),
            "XDG_RUNTIME_DIR": str(root / "run"),
            "XDG_CONFIG_HOME": str(root / "config"),
        }
    )
    for key in ("data", "run", "config"):
        (root / key).mkdir(mode=0o700)
    # The keyring is started by hand below; a prompt fails at once, as over SSH.
    config = root / "session.conf"
    config.write_text(SESSION_BUS_CONFIG.format(listen="unix:tmpdir=/tmp"))
    bus = subprocess.run(
        [
            "dbus-daemon",
            f"--config-file={config}",
            "--fork",
            "--nopidfile",
            "--print-address=1",
            "--print-pid=1",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=10,
        check=True,
    )
    address, pid_text = bus.stdout.split("\n")[:2]
    bus_pid = int(pid_text)
    env["DBUS_SESSION_BUS_ADDRESS"] = address.strip()
    keyring_pid = None
    try:
        daemon = subprocess.run(
            [
                "gnome-keyring-daemon",
                *(["--unlock"] if unlocked else []),
                "--components=secrets",
                "--daemonize",
            ],
            env=env,
            input=KEYRING_PASSWORD if unlocked else "",
            capture_output=True,
            text=True,
            timeout=15,
            check=True,
        )
        for line in daemon.stdout.splitlines():
            if line.startswith("GNOME_KEYRING_PID="):
                keyring_pid = int(line.split("=", 1)[1])
            elif "=" in line:
                key, value = line.split("=", 1)
                env[key] = value
        # The daemon registers its bus name and unlocks the login keyring after it
        # has forked into the background.
        address = env["DBUS_SESSION_BUS_ADDRESS"]
        if not wait_until(lambda: _secret_service_ready(address, unlocked=unlocked), 10):
            raise ServiceUnavailable("gnome-keyring-daemon started but never answered")
        yield {
            key: env[key]
            for key in ("DBUS_SESSION_BUS_ADDRESS", "XDG_DATA_HOME", "XDG_RUNTIME_DIR", "HOME")
        }
    finally:
        if keyring_pid:
            _stop(keyring_pid)
        _stop(bus_pid)
        shutil.rmtree(root, ignore_errors=True)


@contextmanager
def private_xvfb(width: int = 1280, height: int = 800) -> Iterator[str]:
    """Yields a DISPLAY value for a fresh Xvfb server."""
    if shutil.which("Xvfb") is None:
        raise ServiceUnavailable("Xvfb is not installed (apt-get install xvfb)")
    read_fd, write_fd = os.pipe()
    process = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_fd),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
            # Without it the server resets whenever its last client leaves, and a
            # program connecting just then is turned away: the app's own display check
            # connects and leaves right before Qt connects.
            "-noreset",
        ],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise ServiceUnavailable("Xvfb did not start")
        yield f":{number}"
    finally:
        process.terminate()
        process.wait(timeout=10)
