"""The 3-D view: heights and paths checked against the 2-D map and the runs; its fallback."""

import builtins
import dataclasses

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel

from engine.optimizers import SGD
from engine.run.simulate import simulate
from engine.surfaces import SURFACES
from gui.features import Menu
from gui.plot.contours import color_map, log_height, surface_grid
from gui.plot.surface_3d import (
    CEILING,
    HEIGHT_FRACTION,
    LIGHT,
    Surface3DDock,
    Surface3DView,
    mesh_colors,
    path_points,
    surface_mesh,
)


@pytest.mark.parametrize("name", ["rosenbrock", "canyon", "himmelblau", "booth"])
def test_mesh_heights_are_the_2d_maps_log_heights_stretched(name):
    surface = SURFACES[name]()
    xs, ys, z, scale = surface_mesh(surface, 60)
    _, _, loss = surface_grid(surface, 60)
    height = log_height(surface, loss)
    x_min, x_max, y_min, y_max = surface.bounds
    assert scale.span == pytest.approx(HEIGHT_FRACTION * min(x_max - x_min, y_max - y_min))
    expected = (height - height.min()) / (height.max() - height.min()) * scale.span
    assert z.shape == (len(xs), len(ys))  # GL's order: z[i, j] at (xs[i], ys[j])
    np.testing.assert_allclose(z.T, expected, atol=1e-9 * scale.span)
    assert z.min() == pytest.approx(0.0, abs=1e-9) and z.max() == pytest.approx(scale.span)


def test_height_scale_is_increasing_and_caps_non_finite_losses():
    surface = SURFACES["rosenbrock"]()
    scale = surface_mesh(surface, 40)[3]
    losses = np.array([0.0, 1e-6, 1e-3, 1.0, 100.0, 1e4])
    assert np.all(np.diff(scale(losses)) > 0)
    assert scale(np.nan) == pytest.approx(CEILING * scale.span)


def test_path_points_sit_on_the_surface_up_to_the_frame():
    surface = SURFACES["rosenbrock"]()
    run = simulate(surface, SGD(lr=0.001), (-1.5, 2.0), 50)
    scale = surface_mesh(surface, 40)[3]
    points = path_points(run, 20, scale)
    np.testing.assert_allclose(points[:, :2], run.positions[:21])
    # A lifted copy of the surface's height at each position: above the mesh, never inside.
    np.testing.assert_allclose(points[:, 2], scale(surface.value(run.positions[:21])) + scale.lift)
    assert scale.lift > 0
    assert len(path_points(run, 10_000, scale)) == run.last_frame + 1


def test_a_diverging_path_stops_at_the_ceiling():
    surface = SURFACES["quadratic"]()
    run = simulate(surface, SGD(lr=10.0), (1.0, 1.0), 200)
    assert run.status.kind == "diverged"
    scale = surface_mesh(surface, 40)[3]
    points = path_points(run, run.last_frame, scale)
    assert np.all(np.isfinite(points))
    assert points[:, 2].max() <= CEILING * scale.span + scale.lift + 1e-12


def test_a_flat_mesh_has_the_lowest_colour_evenly_lit():
    xs, ys = np.linspace(0, 1, 5), np.linspace(0, 2, 7)
    colors = mesh_colors(xs, ys, np.zeros((5, 7)), 1.0)
    lowest = color_map().map(np.array([0.0]), mode="float")[0]
    shade = 0.55 + 0.45 * LIGHT[2] / np.linalg.norm(LIGHT)  # normal (0, 0, 1)
    assert colors.shape == (35, 4)
    np.testing.assert_allclose(colors[:, :3], np.tile(lowest[:3] * shade, (35, 1)), rtol=1e-6)
    np.testing.assert_allclose(colors[:, 3], lowest[3])


def install_3d(window):
    return window.feature(Surface3DDock)


def test_install_adds_a_hidden_dock_with_a_view_toggle(window):
    controller = install_3d(window)
    assert window.feature(Surface3DDock) is controller
    assert window.dock(Surface3DDock) is controller.dock
    assert not controller.dock.isVisible() and controller.content is None  # lazy
    toggle = controller.dock.toggleViewAction()
    assert toggle in window.menus[Menu.VIEW].actions() and toggle in window.actions()
    assert toggle.shortcut().toString() == "Ctrl+3" and toggle.toolTip()


def test_offscreen_the_dock_explains_that_opengl_is_missing(window, qtbot):
    controller = install_3d(window)
    controller.dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: controller.content is not None)
    assert isinstance(controller.content, QLabel) and controller.view is None
    assert "needs OpenGL" in controller.content.text() and "offscreen" in controller.content.text()
    window.timeline.set_frame(30)  # everything else goes on working
    assert window.timeline.frame == 30


def test_a_failing_opengl_import_is_explained_not_raised(window, qtbot, monkeypatch):
    real_import = builtins.__import__

    def refuse_opengl(name, *args, **kwargs):
        if name.startswith("pyqtgraph.opengl") or name.startswith("OpenGL"):
            raise ImportError("No module named 'OpenGL'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", refuse_opengl)
    controller = install_3d(window)
    controller.show()
    qtbot.waitUntil(lambda: controller.content is not None)
    text = controller.content.text()
    assert "ImportError: No module named 'OpenGL'" in text and "Everything else works" in text


# Built but never shown: the items hold their data without an OpenGL context (Qt says so once).
@pytest.mark.qt_log_ignore("QOpenGLWidget is not supported on this platform")
def test_the_gl_items_follow_the_frame_solo_and_visibility(window, qtbot):
    view = Surface3DView(window.session, window.timeline)
    qtbot.addWidget(view)
    session, scale = window.session, view.scale
    window.timeline.set_frame(25)
    assert len(view.path_items) == len(session.runs)
    for run, item in zip(session.runs, view.path_items, strict=True):
        np.testing.assert_allclose(item.pos, path_points(run, 25, scale))
    ends = [path_points(run, 25, scale)[-1] for run in session.runs]
    np.testing.assert_allclose(view.dots.pos, ends)
    session.set_solo(2)
    assert [item.visible() for item in view.path_items] == [i == 2 for i in range(6)]
    np.testing.assert_allclose(view.dots.pos, [ends[2]])
    session.set_solo(-1)
    scene = session.scene.replace_run(0, visible=False)
    session.edit(scene, "hide")
    assert not view.path_items[0].visible() and len(view.dots.pos) == 5
    session.edit(dataclasses.replace(scene, surface=SURFACES["booth"]()), "surface")
    assert view.scale.span == pytest.approx(HEIGHT_FRACTION * 20)
    session.edit(dataclasses.replace(session.scene, runs=session.scene.runs[:2]), "fewer")
    assert len(view.path_items) == 2


def test_paths_and_dots_are_drawn_over_the_mesh_at_any_angle():
    from types import SimpleNamespace

    from gui.plot.surface_3d import drawn_on_top

    gl = SimpleNamespace(GL_DEPTH_TEST=1, GL_BLEND=2, GL_SRC_ALPHA=3, GL_ONE_MINUS_SRC_ALPHA=4)
    options = drawn_on_top(gl)
    assert options[gl.GL_DEPTH_TEST] is False  # no depth test: a hill in front never hides them
    assert options[gl.GL_BLEND] is True
