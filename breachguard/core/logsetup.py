"""Logging to a rotating file in the app's log dir, through a redacting filter.

The filter is the last line of defence: code should not log personal data in the
first place, but if an email, phone number, otpauth URI, base32 secret (in any
case, whole or in groups), recovery code, Google Authenticator export payload
(base64, plain or percent-encoded) or OTP code slips into a message or an
exception, it is replaced before it is written. It errs on the side of hiding:
four four-letter words in a row look like a key in groups and are hidden too.
What it cannot tell from words: a key shown in groups of other sizes with no
digit in it at all, and a single recovery code without a dash.

The file is the user's alone (0600, in a 0700 folder).
"""

from __future__ import annotations

import base64
import binascii
import logging
import logging.handlers
import os
import re
from pathlib import Path
from urllib.parse import unquote

LOG_FILE_NAME = "breachguard.log"
MIN_BASE32_CHARS = 16  # 80 bits, the shortest key an exchange issues
_BASE32 = "[A-Za-z2-7]"

_URI = re.compile(r"otpauth(?:-migration)?://\S+", re.IGNORECASE)
# Standard base64, as it is or percent-encoded in a link ("%2B", "%2F", "%3D").
_BASE64_RUN = re.compile(r"(?<![A-Za-z0-9+/%])(?:[A-Za-z0-9+/]|%2[BbFf]){24,}(?:=|%3[Dd]){0,2}")
_KEY_VALUE = re.compile(r"(?i)(secret|code|token|password)(\s*[=:]\s*)\S+")
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# Base32 keys in groups, as apps show them to be typed ("jbsw y3dp ehpk 3pxp").
_GROUPED = re.compile(rf"(?<![A-Za-z0-9]){_BASE32}{{1,8}}(?:[ -]{_BASE32}{{1,8}})+(?![A-Za-z0-9])")
_BASE32_RUN = re.compile(rf"(?<![A-Za-z0-9]){_BASE32}{{{MIN_BASE32_CHARS},}}(?![A-Za-z0-9])=*")
# Recovery codes: letters and digits in dash-separated groups ("rc-7f3k-92mx",
# "AAAA-1111", "abcde-12345"). Groups of digits alone are numbers (below).
_RECOVERY = re.compile(
    r"(?<![A-Za-z0-9-])[A-Za-z0-9]{2,10}(?:-[A-Za-z0-9]{2,10}){1,7}(?![A-Za-z0-9-])"
)
_NUMBER = re.compile(r"\+?\d[\d ()-]{6,}\d")
_DIGITS = re.compile(r"\b\d{6,8}\b")


def _single_case(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return all(char.isupper() for char in letters) or all(char.islower() for char in letters)


def _base64_text(match: re.Match[str]) -> str:
    run = match.group(0)
    text = unquote(run)
    if len(text) >= 32 and _mixed(text):
        return "[base64]"
    padded = text.rstrip("=") + "=" * (-len(text.rstrip("=")) % 4)
    try:
        data = base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        return run
    return "[base64]" if _is_migration_payload(data) else run


def _mixed(text: str) -> bool:
    """Random base64 mixes upper and lower case and digits; words and paths do not."""
    return (
        any(c.isupper() for c in text)
        and any(c.islower() for c in text)
        and any(c.isdigit() for c in text)
    )


def _is_migration_payload(data: bytes) -> bool:
    """A Google Authenticator export: a protobuf with an account holding a key."""
    from breachguard.core.migration import MigrationError, iter_fields

    try:
        for number, wire, value in iter_fields(data):
            if number == 1 and wire == 2 and isinstance(value, bytes):
                if any(n == 1 and isinstance(v, bytes) and v for n, _w, v in iter_fields(value)):
                    return True
    except MigrationError:
        return False
    return False


def _grouped_text(match: re.Match[str]) -> str:
    """Replaces every stretch of equally long groups (the last may be shorter), in
    one letter case, holding a base32 key's worth of characters."""
    parts = re.split(r"([ -])", match.group(0))
    groups, separators = parts[0::2], parts[1::2]
    out: list[str] = []
    index = 0
    while index < len(groups):
        size = len(groups[index])
        end = index + 1
        while end < len(groups) and len(groups[end]) == size:
            end += 1
        if end < len(groups) and len(groups[end]) < size:
            end += 1  # a shorter last group
        while end > index:
            if _looks_like_grouped_key(groups[index:end], size):
                break
            end -= 1
        if end > index:
            out.append("[base32]")
        else:
            out.append(groups[index])
            end = index + 1
        if end < len(groups):
            out.append(separators[end - 1])
        index = end
    return "".join(out)


def _looks_like_grouped_key(groups: list[str], size: int) -> bool:
    chars = "".join(groups)
    if len(chars) < MIN_BASE32_CHARS or size < 3 or not _single_case(chars):
        return False
    # Groups of four are how apps show keys; other sizes need a digit to tell a
    # key from a run of words ("should change before").
    return size == 4 or re.search("[2-7]", chars) is not None


def _base32_text(match: re.Match[str]) -> str:
    run = match.group(0)
    key = run.rstrip("=")
    # CamelCase names ("RotatingFileHandler") are neither one case nor hold digits.
    return "[base32]" if _single_case(key) or re.search("[2-7]", key) else run


def _recovery_text(match: re.Match[str]) -> str:
    code = match.group(0)
    alnum = code.replace("-", "")
    if len(alnum) >= 8 and re.search("[0-9]", alnum) and re.search("[A-Za-z]", alnum):
        return "[recovery-code]"
    return code


_PATTERNS: tuple[tuple[re.Pattern[str], object], ...] = (
    (_URI, "[otpauth-uri]"),
    (_BASE64_RUN, _base64_text),
    (_KEY_VALUE, r"\1\2[redacted]"),
    (_EMAIL, "[email]"),
    (_RECOVERY, _recovery_text),  # before keys: a code is taken whole, not in part
    (_GROUPED, _grouped_text),
    (_BASE32_RUN, _base32_text),
    (_NUMBER, "[number]"),
    (_DIGITS, "[digits]"),
)


def redact(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)  # type: ignore[call-overload]
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
