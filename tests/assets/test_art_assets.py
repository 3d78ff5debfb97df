"""Every exercise has a drawing that renders, and the icons the tray needs exist and render."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from backbreak.assets_path import asset
from backbreak.domain.catalog import load_catalog
from backbreak.domain.exercise import PacePhase
from backbreak.ui.illustration import pose_for_phase, pose_paths, render_pose

EXERCISES = list(load_catalog().catalog.exercises.values())
ICONS = [
    "tray-idle.svg",
    "tray-due.svg",
    "tray-paused.svg",
    "tray-idle-symbolic.svg",
    "tray-due-symbolic.svg",
    "tray-paused-symbolic.svg",
    "io.github.backbreak.Backbreak.svg",
]


def _ink(image: QImage) -> int:
    """Count pixels that are not fully transparent."""
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).alpha() > 0
    )


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_every_exercise_has_poses_that_render(qapp: object, exercise: object) -> None:
    """The session window shows these instead of videos: a missing or blank one is a bug."""
    paths = pose_paths(exercise)  # type: ignore[arg-type]
    assert paths, "no illustration"
    for path in paths:
        image = render_pose(path, QSize(240, 180))
        assert _ink(image) > 300, f"{path.name} renders (nearly) empty"


def test_movements_have_at_least_two_poses() -> None:
    """A movement is paced between positions, so it needs a start and an end pose."""
    for exercise in EXERCISES:
        if exercise.dose.reps is not None:
            assert len(pose_paths(exercise)) >= 2, exercise.id


def test_mirrored_pose_is_the_flip(qapp: object) -> None:
    """The other side is drawn by a flip, so a mirrored render equals the flipped render."""
    path = pose_paths(EXERCISES[0])[0]
    plain = render_pose(path, QSize(120, 90))
    mirrored = render_pose(path, QSize(120, 90), mirrored=True)
    assert mirrored.pixel(10, 80) == plain.pixel(109, 80)
    assert mirrored != plain


@pytest.mark.parametrize("name", ICONS)
def test_icons_render(qapp: object, name: str) -> None:
    """The tray and the desktop entry point at these files."""
    image = render_pose(asset("icons", name), QSize(24, 24))
    assert _ink(image) > 20


def test_hold_phases_keep_the_pose() -> None:
    """A hold shows the position just reached; moving phases advance through the poses."""
    pace = [
        PacePhase(cue="Round up", seconds=2),
        PacePhase(cue="Hold", hold=True),
        PacePhase(cue="Sink", seconds=2),
        PacePhase(cue="Hold", hold=True),
    ]
    assert [pose_for_phase(pace, i, 2) for i in range(4)] == [0, 0, 1, 1]
    assert pose_for_phase(pace, 3, 1) == 0


@pytest.mark.qt_log_ignore(r"^Cannot read file .*bad\.svg")  # the damage this test makes
def test_broken_svg_renders_transparent(qapp: object, tmp_path: Path) -> None:
    """A damaged file must not crash the session window."""
    bad = tmp_path / "bad.svg"
    bad.write_text("<svg", encoding="utf-8")
    assert _ink(render_pose(bad, QSize(40, 30))) == 0
