"""The "Conditioning lab" dock: κ and angle of the quadratic, its eigen-axes and best settings."""

from __future__ import annotations

import dataclasses
import math

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from engine.optimizers import SGD, Momentum
from engine.run.conditioning import Conditioning, conditioning_of
from engine.surfaces import Quadratic
from gui.features import Menu
from gui.panels.run_names import edited_run
from gui.panels.run_sections import scrolling

KAPPA_STEPS = 300  # slider positions over log10 κ from 0 to 3 (κ from 1 to 1000)
# λmin axis (gentle) and λmax axis (steep): greys, dashed, never a run's colour, so a path of
# the same hue is never hidden under an axis (tests/gui/plot/test_colours.py).
AXIS_COLORS = {"low": "#6b6b6b", "high": "#262626"}
AXIS_PENS = {
    "low": pg.mkPen(AXIS_COLORS["low"], width=2, style=Qt.PenStyle.DashLine),
    "high": pg.mkPen(AXIS_COLORS["high"], width=2, style=Qt.PenStyle.DashDotLine),
}
# (name, closed form) of each read-out row, in the order readout_html gives their values.
READOUT_ROWS = (
    (QT_TRANSLATE_NOOP("ConditioningLab", "eigenvalues λmin, λmax"), ""),
    (QT_TRANSLATE_NOOP("ConditioningLab", "stable GD: lr below"), "2/λmax"),
    (QT_TRANSLATE_NOOP("ConditioningLab", "best GD lr"), "2/(λmin+λmax)"),
    (QT_TRANSLATE_NOOP("ConditioningLab", "GD error factor per step"), "(κ−1)/(κ+1)"),
    (QT_TRANSLATE_NOOP("ConditioningLab", "best heavy-ball lr"), "4/(√λmax+√λmin)²"),
    (QT_TRANSLATE_NOOP("ConditioningLab", "best heavy-ball momentum"), "((√κ−1)/(√κ+1))²"),
    (QT_TRANSLATE_NOOP("ConditioningLab", "heavy-ball error factor"), "(√κ−1)/(√κ+1)"),
)


def readout_html(c: Conditioning) -> str:
    """The closed forms, value beside name and formula under it: narrow enough for a side dock."""
    values = (
        f"{c.lambda_min:.4g}, {c.lambda_max:.4g}",
        f"{c.stability_lr:.4g}",
        f"{c.gd_lr:.4g}",
        f"{c.gd_rate:.4f}",
        f"{c.heavy_ball_lr:.4g}",
        f"{c.heavy_ball_momentum:.4f}",
        f"{c.heavy_ball_rate:.4f}",
    )
    cells = "".join(
        f"<tr><td>{QCoreApplication.translate('ConditioningLab', name)}<br>"
        f"<span style='color:#555555; font-size:10pt'>{formula}</span></td>"
        f"<td align='right' style='font-size:14pt'><b>{value}</b></td></tr>"
        for (name, formula), value in zip(READOUT_ROWS, values, strict=True)
    )
    return f"<table cellspacing='3' style='font-size:11pt'>{cells}</table>"


class ConditioningLab(QObject):
    """Owns the dock's sliders, read-outs and buttons, and the eigen-axes on the main plot."""

    NAME = "conditioning lab"
    REQUIRES = ()

    @classmethod
    def install(cls, host) -> ConditioningLab:
        """Add the Conditioning lab dock (useful with the quadratic)."""
        lab = cls(host.window)
        title = QCoreApplication.translate("ConditioningLab", "Conditioning lab")
        # In a scroller: a short left column on a projector scrolls the readout, and the
        # charts strip below keeps its height. As wide as the readout: it scrolls down only.
        dock = host.add_dock(
            scrolling(lab.widget, body_wide=True), title, "dock-conditioning-lab",
            Qt.DockWidgetArea.LeftDockWidgetArea, key=cls,
        )  # fmt: skip
        lab.dock, lab._was_quadratic = dock, None
        lab._on_scene_changed(host.session.scene)
        host.menu(Menu.VIEW).addAction(dock.toggleViewAction())
        return lab

    def __init__(self, window):
        super().__init__(window)
        self.session = window.session
        self.dock: QDockWidget | None = None  # set by install(); shown when the bowl is chosen
        self._was_quadratic: bool | None = None
        self.widget = self._build_widget()
        plot_item = window.surface_view.plotItem
        self.axis_lines = {key: pg.PlotCurveItem(pen=pen) for key, pen in AXIS_PENS.items()}
        for line in self.axis_lines.values():
            line.setZValue(5)
            plot_item.addItem(line, ignoreBounds=True)
        self.kappa_slider.valueChanged.connect(self._on_kappa_slider_moved)
        self.angle_slider.valueChanged.connect(self._on_angle_slider_moved)
        self.gd_button.clicked.connect(self.apply_best_gd)
        self.heavy_ball_button.clicked.connect(self.apply_best_heavy_ball)
        self.session.scene_changed.connect(self._on_scene_changed)
        self._on_scene_changed(self.session.scene)

    @property
    def window(self):
        """The window this feature belongs to: its Qt parent, never a Python reference to it
        (which would make a window ↔ feature loop that only the garbage collector breaks)."""
        return self.parent()

    def _build_widget(self) -> QWidget:
        widget = QWidget()
        self.kappa_slider, self.angle_slider = (
            QSlider(Qt.Orientation.Horizontal),
            QSlider(Qt.Orientation.Horizontal),
        )
        self.kappa_slider.setRange(0, KAPPA_STEPS)
        self.kappa_slider.setToolTip(
            self.tr("Condition number κ = λmax/λmin, on a log scale from 1 to 1000.")
        )
        self.angle_slider.setRange(-90, 90)
        self.angle_slider.setToolTip(self.tr("Rotation of the bowl's axes in degrees."))
        self.kappa_label, self.angle_label, self.readout = QLabel(), QLabel(), QLabel()
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.gd_button = QPushButton(self.tr("Apply best GD"))
        self.gd_button.setToolTip(self.tr("Make the selected run plain SGD at lr = 2/(λmin+λmax)."))
        self.heavy_ball_button = QPushButton(self.tr("Apply best heavy-ball"))
        self.heavy_ball_button.setToolTip(
            self.tr("Make the selected run heavy-ball momentum with the optimal lr and momentum.")
        )
        self.note = QLabel()
        self.note.setWordWrap(True)  # the legend wraps, so it never sets the left column's width
        form = QFormLayout()
        for label, slider, value in (
            ("κ", self.kappa_slider, self.kappa_label),
            (self.tr("angle"), self.angle_slider, self.angle_label),
        ):
            row = QHBoxLayout()
            row.addWidget(slider, 1)
            value.setMinimumWidth(60)
            row.addWidget(value)
            form.addRow(label, row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.gd_button)
        buttons.addWidget(self.heavy_ball_button)
        layout = QVBoxLayout(widget)
        layout.addLayout(form)
        layout.addWidget(self.readout)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addStretch(1)
        return widget

    # --- public API ---------------------------------------------------------------------------

    @property
    def conditioning(self) -> Conditioning | None:
        surface = self.session.scene.surface
        return conditioning_of(surface) if isinstance(surface, Quadratic) else None

    def set_surface(self, kappa: float | None = None, angle: float | None = None) -> None:
        """Edit the quadratic's κ or angle (a slider drag merges into one undo step)."""
        surface = self.session.scene.surface
        if not isinstance(surface, Quadratic):
            return
        changes = {k: v for k, v in (("kappa", kappa), ("angle", angle)) if v is not None}
        scene = dataclasses.replace(
            self.session.scene, surface=dataclasses.replace(surface, **changes)
        )
        key = "conditioning-" + "-".join(changes)
        text = self.tr("Set {0} of the quadratic").format(", ".join(changes))
        self.session.edit(scene, text, merge_key=key)

    def apply_best_gd(self) -> None:
        c = self.conditioning
        if c is not None:
            self._set_optimizer(SGD(lr=c.gd_lr), self.tr("Best plain GD for this κ"))

    def apply_best_heavy_ball(self) -> None:
        c = self.conditioning
        spec = self._selected()
        if c is None or spec is None:
            return
        form = spec.optimizer.form if isinstance(spec.optimizer, Momentum) else "pytorch"
        optimizer = Momentum(lr=c.heavy_ball_lr, momentum=c.heavy_ball_momentum, form=form)
        self._set_optimizer(optimizer, self.tr("Best heavy ball for this κ"))

    # --- helpers ------------------------------------------------------------------------------

    def _selected(self):
        runs, index = self.session.scene.runs, self.session.selected
        return runs[index] if 0 <= index < len(runs) else None

    def _set_optimizer(self, optimizer, text: str) -> None:
        if self._selected() is not None:
            # A name made from the settings ('SGD (lr 0.092)') follows them.
            scene = edited_run(self.session.scene, self.session.selected, optimizer=optimizer)
            self.session.edit(scene, text)

    def _draw_axes(self, c: Conditioning | None, surface) -> None:
        if c is None:
            for line in self.axis_lines.values():
                line.setData([], [])
            return
        reach = 2 * surface.span  # far past the plot, so each line crosses the whole view
        center = surface.minima[0]
        for key, (dx, dy) in zip(("low", "high"), c.eigen_axes(), strict=True):
            xs = [center.x - reach * dx, center.x + reach * dx]
            ys = [center.y - reach * dy, center.y + reach * dy]
            self.axis_lines[key].setData(xs, ys)

    # --- slots --------------------------------------------------------------------------------

    def _on_scene_changed(self, scene) -> None:
        c, surface = self.conditioning, scene.surface
        self.widget.setEnabled(c is not None)
        if self.dock is not None and self._was_quadratic != (c is not None):
            self.dock.setVisible(c is not None)  # only on a change, so the user may close it
        self._was_quadratic = c is not None
        self._draw_axes(c, surface)
        if c is None:
            self.readout.setText("")
            self.note.setText(self.tr("Choose the quadratic bowl to use the lab."))
            return
        for slider, position in (
            (self.kappa_slider, round(math.log10(surface.kappa) / 3 * KAPPA_STEPS)),
            (self.angle_slider, round(surface.angle)),
        ):
            slider.blockSignals(True)
            slider.setValue(position)
            slider.blockSignals(False)
        self.kappa_label.setText(f"{surface.kappa:.3g}")
        self.angle_label.setText(f"{surface.angle:.0f}°")
        self.readout.setText(readout_html(c))
        self.note.setText(
            f"<span style='color:{AXIS_COLORS['low']}'>╌ {{}}</span> &nbsp; "
            f"<span style='color:{AXIS_COLORS['high']}'>╌· {{}}</span> &nbsp; {{}}".format(
                self.tr("λmin axis"),
                self.tr("λmax axis"),
                self.tr("(best settings assume a constant lr)"),
            )
        )

    def _on_kappa_slider_moved(self, position: int) -> None:
        self.set_surface(kappa=float(f"{10 ** (3 * position / KAPPA_STEPS):.4g}"))

    def _on_angle_slider_moved(self, position: int) -> None:
        self.set_surface(angle=float(position))
