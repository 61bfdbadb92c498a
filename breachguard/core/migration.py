"""Google Authenticator exports (``otpauth-migration://offline?data=…``).

The data is base64 of a protobuf ``MigrationPayload``; a tiny wire-format reader
is enough (no protobuf dependency). Large exports are split into batches that
share a ``batch_id``; :class:`MigrationImport` collects them ("2 of 3 scanned").

An entry BreachGuard cannot use (MD5, HOTP, a broken secret) is reported with its
reason instead of failing the whole export, so the user sees what was skipped.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from breachguard.core.messages import N_, MessageError
from breachguard.core.otpauth import (
    OtpSetup,
    OtpUriError,
    OtpWarning,
    issuer_conflict_warning,
    same_name,
    weak_secret_warning,
)

MAX_EXPORT_CHARS = 8192
MAX_ENTRIES = 200
_ALGORITHMS = {0: "SHA1", 1: "SHA1", 2: "SHA256", 3: "SHA512", 4: "MD5"}
_DIGITS = {0: 6, 1: 6, 2: 8}
_TYPES = {0: "totp", 1: "hotp", 2: "totp"}
_VARINT, _FIXED64, _LENGTH, _FIXED32 = 0, 1, 2, 5


class MigrationError(MessageError, ValueError):
    """The export cannot be read at all. ``code`` is stable; ``str()`` is for people."""

    def __init__(self, code: str, template: str, **params: object) -> None:
        self.code = code
        super().__init__(template, **params)


@dataclass(frozen=True)
class MigrationEntry:
    """One account in the export: a usable ``setup`` or the ``error`` saying why not."""

    name: str
    issuer: str
    setup: OtpSetup | None = None
    error: OtpUriError | None = field(default=None, compare=False)


@dataclass(frozen=True)
class MigrationBatch:
    entries: tuple[MigrationEntry, ...]
    version: int
    batch_size: int
    batch_index: int
    batch_id: int


# -- protobuf wire format -----------------------------------------------------------------


def _bad(detail: str) -> MigrationError:
    return MigrationError(
        "corrupt",
        N_("The export code is damaged ({detail}). Scan it again or create a new export."),
        detail=detail,
    )


def read_varint(data: bytes, pos: int) -> tuple[int, int]:
    """Returns (value, next position); at most 10 bytes as protobuf allows."""
    value = 0
    for shift in range(0, 70, 7):
        if pos >= len(data):
            raise _bad("a number is cut off")
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            if value >= 2**64:
                raise _bad("a number is too large")
            return value, pos
    raise _bad("a number is too long")


def iter_fields(data: bytes) -> Iterator[tuple[int, int, int | bytes]]:
    """Yields (field number, wire type, value) for one protobuf message."""
    pos = 0
    while pos < len(data):
        key, pos = read_varint(data, pos)
        number, wire = key >> 3, key & 7
        if number == 0:
            raise _bad("field number 0")
        if wire == _VARINT:
            value, pos = read_varint(data, pos)
            yield number, wire, value
        elif wire == _LENGTH:
            length, pos = read_varint(data, pos)
            if pos + length > len(data):
                raise _bad("a field is cut off")
            yield number, wire, data[pos : pos + length]
            pos += length
        elif wire in (_FIXED64, _FIXED32):
            size = 8 if wire == _FIXED64 else 4
            if pos + size > len(data):
                raise _bad("a field is cut off")
            yield number, wire, int.from_bytes(data[pos : pos + size], "little")
            pos += size
        else:
            raise _bad(f"wire type {wire}")


def _as_int(value: int | bytes) -> int:
    if not isinstance(value, int):
        raise _bad("a number field holds bytes")
    return value


def _as_bytes(value: int | bytes) -> bytes:
    if not isinstance(value, bytes):
        raise _bad("a text field holds a number")
    return value


def _as_text(value: int | bytes) -> str:
    try:
        return _as_bytes(value).decode("utf-8")
    except UnicodeDecodeError:
        raise _bad("a name is not UTF-8") from None


# -- decoding -------------------------------------------------------------------------------


def decode_export_data(text: str) -> bytes:
    """The protobuf bytes from an export link (``+`` stays ``+``; it is base64, not form data)."""
    text = text.strip()
    if len(text) > MAX_EXPORT_CHARS:
        raise MigrationError(
            "too_long",
            N_("The export code is longer than BreachGuard reads ({limit} characters)."),
            limit=MAX_EXPORT_CHARS,
        )
    try:
        parts = urlsplit(text)
    except ValueError:  # urlsplit refuses an unbalanced "[" ("Invalid IPv6 URL")
        parts = urlsplit("")
    if parts.scheme.lower() != "otpauth-migration" or parts.netloc.lower() != "offline":
        raise MigrationError(
            "not_export",
            N_(
                "This is not a Google Authenticator export; those start with "
                "“otpauth-migration://offline”."
            ),
        )
    values = [item[5:] for item in parts.query.split("&") if item.lower().startswith("data=")]
    if len(values) != 1 or not values[0]:
        raise MigrationError(
            "no_data", N_("The export code has no data (or has it twice). Scan it again.")
        )
    raw = re.sub(r"\s+", "", unquote(values[0])).replace("-", "+").replace("_", "/")
    raw = raw.rstrip("=")
    raw += "=" * (-len(raw) % 4)
    try:
        return base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError):
        raise _bad("not base64") from None


def parse_export(text: str) -> MigrationBatch:
    """Reads one export QR code (one batch)."""
    payload = decode_export_data(text)
    raw_entries: list[bytes] = []
    version = batch_size = batch_index = batch_id = 0
    for number, _wire, value in iter_fields(payload):
        if number == 1:
            raw_entries.append(_as_bytes(value))
        elif number == 2:
            version = _as_int(value)
        elif number == 3:
            batch_size = _as_int(value)
        elif number == 4:
            batch_index = _as_int(value)
        elif number == 5:
            batch_id = _as_int(value) & 0xFFFFFFFF
    if len(raw_entries) > MAX_ENTRIES:
        raise _bad("too many accounts")
    if batch_size < 1:
        batch_size = 1
    if batch_index >= batch_size:
        raise _bad(f"part {batch_index + 1} of {batch_size}")
    if not raw_entries:
        raise MigrationError("empty", N_("The export contains no accounts."))
    entries = tuple(_entry(raw) for raw in raw_entries)
    return MigrationBatch(entries, version, batch_size, batch_index, batch_id)


def _entry(data: bytes) -> MigrationEntry:
    secret = b""
    name = issuer = ""
    algorithm_id = digits_id = type_id = counter = 0
    for number, _wire, value in iter_fields(data):
        if number == 1:
            secret = _as_bytes(value)
        elif number == 2:
            name = _as_text(value)
        elif number == 3:
            issuer = _as_text(value)
        elif number == 4:
            algorithm_id = _as_int(value)
        elif number == 5:
            digits_id = _as_int(value)
        elif number == 6:
            type_id = _as_int(value)
        elif number == 7:
            counter = _as_int(value)
    label_issuer, _, account = name.partition(":") if ":" in name else ("", "", name)
    issuer, account, label_issuer = issuer.strip(), account.strip(), label_issuer.strip()
    del counter  # HOTP entries are refused; the counter is never needed
    try:
        setup = _setup(secret, issuer, label_issuer, account, (algorithm_id, digits_id, type_id))
    except OtpUriError as error:
        return MigrationEntry(name=account, issuer=issuer or label_issuer, error=error)
    return MigrationEntry(name=account, issuer=setup.issuer, setup=setup)


def _setup(
    secret: bytes, issuer: str, label_issuer: str, account: str, ids: tuple[int, int, int]
) -> OtpSetup:
    algorithm_id, digits_id, type_id = ids
    if _TYPES.get(type_id) != "totp":
        raise OtpUriError(
            "hotp_entry",
            N_("Counter-based (HOTP) account: not used for exchange sign-in, skipped."),
        )
    algorithm = _ALGORITHMS.get(algorithm_id)
    if algorithm not in ("SHA1", "SHA256", "SHA512"):
        raise OtpUriError(
            "bad_algorithm",
            N_("Uses an algorithm BreachGuard cannot compute correctly ({name}), skipped."),
            name=algorithm or str(algorithm_id),
        )
    digits = _DIGITS.get(digits_id)
    if digits is None:
        raise OtpUriError("bad_digits", N_("Unknown code length, skipped."))
    if len(secret) * 8 < 80:
        raise OtpUriError(
            "short_secret",
            N_("The key is too short ({bits} bits) to be real, skipped."),
            bits=len(secret) * 8,
        )
    warnings: list[OtpWarning] = []
    weak = weak_secret_warning(secret)
    if weak:
        warnings.append(weak)
    if issuer and label_issuer and not same_name(issuer, label_issuer):
        warnings.append(issuer_conflict_warning(issuer, label_issuer))
    return OtpSetup(
        issuer=issuer or label_issuer,
        account=account,
        secret=secret,
        algorithm=algorithm,
        digits=digits,
        period=30,  # the export format has no period; Google Authenticator uses 30 s
        warnings=tuple(warnings),
        label_issuer=label_issuer,
        issuer_parameter=issuer,
    )


# -- batches ---------------------------------------------------------------------------------


class MigrationImport:
    """Collects the batches of one export, in any order, each counted once."""

    def __init__(self) -> None:
        self.batch_id: int | None = None
        self.batch_size = 0
        self._batches: dict[int, MigrationBatch] = {}

    def add(self, batch: MigrationBatch) -> bool:
        """Adds a batch; False when it was already scanned. Refuses another export's batch."""
        if self.batch_id is None:
            self.batch_id, self.batch_size = batch.batch_id, batch.batch_size
        elif batch.batch_id != self.batch_id or batch.batch_size != self.batch_size:
            raise MigrationError(
                "other_export",
                N_(
                    "This code belongs to a different export. Finish scanning the current "
                    "one ({scanned} of {total}) or start over."
                ),
                scanned=self.scanned,
                total=self.batch_size,
            )
        if batch.batch_index in self._batches:
            return False
        self._batches[batch.batch_index] = batch
        return True

    @property
    def scanned(self) -> int:
        return len(self._batches)

    @property
    def complete(self) -> bool:
        return self.batch_id is not None and self.scanned == self.batch_size

    @property
    def missing(self) -> tuple[int, ...]:
        """1-based numbers of the codes not yet scanned."""
        return tuple(i + 1 for i in range(self.batch_size) if i not in self._batches)

    def progress_text(self) -> tuple[str, dict[str, int]]:
        return N_("{scanned} of {total} scanned"), {
            "scanned": self.scanned,
            "total": self.batch_size,
        }

    def entries(self) -> tuple[MigrationEntry, ...]:
        return tuple(
            entry for index in sorted(self._batches) for entry in self._batches[index].entries
        )
