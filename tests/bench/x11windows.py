"""Just enough more of libX11 to see a process's windows and close them like a user.

There is no window manager on the benchmark's desktop, so an application's top-level
windows are direct children of the root window; one is on screen when its map state
is IsViewable. ``close`` sends WM_DELETE_WINDOW, what a window manager's close button
sends, so the application runs its normal close path.

The connection, the atoms, window properties and the error handler that ignores
BadWindow (windows come and go between XQueryTree and the next call) are the app's own
(``backbreak.desktop.xlib``); declared here are only the calls the app doesn't make.
"""

from __future__ import annotations

import ctypes

from backbreak.desktop.xlib import Window, XDisplay, open_display

IS_VIEWABLE = 2
CLIENT_MESSAGE = 33
NO_EVENT_MASK = 0


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
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("l", ctypes.c_long * 5),
    ]


class XEvent(ctypes.Union):
    _fields_ = [("xclient", XClientMessageEvent), ("pad", ctypes.c_long * 24)]


def _declare_extras(x: ctypes.CDLL) -> None:
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
    x.XSendEvent.argtypes = [
        ctypes.c_void_p,
        Window,
        ctypes.c_int,
        ctypes.c_long,
        ctypes.POINTER(XEvent),
    ]
    x.XFlush.argtypes = [ctypes.c_void_p]
    x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]


class X11Windows:
    """One connection to the X server named by ``display`` (e.g. ":3")."""

    def __init__(self, display: str) -> None:
        opened = open_display(display)
        if opened is None:
            raise RuntimeError(f"cannot open X display {display} (or libX11 is missing)")
        self._display: XDisplay = opened
        self._x = opened.lib
        self._dpy = opened.handle
        _declare_extras(self._x)

    def close_display(self) -> None:
        self._display.close()

    def _children(self) -> list[int]:
        root, parent = Window(), Window()
        children = ctypes.POINTER(Window)()
        count = ctypes.c_uint()
        if not self._x.XQueryTree(
            self._dpy,
            self._display.root,
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
        values = self._display.property_values(window, "_NET_WM_PID")
        return values[0] if values else None

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
        event.xclient.message_type = self._display.atom("WM_PROTOCOLS")
        event.xclient.format = 32
        event.xclient.l[0] = self._display.atom("WM_DELETE_WINDOW")
        event.xclient.l[1] = 0  # CurrentTime
        self._x.XSendEvent(self._dpy, window, 0, NO_EVENT_MASK, ctypes.byref(event))
        self._x.XFlush(self._dpy)
