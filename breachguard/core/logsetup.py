"""Logging to a rotating file in the app's log dir, through a redacting filter.

The filter is the last line of defence: code should not log personal data in the
first place, but if an email, phone number, otpauth URI, base32 secret or OTP
code slips into a message or an exception, it is replaced before it is written.
"""

from __future__ import annotations

import logging
import logging.handlers
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


def configure_logging(log_dir: Path, *, level: int = logging.INFO) -> Path:
    """Attach the rotating, redacting file handler to the root logger (idempotent)."""
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "breachguard", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=512 * 1024, backupCount=3, encoding="utf-8", delay=True
    )
    handler.breachguard = True  # type: ignore[attr-defined]
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
