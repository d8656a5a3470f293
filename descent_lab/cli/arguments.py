"""Checks the sub-commands share: a start point (output paths: engine.output.destination)."""

from __future__ import annotations

import math

from descent_lab.cli.errors import UsageError


def parse_start(text: str) -> tuple[float, float]:
    """`X,Y` as two finite floats."""
    parts = text.split(",")
    try:
        x, y = (float(part) for part in parts)
    except ValueError:
        raise UsageError(f"--start {text!r} must be two numbers X,Y, e.g. -1.5,2") from None
    if not (math.isfinite(x) and math.isfinite(y)):
        raise UsageError(f"--start {text!r} must be two finite numbers")
    return x, y
