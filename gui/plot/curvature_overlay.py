"""View ▸ Curvature: the local picture at the selected run's current step.

At Θ_k the Hessian's eigen-directions are drawn as two axes whose lengths grow with the
curvature along them, with the local quadratic model's level set through Θ_k (the ellipse
the optimizer "sees", centred on Newton's point Θ − H⁻¹g). A read-out gives λmax, λmin,
the local condition number and the step against its local stability limit, with a plain
sentence when the update leaving this frame overshoots (engine/run/curvature_trace.py).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from engine.optimizers.newton import Newton
from engine.run.curvature_trace import CurvatureTrace, curvature_trace
from gui.features import Menu

AXIS_PENS = (  # gentle axis, steep axis: greys, never a run's or a vector's colour
    pg.mkPen("#555555", width=2, style=Qt.PenStyle.DashDotLine),
    pg.mkPen("#222222", width=3, style=Qt.PenStyle.DashDotLine),
)
MODEL_PEN = pg.mkPen("#222222", width=1.5, style=Qt.PenStyle.DotLine)
AXIS_FRACTION = 0.16  # of the view's shorter side: the steeper axis' half-length
ELLIPSE_POINTS = 120
READOUT_STYLE = (
    "QLabel { background: rgba(255, 255, 255, 225); color: #111; padding: 4px 8px;"
    " border: 1px solid #999; border-radius: 4px; font-size: 11pt; }"
)


def model_level_set(point, gradient, hessian) -> np.ndarray:
    """Points of the local model's level set through `point` (empty unless H is positive
    definite): centred at Newton's point, semi-axes √(d*ᵀHd*/λᵢ) along the eigenvectors."""
    hessian = np.asarray(hessian, dtype=float)
    if not np.all(np.isfinite(hessian)):
        return np.empty((0, 2))
    values, vectors = np.linalg.eigh(hessian)
    if values[0] <= 0:
        return np.empty((0, 2))
    newton = -np.linalg.solve(hessian, np.asarray(gradient, dtype=float))
    level = float(newton @ hessian @ newton)
    angles = np.linspace(0.0, 2 * np.pi, ELLIPSE_POINTS)
    radii = np.sqrt(level / values)
    circle = np.stack([np.cos(angles) * radii[0], np.sin(angles) * radii[1]], axis=1)
    return np.asarray(point, dtype=float) + newton + circle @ vectors.T


def axis_segments(point, values, vectors, half_length: float) -> list[np.ndarray]:
    """Two segments through `point` along the eigenvectors, lengths ∝ |λ| (steepest: full)."""
    scale = np.nanmax(np.abs(values))
    if not np.isfinite(scale) or scale == 0:
        return [np.empty((0, 2)), np.empty((0, 2))]
    point = np.asarray(point, dtype=float)
    segments = []
    for index in (0, 1):
        reach = vectors[:, index] * half_length * abs(values[index]) / scale
        segments.append(np.array([point - reach, point + reach]))
    return segments


class CurvatureOverlay(QObject):
    """Draws the local picture of the selected run at the timeline's frame, when switched on."""

    NAME = "curvature"
    REQUIRES = ()

    @classmethod
    def install(cls, host) -> CurvatureOverlay:
        overlay = cls(host.window.surface_view, host.session, host.timeline)
        overlay.action = host.add_action(
            Menu.VIEW, overlay.tr("&Curvature"), overlay.set_shown, QKeySequence("K"),
            overlay.tr("Draw the local curvature at the selected run's step: the Hessian's "
                       "axes, the quadratic model's ellipse and the step's stability limit."),
        )  # fmt: skip
        overlay.action.setCheckable(True)
        return overlay

    def __init__(self, view, session, timeline):
        super().__init__(view)
        self.view, self.session, self.timeline = view, session, timeline
        self.shown = False
        self.action = None
        self._traces: dict[int, CurvatureTrace] = {}
        self.axes = [pg.PlotCurveItem(pen=pen) for pen in AXIS_PENS]
        self.model = pg.PlotCurveItem(pen=MODEL_PEN)
        for item in (*self.axes, self.model):
            item.setZValue(28)  # under the vectors (30) and the dots (40)
            item.setVisible(False)
            view.plotItem.addItem(item, ignoreBounds=True)
        self.readout = QLabel(view)
        self.readout.setStyleSheet(READOUT_STYLE)
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.readout.setWordWrap(True)  # never wider than the plot
        self.readout.hide()
        session.runs_changed.connect(self._on_runs_changed)
        session.selection_changed.connect(self._draw)
        timeline.frame_changed.connect(self._draw)
        view.plotItem.vb.sigRangeChanged.connect(self._draw)

    def set_shown(self, on: bool) -> None:
        self.shown = bool(on)
        if self.action is not None:
            self.action.setChecked(self.shown)
        self._draw()

    def trace(self) -> CurvatureTrace | None:
        """The selected run's curvature trace (computed once per run)."""
        index = self.session.selected
        if not 0 <= index < len(self.session.runs):
            return None
        if index not in self._traces:
            self._traces[index] = curvature_trace(
                self.session.scene.surface, self.session.runs[index]
            )
        return self._traces[index]

    def _on_runs_changed(self, _runs) -> None:
        self._traces.clear()
        self._draw()

    def newton_selected(self) -> bool:
        """Newton's step is drawn with its local model whether or not Curvature is on."""
        index = self.session.selected
        runs = self.session.runs
        return 0 <= index < len(runs) and isinstance(runs[index].optimizer, Newton)

    def _draw(self, *_args) -> None:
        model_only = not self.shown and self.newton_selected()
        trace = self.trace() if self.shown or model_only else None
        for item in self.axes:
            item.setVisible(trace is not None and not model_only)
        self.model.setVisible(trace is not None)
        self.readout.setVisible(trace is not None and not model_only)
        if trace is None:
            return
        run = self.session.runs[self.session.selected]
        frame = min(self.timeline.frame, run.last_frame)
        point = run.positions[frame]
        x_px, y_px = self.view.view_box.viewPixelSize()
        short_side = min(self.view.width(), self.view.height())
        half = AXIS_FRACTION * short_side * min(x_px, y_px)
        values, vectors = trace.eigenvalues[frame], trace.eigenvectors[frame]
        for item, segment in zip(self.axes, axis_segments(point, values, vectors, half)):
            item.setData(segment[:, 0], segment[:, 1])
        hessian = self.session.scene.surface.hessian(point)
        ellipse = model_level_set(point, run.true_gradients[frame], hessian)
        self.model.setData(ellipse[:, 0], ellipse[:, 1])
        isotropic = bool(np.isclose(*run.effective_lrs[frame])) if frame < run.last_frame else True
        self.readout.setText(self.readout_html(trace, frame, run.last_frame, isotropic))
        self.readout.setFixedWidth(max(200, min(620, self.view.width() - 110)))
        self.readout.adjustSize()
        self.readout.move(80, self.view.height() - self.readout.height() - 56)

    def readout_html(self, trace: CurvatureTrace, frame: int, last: int, isotropic=True) -> str:
        low, high = trace.eigenvalues[frame]
        numbers = self.tr("λmax {0:.3g} · λmin {1:.3g} · local κ {2:.3g}").format(
            high, low, trace.kappa[frame]
        )
        if frame >= last or not np.isfinite(trace.overshoot[frame]):
            return numbers
        return f"{numbers}<br>{self.verdict(trace, frame, isotropic)}"

    def verdict(self, trace: CurvatureTrace, frame: int, isotropic: bool = True) -> str:
        """One sentence on the update leaving `frame`, against its local stability limit."""
        ratio = float(trace.overshoot[frame])
        if trace.heavy_ball:
            what = self.tr("lr·λmax = {0:.3g} against heavy ball's limit 2(1 + μ) = {1:.3g}")
            numbers = what.format(trace.step_curvature[frame], trace.limit[frame])
        elif isotropic:
            what = self.tr("lr·λmax = {0:.3g} against the stability limit 2")
            numbers = what.format(trace.step_curvature[frame])
        else:  # adaptive: the per-axis effective rates meet the curvature
            what = self.tr("per-axis step × curvature = {0:.3g} against the stability limit 2")
            numbers = what.format(trace.step_curvature[frame])
        if ratio > 1:
            sentence = self.tr("The step is {0:.2g}× the local stability limit along the steep "
                               "axis: it overshoots and the zig-zag grows.")  # fmt: skip
            sentence = sentence.format(ratio)
            return f"{numbers}<br><b style='color:#a50026'>{sentence}</b>"
        if ratio > 0.5 and not trace.heavy_ball:
            sentence = self.tr("Past 1/λmax ({0:.0%} of the stability limit): this step "
                               "overshoots the valley floor, and the zig-zag shrinks.")  # fmt: skip
            sentence = sentence.format(ratio)
            return f"{numbers}<br><b>{sentence}</b>"
        sentence = self.tr("Within the local stability limit ({0:.0%} of it).").format(ratio)
        return f"{numbers}<br>{sentence}"
