"""Draw backbreak's icons: the app icon, the tray states and their symbolic variants.

Run once after changing a shape; the generated files are committed::

    python packaging/draw_icons.py            # SVGs into assets/icons/
    python packaging/draw_icons.py --png      # also the hicolor PNG sizes (needs PySide6)

Every icon is built from the same little figure (a head circle and thick rounded strokes)
as the exercise illustrations. The tray states differ in shape, not only in colour, so they
read for colour-blind users too: *idle* is a figure sitting, *due* a figure standing up
with both arms stretched overhead, *paused* the sitting figure with a pause sign. The
coloured tray icons sit on a filled disk, so they keep their contrast on light and dark
panels alike. The symbolic variants follow the freedesktop convention: one flat colour
(#bebebe) that the desktop recolours to match its panel.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "assets" / "icons"
APP_ID = "io.github.backbreak.Backbreak"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)

TEAL = "#1f7a70"
ORANGE = "#d9480f"
GREY = "#6e6d73"
WHITE = "#ffffff"
SYMBOLIC = "#bebebe"

Point = tuple[float, float]


def _svg(size: int, body: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" '
        f'viewBox="0 0 {size} {size}">\n{body}</svg>\n'
    )


def _polyline(points: Sequence[Point], colour: str, width: float) -> str:
    coords = " ".join(f"{x:g},{y:g}" for x, y in points)
    return (
        f'<polyline points="{coords}" fill="none" stroke="{colour}" stroke-width="{width:g}" '
        'stroke-linecap="round" stroke-linejoin="round"/>\n'
    )


def _circle(c: Point, r: float, fill: str, extra: str = "") -> str:
    return f'<circle cx="{c[0]:g}" cy="{c[1]:g}" r="{r:g}" fill="{fill}"{extra}/>\n'


def sitting_figure(colour: str, width: float = 2.6) -> str:
    """A person sitting upright, facing right, on the 24-unit grid."""
    return (
        _circle((9.5, 5.5), 2.7, colour)
        + _polyline([(9.5, 9.6), (9.5, 15), (15.5, 15), (15.5, 20)], colour, width)
        + _polyline([(9.5, 10.6), (13.2, 13.4)], colour, width * 0.85)
    )


def stretching_figure(colour: str, width: float = 2.6) -> str:
    """A person standing with both arms reaching up in a wide V, on the 24-unit grid."""
    return (
        _circle((12, 7.4), 2.6, colour)
        + _polyline([(6.6, 3.6), (9.3, 11.2), (12, 11.2), (14.7, 11.2), (17.4, 3.6)], colour, width)
        + _polyline([(12, 11), (12, 15.4)], colour, width)
        + _polyline([(9.2, 20.6), (12, 15.4), (14.8, 20.6)], colour, width)
    )


def pause_bars(colour: str, x: float, y: float, h: float, w: float, gap: float) -> str:
    return "".join(
        f'<rect x="{bx:g}" y="{y:g}" width="{w:g}" height="{h:g}" '
        f'rx="{w / 3:g}" fill="{colour}"/>\n'
        for bx in (x, x + w + gap)
    )


def tray_idle() -> str:
    return _svg(24, _circle((12, 12), 11.5, TEAL) + sitting_figure(WHITE))


def tray_due() -> str:
    return _svg(24, _circle((12, 12), 11.5, ORANGE) + stretching_figure(WHITE))


def tray_paused() -> str:
    # The badge is a grey disk over the corner with a white pause sign; a ring of the
    # background colour separates it from the figure it overlaps.
    badge = _circle((17.2, 17.2), 6.3, GREY, f' stroke="{WHITE}" stroke-width="1.4"')
    return _svg(
        24,
        _circle((12, 12), 11.5, GREY)
        + sitting_figure(WHITE)
        + badge
        + pause_bars(WHITE, 14.6, 13.8, 6.8, 2.1, 1.1),
    )


def tray_idle_symbolic() -> str:
    return _svg(16, f'<g transform="scale({16 / 24:g})">\n{sitting_figure(SYMBOLIC, 3)}</g>\n')


def tray_due_symbolic() -> str:
    return _svg(16, f'<g transform="scale({16 / 24:g})">\n{stretching_figure(SYMBOLIC, 3)}</g>\n')


def tray_paused_symbolic() -> str:
    # The figure is drawn smaller at top left so the pause bars fit beside it without
    # overlapping: a symbolic icon has one colour, so overlaps would merge into a blob.
    figure = f'<g transform="scale({12.5 / 24:g})">\n{sitting_figure(SYMBOLIC, 3.4)}</g>\n'
    return _svg(16, figure + pause_bars(SYMBOLIC, 9.4, 8.6, 7, 2.4, 1.8))


def app_icon() -> str:
    """The app icon: a figure stretching up beside the chair it just left."""
    s = 128 / 24
    chair = _polyline([(20, 62), (20, 100)], "#9fd6cf", 6) + _polyline(
        [(20, 84), (40, 84), (40, 100)], "#9fd6cf", 6
    )
    figure = (
        f'<g transform="translate(14 2) scale({s * 0.92:g})">\n{stretching_figure(WHITE)}</g>\n'
    )
    ground = _polyline([(14, 108), (114, 108)], "#9fd6cf", 4)
    background = f'<rect x="4" y="4" width="120" height="120" rx="26" fill="{TEAL}"/>\n'
    return _svg(128, background + chair + ground + figure)


ICON_FILES = {
    "tray-idle.svg": tray_idle,
    "tray-due.svg": tray_due,
    "tray-paused.svg": tray_paused,
    "tray-idle-symbolic.svg": tray_idle_symbolic,
    "tray-due-symbolic.svg": tray_due_symbolic,
    "tray-paused-symbolic.svg": tray_paused_symbolic,
    f"{APP_ID}.svg": app_icon,
}


def write_svgs(folder: Path = ICONS) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, draw in ICON_FILES.items():
        path = folder / name
        path.write_text(draw(), encoding="utf-8")
        written.append(path)
    scalable = folder / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_text(app_icon(), encoding="utf-8")
    written.append(scalable)
    return written


def write_pngs(folder: Path = ICONS) -> list[Path]:
    """Render the app icon to the hicolor sizes with QtSvg (offscreen, no display needed)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(QByteArray(app_icon().encode()))
    written = []
    for size in HICOLOR_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = folder / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--png", action="store_true", help="also render the hicolor PNGs")
    args = parser.parse_args(argv)
    paths = write_svgs()
    if args.png:
        paths += write_pngs()
    for path in paths:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
