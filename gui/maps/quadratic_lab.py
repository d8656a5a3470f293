"""The quadratic lab: Distill's (lr, momentum) phase diagram and each run's error per eigen-axis.

For the `quadratic` surface only. The diagram colours every heavy-ball setting by how the
error behaves (engine/run/phase.py); the selected run's setting is a dot that follows its
sliders, and a click applies the clicked setting to it (one undoable edit). Below it, the
error of every run along the gentle and the steep eigen-axis, on a log scale ("milestones").
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from engine.optimizers import SGD, Momentum
from engine.run.conditioning import conditioning_of
from engine.run.phase import DIVERGING, MONOTONIC, OSCILLATING, lr_range, phase_grid
from engine.surfaces import Quadratic
from gui.features import Column, Menu
from gui.plot.log_axis import plain_axes
from gui.plot.menus import adopt_plot_menus

GRID = 160
MOMENTUM_TOP = 0.99
PHASE_COLORS = {MONOTONIC: "#cfe6cf", OSCILLATING: "#f9dcb4", DIVERGING: "#c8c8c8"}
FLOOR = 1e-12


class LogLrAxis(pg.AxisItem):
    """A bottom axis over log10(lr) that prints the learning rates themselves."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's API
        return [f"{10.0**value:.2g}" for value in values]


def phase_image(curvatures) -> tuple[np.ndarray, tuple[float, float]]:
    """(rows × columns × 3 colours, (log10 lr_min, log10 lr_max)) of the phase diagram."""
    low, high = lr_range(curvatures)
    lrs = np.geomspace(low, high, GRID)
    grid = phase_grid(curvatures, lrs, np.linspace(0.0, MOMENTUM_TOP, GRID))
    palette = {code: pg.mkColor(color).getRgb()[:3] for code, color in PHASE_COLORS.items()}
    rgb = np.zeros((*grid.shape, 3), dtype=np.uint8)
    for code, color in palette.items():
        rgb[grid == code] = color
    return rgb, (math.log10(low), math.log10(high))


def heavy_ball_setting(optimizer) -> tuple[float, float] | None:
    """(lr, momentum) of a heavy-ball run (SGD is momentum 0); None for other optimizers."""
    if isinstance(optimizer, SGD):
        return optimizer.lr, 0.0
    if isinstance(optimizer, Momentum):
        return optimizer.lr, optimizer.momentum
    return None


def eigen_errors(run, surface) -> tuple[np.ndarray, np.ndarray]:
    """|error| along the gentle (λmin) and the steep (λmax) eigen-axis, frame by frame."""
    gentle, steep = conditioning_of(surface).eigen_axes()
    with np.errstate(all="ignore"):
        return tuple(
            np.maximum(np.abs(run.positions @ np.asarray(a)), FLOOR) for a in (gentle, steep)
        )


class QuadraticLab(QObject):
    """The dock's two plots; it follows the scene, the selection and the runs."""

    NAME = "quadratic lab"
    REQUIRES = ()

    @classmethod
    def install(cls, host) -> QuadraticLab:
        lab = cls(host.session)
        lab.dock = host.add_dock_built_when_shown(
            lab.build, lab.tr("Quadratic lab"), "dock-quadratic-lab", cls, tab_with=Column.RIGHT
        )
        host.menu(Menu.VIEW).addAction(lab.dock.toggleViewAction())
        return lab

    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent if parent is not None else session)
        self.session = session
        self.widget: QWidget | None = None  # built when the dock is first shown

    def build(self) -> QWidget:
        """The note, the phase diagram and the milestones, following the session from now on."""
        self.widget = QWidget()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.diagram, self.milestones = self._make_diagram(), self._make_milestones()
        for plot in (self.diagram, self.milestones):
            adopt_plot_menus(plot)  # pyqtgraph's menus have no parent: they go with the plot
        self.legend = QLabel(self._legend_html())
        layout = QVBoxLayout(self.widget)
        for item in (self.note, self.diagram, self.legend, self.milestones):
            layout.addWidget(item)
        self._lr_span = (0.0, 1.0)
        self.session.scene_changed.connect(self._on_scene_changed)
        self.session.runs_changed.connect(self._draw_milestones)
        self.session.selection_changed.connect(self._draw_dot)
        self._on_scene_changed(self.session.scene)
        return self.widget

    def _make_diagram(self) -> pg.PlotWidget:
        diagram = pg.PlotWidget(axisItems={"bottom": LogLrAxis("bottom")}, enableMenu=False)
        diagram.setMenuEnabled(False)
        diagram.setMouseEnabled(x=False, y=False)
        diagram.setLabel("bottom", self.tr("learning rate (log scale)"))
        diagram.setLabel("left", self.tr("momentum β"))
        plain_axes(diagram.plotItem)  # β from 0 to 1, not ×0.001
        self.image = pg.ImageItem()
        diagram.addItem(self.image)
        self.dot = pg.ScatterPlotItem(size=14, brush="#111111", pen=pg.mkPen("white", width=2))
        self.dot.setZValue(10)
        diagram.addItem(self.dot)
        diagram.scene().sigMouseClicked.connect(self._on_clicked)
        return diagram

    def _make_milestones(self) -> pg.PlotWidget:
        milestones = pg.PlotWidget(enableMenu=False)
        milestones.setMenuEnabled(False)
        plain_axes(milestones.plotItem)
        milestones.setLogMode(x=False, y=True)
        milestones.setLabel("bottom", self.tr("step"))
        milestones.setTitle(self.tr("error along the gentle (—) and steep (- -) axis"))
        return milestones

    def _legend_html(self) -> str:
        names = {MONOTONIC: self.tr("monotonic"), OSCILLATING: self.tr("oscillating"),
                 DIVERGING: self.tr("diverging")}  # fmt: skip
        cells = "".join(
            f"<span style='background:{PHASE_COLORS[code]}'>&nbsp;&nbsp;&nbsp;</span>&nbsp;"
            f"{text}&nbsp;&nbsp;"
            for code, text in names.items()
        )
        return f"{cells}<br>{self.tr('Click to give the selected run that lr and momentum.')}"

    @property
    def quadratic(self) -> Quadratic | None:
        surface = self.session.scene.surface
        return surface if isinstance(surface, Quadratic) else None

    def _on_scene_changed(self, _scene) -> None:
        surface = self.quadratic
        for item in (self.diagram, self.milestones, self.legend):
            item.setVisible(surface is not None)
        if surface is None:
            self.note.setText(self.tr("Open the quadratic bowl (Surface ▸ Quadratic bowl) to see "
                                      "its phase diagram."))  # fmt: skip
            return
        c = conditioning_of(surface)
        text = self.tr("κ = {0:.3g}: where heavy ball converges without oscillating, oscillates, "
                       "or diverges.")  # fmt: skip
        self.note.setText(text.format(c.kappa))
        rgb, (low, high) = phase_image((c.lambda_min, c.lambda_max))
        self._lr_span = (low, high)
        self.image.setImage(np.transpose(rgb, (1, 0, 2)), autoLevels=False)
        self.image.setRect(low, 0.0, high - low, MOMENTUM_TOP)
        self.diagram.setXRange(low, high, padding=0)
        self.diagram.setYRange(0.0, MOMENTUM_TOP, padding=0)
        self._draw_dot()
        self._draw_milestones()

    def setting_shown(self) -> tuple[float, float] | None:
        """The selected run's (lr, momentum) as the dot shows it, or None."""
        index = self.session.selected
        if self.quadratic is None or not 0 <= index < len(self.session.scene.runs):
            return None
        return heavy_ball_setting(self.session.scene.runs[index].optimizer)

    def _draw_dot(self, *_args) -> None:
        setting = self.setting_shown()
        if setting is None:
            self.dot.setData([], [])
            return
        lr, momentum = setting
        self.dot.setData([math.log10(lr)], [momentum])

    def _draw_milestones(self, *_args) -> None:
        self.milestones.clear()
        surface = self.quadratic
        if surface is None:
            return
        for index, (spec, run) in enumerate(zip(self.session.scene.runs, self.session.runs)):
            if not self.session.is_shown(index):
                continue
            gentle, steep = eigen_errors(run, surface)
            steps = np.arange(len(gentle))
            self.milestones.plot(steps, gentle, pen=pg.mkPen(spec.color, width=2))
            dashed = pg.mkPen(spec.color, width=2, style=Qt.PenStyle.DashLine)
            self.milestones.plot(steps, steep, pen=dashed)
        self._draw_dot()

    def apply(self, lr: float, momentum: float) -> None:
        """Give the selected run this heavy-ball setting, as one undoable edit."""
        index = self.session.selected
        if self.quadratic is None or not 0 <= index < len(self.session.scene.runs):
            return
        current = self.session.scene.runs[index].optimizer
        if isinstance(current, Momentum):
            optimizer = dataclasses.replace(current, lr=lr, momentum=momentum)
        else:
            optimizer = Momentum(lr=lr, momentum=momentum)
        scene = self.session.scene.replace_run(index, optimizer=optimizer)
        self.session.edit(scene, self.tr("Phase diagram setting"))

    def _on_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.quadratic is None:
            return
        point = self.diagram.plotItem.vb.mapSceneToView(event.scenePos())
        low, high = self._lr_span
        if not (low <= point.x() <= high and 0.0 <= point.y() <= MOMENTUM_TOP):
            return  # a click on an axis or outside the diagram changes nothing
        self.apply(round(10.0 ** point.x(), 6), round(point.y(), 3))
