"""A surface from a formula the user types: symbolic gradient, numeric critical points."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar

import numpy as np

from engine.params import of_default, text
from engine.surfaces.base import Surface, hessian_matrix
from engine.surfaces.critical import critical_points, finite_fraction
from engine.surfaces.formula import Compiled, compile_formula, on_arrays, on_floats

DEFAULT_F = "0.1*x**2 + sin(3*y) + exp(-(x-1)**2)"
DEFAULT_BOUNDS = "-2,2,-2,2"
MAX_COORDINATE = 1e6  # bounds and start beyond this are surely a typo
MIN_FINITE = 0.5  # warn when f is finite on less than this share of the view
_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


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
    """The start written as "x,y"; when `value` is empty, a point off the bounds' symmetry
    axes (a formula symmetric in x or y would otherwise start on a ridge or a valley floor
    where one gradient component is exactly 0)."""
    x_min, x_max, y_min, y_max = bounds
    if not value.strip():
        return x_min + 0.15 * (x_max - x_min), y_min + 0.62 * (y_max - y_min)
    x, y = read_numbers("start", value, 2)
    if not (x_min <= x <= x_max and y_min <= y <= y_max):
        raise ValueError(f"custom: start={value!r} lies outside the bounds")
    return x, y


class _NumbersFromText(of_default):
    """A text field that reads back as numbers: Custom(bounds='-2,2,-2,2').bounds == (-2., 2., ...).

    The text stays in the instance dict, where `params.values_of` reads it, so specs, scene
    files and forms carry what the user typed. Read on the class, it gives the default
    surface's value: the catalogue (`cli list`) reads ClassVars from classes.
    """

    def __init__(self, name: str, read):
        super().__init__(lambda obj: read(obj, obj.__dict__[name]))
        self.name = name

    def __set__(self, obj, value):
        if isinstance(value, tuple | list):  # dataclasses.replace passes the numbers back in
            value = ",".join(str(v) for v in value)
        obj.__dict__[self.name] = value


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

    minima = of_default(lambda surface: critical_points(surface.f, surface.bounds)[0])
    saddles = of_default(lambda surface: critical_points(surface.f, surface.bounds)[1])
    formula = of_default(lambda surface: pretty(compile_formula(surface.f).expr))
    gradient_text = of_default(lambda surface: gradient_text(surface.f))
    finite_fraction = of_default(lambda surface: finite_fraction(surface.f, surface.bounds))
    warning = of_default(lambda surface: finite_warning(surface.finite_fraction))

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

    # The Hessian is sympy's second derivatives of the very expression the gradient derives.
    def hessian(self, p) -> np.ndarray:
        p = np.asarray(p, dtype=float)
        return hessian_matrix(*on_arrays(self._compiled.hessian_array, p[..., 0], p[..., 1]))

    def hessian_xy(self, x: float, y: float) -> tuple[float, float, float]:
        return on_floats(self._compiled.hessian_scalar, x, y, 3)

    def d2f(self, x, y, m):
        if m is math:
            return self.hessian_xy(x, y)
        return tuple(on_arrays(self._compiled.hessian_array, x, y))

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


def finite_warning(fraction: float) -> str:
    if fraction >= MIN_FINITE:
        return ""
    return f"f is finite on only {fraction:.0%} of the view: runs may stop at once"
