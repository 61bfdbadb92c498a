"""Step 3's state machine, driven as whole sequences against the real Demo Exchange
over loopback HTTP and a keyring (in memory here; the real Secret Service in
test_flow_properties.py and the page walks).

Each test is one way a customer may go through the step; the words they would see
are asserted by their stable codes."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path
from typing import Any

import pytest

from breachguard.core import enrollment as en
from breachguard.core import enrollment_flow as flow
from breachguard.core.enrollment import EnrollmentStore
from breachguard.core.enrollment_api import SetupCancelled, SetupSuperseded
from breachguard.core.enrollment_flow import Keyring, Phase
from breachguard.core.enrollment_work import current_code
from breachguard.core.otpauth import parse_uri
from breachguard.core.secret_store import KeyringSecretStore, MemorySecretStore
from tests.enroll.flow_driver import FlowDriver, Website

EMAIL = "ola.nordmann@gmail.com"


@pytest.fixture
def secrets() -> MemorySecretStore:
    return MemorySecretStore()


@pytest.fixture
def store(tmp_path: Path, secrets: MemorySecretStore) -> EnrollmentStore:
    return EnrollmentStore(tmp_path / "enrollments.json", secrets)


@pytest.fixture
def website(demo_profile: Any) -> Website:
    return Website.of(demo_profile, EMAIL)


@pytest.fixture
def driver(demo_profile: Any, store: EnrollmentStore) -> FlowDriver:
    driver = FlowDriver.for_provider(demo_profile, store, login_email=EMAIL)
    driver.start()
    return driver


def codes(messages: Any) -> list[str]:
    return [message.code for message in messages]


def bring(driver: FlowDriver, uri: str, source: str = "qr") -> None:
    driver.send(flow.SetupBrought(parse_uri(uri), source))


def shown_code(driver: FlowDriver) -> str:
    """The code the customer reads off the screen (after pressing Show code)."""
    driver.send(flow.RevealCode(True))
    assert driver.state.revealed
    assert driver.state.setup is not None
    return current_code(driver.state.setup, time.time())


def keyring_secret(store: EnrollmentStore, record: en.EnrollmentRecord) -> str | None:
    return store.secrets.get(record.service, record.username)


def assert_saved_and_confirmed(driver: FlowDriver, demo_exchange: Any, uri: str) -> None:
    state = driver.state
    assert state.phase is Phase.DONE and state.done is not None
    assert state.done.status == en.CONFIRMED
    secret = parse_uri(uri).secret
    assert driver.work.store.load_secret(state.done.id) == secret
    assert demo_exchange.enrollment.active_secret(EMAIL) == secret


# -- the two orders, and both --------------------------------------------------------------


def test_start_checks_the_keyring_and_the_clock_before_anything(driver: FlowDriver) -> None:
    state = driver.state
    assert state.keyring is Keyring.OK and state.phase is Phase.SCAN
    assert state.clock is not None and abs(state.clock.offset_s) < 5
    assert codes(driver.machine.blockers()) == ["no_setup"]
    assert driver.machine.leave_warning() is None


def test_website_first_then_the_customer_says_it_accepted(
    driver: FlowDriver, website: Website, demo_exchange: Any
) -> None:
    uri = website.start_setup()
    bring(driver, uri)
    state = driver.state
    assert state.phase is Phase.CHECK and state.staged
    assert keyring_secret(driver.work.store, state.record) == parse_uri(uri).secret_base32  # type: ignore[arg-type]
    assert driver.machine.can_finish()
    website.type_code(shown_code(driver))
    driver.send(flow.WebsiteAccepted())
    assert_saved_and_confirmed(driver, demo_exchange, uri)


def test_breachguard_confirms_first_and_the_website_accepts_the_same_key_after(
    driver: FlowDriver, website: Website, demo_exchange: Any
) -> None:
    uri = website.start_setup()
    bring(driver, uri)
    driver.send(flow.ConfirmHere())
    assert driver.state.done is not None
    assert driver.state.note is not None and driver.state.note.code == "confirmed_here"
    # Following the website's own words afterwards must not undo anything.
    website.type_code(current_code(parse_uri(uri), time.time()))
    assert_saved_and_confirmed(driver, demo_exchange, uri)


def test_both_confirm_in_either_order(
    driver: FlowDriver, website: Website, demo_exchange: Any
) -> None:
    uri = website.start_setup()
    bring(driver, uri)
    website.type_code(shown_code(driver))
    driver.send(flow.ConfirmHere())  # the website already did: still a confirmation
    assert_saved_and_confirmed(driver, demo_exchange, uri)


def test_saying_accepted_before_the_website_did_is_caught_and_loses_nothing(
    driver: FlowDriver, website: Website, demo_exchange: Any
) -> None:
    uri = website.start_setup()
    bring(driver, uri)
    code = shown_code(driver)
    driver.send(flow.WebsiteAccepted())
    state = driver.state
    assert state.phase is Phase.CHECK and state.staged
    assert state.problem is not None and state.problem.code == "not_yet_confirmed"
    website.type_code(code)
    driver.send(flow.WebsiteAccepted())
    assert_saved_and_confirmed(driver, demo_exchange, uri)


def test_without_an_enrollment_api_the_customers_word_confirms(
    demo_profile: Any, store: EnrollmentStore, website: Website
) -> None:
    profile = dataclasses.replace(demo_profile, enrollment_api=None)
    driver = FlowDriver.for_provider(profile, store, login_email=EMAIL)
    driver.start()
    uri = website.start_setup()
    bring(driver, uri)
    assert not driver.machine.verifies_with_exchange()
    driver.send(flow.ConfirmHere())  # nothing to confirm with: ignored
    assert driver.state.phase is Phase.CHECK
    driver.send(flow.WebsiteAccepted())
    assert driver.state.done is not None
    assert store.load_secret(driver.state.done.id) == parse_uri(uri).secret


def test_a_setup_replaced_on_the_website_is_named_as_such(
    driver: FlowDriver, website: Website
) -> None:
    old = website.start_setup()
    bring(driver, old)
    website.start_setup()  # the customer reloaded the website's setup page
    driver.send(flow.WebsiteAccepted())
    assert driver.state.problem is not None and driver.state.problem.code == "superseded"
    driver.send(flow.ConfirmHere())
    assert driver.state.problem is not None and driver.state.problem.code == "superseded"
    with pytest.raises(SetupSuperseded):
        website.type_code(current_code(parse_uri(old), time.time()))


# -- the keyring --------------------------------------------------------------------------


def test_without_a_keyring_nothing_is_shown_until_phone_only_is_chosen(
    demo_profile: Any, tmp_path: Path, website: Website, demo_exchange: Any
) -> None:
    from keyring.backends import fail

    store = EnrollmentStore(tmp_path / "e.json", KeyringSecretStore(fail.Keyring()))
    driver = FlowDriver.for_provider(demo_profile, store, login_email=EMAIL)
    driver.start()
    assert driver.state.keyring is Keyring.MISSING and driver.state.phase is Phase.KEYRING
    assert codes(driver.machine.blockers()) == ["no_setup", "keyring_missing"]
    uri = website.start_setup()
    bring(driver, uri)
    driver.send(flow.RevealCode(True))
    driver.send(flow.ShowOnPhone())
    driver.send(flow.CopyCode())
    assert driver.state.phase is Phase.KEYRING
    assert not driver.state.revealed and driver.effects == []  # nothing reached the screen

    driver.send(flow.UsePhoneOnly())
    state = driver.state
    assert state.phase is Phase.CHECK and state.phone_only and not state.may_show_code
    driver.send(flow.ShowOnPhone())
    (opened,) = driver.effects
    assert isinstance(opened, flow.OpenPrivate) and not opened.code_only
    assert driver.machine.leave_warning().code == "leave_phone_only"  # type: ignore[union-attr]
    website.type_code(current_code(parse_uri(uri), time.time()))  # typed from the phone
    driver.send(flow.WebsiteAccepted())
    assert driver.state.phase is Phase.DONE and driver.state.done_phone_only
    assert demo_exchange.enrollment.active_secret(EMAIL) == parse_uri(uri).secret


def test_a_locked_keyring_says_so_and_goes_on_once_unlocked(
    demo_profile: Any, store: EnrollmentStore, secrets: MemorySecretStore, website: Website
) -> None:
    secrets.locked = True
    driver = FlowDriver.for_provider(demo_profile, store, login_email=EMAIL)
    driver.start()
    assert driver.state.keyring is Keyring.LOCKED
    assert "Try again" in str(driver.state.keyring_problem)
    bring(driver, website.start_setup())
    assert driver.state.phase is Phase.KEYRING and not driver.state.staged
    secrets.locked = False
    driver.send(flow.RetryKeyring())
    assert driver.state.phase is Phase.CHECK and driver.state.staged  # picked up where it was


def test_a_lock_while_saving_keeps_the_accepted_key_and_finishes_after_unlock(
    driver: FlowDriver, website: Website, secrets: MemorySecretStore, demo_exchange: Any
) -> None:
    uri = website.start_setup()
    bring(driver, uri)
    website.type_code(shown_code(driver))
    secrets.locked = True
    driver.send(flow.WebsiteAccepted())
    state = driver.state
    assert state.keyring is Keyring.LOCKED and state.accepted_by_exchange
    assert state.phase is Phase.CHECK and state.done is None
    secrets.locked = False
    driver.send(flow.RetryKeyring())
    assert_saved_and_confirmed(driver, demo_exchange, uri)


# -- leaving and coming back ----------------------------------------------------------------


def test_quitting_mid_setup_keeps_the_key_and_the_next_start_resumes(
    demo_profile: Any,
    store: EnrollmentStore,
    driver: FlowDriver,
    website: Website,
    demo_exchange: Any,
) -> None:
    uri = website.start_setup()
    bring(driver, uri)
    assert driver.machine.leave_warning().code == "leave_staged"  # type: ignore[union-attr]
    code = shown_code(driver)
    # Quit. The next start finds the setup and resumes it where it was.
    again = FlowDriver.for_provider(
        demo_profile, EnrollmentStore(store.path, store.secrets), login_email=""
    )
    again.start()
    state = again.state
    assert state.phase is Phase.CHECK and state.staged
    assert state.account == EMAIL  # kept with the key, not in the file
    assert state.note is not None and state.note.code == "resumed"
    assert state.setup is not None and state.setup.secret == parse_uri(uri).secret
    website.type_code(code)
    again.send(flow.WebsiteAccepted())
    assert_saved_and_confirmed(again, demo_exchange, uri)


def test_a_setup_confirmed_on_the_website_while_closed_is_saved_at_the_next_start(
    demo_profile: Any,
    store: EnrollmentStore,
    driver: FlowDriver,
    website: Website,
    demo_exchange: Any,
) -> None:
    uri = website.start_setup()
    bring(driver, uri)
    website.type_code(shown_code(driver))
    # The app died before the customer came back to it.
    again = FlowDriver.for_provider(demo_profile, EnrollmentStore(store.path, store.secrets))
    again.start()
    assert again.state.note is not None and again.state.note.code == "confirmed_meanwhile"
    assert_saved_and_confirmed(again, demo_exchange, uri)


def test_bringing_the_same_code_again_continues_the_unfinished_setup(
    driver: FlowDriver, website: Website
) -> None:
    uri = website.start_setup()
    bring(driver, uri)
    first = driver.state.record
    driver.send(flow.DiscardRequested())
    assert driver.state.question is flow.Question.DISCARD
    driver.send(flow.DiscardAnswered(False))  # changed their mind: kept
    assert driver.state.record == first
    bring(driver, uri)
    assert driver.state.record is not None and first is not None
    assert driver.state.record.id == first.id
    assert len([r for r in driver.work.store.records() if r.resumable]) == 1


def test_a_newer_setup_sets_the_unfinished_one_aside_until_it_is_confirmed(
    driver: FlowDriver, website: Website, store: EnrollmentStore, demo_exchange: Any
) -> None:
    older = website.start_setup()
    bring(driver, older)
    first = driver.state.record
    assert first is not None
    newer = website.start_setup()
    bring(driver, newer)
    assert driver.state.note is not None and driver.state.note.code == "set_aside"
    # Nothing deleted yet: the older key is kept, and listed to continue.
    assert store.holds_secret(first, parse_uri(older).secret)
    assert [r.id for r in driver.state.inventory if r.resumable] == [
        first.id,
        driver.state.record.id,
    ]  # type: ignore[union-attr]
    driver.send(flow.ConfirmHere())
    assert_saved_and_confirmed(driver, demo_exchange, newer)
    assert store.get(first.id) is None  # the newer confirmed key of the account replaced it


# -- discarding ---------------------------------------------------------------------------------


def test_discard_asks_then_deletes_a_key_the_exchange_never_accepted(
    driver: FlowDriver, website: Website, secrets: MemorySecretStore
) -> None:
    bring(driver, website.start_setup())
    driver.send(flow.DiscardRequested())
    assert driver.machine.discard_question().code == "discard_checked"
    driver.send(flow.DiscardAnswered(True))
    assert driver.state.phase is Phase.SCAN and driver.state.setup is None
    assert secrets.keys() == []
    assert [r.status for r in driver.work.store.records()] == [en.ABORTED]


def test_a_code_of_a_discarded_setup_is_refused_by_the_website_afterwards(
    driver: FlowDriver, website: Website, demo_exchange: Any, secrets: MemorySecretStore
) -> None:
    # Copied (or remembered) before the discard, pasted on the website after it: the
    # exchange must not make a key nobody keeps the account's 2FA.
    uri = website.start_setup()
    bring(driver, uri)
    code = shown_code(driver)
    driver.send(flow.DiscardRequested())
    driver.send(flow.DiscardAnswered(True))
    assert driver.state.phase is Phase.SCAN and secrets.keys() == []
    with pytest.raises(SetupCancelled):
        website.type_code(code)
    assert demo_exchange.enrollment.active_secret(EMAIL) is None


def test_discarding_a_key_the_website_already_accepted_keeps_it(
    driver: FlowDriver, website: Website, demo_exchange: Any
) -> None:
    uri = website.start_setup()
    bring(driver, uri)
    website.type_code(shown_code(driver))
    driver.send(flow.DiscardRequested())
    driver.send(flow.DiscardAnswered(True))
    assert driver.state.note is not None and driver.state.note.code == "kept_confirmed"
    assert_saved_and_confirmed(driver, demo_exchange, uri)


def test_with_the_exchange_down_nothing_is_lost_not_even_by_discarding(
    driver: FlowDriver, website: Website, demo_exchange: Any
) -> None:
    uri = website.start_setup()
    bring(driver, uri)
    code = shown_code(driver)
    demo_exchange.stop()
    driver.send(flow.WebsiteAccepted())
    state = driver.state
    assert state.problem is not None and state.problem.code == "unreachable"
    assert "stays saved" in str(state.problem) and state.staged
    # Discarding needs the exchange's word that it did not take the key.
    driver.send(flow.DiscardRequested())
    driver.send(flow.DiscardAnswered(True))
    assert driver.state.problem is not None and driver.state.problem.code == "discard_unchecked"
    assert driver.state.staged
    demo_exchange.start()  # back, at the same address
    website.type_code(code)
    driver.send(flow.WebsiteAccepted())
    assert_saved_and_confirmed(driver, demo_exchange, uri)


# -- the phishing check -------------------------------------------------------------------------


LOOKALIKE = "otpauth://totp/Demo%20Exchanqe:ola?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Demo%20Exchanqe"


def test_a_lookalike_issuer_shows_and_saves_nothing_until_the_name_is_typed(
    driver: FlowDriver, secrets: MemorySecretStore
) -> None:
    bring(driver, LOOKALIKE)
    state = driver.state
    assert state.phase is Phase.VERIFY
    assert state.gate is not None and state.gate.issuer.status == "lookalike"
    for attempt in (flow.RevealCode(True), flow.CopyCode(), flow.ShowOnPhone()):
        driver.send(attempt)
    driver.support_mode_code()
    assert driver.effects == [] and not driver.state.revealed and secrets.keys() == []
    assert "issuer" in codes(driver.machine.blockers())
    driver.send(flow.WebsiteAccepted())
    assert driver.state.done is None
    driver.send(flow.OverrideIssuer("Demo Exchanqe"))  # the look-alike name is not enough
    assert driver.state.problem is not None and driver.state.problem.code == "override_mismatch"
    assert driver.state.phase is Phase.VERIFY
    driver.send(flow.OverrideIssuer("  demo exchange "))
    assert driver.state.phase is Phase.CHECK and driver.state.staged
    driver.send(flow.ShowOnPhone())
    (opened,) = driver.effects
    assert isinstance(opened, flow.OpenPrivate)
    assert opened.warning is not None and "Demo Exchanqe" in str(opened.warning)


@pytest.mark.parametrize(
    ("query", "warning"),
    [
        ("digits=8", "unexpected_digits"),
        ("period=60", "unexpected_period"),
        ("algorithm=SHA256", "unexpected_algorithm"),
    ],
)
def test_parameters_the_exchange_never_uses_need_an_override(
    driver: FlowDriver, query: str, warning: str
) -> None:
    bring(
        driver,
        f"otpauth://totp/Demo%20Exchange:{EMAIL}?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
        f"&issuer=Demo%20Exchange&{query}",
    )
    assert driver.state.phase is Phase.VERIFY
    assert [w.code for w in driver.state.gate.policy] == [warning]  # type: ignore[union-attr]


def test_a_code_naming_no_exchange_takes_the_name_the_customer_typed(driver: FlowDriver) -> None:
    bring(driver, "otpauth://totp/ola?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
    assert driver.state.phase is Phase.VERIFY
    driver.send(flow.OverrideIssuer("Demo Exchange"))
    assert driver.state.record is not None and driver.state.record.issuer == "Demo Exchange"


def test_replacing_a_code_waiting_for_the_override_is_allowed(
    driver: FlowDriver, website: Website
) -> None:
    bring(driver, LOOKALIKE)
    uri = website.start_setup()
    bring(driver, uri)  # the customer found the real one: nothing of the fake was shown
    assert driver.state.phase is Phase.CHECK
    assert driver.state.setup is not None and driver.state.setup.secret == parse_uri(uri).secret


# -- revoked and known keys ------------------------------------------------------------------------


def test_a_key_the_exchange_revoked_is_refused(
    driver: FlowDriver, website: Website, store: EnrollmentStore
) -> None:
    uri = website.start_setup()
    bring(driver, uri)
    driver.send(flow.ConfirmHere())
    record = driver.state.done
    assert record is not None and record.exchange_created_at is not None
    driver.send(flow.StartAnother())
    driver.send(flow.RevocationKnown(record.exchange_created_at + 1))
    assert [r.status for r in driver.state.inventory] == [en.REVOKED]
    bring(driver, uri)
    assert driver.state.problem is not None and driver.state.problem.code == "revoked_key"
    assert driver.state.phase is Phase.SCAN


def test_a_key_already_saved_is_not_saved_twice(driver: FlowDriver, website: Website) -> None:
    uri = website.start_setup()
    bring(driver, uri)
    driver.send(flow.ConfirmHere())
    driver.send(flow.StartAnother())
    bring(driver, uri)
    assert driver.state.problem is not None and driver.state.problem.code == "already_saved"


def test_an_export_is_refused_while_a_revocation_is_known(driver: FlowDriver) -> None:
    driver.send(flow.RevocationKnown(time.time() - 60))
    bring(
        driver,
        "otpauth://totp/Demo%20Exchange:ola?secret=JBSWY3DPEHPK3PXP&issuer=Demo%20Exchange",
        "migration",
    )
    assert driver.state.problem is not None and driver.state.problem.code == "revoked_export"


def test_a_counter_based_code_is_refused(driver: FlowDriver) -> None:
    bring(driver, "otpauth://hotp/Demo%20Exchange:ola?secret=JBSWY3DPEHPK3PXP&counter=1")
    assert driver.state.problem is not None and driver.state.problem.code == "not_totp"
    assert driver.state.setup is None


def test_support_mode_shows_only_the_code_in_the_private_window(
    driver: FlowDriver, website: Website
) -> None:
    bring(driver, website.start_setup())
    driver.support_mode_code()
    (opened,) = driver.effects
    assert isinstance(opened, flow.OpenPrivate) and opened.code_only


def test_a_setup_the_exchange_forgot_while_closed_is_named_so_at_the_next_start(
    demo_profile: Any,
    store: EnrollmentStore,
    driver: FlowDriver,
    website: Website,
    demo_exchange: Any,
) -> None:
    from urllib.parse import urlsplit

    from breachguard.demo.server import DemoExchange

    bring(driver, website.start_setup())
    # The exchange restarted and forgot its pending setups (as the Demo Exchange does
    # when the app restarts); it answers at the same address.
    port = urlsplit(demo_exchange.base_url).port
    demo_exchange.stop()
    forgetful = DemoExchange(port=port).start()
    try:
        again = FlowDriver.for_provider(demo_profile, EnrollmentStore(store.path, store.secrets))
        again.start()
        assert again.state.phase is Phase.CHECK and again.state.staged  # kept here
        assert again.state.problem is not None
        assert again.state.problem.code == "gone_at_exchange"
    finally:
        forgetful.stop()


def test_a_code_brought_in_while_the_keyring_is_still_checked_waits_for_it(
    demo_profile: Any, store: EnrollmentStore, website: Website
) -> None:
    """The clipboard offer appears as the step opens; pressing it at once must not be
    turned away while the keyring check is still on its way (it can take seconds)."""
    driver = FlowDriver.for_provider(demo_profile, store, login_email=EMAIL)
    machine = driver.machine
    pending = machine.start()  # the keyring check is sent off, not answered yet
    assert flow.CheckKeyring() in pending
    machine.handle(flow.SetupBrought(parse_uri(website.start_setup()), "uri"))
    assert machine.state.problem is None and machine.state.setup is not None
    assert machine.state.phase is Phase.KEYRING and not machine.state.staged
    driver.send(driver.work.run(flow.CheckKeyring()))  # the answer arrives: OK
    assert driver.state.phase is Phase.CHECK and driver.state.staged


# -- a community profile's exchange -------------------------------------------------------------


def community_profile(provider_id: str) -> Any:
    from breachguard.core.profiles import ProfileRegistry

    profile = ProfileRegistry(Path("/nonexistent")).find(provider_id)
    assert profile is not None and profile.community
    return profile


def community_driver(provider_id: str, store: EnrollmentStore) -> FlowDriver:
    driver = FlowDriver.for_provider(community_profile(provider_id), store, login_email=EMAIL)
    driver.start()
    return driver


def setup_for(issuer: str) -> str:
    return (
        f"otpauth://totp/{issuer}:{EMAIL}?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer={issuer}"
    )


def test_step_three_on_a_community_exchange_checks_codes_against_its_known_name(
    store: EnrollmentStore,
) -> None:
    driver = community_driver("kraken", store)
    bring(driver, setup_for("Kraken"))
    assert driver.state.gate is not None and not driver.state.gate.needs_override
    assert driver.state.phase is Phase.CHECK

    other = community_driver("kraken", store)
    bring(other, setup_for("Coinbase"))  # another exchange's code, e.g. from a phishing page
    assert other.state.phase is Phase.VERIFY
    assert other.state.gate is not None and other.state.gate.issuer.status == "mismatch"
    assert "not for Kraken" in other.state.gate.issuer.message
    other.send(flow.OverrideIssuer("Kraken"))
    assert other.state.phase is Phase.CHECK


def test_step_three_cannot_confirm_a_code_when_no_source_names_the_exchanges_2fa_name(
    store: EnrollmentStore,
) -> None:
    driver = community_driver("firi", store)
    bring(driver, setup_for("Firi"))
    gate = driver.state.gate
    assert driver.state.phase is Phase.VERIFY
    assert gate is not None and gate.issuer.status == "unchecked" and gate.policy == ()
    assert "cannot check it" in gate.issuer.message
    driver.send(flow.OverrideIssuer("Firi"))
    assert driver.state.phase is Phase.CHECK
