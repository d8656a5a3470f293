"""Input validators shared by the engine: each returns the checked value or raises ValueError.

The predicates (`is_whole`, `is_finite`) answer yes or no for code that words its own
message (scene and session files name the JSON key); the `checked_*` and `*_number`
functions raise a ValueError whose message starts with `name=value`, so the caller's
argument is named.
"""

from __future__ import annotations

import math
import numbers

import numpy as np


def is_whole(value) -> bool:
    """An int (Python's or numpy's), and not a bool."""
    return isinstance(value, int | np.integer) and not isinstance(value, bool)


def is_finite(value) -> bool:
    """A real number, not a bool, neither infinite nor NaN."""
    return isinstance(value, numbers.Real) and not isinstance(value, bool) and math.isfinite(value)


def expect(condition: bool, message: str) -> None:
    """Raise ValueError(message) unless `condition` holds."""
    if not condition:
        raise ValueError(message)


def whole_number(value, name: str, low: int, high: int | None = None, says: str = "") -> int:
    """`value` as an int in [low, high] (no upper limit when high is None).

    The message reads '{name}={value!r} must be a whole number from LOW to HIGH' (or '≥ LOW'),
    with `says` in place of the range when given."""
    if not is_whole(value) or value < low or (high is not None and value > high):
        bound = says or (f"≥ {low}" if high is None else f"from {low} to {high}")
        raise ValueError(f"{name}={value!r} must be a whole number {bound}")
    return int(value)


def finite_number(value, name: str, low: float = 0.0, *, strict: bool = False) -> float:
    """`value` as a float ≥ low (> low when strict), else a ValueError naming `name`."""
    if not (is_finite(value) and (value > low if strict else value >= low)):
        raise ValueError(
            f"{name}={value!r} must be a finite number {'>' if strict else '≥'} {low:g}"
        )
    return float(value)


def floats(value, count: int) -> tuple[float, ...] | None:
    """`value` as `count` floats, or None when it is not a sequence of that many numbers."""
    try:
        result = tuple(float(v) for v in value)
    except (TypeError, ValueError):
        return None
    return result if len(result) == count else None


def is_box(values) -> bool:
    """Four numbers x_min < x_max, y_min < y_max (False for NaN)."""
    x_min, x_max, y_min, y_max = values
    return x_min < x_max and y_min < y_max


def checked_point(value, name: str = "start") -> tuple[float, float]:
    """Two finite numbers x, y, or a ValueError naming `name`."""
    point = floats(value, 2)
    if point is None:
        raise ValueError(f"{name}={value!r} must be two numbers x, y")
    if not all(map(math.isfinite, point)):
        raise ValueError(f"{name}={value!r} must be two finite numbers")
    return point


def checked_rect(value, name: str = "rect") -> tuple[float, float, float, float]:
    """Four finite numbers x_min < x_max, y_min < y_max, or a ValueError naming `name`."""
    rect = floats(value, 4)
    if rect is None:
        raise ValueError(f"{name}={value!r} must be four numbers x_min, x_max, y_min, y_max")
    if not all(map(math.isfinite, rect)):
        raise ValueError(f"{name}={value!r} must be finite")
    if not is_box(rect):
        raise ValueError(f"{name}={value!r} must have x_min < x_max and y_min < y_max")
    return rect
