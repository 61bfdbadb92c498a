"""Step 2's mail search without Qt: the flow as whole sequences of clicks and
answers, and the jobs reading a generated Thunderbird profile for real."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from breachguard.core.mailscan import search_flow as flow
from breachguard.core.mailscan.discovery import CACHED, MailStore, discover_stores
from breachguard.core.mailscan.imap import ImapAccount
from breachguard.core.mailscan.search_job import (
    ImapSearch,
    SearchOutcome,
    SearchProgress,
    StoreSearch,
    store_label,
)
from breachguard.core.mailscan.verdicts import DKIM_PASS, MailTally
from breachguard.demo.server import SENDER_DOMAINS
from tests.mailscan.customer_mail import LOGIN, LOOKALIKE, PHISHED, thunderbird_home
from tests.mailscan.mailgen import OFFICIAL, message

STORES = (flow.StoreChoice("~/a", "thunderbird"), flow.StoreChoice("~/b", "evolution"))


def empty_outcome(*, cancelled: bool = False) -> SearchOutcome:
    return SearchOutcome(MailTally(SENDER_DOMAINS).report(), (), cancelled)


def test_the_customer_looks_ticks_reads_and_gets_an_outcome() -> None:
    search = flow.MailSearchFlow()
    assert search.send(flow.LookForStores()) == [flow.ListStores()]
    assert search.state.busy
    assert search.send(flow.LookForStores()) == []  # a double click lists once
    search.send(flow.StoresFound(STORES))
    assert search.state.phase is flow.Phase.CHOOSING
    assert search.state.chosen == (0, 1)  # they asked for the search: all ticked
    search.send(flow.Toggle(0, False))
    assert search.send(flow.ReadChosen()) == [flow.ReadStores((1,))]
    assert search.send(flow.ReadChosen()) == []  # nothing starts twice
    assert search.send(flow.Toggle(1, False)) == [] and search.state.chosen == (1,)
    search.send(flow.Progressed(SearchProgress(0.5, 10, "~/b")))
    assert search.state.progress == SearchProgress(0.5, 10, "~/b")
    polled = search.state
    search.send(flow.Progressed(SearchProgress(0.5, 10, "~/b")))  # the next poll, no change
    assert search.state is polled  # so the view is not redrawn
    outcome = empty_outcome()
    search.send(flow.Finished(outcome))
    assert search.state.phase is flow.Phase.DONE and search.state.outcome is outcome
    assert search.state.progress is None
    # Reading again from the outcome, with the same choice, is one click.
    assert search.send(flow.ReadChosen()) == [flow.ReadStores((1,))]


def test_nothing_ticked_reads_nothing() -> None:
    search = flow.MailSearchFlow()
    search.send(flow.LookForStores())
    search.send(flow.StoresFound(STORES))
    search.send(flow.Toggle(0, False))
    search.send(flow.Toggle(1, False))
    assert not search.state.can_read
    assert search.send(flow.ReadChosen()) == []
    assert search.send(flow.Toggle(7, True)) == []  # no such row


def test_cancel_asks_the_job_to_stop_and_its_partial_outcome_is_shown() -> None:
    search = flow.MailSearchFlow()
    search.send(flow.LookForStores())
    search.send(flow.StoresFound(STORES))
    search.send(flow.ReadChosen())
    assert search.send(flow.Cancel()) == [flow.StopReading()]
    assert search.state.phase is flow.Phase.READING  # until the job has stopped
    search.send(flow.Finished(empty_outcome(cancelled=True)))
    assert search.state.outcome is not None and search.state.outcome.cancelled
    assert search.send(flow.Cancel()) == []  # nothing runs any more


def test_late_and_stray_answers_change_nothing() -> None:
    search = flow.MailSearchFlow()
    for event in (
        flow.StoresFound(STORES),
        flow.Finished(empty_outcome()),
        flow.Progressed(SearchProgress(0.1, 1, "x")),
        flow.SearchFailed("x"),
        flow.LookingFailed("x"),
    ):
        assert search.send(event) == []
        assert search.state == flow.SearchState()


def test_failures_say_why_and_leave_the_list_to_try_again() -> None:
    search = flow.MailSearchFlow()
    search.send(flow.LookForStores())
    search.send(flow.LookingFailed("could not list"))
    assert search.state.phase is flow.Phase.START and search.state.problem == "could not list"
    search.send(flow.LookForStores())
    assert search.state.problem is None
    search.send(flow.StoresFound(STORES))
    search.send(flow.ReadChosen())
    search.send(flow.SearchFailed("broke"))
    assert search.state.phase is flow.Phase.CHOOSING and search.state.problem == "broke"
    assert search.state.can_read


def test_imap_check_runs_alone() -> None:
    search = flow.MailSearchFlow()
    assert search.send(flow.CheckImap()) == [flow.ReadImap()]
    assert search.state.reading_imap
    assert search.send(flow.LookForStores()) == []
    assert search.send(flow.CheckImap()) == []
    search.send(flow.Finished(empty_outcome()))
    assert search.send(flow.LookForStores()) == [flow.ListStores()]


def _job(home: Path) -> tuple[StoreSearch, list[MailStore]]:
    stores = discover_stores(home, {}, "linux")
    return StoreSearch(stores, [store_label(s, home) for s in stores], SENDER_DOMAINS), stores


def test_the_three_mailboxes_name_the_login_email_and_the_phishing(tmp_path: Path) -> None:
    thunderbird_home(tmp_path)
    job, stores = _job(tmp_path)
    assert len(stores) == 3
    assert all(label.startswith("~/.thunderbird/") for label in job.labels)
    outcome = job.run()
    assert not outcome.cancelled and outcome.problems == ()
    login = outcome.report.likely_login
    assert login is not None and login.address == LOGIN
    assert (login.official_count, login.evidence) == (3, DKIM_PASS)
    search = flow.MailSearchFlow()
    search.send(flow.CheckImap())
    search.send(flow.Finished(outcome))
    assert search.state.lookalikes == ((PHISHED, LOOKALIKE, 2),)
    assert job.progress == SearchProgress(1.0, outcome.report.messages_read, "")


def test_a_store_that_cannot_be_read_is_named_and_the_others_are_still_read(
    tmp_path: Path,
) -> None:
    thunderbird_home(tmp_path)
    job, stores = _job(tmp_path)
    broken = next(s for s in stores if "outlook" in str(s.path))
    broken.path.write_bytes(b"this is not an mbox\n")
    outcome = job.run()
    assert [label for label, _ in outcome.problems] == [store_label(broken, tmp_path)]
    assert "not an mbox" in outcome.problems[0][1]
    assert outcome.report.likely_login is not None
    assert outcome.report.likely_login.address == LOGIN


def test_progress_climbs_while_reading_and_cancel_stops_a_large_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    thunderbird_home(tmp_path, padding=20000)  # about 45 MB in one mbox
    job, _stores = _job(tmp_path)
    seen: list[float] = []
    add_block = MailTally.add_block

    def watched(tally: MailTally, block: Any) -> None:
        # What a GUI polling the job would see, every 1,000 messages.
        if tally.read % 1000 == 0:
            seen.append(job.progress.fraction)
            if tally.read == 6000:
                job.cancel()  # as from the GUI thread, while the worker reads
        add_block(tally, block)

    monkeypatch.setattr(MailTally, "add_block", watched)
    outcome = job.run()
    assert seen == sorted(seen) and len(seen) == 7 and 0 < seen[1] < seen[-1] < 1
    assert outcome.cancelled
    # The large store comes first (Local Folders) and was left part-read.
    assert outcome.report.messages_read == 6001
    assert job.progress.fraction < 1


def test_an_imap_search_lets_go_of_the_password_and_reports_a_refusal() -> None:
    account = ImapAccount(host="127.0.0.1", user="ola", password="hunter2-secret", port=1)
    job = ImapSearch(account, SENDER_DOMAINS, timeout=2)
    assert "hunter2" not in repr(job.__dict__)
    outcome = job.run()
    assert job._account is None
    ((label, reason),) = outcome.problems
    assert label == "ola (127.0.0.1)" and "refused" in reason
    assert "hunter2" not in reason
    with pytest.raises(RuntimeError):
        job.run()


def test_evolution_cached_folders_are_listed_and_read_with_progress(tmp_path: Path) -> None:
    folder = tmp_path / ".cache/evolution/mail/acct/folders/INBOX"
    for number in range(4):
        bucket = folder / "cur" / f"{number:02x}"
        bucket.mkdir(parents=True)
        (bucket / str(number)).write_bytes(message(to=LOGIN, dkim_pass=OFFICIAL[0]))
    job, stores = _job(tmp_path)
    assert [(s.client, s.kind) for s in stores] == [("evolution", CACHED)]
    assert job.labels == ("~/.cache/evolution/mail/acct/folders/INBOX",)
    outcome = job.run()
    assert outcome.report.likely_login is not None
    assert outcome.report.likely_login.official_count == 4
    assert job.progress == SearchProgress(1.0, 4, "")


# -- any order of clicks and answers -------------------------------------------------


class AnyOrder(RuleBasedStateMachine):
    """Clicks, and the answers of the work they started, in any order, late or
    twice. The world remembers what work was started and answers only that."""

    def __init__(self) -> None:
        super().__init__()
        self.flow = flow.MailSearchFlow()
        self.listing = False  # a ListStores is on its way
        self.reading = False  # a ReadStores or ReadImap is on its way
        self.stop_asked = False

    def _send(self, event: flow.Event) -> None:
        before = self.flow.state
        effects = self.flow.send(event)
        for effect in effects:
            if isinstance(effect, flow.ListStores):
                assert not self.listing and not self.reading, "work started twice"
                self.listing = True
            elif isinstance(effect, flow.ReadStores | flow.ReadImap):
                assert not self.listing and not self.reading, "work started twice"
                if isinstance(effect, flow.ReadStores):
                    assert effect.indexes == before.chosen and effect.indexes
                self.reading = True
            else:
                assert isinstance(effect, flow.StopReading) and self.reading
                self.stop_asked = True

    @rule()
    def look(self) -> None:
        self._send(flow.LookForStores())

    @rule(count=st.integers(0, 3))
    def stores_found(self, count: int) -> None:
        stores = tuple(flow.StoreChoice(f"~/{i}", "thunderbird") for i in range(count))
        real = self.listing
        self.listing = False
        before = self.flow.state
        self._send(flow.StoresFound(stores))
        if not real:
            assert self.flow.state == before  # nobody asked: a stray answer

    @rule()
    def listing_failed(self) -> None:
        self.listing = False
        self._send(flow.LookingFailed("no"))

    @rule(index=st.integers(-1, 3), chosen=st.booleans())
    def tick(self, index: int, chosen: bool) -> None:
        self._send(flow.Toggle(index, chosen))

    @rule()
    def read(self) -> None:
        self._send(flow.ReadChosen())

    @rule()
    def imap(self) -> None:
        self._send(flow.CheckImap())

    @rule()
    def stop(self) -> None:
        self._send(flow.Cancel())

    @rule(fraction=st.floats(0, 1))
    def progress(self, fraction: float) -> None:
        self._send(flow.Progressed(SearchProgress(fraction, 1, "~/0")))

    @rule()
    def finished(self) -> None:
        real = self.reading
        self.reading = False
        before = self.flow.state
        self._send(flow.Finished(empty_outcome(cancelled=self.stop_asked)))
        self.stop_asked = False
        if real:
            assert self.flow.state.phase is flow.Phase.DONE
            assert self.flow.state.outcome is not None
        else:
            assert self.flow.state == before

    @rule()
    def search_failed(self) -> None:
        self.reading = False
        self.stop_asked = False
        self._send(flow.SearchFailed("broke"))

    @invariant()
    def phase_matches_the_work_on_its_way(self) -> None:
        state = self.flow.state
        assert (state.phase is flow.Phase.LOOKING) == self.listing
        assert (state.phase is flow.Phase.READING) == self.reading
        assert state.busy == (self.listing or self.reading)
        assert (state.progress is not None) == (state.phase is flow.Phase.READING)
        if state.phase is flow.Phase.DONE:
            assert state.outcome is not None
        assert state.can_read == (
            state.phase in (flow.Phase.CHOOSING, flow.Phase.DONE) and bool(state.chosen)
        )


TestAnyOrder = AnyOrder.TestCase
TestAnyOrder.settings = settings(max_examples=200, stateful_step_count=30, deadline=None)


def test_each_store_is_named_by_account_and_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    profile = thunderbird_home(home)
    nested = profile / "Mail" / "Local Folders" / "Inbox.sbd" / "Exchange.sbd"
    nested.mkdir(parents=True)
    (nested / "2025").write_bytes((profile / "Mail" / "Local Folders" / "Inbox").read_bytes())
    # A folder called "Mail" in an IMAP account is that account's folder.
    (profile / "ImapMail" / "imap.gmail.com" / "Mail").write_bytes(b"From x\nFrom: a@b.c\n\n")
    cache = home / ".cache" / "evolution" / "mail" / "1a2b" / "folders" / "INBOX"
    cached = cache / "subfolders" / "Exchange" / "cur" / "00"
    cached.mkdir(parents=True)
    (cached / "17").write_bytes(message(to=LOGIN))
    stores = discover_stores(home, {}, "linux")
    assert sorted(s.place for s in stores) == [
        "1a2b › INBOX › Exchange",
        "Local Folders › Inbox",
        "Local Folders › Inbox › Exchange › 2025",
        "imap.gmail.com › INBOX",
        "imap.gmail.com › Mail",
        "pop.outlook.example › Inbox",
    ]
