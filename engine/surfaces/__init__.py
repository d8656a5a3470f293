"""Loss surfaces by name: the registry every part of the app reads, built once, here.

Each surface writes its formula once as `f(x, y, m)` and `df(x, y, m)`, where `m` is the
maths namespace: numpy for arrays (a contour grid, a batch of particles) and the `math`
module for a single point, which is ~40× cheaper per call on Python floats and is what
makes a whole scene recompute within one frame (see base.py).
"""

from __future__ import annotations

from engine.surfaces.base import Point, Surface
from engine.surfaces.classic import (
    Ackley,
    Beale,
    Booth,
    Himmelblau,
    Quadratic,
    Rastrigin,
    Rosenbrock,
    SixHumpCamel,
)
from engine.surfaces.custom import Custom
from engine.surfaces.datasets import LinearRegression, LogisticRegression
from engine.surfaces.teaching import Canyon, LocalMinima, Plateau, Saddle

__all__ = ["SURFACES", "Point", "Surface"]

# The order is the menu's: the lecture's surfaces, the classics, your formula, the data sets.
SURFACES: dict[str, type[Surface]] = {
    cls.name: cls
    for cls in (
        Canyon,
        Saddle,
        LocalMinima,
        Plateau,
        Rosenbrock,
        Beale,
        Himmelblau,
        Booth,
        Rastrigin,
        Ackley,
        SixHumpCamel,
        Quadratic,
        Custom,
        LinearRegression,
        LogisticRegression,
    )
}
