"""Step 4: the safety checklist, remembered across restarts.

Some items the app can observe (every open critical notice was opened, the login
email was established, a new 2FA token was confirmed by the exchange); the others
only the user knows (recovery codes kept, old authenticator entry deleted, password
changed), so the user ticks them. ``checklist.json`` in the data dir keeps, per exchange,
which items are done and when — never the email, a code or a password.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from breachguard.core.atomic import atomic_write_json, read_json_file, set_aside
from breachguard.core.enrollment import CONFIRMED, EnrollmentError, EnrollmentStore
from breachguard.core.feeds.model import FeedState
from breachguard.core.feeds.stories import StoryGroup, build_stories
from breachguard.core.messages import N_, MessageError
from breachguard.core.paths import AppPaths
from breachguard.core.steps import StepId
from breachguard.core.strictjson import JsonError

log = logging.getLogger(__name__)

FILE_NAME = "checklist.json"
FILE_VERSION = 1
MAX_FILE_BYTES = 256 * 1024

NOTICES_READ = "notices-read"
LOGIN_EMAIL = "login-email-confirmed"
TWO_FA = "2fa-reenrolled"
# The id is kept from when this item asked for paper; step 3 keeps them in the keyring.
RECOVERY_OFFLINE = "recovery-codes-offline"
OLD_TOKENS_REMOVED = "old-tokens-removed"
PASSWORD_CHANGED = "password-changed"  # noqa: S105 - an item id, not a password

# Observed by the app once and then remembered.
OBSERVED = (NOTICES_READ, LOGIN_EMAIL)
# Derived afresh from the enrollment records every time (a revoked token undoes it).
DERIVED = (TWO_FA,)
USER_TICKED = (RECOVERY_OFFLINE, OLD_TOKENS_REMOVED, PASSWORD_CHANGED)
ORDER = (NOTICES_READ, LOGIN_EMAIL, TWO_FA, RECOVERY_OFFLINE, OLD_TOKENS_REMOVED, PASSWORD_CHANGED)

TEXT = {
    NOTICES_READ: N_("Read the exchange's verified notices"),
    LOGIN_EMAIL: N_("Confirmed which email your account uses"),
    TWO_FA: N_("Set up two-factor authentication again, confirmed by the exchange"),
    RECOVERY_OFFLINE: N_("Kept your new recovery codes safe (or the exchange gave you none)"),
    OLD_TOKENS_REMOVED: N_("Removed the old, revoked entry from your authenticator app"),
    PASSWORD_CHANGED: N_("Changed your exchange password"),
}
HINT = {
    NOTICES_READ: N_(
        "Ticks itself when you have opened every open critical notice in step 1 "
        "(when there is none, when you have seen the list)."
    ),
    LOGIN_EMAIL: N_("Ticks itself when step 2 found your login email."),
    TWO_FA: N_("Ticks itself when the exchange accepted a code from your new token."),
    # Not every exchange gives recovery codes: a customer given none can tick this
    # truthfully, and the summary then says no more than what was done.
    RECOVERY_OFFLINE: N_(
        "Only you know this: tick it once step 3 has saved the recovery codes the "
        "exchange gave you in your keyring, or if it gave you none."
    ),
    OLD_TOKENS_REMOVED: N_("Only you know this: tick it when the old entry is gone."),
    PASSWORD_CHANGED: N_("Only you know this: tick it after changing the password."),
}

# Which items make a step done (its tick in the step list).
STEP_ITEMS: dict[StepId, tuple[str, ...]] = {
    StepId.STATUS: (NOTICES_READ,),
    StepId.LOGIN_EMAIL: (LOGIN_EMAIL,),
    StepId.TWO_FA: (TWO_FA,),
    StepId.CHECKLIST: ORDER,
}


def step_of_item(item_id: str) -> StepId | None:
    """The step whose work ticks ``item_id`` (None for items only the user ticks)."""
    for step, items in STEP_ITEMS.items():
        if items == (item_id,):
            return step
    return None


def notices_read(
    states: Sequence[FeedState], is_read: Callable[[str], bool], *, list_seen: bool
) -> bool | None:
    """Whether step 1 has done its job: True when every open critical story was
    opened (its lead copy read) or, with none open, when the user has seen the
    list; False while an open critical story is unread; None when it cannot be
    told yet (nothing loaded, or no critical story and the list not seen)."""
    if not any(state.feed is not None for state in states):
        return None
    critical = [
        story
        for story in build_stories(states)
        if story.group is StoryGroup.OPEN and story.severity == "critical"
    ]
    if not critical:
        return True if list_seen else None
    return all(is_read(story.lead.read_key) for story in critical)


def step_done(items: tuple[ChecklistItem, ...], step: StepId) -> bool:
    """The step's items are all done (False for a step without items)."""
    wanted = STEP_ITEMS.get(step)
    if not wanted:
        return False
    done = {item.id for item in items if item.done}
    return all(item_id in done for item_id in wanted)


class ChecklistError(MessageError):
    pass


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    text: str  # English, marked with N_ for translation
    hint: str
    user_tickable: bool
    done: bool
    done_at: float | None = None


class Checklist:
    """One exchange's checklist. Reads and writes a small file; safe on any thread."""

    def __init__(
        self,
        path: Path,
        provider_id: str,
        *,
        enrollments: EnrollmentStore | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = Path(path)
        self.provider_id = provider_id
        self._enrollments = enrollments
        self._clock = clock
        self._lock = threading.Lock()
        self.load_problem: str | None = None

    @classmethod
    def for_paths(
        cls, paths: AppPaths, provider_id: str, enrollments: EnrollmentStore | None = None
    ) -> Checklist:
        return cls(paths.data_dir / FILE_NAME, provider_id, enrollments=enrollments)

    # -- reading ------------------------------------------------------------------------

    def items(self) -> tuple[ChecklistItem, ...]:
        with self._lock:
            done = self._load().get(self.provider_id, {})
        confirmed_at = self._confirmed_token_at()
        items = []
        for item_id in ORDER:
            if item_id in DERIVED:
                is_done, at = confirmed_at is not None, confirmed_at
            else:
                at = done.get(item_id)
                is_done = at is not None
            items.append(
                ChecklistItem(
                    item_id, TEXT[item_id], HINT[item_id], item_id in USER_TICKED, is_done, at
                )
            )
        return tuple(items)

    def progress(self) -> tuple[int, int]:
        items = self.items()
        return sum(item.done for item in items), len(items)

    def _confirmed_token_at(self) -> float | None:
        if self._enrollments is None:
            return None
        try:
            records = self._enrollments.for_provider(self.provider_id)
        except EnrollmentError:
            return None  # the enrollment page explains a damaged list; here it is "to do"
        times = [r.confirmed_at or r.created_at for r in records if r.status == CONFIRMED]
        return max(times) if times else None

    # -- changing -----------------------------------------------------------------------

    def set_done(self, item_id: str, done: bool) -> None:
        """The user ticked or unticked an item only they can know about."""
        if item_id not in USER_TICKED:
            raise ChecklistError.coded(
                "checklist.not_tickable", N_("This item ticks itself; it cannot be ticked by hand.")
            )
        self._write(item_id, done)

    def record_observed(self, item_id: str) -> bool:
        """The app saw this happen; True when it was not recorded before."""
        if item_id not in OBSERVED:
            raise ValueError(f"{item_id!r} is not an observed checklist item")
        with self._lock:
            if item_id in self._load().get(self.provider_id, {}):
                return False
        self._write(item_id, True)
        return True

    def forget_observed(self, item_id: str) -> bool:
        """What the app saw no longer holds (a new critical notice is unread); True
        when it was recorded."""
        if item_id not in OBSERVED:
            raise ValueError(f"{item_id!r} is not an observed checklist item")
        with self._lock:
            if item_id not in self._load().get(self.provider_id, {}):
                return False
        self._write(item_id, False)
        return True

    def _write(self, item_id: str, done: bool) -> None:
        with self._lock:
            document = self._load()
            entries = document.setdefault(self.provider_id, {})
            if done:
                entries.setdefault(item_id, self._clock())
            else:
                entries.pop(item_id, None)
            atomic_write_json(
                self.path,
                {
                    "version": FILE_VERSION,
                    "providers": {
                        provider: {key: {"done_at": at} for key, at in sorted(items.items())}
                        for provider, items in sorted(document.items())
                    },
                },
            )

    # -- file -----------------------------------------------------------------------------

    def _load(self) -> dict[str, dict[str, float]]:
        """provider id → item id → done time. A damaged file is set aside, not trusted."""
        try:
            value = read_json_file(self.path, max_bytes=MAX_FILE_BYTES)
            return {} if value is None else _parse(value)
        except OSError as exc:
            self.load_problem = f"checklist could not be read ({exc.strerror})"
            log.warning("%s", self.load_problem)
            return {}
        except (JsonError, ValueError) as exc:
            try:
                set_aside(self.path)
            except OSError:
                pass
            self.load_problem = f"checklist file was damaged ({exc}); it was set aside"
            log.warning("%s", self.load_problem)
            return {}


def _parse(value: Any) -> dict[str, dict[str, float]]:
    if not isinstance(value, dict) or set(value) != {"version", "providers"}:
        raise ValueError("unexpected top-level fields")
    if value["version"] != FILE_VERSION:
        raise ValueError(f"unknown version {value['version']!r}")
    providers = value["providers"]
    if not isinstance(providers, dict):
        raise ValueError("providers is not an object")
    result: dict[str, dict[str, float]] = {}
    for provider, items in providers.items():
        if not isinstance(items, dict):
            raise ValueError("a provider entry is not an object")
        parsed: dict[str, float] = {}
        for item_id, entry in items.items():
            if item_id not in OBSERVED + USER_TICKED:
                continue  # an item a newer version knows; harmless to skip
            if not isinstance(entry, dict) or set(entry) != {"done_at"}:
                raise ValueError(f"entry {item_id} has unexpected fields")
            at = entry["done_at"]
            if isinstance(at, bool) or not isinstance(at, (int, float)):
                raise ValueError(f"entry {item_id} has no valid time")
            parsed[item_id] = float(at)
        result[str(provider)] = parsed
    return result
