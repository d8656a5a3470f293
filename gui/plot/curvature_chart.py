"""A chart of the selected run's curvature: λmax over the run, and the step's curvature
(lr·λmax for SGD) against its stability limit, so oscillation and divergence are explained.

Above the dashed line (2 for plain steps, 2(1 + μ) for heavy ball) the update leaving that
frame grows the zig-zag along the steep axis (engine/run/curvature_trace.py).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt

from engine.run.curvature_trace import curvature_trace
from gui.features import Menu
from gui.plot.charts import CurvesView
from gui.plot.log_axis import plain_axes
from gui.plot.menus import adopt_plot_menus

LIMIT_PEN = pg.mkPen("#a50026", width=2, style=Qt.PenStyle.DashLine)
LAMBDA_PEN = pg.mkPen("#555555", width=2, style=Qt.PenStyle.DotLine)
CURSOR_PEN = pg.mkPen("#444444", width=2)


class CurvatureChart(QObject):
    """A dock beside the charts: step·λmax with its limit, and λmax, for the selected run."""

    NAME = "curvature chart"
    REQUIRES = ()

    @classmethod
    def install(cls, host) -> CurvatureChart:
        chart = cls(host.session, host.timeline, host.window)
        chart.dock = host.add_dock_built_when_shown(
            chart.build, chart.tr("Curvature chart"), "dock-curvature-chart", cls,
            area=Qt.DockWidgetArea.BottomDockWidgetArea, tab_with=CurvesView,
        )  # fmt: skip
        host.menu(Menu.VIEW).addAction(chart.dock.toggleViewAction())
        return chart

    def __init__(self, session, timeline, parent: QObject | None = None):
        super().__init__(parent)
        self.session, self.timeline = session, timeline
        self.plot: pg.PlotWidget | None = None  # built when the dock is first shown
        self._stale = True

    def build(self) -> pg.PlotWidget:
        """The plot and its three curves, following the selected run from now on."""
        self.plot = pg.PlotWidget(enableMenu=False)
        self.plot.setMenuEnabled(False)
        plain_axes(self.plot.plotItem)
        adopt_plot_menus(self.plot)
        self.plot.setLabel("bottom", self.tr("step"))
        self.plot.setTitle(self.tr("step × λmax against its stability limit (dashed)"))
        self.plot.addLegend(offset=(-8, 8), colCount=3)  # one row: the strip is short
        self.step_curve = self.plot.plot(name=self.tr("step × λmax"))
        self.lambda_curve = self.plot.plot(pen=LAMBDA_PEN, name=self.tr("λmax"))
        self.limit_curve = self.plot.plot(pen=LIMIT_PEN, name=self.tr("limit"))
        self.cursor = pg.InfiniteLine(angle=90, pen=CURSOR_PEN, movable=False)
        self.plot.addItem(self.cursor, ignoreBounds=True)
        self.session.runs_changed.connect(self._redraw)
        self.session.selection_changed.connect(self._redraw)
        self.timeline.frame_changed.connect(self.cursor.setValue)
        self.plot.installEventFilter(self)
        self._redraw()
        return self.plot

    def eventFilter(self, watched, event) -> bool:
        if watched is self.plot and event.type() == QEvent.Type.Show and self._stale:
            self._redraw()
        return False

    def _redraw(self, *_args) -> None:
        """Redraw now if the chart is on screen, else when it is next shown."""
        self._stale = not self.plot.isVisible()
        if self._stale:
            return
        index = self.session.selected
        if not 0 <= index < len(self.session.runs):
            for curve in (self.step_curve, self.lambda_curve, self.limit_curve):
                curve.setData([], [])
            return
        run, spec = self.session.runs[index], self.session.scene.runs[index]
        trace = curvature_trace(self.session.scene.surface, run)
        steps = np.arange(run.frames, dtype=float)
        shown = np.isfinite(trace.step_curvature)
        self.step_curve.setData(steps[shown], trace.step_curvature[shown])
        self.step_curve.setPen(pg.mkPen(spec.color, width=3))
        finite = np.isfinite(trace.lambda_max)
        self.lambda_curve.setData(steps[finite], trace.lambda_max[finite])
        self.limit_curve.setData(steps[shown], trace.limit[shown])
        self.cursor.setValue(self.timeline.frame)

    def curves(self) -> dict[str, pg.PlotDataItem]:
        return {"step": self.step_curve, "lambda_max": self.lambda_curve, "limit": self.limit_curve}
