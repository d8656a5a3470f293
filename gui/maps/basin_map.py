"""View ▸ Basin map: where every start of the view ends for the selected run's optimizer."""

from __future__ import annotations

import dataclasses

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QProgressBar, QPushButton

from engine.run.basin import BasinMap, basin_map, basin_rgb, outcome_color, outcome_name
from engine.scene.scene import RunSpec
from gui.features import Menu
from gui.i18n import engine_text
from gui.maps.worker import WorkerSlot

GRID = 200
OPACITY = 0.6
# Above the colour map (-100), under the contour lines (-50), stars (5) and paths (20).
Z_VALUE = -75
STAR_BRUSH = "#ffffff"  # the stars' own colour (contours.MINIMUM_STYLE) when the map is off


class BasinJob:
    """What the worker thread computes: one basin map of fixed inputs."""

    def __init__(self, key: tuple, rect: tuple[float, float, float, float], grid: int):
        self.key, self.rect, self.grid = key, rect, grid

    def __call__(self, progress, is_cancelled) -> BasinMap:
        surface, optimizer, schedule, noise, seed, steps = self.key
        return basin_map(
            surface, optimizer, self.grid, steps, schedule, noise, seed, self.rect,
            progress=progress, is_cancelled=is_cancelled,
        )  # fmt: skip


class BasinMapController(QObject):
    """Owns the overlay, its legend, the status-bar progress and the computation."""

    NAME = "basin map"
    REQUIRES = ()

    @classmethod
    def install(cls, host) -> BasinMapController:
        """Add View ▸ Basin map (B)."""
        return cls(host.window)

    computed = Signal(object)  # the BasinMap now shown

    def __init__(self, window, grid: int = GRID):
        super().__init__(window)
        self.session, self.grid = window.session, grid
        self.plot_item = window.surface_view.plotItem
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(Z_VALUE)
        self.image.setVisible(False)
        self.plot_item.addItem(self.image, ignoreBounds=True)
        self.legend = pg.LegendItem(
            offset=(-10, -10), labelTextSize="12pt", brush=(255, 255, 255, 220)
        )
        self.legend.setParentItem(self.plot_item.vb)
        self.legend.setVisible(False)
        self.progress_bar, self.cancel_button = self._build_status_widgets()
        self.action = self._build_action()
        self.basin: BasinMap | None = None
        self.slot = WorkerSlot(self, self._on_progressed, self._on_finished_with, self._on_failed)
        self._key: tuple | None = None
        self.session.scene_changed.connect(self._on_scene_changed)
        self.session.selection_changed.connect(self._on_selection_changed)
        window.installEventFilter(self)
        # pyqtgraph gives clicks to the view box before any item under it with a negative z,
        # so Ctrl+clicks are taken from the viewport before they reach the scene.
        window.surface_view.viewport().installEventFilter(self)
        self._ctrl_pressed = False

    @property
    def window(self):
        """The window this feature belongs to: its Qt parent, never a Python reference to it
        (which would make a window ↔ feature loop that only the garbage collector breaks)."""
        return self.parent()

    def _build_status_widgets(self) -> tuple[QProgressBar, QPushButton]:
        bar = QProgressBar()
        bar.setRange(0, 1000)
        bar.setFormat(self.tr("Basin map %p%"))
        bar.setMaximumWidth(220)
        bar.setToolTip(self.tr("Progress of the basin map being computed."))
        button = QPushButton(self.tr("Cancel"))
        button.setToolTip(self.tr("Stop computing the basin map."))
        button.clicked.connect(self.cancel)
        for widget in (bar, button):
            self.window.statusBar().addWidget(widget)
            widget.setVisible(False)
        return bar, button

    def _build_action(self):
        action = self.window.add_action(
            self.window.menus[Menu.VIEW],
            self.tr("&Basin map"),
            self.set_shown,
            QKeySequence("B"),
            self.tr(
                "Colour every start of the view by where the selected run's optimizer ends from it "
                "(Ctrl+click the map to add a run there)."
            ),
        )
        action.setCheckable(True)
        return action

    # --- public API ---------------------------------------------------------------------------

    @property
    def shown(self) -> bool:
        return self.action.isChecked()

    @property
    def computing(self) -> bool:
        return self.slot.busy

    def set_shown(self, on: bool) -> None:
        """Show the map (computing it for the current view) or hide it, cancelling any work."""
        if self.action.isChecked() != bool(on):
            self.action.setChecked(bool(on))
        if on:
            self.recompute()
        else:
            self.cancel()
            self._key = None
            self.image.setVisible(False)
            self.legend.setVisible(False)
            self._color_stars(None)

    def recompute(self) -> None:
        """Start a map of the current inputs over the current view, cancelling the previous one."""
        self.cancel()
        key = self.inputs()
        if self.basin is not None and (key is None or key[0] != self.basin.surface):
            self.image.setVisible(False)  # a map of another surface would mislead meanwhile
            self.legend.setVisible(False)
        self._key = key
        if key is None:
            self.window.statusBar().showMessage(self.tr("Basin map: add a run first."), 4000)
            return
        rect = self.window.surface_view.view_box.viewRect()
        bounds = (rect.left(), rect.right(), rect.top(), rect.bottom())
        x_min, x_max, y_min, y_max = min(bounds[:2]), max(bounds[:2]), *sorted(bounds[2:])
        self._show_progress(True)
        self.slot.start(BasinJob(key, (x_min, x_max, y_min, y_max), self.grid))

    def cancel(self) -> None:
        """Stop the running computation, if any; its result will never be shown."""
        self.slot.cancel()
        self._show_progress(False)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Cancel and wait for every worker thread (a running QThread must not be destroyed)."""
        self.slot.shutdown(timeout_ms)

    def inputs(self) -> tuple | None:
        """What the map depends on: surface and the selected (else first) run's optimizer."""
        scene = self.session.scene
        if not scene.runs:
            return None
        spec = scene.runs[self.session.selected if self.session.selected >= 0 else 0]
        return (scene.surface, spec.optimizer, spec.schedule, spec.noise, spec.seed, scene.steps)

    # --- slots --------------------------------------------------------------------------------

    def _on_scene_changed(self, _scene) -> None:
        if self.shown and self.inputs() != self._key:
            self.recompute()

    def _on_selection_changed(self, _index: int) -> None:
        self._on_scene_changed(None)

    def _on_progressed(self, fraction: float) -> None:
        self.progress_bar.setValue(round(fraction * 1000))

    def _on_finished_with(self, basin: BasinMap) -> None:
        self._show_progress(False)
        self.show_basin(basin)

    def _on_failed(self, message: str) -> None:
        self._show_progress(False)
        self.window.statusBar().showMessage(self.tr("Basin map failed: {0}").format(message), 8000)

    def add_run_at(self, x: float, y: float) -> None:
        """Add a run of the selected run's optimizer from the clicked start, and select it."""
        scene = self.session.scene
        if not scene.runs or not (np.isfinite(x) and np.isfinite(y)):
            return
        model = scene.runs[self.session.selected if self.session.selected >= 0 else 0]
        spec = dataclasses.replace(
            model, name=f"{model.name} ({x:.2f}, {y:.2f})", start=(float(x), float(y)),
            color=scene.free_color(), visible=True,
        )  # fmt: skip
        runs: tuple[RunSpec, ...] = (*scene.runs, spec)
        self.session.edit(dataclasses.replace(scene, runs=runs), self.tr("Add run from basin map"))
        self.session.select(len(runs) - 1)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.shutdown()
            return False
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            return self._on_viewport_click(event, kind == QEvent.Type.MouseButtonPress)
        return False

    def _on_viewport_click(self, event, pressed: bool) -> bool:
        """Take a Ctrl+left click on the shown map: add a run there on release."""
        # Exactly Ctrl: Ctrl+Shift+click is the plot's own "move every start here".
        ctrl = event.modifiers() == Qt.KeyboardModifier.ControlModifier
        left = event.button() == Qt.MouseButton.LeftButton
        if not (self.shown and self.image.isVisible() and ctrl and left):
            self._ctrl_pressed = False
            return False
        view = self.window.surface_view
        scene_point = view.mapToScene(event.position().toPoint())
        if not view.view_box.sceneBoundingRect().contains(scene_point):
            return False
        if pressed:
            self._ctrl_pressed = True
        elif self._ctrl_pressed:
            self._ctrl_pressed = False
            point = view.view_box.mapSceneToView(scene_point)
            self.add_run_at(point.x(), point.y())
        return True

    # --- drawing ------------------------------------------------------------------------------

    def show_basin(self, basin: BasinMap) -> None:
        """Draw `basin` as the overlay with its legend and colour the stars to match."""
        self.basin = basin
        rgb = basin_rgb(basin)
        alpha = np.full((*rgb.shape[:2], 1), round(OPACITY * 255), dtype=np.uint8)
        self.image.setImage(np.concatenate([rgb, alpha], axis=2), levels=(0, 255))
        x_min, x_max, y_min, y_max = basin.rect
        self.image.setRect(QRectF(x_min, y_min, x_max - x_min, y_max - y_min))
        self.image.setVisible(True)
        self._fill_legend(basin)
        self._color_stars(basin)
        self.computed.emit(basin)

    def legend_rows(self, basin: BasinMap) -> list[tuple[str, str]]:
        """(colour, text) per outcome shown: every minimum, and the others when they occur."""
        rows = []
        for code, fraction in basin.fractions().items():
            if code >= 0:
                point = basin.surface.minima[code]
                text = f"★ {code} ({point.x:.2f}, {point.y:.2f})  {100 * fraction:.1f}%"
            elif fraction > 0:
                text = f"{engine_text(outcome_name(code))}  {100 * fraction:.1f}%"
            else:
                continue
            rows.append((outcome_color(code), text))
        return rows

    def _fill_legend(self, basin: BasinMap) -> None:
        self.legend.clear()
        for color, text in self.legend_rows(basin):
            sample = pg.ScatterPlotItem(symbol="s", size=16, brush=color, pen="#444444")
            self.legend.addItem(sample, text)
        self.legend.addItem(pg.PlotDataItem(pen=None), self.tr("darker: more steps"))
        self.legend.setVisible(True)

    def _color_stars(self, basin: BasinMap | None) -> None:
        """Each ★ in its basin's colour while the map is shown, white again without it."""
        stars = self.window.surface_view.surface_layer.minima
        count = len(stars.data)
        if not count:
            return
        if basin is None or count != len(basin.surface.minima):
            colors = [STAR_BRUSH] * count  # a list: one brush alone keeps the spots' own
        else:
            colors = [outcome_color(code) for code in range(count)]
        stars.setBrush([pg.mkBrush(color) for color in colors])

    def _show_progress(self, on: bool) -> None:
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(on)
        self.cancel_button.setVisible(on)
