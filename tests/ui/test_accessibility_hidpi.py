"""At ``QT_SCALE_FACTOR=2`` (HiDPI) the illustrations are drawn at the device's pixels
(sharp, not a scaled-up bitmap) and the session window's layout holds.

The scale factor is read when the application starts, so each check runs in a fresh
Python process on the offscreen platform."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

PROBE = textwrap.dedent(
    """
    import json
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication, QPushButton
    app = QApplication([])
    from backbreak.domain.catalog import load_catalog
    from backbreak.ui.illustration import pose_paths, render_pose
    from backbreak.ui.session_illustration import IllustrationView
    catalog = load_catalog().catalog
    exercise = catalog.exercises["cat-camel"]
    ratio = app.primaryScreen().devicePixelRatio()
    image = render_pose(pose_paths(exercise)[0], QSize(200, 150), ratio=ratio)
    view = IllustrationView()
    view.set_exercise(exercise)
    view.resize(300, 240)
    view.show()
    app.processEvents()
    grabbed = view.grab()
    out = {
        "ratio": ratio,
        "image": [image.width(), image.height(), image.devicePixelRatio()],
        "view": [grabbed.width(), grabbed.height(), grabbed.devicePixelRatio()],
    }
    pixels = grabbed.toImage()
    out["split_pairs"] = sum(
        any(pixels.pixel(x, y) != pixels.pixel(x, y + 1) for x in range(pixels.width()))
        for y in range(0, pixels.height() - 1, 2)
    )
    from backbreak.domain.settings import Settings
    from backbreak.ui.session_window import SessionWindow
    class Rec:
        def record_exercise(self, r): pass
        def record_break(self, r): pass
    w = SessionWindow(catalog, ["calf-stretch-lunge"], title="HiDPI", break_id=None,
                      recorder=Rec(), settings=Settings(sounds_enabled=False))
    w.resize(1000, 700)
    w.show()
    w._next(); w._next()
    app.processEvents()
    shown = [b for b in w.controls.buttons.values() if b.isVisible()]
    bar = w.controls.rect()
    out["buttons_inside"] = all(
        bar.contains(b.geometry()) and b.width() >= b.minimumSizeHint().width() for b in shown
    )
    out["overlaps"] = sum(
        a.geometry().intersects(b.geometry()) for i, a in enumerate(shown) for b in shown[i+1:]
    )
    big = w.exercise_page.big
    out["big_fits"] = big.fontMetrics().horizontalAdvance(big.text()) <= big.width()
    print(json.dumps(out))
    """
)


def _probe(scale: str) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.fixture(scope="module")
def at_two() -> dict[str, object]:
    return _probe("2")


def test_illustration_is_drawn_at_device_pixels(at_two: dict[str, object]) -> None:
    """The pose image and the illustration view both carry ratio 2 and twice the pixels."""
    assert at_two["ratio"] == 2
    assert at_two["image"] == [400, 300, 2]
    assert at_two["view"] == [600, 480, 2]


def test_device_rows_are_drawn_not_doubled(at_two: dict[str, object]) -> None:
    """A picture scaled up 2× from logical pixels repeats each row in pairs; the SVG
    drawn at device pixels differs within many of those pairs (its edges fall anywhere)."""
    assert at_two["split_pairs"] > 40


def test_session_layout_holds_at_scale_two(at_two: dict[str, object]) -> None:
    assert at_two["buttons_inside"] is True
    assert at_two["overlaps"] == 0
    assert at_two["big_fits"] is True
