"""Where a typed formula is flat: its minima and saddles in a view, found numerically."""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from engine.surfaces.base import Point
from engine.surfaces.formula import Compiled, compile_formula, on_arrays, on_floats

GRID = 61  # points per axis of the grid whose |∇f| minima seed the search for critical points
COARSE = 11  # and every point of this coarser grid too, for points those minima miss
NEWTON_STEPS = 60


def grid(bounds, count: int) -> tuple[np.ndarray, np.ndarray]:
    x_min, x_max, y_min, y_max = bounds
    return np.meshgrid(np.linspace(x_min, x_max, count), np.linspace(y_min, y_max, count))


@lru_cache(maxsize=64)
def finite_fraction(formula: str, bounds) -> float:
    """The share of a 101 × 101 grid over the view where f is finite."""
    xs, ys = grid(bounds, 101)
    values = on_arrays(compile_formula(formula).value_array, xs, ys)[0]
    return float(np.isfinite(values).mean())


@lru_cache(maxsize=64)
def critical_points(formula: str, bounds) -> tuple[tuple[Point, ...], tuple[Point, ...]]:
    """(minima, saddles) inside `bounds`: grid seeds polished by Newton's method.

    Only points whose Hessian is definite enough to tell are listed: a minimum has a
    positive definite Hessian, a saddle an indefinite one. Each list is sorted by value.
    """
    compiled = compile_formula(formula)
    x_min, x_max, y_min, y_max = bounds
    tolerance = 1e-7 * math.hypot(x_max - x_min, y_max - y_min)
    minima, saddles = [], []
    for seed in grid_seeds(compiled, bounds):
        point = newton(compiled, *seed, bounds)
        if point is None or any(math.dist(point, known) < tolerance for known in minima + saddles):
            continue
        kind = classify(compiled, *point)
        if kind and not beside_a_pole(compiled, point, bounds):
            (minima if kind == "minimum" else saddles).append(point)
    return _points(compiled, minima), _points(compiled, saddles)


def beside_a_pole(compiled: Compiled, point, bounds) -> bool:
    """A point whose value, or a neighbour's a little way off, is not finite: Newton's
    method can settle where 1/x blows up, and that is no minimum to report."""
    x_min, x_max, y_min, y_max = bounds
    step = 0.01 * max(x_max - x_min, y_max - y_min)
    offsets = np.array([0.0, -step, step])
    xs, ys = np.meshgrid(point[0] + offsets, point[1] + offsets)
    with np.errstate(all="ignore"):
        values = on_arrays(compiled.value_array, xs.ravel(), ys.ravel())
    return not np.all(np.isfinite(values))


def _points(compiled: Compiled, found) -> tuple[Point, ...]:
    points = []
    for x, y in found:
        value = on_arrays(compiled.value_array, np.float64(x), np.float64(y))[0]
        points.append(Point(x, y, float(value)))
    return tuple(sorted(points, key=lambda p: (p.value, p.x, p.y)))


def grid_seeds(compiled: Compiled, bounds, limit: int = 150) -> list[tuple[float, float]]:
    """Grid points where |∇f| is no larger than at any of the 8 neighbours, then a coarse grid."""
    xs, ys = grid(bounds, GRID)
    gx, gy = on_arrays(compiled.grad_array, xs, ys)
    norm = np.hypot(gx, gy)
    norm = np.where(np.isfinite(norm), norm, np.inf)
    padded = np.pad(norm, 1, constant_values=np.inf)
    lowest = np.isfinite(norm)
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            if dx or dy:
                shifted = padded[1 + dy : 1 + dy + GRID, 1 + dx : 1 + dx + GRID]
                lowest &= norm <= shifted
    rows, cols = np.nonzero(lowest)
    order = np.argsort(norm[rows, cols])[:limit]
    seeds = [(float(xs[rows[i], cols[i]]), float(ys[rows[i], cols[i]])) for i in order]
    coarse_x, coarse_y = grid(bounds, COARSE)
    return seeds + list(zip(coarse_x.ravel().tolist(), coarse_y.ravel().tolist(), strict=True))


def newton(compiled: Compiled, x: float, y: float, bounds):
    """The critical point Newton's method reaches from (x, y) inside `bounds`, or None."""
    x_min, x_max, y_min, y_max = bounds
    for _ in range(NEWTON_STEPS):
        gx, gy = on_floats(compiled.grad_scalar, x, y, 2)
        hxx, hxy, hyy = on_floats(compiled.hessian_scalar, x, y, 3)
        det = hxx * hyy - hxy * hxy
        if not (math.isfinite(det) and det != 0 and math.isfinite(gx + gy)):
            return None
        dx, dy = (hyy * gx - hxy * gy) / det, (hxx * gy - hxy * gx) / det
        x, y = x - dx, y - dy
        if not (x_min <= x <= x_max and y_min <= y <= y_max):
            return None
        if abs(dx) + abs(dy) <= 1e-15 * (1 + abs(x) + abs(y)):
            break
    gx, gy = on_floats(compiled.grad_scalar, x, y, 2)
    curvature = max(abs(h) for h in on_floats(compiled.hessian_scalar, x, y, 3))
    # Zero relative to the curvature: a point off by δ shows a gradient of about |H|·δ.
    return (x, y) if math.hypot(gx, gy) <= 1e-9 * (1 + curvature) else None


def classify(compiled: Compiled, x: float, y: float) -> str:
    """ "minimum", "saddle" or "" (a maximum, or too flat to tell) from the Hessian."""
    hxx, hxy, hyy = on_floats(compiled.hessian_scalar, x, y, 3)
    low, high = np.linalg.eigvalsh(np.array([[hxx, hxy], [hxy, hyy]]))
    tolerance = 1e-6 * (1 + max(abs(low), abs(high)))
    if low > tolerance:
        return "minimum"
    if low < -tolerance and high > tolerance:
        return "saddle"
    return ""
