"""Polylines the overlays draw: arrows with open heads, boxes, NaN-joined pieces."""

from __future__ import annotations

import numpy as np

HEAD_PX = 14.0
EMPTY = np.empty((0, 2))
SEPARATOR = np.array([[np.nan, np.nan]])


def fixed_length(vector, length_px: float, units_per_px) -> np.ndarray:
    """`vector` rescaled to be `length_px` pixels long on screen (NaN if it has no direction)."""
    pixels = np.asarray(vector, dtype=float) / units_per_px
    norm = float(np.hypot(*pixels))
    if not np.isfinite(norm) or norm == 0.0:
        return np.array([np.nan, np.nan])
    return np.asarray(vector, dtype=float) * (length_px / norm)


def relative_size(vector, history) -> float:
    """√(|vector| / largest finite |v| in `history`): 1 at the run's largest, 0 when it vanishes."""
    norms = np.hypot(history[:, 0], history[:, 1])
    largest = float(np.max(norms, where=np.isfinite(norms), initial=0.0))
    norm = float(np.hypot(*vector))
    if largest == 0.0 or not np.isfinite(norm):
        return 0.0
    return min(1.0, np.sqrt(norm / largest))


def arrow_polyline(tail, vector, units_per_px, head_px: float = HEAD_PX) -> np.ndarray:
    """Shaft and open head of an arrow as one polyline with NaN breaks; empty if not drawable."""
    tail, vector = np.asarray(tail, dtype=float), np.asarray(vector, dtype=float)
    if not (np.all(np.isfinite(tail)) and np.all(np.isfinite(vector))) or not vector.any():
        return EMPTY
    tip = tail + vector
    # Build the head in pixel space so it keeps its shape when the axes are scaled differently.
    pixels = vector / units_per_px
    length = float(np.hypot(*pixels))
    back = -pixels / length * min(head_px, 0.6 * length)
    side = np.array([-back[1], back[0]]) * 0.5
    barbs = [tip + (back + side) * units_per_px, tip + (back - side) * units_per_px]
    return np.array([tail, tip, SEPARATOR[0], barbs[0], tip, barbs[1]])


def box_polyline(center, half_sides) -> np.ndarray:
    """Closed rectangle around `center` with the given per-axis half-sides."""
    center, half = np.asarray(center, dtype=float), np.abs(np.asarray(half_sides, dtype=float))
    if not (np.all(np.isfinite(center)) and np.all(np.isfinite(half))):
        return EMPTY
    corners = np.array([[-1, -1], [1, -1], [1, 1], [-1, 1], [-1, -1]], dtype=float)
    return center + corners * half


def joined(parts: list[np.ndarray]) -> np.ndarray:
    """Concatenate polylines with NaN rows between them."""
    parts = [p for p in parts if len(p)]
    if not parts:
        return EMPTY
    pieces = [parts[0]]
    for part in parts[1:]:
        pieces += [SEPARATOR, part]
    return np.concatenate(pieces)
