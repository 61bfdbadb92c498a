"""Can Qt open a window here? Asked before the QApplication exists.

When Qt cannot start its platform plugin it aborts the whole process, and its
message misleads: with no display at all it still says that libxcb-cursor0 "is
needed". This check answers first, in one line a user can act on: there is no
display, the display does not answer, or a named system library is missing (with
the Debian/Ubuntu package that provides it).

It follows Qt's own choice of platform (``QT_QPA_PLATFORM``, else Wayland first
in a Wayland session, else X11), loads the plugin file Qt would load, and opens
and closes one connection to the display. Nothing here imports Qt; platforms
that need no display (offscreen, minimal, …) and other operating systems are
never questioned.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

# Platforms this check knows how to question; any other is Qt's business.
_DISPLAY_PLATFORMS = {"xcb": "X11", "wayland": "Wayland", "wayland-egl": "Wayland"}
_PLUGIN_FILES = {
    "xcb": ("libqxcb.so",),
    "wayland": ("libqwayland.so", "libqwayland-generic.so"),
    "wayland-egl": ("libqwayland.so", "libqwayland-egl.so"),
}
_MISSING_LIBRARY = re.compile(
    r"(?P<soname>[^\s:/]+\.so(?:\.[0-9]+)*): cannot open shared object file"
)
# Libraries inside the PySide6 wheel: never a system package's business.
_BUNDLED_WITH_PYSIDE6 = ("libQt6", "libicu", "libpyside6", "libshiboken6")
# Debian names a library package after its soname (libfoo.so.1 → libfoo1, and
# libfoo-x11.so.0 → libfoo-x11-0); these are the exceptions among Qt's libraries.
_PACKAGE_EXCEPTIONS = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libz.so.1": "zlib1g",
    "libbrotlicommon.so.1": "libbrotli1",
    "libbrotlidec.so.1": "libbrotli1",
    **dict.fromkeys(
        ("libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "libresolv.so.2", "librt.so.1"),
        "libc6",
    ),
}


def debian_package(soname: str) -> str | None:
    """The Debian/Ubuntu package that usually provides ``soname``, by Debian's
    library naming policy (None when the name does not follow it)."""
    if soname in _PACKAGE_EXCEPTIONS:
        return _PACKAGE_EXCEPTIONS[soname]
    match = re.fullmatch(
        r"(?P<name>lib[A-Za-z0-9_+.-]+?)\.so\.(?P<version>[0-9]+)(\.[0-9]+)*", soname
    )
    if match is None:
        return None
    name = match["name"].lower().replace("_", "-")
    separator = "-" if name[-1].isdigit() else ""
    return f"{name}{separator}{match['version']}"


def qt_plugins_dir() -> Path | None:
    """PySide6's own plugin folder, found without importing PySide6."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        candidate = Path(location) / "Qt" / "plugins"
        if candidate.is_dir():
            return candidate
    return None


def requested_platforms(environ: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt will try, in order."""
    requested = environ.get("QT_QPA_PLATFORM", "")
    if requested.strip():
        return [part.split(":")[0].strip() for part in requested.split(";") if part.strip()]
    if environ.get("XDG_SESSION_TYPE", "").strip().lower() == "wayland":
        return ["wayland", "xcb"]
    return ["xcb"]


def _load_problem(platform: str, plugins: Path) -> str | None:
    """Why the platform plugin file cannot be loaded, or None."""
    name = _DISPLAY_PLATFORMS[platform]
    files = [plugins / "platforms" / f for f in _PLUGIN_FILES[platform]]
    plugin = next((path for path in files if path.is_file()), None)
    if plugin is None:
        return None  # another Qt layout: Qt will report what it finds
    try:
        ctypes.CDLL(str(plugin))  # what Qt does next; loaded once, reused by Qt
    except OSError as exc:
        missing = _MISSING_LIBRARY.search(str(exc))
        if missing is None:
            return f"Qt's {name} platform plugin cannot be loaded: {exc}"
        soname = missing["soname"]
        if soname.startswith(_BUNDLED_WITH_PYSIDE6):
            return (
                f"Qt's {name} platform plugin needs {soname}, which PySide6 brings itself: "
                f"its installation in {plugins.parent.parent} is incomplete; reinstall it"
            )
        package = debian_package(soname)
        advice = (
            f"; on Debian or Ubuntu: sudo apt-get install {package}"
            if package
            else "; install the package that provides it"
        )
        return f"Qt's {name} platform plugin needs {soname}, which is not installed{advice}"
    return None


def _x11_connects(display: str) -> bool:
    xcb = ctypes.CDLL("libxcb.so.1")  # already loaded with the plugin
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return bool(connection) and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection:
            xcb.xcb_disconnect(connection)


def _wayland_connects(display: str) -> bool:
    client = ctypes.CDLL("libwayland-client.so.0")
    client.wl_display_connect.restype = ctypes.c_void_p
    client.wl_display_connect.argtypes = [ctypes.c_char_p]
    client.wl_display_disconnect.argtypes = [ctypes.c_void_p]
    connection = client.wl_display_connect(display.encode())
    if connection:
        client.wl_display_disconnect(connection)
    return bool(connection)


def _platform_problem(
    platform: str, environ: Mapping[str, str], plugins: Path | None
) -> str | None:
    if platform == "xcb":
        display = environ.get("DISPLAY", "").strip()
        if not display:
            return "no X11 display: DISPLAY is not set"
    else:
        runtime = environ.get("XDG_RUNTIME_DIR", "").strip()
        display = environ.get("WAYLAND_DISPLAY", "").strip()
        if not display and not (runtime and Path(runtime, "wayland-0").exists()):
            return "no Wayland display: WAYLAND_DISPLAY is not set"
        display = display or "wayland-0"
    if plugins is not None:
        problem = _load_problem(platform, plugins)
        if problem is not None:
            return problem
    connects = _x11_connects if platform == "xcb" else _wayland_connects
    try:
        if connects(display):
            return None
    except OSError:
        return None  # the client library is elsewhere; let Qt try
    return f"cannot connect to the {_DISPLAY_PLATFORMS[platform]} display {display}"


def display_problem(
    environ: Mapping[str, str] | None = None, plugins: Path | None = None
) -> str | None:
    """None when Qt can open a window, else one line saying why not.

    ``environ`` defaults to the process environment and ``plugins`` to PySide6's
    plugin folder (tests pass their own)."""
    if not sys.platform.startswith("linux"):
        return None
    env = os.environ if environ is None else environ
    platforms = requested_platforms(env)
    if platforms[0] not in _DISPLAY_PLATFORMS:
        return None  # offscreen, minimal, vnc, …: no display needed
    if not env.get("QT_QPA_PLATFORM", "").strip() and not (
        env.get("DISPLAY", "").strip() or env.get("WAYLAND_DISPLAY", "").strip()
    ):
        return (
            "no graphical display: neither DISPLAY nor WAYLAND_DISPLAY is set; start it "
            "from a desktop session (QT_QPA_PLATFORM=offscreen runs it without a window)"
        )
    plugins = qt_plugins_dir() if plugins is None else plugins
    problems = []
    for platform in platforms:
        if platform not in _DISPLAY_PLATFORMS:
            return None  # a later fallback Qt can always use
        problem = _platform_problem(platform, env, plugins)
        if problem is None:
            return None
        problems.append(problem)
    return problems[0]
