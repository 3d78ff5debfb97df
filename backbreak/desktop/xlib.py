"""The few Xlib calls backbreak needs, through ctypes (no python-xlib dependency).

Two questions are asked of the X server: how long since the last input
(MIT-SCREEN-SAVER extension, libXss) and whether the active window is full screen
(EWMH ``_NET_ACTIVE_WINDOW`` + ``_NET_WM_STATE_FULLSCREEN``). Both libraries may be
missing (Wayland-only, Windows, macOS, a minimal container): :func:`open_display`
then answers ``None`` and the callers say "not here".

Xlib's default error handler calls ``exit()``; a window can vanish between reading
``_NET_ACTIVE_WINDOW`` and reading its state (BadWindow), so a handler that ignores
errors is installed once, before the first display is opened.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import sys
from collections.abc import Callable

from backbreak.desktop.reason import Reason, install_package
from backbreak.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

Window = ctypes.c_ulong
Atom = ctypes.c_ulong
ANY_PROPERTY_TYPE = 0
SUCCESS = 0


class XScreenSaverInfo(ctypes.Structure):
    """``XScreenSaverInfo`` from ``<X11/extensions/scrnsaver.h>``."""

    _fields_ = (
        ("window", Window),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),
        ("event_mask", ctypes.c_ulong),
    )


LibraryLoader = Callable[[str, str], "ctypes.CDLL | None"]


def load_library(short_name: str, soname: str) -> ctypes.CDLL | None:
    """Load ``lib<short_name>`` by its soname, then by ``find_library``; ``None`` if absent."""
    for candidate in (soname, ctypes.util.find_library(short_name)):
        if not candidate:
            continue
        try:
            return ctypes.CDLL(candidate)
        except OSError:
            continue
    return None


_ERROR_HANDLER_TYPE = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


def _ignore_x_error(_display: int | None, _event: int | None) -> int:
    return 0


_error_handler = _ERROR_HANDLER_TYPE(_ignore_x_error)
"""Kept at module level: ctypes callbacks must outlive their registration."""


def _declare_x11(x11: ctypes.CDLL) -> None:
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = (ctypes.c_char_p,)
    x11.XCloseDisplay.argtypes = (ctypes.c_void_p,)
    x11.XDefaultRootWindow.restype = Window
    x11.XDefaultRootWindow.argtypes = (ctypes.c_void_p,)
    x11.XInternAtom.restype = Atom
    x11.XInternAtom.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int)
    x11.XGetWindowProperty.restype = ctypes.c_int
    x11.XGetWindowProperty.argtypes = (
        ctypes.c_void_p,
        Window,
        Atom,
        ctypes.c_long,
        ctypes.c_long,
        ctypes.c_int,
        Atom,
        ctypes.POINTER(Atom),
        ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_void_p),
    )
    x11.XFree.argtypes = (ctypes.c_void_p,)
    x11.XSetErrorHandler.argtypes = (_ERROR_HANDLER_TYPE,)
    x11.XSetErrorHandler.restype = ctypes.c_void_p


def _declare_xss(xss: ctypes.CDLL) -> None:
    xss.XScreenSaverQueryExtension.restype = ctypes.c_int
    xss.XScreenSaverQueryExtension.argtypes = (
        ctypes.c_void_p,
        ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_int),
    )
    xss.XScreenSaverQueryInfo.restype = ctypes.c_int
    xss.XScreenSaverQueryInfo.argtypes = (
        ctypes.c_void_p,
        Window,
        ctypes.POINTER(XScreenSaverInfo),
    )


class XDisplay:
    """An open connection to an X server; ask it about idle time and full screen."""

    def __init__(self, x11: ctypes.CDLL, xss: ctypes.CDLL | None, display: int) -> None:
        self._x11 = x11
        self._xss = xss
        self._display: int | None = display
        self.root: int = int(x11.XDefaultRootWindow(display))
        self._atoms: dict[str, int] = {}
        self.has_screensaver_extension = False
        if xss is not None:
            event_base, error_base = ctypes.c_int(), ctypes.c_int()
            self.has_screensaver_extension = bool(
                xss.XScreenSaverQueryExtension(
                    display, ctypes.byref(event_base), ctypes.byref(error_base)
                )
            )

    @property
    def lib(self) -> ctypes.CDLL:
        """libX11, with the calls this class makes declared (a caller may declare more)."""
        return self._x11

    @property
    def handle(self) -> int | None:
        """The ``Display*`` for further Xlib calls; ``None`` once closed."""
        return self._display

    def close(self) -> None:
        if self._display is not None:
            self._x11.XCloseDisplay(self._display)
            self._display = None

    def idle_ms(self) -> int | None:
        """Milliseconds since the last keyboard/pointer input, or ``None``."""
        if self._display is None or self._xss is None or not self.has_screensaver_extension:
            return None
        info = XScreenSaverInfo()
        if not self._xss.XScreenSaverQueryInfo(self._display, self.root, ctypes.byref(info)):
            return None
        return int(info.idle)

    def atom(self, name: str) -> int:
        if name not in self._atoms:
            self._atoms[name] = int(self._x11.XInternAtom(self._display, name.encode(), False))
        return self._atoms[name]

    def property_values(self, window: int, name: str) -> list[int]:
        """A 32-bit property (window ids, atoms, cardinals) as a list; [] if unset."""
        if self._display is None or not window:
            return []
        actual_type, actual_format = Atom(), ctypes.c_int()
        nitems, bytes_after = ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.c_void_p()
        status = self._x11.XGetWindowProperty(
            self._display,
            window,
            self.atom(name),
            0,
            1024,
            False,
            ANY_PROPERTY_TYPE,
            ctypes.byref(actual_type),
            ctypes.byref(actual_format),
            ctypes.byref(nitems),
            ctypes.byref(bytes_after),
            ctypes.byref(data),
        )
        if status != SUCCESS or not data.value:
            return []
        try:
            if actual_format.value != 32:
                return []
            # format 32 properties come back as an array of C longs
            items = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [int(items[i]) for i in range(nitems.value)]
        finally:
            self._x11.XFree(data)

    def active_window(self) -> int:
        values = self.property_values(self.root, "_NET_ACTIVE_WINDOW")
        return values[0] if values else 0

    def active_window_fullscreen(self) -> bool:
        """Whether the window the window manager calls active is in full-screen state."""
        window = self.active_window()
        if not window:
            return False
        return self.atom("_NET_WM_STATE_FULLSCREEN") in self.property_values(
            window, "_NET_WM_STATE"
        )


def open_display(
    display_name: str | None = None, *, loader: LibraryLoader = load_library
) -> XDisplay | None:
    """Open ``display_name`` (default ``$DISPLAY``); ``None`` if libX11 or the server is missing.

    libXss is optional: without it the display still answers full-screen questions
    and :meth:`XDisplay.idle_ms` is ``None``.
    """
    name = display_name if display_name is not None else os.environ.get("DISPLAY", "")
    if not name:
        return None
    x11 = loader("X11", "libX11.so.6")
    if x11 is None:
        log.debug("libX11 not found")
        return None
    _declare_x11(x11)
    x11.XSetErrorHandler(_error_handler)
    display = x11.XOpenDisplay(name.encode())
    if not display:
        log.debug("cannot open X display %r", name)
        return None
    xss = loader("Xss", "libXss.so.1")
    if xss is not None:
        _declare_xss(xss)
    return XDisplay(x11, xss, int(display))


def wayland_session() -> bool:
    """True in a Wayland session, where an X11 answer would cover XWayland windows only."""
    return bool(os.environ.get("WAYLAND_DISPLAY")) or (
        os.environ.get("XDG_SESSION_TYPE", "").lower() == "wayland"
    )


def connect_x11(
    display_name: str | None,
    opener: Callable[[str | None], XDisplay | None],
    on_wayland: str,
) -> tuple[XDisplay | None, str]:
    """Open the X display for an X11 backend, or say why this is no place for one.

    ``on_wayland`` is what the backend would get wrong under Wayland; it goes in the
    reason (a :class:`Reason`, translated with it).
    """
    if sys.platform in ("win32", "darwin"):
        return None, Reason(QT_TRANSLATE_NOOP("backend", "not an X11 platform"))
    if display_name is None and wayland_session():
        #: {effect} says what an X11 backend would get wrong in a Wayland session.
        return None, Reason(
            QT_TRANSLATE_NOOP("backend", "Wayland session ({effect})"), effect=on_wayland
        )
    if not (display_name or os.environ.get("DISPLAY")):
        return None, Reason(QT_TRANSLATE_NOOP("backend", "no {variable}"), variable="DISPLAY")
    display = opener(display_name)
    if display is None:
        return None, Reason(
            QT_TRANSLATE_NOOP("backend", "cannot open the X display or {library} is missing"),
            library="libX11",
        )
    return display, ""


def x11_hint(reason: str) -> str:
    """What to install when the reason is a missing library (nothing helps on Wayland)."""
    if "libX11" not in reason:
        return ""
    return install_package("libx11-6")


class X11Backend:
    """Shared by the X11 backends: one display connection, opened on first use, kept."""

    def __init__(
        self,
        display_name: str | None = None,
        *,
        opener: Callable[[str | None], XDisplay | None] = open_display,
    ) -> None:
        self._display_name = display_name
        self._opener = opener
        self._display: XDisplay | None = None
        self.reason = ""
        self.install_hint = ""

    def close(self) -> None:
        if self._display is not None:
            self._display.close()
            self._display = None
