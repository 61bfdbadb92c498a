"""The capture-protection seam, with fake Windows and macOS APIs behind it."""

from __future__ import annotations

import sys

import pytest

from breachguard.core import capture_protection as cp


class FakeUser32:
    """Records SetWindowDisplayAffinity calls; can refuse or report something else."""

    def __init__(self, *, refuse: int = 0, reports: int | None = None) -> None:
        self.refuse = refuse
        self.reports = reports
        self.affinity: dict[int, int] = {}
        self.calls: list[tuple[int, int]] = []

    def set_affinity(self, hwnd: int, affinity: int) -> None:
        self.calls.append((hwnd, affinity))
        if self.refuse:
            error = OSError(self.refuse, "refused")
            error.winerror = self.refuse  # type: ignore[attr-defined]
            raise error
        self.affinity[hwnd] = affinity

    def get_affinity(self, hwnd: int) -> int:
        return self.reports if self.reports is not None else self.affinity.get(hwnd, 0)


class FakeCocoa:
    def __init__(self, *, window: int = 0xBEEF, sticky: bool = False) -> None:
        self.window = window
        self.sticky = sticky
        self.sharing: dict[int, int] = {}

    def window_of_view(self, view: int) -> int:
        return self.window if view else 0

    def set_sharing_type(self, window: int, sharing_type: int) -> None:
        if not self.sticky:
            self.sharing[window] = sharing_type

    def sharing_type(self, window: int) -> int:
        return self.sharing.get(window, cp.NS_WINDOW_SHARING_READ_ONLY)


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (7601, cp.WDA_MONITOR),
        (18363, cp.WDA_MONITOR),
        (19041, cp.WDA_EXCLUDEFROMCAPTURE),
        (22631, cp.WDA_EXCLUDEFROMCAPTURE),
    ],
)
def test_windows_picks_the_affinity_the_build_supports(build: int, expected: int) -> None:
    user32 = FakeUser32()
    result = cp.WindowsCapture(user32, build=build).protect(0x1234)
    assert user32.calls == [(0x1234, expected)]
    assert result.state == cp.ACTIVE
    assert result.hidden


def test_windows_detail_says_black_box_on_old_builds() -> None:
    result = cp.WindowsCapture(FakeUser32(), build=18363).protect(1)
    assert "black box" in result.detail
    assert "18363" in result.detail
    assert "hidden" in cp.WindowsCapture(FakeUser32(), build=19045).protect(1).detail


def test_windows_read_back_mismatch_is_a_failure() -> None:
    result = cp.WindowsCapture(FakeUser32(reports=cp.WDA_NONE), build=19041).protect(7)
    assert result.state == cp.FAILED
    assert not result.hidden
    assert "0x00" in result.detail and "0x11" in result.detail
    assert "Pause screen sharing" in result.detail


def test_windows_refused_call_is_a_failure_with_the_error_code() -> None:
    result = cp.WindowsCapture(FakeUser32(refuse=5), build=19041).protect(7)
    assert result.state == cp.FAILED
    assert "error 5" in result.detail


def test_windows_without_a_native_window_fails_without_calling() -> None:
    user32 = FakeUser32()
    result = cp.WindowsCapture(user32, build=19041).protect(0)
    assert result.state == cp.FAILED
    assert user32.calls == []


def test_windows_release_restores_normal_display() -> None:
    user32 = FakeUser32()
    api = cp.WindowsCapture(user32, build=19041)
    api.protect(3)
    assert api.release(3).state == cp.UNAVAILABLE
    assert user32.affinity[3] == cp.WDA_NONE


def test_mac_sets_sharing_none_on_the_views_window_best_effort() -> None:
    cocoa = FakeCocoa()
    result = cp.MacCapture(cocoa).protect(0xAAAA)
    assert cocoa.sharing[0xBEEF] == cp.NS_WINDOW_SHARING_NONE
    assert result.state == cp.BEST_EFFORT
    assert not result.hidden
    assert "15 and later" in result.detail


def test_mac_failures_are_reported() -> None:
    assert cp.MacCapture(FakeCocoa(window=0)).protect(1).state == cp.FAILED
    sticky = cp.MacCapture(FakeCocoa(sticky=True)).protect(1)
    assert sticky.state == cp.FAILED
    assert "sharingType stayed 1" in sticky.detail


def test_linux_is_unavailable_with_advice() -> None:
    api = cp.api_for_platform("linux")
    result = api.protect(42)
    assert result.state == cp.UNAVAILABLE
    assert result.detail.startswith("On Linux, no app can hide a window from screen sharing")
    assert cp.api_for_platform("freebsd14").availability().state == cp.UNAVAILABLE


def test_availability_needs_no_window() -> None:
    user32 = FakeUser32()
    modern = cp.availability(cp.WindowsCapture(user32, build=19041))
    assert modern.state == cp.ACTIVE and "can hide" in modern.detail
    old = cp.availability(cp.WindowsCapture(user32, build=18363))
    assert "black box" in old.detail and "18363" in old.detail
    assert user32.calls == []
    mac = cp.availability(cp.MacCapture(FakeCocoa()))
    assert mac.state == cp.BEST_EFFORT and "macOS 15" in mac.detail


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="checks the Linux answer")
def test_availability_on_this_linux_machine() -> None:
    here = cp.availability()
    assert here.state == cp.UNAVAILABLE
    assert "pause sharing first" in here.detail


def test_status_rejects_unknown_states() -> None:
    with pytest.raises(ValueError, match="unknown capture protection state"):
        cp.CaptureStatus("maybe", "")


def test_platform_picks_the_right_api() -> None:
    assert isinstance(cp.api_for_platform("win32"), cp.WindowsCapture)
    assert isinstance(cp.api_for_platform("darwin"), cp.MacCapture)
    assert isinstance(cp.api_for_platform("linux"), cp.NoCapture)
