"""Draw Descent Lab's icon: nested contours of a tilted bowl and a zig-zag descent to its minimum.

Writes resources/icons/descent-lab.svg and descent-lab-<N>.png for every size in
SIZES (run `.venv/bin/python tools/make_icon.py`; the outputs are committed). Sizes below 32 px
get their own simpler drawing (fewer rings, thicker strokes) so that 16 px stays legible.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)
BACKGROUND = "#1d2b4a"
# Contour rings from the outside in: cool to warm, as in the app's contour plots.
RING_COLOURS = ("#3b5fa8", "#3f8fc0", "#48b5a8", "#8fd16e", "#e6e05a")
PATH_COLOUR = "#ffffff"
MINIMUM_COLOUR = "#ff6b3d"
CENTRE, TILT = (136.0, 136.0), 38.0  # the minimum, and the valley's direction in degrees
# The descent in valley coordinates (along, across): it starts far up the long valley and
# bounces from wall to wall into the minimum, as plain gradient descent does in a ravine.
DESCENT = ((-84, 30), (-62, -34), (-40, 28), (-22, -18), (-9, 8), (0, 0))
DESCENT_SMALL = ((-82, 34), (-48, -40), (-18, 24), (0, 0))


def ring_radii(count: int, aspect: float) -> list[tuple[float, float]]:
    """Half-axes of `count` rings, the outermost nearly filling the tile along the valley."""
    return [
        (112.0 * (count - i) / count, 112.0 * aspect * (count - i) / count) for i in range(count)
    ]


def on_tile(along: float, across: float) -> tuple[float, float]:
    """A point given in valley coordinates, on the 256 x 256 canvas."""
    c, s = math.cos(math.radians(TILT)), math.sin(math.radians(TILT))
    return CENTRE[0] + along * c - across * s, CENTRE[1] + along * s + across * c


def svg(small: bool = False) -> str:
    """The icon as SVG text on a 256 × 256 canvas; `small` is the 16 px drawing."""
    count = 3 if small else len(RING_COLOURS)
    colours = (RING_COLOURS[0], RING_COLOURS[2], RING_COLOURS[4]) if small else RING_COLOURS
    ring_width = 16 if small else 8
    path_width = 22 if small else 12
    dot = 30 if small else 20
    descent = DESCENT_SMALL if small else DESCENT
    cx, cy = CENTRE
    lines = [
        '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">',
        "  <title>Descent Lab</title>",
        f'  <rect x="4" y="4" width="248" height="248" rx="44" fill="{BACKGROUND}"/>',
        f'  <g fill="none" stroke-width="{ring_width}" transform="rotate({TILT:g} {cx:g} {cy:g})">',
    ]
    for (rx, ry), colour in zip(ring_radii(count, 0.62 if small else 0.55), colours):
        lines.append(
            f'    <ellipse cx="{cx:g}" cy="{cy:g}" rx="{rx:.1f}" ry="{ry:.1f}" stroke="{colour}"/>'
        )
    points = " ".join(f"{x:.1f},{y:.1f}" for x, y in (on_tile(*p) for p in descent))
    lines += [
        "  </g>",
        f'  <polyline points="{points}" fill="none" stroke="{PATH_COLOUR}" '
        f'stroke-width="{path_width}" stroke-linejoin="round" stroke-linecap="round"/>',
        f'  <circle cx="{cx:g}" cy="{cy:g}" r="{dot / 2:g}" fill="{MINIMUM_COLOUR}" '
        f'stroke="{PATH_COLOUR}" stroke-width="{max(3, path_width // 3)}"/>',
        "</svg>",
    ]
    return "\n".join(lines) + "\n"


def render(text: str, size: int, out: Path) -> None:
    """Rasterise SVG text to a size × size PNG with Qt's SVG renderer."""
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(text.encode())).render(painter)
    painter.end()
    if not image.save(str(out)):
        raise OSError(f"cannot write {out}")


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts, SVG)
    ICONS.mkdir(parents=True, exist_ok=True)
    full = svg()
    (ICONS / "descent-lab.svg").write_text(full, encoding="utf-8")
    for size in SIZES:
        render(svg(small=True) if size < 32 else full, size, ICONS / f"descent-lab-{size}.png")
    print(f"wrote {ICONS}/descent-lab.svg and {len(SIZES)} PNGs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
