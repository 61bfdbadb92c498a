"""Step 2's "search the mail for me" as a state machine, without Qt.

The customer asks BreachGuard to look for mail stores on this computer; it lists
what it found and reads only the ones the customer ticks (all ticked at first: they
asked for the search, and each is named before anything is read). Or the customer
checks one mailbox over IMAP. While a search runs nothing else starts; a cancelled
search keeps what it had read, marked as incomplete. The widgets show ``state``;
every change goes through :meth:`MailSearchFlow.send`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from breachguard.core.mailscan.search_job import SearchOutcome, SearchProgress
from breachguard.core.mailscan.verdicts import AddressTally


class Phase(Enum):
    START = "start"  # nothing looked for yet
    LOOKING = "looking"  # listing the stores on this computer
    CHOOSING = "choosing"  # stores listed, the customer ticks which to read
    READING = "reading"  # a search runs
    DONE = "done"  # an outcome is shown


@dataclass(frozen=True)
class StoreChoice:
    label: str  # the path, under ~ when in the home
    client: str  # "thunderbird" or "evolution"
    chosen: bool = True
    place: str = ""  # account and folder, as the mail client shows them


@dataclass(frozen=True)
class SearchState:
    phase: Phase = Phase.START
    stores: tuple[StoreChoice, ...] = ()
    progress: SearchProgress | None = None
    outcome: SearchOutcome | None = None
    reading_imap: bool = False
    problem: str | None = None  # why listing or the whole search failed

    @property
    def chosen(self) -> tuple[int, ...]:
        return tuple(i for i, store in enumerate(self.stores) if store.chosen)

    @property
    def can_read(self) -> bool:
        return self.phase in (Phase.CHOOSING, Phase.DONE) and bool(self.chosen)

    @property
    def busy(self) -> bool:
        return self.phase in (Phase.LOOKING, Phase.READING)

    @property
    def likely_login(self) -> AddressTally | None:
        return self.outcome.report.likely_login if self.outcome is not None else None

    @property
    def lookalikes(self) -> tuple[tuple[str | None, str, int], ...]:
        """(receiving address, look-alike domain, messages), most messages first."""
        if self.outcome is None:
            return ()
        found = [
            (tally.address, domain, count)
            for tally in self.outcome.report.addresses
            for domain, count in tally.lookalike.items()
        ]
        return tuple(sorted(found, key=lambda item: (-item[2], item[1], item[0] or "")))


# -- events ------------------------------------------------------------------------------


@dataclass(frozen=True)
class LookForStores:
    pass


@dataclass(frozen=True)
class StoresFound:
    stores: tuple[StoreChoice, ...]


@dataclass(frozen=True)
class LookingFailed:
    reason: str


@dataclass(frozen=True)
class Toggle:
    index: int
    chosen: bool


@dataclass(frozen=True)
class ReadChosen:
    pass


@dataclass(frozen=True)
class CheckImap:
    pass


@dataclass(frozen=True)
class Progressed:
    progress: SearchProgress


@dataclass(frozen=True)
class Finished:
    outcome: SearchOutcome


@dataclass(frozen=True)
class SearchFailed:
    reason: str


@dataclass(frozen=True)
class Cancel:
    pass


Event = (
    LookForStores
    | StoresFound
    | LookingFailed
    | Toggle
    | ReadChosen
    | CheckImap
    | Progressed
    | Finished
    | SearchFailed
    | Cancel
)


# -- effects the glue carries out ------------------------------------------------------


@dataclass(frozen=True)
class ListStores:
    pass


@dataclass(frozen=True)
class ReadStores:
    indexes: tuple[int, ...]


@dataclass(frozen=True)
class ReadImap:
    pass


@dataclass(frozen=True)
class StopReading:
    pass


Effect = ListStores | ReadStores | ReadImap | StopReading


class MailSearchFlow:
    def __init__(self) -> None:
        self.state = SearchState()

    def send(self, event: Event) -> list[Effect]:
        """Applies ``event``; returns what the glue must now do. An event that makes no
        sense in the current phase (a late answer, a double click) changes nothing."""
        state = self.state
        effects: list[Effect] = []
        match event:
            case LookForStores() if not state.busy:
                state = replace(state, phase=Phase.LOOKING, problem=None)
                effects.append(ListStores())
            case StoresFound(stores) if state.phase is Phase.LOOKING:
                state = replace(state, phase=Phase.CHOOSING, stores=stores, outcome=None)
            case LookingFailed(reason) if state.phase is Phase.LOOKING:
                state = replace(state, phase=Phase.START, problem=reason)
            case Toggle(index, chosen) if not state.busy and 0 <= index < len(state.stores):
                ticked = list(state.stores)
                ticked[index] = replace(ticked[index], chosen=chosen)
                state = replace(state, stores=tuple(ticked))
            case ReadChosen() if state.can_read:
                state = self._reading(state, imap=False)
                effects.append(ReadStores(state.chosen))
            case CheckImap() if not state.busy:
                state = self._reading(state, imap=True)
                effects.append(ReadImap())
            case Progressed(progress) if (
                state.phase is Phase.READING and progress != state.progress
            ):  # the poll comes every 100 ms; nothing to draw when nothing moved
                state = replace(state, progress=progress)
            case Finished(outcome) if state.phase is Phase.READING:
                state = replace(state, phase=Phase.DONE, outcome=outcome, progress=None)
            case SearchFailed(reason) if state.phase is Phase.READING:
                back = Phase.CHOOSING if state.stores else Phase.START
                state = replace(state, phase=back, problem=reason, progress=None)
            case Cancel() if state.phase is Phase.READING:
                effects.append(StopReading())  # Finished(cancelled outcome) follows
            case _:
                return []
        self.state = state
        return effects

    @staticmethod
    def _reading(state: SearchState, *, imap: bool) -> SearchState:
        return replace(
            state,
            phase=Phase.READING,
            reading_imap=imap,
            outcome=None,
            problem=None,
            progress=SearchProgress(0.0, 0, ""),
        )


__all__ = [
    "Cancel",
    "CheckImap",
    "Effect",
    "Event",
    "Finished",
    "ListStores",
    "LookForStores",
    "LookingFailed",
    "MailSearchFlow",
    "Phase",
    "Progressed",
    "ReadChosen",
    "ReadImap",
    "ReadStores",
    "SearchFailed",
    "SearchState",
    "StopReading",
    "StoreChoice",
    "StoresFound",
    "Toggle",
]
