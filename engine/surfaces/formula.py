"""A typed formula compiled once: sympy expressions of f, its gradient and Hessian, and
fast numpy / math functions of them, silent where f is undefined."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np


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
    hessian_array: object  # (x, y) arrays -> [fxx, fxy, fyy]


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
        hessian_array=sympy.lambdify((x, y), list(hessian), modules="numpy"),
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
