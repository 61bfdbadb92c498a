"""The support report: what a support agent may see about this installation.

Built from an allow-list of fields only; nothing is copied from settings, logs or
files wholesale. No secret, code or full email address / phone number can be in
it: every value is a version string, a state word, a number or a message of our
own, and every value passes through :func:`scrub` as a second line of defence.
Probes that can hang (keyring, clock) run with a timeout; a failing probe becomes
a field ("locked — …"), never an exception. Blocks: run it off the GUI thread.
"""

from __future__ import annotations

import importlib
import json
import platform
import re
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from breachguard import __version__
from breachguard.core.http import HttpClient
from breachguard.core.masking import mask_email, mask_phone
from breachguard.core.provider import FeedSource, ProviderProfile
from breachguard.core.secret_store import NO_ANSWER, NO_KEYRING, SecretStore

REPORT_VERSION = 1
KEYRING_TIMEOUT_S = 8.0
CLOCK_TIMEOUT_S = 12.0
MAX_VALUE_CHARS = 300
UNKNOWN = "unknown"

_EMAIL = re.compile(r"[^\s@<>()\"',;:]+@[^\s@<>()\"',;:]+")
# "+" and 7+ digits (spaces or dashes allowed), or 8+ bare digits: phone-like. Dates
# ("2024-11-22") and versions stay readable.
_PHONE = re.compile(r"\+\d(?:[ \-]?\d){6,14}|(?<![\d.])\d{8,15}(?![\d.])")
# Long base32 runs (with a letter hex lacks, so key ids stay) or long hex runs look
# like secrets or tokens; no value of ours contains one.
_SECRETISH = re.compile(r"\b(?=[A-Z2-7]*[G-Z])[A-Z2-7]{16,}\b|\b[0-9a-fA-F]{32,}\b")


def scrub(text: str) -> str:
    """Masks anything that looks like an email, a phone number or a secret; caps length."""
    text = " ".join(str(text).split())
    text = _EMAIL.sub(lambda m: mask_email(m.group(0)), text)
    text = _PHONE.sub(lambda m: mask_phone(m.group(0)), text)
    text = _SECRETISH.sub("••••••••", text)
    if len(text) > MAX_VALUE_CHARS:
        text = text[: MAX_VALUE_CHARS - 1] + "…"
    return text


@dataclass(frozen=True)
class ReportRequest:
    """What the caller knows; the probes find out the rest. Immutable: safe to hand
    to a worker thread."""

    data_dir: Path
    provider: ProviderProfile | None
    provider_id: str
    secrets: SecretStore | None
    http: HttpClient | None
    qt_version: str = "not loaded"
    locale: str = ""
    step_id: str = ""
    support_mode: bool = False
    keyring_timeout_s: float = KEYRING_TIMEOUT_S
    clock_timeout_s: float = CLOCK_TIMEOUT_S
    now: Callable[[], float] = time.time


@dataclass(frozen=True)
class ReportField:
    key: str  # stable, language-independent (JSON key)
    label: str  # English label for the text rendering
    value: str


@dataclass(frozen=True)
class FeedReport:
    label: str
    format: str
    state: str  # "verified", "unsigned", "not verified", "no saved copy", "unreadable"
    signature: str
    sequence: int | None
    age: str

    def line(self) -> str:
        parts = [self.state, f"signature: {self.signature}"]
        if self.sequence is not None:
            parts.append(f"sequence {self.sequence}")
        if self.age:
            parts.append(self.age)
        return f"{self.label} ({self.format}): " + ", ".join(parts)


@dataclass(frozen=True)
class SupportReport:
    fields: tuple[ReportField, ...]
    feeds: tuple[FeedReport, ...] = field(default_factory=tuple)

    def value(self, key: str) -> str:
        return next((f.value for f in self.fields if f.key == key), "")

    def to_text(self) -> str:
        width = max(len(f.label) for f in self.fields) + 2
        lines = [
            "BreachGuard support report",
            "(contains no passwords, 2FA secrets or codes; email addresses and phone "
            "numbers are masked)",
            "",
        ]
        lines += [f"{f.label + ':':<{width}}{f.value}" for f in self.fields]
        lines.append("Feeds:" if self.feeds else f"{'Feeds:':<{width}}none configured")
        lines += [f"  - {feed.line()}" for feed in self.feeds]
        return "\n".join(lines) + "\n"

    def to_json_dict(self) -> dict[str, Any]:
        document: dict[str, Any] = {"report_version": REPORT_VERSION}
        document.update({f.key: f.value for f in self.fields})
        document["feeds"] = [
            {
                "label": feed.label,
                "format": feed.format,
                "state": feed.state,
                "signature": feed.signature,
                "sequence": feed.sequence,
                "age": feed.age,
            }
            for feed in self.feeds
        ]
        return document

    def to_json(self) -> str:
        return json.dumps(self.to_json_dict(), ensure_ascii=False, indent=2)


# -- probes ---------------------------------------------------------------------------------


class _Probe:
    """Runs ``fn`` on a daemon thread at once; ``result()`` waits at most ``timeout``.
    Daemon: a probe stuck in D-Bus must not keep the process alive."""

    def __init__(self, name: str, fn: Callable[[], str], timeout: float) -> None:
        self._timeout = timeout
        self._answer: list[str] = []
        self._started = time.monotonic()
        self._thread = threading.Thread(target=self._run, args=(fn,), name=name, daemon=True)
        self._thread.start()

    def _run(self, fn: Callable[[], str]) -> None:
        try:
            self._answer.append(fn())
        except Exception as exc:  # a probe failure is a field, never an exception
            self._answer.append(f"check failed ({type(exc).__name__})")

    def result(self, on_timeout: str) -> str:
        remaining = self._timeout - (time.monotonic() - self._started)
        self._thread.join(max(0.0, remaining))
        return self._answer[0] if self._answer else on_timeout


def keyring_state(store: SecretStore | None, timeout_s: float) -> tuple[str, str]:
    """(backend name, health) for the report."""
    from breachguard.core.secret_store import health_check_with_timeout

    if store is None:
        return UNKNOWN, "not checked (no keyring configured)"
    health = health_check_with_timeout(store, timeout_s)
    name = health.backend_name or UNKNOWN
    if health.ok:
        return name, "ok (a test value was written, read back and deleted)"
    state = health.state.replace("_", " ")
    if health.state == NO_ANSWER:
        state = "no answer"
    elif health.state == NO_KEYRING:
        state = "missing"
    return name, f"{state} — {health.message}"


def capture_state() -> str:
    try:  # written separately; a build without it still gives a report
        capture_protection = importlib.import_module("breachguard.core.capture_protection")
    except ImportError:
        return UNKNOWN
    try:
        status = capture_protection.availability()
        return f"{status.state} — {status.detail}"
    except Exception as exc:  # a platform API misbehaving must not spoil the report
        return f"{UNKNOWN} — check failed ({type(exc).__name__})"


def clock_state(http: HttpClient | None, provider: ProviderProfile | None) -> str:
    from breachguard.core.clock import ClockError, measure_offset

    if provider is None:
        return "not measured (no usable exchange profile)"
    if not provider.clock_url:
        return "not measured (this exchange publishes no time service)"
    if http is None:
        return "not measured (no network client)"
    try:
        check = measure_offset(http, provider.clock_url, allowed_hosts=provider.allowed_hosts())
    except ClockError as exc:
        return f"not measured — {exc}"
    sign = "+" if check.offset_s >= 0 else "−"
    return (
        f"{sign}{abs(check.offset_s):.1f} s ({check.status}; positive means this computer "
        f"is behind the exchange; round trip {check.round_trip_s:.2f} s)"
    )


def feed_states(request: ReportRequest) -> tuple[FeedReport, ...]:
    provider = request.provider
    if provider is None:
        return ()
    return tuple(_feed_state(request, provider, source) for source in provider.feeds)


def _feed_state(
    request: ReportRequest, provider: ProviderProfile, source: FeedSource
) -> FeedReport:
    from breachguard.core.feeds.source import FeedFetcher, default_label
    from breachguard.core.feeds.store import SourceStore

    label = scrub(source.label or default_label(provider.name, source.format))
    try:
        fetcher = FeedFetcher(
            provider, source, request.http or HttpClient(), request.data_dir / "feeds",
            clock=request.now,
        )  # fmt: skip
        state = fetcher.load_cached()  # reads and re-verifies the saved copy; no network
        meta = SourceStore(request.data_dir / "feeds", fetcher.key).load_meta()
    except Exception as exc:
        return FeedReport(
            label, source.format, "unreadable", f"check failed ({type(exc).__name__})", None, ""
        )
    sequence = state.feed.sequence if state.feed is not None else None
    if sequence is None and meta.highest_sequence:
        sequence = meta.highest_sequence
    if not source.signed:
        signature = "none (this source is unsigned by design)"
    elif state.verified:
        signature = f"verified (key {state.verified_by})"
    elif state.feed is None:
        signature = "nothing saved to check"
    else:
        signature = "not verified"
    if state.feed is None:
        status = "no saved copy"
    elif state.verified:
        status = "verified"
    elif source.signed:
        status = "not verified"
    else:
        status = "unsigned"
    if state.stale:
        status += ", expired"
    return FeedReport(
        label, source.format, status, signature, sequence, _ages(state, request.now())
    )


def _ages(state: Any, now: float) -> str:
    parts = []
    if state.content_at is not None:
        parts.append(f"downloaded {describe_age(now - state.content_at)}")
    if state.checked_at is not None and state.checked_at != state.content_at:
        parts.append(f"confirmed {describe_age(now - state.checked_at)}")
    return ", ".join(parts)


def describe_age(seconds: float) -> str:
    if seconds < 0:
        return "in the future (check the clock)"
    if seconds < 90:
        return f"{round(seconds)} s ago"
    if seconds < 90 * 60:
        return f"{round(seconds / 60)} min ago"
    if seconds < 36 * 3600:
        return f"{round(seconds / 3600)} h ago"
    return f"{round(seconds / 86400)} days ago"


def os_description() -> str:
    system = platform.system() or sys.platform
    build = platform.version()
    text = f"{system} {platform.release()} ({platform.machine() or UNKNOWN})"
    return f"{text}, build {build}" if build else text


def python_description() -> str:
    frozen = ", packaged" if getattr(sys, "frozen", False) else ""
    return f"{platform.python_implementation()} {platform.python_version()}{frozen}"


# -- the report ----------------------------------------------------------------------------


def build_report(request: ReportRequest) -> SupportReport:
    """Gathers every allow-listed field. Never raises for a failing probe."""
    keyring_probe = _Probe(
        "report-keyring",
        lambda: "\n".join(keyring_state(request.secrets, request.keyring_timeout_s)),
        request.keyring_timeout_s + 1.0,
    )
    clock_probe = _Probe(
        "report-clock",
        lambda: clock_state(request.http, request.provider),
        request.clock_timeout_s,
    )
    feeds = _safe_feeds(request)
    capture = capture_state()
    keyring = keyring_probe.result(f"{UNKNOWN}\nno answer within {request.keyring_timeout_s:g} s")
    backend, _, health = keyring.partition("\n")
    if not health:  # the probe itself failed before naming a backend
        backend, health = UNKNOWN, backend
    clock = clock_probe.result(f"not measured — no answer within {request.clock_timeout_s:g} s")
    provider_name = request.provider.name if request.provider else ""
    provider = request.provider_id + (f" ({provider_name})" if provider_name else "")
    values = [
        ("app_version", "BreachGuard", __version__),
        ("os", "Operating system", os_description()),
        ("python", "Python", python_description()),
        ("qt", "Qt / PySide6", request.qt_version),
        ("keyring_backend", "Keyring backend", backend),
        ("keyring_health", "Keyring", health),
        ("capture_protection", "Screen-capture protection", capture),
        ("clock_offset", "Clock offset", clock),
        ("provider", "Exchange", provider or UNKNOWN),
        ("locale", "Language", request.locale or UNKNOWN),
        ("step_id", "Current step", request.step_id or "none"),
        ("support_mode", "Support mode", "on" if request.support_mode else "off"),
    ]
    return SupportReport(
        fields=tuple(ReportField(key, label, scrub(value)) for key, label, value in values),
        feeds=feeds,
    )


def _safe_feeds(request: ReportRequest) -> tuple[FeedReport, ...]:
    try:
        return feed_states(request)
    except Exception as exc:
        return (
            FeedReport("feeds", "", "unreadable", f"check failed ({type(exc).__name__})", None, ""),
        )
