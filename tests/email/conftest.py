"""What step 2's tests share."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from breachguard.demo.server import DemoExchange
from breachguard.qt.context import AppContext
from tests.support.context import make_context


@pytest.fixture
def demo_context(qtbot: Any, app_paths: Any) -> Iterator[AppContext]:
    """Services on a real Demo Exchange; the workers are drained before it stops."""
    with DemoExchange() as exchange:
        ctx = make_context(paths=app_paths, demo=exchange)
        yield ctx
        ctx.tasks.wait_idle(10000)
