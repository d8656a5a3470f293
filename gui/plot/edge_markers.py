"""Runs that leave the view get a triangle at its edge, pointing where they went.

A run that overshoots off the screen (or diverges) would otherwise just vanish; the mark
sits where the ray from the view's centre to the run crosses the edge, in the run's colour.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

INSET_PX = 12  # the mark stays this far inside the edge, whole
SIZE = 16
# pyqtgraph's triangles: 't' points down, 't1' up, 't2' right, 't3' left.
SYMBOLS = {(1, 0): "t2", (-1, 0): "t3", (0, 1): "t1", (0, -1): "t"}


def edge_mark(point, rect, inset) -> tuple[float, float, str] | None:
    """(x, y, symbol) of the mark for a run at `point` outside `rect` (None when inside);
    `inset` is (dx, dy) in data units."""
    x_min, x_max, y_min, y_max = rect
    x, y = (float(v) for v in point)
    if not (np.isfinite(x) and np.isfinite(y)):
        return None
    if x_min <= x <= x_max and y_min <= y <= y_max:
        return None
    center = np.array([(x_min + x_max) / 2, (y_min + y_max) / 2])
    half = np.array([(x_max - x_min) / 2 - inset[0], (y_max - y_min) / 2 - inset[1]])
    direction = np.array([x, y]) - center
    reach = min(half[i] / abs(direction[i]) for i in (0, 1) if direction[i] != 0)
    mark = center + direction * reach
    axis = int(np.argmax(np.abs(direction) / np.maximum(half, 1e-300)))
    key = (int(np.sign(direction[0])), 0) if axis == 0 else (0, int(np.sign(direction[1])))
    return float(mark[0]), float(mark[1]), SYMBOLS[key]


class EdgeMarkers:
    """One scatter item: a triangle per shown run outside the view."""

    def __init__(self, plot: pg.PlotItem):
        self.item = pg.ScatterPlotItem(size=SIZE, pen=pg.mkPen("#1a1a1a", width=1.5))
        self.item.setZValue(45)
        plot.addItem(self.item, ignoreBounds=True)

    def show(self, points, colors, rect, units_per_px) -> list[tuple[float, float, str]]:
        """Place the marks; returns them (x, y, symbol) for the runs outside `rect`."""
        inset = (INSET_PX * units_per_px[0], INSET_PX * units_per_px[1])
        marks, brushes = [], []
        for point, color in zip(points, colors, strict=True):
            mark = edge_mark(point, rect, inset)
            if mark is not None:
                marks.append(mark)
                brushes.append(pg.mkBrush(color))
        self.item.setData(
            pos=np.array([m[:2] for m in marks]).reshape(-1, 2),
            symbol=[m[2] for m in marks],
            brush=brushes,
        )
        self.item.setVisible(bool(marks))  # pyqtgraph paints even an empty item, every frame
        return marks
