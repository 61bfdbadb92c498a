"""Demo Exchange fixtures: a real server on 127.0.0.1, optionally with a hand-driven clock."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

import pytest
import requests

from breachguard.demo.server import DemoExchange

# 2026-03-16 11:30:00 UTC, the morning after the first notices
FIXED_START = 1_773_660_600.0


class FakeClock:
    """A clock the test moves by hand; the server reads it for every decision."""

    def __init__(self, now: float = FIXED_START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_exchange() -> Iterator[Callable[..., DemoExchange]]:
    started: list[DemoExchange] = []

    def make(**kwargs: object) -> DemoExchange:
        kwargs.setdefault("rng", random.Random(1234))
        exchange = DemoExchange(**kwargs).start()  # type: ignore[arg-type]
        started.append(exchange)
        return exchange

    yield make
    for exchange in started:
        exchange.stop()


@pytest.fixture
def exchange(make_exchange: Callable[..., DemoExchange], clock: FakeClock) -> DemoExchange:
    return make_exchange(clock=clock)


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as session:
        yield session
