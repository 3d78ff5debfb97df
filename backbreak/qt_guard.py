"""Workaround for PySide6 6.12.0 dropping references to ``None``/``True``/``False``.

PySide6/shiboken6 6.12.0 wrappers of ``void`` Qt methods (``QLabel.setText``,
``QWidget.setVisible``, ``QTimer.start``/``stop`` …) return ``Py_None`` without taking a
new reference, and emitting a ``Signal(bool)`` into Python does the same to ``True``.
From CPython 3.12 those singletons are immortal (PEP 683) and nothing happens; on 3.10
and 3.11 their count (~5000 after start-up) reaches zero after a few thousand calls
and the interpreter aborts with "Fatal Python error: none_dealloc". A tray app that
redraws a countdown once a second would die within the hour.

pyproject.toml excludes 6.12.0, so a normal install never gets it; this guard covers
installs that do anyway (a distro package, a pinned environment). It measures the leak
with a few harmless calls and only when it is there gives the three singletons a
reference count so large it can never reach zero: immortal, as on 3.12.

The decision and its reasons: README, Design notes, ADR-6.
"""

from __future__ import annotations

import sys

RESERVE = 1 << 40
"""A leaked reference a microsecond would take twelve days to use this up."""

_PROBE_CALLS = 64


def void_calls_leak_none() -> bool:
    """True when a ``void`` Qt call loses a reference to ``None`` in this process."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= _PROBE_CALLS // 2


def guard_singleton_refcounts() -> bool:
    """Make ``None``, ``True`` and ``False`` immortal if this PySide6 leaks them.

    Returns True when the guard was applied by this call. Call it once Qt is imported,
    before the event loop runs; calling it again is harmless.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if sys.getrefcount(None) >= RESERVE or not void_calls_leak_none():
        return False
    import ctypes

    for singleton in (None, True, False):
        # ob_refcnt is the first field of every PyObject.
        ctypes.c_ssize_t.from_address(id(singleton)).value += RESERVE
    return True
