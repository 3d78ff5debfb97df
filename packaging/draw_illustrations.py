"""Draw the exercise illustrations from joint angles, so every figure shares one skeleton.

Run once after changing a pose; the generated SVGs in assets/illustrations/ are committed::

    python packaging/draw_illustrations.py

Style: a side-view figure (head circle with a small nose showing where the face points,
a thick torso, rounded limb strokes); the limbs on the far side are lighter, the near
ones dark with a white edge so they stay readable where they cross the body. Angles are
in SVG degrees: 0 points right (the way the figure faces), 90 down, -90 up.
Poses of one exercise are ``<id>.svg``, ``<id>-2.svg``, ... (see backbreak/ui/illustration.py).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "assets" / "illustrations"
G = 166.0  # the ground line
MAT = 160.0  # top of the mat
NEAR, FAR, SKIN = "#2e3a48", "#8f9aa7", "#ffffff"
ACCENT, MATC, GROUNDC, PROP = "#d9480f", "#9fd6cf", "#b8c0c8", "#a07a55"
HEAD_R, NECK, TORSO, UPPER_ARM, FOREARM, THIGH, SHIN, FOOT = 10.5, 16, 44, 26, 24, 38, 36, 12

Point = tuple[float, float]


def step(p: Point, deg: float, length: float) -> Point:
    a = math.radians(deg)
    return (p[0] + length * math.cos(a), p[1] + length * math.sin(a))


def chain(start: Point, segments: Sequence[tuple[float, float]]) -> list[Point]:
    points = [start]
    for deg, length in segments:
        points.append(step(points[-1], deg, length))
    return points


def reach(start: Point, target: Point, a: float, b: float, bend: int) -> list[Point]:
    """Two-segment limb from start toward target; bend=+1/-1 picks the elbow/knee side."""
    dx, dy = target[0] - start[0], target[1] - start[1]
    d = min(math.hypot(dx, dy), a + b - 0.01)
    base = math.atan2(dy, dx)
    cos_inner = (a * a + d * d - b * b) / (2 * a * d)
    inner = math.acos(max(-1.0, min(1.0, cos_inner)))
    mid = step(start, math.degrees(base + bend * inner), a)
    end = step(start, math.degrees(base), d)
    return [start, mid, end]


@dataclass
class Figure:
    hip: Point
    torso_deg: float
    bend: float = 0.0
    neck_deg: float | None = None
    face_deg: float | None = 0.0
    arms: tuple[list[Point], list[Point]] = field(default_factory=lambda: ([], []))
    legs: tuple[list[Point], list[Point]] = field(default_factory=lambda: ([], []))

    @property
    def shoulder(self) -> Point:
        return step(self.hip, self.torso_deg, TORSO)

    @property
    def head(self) -> Point:
        deg = self.torso_deg if self.neck_deg is None else self.neck_deg
        return step(self.shoulder, deg, NECK + HEAD_R * 0.5)


def _line(points: Sequence[Point], colour: str, width: float) -> str:
    d = "M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in points)
    return (
        f'<path d="{d}" fill="none" stroke="{colour}" stroke-width="{width:g}" '
        'stroke-linecap="round" stroke-linejoin="round"/>'
    )


def draw_figure(f: Figure) -> str:
    far_arm, near_arm = f.arms
    far_leg, near_leg = f.legs
    s, h = f.shoulder, f.hip
    mx, my = (s[0] + h[0]) / 2, (s[1] + h[1]) / 2
    nx, ny = -(s[1] - h[1]) / TORSO, (s[0] - h[0]) / TORSO
    ctrl = (mx + nx * f.bend, my + ny * f.bend)
    torso = (
        f'<path d="M{h[0]:.1f},{h[1]:.1f} Q{ctrl[0]:.1f},{ctrl[1]:.1f} {s[0]:.1f},{s[1]:.1f}" '
        f'fill="none" stroke="{NEAR}" stroke-width="17" stroke-linecap="round"/>'
    )
    head = f.head
    parts = [_line(limb, FAR, 9) for limb in (far_arm, far_leg) if limb]
    parts.append(torso)
    parts.append(_line([s, head], NEAR, 8))
    parts.append(f'<circle cx="{head[0]:.1f}" cy="{head[1]:.1f}" r="{HEAD_R}" fill="{NEAR}"/>')
    if f.face_deg is not None:
        nose = step(head, f.face_deg, HEAD_R)
        parts.append(f'<circle cx="{nose[0]:.1f}" cy="{nose[1]:.1f}" r="3.2" fill="{NEAR}"/>')
    for limb in (near_leg, near_arm):
        if limb:
            parts.append(_line(limb, SKIN, 14))
            parts.append(_line(limb, NEAR, 10))
    return "\n".join(parts)


def leg(hip: Point, thigh: float, shin: float, foot: float) -> list[Point]:
    return chain(hip, [(thigh, THIGH), (shin, SHIN), (foot, FOOT)])


def arm(shoulder: Point, upper: float, fore: float) -> list[Point]:
    return chain(shoulder, [(upper, UPPER_ARM), (fore, FOREARM)])


def ground() -> str:
    return _line([(6, G + 2), (234, G + 2)], GROUNDC, 3)


def mat(x0: float = 14, x1: float = 226) -> str:
    return f'<rect x="{x0}" y="{MAT}" width="{x1 - x0}" height="{G - MAT}" rx="3" fill="{MATC}"/>'


def arrow(points: Sequence[Point], both: bool = False) -> str:
    """A thin accent arc through three points with an arrowhead at the end (and start)."""
    (x0, y0), (cx, cy), (x1, y1) = points
    out = [
        f'<path d="M{x0:g},{y0:g} Q{cx:g},{cy:g} {x1:g},{y1:g}" fill="none" stroke="{ACCENT}" '
        'stroke-width="3" stroke-linecap="round"/>'
    ]
    ends = [((x1, y1), (cx, cy))] + ([((x0, y0), (cx, cy))] if both else [])
    for (ex, ey), (fx, fy) in ends:
        a = math.atan2(ey - fy, ex - fx)
        left, right = (
            step((ex, ey), math.degrees(a) + 150, 8),
            step((ex, ey), math.degrees(a) - 150, 8),
        )
        out.append(
            f'<path d="M{left[0]:.1f},{left[1]:.1f} L{ex:g},{ey:g} L{right[0]:.1f},{right[1]:.1f}" '
            f'fill="none" stroke="{ACCENT}" stroke-width="3" stroke-linecap="round" '
            'stroke-linejoin="round"/>'
        )
    return "\n".join(out)


def svg(*parts: str) -> str:
    body = "\n".join(parts)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="180" viewBox="0 0 240 180">'
        f"\n{body}\n</svg>\n"
    )


LIE = 152.0  # torso centre line when lying on the mat
LIMB = 155.0  # limb centre line on the mat


def prone(hip_x: float, face: float = 60) -> Figure:
    f = Figure((hip_x, LIE), 0, face_deg=face, neck_deg=-6)
    s = f.shoulder
    f.arms = (arm((s[0] + 3, LIMB), 180, 180), arm((s[0], LIMB), 180, 180))
    f.legs = (leg((hip_x + 3, LIMB), 180, 180, 195), leg((hip_x, LIMB), 180, 180, 190))
    return f


def prone_lying() -> list[str]:
    return [svg(ground(), mat(), draw_figure(prone(112)))]


def prone_on_elbows() -> list[str]:
    elbow_x = 150.0
    sh = (elbow_x, LIMB - UPPER_ARM)
    deg = math.degrees(math.atan2(sh[1] - LIE, TORSO))
    hip = (elbow_x - math.sqrt(TORSO**2 - (LIE - sh[1]) ** 2), LIE)
    f = Figure(hip, -abs(deg) if deg < 0 else deg, bend=7, neck_deg=-45, face_deg=10)
    s = f.shoulder
    f.arms = (
        chain((s[0] + 4, s[1]), [(90, UPPER_ARM), (0, FOREARM)]),
        chain(s, [(90, UPPER_ARM), (0, FOREARM)]),
    )
    f.legs = (leg((hip[0] + 3, LIMB), 180, 180, 195), leg((hip[0], LIMB), 180, 180, 190))
    return [svg(ground(), mat(), draw_figure(f))]


def quadruped(bend: float, neck: float, face: float) -> Figure:
    knee = (88.0, LIMB)
    hip = (knee[0], knee[1] - THIGH)
    hand_y = LIMB
    sh_y = hand_y - UPPER_ARM - FOREARM + 2
    dx = math.sqrt(TORSO**2 - (hip[1] - sh_y) ** 2)
    f = Figure(hip, math.degrees(math.atan2(sh_y - hip[1], dx)), bend, neck, face)
    s = f.shoulder
    f.arms = (
        chain((s[0] + 4, s[1]), [(90, UPPER_ARM), (90, FOREARM)]),
        chain(s, [(90, UPPER_ARM), (90, FOREARM)]),
    )
    f.legs = (
        chain((hip[0] + 4, hip[1]), [(90, THIGH), (180, SHIN), (180, FOOT)]),
        chain(hip, [(90, THIGH), (180, SHIN), (180, FOOT)]),
    )
    return f


def cat_camel() -> list[str]:
    return [
        svg(ground(), mat(), draw_figure(quadruped(-18, 70, 110))),
        svg(ground(), mat(), draw_figure(quadruped(12, -35, 10))),
    ]


def supine(hip_x: float) -> Figure:
    return Figure((hip_x, LIE), 0, neck_deg=-4, face_deg=-90)


def supine_ankle_pumps() -> list[str]:
    out = []
    for foot in (38, -52):
        f = supine(96)
        s = f.shoulder
        raised = leg(f.hip, -64, -64, foot)
        knee = raised[1]
        hands = reach(s, (knee[0] - 4, knee[1] + 4), UPPER_ARM, FOREARM, 1)
        f.arms = ([], hands)
        f.legs = (leg((f.hip[0], LIMB), 180, 180, -100), raised)
        out.append(svg(ground(), mat(), draw_figure(f)))
    return out


def dead_bug() -> list[str]:
    out = []
    for thigh in (-140, -90):
        f = supine(110)
        s = f.shoulder
        f.arms = (arm((s[0] + 3, LIMB), 180, 180), arm((s[0], LIMB), 180, 180))
        f.legs = (
            leg((f.hip[0] + 3, f.hip[1]), -90, 180, -90),
            leg(f.hip, thigh, thigh - 90, thigh),
        )
        out.append(svg(ground(), mat(), draw_figure(f)))
    return out


def prone_upper_back_lift() -> list[str]:
    hip = (100.0, LIE)
    up = Figure(hip, -20, neck_deg=-20, face_deg=60)
    s = up.shoulder
    up.arms = (arm((s[0] + 3, s[1] + 3), 168, 175), arm(s, 165, 172))
    up.legs = (leg((hip[0] + 3, LIMB), 180, 180, 195), leg((hip[0], LIMB), 180, 180, 190))
    return [svg(ground(), mat(), draw_figure(up)), svg(ground(), mat(), draw_figure(prone(100)))]


def standing(hip_x: float, torso: float = -90) -> Figure:
    return Figure((hip_x, G - 5 - THIGH - SHIN), torso, face_deg=0)


def hanging_arms(f: Figure) -> tuple[list[Point], list[Point]]:
    s = f.shoulder
    return (arm((s[0] + 3, s[1]), 95, 85), arm(s, 98, 80))


def foot_ball_release() -> list[str]:
    ball = (140.0, G - 8)
    f = standing(112)
    f.legs = (
        leg(f.hip, 90, 90, 0),
        [*reach(f.hip, (ball[0] - 7, ball[1] - 11), THIGH, SHIN, -1), (ball[0] + 9, ball[1] - 11)],
    )
    f.arms = hanging_arms(f)
    ball_svg = (
        f'<circle cx="{ball[0]}" cy="{ball[1]}" r="8" fill="#c9de3b" '
        'stroke="#8a9a1f" stroke-width="2"/>'
    )
    return [
        svg(
            ground(),
            ball_svg,
            draw_figure(f),
            arrow([(150, 134), (163, 128), (176, 134)], both=True),
        )
    ]


def calf_stretch_lunge() -> list[str]:
    back_ankle = (62.0, G - 5)
    hip = (back_ankle[0] + 52, back_ankle[1] - math.sqrt(74**2 - 52**2))
    f = Figure(hip, -52, face_deg=10, neck_deg=-45)
    front_ankle = (hip[0] + 40, G - 5)
    knee_leg = reach(hip, front_ankle, THIGH, SHIN, -1)
    f.legs = ([*knee_leg, step(front_ankle, 0, FOOT)], [hip, back_ankle, step(back_ankle, 0, FOOT)])
    knee = knee_leg[1]
    s = f.shoulder
    f.arms = (
        reach((s[0] + 3, s[1]), (knee[0] - 2, knee[1] - 4), UPPER_ARM, FOREARM, 1),
        reach(s, (knee[0] - 6, knee[1] - 2), UPPER_ARM, FOREARM, 1),
    )
    return [svg(ground(), draw_figure(f))]


def kneeling_hip_flexor() -> list[str]:
    knee = (92.0, LIMB)
    hip = step(knee, -78, THIGH)
    f = Figure(hip, -90, face_deg=0)
    front_ankle = (hip[0] + 42, LIMB)
    f.legs = (
        [*reach(hip, front_ankle, THIGH, SHIN, -1), step(front_ankle, 0, FOOT)],
        [hip, knee, step(knee, 180, SHIN), step(step(knee, 180, SHIN), 180, FOOT)],
    )
    s = f.shoulder
    f.arms = (
        reach((s[0] + 3, s[1]), (hip[0] + 8, hip[1] - 6), UPPER_ARM, FOREARM, 1),
        reach(s, (hip[0] + 6, hip[1] - 4), UPPER_ARM, FOREARM, 1),
    )
    return [svg(ground(), mat(40, 200), draw_figure(f))]


def standing_quad_stretch() -> list[str]:
    f = standing(112, -88)
    f.neck_deg = -88
    held = chain(f.hip, [(100, THIGH), (-112, SHIN), (-30, FOOT)])
    ankle = held[2]
    s = f.shoulder
    f.legs = (leg(f.hip, 90, 90, 0), held)
    f.arms = (
        arm((s[0] + 3, s[1]), 30, 10),
        reach(s, (ankle[0] + 2, ankle[1]), UPPER_ARM, FOREARM, 1),
    )
    return [svg(ground(), draw_figure(f))]


def side_lying_leg_raise() -> list[str]:
    wall = '<rect x="10" y="96" width="220" height="58" rx="4" fill="#e3e7eb"/>'
    out = []
    for lift in (-24, -4):
        hip = (142.0, LIE)
        f = Figure(hip, 180, face_deg=None, neck_deg=178)
        s = f.shoulder
        f.arms = (arm((s[0], LIMB), 180, 180), arm(s, 10, 20))
        f.legs = (leg((hip[0], LIMB), 0, 0, -90), leg((hip[0], hip[1] - 4), lift, lift, lift - 90))
        out.append(svg(wall, ground(), mat(), draw_figure(f)))
    return out


def doorway_pec_stretch() -> list[str]:
    post = f'<rect x="52" y="0" width="14" height="{G}" fill="{PROP}"/>'
    post2 = f'<rect x="186" y="0" width="14" height="{G}" fill="{PROP}"/>'
    cx, hip_y = 124.0, G - 5 - THIGH - SHIN
    sh_y = hip_y - TORSO
    head = (cx + 3, sh_y - NECK - 4)
    parts = [post, post2, ground()]
    parts.append(_line([(cx - 8, hip_y), (cx - 12, G - 5), (cx - 20, G - 3)], NEAR, 10))
    parts.append(_line([(cx + 8, hip_y), (cx + 12, G - 5), (cx + 20, G - 3)], NEAR, 10))
    parts.append(_line([(cx, sh_y + 8), (cx, hip_y - 4)], NEAR, 26))
    parts.append(_line([(cx + 15, sh_y + 4), (cx + 20, sh_y + 30), (cx + 22, sh_y + 52)], NEAR, 10))
    elbow = (66.0, sh_y + 4)
    bent = [(cx - 15, sh_y + 4), elbow, (elbow[0], sh_y - FOREARM)]
    parts.append(_line(bent, SKIN, 14))
    parts.append(_line(bent, NEAR, 10))
    parts.append(f'<circle cx="{head[0]}" cy="{head[1]}" r="{HEAD_R}" fill="{NEAR}"/>')
    parts.append(arrow([(cx - 22, sh_y - 30), (cx + 4, sh_y - 44), (cx + 30, sh_y - 30)]))
    return [svg(*parts)]


def chair(x: float, seat_y: float) -> str:
    return "\n".join(
        [
            _line([(x, seat_y), (x + 40, seat_y)], PROP, 7),
            _line([(x + 3, seat_y), (x + 3, G)], PROP, 5),
            _line([(x + 37, seat_y), (x + 37, G)], PROP, 5),
            _line([(x + 38, seat_y), (x + 40, seat_y - 48)], PROP, 6),
        ]
    )


def kneeling_lat_stretch() -> list[str]:
    knee = (70.0, LIMB)
    hip = step(knee, -98, THIGH)
    f = Figure(hip, 8, bend=6, neck_deg=14, face_deg=95)
    s = f.shoulder
    target = (166.0, 114.0)
    f.arms = (
        reach((s[0] + 3, s[1]), target, UPPER_ARM, FOREARM, -1),
        reach(s, (target[0] + 4, target[1]), UPPER_ARM, FOREARM, -1),
    )
    back = [hip, knee, step(knee, 180, SHIN), step(step(knee, 180, SHIN), 180, FOOT)]
    f.legs = ([(p[0] + 4, p[1]) for p in back], back)
    return [svg(ground(), mat(14, 130), chair(160, 120), draw_figure(f))]


DRAWINGS = {
    "supine-ankle-pumps": supine_ankle_pumps,
    "cat-camel": cat_camel,
    "prone-lying": prone_lying,
    "prone-on-elbows": prone_on_elbows,
    "foot-ball-release": foot_ball_release,
    "calf-stretch-lunge": calf_stretch_lunge,
    "kneeling-hip-flexor-stretch": kneeling_hip_flexor,
    "standing-quad-stretch": standing_quad_stretch,
    "side-lying-leg-raise": side_lying_leg_raise,
    "doorway-pec-stretch": doorway_pec_stretch,
    "kneeling-lat-stretch": kneeling_lat_stretch,
    "prone-upper-back-lift": prone_upper_back_lift,
    "dead-bug-heel-touch": dead_bug,
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for exercise_id, draw in DRAWINGS.items():
        for i, text in enumerate(draw()):
            name = f"{exercise_id}.svg" if i == 0 else f"{exercise_id}-{i + 1}.svg"
            (OUT / name).write_text(text, encoding="utf-8")
            print(OUT / name)


if __name__ == "__main__":
    main()
