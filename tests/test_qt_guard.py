"""The guard against PySide6 6.12.0's lost references keeps a busy window alive.

Without it, CPython < 3.12 aborts ("none_dealloc") after a few thousand void Qt calls
on that PySide6 release: a countdown redrawn once a second would end the app.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

from backbreak.qt_guard import guard_singleton_refcounts, void_calls_leak_none


def test_twenty_thousand_void_calls_survive() -> None:
    """Several hours' worth of once-a-second label updates, in a fresh interpreter."""
    code = textwrap.dedent(
        """
        from PySide6.QtWidgets import QApplication, QLabel
        from backbreak.qt_guard import guard_singleton_refcounts
        app = QApplication([])
        guard_singleton_refcounts()
        label = QLabel()
        for i in range(20_000):
            label.setText(str(i))
            label.setVisible(i % 2 == 0)
        print("alive")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "alive"


def test_guard_applies_at_most_once() -> None:
    guard_singleton_refcounts()
    assert guard_singleton_refcounts() is False
    assert not void_calls_leak_none() or sys.getrefcount(None) > 1 << 39
