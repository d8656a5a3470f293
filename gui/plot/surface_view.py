"""The main plot: the loss surface with every shown run's path, current dot and vectors."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QToolButton

from engine.run.simulate import far_box
from engine.surfaces.datasets import LinearRegression, LogisticRegression, is_data_surface
from gui.models import Session, Timeline
from gui.plot.contours import SurfaceLayer
from gui.plot.edge_markers import EdgeMarkers
from gui.plot.menus import adopt_plot_menus
from gui.plot.overlays import GRADIENT_FRACTION, OVERLAY_NAMES, VectorOverlays
from gui.plot.start_editing import (
    CLICK_HINT,
    MOVE_SELECTED,
    START_OUTLINE,
    START_SIZE,
    StartMarkers,
    SurfaceViewBox,
    clamped,
    inside,
)

PATH_WIDTH, SELECTED_PATH_WIDTH = 2, 3
DOT_SIZE, SELECTED_DOT_SIZE = 13, 17
DOT_OUTLINE_WIDTH = 1.5
DOT_OUTLINE = pg.mkPen("#1a1a1a", width=DOT_OUTLINE_WIDTH)
TICK_POINTS, LABEL_POINTS = 11, 14
VIEW_PADDING = 0.02
# A data set's loss is plotted over the model's parameters, never over its data's x and y.
AXIS_NAMES = {LinearRegression: ("w", "b"), LogisticRegression: ("w₁", "w₂")}


def axis_names(surface) -> tuple[str, str]:
    """(horizontal, vertical) axis labels: the parameters the loss is a function of."""
    return AXIS_NAMES.get(type(surface), ("x", "y"))


def same_kind_axes(surface) -> bool:
    """Both axes measure the same quantity, so the view is drawn 1:1 (true geometry): every
    built-in and custom surface; a data set's loss (weight vs bias) may stretch."""
    return not is_data_surface(surface)


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


class SurfaceView(pg.PlotWidget):
    """Contour map of the surface with the runs' paths up to the timeline's frame."""

    hint_requested = Signal(str)  # a plain click: how to move starts, for the status bar

    def __init__(self, session: Session, timeline: Timeline, parent=None):
        view_box = SurfaceViewBox(enableMenu=False)  # no menu built: none is ever shown
        super().__init__(parent, viewBox=view_box, enableMenu=False)
        self.view_box = view_box
        self.session, self.timeline = session, timeline
        self._setup_axes()
        self.surface_layer = SurfaceLayer(self.plotItem)
        self.overlays = VectorOverlays(self.plotItem)
        self.edge_markers = EdgeMarkers(self.plotItem)
        self.edge_marks: list = []
        self.path_items: list[pg.PlotCurveItem] = []
        self.current_dots = pg.ScatterPlotItem(pen=DOT_OUTLINE)
        self.current_dots.setZValue(40)
        self.start_markers = StartMarkers()
        self.start_markers.setZValue(35)
        for item in (self.current_dots, self.start_markers):
            self.addItem(item)
        self._positions_runs: tuple = ()  # the runs `_positions` was computed for
        self._cached_positions: list[np.ndarray] = []
        self._show_all_vectors = False
        self.true_aspect = True  # View ▸ True geometry (1:1); data sets are never locked
        self.line_scale = self.marker_scale = 1.0
        self._drag_indices: tuple[int, ...] = ()
        self._drag_count = 0
        self._fit_button = self._make_fit_button()
        self._connect()
        self._on_scene_changed(session.scene)
        self._on_runs_changed(session.runs)
        adopt_plot_menus(self)

    def _setup_axes(self) -> None:
        self.plotItem.hideButtons()
        self.plotItem.setMenuEnabled(False)
        self.set_text_scale(1.0)

    def apply_scales(self, scales) -> None:
        """Follow the window's Style (gui/style.py): text, lines and markers."""
        self.set_text_scale(scales.text)
        self.set_line_scale(scales.line)
        self.set_marker_scale(scales.marker)

    def set_text_scale(self, factor: float) -> None:
        """Axis ticks, axis labels and the vectors' legend `factor` times their normal size."""
        self._text_scale = float(factor)
        font = QFont()
        font.setPointSize(round(TICK_POINTS * factor))
        session = getattr(self, "session", None)
        names = axis_names(session.scene.surface) if session is not None else ("x", "y")
        for side, name in zip(("bottom", "left"), names, strict=True):
            axis = self.plotItem.getAxis(side)
            axis.setTickFont(font)
            points = round(LABEL_POINTS * factor)
            axis.setLabel(name, **{"font-size": f"{points}pt"})
        overlays = getattr(self, "overlays", None)  # axes are set up before the overlays exist
        if overlays is not None:
            overlays.set_text_scale(factor)

    def set_line_scale(self, factor: float) -> None:
        """Paths and vector arrows `factor` times as thick (1: normal; presentation: thicker)."""
        self.line_scale = float(factor)
        self.overlays.set_line_scale(factor)
        self._restyle_paths()
        self._draw_vectors()

    def set_marker_scale(self, factor: float) -> None:
        """Current dots and start squares `factor` times their normal size."""
        self.marker_scale = float(factor)
        self.start_markers.setSize(START_SIZE * factor)
        self.start_markers.setPen(pg.mkPen("#1a1a1a", width=START_OUTLINE * factor))
        self.current_dots.setPen(pg.mkPen("#1a1a1a", width=DOT_OUTLINE_WIDTH * factor))
        self._draw_frame()

    def _make_fit_button(self) -> QToolButton:
        button = QToolButton(self)
        button.setText(self.tr("Fit"))
        button.setToolTip(self.tr("Zoom back to the whole surface."))
        button.clicked.connect(self.reset_view)
        return button

    def _connect(self) -> None:
        self.session.scene_changed.connect(self._on_scene_changed)
        self.session.runs_changed.connect(self._on_runs_changed)
        self.session.selection_changed.connect(self._on_selection_changed)
        self.session.solo_changed.connect(self._on_solo_changed)
        self.timeline.frame_changed.connect(self._on_frame_changed)
        self.view_box.sigRangeChanged.connect(self._on_range_changed)
        self.view_box.clicked.connect(self._on_view_clicked)
        self.start_markers.grabbed.connect(self._on_start_grabbed)
        self.start_markers.moved.connect(self._on_start_moved)

    # --- public API -------------------------------------------------------------------------

    def overlay_names(self) -> tuple[str, ...]:
        return OVERLAY_NAMES

    def set_overlay(self, name: str, on: bool) -> None:
        self.overlays.set_enabled(name, on)
        self._draw_vectors()

    def set_show_all_vectors(self, on: bool) -> None:
        """Draw the vectors of every shown run, not only the selected one."""
        self._show_all_vectors = bool(on)
        self._draw_vectors()

    def highlight(self, kind: str | None) -> None:
        """Make overlay `kind` stand out and dim the others ('' or None: all back to normal)."""
        self.overlays.highlight(kind or None)

    def reset_view(self) -> None:
        """Fit the surface's bounds (with 1:1 geometry the longer side decides)."""
        x_min, x_max, y_min, y_max = self.session.scene.surface.bounds
        self.view_box.setRange(xRange=(x_min, x_max), yRange=(y_min, y_max), padding=VIEW_PADDING)

    def set_true_aspect(self, on: bool) -> None:
        """Draw one unit of x as long as one unit of y (kept by zoom, pan, Fit and resizing)."""
        self.true_aspect = bool(on)
        self._apply_aspect()
        self.reset_view()

    def aspect_locked(self) -> bool:
        return bool(self.view_box.state["aspectLocked"])

    def _apply_aspect(self) -> None:
        lock = self.true_aspect and same_kind_axes(self.session.scene.surface)
        self.view_box.setAspectLocked(lock, ratio=1.0)

    # --- slots ------------------------------------------------------------------------------

    def _on_scene_changed(self, scene) -> None:
        if scene.surface != self.surface_layer.surface:
            self.surface_layer.show(scene.surface)
            self.set_text_scale(getattr(self, "_text_scale", 1.0))  # the axes' names
            self._apply_aspect()
            self.reset_view()

    def _on_runs_changed(self, runs) -> None:
        self._restyle_paths()
        self._draw_starts()
        self._draw_frame()

    def _on_selection_changed(self, _index: int) -> None:
        self._restyle_paths()
        self._draw_frame()

    def _on_solo_changed(self, _index: int) -> None:
        self._draw_starts()
        self._draw_frame()

    def _on_frame_changed(self, _frame: int) -> None:
        self._draw_frame()

    def _on_range_changed(self, *_args) -> None:
        self._draw_vectors()  # fixed-pixel arrow lengths and heads depend on the zoom
        self._draw_edge_marks()

    # --- drawing ----------------------------------------------------------------------------

    def _restyle_paths(self) -> None:
        """One path item per scene run, in its colour; the selected run drawn on top, thicker."""
        specs = self.session.scene.runs
        while len(self.path_items) < len(specs):
            item = pg.PlotCurveItem(skipFiniteCheck=True)
            # One QPainterPath beats pyqtgraph's per-segment drawLines ~2× for 2-px pens.
            item.setSegmentedLineMode("off")
            self.addItem(item)
            self.path_items.append(item)
        while len(self.path_items) > len(specs):
            self.removeItem(self.path_items.pop())
        for index, (item, spec) in enumerate(zip(self.path_items, specs, strict=True)):
            selected = index == self.session.selected
            width = (SELECTED_PATH_WIDTH if selected else PATH_WIDTH) * self.line_scale
            item.setPen(pg.mkPen(spec.color, width=width))
            item.setZValue(21 if selected else 20)

    @property
    def _positions(self) -> list[np.ndarray]:
        """Drawable positions of each run, recomputed whenever the session's runs change.

        Keyed on the runs themselves: the session emits solo/scene signals while it swaps
        runs, so a view must never draw from a list made for the previous runs."""
        runs = self.session.runs
        if runs is not self._positions_runs:
            self._cached_positions = [drawable_positions(run) for run in runs]
            self._positions_runs = runs
        return self._cached_positions

    def _shown_frames(self) -> list[tuple[int, int]]:
        """(run index, frame clamped to what that run can draw) for every shown run."""
        frame, positions_of = self.timeline.frame, self._positions
        return [
            (index, min(frame, len(positions) - 1))
            for index, positions in enumerate(positions_of)
            if self.session.is_shown(index)
        ]

    def _draw_frame(self) -> None:
        shown = dict(self._shown_frames())
        for index, item in enumerate(self.path_items):
            if index not in shown:
                item.setVisible(False)
                continue
            path = self._positions[index][: shown[index] + 1]
            item.setData(path[:, 0], path[:, 1])
            item.setVisible(True)
        self._draw_dots(shown)
        self._draw_vectors()

    def _draw_dots(self, shown: dict[int, int]) -> None:
        specs, selected = self.session.scene.runs, self.session.selected
        order = sorted(shown, key=lambda index: index == selected)  # selected drawn last, on top
        self.current_dots.setData(
            pos=np.array([self._positions[i][shown[i]] for i in order]).reshape(-1, 2),
            brush=[pg.mkBrush(specs[i].color) for i in order],
            size=[
                (SELECTED_DOT_SIZE if i == selected else DOT_SIZE) * self.marker_scale
                for i in order
            ],
            data=[specs[i].name for i in order],
        )
        self._draw_edge_marks(shown)

    def _draw_edge_marks(self, shown: dict[int, int] | None = None) -> None:
        """A triangle at the view's edge for every shown run whose position is outside it."""
        shown = dict(self._shown_frames()) if shown is None else shown
        specs = self.session.scene.runs
        rect = self.view_box.viewRect()
        bounds = (rect.left(), rect.right(), min(rect.top(), rect.bottom()),
                  max(rect.top(), rect.bottom()))  # fmt: skip
        points = [self._positions[i][shown[i]] for i in shown]
        self.edge_marks = self.edge_markers.show(
            points, [specs[i].color for i in shown], bounds, self.view_box.viewPixelSize()
        )

    def _draw_starts(self) -> None:
        specs = self.session.scene.runs
        shown = [i for i in range(len(specs)) if self.session.is_shown(i)]
        self.start_markers.setData(
            pos=np.array([specs[i].start for i in shown], dtype=float).reshape(-1, 2),
            data=[(i, specs[i].name) for i in shown],
        )

    def _draw_vectors(self) -> None:
        selected, runs, specs = self.session.selected, self.session.runs, self.session.scene.runs
        chosen = [
            (index, frame)
            for index, frame in self._shown_frames()
            if self._show_all_vectors or index == selected
        ]
        drawn = [(runs[index], frame, self._positions[index][frame]) for index, frame in chosen]
        colors = [specs[index].color for index, _frame in chosen]
        units_per_px, short_side_px = self._pixel_scale()
        self.overlays.show(drawn, units_per_px, GRADIENT_FRACTION * short_side_px, colors)

    def _pixel_scale(self) -> tuple[np.ndarray, float]:
        """Data units per screen pixel along x and y, and the view's shorter side in pixels."""
        rect = self.view_box.viewRect()
        # Before the first layout the box has no size: assume a typical one.
        width = self.view_box.width() if self.view_box.width() > 1 else 800.0
        height = self.view_box.height() if self.view_box.height() > 1 else 600.0
        return np.array([rect.width() / width, rect.height() / height]), min(width, height)

    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        button = getattr(self, "_fit_button", None)  # the base class resizes before __init__ ends
        if button is not None:
            # The bottom-left corner where the two axes meet: no data, no legend, no title.
            button.move(4, self.height() - button.sizeHint().height() - 4)

    # --- interaction ------------------------------------------------------------------------

    def _on_view_clicked(self, x: float, y: float, gesture: str) -> None:
        """Shift+click: move the selected run's start here; Ctrl+Shift+click: every run's.

        A plain click only says so; a click outside the surface's bounds moves nothing."""
        if not gesture:
            self.hint_requested.emit(self.tr(CLICK_HINT))
            return
        if not inside(self.session.scene.surface.bounds, x, y):
            return
        if gesture == MOVE_SELECTED:
            if self.session.selected < 0:
                return
            scene = self.session.scene.with_start((x, y), self.session.selected)
        else:
            scene = self.session.scene.with_start((x, y))
        self.session.edit(scene, self.tr("Move start"))

    def _on_start_grabbed(self, indices: list[int], shift: bool) -> None:
        """A drag moves the runs starting where the grabbed marker is (Shift: only one of them)."""
        specs, selected = self.session.scene.runs, self.session.selected
        grabbed = selected if selected in indices else indices[0]
        if shift:
            self._drag_indices = (grabbed,)
        else:
            here = specs[grabbed].start
            self._drag_indices = tuple(i for i, spec in enumerate(specs) if spec.start == here)
        # Two alternating keys: every move of one drag merges into one undo step, and the
        # next drag does not merge into the previous one.
        self._drag_count += 1

    def _on_start_moved(self, x: float, y: float) -> None:
        if not (np.isfinite(x) and np.isfinite(y)):
            return
        x, y = clamped(self.session.scene.surface.bounds, x, y)  # a start stays on the surface
        scene = self.session.scene
        for index in self._drag_indices:
            if index < len(scene.runs):
                scene = scene.with_start((x, y), index)
        self.session.edit(
            scene, self.tr("Move start"), merge_key=f"drag-start-{self._drag_count % 2}"
        )

    def view_point_to_scene(self, x: float, y: float) -> QPointF:
        """Scene coordinates of the data point (x, y), for driving the view in tests."""
        return self.view_box.mapViewToScene(QPointF(x, y))
