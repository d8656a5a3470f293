"""A surface from a formula the user types: symbolic gradient, numeric critical points."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar

import numpy as np

from engine.params import text
from engine.surfaces.base import Point, Surface

DEFAULT_F = "0.1*x**2 + sin(3*y) + exp(-(x-1)**2)"
DEFAULT_BOUNDS = "-2,2,-2,2"
MAX_COORDINATE = 1e6  # bounds and start beyond this are surely a typo
MIN_FINITE = 0.5  # warn when f is finite on less than this share of the view
GRID = 61  # points per axis of the grid whose |∇f| minima seed the search for critical points
COARSE = 11  # and every point of this coarser grid too, for points those minima miss
NEWTON_STEPS = 60
_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


@dataclass(frozen=True)
class Compiled:
    """One formula turned into sympy expressions and fast numpy / math functions."""

    expr: object
    gradient: tuple  # (∂f/∂x, ∂f/∂y) as sympy expressions
    value_array: object  # (x, y) arrays -> array
    grad_array: object  # (x, y) arrays -> [gx, gy]
    value_scalar: object  # floats -> float (math module)
    grad_scalar: object  # floats -> [gx, gy]
    hessian_scalar: object  # floats -> [fxx, fxy, fyy]


@lru_cache(maxsize=64)
def compile_formula(formula: str) -> Compiled:
    """Parse, differentiate and lambdify `formula`; raises ExpressionError naming the column."""
    import sympy

    from engine.surfaces.expression import ExpressionError, parse_expression, variables

    try:
        expr = parse_expression(formula)
    except ExpressionError as error:
        raise ExpressionError(error.position, error.problem, "custom: f") from None
    x, y = variables()
    gradient = (sympy.diff(expr, x), sympy.diff(expr, y))
    hessian = (sympy.diff(gradient[0], x), sympy.diff(gradient[0], y), sympy.diff(gradient[1], y))
    if any(e.has(sympy.I, sympy.zoo, sympy.nan, sympy.oo) for e in (expr, *gradient, *hessian)):
        raise ValueError("custom: f is not a real function of x and y")
    return Compiled(
        expr=expr,
        gradient=gradient,
        value_array=sympy.lambdify((x, y), expr, modules="numpy"),
        grad_array=sympy.lambdify((x, y), list(gradient), modules="numpy"),
        value_scalar=sympy.lambdify((x, y), expr, modules="math"),
        grad_scalar=sympy.lambdify((x, y), list(gradient), modules="math"),
        hessian_scalar=sympy.lambdify((x, y), list(hessian), modules="math"),
    )


def on_arrays(function, x, y) -> list[np.ndarray]:
    """`function` on arrays, silent where it is undefined (NaN/inf, as numpy gives them)."""
    with np.errstate(all="ignore"):
        results = function(x, y)
    shape = np.broadcast(x, y).shape
    results = results if isinstance(results, list) else [results]
    return [np.broadcast_to(np.asarray(r, dtype=float), shape) for r in results]


def on_floats(function, x: float, y: float, count: int) -> tuple[float, ...]:
    """`function` on Python floats; NaN where `math` raises instead of giving NaN or inf."""
    try:
        results = function(x, y)
        results = results if isinstance(results, list) else [results]
        return tuple(float(r) for r in results)
    # TypeError: a negative float to a fractional power is complex in Python, NaN in numpy.
    except (ArithmeticError, ValueError, TypeError):
        return (math.nan,) * count


def read_numbers(name: str, value: str, count: int) -> tuple[float, ...]:
    """`count` finite comma-separated numbers from `value`, or a ValueError naming `name`."""
    shape = "xmin,xmax,ymin,ymax" if count == 4 else "x,y"
    words = value.strip().strip("()[]").split(",")
    try:
        numbers = tuple(float(word) for word in words)
    except ValueError:
        numbers = ()
    if len(numbers) != count or not all(abs(v) <= MAX_COORDINATE for v in numbers):
        raise ValueError(f"custom: {name}={value[:40]!r} must be {count} numbers {shape}")
    return numbers


@lru_cache(maxsize=256)
def read_bounds(value: str) -> tuple[float, float, float, float]:
    x_min, x_max, y_min, y_max = read_numbers("bounds", value, 4)
    if not (x_min < x_max and y_min < y_max):
        raise ValueError(f"custom: bounds={value!r} needs xmin < xmax and ymin < ymax")
    return x_min, x_max, y_min, y_max


def read_start(value: str, bounds) -> tuple[float, float]:
    """The start written as "x,y", or left of the centre when `value` is empty."""
    x_min, x_max, y_min, y_max = bounds
    if not value.strip():
        return x_min + 0.1 * (x_max - x_min), (y_min + y_max) / 2
    x, y = read_numbers("start", value, 2)
    if not (x_min <= x <= x_max and y_min <= y <= y_max):
        raise ValueError(f"custom: start={value!r} lies outside the bounds")
    return x, y


class _NumbersFromText:
    """A text field that reads back as numbers: Custom(bounds='-2,2,-2,2').bounds == (-2., 2., ...).

    The text stays in the instance dict, where `params.values_of` reads it, so specs, scene
    files and forms carry what the user typed. Read on the class, it gives the default
    surface's value: the catalogue (`cli list`) reads ClassVars from classes.
    """

    def __init__(self, name: str, read):
        self.name, self.read = name, read

    def __get__(self, obj, owner=None):
        obj = owner() if obj is None else obj
        return self.read(obj, obj.__dict__[self.name])

    def __set__(self, obj, value):
        if isinstance(value, tuple | list):  # dataclasses.replace passes the numbers back in
            value = ",".join(str(v) for v in value)
        obj.__dict__[self.name] = value


class _OfDefault:
    """Computed per instance; read on the class, the default surface's value."""

    def __init__(self, compute):
        self.compute = compute

    def __get__(self, obj, owner=None):
        return self.compute(owner() if obj is None else obj)


# Keyword-only: the inherited ClassVars put bounds and start before f in the field order.
@dataclass(frozen=True, kw_only=True)
class Custom(Surface):
    """f(x, y) typed by the user, parsed by a whitelist, differentiated by sympy."""

    name: ClassVar[str] = "custom"
    title: ClassVar[str] = "Custom"
    about: ClassVar[str] = (
        "Your own f(x, y): the gradient is derived symbolically, minima found numerically."
    )
    f: str = text(DEFAULT_F, 2_000, "f(x, y) with + - * / **, ( ), numbers, pi, e, sin, exp, ...")
    bounds: str = text(DEFAULT_BOUNDS, 200, "the view: xmin,xmax,ymin,ymax")
    start: str = text("", 200, "the default start x,y (empty: left of the centre)")

    minima = _OfDefault(lambda surface: critical_points(surface.f, surface.bounds)[0])
    saddles = _OfDefault(lambda surface: critical_points(surface.f, surface.bounds)[1])
    formula = _OfDefault(lambda surface: pretty(compile_formula(surface.f).expr))
    gradient_text = _OfDefault(lambda surface: gradient_text(surface.f))
    finite_fraction = _OfDefault(lambda surface: finite_fraction(surface.f, surface.bounds))
    warning = _OfDefault(lambda surface: finite_warning(surface.finite_fraction))

    def __post_init__(self):
        super().__post_init__()  # types and lengths first: a 100 kB text is refused unread
        compile_formula(self.f)
        self.start  # noqa: B018 - reading it checks the start against the bounds

    # The text field `f` hides Surface.f(x, y, m) on instances, so the public entry points
    # are overridden here instead; nothing else calls f or df directly.
    def value(self, p) -> np.ndarray:
        p = np.asarray(p, dtype=float)
        return on_arrays(self._compiled.value_array, p[..., 0], p[..., 1])[0].copy()

    def grad(self, p) -> np.ndarray:
        p = np.asarray(p, dtype=float)
        return np.stack(on_arrays(self._compiled.grad_array, p[..., 0], p[..., 1]), axis=-1)

    def grad_xy(self, x: float, y: float) -> tuple[float, float]:
        return on_floats(self._compiled.grad_scalar, x, y, 2)

    def df(self, x, y, m):
        if m is math:
            return self.grad_xy(x, y)
        return tuple(on_arrays(self._compiled.grad_array, x, y))

    def value_xy(self, x: float, y: float) -> float:
        return on_floats(self._compiled.value_scalar, x, y, 1)[0]

    @property
    def _compiled(self) -> Compiled:
        return compile_formula(self.f)


# The fields keep the text; reading them gives numbers (see _NumbersFromText).
Custom.bounds = _NumbersFromText("bounds", lambda surface, value: read_bounds(value))
Custom.start = _NumbersFromText("start", lambda surface, value: read_start(value, surface.bounds))


def pretty(expr) -> str:
    """One line for a label: x², 3·y, short floats."""
    import sympy

    written = sympy.sstr(expr, full_prec=False)
    written = re.sub(r"\*\*(\d+)(?![\d.])", lambda m: m.group(1).translate(_SUPERSCRIPTS), written)
    return written.replace("*", "·")


@lru_cache(maxsize=64)
def gradient_text(formula: str) -> str:
    gx, gy = compile_formula(formula).gradient
    return f"∂f/∂x = {pretty(gx)}\n∂f/∂y = {pretty(gy)}"


def grid(bounds, count: int) -> tuple[np.ndarray, np.ndarray]:
    x_min, x_max, y_min, y_max = bounds
    return np.meshgrid(np.linspace(x_min, x_max, count), np.linspace(y_min, y_max, count))


@lru_cache(maxsize=64)
def finite_fraction(formula: str, bounds) -> float:
    """The share of a 101 × 101 grid over the view where f is finite."""
    xs, ys = grid(bounds, 101)
    values = on_arrays(compile_formula(formula).value_array, xs, ys)[0]
    return float(np.isfinite(values).mean())


def finite_warning(fraction: float) -> str:
    if fraction >= MIN_FINITE:
        return ""
    return f"f is finite on only {fraction:.0%} of the view: runs may stop at once"


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
        if kind:
            (minima if kind == "minimum" else saddles).append(point)
    return _points(compiled, minima), _points(compiled, saddles)


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
