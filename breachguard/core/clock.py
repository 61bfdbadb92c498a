"""How far this computer's clock is from the exchange's, via its HTTPS ``Date`` header.

TOTP codes depend on the clock: RFC 6238 tolerates about one 30 s step. At 10 s
of difference the user is warned; at 30 s enrollment is not finished, because the
exchange would reject the codes. BreachGuard never "corrects" the clock silently
(a tampered clock could be used to harvest future codes); it explains how to fix it.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from breachguard.core.http import HttpClient, HttpError, RequestPolicy
from breachguard.core.messages import N_, MessageError

WARN_SECONDS = 10.0
REFUSE_SECONDS = 30.0
MAX_CLOCK_BODY = 64 * 1024
CLOCK_DEADLINE_S = 10.0

OK = "ok"
WARN = "warn"
REFUSE = "refuse"

_FIX_TEXT = {
    "win32": N_(
        "Windows: open Settings → Time & language → Date & time, turn on “Set time "
        "automatically”, then press “Sync now”."
    ),
    "darwin": N_(
        "macOS: open System Settings → General → Date & Time and turn on “Set time and "
        "date automatically”."
    ),
    "linux": N_(
        "Linux: turn on automatic time in your desktop's date and time settings, or run "
        "“timedatectl set-ntp true” in a terminal."
    ),
}


class ClockError(MessageError):
    """The offset could not be measured; ``str()`` is for people."""


@dataclass(frozen=True)
class ClockCheck:
    offset_s: float  # positive: this computer is behind the exchange
    round_trip_s: float

    @property
    def status(self) -> str:
        return classify_offset(self.offset_s)

    @property
    def may_finish_enrollment(self) -> bool:
        return self.status != REFUSE

    @property
    def template(self) -> str:
        if self.status == OK:
            return ""
        if self.status == WARN:
            return N_(
                "This computer's clock is {seconds} seconds {direction} the exchange's. "
                "Codes may be rejected; please set the clock right."
            )
        return N_(
            "This computer's clock is {seconds} seconds {direction} the exchange's, so the "
            "exchange would reject its codes. Fix the clock before finishing the setup."
        )

    @property
    def params(self) -> dict[str, object]:
        return {
            "seconds": round(abs(self.offset_s)),
            "direction": N_("behind") if self.offset_s > 0 else N_("ahead of"),
        }

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


def classify_offset(offset_s: float) -> str:
    size = abs(offset_s)
    if size >= REFUSE_SECONDS:
        return REFUSE
    if size >= WARN_SECONDS:
        return WARN
    return OK


def fix_instructions(platform: str | None = None) -> str:
    platform = platform or sys.platform
    key = platform if platform in _FIX_TEXT else "linux"
    return _FIX_TEXT[key]


def offset_from_date(server_time: float, sent_at: float, received_at: float) -> float:
    """Offset of the server clock from ours. ``Date`` has whole seconds and is truncated,
    so the server's true time is on average half a second later than it says."""
    local_midpoint = (sent_at + received_at) / 2
    return server_time + 0.5 - local_midpoint


def measure_offset(
    http: HttpClient,
    clock_url: str,
    *,
    allowed_hosts: frozenset[str] = frozenset(),
    now: Callable[[], float] = time.time,
) -> ClockCheck:
    """One request to the exchange's clock URL. Blocks: run it off the GUI thread."""
    policy = RequestPolicy(
        deadline_s=CLOCK_DEADLINE_S, max_bytes=MAX_CLOCK_BODY, allowed_hosts=allowed_hosts
    )
    sent_at = now()
    try:
        response = http.get(clock_url, policy=policy)
    except HttpError as exc:
        raise ClockError(
            N_("Could not ask the exchange for the time: {reason}"), reason=exc.reason
        ) from None
    received_at = now()
    server_time = response.date
    if server_time is None:
        raise ClockError(N_("The exchange's server did not say what time it is."))
    return ClockCheck(
        offset_s=offset_from_date(server_time, sent_at, received_at),
        round_trip_s=max(0.0, received_at - sent_at),
    )
