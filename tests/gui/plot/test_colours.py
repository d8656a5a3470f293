"""Run colours stay apart from each other, from the vector overlays, and readable on the map."""

from __future__ import annotations

import itertools
import math

import pytest
from PySide6.QtGui import QColor

from engine.optimizers import SGD
from engine.scene.scene import PALETTE, RunSpec, Scene
from engine.surfaces import SURFACES
from gui.plot.overlays import PENS


def lab(name: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour name."""
    color = QColor(name)

    def linear(c: float) -> float:
        return ((c + 0.055) / 1.055) ** 2.4 if c > 0.04045 else c / 12.92

    r, g, b = (linear(c) for c in (color.redF(), color.greenF(), color.blueF()))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def delta_e(a: str, b: str) -> float:
    return math.dist(lab(a), lab(b))


def test_twelve_run_colours_each_pair_distinguishable():
    assert len(PALETTE) >= 12 and len(set(PALETTE)) == len(PALETTE)
    closest = min(delta_e(a, b) for a, b in itertools.combinations(PALETTE, 2))
    assert closest >= 20


@pytest.mark.parametrize("color", PALETTE)
def test_no_run_colour_is_too_faint_on_the_light_map(color):
    assert lab(color)[0] <= 72  # Okabe-Ito's yellow (L* 89) was lost on the background


@pytest.mark.parametrize("overlay", sorted(PENS))
def test_overlays_never_share_a_run_colour(overlay):
    pen_color = PENS[overlay].color().name()
    assert min(delta_e(pen_color, color) for color in PALETTE) >= 25


def test_new_runs_take_colours_no_shown_run_has():
    surface, runs, colors = SURFACES["canyon"](), (), []
    for index in range(len(PALETTE)):
        color = Scene(surface, runs, 10).free_color()
        colors.append(color)
        runs = (*runs, RunSpec(f"r{index}", SGD(), color=color))
    assert len(set(colors)) == len(PALETTE)  # no repeat until every colour is in use


@pytest.mark.parametrize("key", ["low", "high"])
def test_the_conditioning_labs_axes_never_share_a_run_colour(key):
    from gui.maps.conditioning_panel import AXIS_PENS

    axis_color = AXIS_PENS[key].color().name()
    assert min(delta_e(axis_color, color) for color in PALETTE) >= 25
