"""Keeping one window out of screen sharing and screenshots, where the OS allows it.

Only the private window (secrets) is protected; the main window stays visible to a
support agent on purpose. Callers pass the native window handle (``int(winId())``):

- Windows: ``SetWindowDisplayAffinity`` with ``WDA_EXCLUDEFROMCAPTURE`` from build
  19041 (Windows 10 2004), ``WDA_MONITOR`` before it (the window shows black), read
  back with ``GetWindowDisplayAffinity``.
- macOS: on Qt's cocoa platform the handle is an ``NSView*``; its ``window`` gets
  ``sharingType = NSWindowSharingNone``. ScreenCaptureKit (macOS 15+) ignores it, so
  this is only ever "best effort".
- Linux and others: no such API exists.

The OS calls sit behind small bridge objects (``Win32Affinity``, ``CocoaSharing``) so
tests on any OS can inject fakes. Nothing here raises: every outcome is a
``CaptureStatus`` with an English, actionable detail (translate ``template``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from breachguard.core.messages import N_

ACTIVE = "active"
BEST_EFFORT = "best_effort"
UNAVAILABLE = "unavailable"
FAILED = "failed"
STATES = (ACTIVE, BEST_EFFORT, UNAVAILABLE, FAILED)

WDA_NONE = 0x00
WDA_MONITOR = 0x01
WDA_EXCLUDEFROMCAPTURE = 0x11
EXCLUDE_FROM_CAPTURE_MIN_BUILD = 19041
NS_WINDOW_SHARING_NONE = 0
NS_WINDOW_SHARING_READ_ONLY = 1

PAUSE_ADVICE = N_("Pause screen sharing before you reveal anything.")

_TEXT_WINDOWS_HIDDEN = N_(
    "This window is hidden from screen sharing and screenshots by Windows. "
    "Your support agent sees an empty area instead."
)
_TEXT_WINDOWS_BLACK = N_(
    "This window shows as a black box in screen sharing and screenshots "
    "(this Windows version, build {build}, cannot hide it completely)."
)
_TEXT_WINDOWS_REFUSED = N_(
    "Windows refused to hide this window from screen sharing (error {code}). "
    "Pause screen sharing before you reveal anything."
)
_TEXT_WINDOWS_MISMATCH = N_(
    "Windows did not confirm that this window is hidden from screen sharing "
    "(it reports setting {actual}, expected {expected}). "
    "Pause screen sharing before you reveal anything."
)
_TEXT_WINDOWS_NO_WINDOW = N_(
    "This window has no native handle yet, so it cannot be hidden from screen sharing. "
    "Pause screen sharing before you reveal anything."
)
_TEXT_MAC_ASKED = N_(
    "macOS was asked to keep this window out of screen sharing. Newer macOS versions "
    "(15 and later) and some sharing apps ignore this, so pause screen sharing before "
    "you reveal anything."
)
_TEXT_MAC_FAILED = N_(
    "macOS could not be asked to keep this window out of screen sharing ({reason}). "
    "Pause screen sharing before you reveal anything."
)
_TEXT_CAN_HIDE = N_(
    "Windows can hide BreachGuard's private window from screen sharing and screenshots."
)
_TEXT_CAN_BLACK_OUT = N_(
    "This Windows version (build {build}) can only show BreachGuard's private window as "
    "a black box in screen sharing, not hide it."
)
_TEXT_MAC_CAN_ASK = N_(
    "macOS is asked to keep BreachGuard's private window out of screen sharing; macOS 15 "
    "and later and some sharing apps ignore this, so users pause sharing first."
)
_TEXT_LINUX = N_(
    "On Linux, no app can hide a window from screen sharing: pause sharing first, then reveal."
)
_TEXT_OTHER = N_(
    "This system offers no way to hide a window from screen sharing: pause sharing "
    "first, then reveal."
)


@dataclass(frozen=True)
class CaptureStatus:
    """Whether a window is (or can be) kept out of screen captures, and what to tell
    the user. ``template`` is an English sentence with ``{fields}`` from ``params``."""

    state: str
    template: str
    params: Mapping[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.state not in STATES:
            raise ValueError(f"unknown capture protection state {self.state!r}")

    @property
    def detail(self) -> str:
        """The English text, fields filled in."""
        return self.template.format(**self.params)

    @property
    def hidden(self) -> bool:
        """The OS confirmed the window is kept out of captures."""
        return self.state == ACTIVE


# What ``availability()`` reports: the same shape, decided without any window.
CaptureAvailability = CaptureStatus


class CaptureApi(Protocol):
    """One platform's way of keeping a window out of captures."""

    def availability(self) -> CaptureStatus: ...

    def protect(self, handle: int) -> CaptureStatus: ...

    def release(self, handle: int) -> CaptureStatus: ...


# -- Windows --------------------------------------------------------------------------------


class Win32Affinity(Protocol):
    """The two user32 calls; ``set_affinity`` raises OSError (``winerror``) on failure."""

    def set_affinity(self, hwnd: int, affinity: int) -> None: ...

    def get_affinity(self, hwnd: int) -> int: ...


class _User32Affinity:
    """The real user32 calls, loaded on first use (Windows only)."""

    def __init__(self) -> None:
        import ctypes
        from ctypes import wintypes

        self._ctypes = ctypes
        user32 = ctypes.WinDLL("user32", use_last_error=True)  # type: ignore[attr-defined]
        self._set = user32.SetWindowDisplayAffinity
        self._set.argtypes = [wintypes.HWND, wintypes.DWORD]
        self._set.restype = wintypes.BOOL
        self._get = user32.GetWindowDisplayAffinity
        self._get.argtypes = [wintypes.HWND, ctypes.POINTER(wintypes.DWORD)]
        self._get.restype = wintypes.BOOL
        self._dword = wintypes.DWORD

    def _error(self) -> OSError:
        code: int = self._ctypes.get_last_error()  # type: ignore[attr-defined]
        error = OSError(code, "user32 call failed")
        error.winerror = code  # type: ignore[attr-defined]
        return error

    def set_affinity(self, hwnd: int, affinity: int) -> None:
        if not self._set(hwnd, affinity):
            raise self._error()

    def get_affinity(self, hwnd: int) -> int:
        value = self._dword(0)
        if not self._get(hwnd, self._ctypes.byref(value)):
            raise self._error()
        return int(value.value)


def windows_build() -> int:
    """The running Windows build number (0 elsewhere)."""
    getter: Callable[[], Any] | None = getattr(sys, "getwindowsversion", None)
    return int(getter().build) if getter is not None else 0


def affinity_for_build(build: int) -> int:
    return WDA_EXCLUDEFROMCAPTURE if build >= EXCLUDE_FROM_CAPTURE_MIN_BUILD else WDA_MONITOR


class WindowsCapture:
    def __init__(self, user32: Win32Affinity | None = None, *, build: int | None = None) -> None:
        self._user32 = user32
        self.build = windows_build() if build is None else build

    @property
    def affinity(self) -> int:
        return affinity_for_build(self.build)

    def _api(self) -> Win32Affinity:
        if self._user32 is None:
            self._user32 = _User32Affinity()
        return self._user32

    def _success(self) -> CaptureStatus:
        if self.affinity == WDA_EXCLUDEFROMCAPTURE:
            return CaptureStatus(ACTIVE, _TEXT_WINDOWS_HIDDEN)
        return CaptureStatus(ACTIVE, _TEXT_WINDOWS_BLACK, {"build": self.build})

    def availability(self) -> CaptureStatus:
        if self.affinity == WDA_EXCLUDEFROMCAPTURE:
            return CaptureStatus(ACTIVE, _TEXT_CAN_HIDE)
        return CaptureStatus(ACTIVE, _TEXT_CAN_BLACK_OUT, {"build": self.build})

    def protect(self, handle: int) -> CaptureStatus:
        return self._apply(handle, self.affinity)

    def release(self, handle: int) -> CaptureStatus:
        return self._apply(handle, WDA_NONE)

    def _apply(self, handle: int, wanted: int) -> CaptureStatus:
        if not handle:
            return CaptureStatus(FAILED, _TEXT_WINDOWS_NO_WINDOW)
        try:
            api = self._api()
            api.set_affinity(handle, wanted)
            actual = api.get_affinity(handle)
        except OSError as exc:
            code = getattr(exc, "winerror", None) or exc.errno or 0
            return CaptureStatus(FAILED, _TEXT_WINDOWS_REFUSED, {"code": code})
        if actual != wanted:
            return CaptureStatus(
                FAILED,
                _TEXT_WINDOWS_MISMATCH,
                {"actual": f"0x{actual:02X}", "expected": f"0x{wanted:02X}"},
            )
        if wanted == WDA_NONE:
            return CaptureStatus(UNAVAILABLE, PAUSE_ADVICE)
        return self._success()


# -- macOS ----------------------------------------------------------------------------------


class CocoaSharing(Protocol):
    """Objective-C messages on the view's window; raise OSError when the runtime fails."""

    def window_of_view(self, view: int) -> int: ...

    def set_sharing_type(self, window: int, sharing_type: int) -> None: ...

    def sharing_type(self, window: int) -> int: ...


class _ObjcSharing:
    """``[[view window] setSharingType:]`` through the Objective-C runtime (macOS only)."""

    def __init__(self) -> None:
        import ctypes
        import ctypes.util

        path = ctypes.util.find_library("objc")
        if not path:
            raise OSError("the Objective-C runtime was not found")
        self._ctypes = ctypes
        self._objc = ctypes.cdll.LoadLibrary(path)
        self._objc.sel_registerName.restype = ctypes.c_void_p
        self._objc.sel_registerName.argtypes = [ctypes.c_char_p]
        address = ctypes.cast(self._objc.objc_msgSend, ctypes.c_void_p).value
        if not address:
            raise OSError("objc_msgSend was not found")
        # objc_msgSend must be called through a prototype matching each message.
        self._send_id = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(address)
        self._send_set = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong)(
            address
        )
        self._send_get = ctypes.CFUNCTYPE(ctypes.c_ulong, ctypes.c_void_p, ctypes.c_void_p)(address)

    def _sel(self, name: str) -> int:
        return int(self._objc.sel_registerName(name.encode("ascii")))

    def window_of_view(self, view: int) -> int:
        return int(self._send_id(view, self._sel("window")) or 0)

    def set_sharing_type(self, window: int, sharing_type: int) -> None:
        self._send_set(window, self._sel("setSharingType:"), sharing_type)

    def sharing_type(self, window: int) -> int:
        return int(self._send_get(window, self._sel("sharingType")))


class MacCapture:
    def __init__(self, cocoa: CocoaSharing | None = None) -> None:
        self._cocoa = cocoa

    def availability(self) -> CaptureStatus:
        return CaptureStatus(BEST_EFFORT, _TEXT_MAC_CAN_ASK)

    def protect(self, handle: int) -> CaptureStatus:
        return self._apply(handle, NS_WINDOW_SHARING_NONE)

    def release(self, handle: int) -> CaptureStatus:
        result = self._apply(handle, NS_WINDOW_SHARING_READ_ONLY)
        return result if result.state == FAILED else CaptureStatus(UNAVAILABLE, PAUSE_ADVICE)

    def _apply(self, handle: int, wanted: int) -> CaptureStatus:
        if not handle:
            return CaptureStatus(FAILED, _TEXT_MAC_FAILED, {"reason": "no native window yet"})
        try:
            if self._cocoa is None:
                self._cocoa = _ObjcSharing()
            window = self._cocoa.window_of_view(handle)
            if not window:
                return CaptureStatus(FAILED, _TEXT_MAC_FAILED, {"reason": "no NSWindow"})
            self._cocoa.set_sharing_type(window, wanted)
            actual = self._cocoa.sharing_type(window)
        except OSError as exc:
            return CaptureStatus(FAILED, _TEXT_MAC_FAILED, {"reason": str(exc) or "OSError"})
        if actual != wanted:
            return CaptureStatus(
                FAILED, _TEXT_MAC_FAILED, {"reason": f"sharingType stayed {actual}"}
            )
        # Even a confirmed read-back is no promise: ScreenCaptureKit ignores it.
        return CaptureStatus(BEST_EFFORT, _TEXT_MAC_ASKED)


# -- no API ------------------------------------------------------------------------------------


class NoCapture:
    def __init__(self, platform: str = "linux") -> None:
        self.platform = platform

    def availability(self) -> CaptureStatus:
        text = _TEXT_LINUX if self.platform.startswith("linux") else _TEXT_OTHER
        return CaptureStatus(UNAVAILABLE, text)

    def protect(self, handle: int) -> CaptureStatus:
        del handle
        return self.availability()

    def release(self, handle: int) -> CaptureStatus:
        del handle
        return self.availability()


def api_for_platform(platform: str | None = None) -> CaptureApi:
    """The capture API of ``platform`` (default: this machine's ``sys.platform``)."""
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        return WindowsCapture()
    if platform == "darwin":
        return MacCapture()
    return NoCapture(platform)


def availability(api: CaptureApi | None = None) -> CaptureAvailability:
    """What this machine can do, without a window (for the support report)."""
    return (api or api_for_platform()).availability()


def protect_window(handle: int, api: CaptureApi | None = None) -> CaptureStatus:
    """Hides the native window ``handle`` from captures and reads the result back."""
    return (api or api_for_platform()).protect(handle)
