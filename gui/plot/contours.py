"""The surface layer of the main plot: log-scaled colour map, contour lines, minima and saddles."""

from __future__ import annotations

import contourpy
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF

from engine.surfaces import Surface

GRID_SIZE = 400
LEVEL_COUNT = 18
# Pale, low-saturation ramp (valleys a soft blue, heights a warm sand) so the saturated
# Okabe-Ito run colours stay the loudest thing on a projector.
COLOR_STOPS = ((0.0, "#c3d5e0"), (0.35, "#e3eaee"), (0.65, "#f4f2ec"), (1.0, "#f0dfc8"))
CONTOUR_PEN = pg.mkPen("#9aa1a9", width=1)
MINIMUM_STYLE = dict(symbol="star", size=20, brush="#ffffff", pen=pg.mkPen("#222222", width=1.5))
SADDLE_STYLE = dict(symbol="x", size=15, brush="#222222", pen=pg.mkPen("#222222", width=1))


# A loss over a data set costs one evaluation per example: big sets get a coarser grid, so
# drawing the map stays within about this many example-evaluations (well under a second).
GRID_WORK = 30_000_000


def grid_size(surface: Surface, size: int = GRID_SIZE) -> int:
    """`size`, or fewer points per side for a surface that is a mean over many examples."""
    examples = getattr(surface, "examples", 1)
    return int(max(48, min(size, (GRID_WORK / examples) ** 0.5)))


def surface_grid(surface: Surface, size: int = GRID_SIZE):
    """Loss on a grid over the bounds: (xs, ys, z) with z[row=y, col=x]."""
    size = grid_size(surface, size)
    x_min, x_max, y_min, y_max = surface.bounds
    xs, ys = np.linspace(x_min, x_max, size), np.linspace(y_min, y_max, size)
    grid = np.stack(np.meshgrid(xs, ys), axis=-1)
    with np.errstate(all="ignore"):
        z = surface.value(grid)
    return xs, ys, z


def middle_value(values: np.ndarray) -> float:
    """The median of a 1-D array, as np.median gives it, without np.median's first call
    importing numpy.ma (30 ms of the app's start-up)."""
    half = len(values) // 2
    if len(values) % 2:
        return float(np.partition(values, half)[half])
    low, high = np.partition(values, (half - 1, half))[half - 1 : half + 1]
    return float((low + high) / 2)


def log_height(surface: Surface, z: np.ndarray) -> np.ndarray:
    """log10(f − f_min + δ), with δ chosen so the grid's median loss sits mid-scale.

    Solving log(1 + m/δ) = ½·log(1 + M/δ) for the median m and maximum M of f − f_min
    gives δ = m² / (M − 2m): a deep, narrow valley (Rosenbrock) gets a small δ and many
    decades, a surface whose median is already high (the canyon) a large δ, nearly linear.
    """
    finite = z[np.isfinite(z)]
    lowest = min([float(finite.min()), *(p.value for p in surface.minima)])
    above = finite - lowest
    median, top = middle_value(above), float(above.max())
    scale = max(top, 1e-12)
    delta = median * median / (top - 2 * median) if top > 2 * median else scale
    delta = min(max(delta, 1e-9 * scale), scale)
    with np.errstate(all="ignore"):
        return np.log10(np.maximum(z - lowest, 0.0) + delta)


def contour_levels(height: np.ndarray, count: int = LEVEL_COUNT) -> np.ndarray:
    """`count` levels evenly spaced in log height (log-spaced in the loss), ends excluded."""
    finite = height[np.isfinite(height)]
    return np.linspace(finite.min(), finite.max(), count + 2)[1:-1]


def contour_lines(xs, ys, height, levels) -> list[np.ndarray]:
    """One (N, 2) array per level, its separate lines joined by NaN rows (connect='finite')."""
    generator = contourpy.contour_generator(
        xs,
        ys,
        np.where(np.isfinite(height), height, np.nanmax(height)),
        line_type=contourpy.LineType.ChunkCombinedNan,
    )
    lines = []
    for level in levels:
        (chunks,) = generator.lines(level)
        points = chunks[0] if chunks and chunks[0] is not None else np.empty((0, 2))
        lines.append(np.asarray(points, dtype=float))
    return lines


def joined(lines: list[np.ndarray]) -> np.ndarray:
    """The levels' lines as one (N, 2) array, a NaN row between levels; empty if none."""
    gap = np.full((1, 2), np.nan)
    points = [part for line in lines if len(line) for part in (line, gap)]
    return np.concatenate(points[:-1]) if points else np.empty((0, 2))


def color_map() -> pg.ColorMap:
    positions, colors = zip(*COLOR_STOPS, strict=True)
    return pg.ColorMap(np.array(positions), [pg.mkColor(c) for c in colors])


def point_tip(x, y, data) -> str:
    """Tooltip of a minimum/saddle marker (`data` is its label)."""
    return f"{data}\nx = {x:.4g}, y = {y:.4g}"


class SurfaceLayer:
    """Owns the image, contour curves and critical-point markers of one plot."""

    def __init__(self, plot: pg.PlotItem):
        self.image = pg.ImageItem()
        self.image.setLookupTable(color_map().getLookupTable(nPts=256))
        self.image.setZValue(-100)
        plot.addItem(self.image)
        # Every level in one curve: one path to paint each frame, not one per level.
        self.contours = pg.PlotCurveItem(pen=CONTOUR_PEN, connect="finite")
        self.contours.setZValue(-50)
        plot.addItem(self.contours)
        self.minima = pg.ScatterPlotItem(hoverable=True, tip=point_tip, **MINIMUM_STYLE)
        self.saddles = pg.ScatterPlotItem(hoverable=True, tip=point_tip, **SADDLE_STYLE)
        for markers in (self.minima, self.saddles):
            markers.setZValue(5)
            plot.addItem(markers)
        self.surface: Surface | None = None

    def show(self, surface: Surface) -> None:
        """Recompute everything for `surface` (call only when the surface changes)."""
        self.surface = surface
        xs, ys, z = surface_grid(surface)
        height = log_height(surface, z)
        self._show_image(surface, height)
        self._show_contours(contour_lines(xs, ys, height, contour_levels(height)))
        self._show_points(self.minima, surface.minima, "minimum")
        self._show_points(self.saddles, surface.saddles, "saddle")

    def _show_image(self, surface: Surface, height: np.ndarray) -> None:
        x_min, x_max, y_min, y_max = surface.bounds
        finite = height[np.isfinite(height)]
        # ImageItem indexes image[x, y]: hand it the transpose of our [row=y, col=x] grid.
        self.image.setImage(height.T, levels=(finite.min(), finite.max()), autoLevels=False)
        self.image.setRect(QRectF(x_min, y_min, x_max - x_min, y_max - y_min))

    def _show_contours(self, lines: list[np.ndarray]) -> None:
        self.contours.setData(*joined(lines).T, connect="finite")

    @staticmethod
    def _show_points(markers: pg.ScatterPlotItem, points, kind: str) -> None:
        labels = [f"{kind}: f = {p.value:.4g}" for p in points]
        markers.setData(
            x=[p.x for p in points],
            y=[p.y for p in points],
            data=labels,
        )
        markers.setVisible(bool(labels))  # pyqtgraph paints even an empty item, every frame
