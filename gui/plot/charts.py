"""Loss, learning rate, gradient norm, momentum and distance to a minimum against step.

A draggable cursor in each chart marks the current step and scrubs the timeline. Log axes
label whole decades only, as many as fit (gui/plot/log_axis.py). Noisy runs may show their
loss smoothed (an exponential moving average, bias-corrected as TensorBoard's smoothing).

The loss chart has a log axis, so it plots the gap `loss − f*` to the surface's lowest
known minimum f* (the saddle's minima lie at −1, so raw losses can be ≤ 0), clipped to
LOG_FLOOR. A surface without known minima uses the lowest finite loss any run reached as
f*: every curve then stays ≥ 0 and the best run touches the floor where it bottomed out.
"""

from __future__ import annotations

from functools import partial

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGraphicsItem, QVBoxLayout, QWidget

from engine.lecture.expr import MINUS
from gui.models import Session, Timeline
from gui.plot.chart_data import (  # noqa: F401  (LOG_FLOOR, loss_offset: the charts' API)
    LOG_FLOOR,
    distance_curve,
    gradient_norm_curve,
    is_noisy,
    loss_curve,
    loss_offset,
    lr_curve,
    lr_cut_points,
    momentum_curve,
    smoothed,
)
from gui.plot.log_axis import DecadeAxis, SparseAxis, plain_axes
from gui.plot.menus import adopt_plot_menus

PEN_WIDTH, SELECTED_PEN_WIDTH = 2, 4
CURSOR_COLOR = "#444444"
FONT_POINTS = 13
# A panel wider than this many heights shows the plots side by side instead of stacked.
STRIP_ASPECT = 2.2
LOG_PLOTS = (True, False, True, False, True)  # loss, lr, ‖∇f‖, momentum, distance
RAW_ALPHA = 70  # of 255: a smoothed run's raw loss stays visible, faintly


def _no_least_width(label: pg.LabelItem) -> None:
    """A title that does not set its chart's least width: pyqtgraph makes the text's width
    the minimum at every text change and resize, and five titles side by side would push the
    strip past a projector's 1280 px, the last chart cut off."""
    pg.LabelItem.updateMin(label)
    label.setMinimumWidth(0)


class CurvesView(QWidget):
    """Five plots side by side sharing the step axis; vertical lines mark and scrub the frame."""

    def __init__(self, session: Session, timeline: Timeline, parent: QWidget | None = None):
        super().__init__(parent)
        self._session, self._timeline = session, timeline
        self._curves: dict[int, tuple[pg.PlotDataItem, ...]] = {}
        self._wild: dict[int, bool] = {}  # whose curves the log plots' auto-range ignores
        self._smoothed: dict[int, pg.PlotDataItem] = {}
        self._cuts: dict[int, pg.ScatterPlotItem] = {}  # where reduce_on_plateau cut the lr
        self.smoothing = False  # draw noisy runs' losses smoothed (View ▸ Smooth noisy losses)
        self._syncing = False
        self._canvas = pg.GraphicsLayoutWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._canvas)
        self.plots = tuple(self._new_plot(log_y) for log_y in LOG_PLOTS)
        for plot in self.plots:
            plot.titleLabel.updateMin = partial(_no_least_width, plot.titleLabel)
        for plot in self.plots[1:]:
            plot.setXLink(self.plots[0])
        self.plots[1].setTitle(self.tr("learning rate"), size=f"{FONT_POINTS}pt")
        self.plots[2].setTitle(self.tr("gradient norm ‖∇f‖ (log)"), size=f"{FONT_POINTS}pt")
        self.plots[3].setTitle(self.tr("momentum μ / β1"), size=f"{FONT_POINTS}pt")
        self.plots[4].setTitle(self.tr("distance to a minimum (log)"), size=f"{FONT_POINTS}pt")
        self._side_by_side: bool | None = None
        self._arrange(True)  # the window's strip is wide: no re-arranging when it is first shown
        self.cursors = tuple(self._add_cursor(plot) for plot in self.plots)
        adopt_plot_menus(self._canvas)
        session.runs_changed.connect(self._on_runs_changed)
        session.solo_changed.connect(self._on_solo_changed)
        session.selection_changed.connect(self._on_selection_changed)
        timeline.frame_changed.connect(self._on_frame_changed)
        timeline.last_frame_changed.connect(self._on_last_frame_changed)
        self._on_last_frame_changed(timeline.last_frame)
        self._on_runs_changed(session.runs)

    def curves(self, index: int) -> tuple[pg.PlotDataItem, ...]:
        """The (loss, lr, ‖∇f‖, momentum, distance) items of run `index`; empty if not shown."""
        return self._curves.get(index, ())

    def smoothed_curve(self, index: int) -> pg.PlotDataItem | None:
        """The smoothed loss of run `index` when smoothing is on and the run is noisy."""
        return self._smoothed.get(index)

    def set_smoothing(self, on: bool) -> None:
        self.smoothing = bool(on)
        self._on_runs_changed(self._session.runs)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange(self.width() > STRIP_ASPECT * self.height())

    def _arrange(self, side_by_side: bool) -> None:
        """Stack the plots in a tall panel, put them side by side in a wide strip."""
        if side_by_side == self._side_by_side:
            return
        if self._side_by_side is not None:
            for plot in self.plots:
                self._canvas.ci.removeItem(plot)
        self._side_by_side = side_by_side
        for index, plot in enumerate(self.plots):
            row, column = (0, index) if side_by_side else (index, 0)
            self._canvas.ci.addItem(plot, row=row, col=column)
            show_step = side_by_side or index == len(self.plots) - 1
            plot.setLabel(
                "bottom",
                self.tr("step") if show_step else None,
                **{"font-size": f"{FONT_POINTS}pt"},
            )

    def _new_plot(self, log_y: bool) -> pg.PlotItem:
        """A plot of the strip, placed by `_arrange`."""
        left = DecadeAxis("left") if log_y else SparseAxis("left")
        axes = {"bottom": SparseAxis("bottom"), "left": left}
        plot = pg.PlotItem(axisItems=axes, enableMenu=False)
        plot.setLogMode(x=False, y=log_y)
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=True)  # x follows the timeline, not the mouse wheel
        font = QFont()
        font.setPointSize(FONT_POINTS - 1)
        for name in ("left", "bottom"):
            plot.getAxis(name).setStyle(tickFont=font)
        plot.getAxis("left").setWidth(64)  # equal widths keep the charts' x axes aligned
        plain_axes(plot)
        return plot

    def _add_cursor(self, plot: pg.PlotItem) -> pg.InfiniteLine:
        line = pg.InfiniteLine(
            pos=self._timeline.frame,
            angle=90,
            movable=True,
            pen=pg.mkPen(CURSOR_COLOR, width=2),
            hoverPen=pg.mkPen("#D55E00", width=4),
        )
        line.setToolTip(self.tr("Current step: drag to scrub the timeline."))
        line.setZValue(100)
        line.sigPositionChanged.connect(self._on_cursor_moved)
        line.sigPositionChangeFinished.connect(self._on_cursor_released)
        plot.addItem(line, ignoreBounds=True)
        return line

    def _on_runs_changed(self, runs) -> None:
        """Redraw every full curve: once per change of the runs, never per frame."""
        for item in self._smoothed.values():
            self.plots[0].removeItem(item)
        for item in self._cuts.values():
            self.plots[1].removeItem(item)
        self._smoothed.clear()
        self._cuts.clear()
        offset = loss_offset(self._session.scene.surface, runs)
        self._label_loss_axis(offset)
        shown = [index for index in range(len(runs)) if self._session.is_shown(index)]
        for index in set(self._curves) - set(shown):
            self._remove_run(index)
        # A blow-up to 1e300 would flatten every other curve: while some shown run stays
        # finite, diverged runs leave the top of the loss and gradient scales.
        calm = any(runs[index].status.kind != "diverged" for index in shown)
        for index in shown:
            color = self._session.scene.runs[index].color
            wild = calm and runs[index].status.kind == "diverged"
            self._draw_run(index, runs[index], offset, color, wild)
            cuts = lr_cut_points(runs[index])
            if len(cuts):
                self._cuts[index] = self._add_cuts(cuts, color)
            if self.smoothing and is_noisy(self._session.scene.runs[index]):
                self._smoothed[index] = self._add_smoothed(index, offset, color)
        self._fit_linear_ranges([runs[index] for index in shown])
        self._on_selection_changed(self._session.selected)

    def _fit_linear_ranges(self, runs) -> None:
        """Learning rate and momentum start their axes at 0, so a constant reads as its value."""
        tops = [float(np.nanmax(run.lrs)) for run in runs if np.isfinite(run.lrs).any()]
        self.plots[1].setYRange(0, max(tops, default=1.0) * 1.08 or 1.0, padding=0)
        self.plots[3].setYRange(0, 1.0, padding=0.02)

    def _draw_run(self, index: int, run, offset: float, color: str, wild: bool) -> None:
        """Run `index`'s five curves; `wild` ones do not count in the log plots' auto-range.

        A run keeps its items from one edit to the next and only gets new data: building
        pyqtgraph items was most of what an edit cost the charts."""
        data = (
            loss_curve(run, offset),
            lr_curve(run),
            gradient_norm_curve(run),
            momentum_curve(run),
            distance_curve(run, self._session.scene.surface.minima),
        )
        old = self._curves.get(index)
        items = old or tuple(self._new_curve() for _ in self.plots)
        for plot, item, (x, y), log_y in zip(self.plots, items, data, LOG_PLOTS, strict=True):
            item.setData(x, y, pen=pg.mkPen(color, width=PEN_WIDTH))  # one update, not two
            if old is None or self._wild.get(index) != wild:
                plot.removeItem(item)  # ignoreBounds is read only when an item is added
                plot.addItem(item, ignoreBounds=wild and log_y)
        self._curves[index], self._wild[index] = items, wild

    @staticmethod
    def _new_curve() -> pg.PlotDataItem:
        item = pg.PlotDataItem()
        # The cursor moves every frame; cached curves are blitted instead of redrawn.
        item.curve.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        return item

    def _remove_run(self, index: int) -> None:
        for plot, item in zip(self.plots, self._curves.pop(index), strict=True):
            plot.removeItem(item)
        self._wild.pop(index, None)

    def cut_marks(self, index: int) -> pg.ScatterPlotItem | None:
        """The ▼ marks where a loss-driven schedule cut run `index`'s learning rate."""
        return self._cuts.get(index)

    def _add_cuts(self, points: np.ndarray, color: str) -> pg.ScatterPlotItem:
        marks = pg.ScatterPlotItem(
            points[:, 0], points[:, 1], symbol="t", size=12, brush=color, pen="#222222"
        )
        marks.setToolTip(self.tr("The schedule cut the learning rate here (reduce on plateau)."))
        marks.setZValue(12)
        self.plots[1].addItem(marks)
        return marks

    def _add_smoothed(self, index: int, offset: float, color: str) -> pg.PlotDataItem:
        """The loss gap's moving average on top; the raw curve fades behind it."""
        raw = self._curves[index][0]
        steps, gaps = raw.getOriginalDataset()
        faint = pg.mkColor(color)
        faint.setAlpha(RAW_ALPHA)
        raw.setPen(pg.mkPen(faint, width=PEN_WIDTH))
        item = pg.PlotDataItem(steps, np.maximum(smoothed(gaps), LOG_FLOOR))
        item.setPen(pg.mkPen(color, width=PEN_WIDTH + 1))
        self.plots[0].addItem(item)
        return item

    def _label_loss_axis(self, offset: float) -> None:
        if offset == 0:
            text = self.tr("loss (log)")
        else:
            # Short: five titles share a projector's width, each wants its text's width.
            value = f"{offset:.4g}".replace("-", MINUS)  # a minus sign, as in the formulas
            text = self.tr("loss − f* (log), f* = {0}").format(value)
        self.plots[0].setTitle(text, size=f"{FONT_POINTS}pt")

    def _on_solo_changed(self, _index: int) -> None:
        self._on_runs_changed(self._session.runs)

    def _on_selection_changed(self, selected: int) -> None:
        """Draw the selected run thicker and on top of the others."""
        for index, items in self._curves.items():
            chosen = index == selected
            color = self._session.scene.runs[index].color
            width = SELECTED_PEN_WIDTH if chosen else PEN_WIDTH
            for position, item in enumerate(items):
                pen_color = pg.mkColor(color)
                if position == 0 and index in self._smoothed:
                    pen_color.setAlpha(RAW_ALPHA)  # the raw loss behind its smoothed line
                pen = pg.mkPen(pen_color, width=width)
                if item.opts["pen"] != pen:  # a new pen re-sends the whole curve to its item
                    item.setPen(pen)
                item.setZValue(10 if chosen else 0)
            if index in self._smoothed:
                self._smoothed[index].setPen(pg.mkPen(color, width=width + 1))
                self._smoothed[index].setZValue(11 if chosen else 1)

    def _on_frame_changed(self, frame: int) -> None:
        self._syncing = True
        try:
            for line in self.cursors:
                line.setValue(frame)
        finally:
            self._syncing = False

    def _on_last_frame_changed(self, last: int) -> None:
        for line in self.cursors:
            line.setBounds((0, last))
        self.plots[0].setXRange(0, max(last, 1), padding=0.01)

    def _on_cursor_moved(self, line: pg.InfiniteLine) -> None:
        if not self._syncing:
            self._timeline.set_frame(round(line.value()))

    def _on_cursor_released(self, _line: pg.InfiniteLine) -> None:
        """Snap every cursor onto the whole step the drag ended on."""
        self._on_frame_changed(self._timeline.frame)
