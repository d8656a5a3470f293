"""A dock showing the training set of a data-set surface and each run's current fitted line."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QObject

from engine.surfaces.data import epoch_batches
from engine.surfaces.datasets import LinearRegression, LogisticRegression, is_data_surface
from gui.features import Menu
from gui.plot.log_axis import plain_axes
from gui.plot.menus import adopt_plot_menus

# Data points in greys, never a run's colour (the fitted lines wear those): label +1 dark
# circles, label −1 light triangles, so the classes differ by shape and by shade.
CLASS_BRUSHES = ("#5a5a5a", "#d9d9d9")
CLASS_SYMBOLS = ("o", "t")
POINT_SIZE = 9
BATCH_RING = dict(symbol="o", size=POINT_SIZE + 9, brush=None, pen=pg.mkPen("#111111", width=2))
LINE_WIDTH = 2  # few lines: the wider pen's cost does not matter here


def fitted_line(surface, p, x_range) -> tuple[np.ndarray, np.ndarray]:
    """The model at parameters p as a drawable line: y = w·x + b, or the decision line w·x = 0."""
    if isinstance(surface, LinearRegression):
        xs = np.asarray(x_range, dtype=float)
        return xs, surface.predict(p, xs)
    norm = float(np.hypot(p[0], p[1]))
    if not np.isfinite(norm) or norm == 0:
        return np.array([np.nan]), np.array([np.nan])
    reach = max(abs(x_range[0]), abs(x_range[1])) * 2
    along = np.array([-p[1], p[0]]) / norm  # the boundary runs perpendicular to w
    ends = np.outer([-reach, reach], along)
    return ends[:, 0], ends[:, 1]


class DataView(pg.PlotWidget):
    """Scatter of the data set; one line per shown run, at the timeline's frame."""

    def __init__(self, session, timeline, parent=None):
        super().__init__(parent, enableMenu=False)
        self.session, self.timeline = session, timeline
        self.points: list[pg.ScatterPlotItem] = []
        self.lines: list[pg.PlotCurveItem] = []
        self.x_range = (-1.0, 1.0)
        self.batch_ring = pg.ScatterPlotItem(**BATCH_RING)
        self.batch_ring.setZValue(20)
        self.addItem(self.batch_ring)
        self._batches: list[np.ndarray] = []  # the selected run's mini-batch of each update
        self.plotItem.showGrid(x=True, y=True, alpha=0.2)
        self.plotItem.setMenuEnabled(False)
        plain_axes(self.plotItem)
        adopt_plot_menus(self)
        session.scene_changed.connect(self._on_scene_changed)
        session.runs_changed.connect(self._on_runs_changed)
        session.solo_changed.connect(self._on_solo_changed)
        session.selection_changed.connect(self._on_selection_changed)
        timeline.frame_changed.connect(self._on_frame_changed)
        self._show_data()
        self._make_lines()
        self._find_batches()

    # -- data ----------------------------------------------------------------------------
    def _show_data(self) -> None:
        for item in self.points:
            self.removeItem(item)
        self.points = []
        surface = self.session.scene.surface
        if not is_data_surface(surface):
            self.setTitle(self.tr("This surface has no data set: choose a regression surface"))
            return
        if isinstance(surface, LogisticRegression):
            self._show_classes(surface)
        else:
            self._show_points(*surface.data, CLASS_BRUSHES[0], CLASS_SYMBOLS[0])
            self.setLabel("bottom", "x")
            self.setLabel("left", "y")
            self.setTitle(self.tr("Data and fitted lines y = w·x + b"))
        inputs = surface.data[0]
        low, high = float(np.min(inputs)), float(np.max(inputs))
        pad = 0.1 * (high - low) + 0.1
        self.x_range = (low - pad, high + pad)

    def _show_classes(self, surface: LogisticRegression) -> None:
        inputs, labels = surface.data
        for brush, symbol, label in zip(CLASS_BRUSHES, CLASS_SYMBOLS, (1.0, -1.0), strict=True):
            chosen = inputs[labels == label]
            self._show_points(chosen[:, 0], chosen[:, 1], brush, symbol)
        self.setLabel("bottom", "x₁")
        self.setLabel("left", "x₂")
        self.setTitle(self.tr("Data and decision lines w·x = 0"))

    def _show_points(self, xs, ys, brush: str, symbol: str) -> None:
        item = pg.ScatterPlotItem(
            xs, ys, size=POINT_SIZE, symbol=symbol, brush=pg.mkBrush(brush), pen=pg.mkPen("#333")
        )
        self.addItem(item)
        self.points.append(item)

    # -- lines ---------------------------------------------------------------------------
    def _make_lines(self) -> None:
        for line in self.lines:
            self.removeItem(line)
        self.lines = []
        for spec in self.session.scene.runs:
            line = pg.PlotCurveItem(pen=pg.mkPen(spec.color, width=LINE_WIDTH))
            self.addItem(line)
            self.lines.append(line)
        self._update_lines()

    def _update_lines(self) -> None:
        surface, runs = self.session.scene.surface, self.session.runs
        data = is_data_surface(surface)
        for index, (line, run) in enumerate(zip(self.lines, runs, strict=False)):
            shown = data and self.session.is_shown(index)
            line.setVisible(shown)
            if shown:
                p = run.positions[min(self.timeline.frame, run.last_frame)]
                line.setData(*fitted_line(surface, p, self.x_range), connect="finite")

    # -- the mini-batch of the update shown -------------------------------------------------
    def _find_batches(self) -> None:
        """The selected run's mini-batches, one per update (as engine.run.simulate drew them)."""
        self._batches = []
        surface, index = self.session.scene.surface, self.session.selected
        if is_data_surface(surface) and 0 <= index < len(self.session.scene.runs):
            spec, run = self.session.scene.runs[index], self.session.runs[index]
            if 0 < run.batch_size < surface.data_size:
                count = run.last_frame + 1
                self._batches = list(
                    epoch_batches(surface.data_size, run.batch_size, spec.seed, count)
                )
        self._update_batch()

    def batch_shown(self) -> np.ndarray:
        """Indices of the examples ringed: the batch of the update leaving this frame."""
        frame = self.timeline.frame
        return self._batches[frame] if frame < len(self._batches) else np.empty(0, dtype=int)

    def _update_batch(self) -> None:
        indices, surface = self.batch_shown(), self.session.scene.surface
        if not len(indices):
            self.batch_ring.setData([], [])
            return
        inputs, targets = surface.data
        if isinstance(surface, LogisticRegression):
            self.batch_ring.setData(inputs[indices, 0], inputs[indices, 1])
        else:
            self.batch_ring.setData(inputs[indices], targets[indices])

    def _on_scene_changed(self, _scene) -> None:
        self._show_data()
        self._update_lines()

    def _on_runs_changed(self, _runs) -> None:
        self._make_lines()
        self._find_batches()

    def _on_selection_changed(self, _index: int) -> None:
        self._find_batches()

    def _on_solo_changed(self, _index: int) -> None:
        self._update_lines()

    def _on_frame_changed(self, _frame: int) -> None:
        self._update_lines()
        self._update_batch()


class DataDock(QObject):
    """The 'Data' dock: opens by itself when the scene switches to a data-set surface."""

    NAME = "data view"
    REQUIRES = ()

    @classmethod
    def install(cls, host) -> DataDock:
        """Add the Data dock and its View toggle."""
        controller = cls(host.window)
        controller.dock = host.add_dock_built_when_shown(
            controller.build,
            controller.tr("Data"),
            "dock-data",
            cls,
            hidden=not controller.had_data,
        )
        toggle = controller.dock.toggleViewAction()
        tip = QCoreApplication.translate(
            "DataDock", "Show or hide the training set and the lines the runs have fitted so far."
        )
        toggle.setToolTip(tip)
        toggle.setStatusTip(tip)
        host.menu(Menu.VIEW).addAction(toggle)
        return controller

    def __init__(self, window):
        super().__init__(window)
        self.session, self.timeline = window.session, window.timeline
        self.view: DataView | None = None  # built when the dock is first seen
        self.had_data = is_data_surface(self.session.scene.surface)
        self.session.scene_changed.connect(self._on_scene_changed)

    def build(self) -> DataView:
        self.view = DataView(self.session, self.timeline)
        return self.view

    def _on_scene_changed(self, scene) -> None:
        has_data = is_data_surface(scene.surface)
        if has_data and not self.had_data:
            self.dock.show()
            self.dock.raise_()
        self.had_data = has_data
