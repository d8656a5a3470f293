"""The sweep map's parts: an axis picker, the clickable heat map, the job a worker runs."""

from __future__ import annotations

import functools
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from engine.run.sweep import Axis, SweepResult, sweep

LOSS_FLOOR = 1e-16  # a final loss gap of 0 is drawn as this on the log colour scale
FAILED_RGBA = (215, 215, 215, 255)  # diverged, or never within tolerance


@functools.cache
def colormap() -> pg.ColorMap:
    """viridis, dark = low = best; read from pyqtgraph's file when a sweep is first drawn."""
    return pg.colormap.get("viridis")


def to_plot(axis: Axis, value: float) -> float:
    """Plot coordinate of a value: log10 on a log axis (the axis labels 10^x)."""
    return math.log10(value) if axis.log else float(value)


def default_axis(name: str, info, value: float) -> Axis:
    """A useful first range around the run's own value."""
    if info.log:
        low, high = max(info.low, value / 10), min(info.high, value * 10)
        return Axis(name, low, high if high > low else low * 10, True)
    return Axis(name, info.low, info.high, False)


def level_grid(result: SweepResult, metric: str) -> np.ndarray:
    """log10 of the metric, NaN for failed cells (the colour scale is logarithmic)."""
    floor = LOSS_FLOOR if metric == "final_loss" else 1.0
    with np.errstate(invalid="ignore"):
        return np.log10(np.maximum(result.metric(metric), floor))


class AxisPicker(QWidget):
    """One axis: which hyper-parameter, its low and high values, linear or log spacing."""

    def __init__(self, label: str, parent=None):
        super().__init__(parent)
        self.name, self.low, self.high = QComboBox(), QLineEdit(), QLineEdit()
        self.scale = QComboBox()
        self.scale.addItem(self.tr("lin"), False)
        self.scale.addItem(self.tr("log"), True)
        self.name.setToolTip(self.tr("The hyper-parameter along the {0} axis.").format(label))
        self.low.setToolTip(self.tr("Lowest value swept."))
        self.high.setToolTip(self.tr("Highest value swept."))
        self.scale.setToolTip(self.tr("Space the values evenly (lin) or by equal ratios (log)."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(label))
        for widget, stretch in ((self.name, 2), (self.low, 2), (self.high, 2), (self.scale, 1)):
            layout.addWidget(widget, stretch)

    def set_axis(self, axis: Axis) -> None:
        self.name.setCurrentText(axis.name)
        self.low.setText(f"{axis.low:g}")
        self.high.setText(f"{axis.high:g}")
        self.scale.setCurrentIndex(self.scale.findData(bool(axis.log)))

    def axis(self) -> Axis:
        try:
            low, high = float(self.low.text()), float(self.high.text())
        except ValueError:
            raise ValueError(
                self.tr("{0}: low and high must be numbers").format(self.name.currentText())
            ) from None
        return Axis(self.name.currentText(), low, high, bool(self.scale.currentData()))


class SweepImage(pg.ImageItem):
    """The heat map; a left click reports the cell (ix, iy) under the cursor."""

    cell_clicked = Signal(int, int)

    def show(self, result: SweepResult, metric: str) -> tuple[float, float]:
        """Colour each cell by log10 of `metric` (grey where it failed), one cell centred on
        each swept value; returns the colour scale's (low, high)."""
        levels = level_grid(result, metric)
        finite = levels[np.isfinite(levels)]
        low, high = (float(finite.min()), float(finite.max())) if len(finite) else (0.0, 1.0)
        high = high if high > low else low + 1.0
        rgba = colormap().map(np.clip((np.nan_to_num(levels, nan=low) - low) / (high - low), 0, 1))
        rgba[np.isnan(levels)] = FAILED_RGBA
        self.setImage(rgba, levels=(0, 255))
        xs = [to_plot(result.x, v) for v in result.x_values]
        ys = [to_plot(result.y, v) for v in result.y_values]
        dx, dy = (xs[-1] - xs[0]) / (len(xs) - 1), (ys[-1] - ys[0]) / (len(ys) - 1)
        self.setRect(QRectF(xs[0] - dx / 2, ys[0] - dy / 2, dx * len(xs), dy * len(ys)))
        return low, high

    def mouseClickEvent(self, ev):
        if ev.button() != Qt.MouseButton.LeftButton or self.image is None:
            ev.ignore()
            return
        ev.accept()
        rows, columns = self.image.shape[:2]
        ix, iy = int(ev.pos().x()), int(ev.pos().y())
        if 0 <= ix < columns and 0 <= iy < rows:
            self.cell_clicked.emit(ix, iy)


class SweepJob:
    """What the worker thread computes: one sweep of fixed inputs."""

    def __init__(self, arguments: dict):
        self.arguments = arguments

    def __call__(self, progress, is_cancelled) -> SweepResult | None:
        return sweep(**self.arguments, progress=progress, is_cancelled=is_cancelled)
