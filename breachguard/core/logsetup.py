"""Logging to a rotating file in the app's log dir, through a redacting filter.

The filter is the last line of defence: code should not log personal data in the
first place, but if an email, phone number, otpauth URI, base32 secret or OTP
code slips into a message or an exception, it is replaced before it is written.

The file is the user's alone (0600, in a 0700 folder).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

LOG_FILE_NAME = "breachguard.log"
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"otpauth(?:-migration)?://\S+", re.IGNORECASE), "[otpauth-uri]"),
    (re.compile(r"(?i)(secret|code|token|password)(\s*[=:]\s*)\S+"), r"\1\2[redacted]"),
    (re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+"), "[email]"),
    (re.compile(r"\+?\d[\d ()-]{6,}\d"), "[number]"),
    (re.compile(r"\b[A-Z2-7]{16,}=*\b"), "[base32]"),
    (re.compile(r"\b\d{6,8}\b"), "[digits]"),
)


def redact(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            # Render the exception ourselves so its text passes the redactor too.
            formatted = logging.Formatter().formatException(record.exc_info)
            message = f"{message}\n{formatted}"
            record.exc_info = None
            record.exc_text = None
        record.msg = redact(message)
        record.args = None
        return True


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Opens the log (and each new one after a rotation) 0600, never through a link."""

    def _open(self):  # type: ignore[no-untyped-def]
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(self.baseFilename, flags | getattr(os, "O_CLOEXEC", 0), 0o600)
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)  # a log left by an older version may be 0644
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def configure_logging(log_dir: Path, *, level: int = logging.INFO) -> Path:
    """Attach the rotating, redacting file handler to the root logger (idempotent)."""
    from breachguard.core.atomic import ensure_private_dir

    ensure_private_dir(log_dir)
    path = log_dir / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "breachguard", False):
            root.removeHandler(handler)
            handler.close()
    handler = PrivateRotatingFileHandler(
        path, maxBytes=512 * 1024, backupCount=3, encoding="utf-8", delay=True
    )
    handler.breachguard = True  # type: ignore[attr-defined]
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
