"""The main plot widget: its layers kept in step with the session and timeline; axes and zoom.

The loss surface with every shown run's path, current dot and vectors. This widget assembles
those layers and owns the axes (names, text size, 1:1 geometry) and the zoom (Fit). The runs
are drawn by gui/plot/run_paths.py, the vectors by gui/plot/overlays.py, and clicks and drags
that move starts become edits in gui/plot/start_moves.py.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QToolButton

from engine.surfaces.datasets import LinearRegression, LogisticRegression, is_data_surface
from gui.models import Session, Timeline
from gui.plot.contours import SurfaceLayer
from gui.plot.log_axis import plain_axes
from gui.plot.menus import adopt_plot_menus
from gui.plot.overlays import GRADIENT_FRACTION, OVERLAY_NAMES, VectorOverlays

# Re-exported: the 3-D view and the tests import the runs' sizes and positions from here.
from gui.plot.run_paths import DOT_SIZE as DOT_SIZE
from gui.plot.run_paths import PATH_WIDTH as PATH_WIDTH
from gui.plot.run_paths import SELECTED_DOT_SIZE as SELECTED_DOT_SIZE
from gui.plot.run_paths import SELECTED_PATH_WIDTH as SELECTED_PATH_WIDTH
from gui.plot.run_paths import RunPaths
from gui.plot.run_paths import drawable_positions as drawable_positions
from gui.plot.start_editing import START_SIZE as START_SIZE
from gui.plot.start_editing import SurfaceViewBox
from gui.plot.start_moves import StartMoves

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
        self.runs = RunPaths(self.plotItem, session, timeline)
        self.edge_markers = self.runs.edge_markers
        self.current_dots, self.start_markers = self.runs.current_dots, self.runs.start_markers
        self.start_moves = StartMoves(session, self.hint_requested.emit)
        self._show_all_vectors = False
        self.true_aspect = True  # View ▸ True geometry (1:1); data sets are never locked
        self._fit_button = self._make_fit_button()
        self._connect()
        self._on_scene_changed(session.scene)
        self._on_runs_changed(session.runs)
        adopt_plot_menus(self)

    @property
    def path_items(self) -> list[pg.PlotCurveItem]:
        """One path item per scene run (gui/plot/run_paths.py)."""
        return self.runs.path_items

    @property
    def edge_marks(self) -> list[tuple[float, float, str]]:
        """(x, y, symbol) of the edge triangles last drawn for runs outside the view."""
        return self.runs.edge_marks

    @property
    def line_scale(self) -> float:
        return self.runs.line_scale

    @property
    def marker_scale(self) -> float:
        return self.runs.marker_scale

    def _setup_axes(self) -> None:
        self.plotItem.hideButtons()
        self.plotItem.setMenuEnabled(False)
        plain_axes(self.plotItem)
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
        self.overlays.set_line_scale(factor)
        self.runs.set_line_scale(factor)
        self._draw_vectors()

    def set_marker_scale(self, factor: float) -> None:
        """Current dots and start squares `factor` times their normal size."""
        self.runs.set_marker_scale(factor)
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
        self.start_moves.connect(self.view_box, self.start_markers)

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

    def view_point_to_scene(self, x: float, y: float) -> QPointF:
        """Scene coordinates of the data point (x, y), for driving the view in tests."""
        return self.view_box.mapViewToScene(QPointF(x, y))

    # --- slots ------------------------------------------------------------------------------

    def _on_scene_changed(self, scene) -> None:
        if scene.surface != self.surface_layer.surface:
            self.surface_layer.show(scene.surface)
            self.set_text_scale(getattr(self, "_text_scale", 1.0))  # the axes' names
            self._apply_aspect()
            self.reset_view()

    def _on_runs_changed(self, runs) -> None:
        self.runs.restyle()
        self.runs.draw_starts()
        self._draw_frame()

    def _on_selection_changed(self, _index: int) -> None:
        self.runs.restyle()
        self._draw_frame()

    def _on_solo_changed(self, _index: int) -> None:
        self.runs.draw_starts()
        self._draw_frame()

    def _on_frame_changed(self, _frame: int) -> None:
        self._draw_frame()

    def _on_range_changed(self, *_args) -> None:
        self._draw_vectors()  # fixed-pixel arrow lengths and heads depend on the zoom
        self.runs.draw_edge_marks()

    # --- drawing ----------------------------------------------------------------------------

    def _draw_frame(self) -> None:
        self.runs.draw_frame()
        self._draw_vectors()

    def _draw_vectors(self) -> None:
        selected, runs, specs = self.session.selected, self.session.runs, self.session.scene.runs
        chosen = [
            (index, frame)
            for index, frame in self.runs.shown_frames()
            if self._show_all_vectors or index == selected
        ]
        positions = self.runs.positions
        drawn = [(runs[index], frame, positions[index][frame]) for index, frame in chosen]
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
