"""The surface record: a 2-D loss with its analytic gradient, bounds and critical points.

Each surface writes its formula once as `f(x, y, m)` and `df(x, y, m)`, where `m` is the
maths namespace: numpy for arrays (a contour grid, a batch of particles) and the `math`
module for a single point, which is ~40× cheaper per call on Python floats and is what
makes a whole scene recompute within one frame.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import ClassVar, NamedTuple

import numpy as np

from engine.params import validate


class Point(NamedTuple):
    x: float
    y: float
    value: float


@dataclass(frozen=True)
class Surface:
    """Base: subclasses give the formula, its gradient, and the critical points they know."""

    name: ClassVar[str]
    title: ClassVar[str]
    formula: ClassVar[str]
    bounds: ClassVar[tuple[float, float, float, float]]  # x_min, x_max, y_min, y_max
    start: ClassVar[tuple[float, float]]
    minima: ClassVar[tuple[Point, ...]] = ()
    saddles: ClassVar[tuple[Point, ...]] = ()
    about: ClassVar[str] = ""

    def __post_init__(self):
        validate(self)

    def f(self, x, y, m):  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def df(self, x, y, m):  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def d2f(self, x, y, m):  # pragma: no cover - every subclass defines it
        """The Hessian's three entries (∂²f/∂x², ∂²f/∂x∂y, ∂²f/∂y²), written like `df`."""
        raise NotImplementedError

    def value(self, p) -> np.ndarray:
        """Loss at points of shape (..., 2)."""
        p = np.asarray(p, dtype=float)
        return np.asarray(self.f(p[..., 0], p[..., 1], np), dtype=float)

    def grad(self, p) -> np.ndarray:
        """Gradient at points of shape (..., 2), same shape as `p`."""
        p = np.asarray(p, dtype=float)
        gx, gy = np.broadcast_arrays(*self.df(p[..., 0], p[..., 1], np))
        return np.stack([gx, gy], axis=-1).astype(float)

    def grad_xy(self, x: float, y: float) -> tuple[float, float]:
        """Gradient at one point given as Python floats (the fast path of `simulate`)."""
        return self.df(x, y, math)

    def value_xy(self, x: float, y: float) -> float:
        """Loss at one point given as Python floats (line searches, loss-driven schedules)."""
        return float(self.f(x, y, math))

    def hessian(self, p) -> np.ndarray:
        """Analytic Hessian at points of shape (..., 2), shape (..., 2, 2), symmetric."""
        p = np.asarray(p, dtype=float)
        return hessian_matrix(*self.d2f(p[..., 0], p[..., 1], np))

    def hessian_xy(self, x: float, y: float) -> tuple[float, float, float]:
        """(∂²f/∂x², ∂²f/∂x∂y, ∂²f/∂y²) at one point given as Python floats."""
        fxx, fxy, fyy = self.d2f(x, y, math)
        return float(fxx), float(fxy), float(fyy)

    @property
    def span(self) -> float:
        """Length of the diagonal of the plot bounds: the scale of this surface."""
        x_min, x_max, y_min, y_max = self.bounds
        return math.hypot(x_max - x_min, y_max - y_min)


def hessian_matrix(fxx, fxy, fyy) -> np.ndarray:
    """The (..., 2, 2) symmetric matrices of three broadcastable entries."""
    fxx, fxy, fyy = np.broadcast_arrays(*(np.asarray(v, dtype=float) for v in (fxx, fxy, fyy)))
    return np.stack([np.stack([fxx, fxy], axis=-1), np.stack([fxy, fyy], axis=-1)], axis=-2)
