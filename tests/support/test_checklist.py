"""The checklist file: what is done survives restarts, derived items follow the
enrollment records, and damaged files are set aside."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from breachguard.core import checklist as cl
from breachguard.core.checklist import Checklist, ChecklistError
from breachguard.core.enrollment import EnrollmentStore
from tests.support.conftest import CUSTOMER, assert_no_personal_data


class Clock:
    now = 1_750_000_000.0

    def __call__(self) -> float:
        return self.now


def done(checklist: Checklist) -> dict[str, bool]:
    return {item.id: item.done for item in checklist.items()}


def test_fresh_checklist_is_all_to_do_in_order(tmp_path: Path) -> None:
    items = Checklist(tmp_path / "checklist.json", "demo-exchange").items()
    assert [item.id for item in items] == list(cl.ORDER)
    assert not any(item.done for item in items)
    assert [item.user_tickable for item in items] == [False, False, False, True, True, True]
    assert all(item.text and item.hint for item in items)


def test_ticks_survive_a_restart_and_file_holds_no_personal_data(tmp_path: Path) -> None:
    path = tmp_path / "checklist.json"
    clock = Clock()
    first = Checklist(path, "demo-exchange", clock=clock)
    first.set_done(cl.PASSWORD_CHANGED, True)
    assert first.record_observed(cl.LOGIN_EMAIL) is True
    assert first.record_observed(cl.LOGIN_EMAIL) is False
    again = Checklist(path, "demo-exchange")
    assert done(again)[cl.PASSWORD_CHANGED] and done(again)[cl.LOGIN_EMAIL]
    assert next(i for i in again.items() if i.id == cl.PASSWORD_CHANGED).done_at == clock.now
    assert again.progress() == (2, 6)
    again.set_done(cl.PASSWORD_CHANGED, False)
    assert not done(Checklist(path, "demo-exchange"))[cl.PASSWORD_CHANGED]
    assert not any(done(Checklist(path, "other-exchange")).values())
    assert_no_personal_data(path.read_text())
    assert json.loads(path.read_text())["version"] == 1


def test_app_observed_items_cannot_be_ticked_by_hand(tmp_path: Path) -> None:
    checklist = Checklist(tmp_path / "checklist.json", "demo-exchange")
    with pytest.raises(ChecklistError, match="ticks itself"):
        checklist.set_done(cl.TWO_FA, True)
    with pytest.raises(ValueError, match="not an observed"):
        checklist.record_observed(cl.PASSWORD_CHANGED)


def test_two_fa_follows_confirmed_enrollments(app_paths: Any, enrolled: EnrollmentStore) -> None:
    checklist = Checklist.for_paths(app_paths, "demo-exchange", enrolled)
    assert done(checklist)[cl.TWO_FA]
    assert not done(Checklist.for_paths(app_paths, "other-exchange", enrolled))[cl.TWO_FA]
    enrolled.apply_revocation("demo-exchange", revoked_at=4_000_000_000.0)
    assert not done(checklist)[cl.TWO_FA]


def test_damaged_enrollment_list_reads_as_to_do(app_paths: Any, memory_secrets: Any) -> None:
    store = EnrollmentStore.for_paths(app_paths, memory_secrets)
    store.path.write_text("{not json")
    assert not done(Checklist.for_paths(app_paths, "demo-exchange", store))[cl.TWO_FA]


@pytest.mark.parametrize(
    "content",
    [
        "{broken",
        '{"version": 2, "providers": {}}',
        '{"version": 1, "providers": []}',
        '{"version": 1, "providers": {"demo-exchange": {"password-changed": {"done_at": true}}}}',
        '{"version": 1, "providers": {"demo-exchange": {"password-changed": {"x": 1}}}}',
        f'{{"version": 1, "providers": {{}}, "email": "{CUSTOMER.email}"}}',
    ],
)
def test_damaged_file_is_set_aside_and_starts_afresh(tmp_path: Path, content: str) -> None:
    path = tmp_path / "checklist.json"
    path.write_text(content)
    checklist = Checklist(path, "demo-exchange")
    assert not any(done(checklist).values())
    assert checklist.load_problem and "set aside" in checklist.load_problem
    assert_no_personal_data(checklist.load_problem)
    assert list(tmp_path.glob("checklist.json.corrupt-*"))
    checklist.set_done(cl.RECOVERY_OFFLINE, True)
    assert done(Checklist(path, "demo-exchange"))[cl.RECOVERY_OFFLINE]


def test_items_from_a_newer_version_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "checklist.json"
    path.write_text(
        '{"version": 1, "providers": {"demo-exchange": {"future-item": {"done_at": 1},'
        ' "password-changed": {"done_at": 5}}}}'
    )
    assert done(Checklist(path, "demo-exchange"))[cl.PASSWORD_CHANGED]
