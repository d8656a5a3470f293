"""The runs drawn up to the timeline's frame: each path, current dot, start square and edge mark."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from engine.run.simulate import far_box
from gui.models import Session, Timeline
from gui.plot.edge_markers import EdgeMarkers
from gui.plot.start_editing import START_OUTLINE, START_SIZE, StartMarkers

PATH_WIDTH, SELECTED_PATH_WIDTH = 2, 3
DOT_SIZE, SELECTED_DOT_SIZE = 13, 17
DOT_OUTLINE_WIDTH = 1.5
DOT_OUTLINE = pg.mkPen("#1a1a1a", width=DOT_OUTLINE_WIDTH)


def drawable_positions(run) -> np.ndarray:
    """Positions up to the last finite frame; a last one flung past the far box is pulled back
    onto it along its final step, so a diverging path visibly leaves the plot in the right
    direction without handing Qt astronomically large coordinates."""
    positions = run.positions
    finite = np.flatnonzero(~np.all(np.isfinite(positions), axis=1))
    positions = positions[: max(1, int(finite[0])) if len(finite) else None]
    lows, highs = np.array(far_box(run.surface)[0::2]), np.array(far_box(run.surface)[1::2])
    end = positions[-1]
    if len(positions) < 2 or np.all((end >= lows) & (end <= highs)):
        return positions
    before = positions[-2]
    step = end - before
    with np.errstate(divide="ignore", invalid="ignore"):
        limits = np.where(step > 0, (highs - before) / step, (lows - before) / step)
    fraction = float(np.nanmin(np.where(step != 0, limits, np.inf)).clip(0.0, 1.0))
    clipped = positions.copy()
    clipped[-1] = before + fraction * step
    return clipped


class RunPaths:
    """The plot items of the session's runs, in their colours, the selected run on top."""

    def __init__(self, plot_item: pg.PlotItem, session: Session, timeline: Timeline):
        self.plot_item, self.view_box = plot_item, plot_item.vb
        self.session, self.timeline = session, timeline
        self.edge_markers = EdgeMarkers(plot_item)
        self.edge_marks: list = []
        self.path_items: list[pg.PlotCurveItem] = []
        self.current_dots = pg.ScatterPlotItem(pen=DOT_OUTLINE)
        self.current_dots.setZValue(40)
        self.start_markers = StartMarkers()
        self.start_markers.setZValue(35)
        for item in (self.current_dots, self.start_markers):
            plot_item.addItem(item)
        self._positions_runs: tuple = ()  # the runs `positions` was computed for
        self._cached_positions: list[np.ndarray] = []
        self.line_scale = self.marker_scale = 1.0

    def set_line_scale(self, factor: float) -> None:
        """Paths `factor` times as thick (1: normal; presentation: thicker)."""
        self.line_scale = float(factor)
        self.restyle()

    def set_marker_scale(self, factor: float) -> None:
        """Current dots and start squares `factor` times their normal size (drawn at the next
        `draw_frame`)."""
        self.marker_scale = float(factor)
        self.start_markers.setSize(START_SIZE * factor)
        self.start_markers.setPen(pg.mkPen("#1a1a1a", width=START_OUTLINE * factor))
        self.current_dots.setPen(pg.mkPen("#1a1a1a", width=DOT_OUTLINE_WIDTH * factor))

    def restyle(self) -> None:
        """One path item per scene run, in its colour; the selected run drawn on top, thicker."""
        specs = self.session.scene.runs
        while len(self.path_items) < len(specs):
            item = pg.PlotCurveItem(skipFiniteCheck=True)
            # One QPainterPath beats pyqtgraph's per-segment drawLines ~2× for 2-px pens.
            item.setSegmentedLineMode("off")
            self.plot_item.addItem(item)
            self.path_items.append(item)
        while len(self.path_items) > len(specs):
            self.plot_item.removeItem(self.path_items.pop())
        for index, (item, spec) in enumerate(zip(self.path_items, specs, strict=True)):
            selected = index == self.session.selected
            width = (SELECTED_PATH_WIDTH if selected else PATH_WIDTH) * self.line_scale
            item.setPen(pg.mkPen(spec.color, width=width))
            item.setZValue(21 if selected else 20)

    @property
    def positions(self) -> list[np.ndarray]:
        """Drawable positions of each run, recomputed whenever the session's runs change.

        Keyed on the runs themselves: the session emits solo/scene signals while it swaps
        runs, so a view must never draw from a list made for the previous runs."""
        runs = self.session.runs
        if runs is not self._positions_runs:
            self._cached_positions = [drawable_positions(run) for run in runs]
            self._positions_runs = runs
        return self._cached_positions

    def shown_frames(self) -> list[tuple[int, int]]:
        """(run index, frame clamped to what that run can draw) for every shown run."""
        frame, positions_of = self.timeline.frame, self.positions
        return [
            (index, min(frame, len(positions) - 1))
            for index, positions in enumerate(positions_of)
            if self.session.is_shown(index)
        ]

    def draw_frame(self) -> None:
        """Each shown run's path up to the timeline's frame, its current dot and edge mark."""
        shown = dict(self.shown_frames())
        for index, item in enumerate(self.path_items):
            if index not in shown:
                item.setVisible(False)
                continue
            path = self.positions[index][: shown[index] + 1]
            item.setData(path[:, 0], path[:, 1])
            item.setVisible(True)
        self._draw_dots(shown)

    def _draw_dots(self, shown: dict[int, int]) -> None:
        specs, selected = self.session.scene.runs, self.session.selected
        order = sorted(shown, key=lambda index: index == selected)  # selected drawn last, on top
        self.current_dots.setData(
            pos=np.array([self.positions[i][shown[i]] for i in order]).reshape(-1, 2),
            brush=[pg.mkBrush(specs[i].color) for i in order],
            size=[
                (SELECTED_DOT_SIZE if i == selected else DOT_SIZE) * self.marker_scale
                for i in order
            ],
            data=[specs[i].name for i in order],
        )
        self.draw_edge_marks(shown)

    def draw_edge_marks(self, shown: dict[int, int] | None = None) -> None:
        """A triangle at the view's edge for every shown run whose position is outside it."""
        shown = dict(self.shown_frames()) if shown is None else shown
        specs = self.session.scene.runs
        rect = self.view_box.viewRect()
        bounds = (rect.left(), rect.right(), min(rect.top(), rect.bottom()),
                  max(rect.top(), rect.bottom()))  # fmt: skip
        points = [self.positions[i][shown[i]] for i in shown]
        self.edge_marks = self.edge_markers.show(
            points, [specs[i].color for i in shown], bounds, self.view_box.viewPixelSize()
        )

    def draw_starts(self) -> None:
        """A start square for every shown run."""
        specs = self.session.scene.runs
        shown = [i for i in range(len(specs)) if self.session.is_shown(i)]
        self.start_markers.setData(
            pos=np.array([specs[i].start for i in shown], dtype=float).reshape(-1, 2),
            data=[(i, specs[i].name) for i in shown],
        )
