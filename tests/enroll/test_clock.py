"""Clock offset from the exchange's Date header, against the real Demo Exchange."""

from __future__ import annotations

import time

import pytest
from pytest_httpserver import HTTPServer

from breachguard.core import clock
from breachguard.core.http import HttpClient
from breachguard.demo.server import DemoExchange


@pytest.mark.parametrize(
    ("offset", "status"),
    [(0, clock.OK), (9.9, clock.OK), (-10, clock.WARN), (29.9, clock.WARN),
     (30, clock.REFUSE), (-3600, clock.REFUSE)],
)  # fmt: skip
def test_thresholds(offset: float, status: str) -> None:
    check = clock.ClockCheck(offset_s=offset, round_trip_s=0.1)
    assert check.status == status
    assert check.may_finish_enrollment == (status != clock.REFUSE)
    assert bool(check.message) == (status != clock.OK)


def test_message_direction() -> None:
    assert "45 seconds behind" in clock.ClockCheck(45.2, 0.0).message
    assert "12 seconds ahead of" in clock.ClockCheck(-12.4, 0.0).message


def test_offset_accounts_for_truncated_date_and_round_trip() -> None:
    # Server said 1000 (truly 1000.0–1000.99); we sent at 999.8 and got the answer at 1000.2.
    assert clock.offset_from_date(1000, 999.8, 1000.2) == pytest.approx(0.5)


@pytest.mark.parametrize("platform", ["win32", "darwin", "linux", "freebsd13"])
def test_fix_instructions_per_os(platform: str) -> None:
    assert clock.fix_instructions(platform)


@pytest.mark.parametrize(("skew", "status"), [(0, clock.OK), (15, clock.WARN), (-45, clock.REFUSE)])
def test_measured_against_demo_exchange(skew: float, status: str) -> None:
    with DemoExchange(clock=lambda: time.time() + skew) as exchange:
        check = clock.measure_offset(HttpClient(), exchange.base_url + "/time")
    assert check.offset_s == pytest.approx(skew, abs=1.5)
    assert check.status == status


def test_missing_date_header_is_an_error(httpserver: HTTPServer) -> None:
    # werkzeug always sends Date; blank it out to play a broken server.
    httpserver.expect_request("/nodate").respond_with_data("ok", headers={"Date": ""})
    with pytest.raises(clock.ClockError, match="did not say what time"):
        clock.measure_offset(HttpClient(), httpserver.url_for("/nodate"))


def test_unreachable_server_is_an_error() -> None:
    with pytest.raises(clock.ClockError, match="Could not ask the exchange"):
        clock.measure_offset(HttpClient(), "http://127.0.0.1:9/time")
