"""Render every illustration pose (and its mirror) and every icon onto one PNG for review.

    python packaging/make_contact_sheet.py [OUT.png] [--cell 240]

The output stays out of git (default /tmp/backbreak-contact-sheet.png). Icons are shown
at 16, 22 and 24 px on a light and a dark panel colour, and at 64 px.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_NAMES = [
    "tray-idle",
    "tray-due",
    "tray-paused",
    "tray-idle-symbolic",
    "tray-due-symbolic",
    "tray-paused-symbolic",
    "io.github.backbreak.Backbreak",
]
PANELS = ("#f6f5f4", "#2b2b2b")
TRAY_SIZES = (16, 22, 24)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="/tmp/backbreak-contact-sheet.png")
    parser.add_argument("--cell", type=int, default=240, help="width of one pose, in px")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QRectF, QSize
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen
    from PySide6.QtSvg import QSvgRenderer

    from backbreak.domain.catalog import load_catalog
    from backbreak.ui.illustration import pose_paths, render_pose

    _app = QGuiApplication.instance() or QGuiApplication([])
    cell = QSize(args.cell, args.cell * 3 // 4)
    rows = []
    for exercise in load_catalog().catalog.exercises.values():
        paths = pose_paths(exercise)
        images = [render_pose(p, cell) for p in paths]
        if exercise.dose.per_side or exercise.dose.alternating:
            images += [render_pose(p, cell, mirrored=True) for p in paths]
        rows.append(images)
    columns = max(len(r) for r in rows)
    gap = 6
    icon_h = len(PANELS) * 40 + 80
    sheet = QImage(
        columns * (cell.width() + gap) + gap,
        len(rows) * (cell.height() + gap) + gap + icon_h,
        QImage.Format.Format_ARGB32,
    )
    sheet.fill(QColor("#d0d4d8"))
    painter = QPainter(sheet)
    painter.setPen(QPen(QColor("#9aa3ad")))
    for r, images in enumerate(rows):
        for c, image in enumerate(images):
            x, y = gap + c * (cell.width() + gap), gap + r * (cell.height() + gap)
            painter.fillRect(x, y, cell.width(), cell.height(), QColor("white"))
            painter.drawImage(x, y, image)
    top = gap + len(rows) * (cell.height() + gap)
    for p, panel in enumerate(PANELS):
        y = top + p * 40
        painter.fillRect(0, y, sheet.width(), 40, QColor(panel))
        for i, name in enumerate(ICON_NAMES):
            renderer = QSvgRenderer(str(ROOT / "assets" / "icons" / f"{name}.svg"))
            x = 10 + i * 90
            for size in TRAY_SIZES:
                renderer.render(painter, QRectF(x, y + (40 - size) / 2, size, size))
                x += size + 6
    y = top + len(PANELS) * 40 + 8
    for i, name in enumerate(ICON_NAMES):
        QSvgRenderer(str(ROOT / "assets" / "icons" / f"{name}.svg")).render(
            painter, QRectF(10 + i * 90, y, 64, 64)
        )
    painter.end()
    if not sheet.save(args.out):
        print(f"could not write {args.out}", file=sys.stderr)
        return 1
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
