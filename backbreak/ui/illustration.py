"""Load and paint an exercise's illustration poses with QtSvg.

Naming rule for poses: the catalog's ``illustration`` names the first pose
(``<id>.svg``); further poses of a movement are ``<id>-2.svg``, ``<id>-3.svg``, ...
beside it, numbered without gaps. Pose *k* shows where the k-th moving phase of one
repetition ends, so a phase shows the position it moves toward; a hold phase keeps the
pose before it (see :func:`pose_for_phase`). Per-side exercises are drawn for one side
and mirrored for the other by a horizontal flip, never by a second file.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from backbreak.assets_path import asset

if TYPE_CHECKING:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage

    from backbreak.domain.exercise import Exercise, PacePhase


def pose_paths(exercise: Exercise) -> list[Path]:
    """The exercise's pose files in order; empty when it has no (existing) illustration."""
    if not exercise.illustration:
        return []
    first = asset("illustrations", exercise.illustration)
    if not first.is_file():
        return []
    paths = [first]
    while True:
        nxt = first.with_name(f"{first.stem}-{len(paths) + 1}{first.suffix}")
        if not nxt.is_file():
            return paths
        paths.append(nxt)


def pose_for_phase(pace: Sequence[PacePhase], phase_index: int, pose_count: int) -> int:
    """Index of the pose to show during phase ``phase_index`` of one repetition."""
    if pose_count <= 1:
        return 0
    moving = sum(1 for phase in pace[: phase_index + 1] if not phase.hold)
    return max(moving - 1, 0) % pose_count


def render_pose(path: Path, size: QSize, *, mirrored: bool = False, ratio: float = 1.0) -> QImage:
    """Render one SVG pose into a transparent image of ``size``, keeping its aspect ratio.

    ``mirrored`` flips it left-right: the other side of a per-side exercise. An SVG that
    does not parse gives a transparent image (the caller may show the text steps alone).
    ``ratio`` is the screen's device pixel ratio: the image has ``size × ratio`` pixels,
    drawn from the SVG at that resolution (sharp on HiDPI, never a scaled-up bitmap),
    and shows at ``size`` logical pixels.
    """
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter, QTransform
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        return image
    view = renderer.viewBoxF()
    scale = min(size.width() / view.width(), size.height() / view.height())
    w, h = view.width() * scale, view.height() * scale
    target = QRectF((size.width() - w) / 2, (size.height() - h) / 2, w, h)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if mirrored:
        painter.setTransform(QTransform(-1, 0, 0, 1, size.width(), 0))
    renderer.render(painter, target)
    painter.end()
    return image
