"""View ▸ Curvature: its axes, ellipse and read-out equal the closed forms of the local model."""

from __future__ import annotations

import numpy as np
import pytest

from engine.optimizers import SGD, Adam
from engine.scene.scene import RunSpec, Scene
from engine.surfaces import Canyon, Quadratic
from engine.surfaces.curvature import quadratic_model
from gui.plot.curvature_overlay import CurvatureOverlay, model_level_set


def show(window, surface, optimizer, frame):
    spec = RunSpec("probe", optimizer, start=surface.start)
    window.session.replace(Scene(surface, (spec,), 60))
    window.session.select(0)
    overlay = window.feature(CurvatureOverlay)
    overlay.action.trigger()
    window.timeline.set_frame(frame)
    return overlay, window.session.runs[0]


def segment(item) -> np.ndarray:
    xs, ys = item.getData()
    return np.column_stack([xs, ys])


def test_on_a_quadratic_the_axes_are_its_eigen_axes_with_lengths_in_curvature_ratio(window):
    overlay, run = show(window, Quadratic(kappa=16.0, angle=20.0), SGD(lr=0.02), 5)
    gentle, steep = (segment(item) for item in overlay.axes)
    point = run.positions[5]
    for line in (gentle, steep):
        np.testing.assert_allclose(line.mean(axis=0), point, atol=1e-12)  # centred on Θ_k
    angle = np.radians(20.0)
    steep_direction = np.array([-np.sin(angle), np.cos(angle)])
    along = steep[1] - steep[0]
    assert abs(along @ steep_direction) / np.linalg.norm(along) == pytest.approx(1.0)
    ratio = np.linalg.norm(gentle[1] - gentle[0]) / np.linalg.norm(along)
    assert ratio == pytest.approx(1.0 / 16.0)  # λmin / λmax


def test_the_ellipse_is_the_local_models_level_set_through_the_point(window):
    overlay, run = show(window, Canyon(), SGD(lr=0.05), 30)
    surface, point = window.session.scene.surface, run.positions[30]
    hessian, gradient = surface.hessian(point), run.true_gradients[30]
    ellipse = segment(overlay.model)
    assert len(ellipse) > 10
    levels = quadratic_model(0.0, gradient, hessian, ellipse - point)
    np.testing.assert_allclose(levels, 0.0, atol=1e-9)  # f + g·d + ½dᵀHd = f at every point
    assert model_level_set(point, gradient, -np.eye(2)).shape == (0, 2)  # no ellipse on a cap


@pytest.mark.parametrize("lr, words", [(0.16, "zig-zag shrinks"), (0.2, "zig-zag grows")])
def test_an_overshooting_sgd_step_on_the_canyon_says_so(window, lr, words):
    overlay, run = show(window, Canyon(), SGD(lr=lr), 0)
    ratios = overlay.trace().overshoot[:-1]
    frame = int(np.argmax(ratios))
    window.timeline.set_frame(frame)
    assert ratios[frame] > 0.5  # past 1/λmax: the step crosses the valley's floor
    text = overlay.readout.text()
    assert "overshoots" in text and words in text
    assert (ratios[frame] > 1) == ("grows" in text)
    assert overlay.readout.isVisible()
    overlay.action.trigger()
    assert not overlay.readout.isVisible() and not overlay.model.isVisible()


def test_adaptive_steps_are_judged_on_their_per_axis_rates(window):
    overlay, _ = show(window, Canyon(), Adam(lr=0.1), 10)
    assert "per-axis" in overlay.readout.text()


def test_newtons_step_is_drawn_with_its_local_model_and_lands_on_its_centre(window):
    from engine.optimizers import OPTIMIZERS

    spec = RunSpec("newton", OPTIMIZERS["newton"](), start=Canyon.start)
    window.session.replace(Scene(Canyon(), (spec,), 20))
    window.session.select(0)
    overlay = window.feature(CurvatureOverlay)  # View ▸ Curvature stays off
    window.timeline.set_frame(1)
    assert overlay.model.isVisible() and not overlay.readout.isVisible()
    run = window.session.runs[0]
    ellipse = segment(overlay.model)
    hessian = Canyon().hessian(run.positions[1])
    if np.all(np.linalg.eigvalsh(hessian) > 0):
        centre = run.positions[1] - np.linalg.solve(hessian, run.true_gradients[1])
        np.testing.assert_allclose(ellipse.mean(axis=0), centre, atol=1e-6)


def test_the_curvature_chart_is_the_runs_trace_against_its_limit(window, qtbot):
    from engine.optimizers import Momentum
    from engine.run.curvature_trace import curvature_trace
    from gui.plot.charts import CurvesView
    from gui.plot.curvature_chart import CurvatureChart

    surface = Quadratic(kappa=10.0)
    runs = (RunSpec("hb", Momentum(lr=0.25, momentum=0.5), start=surface.start),)
    window.session.replace(Scene(surface, runs, 30))
    window.session.select(0)
    chart = window.feature(CurvatureChart)
    assert window.dock(CurvatureChart) is chart.dock
    assert chart.plot is None  # hidden: not even built
    chart.dock.show()
    chart.dock.raise_()
    qtbot.waitUntil(lambda: not chart._stale)
    assert window.dock(CurvesView) is not None
    trace = curvature_trace(surface, window.session.runs[0])
    steps, values = chart.curves()["step"].getData()
    np.testing.assert_allclose(values, trace.step_curvature[:-1])
    np.testing.assert_allclose(values, 0.25 * 10)  # lr·λmax on a quadratic: constant
    _, limit = chart.curves()["limit"].getData()
    np.testing.assert_allclose(limit, 2 * (1 + 0.5))  # heavy ball's limit
    window.timeline.set_frame(7)
    assert chart.cursor.value() == 7
