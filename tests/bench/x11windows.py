"""Just enough libX11 (via ctypes) to see a process's windows and close them like a user.

There is no window manager on the benchmark's desktop, so an application's top-level
windows are direct children of the root window; one is on screen when its map state
is IsViewable. ``close`` sends WM_DELETE_WINDOW, what a window manager's close button
sends, so the application runs its normal close path.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from typing import Any

IS_VIEWABLE = 2
CLIENT_MESSAGE = 33
XA_CARDINAL = 6
NO_EVENT_MASK = 0
Window = ctypes.c_ulong
Atom = ctypes.c_ulong


class XWindowAttributes(ctypes.Structure):
    _fields_ = [
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("border_width", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("visual", ctypes.c_void_p),
        ("root", Window),
        ("c_class", ctypes.c_int),
        ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int),
        ("backing_store", ctypes.c_int),
        ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int),
        ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long),
        ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int),
        ("screen", ctypes.c_void_p),
    ]


class XClientMessageEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", Window),
        ("message_type", Atom),
        ("format", ctypes.c_int),
        ("l", ctypes.c_long * 5),
    ]


class XEvent(ctypes.Union):
    _fields_ = [("xclient", XClientMessageEvent), ("pad", ctypes.c_long * 24)]


ErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


def _ignore_x_error(_display: int | None, _event: int | None) -> int:
    """Windows come and go between XQueryTree and the next call: a BadWindow is normal.

    libX11's default error handler exits the process, so it is replaced.
    """
    return 0


_IGNORE_ERROR: Any = ErrorHandler(_ignore_x_error)  # kept alive: libX11 holds the pointer


def _load() -> Any:
    name = ctypes.util.find_library("X11") or "libX11.so.6"
    x = ctypes.cdll.LoadLibrary(name)
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x.XCloseDisplay.argtypes = [ctypes.c_void_p]
    x.XDefaultRootWindow.restype = Window
    x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x.XInternAtom.restype = Atom
    x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x.XQueryTree.argtypes = [
        ctypes.c_void_p,
        Window,
        ctypes.POINTER(Window),
        ctypes.POINTER(Window),
        ctypes.POINTER(ctypes.POINTER(Window)),
        ctypes.POINTER(ctypes.c_uint),
    ]
    x.XGetWindowAttributes.argtypes = [
        ctypes.c_void_p,
        Window,
        ctypes.POINTER(XWindowAttributes),
    ]
    x.XGetWindowProperty.argtypes = [
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
    ]
    x.XSendEvent.argtypes = [
        ctypes.c_void_p,
        Window,
        ctypes.c_int,
        ctypes.c_long,
        ctypes.POINTER(XEvent),
    ]
    x.XFlush.argtypes = [ctypes.c_void_p]
    x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x.XFree.argtypes = [ctypes.c_void_p]
    x.XSetErrorHandler.argtypes = [ErrorHandler]
    x.XSetErrorHandler(_IGNORE_ERROR)
    return x


class X11Windows:
    """One connection to the X server named by ``display`` (e.g. ":3")."""

    def __init__(self, display: str) -> None:
        self._x = _load()
        self._dpy = self._x.XOpenDisplay(display.encode())
        if not self._dpy:
            raise RuntimeError(f"cannot open X display {display}")
        self._root = self._x.XDefaultRootWindow(self._dpy)
        self._pid_atom = self._x.XInternAtom(self._dpy, b"_NET_WM_PID", 0)

    def close_display(self) -> None:
        if self._dpy:
            self._x.XCloseDisplay(self._dpy)
            self._dpy = None

    def _children(self) -> list[int]:
        root, parent = Window(), Window()
        children = ctypes.POINTER(Window)()
        count = ctypes.c_uint()
        if not self._x.XQueryTree(
            self._dpy,
            self._root,
            ctypes.byref(root),
            ctypes.byref(parent),
            ctypes.byref(children),
            ctypes.byref(count),
        ):
            return []
        found = [int(children[i]) for i in range(count.value)]
        if children:
            self._x.XFree(children)
        return found

    def _pid(self, window: int) -> int | None:
        actual, fmt = Atom(), ctypes.c_int()
        items, after = ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.c_void_p()
        status = self._x.XGetWindowProperty(
            self._dpy,
            window,
            self._pid_atom,
            0,
            1,
            0,
            XA_CARDINAL,
            ctypes.byref(actual),
            ctypes.byref(fmt),
            ctypes.byref(items),
            ctypes.byref(after),
            ctypes.byref(data),
        )
        if status != 0 or not data.value:
            return None
        try:
            if items.value < 1:
                return None
            return int(ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))[0])
        finally:
            self._x.XFree(data)

    def viewable(self, pid: int) -> set[int]:
        """Top-level windows of process ``pid`` that are on screen now."""
        self._x.XSync(self._dpy, 0)
        shown: set[int] = set()
        for window in self._children():
            attrs = XWindowAttributes()
            if not self._x.XGetWindowAttributes(self._dpy, window, ctypes.byref(attrs)):
                continue
            if attrs.map_state == IS_VIEWABLE and self._pid(window) == pid:
                shown.add(window)
        return shown

    def request_close(self, window: int) -> None:
        """Send WM_DELETE_WINDOW, as a window manager's close button does."""
        event = XEvent()
        event.xclient.type = CLIENT_MESSAGE
        event.xclient.window = window
        event.xclient.message_type = self._x.XInternAtom(self._dpy, b"WM_PROTOCOLS", 0)
        event.xclient.format = 32
        event.xclient.l[0] = self._x.XInternAtom(self._dpy, b"WM_DELETE_WINDOW", 0)
        event.xclient.l[1] = 0  # CurrentTime
        self._x.XSendEvent(self._dpy, window, 0, NO_EVENT_MASK, ctypes.byref(event))
        self._x.XFlush(self._dpy)
