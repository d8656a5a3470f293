"""Vectors drawn at the current frame: −gradient, velocity, update, per-axis step box, look-ahead.

Each kind has one fixed colour and one plot item shared by every run drawn, so the legend
explains a colour once; a run's vectors start at its current dot, which carries its colour.
The legend is one line in the plot's title, outside the data, so it never hides a path.
Lengths: the −gradient and the velocity are drawn in pixels, at most a fraction of the
view, so they stay readable at any zoom; they shrink as √(|v| / largest |v| of the run),
so an arrow fades away as the run settles instead of pointing hard along a vanishing
vector (the square root keeps mid-run arrows readable); the update is drawn at its
true length, and the box's half-sides are the true per-axis step sizes
|update_i| = effective_lr_i · |direction_i|.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QPen

from engine.optimizers import Nesterov, PointOptimizer
from engine.run.simulate import Run
from gui.plot.polylines import (
    EMPTY,
    HEAD_PX,
    arrow_polyline,
    box_polyline,
    fixed_length,
    joined,
    relative_size,
)
from gui.plot.run_vectors import GLYPH_COLOR, RunColoredVectors
from gui.plot.run_vectors import GLYPHS as RUN_GLYPHS
from gui.plot.sequences import SequenceItems

OVERLAY_NAMES = ("gradient", "velocity", "update", "accumulator", "lookahead")
# Short legend entries (the plot's title) and the longer explanations of its tooltip.
SHORT_LABELS = {
    "gradient": QT_TRANSLATE_NOOP("VectorOverlays", "−∇f"),
    "velocity": QT_TRANSLATE_NOOP("VectorOverlays", "velocity / m"),
    "update": QT_TRANSLATE_NOOP("VectorOverlays", "step"),
    "accumulator": QT_TRANSLATE_NOOP("VectorOverlays", "step size"),
    "lookahead": QT_TRANSLATE_NOOP("VectorOverlays", "look-ahead"),
}
LABELS = {
    "gradient": QT_TRANSLATE_NOOP("VectorOverlays", "−∇f: steepest descent (direction)"),
    "velocity": QT_TRANSLATE_NOOP("VectorOverlays", "velocity / 1st moment (direction)"),
    "update": QT_TRANSLATE_NOOP("VectorOverlays", "actual step (true length)"),
    "accumulator": QT_TRANSLATE_NOOP("VectorOverlays", "per-axis step size (box)"),
    "lookahead": QT_TRANSLATE_NOOP("VectorOverlays", "Nesterov look-ahead point"),
}
GLYPHS = {"gradient": "━", "velocity": "━", "update": "━", "accumulator": "┅", "lookahead": "○"}
LEGEND_POINTS = 12
# Colours outside the Okabe-Ito run palette; thicker than the 2-px paths so they read as vectors.
PENS = {
    "gradient": pg.mkPen("#a50026", width=3),
    "velocity": pg.mkPen("#0f3d3d", width=3),
    "update": pg.mkPen("#111111", width=3),
    "accumulator": pg.mkPen("#333333", width=2, style=Qt.PenStyle.DashLine),
    "lookahead": pg.mkPen("#333333", width=2, style=Qt.PenStyle.DotLine),
}
LEGEND_GAP = "&nbsp;" * 4
HIGHLIGHT_EXTRA_WIDTH = 3  # px added to the pen of the overlay being explained
DIMMED_ALPHA = 45  # of 255: the other overlays stay visible but recede
GRADIENT_FRACTION = 0.15  # of the view's shorter pixel side

LOOKAHEAD_SIZE = 24  # a ring wider than the selected run's dot: visible even right on it


def highlight_pen(name: str, highlighted: str | None, line_scale: float = 1.0) -> QPen:
    """The pen of overlay `name` while `highlighted` is explained (None: the normal pen),
    `line_scale` times as wide (presentation mode draws thicker arrows)."""
    pen = QPen(PENS[name])
    pen.setWidthF(pen.widthF() * line_scale)
    if highlighted is None:
        return pen
    if name == highlighted:
        pen.setWidthF(pen.widthF() + HIGHLIGHT_EXTRA_WIDTH)
    else:
        color = QColor(pen.color())
        color.setAlpha(DIMMED_ALPHA)
        pen.setColor(color)
    return pen


def per_axis(run: Run) -> bool:
    """The run's step size differs from its learning rate somewhere: an adaptive method
    (AdaGrad, RMSProp, the Adam family, Rprop…), whose per-axis step the box draws.
    Newton and L-BFGS step the point as a whole: no per-axis box."""
    if isinstance(run.optimizer, PointOptimizer):
        return False
    with np.errstate(invalid="ignore"):
        rates, lrs = run.effective_lrs[:-1], run.lrs[:-1, None]
        return bool(np.any((rates != lrs) & np.isfinite(rates)))


def momentum_direction(run: Run, frame: int):
    """Where the accumulated momentum pushes at `frame`, or None for optimizers without one.

    Sutskever's velocity is a displacement (x += v); PyTorch's and Adam's first moment
    accumulate gradients, so they push the other way.
    """
    if "velocity" in run.states:
        velocity = run.states["velocity"][frame]
        return velocity if getattr(run.optimizer, "form", "") == "sutskever" else -velocity
    if "first_moment" in run.states:
        return -run.states["first_moment"][frame]
    return None


def vector_paths(
    run: Run, frame: int, point, units_per_px, gradient_px: float, head_px: float = HEAD_PX
) -> dict:
    """Polyline of every overlay kind for one run at `frame` (clamped to the run), from `point`
    (the run's position there, or where a diverging path is cut off the screen)."""
    descent = -run.gradients[frame]
    descent_px = gradient_px * relative_size(descent, run.gradients)
    paths = {
        "gradient": arrow_polyline(
            point, fixed_length(descent, descent_px, units_per_px), units_per_px, head_px
        ),
        "update": arrow_polyline(point, run.updates[frame], units_per_px, head_px),
    }
    push = momentum_direction(run, frame)
    if push is None:
        paths["velocity"] = EMPTY
    else:
        history = run.states.get("velocity", run.states.get("first_moment"))
        push_px = gradient_px * relative_size(push, history)
        paths["velocity"] = arrow_polyline(
            point, fixed_length(push, push_px, units_per_px), units_per_px, head_px
        )
    paths["accumulator"] = box_polyline(point, run.updates[frame]) if per_axis(run) else EMPTY
    look = run.gradient_points[frame]
    moved = isinstance(run.optimizer, Nesterov) and np.any(look != point)
    paths["lookahead"] = np.array([point, look]) if moved else EMPTY
    return paths


def translated(text: str) -> str:
    return QCoreApplication.translate("VectorOverlays", text)


def legend_html(names, highlighted: str | None = None, by_run: bool = False) -> str:
    """One line: a glyph in each overlay's colour and its short label; the explained one bold.
    `by_run`: the arrows wear their runs' colours, so the glyphs show the line styles."""
    entries = []
    for name in names:
        label = html.escape(translated(SHORT_LABELS[name]))
        if name == highlighted:
            label = f"<b>{label}</b>"
        color = GLYPH_COLOR if by_run else PENS[name].color().name()
        glyph = (RUN_GLYPHS if by_run else GLYPHS)[name]
        entries.append(f"<span style='color:{color}'><b>{glyph}</b></span>&nbsp;{label}")
    return LEGEND_GAP.join(entries)


class OverlayLegend:
    """The vectors' legend, written as the plot's title: above the data, never over a path."""

    def __init__(self, plot: pg.PlotItem):
        self.plot = plot
        self.names: tuple[str, ...] = ()
        self.highlighted: str | None = None
        self.points = LEGEND_POINTS
        self.by_run = False  # the arrows wear their runs' colours (Vectors for all runs)
        self._visible = True

    @property
    def text(self) -> str:
        """The legend as plain text (glyphs and labels), for tests and screen readers."""
        return "  ".join(f"{GLYPHS[n]} {translated(SHORT_LABELS[n])}" for n in self.names)

    def update(self, names, highlighted: str | None = None) -> None:
        self.names, self.highlighted = tuple(names), highlighted
        self._draw()

    def isVisible(self) -> bool:
        return self._visible

    def hide(self) -> None:
        self._visible = False
        self._draw()

    def show(self) -> None:
        self._visible = True
        self._draw()

    def set_points(self, points: float) -> None:
        """The legend's text size in points."""
        self.points = points
        self._draw()

    def _draw(self) -> None:
        if not (self._visible and self.names):
            self.plot.setTitle(None)
            return
        title = legend_html(self.names, self.highlighted, self.by_run)
        self.plot.setTitle(title, size=f"{self.points}pt")
        tips = [translated(LABELS[name]) for name in self.names]
        self.plot.titleLabel.setToolTip("\n".join(tips))


class VectorOverlays:
    """The plot items of the overlays (one per kind, shared by all runs) and their legend."""

    def __init__(self, plot: pg.PlotItem):
        self.curves = {}
        for name in OVERLAY_NAMES:
            curve = pg.PlotCurveItem(pen=PENS[name], connect="finite")
            curve.setZValue(30)
            plot.addItem(curve)
            self.curves[name] = curve
        self.lookahead_points = pg.ScatterPlotItem(
            symbol="o", size=LOOKAHEAD_SIZE, brush=None, pen=pg.mkPen("#111111", width=2.5)
        )
        self.lookahead_points.setZValue(31)
        plot.addItem(self.lookahead_points)
        self.sequences = SequenceItems(plot)
        self.by_run = RunColoredVectors(plot)
        self.enabled = dict.fromkeys(OVERLAY_NAMES, True)
        self.highlighted: str | None = None
        self.line_scale = 1.0
        self.legend = OverlayLegend(plot)
        self._rebuild_legend()

    def set_enabled(self, name: str, on: bool) -> None:
        if name not in self.enabled:
            raise ValueError(
                f"unknown overlay {name!r}; expected one of {', '.join(OVERLAY_NAMES)}"
            )
        self.enabled[name] = bool(on)
        self.curves[name].setVisible(bool(on))
        if name == "lookahead":
            self.lookahead_points.setVisible(bool(on))
        self._rebuild_legend()

    def highlight(self, kind: str | None) -> None:
        """Thicken overlay `kind` and dim the others; None draws them all normally again."""
        if kind is not None and kind not in self.curves:
            raise ValueError(
                f"unknown overlay {kind!r}; expected one of {', '.join(OVERLAY_NAMES)} or None"
            )
        self.highlighted = kind
        for name, curve in self.curves.items():
            curve.setPen(highlight_pen(name, kind, self.line_scale))
        self.lookahead_points.setOpacity(1.0 if kind in (None, "lookahead") else 0.3)
        self._rebuild_legend()

    def set_line_scale(self, factor: float) -> None:
        """Arrows, boxes and arrow heads `factor` times as thick/large (1: normal)."""
        self.line_scale = float(factor)
        self.highlight(self.highlighted)
        self.lookahead_points.setSize(LOOKAHEAD_SIZE * self.line_scale)

    def set_text_scale(self, factor: float) -> None:
        """The legend's text `factor` times its normal size."""
        self.legend.set_points(round(LEGEND_POINTS * factor))

    def show(self, drawn: list[tuple], units_per_px, gradient_px: float, colors=None) -> None:
        """Draw the vectors of each (run, frame, point drawn there); frames clamped to their run.
        With several runs and their `colors`, each run's arrows wear its colour."""
        paths = {name: [] for name in OVERLAY_NAMES}
        head_px = HEAD_PX * self.line_scale
        per_run = []
        for index, (run, frame, point) in enumerate(drawn):
            found = vector_paths(run, frame, point, units_per_px, gradient_px, head_px)
            if colors is not None:
                per_run.append((colors[index], found))
            for name, path in found.items():
                paths[name].append(path)
        by_run = colors is not None and len(drawn) > 1
        if by_run:
            self.by_run.show(per_run, self.enabled, self.line_scale)
            paths = {name: [] for name in OVERLAY_NAMES if name != "lookahead"} | {
                "lookahead": paths["lookahead"]
            }
        else:
            self.by_run.hide()
        if by_run != self.legend.by_run:
            self.legend.by_run = by_run
            self._rebuild_legend()
        for name, curve in self.curves.items():
            points = joined(paths[name])
            curve.setData(points[:, 0], points[:, 1], connect="finite")
        ahead = [path[1] for path in paths["lookahead"] if len(path)]
        self.lookahead_points.setData(pos=np.array(ahead).reshape(-1, 2))
        self.sequences.show(drawn)

    def _rebuild_legend(self) -> None:
        shown = [name for name in OVERLAY_NAMES if self.enabled[name]]
        self.legend.update(shown, self.highlighted)
