"""The one test factory for AppContexts builds what the app builds, hermetically."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from breachguard.core.secret_store import MemorySecretStore
from breachguard.qt.context import AppContext
from tests.support.context import make_context


def test_defaults_are_the_test_home_and_an_in_memory_keyring(
    demo_exchange: Any, hermetic_home: Path
) -> None:
    context = make_context(demo=demo_exchange)
    assert context.provider.id == "demo-exchange"
    assert context.paths.settings_file.is_relative_to(hermetic_home)
    assert context.session.support_mode is False
    assert isinstance(context.secrets, MemorySecretStore)
    assert make_context(demo=demo_exchange, secrets=None).secrets is None


def test_every_field_can_be_given_and_a_typo_is_refused(app_context: Any) -> None:
    given = {
        field.name: getattr(app_context, field.name) for field in dataclasses.fields(AppContext)
    }
    again = make_context(**given)
    assert all(getattr(again, name) is value for name, value in given.items())
    with pytest.raises(TypeError, match="no field secret"):
        make_context(demo=app_context.demo, secret=None)
    with pytest.raises(TypeError, match="provider= or demo="):
        make_context()
