"""The microphone on macOS: is the default input device running somewhere? (CoreAudio)

``kAudioDevicePropertyDeviceIsRunningSomewhere`` on the default input device is true
while any process captures from it, and is cheap to ask, so it runs in the GUI thread.
CoreAudio doesn't say which process (that needs a private API), so ``what`` names no
app. The camera has no such public property: no camera backend on macOS.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable

from backbreak.desktop.calls.source import MICROPHONE, Activity
from backbreak.desktop.reason import Reason
from backbreak.i18n import QT_TRANSLATE_NOOP

Query = Callable[[], "bool | None"]


def fourcc(code: str) -> int:
    """CoreAudio's four-character selectors (``'gone'``) as the UInt32 they are."""
    return int.from_bytes(code.encode("ascii"), "big")


SYSTEM_OBJECT = 1
DEFAULT_INPUT_DEVICE = fourcc("dIn ")
RUNNING_SOMEWHERE = fourcc("gone")
SCOPE_GLOBAL = fourcc("glob")
ELEMENT_MAIN = 0


class _Address(ctypes.Structure):
    _fields_ = (
        ("mSelector", ctypes.c_uint32),
        ("mScope", ctypes.c_uint32),
        ("mElement", ctypes.c_uint32),
    )


def _get_u32(lib: ctypes.CDLL, object_id: int, selector: int) -> int | None:
    address = _Address(selector, SCOPE_GLOBAL, ELEMENT_MAIN)
    value = ctypes.c_uint32(0)
    size = ctypes.c_uint32(ctypes.sizeof(value))
    status = lib.AudioObjectGetPropertyData(
        ctypes.c_uint32(object_id),
        ctypes.byref(address),
        ctypes.c_uint32(0),
        None,
        ctypes.byref(size),
        ctypes.byref(value),
    )
    return int(value.value) if status == 0 else None


def coreaudio_query() -> Query | None:
    """Asks CoreAudio, or None where the framework can't be loaded (not macOS)."""
    path = ctypes.util.find_library("CoreAudio")
    if path is None:
        return None
    try:
        lib = ctypes.CDLL(path)
    except OSError:
        return None

    def query() -> bool | None:
        device = _get_u32(lib, SYSTEM_OBJECT, DEFAULT_INPUT_DEVICE)
        if not device:
            return None
        running = _get_u32(lib, device, RUNNING_SOMEWHERE)
        return None if running is None else bool(running)

    return query


class CoreAudioMicrophoneBackend:
    """The default input device is capturing (macOS); the app is not known."""

    name = "coreaudio-microphone"
    source = MICROPHONE
    install_hint = ""

    def __init__(self, query: Query | None = None) -> None:
        self._query = query
        self._last: bool | None = None
        self.reason = ""

    def available(self) -> bool:
        if self._query is None:
            self._query = coreaudio_query()
        if self._query is None:
            self.reason = Reason(
                QT_TRANSLATE_NOOP("backend", "not macOS (no {framework} framework)"),
                framework="CoreAudio",
            )
            return False
        if self._query() is None:
            self.reason = Reason(
                QT_TRANSLATE_NOOP("backend", "{framework} has no default input device"),
                framework="CoreAudio",
            )
            return False
        self.reason = ""
        return True

    def in_call(self) -> bool | None:
        self._last = None if self._query is None else self._query()
        return self._last

    def what(self) -> str:
        return Activity(MICROPHONE).text() if self._last else ""
