"""A rotatable 3-D view of the surface and the runs on it, drawn with OpenGL where available."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QOffscreenSurface, QOpenGLContext
from PySide6.QtWidgets import QDockWidget, QLabel, QPushButton, QVBoxLayout, QWidget

from engine.surfaces import Surface
from gui.features import Column, Menu
from gui.models import Session, Timeline
from gui.plot.contours import color_map, log_height, surface_grid
from gui.plot.surface_view import drawable_positions

translate = QCoreApplication.translate
GRID_SIZE = 100
HEIGHT_FRACTION = 0.4  # the z range is this share of the narrower side: a landscape, not a spike
LIFT_FRACTION = 0.012  # paths float this share of the z range above the surface, never inside it
CEILING = 1.3  # diverging paths are cut at 1.3× the top of the surface
PATH_WIDTH, DOT_SIZE = 3.0, 16.0
MINIMUM_SIZE = (360, 300)
LIGHT = np.array([-0.45, -0.35, 0.82])  # from the front left, high: the default camera's side


@dataclass(frozen=True)
class HeightScale:
    """Loss -> z: the 2-D map's log height, stretched so its range spans `span` units of z."""

    lowest: float
    delta: float
    bottom: float  # log height of the grid's lowest point, drawn at z = 0
    top: float  # log height of its highest point, drawn at z = span
    span: float

    def __call__(self, loss) -> np.ndarray:
        with np.errstate(all="ignore"):
            height = np.log10(np.maximum(np.asarray(loss, float) - self.lowest, 0.0) + self.delta)
        z = (height - self.bottom) / max(self.top - self.bottom, 1e-12) * self.span
        return np.where(np.isnan(z), CEILING * self.span, z)  # NaN loss: off the chart, up

    @property
    def lift(self) -> float:
        return LIFT_FRACTION * self.span


def surface_mesh(surface: Surface, size: int = GRID_SIZE):
    """(xs, ys, z, scale) with z[i, j] the scaled log loss at (xs[i], ys[j]) (GL's x-major)."""
    xs, ys, loss = surface_grid(surface, size)
    height = log_height(surface, loss)  # the 2-D map's transform, so valleys look alike
    finite = np.isfinite(height)
    lowest = min([float(loss[finite].min()), *(p.value for p in surface.minima)])
    at_min = np.unravel_index(np.argmin(np.where(finite, loss, np.inf)), loss.shape)
    # log_height keeps its offset δ to itself; its value at the lowest grid point gives it back.
    delta = 10.0 ** height[at_min] - (loss[at_min] - lowest)
    x_min, x_max, y_min, y_max = surface.bounds
    span = HEIGHT_FRACTION * min(x_max - x_min, y_max - y_min)
    scale = HeightScale(
        lowest, delta, float(height[finite].min()), float(height[finite].max()), span
    )
    z = np.minimum(scale(loss), CEILING * span)
    return xs, ys, z.T, scale


def mesh_colors(xs, ys, z, span: float) -> np.ndarray:
    """(len(xs)·len(ys), 4) RGBA: the 2-D map's colours by height, shaded by a fixed light."""
    level = np.clip(z / span, 0.0, 1.0) if span > 0 else np.zeros_like(z)
    rgba = color_map().map(level.ravel(), mode="float").reshape(*z.shape, 4)
    dz_dx, dz_dy = np.gradient(z, xs, ys)
    normals = np.stack([-dz_dx, -dz_dy, np.ones_like(z)], axis=-1)
    normals /= np.linalg.norm(normals, axis=-1, keepdims=True)
    light = LIGHT / np.linalg.norm(LIGHT)
    # A pale ramp alone shows no relief: shading gives the slopes their depth.
    shade = 0.55 + 0.45 * np.clip(normals @ light, 0.0, 1.0)
    rgba[..., :3] *= shade[..., None]
    return rgba.reshape(-1, 4)


def path_points(run, frame: int, scale: HeightScale) -> np.ndarray:
    """(n, 3) points of `run` up to `frame` (clamped to its last one), lifted onto the surface."""
    positions = drawable_positions(run)[: max(0, min(frame, run.last_frame)) + 1]
    z = np.minimum(scale(run.losses[: len(positions)]), CEILING * scale.span) + scale.lift
    return np.column_stack([positions, z])


def rgba(color: str) -> tuple[float, float, float, float]:
    return pg.mkColor(color).getRgbF()


def opengl_problem() -> str:
    """Why OpenGL cannot draw here, or "" when it can."""
    try:
        import pyqtgraph.opengl  # noqa: F401  (needs PyOpenGL)
    except Exception as error:  # ImportError, or a broken GL library failing to load
        return f"{type(error).__name__}: {error}"
    platform = QGuiApplication.platformName()
    if platform in ("offscreen", "minimal"):
        return translate("Surface3DDock", "no OpenGL context on the '{0}' platform").format(
            platform
        )
    context, surface = QOpenGLContext(), QOffscreenSurface()
    surface.create()
    if not context.create() or not context.makeCurrent(surface):
        return translate("Surface3DDock", "no OpenGL context could be created")
    context.doneCurrent()
    return ""


def drawn_on_top(gl_module) -> dict:
    """GL options that draw an item over the mesh whatever the camera's angle: no depth
    test, alpha blending. Paths and dots use them, so a hill never hides a run."""
    return {
        gl_module.GL_DEPTH_TEST: False,
        gl_module.GL_BLEND: True,
        "glBlendFunc": (gl_module.GL_SRC_ALPHA, gl_module.GL_ONE_MINUS_SRC_ALPHA),
    }


class Surface3DView(QWidget):
    """The GL scene: the surface mesh, one line per run up to the frame, the current dots."""

    def __init__(self, session: Session, timeline: Timeline, parent=None):
        super().__init__(parent)
        import pyqtgraph.opengl as gl  # only here: the module needs PyOpenGL
        from OpenGL import GL

        self._gl = gl
        self.session, self.timeline = session, timeline
        self.view = gl.GLViewWidget()
        self.view.setBackgroundColor("w")
        self.view.setMinimumSize(MINIMUM_SIZE[0], MINIMUM_SIZE[1])
        self.mesh = gl.GLSurfacePlotItem(computeNormals=False, glOptions="opaque")
        # Dots and paths are drawn over the mesh, as in 2-D: rotated, a hill never hides them.
        self._on_top = drawn_on_top(GL)
        self.dots = gl.GLScatterPlotItem(size=DOT_SIZE, pxMode=True, glOptions=self._on_top)
        self.dots.setDepthValue(10)  # drawn after everything else
        self.view.addItem(self.mesh)
        self.view.addItem(self.dots)
        self.path_items: list = []
        self.scale: HeightScale | None = None
        self._surface = None
        self.reset_button = QPushButton(self.tr("Reset camera"))
        self.reset_button.setToolTip(self.tr("Look at the whole surface from the starting angle."))
        self.reset_button.clicked.connect(self.reset_camera)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignLeft)
        session.scene_changed.connect(self._on_scene_changed)
        session.runs_changed.connect(self._on_runs_changed)
        session.solo_changed.connect(self._on_solo_changed)
        timeline.frame_changed.connect(self._on_frame_changed)
        self._on_scene_changed(session.scene)
        self._on_runs_changed(session.runs)
        self.reset_camera()

    def reset_camera(self) -> None:
        x_min, x_max, y_min, y_max = self.session.scene.surface.bounds
        width = max(x_max - x_min, y_max - y_min)
        center = pg.Vector((x_min + x_max) / 2, (y_min + y_max) / 2, self.scale.span / 3)
        self.view.setCameraPosition(pos=center, distance=1.25 * width, elevation=50, azimuth=-100)

    # -- slots --------------------------------------------------------------------------
    def _on_scene_changed(self, scene) -> None:
        if scene.surface != self._surface:
            self._surface = scene.surface
            xs, ys, z, self.scale = surface_mesh(scene.surface)
            self.mesh.setData(x=xs, y=ys, z=z, colors=mesh_colors(xs, ys, z, self.scale.span))
            self.reset_camera()
        self._show_frame()  # visibility lives in the scene too

    def _on_runs_changed(self, runs) -> None:
        while len(self.path_items) < len(runs):
            item = self._gl.GLLinePlotItem(
                mode="line_strip", width=PATH_WIDTH, antialias=True, glOptions=self._on_top
            )
            item.setDepthValue(5)  # after the mesh, before the dots
            self.view.addItem(item)
            self.path_items.append(item)
        while len(self.path_items) > len(runs):
            self.view.removeItem(self.path_items.pop())
        self._show_frame()

    def _on_solo_changed(self, index: int) -> None:
        self._show_frame()

    def _on_frame_changed(self, frame: int) -> None:
        self._show_frame()

    def _show_frame(self) -> None:
        """setData on the existing items: the only work done per frame."""
        runs, frame = self.session.runs, self.timeline.frame
        if len(runs) != len(self.path_items) or self.scale is None:
            return  # scene_changed comes before runs_changed: wait for the new runs
        ends, colors = [], []
        for index, (run, item) in enumerate(zip(runs, self.path_items, strict=True)):
            shown = self.session.is_shown(index)
            item.setVisible(shown)
            if not shown:
                continue
            color = rgba(self.session.scene.runs[index].color)
            points = path_points(run, frame, self.scale)
            item.setData(pos=points, color=color)
            ends.append(points[-1])
            colors.append(color)
        self.dots.setData(pos=np.array(ends).reshape(-1, 3), color=np.array(colors).reshape(-1, 4))


class Surface3DDock(QObject):
    """The '3-D view' dock; its content is made the first time it is shown."""

    NAME = "3-D view"
    REQUIRES = ()

    @classmethod
    def install(cls, host) -> Surface3DDock:
        """Add the hidden 3-D view dock and its View toggle (Ctrl+3)."""
        controller = cls(host.window)
        # A tab of the tall right-hand column, so the view gets its full height when raised.
        controller.dock = host.add_dock_built_when_shown(
            controller._make_content, controller.tr("3-D view"), "dock-3d-view", cls,
            tab_with=Column.RIGHT,
        )  # fmt: skip
        toggle = controller.dock.toggleViewAction()
        toggle.setShortcut(QKeySequence("Ctrl+3"))
        tip = translate(
            "Surface3DDock", "Show or hide the rotatable 3-D view of the surface and the paths."
        )
        toggle.setToolTip(tip)
        toggle.setStatusTip(tip)
        host.menu(Menu.VIEW).addAction(toggle)
        host.window.addAction(toggle)  # the shortcut works with the menu bar hidden
        return controller

    def __init__(self, window):
        super().__init__(window)
        self.session, self.timeline = window.session, window.timeline
        self.view: Surface3DView | None = None
        self.problem = ""
        self.dock: QDockWidget | None = None  # made by install, its content when first shown
        self.content: QWidget | None = None

    def show(self) -> None:
        """Open the dock and bring its tab to the front."""
        self.dock.show()
        self.dock.raise_()

    def _make_content(self) -> QWidget:
        self.problem = opengl_problem()
        if not self.problem:
            try:
                self.view = self.content = Surface3DView(self.session, self.timeline)
                return self.view
            except Exception as error:  # a driver that fails late: say so, keep the app
                self.problem = f"{type(error).__name__}: {error}"
        self.content = self._make_explanation()
        return self.content

    def _make_explanation(self) -> QLabel:
        text = self.tr(
            "The 3-D view needs OpenGL, which is not available here ({0}). Everything else works."
        ).format(self.problem)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("font-size: 14pt; color: #444444; padding: 16px;")
        return label
