"""A command on a pseudo-terminal of its own, as when typed in a shell: for prompts
that must not echo what is typed at them (a password, a setup link)."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from collections.abc import Callable

# The child makes the pseudo-terminal its controlling terminal, as a shell's is, so a
# no-echo prompt (getpass) finds it at /dev/tty.
_SESSION = (
    "import fcntl, os, sys, termios; os.setsid(); fcntl.ioctl(0, termios.TIOCSCTTY, 0); "
    "os.execv(sys.argv[1], sys.argv[1:])"
)


class Terminal:
    """Runs ``argv`` with standard input on a fresh pseudo-terminal (standard output
    and error are pipes); ``screen`` is what the program showed on the terminal."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.fd, child_side = pty.openpty()
        self.process = subprocess.Popen(
            [sys.executable, "-c", _SESSION, *argv],
            stdin=child_side,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        os.close(child_side)
        self.screen = b""

    def read_until(self, done: Callable[[bytes], bool], timeout_s: float) -> bytes:
        deadline = time.monotonic() + timeout_s
        while not done(self.screen) and time.monotonic() < deadline:
            ready, _, _ = select.select([self.fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(self.fd, 4096)
                except OSError:  # the terminal closed: the process has exited
                    break
                if not chunk:
                    break
                self.screen += chunk
        return self.screen

    def type(self, line: str) -> None:
        os.write(self.fd, line.encode() + b"\n")

    def finish(self, timeout_s: float = 60) -> tuple[bytes, bytes]:
        """Standard output and error once the program ends; then the rest of the screen
        (where an echo of what was typed would be)."""
        stdout, stderr = self.process.communicate(timeout=timeout_s)
        self.read_until(lambda _screen: False, 1)
        return stdout, stderr

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.communicate()
        os.close(self.fd)
