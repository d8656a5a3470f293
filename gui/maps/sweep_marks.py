"""The sweep map's marks: the selected run's setting, the best settings, and their legend."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from engine.run.conditioning import sweep_marks
from engine.run.sweep import SweepResult
from gui.i18n import engine_text, translator
from gui.maps.sweep_parts import to_plot

MARK_BRUSHES = {"best GD": "#D55E00", "best heavy ball": "#E69F00"}
MARK_SYMBOLS = {"best GD": "o", "best heavy ball": "d"}
LEGEND = {"best GD": "●", "best heavy ball": "◆"}


# The dock's strings keep the controller's translation context.
tr = translator("SweepMapController")


class SweepMarks:
    """The ✕ of the current setting, a point (or a dashed line, when only one hyper-parameter
    has a closed-form best) per optimum of the surface, and a legend naming them."""

    def __init__(self, plot_item: pg.PlotItem):
        self.plot_item = plot_item
        self.current_mark = pg.ScatterPlotItem(symbol="x", size=22, brush="k", pen=pg.mkPen("w"))
        self.optima_marks = pg.ScatterPlotItem(size=18, pen=pg.mkPen("w", width=2))
        self.lines: list[pg.InfiniteLine] = []
        for mark in (self.current_mark, self.optima_marks):
            mark.setZValue(10)
            plot_item.addItem(mark)
        self.legend = QLabel()
        self.legend.setWordWrap(True)

    def draw(self, result: SweepResult, current, optimizer_name: str) -> None:
        """Mark `current` (x, y values, or None) and the optima of `optimizer_name` on the
        swept surface."""
        self.clear()
        legend = ["<b>✕</b> " + tr("current setting")]
        points = [] if current is None else [current]
        self.current_mark.setData([to_plot(result.x, p[0]) for p in points],
                                  [to_plot(result.y, p[1]) for p in points])  # fmt: skip
        spots = []
        for label, x, y in sweep_marks(result.surface, optimizer_name, result.x.key, result.y.key):
            colour = MARK_BRUSHES[label]
            if x is not None and y is not None:
                position = (to_plot(result.x, x), to_plot(result.y, y))
                spots.append(dict(pos=position, symbol=MARK_SYMBOLS[label], brush=colour))
                legend.append(f"<span style='color:{colour}'>{LEGEND[label]}</span> ")
            else:
                vertical = x is not None
                at = to_plot(result.x, x) if vertical else to_plot(result.y, y)
                pen = pg.mkPen(colour, width=3, style=Qt.PenStyle.DashLine)
                line = pg.InfiniteLine(at, angle=90 if vertical else 0, pen=pen)
                self.plot_item.addItem(line)
                self.lines.append(line)
                legend.append(f"<span style='color:{colour}'>╌</span> ")
            legend[-1] += engine_text(label)
        self.optima_marks.setData(spots)
        legend.append("<span style='color:#b0b0b0'>■</span> " + tr("diverged / never within tol"))
        self.legend.setText(" &nbsp; ".join(legend))

    def clear(self) -> None:
        self.current_mark.setData([], [])
        self.optima_marks.setData([])
        for line in self.lines:
            self.plot_item.removeItem(line)
        self.lines = []
        self.legend.setText("")
