"""One way for tests to build an AppContext: services wired as the app wires them.

``make_context(demo=exchange)`` gives the context of the app running on that Demo
Exchange in the current ``BREACHGUARD_HOME``; every AppContext field can be given
as a keyword to use instead of the default. Unlike the app, the secret store is
in memory unless a test passes its own (``secrets=None`` for none at all), so no
test reaches the real keyring by accident.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from breachguard.core.http import HttpClient
from breachguard.core.paths import AppPaths
from breachguard.core.provider import ProfileOrigin, ProviderProfile, profile_from_dict
from breachguard.core.secret_store import MemorySecretStore
from breachguard.core.settings import Settings
from breachguard.demo.server import DemoExchange
from breachguard.qt.context import AppContext, SessionState
from breachguard.qt.tasks import TaskRunner

FIELDS = frozenset(field.name for field in dataclasses.fields(AppContext))


def demo_provider(exchange: DemoExchange) -> ProviderProfile:
    """The provider profile the app uses for a running Demo Exchange."""
    return profile_from_dict(exchange.profile_dict(), origin=ProfileOrigin.BUILT_IN)


def make_context(**fields: Any) -> AppContext:
    """An AppContext; ``provider`` defaults to the profile of ``demo`` (one of the two
    is needed), ``paths`` to the environment's (the test's temp home), ``settings``
    and ``session`` to ones on those paths, ``tasks`` and ``http`` to fresh ones."""
    unknown = sorted(set(fields) - FIELDS)
    if unknown:
        raise TypeError(f"AppContext has no field {', '.join(unknown)}")
    if "provider" not in fields:
        demo = fields.get("demo")
        if demo is None:
            raise TypeError("make_context() needs provider= or demo=")
        fields["provider"] = demo_provider(demo)
    if "paths" not in fields:
        fields["paths"] = AppPaths.from_environment().ensure()
    if "settings" not in fields:
        fields["settings"] = Settings(fields["paths"].settings_file)
    if "session" not in fields:
        fields["session"] = SessionState(fields["settings"])
    if "tasks" not in fields:
        fields["tasks"] = TaskRunner()
    if "http" not in fields:
        fields["http"] = HttpClient()
    if "secrets" not in fields:
        fields["secrets"] = MemorySecretStore()
    return AppContext(**fields)
