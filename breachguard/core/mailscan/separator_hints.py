"""Where an mbox's ``From `` lines are, found by GNU grep in a second process.

Finding message boundaries means looking at every byte of every body: in Python
that runs at ~1.7 GB/s at best, while grep finds ``^From `` at the speed of
reading the file. grep only tells the offsets of lines starting "From "; the
splitter still decides with its own rules which of them start a message, and
skips the bodies between them without reading them.

Used only where it can be trusted: GNU grep at a fixed system path (never one
from ``PATH``), the C locale, the open file handed over (not its path, which could
be swapped), and a memory cap (a file with no newline for gigabytes would make it
buffer the line). Anywhere else, or when grep fails part way, the splitter
searches the bytes itself from where it is: the result is the same, only slower.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from functools import cache

log = logging.getLogger(__name__)

_GREP_PATHS = ("/usr/bin/grep", "/bin/grep")
_ENVIRONMENT = {"LC_ALL": "C", "PATH": "/usr/bin:/bin"}
_MEMORY_CAP = 256 * 1024 * 1024
_MATCH = b"From \n"


class HintsFailed(Exception):
    """grep stopped before the end of the file or printed something unexpected."""


@cache
def gnu_grep() -> str | None:
    """The path of a GNU grep to use, or None (not Linux, not GNU, not there)."""
    if not sys.platform.startswith("linux"):
        return None
    for path in _GREP_PATHS:
        try:
            result = subprocess.run(  # noqa: S603 - a fixed system path, fixed arguments
                [path, "--version"],
                capture_output=True,
                env=_ENVIRONMENT,
                timeout=5,
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            continue
        if result.returncode == 0 and result.stdout.startswith(b"grep (GNU grep)"):
            return path
    return None


class SeparatorHints:
    """The position of the newline before every ``From `` that starts a line, in
    increasing order (a ``From `` at offset 0 has none and is not listed).

    Iterating raises :class:`HintsFailed` when grep did not finish its work; the
    positions given before that are still right. :meth:`close` stops grep."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self._process = process

    def __iter__(self) -> Iterator[int]:
        stdout = self._process.stdout
        assert stdout is not None
        try:
            for line in stdout:
                offset, colon, match = line.partition(b":")
                if not colon or match != _MATCH or not offset.isdigit():
                    raise HintsFailed("grep printed an unexpected line")
                position = int(offset) - 1
                if position >= 0:
                    yield position
            if self._process.wait() not in (0, 1):  # 1: no line matched
                raise HintsFailed(f"grep ended with status {self._process.returncode}")
        finally:
            self.close()

    def close(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        if self._process.stdout is not None:
            self._process.stdout.close()


def separator_hints(fd: int) -> SeparatorHints | None:
    """Starts grep on the file open at ``fd`` (its own handle to the same file, so
    neither moves the other's position); None where grep cannot be used."""
    grep = gnu_grep()
    if grep is None:
        return None
    try:
        own = os.open(f"/proc/self/fd/{fd}", os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        process = subprocess.Popen(  # noqa: S603 - a fixed system path, fixed arguments
            [grep, "--byte-offset", "--only-matching", "--text", "-e", "^From ", "-"],
            stdin=own,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=_ENVIRONMENT,
        )
    except OSError as exc:
        log.info("grep could not start (%s); the mbox is searched in-process", exc)
        return None
    finally:
        os.close(own)
    hints = SeparatorHints(process)
    try:
        import resource  # Unix only: imported where grep is used

        resource.prlimit(process.pid, resource.RLIMIT_AS, (_MEMORY_CAP, _MEMORY_CAP))
    except (OSError, ValueError):
        # Without the cap a file with no newlines could make grep hold it all.
        hints.close()
        return None
    return hints


__all__ = ["HintsFailed", "SeparatorHints", "gnu_grep", "separator_hints"]
