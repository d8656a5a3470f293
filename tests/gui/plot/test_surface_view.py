"""SurfaceView: paths, markers and vectors match the runs' arrays; clicks and drags move starts."""

import dataclasses

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from engine.optimizers import OPTIMIZERS
from engine.run.simulate import far_box
from engine.scene.scene import RunSpec, Scene, default_scene
from engine.surfaces import SURFACES
from gui.app import configure
from gui.models import Session, Timeline
from gui.plot.contours import (
    LEVEL_COUNT,
    contour_levels,
    contour_lines,
    joined,
    log_height,
    surface_grid,
)
from gui.plot.overlays import GRADIENT_FRACTION, PENS
from gui.plot.surface_view import SurfaceView, drawable_positions


def make_view(qtbot, scene=None):
    configure()
    session = Session(scene or default_scene())
    timeline = Timeline(session.scene.steps)
    view = SurfaceView(session, timeline)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    return view, session, timeline


def curve_points(curve) -> np.ndarray:
    x, y = curve.getData()
    if x is None:
        return np.empty((0, 2))
    return np.column_stack([x, y])


def test_paths_hold_every_position_up_to_the_frame_forward_and_back(qtbot):
    view, session, timeline = make_view(qtbot)
    for frame in (0, 37, 400, 12):
        timeline.set_frame(frame)
        for item, run in zip(view.path_items, session.runs, strict=True):
            assert_allclose(curve_points(item), run.positions[: frame + 1])
    dots = view.current_dots.getData()
    assert len(dots[0]) == len(session.runs)


def test_hidden_and_solo_runs_are_not_drawn(qtbot):
    view, session, timeline = make_view(qtbot)
    timeline.set_frame(20)
    session.edit(session.scene.replace_run(1, visible=False), "Hide")
    assert not view.path_items[1].isVisible()
    assert view.path_items[0].isVisible()
    assert len(view.current_dots.getData()[0]) == len(session.runs) - 1
    session.set_solo(3)
    assert [item.isVisible() for item in view.path_items] == [i == 3 for i in range(6)]
    assert_allclose(view.current_dots.getData()[0], [session.runs[3].positions[20, 0]])
    assert len(view.start_markers.getData()[0]) == 1


def pixel_length(vector, view) -> float:
    units_per_px, _ = view._pixel_scale()
    return float(np.hypot(*(np.asarray(vector) / units_per_px)))


def test_gradient_arrow_points_down_the_slope_and_shrinks_with_the_gradient(qtbot):
    view, session, timeline = make_view(qtbot)
    session.select(0)
    timeline.set_frame(15)
    run = session.runs[0]
    tail, tip = curve_points(view.overlays.curves["gradient"])[:2]
    assert_allclose(tail, run.positions[15])
    descent = -run.gradients[15]
    drawn = tip - tail
    assert abs(drawn[0] * descent[1] - drawn[1] * descent[0]) < 1e-9 * np.hypot(*descent)
    assert drawn @ descent > 0
    _, short_side = view._pixel_scale()
    norms = np.hypot(*run.gradients[:, :].T)
    relative = np.sqrt(np.hypot(*descent) / np.nanmax(norms))
    assert pixel_length(drawn, view) == pytest.approx(GRADIENT_FRACTION * short_side * relative)
    timeline.set_frame(int(np.nanargmax(norms)))
    tail, tip = curve_points(view.overlays.curves["gradient"])[:2]
    assert pixel_length(tip - tail, view) == pytest.approx(GRADIENT_FRACTION * short_side)


def test_update_arrow_has_true_length_and_vanishes_on_the_last_frame(qtbot):
    view, session, timeline = make_view(qtbot)
    session.select(1)
    timeline.set_frame(30)
    run = session.runs[1]
    tail, tip = curve_points(view.overlays.curves["update"])[:2]
    assert_allclose(tip, run.positions[30] + run.updates[30])
    assert_allclose(tip, run.positions[31])  # the update is exactly the move to the next frame
    timeline.last()
    assert len(curve_points(view.overlays.curves["update"])) == 0


def test_momentum_arrow_points_where_the_velocity_pushes(qtbot):
    view, session, timeline = make_view(qtbot)
    session.select(1)  # Momentum, PyTorch form: x −= lr·v, so it pushes along −v
    timeline.set_frame(25)
    run = session.runs[1]
    tail, tip = curve_points(view.overlays.curves["velocity"])[:2]
    push = -run.states["velocity"][25]
    unit = (tip - tail) / np.hypot(*(tip - tail))
    assert_allclose(unit, push / np.hypot(*push), atol=1e-9)


def test_adaptive_box_half_sides_are_the_per_axis_steps(qtbot):
    view, session, timeline = make_view(qtbot)
    session.select(3)  # AdaGrad: step_i = lr / (√r_i + ε) · g_i
    timeline.set_frame(40)
    run = session.runs[3]
    box = curve_points(view.overlays.curves["accumulator"])
    half = (box.max(axis=0) - box.min(axis=0)) / 2
    assert_allclose(half, run.effective_lrs[40] * np.abs(run.gradients[40]))
    assert_allclose((box.max(axis=0) + box.min(axis=0)) / 2, run.positions[40])
    session.select(0)  # SGD has no accumulator
    assert len(curve_points(view.overlays.curves["accumulator"])) == 0


def test_nesterov_look_ahead_joins_position_and_gradient_point(qtbot):
    scene = default_scene()
    nesterov = dataclasses.replace(scene.runs[2].optimizer, form="sutskever")
    view, session, timeline = make_view(qtbot, scene.replace_run(2, optimizer=nesterov))
    session.select(2)
    timeline.set_frame(10)
    run = session.runs[2]
    assert_allclose(
        curve_points(view.overlays.curves["lookahead"]),
        [run.positions[10], run.gradient_points[10]],
    )
    assert_allclose(view.overlays.lookahead_points.getData()[0], [run.gradient_points[10, 0]])


def test_show_all_vectors_draws_one_update_per_shown_run(qtbot):
    view, session, timeline = make_view(qtbot)
    timeline.set_frame(5)
    view.set_show_all_vectors(True)
    # Each run's arrows wear its colour; the update arrows are the solid ones.
    solid = [
        item
        for item in view.overlays.by_run.items
        if item.isVisible() and item.opts["pen"].style() == Qt.PenStyle.SolidLine
    ]
    points = np.concatenate([curve_points(item) for item in solid])
    tips = {tuple(np.round(run.positions[6], 9)) for run in session.runs}
    drawn = {tuple(np.round(p, 9)) for p in points if np.all(np.isfinite(p))}
    assert tips <= drawn


def test_overlays_switch_off_and_leave_the_legend(qtbot):
    view, _, timeline = make_view(qtbot)
    timeline.set_frame(5)
    assert set(view.overlay_names()) == {
        "gradient",
        "velocity",
        "update",
        "accumulator",
        "lookahead",
    }
    view.set_overlay("gradient", False)
    assert not view.overlays.curves["gradient"].isVisible()
    legend = view.overlays.legend.text
    assert "∇f" not in legend and "velocity" in legend and "look-ahead" in legend
    assert "∇f" not in view.plotItem.titleLabel.text
    view.set_overlay("gradient", True)
    assert view.overlays.curves["gradient"].isVisible()
    assert "∇f" in view.overlays.legend.text and "∇f" in view.plotItem.titleLabel.text
    with pytest.raises(ValueError, match="bogus"):
        view.set_overlay("bogus", True)


def test_surface_change_rebuilds_contours_on_constant_loss_lines(qtbot):
    view, session, _ = make_view(qtbot)
    surface = SURFACES["himmelblau"]()
    session.edit(dataclasses.replace(session.scene, surface=surface), "Surface")
    xs, ys, z = surface_grid(surface)
    height = log_height(surface, z)
    lines = contour_lines(xs, ys, height, contour_levels(height))
    drawn = curve_points(view.surface_layer.contours)  # every level in one curve
    assert_array_equal(drawn, joined(lines))
    assert len(lines) == LEVEL_COUNT and np.isnan(drawn).all(axis=1).sum() >= LEVEL_COUNT - 1
    values = []
    for points in lines:
        finite = points[np.all(np.isfinite(points), axis=1)]
        assert len(finite) > 10
        loss = surface.value(finite)
        # Every point of one contour has (up to the grid's interpolation) one loss value.
        assert np.ptp(loss) < 0.05 * np.ptp(
            surface.value(np.random.default_rng(0).uniform(-5, 5, (999, 2)))
        )
        values.append(np.median(loss))
    assert np.all(np.diff(values) > 0)
    rect = view.surface_layer.image.mapRectToParent(view.surface_layer.image.boundingRect())
    assert_allclose([rect.left(), rect.right(), rect.top(), rect.bottom()], [-5, 5, -5, 5])


def test_moving_a_start_keeps_the_contours(qtbot, monkeypatch):
    view, session, _ = make_view(qtbot)
    calls = []
    monkeypatch.setattr(view.surface_layer, "show", calls.append)
    session.edit(session.scene.with_start((0.0, 0.5)), "Move")
    assert calls == []


def viewport_point(view, x, y):
    return view.mapFromScene(view.view_point_to_scene(x, y))


def send_mouse(view, kind, point, buttons, modifiers=Qt.KeyboardModifier.NoModifier):
    """Deliver a mouse event straight to the viewport (QTest warns when pyqtgraph ignores one)."""
    global_point = view.viewport().mapToGlobal(QPointF(point))
    event = QMouseEvent(
        kind, QPointF(point), global_point, Qt.MouseButton.LeftButton, buttons, modifiers
    )
    QApplication.sendEvent(view.viewport(), event)


def click(view, at, modifiers=Qt.KeyboardModifier.NoModifier):
    point = viewport_point(view, *at)
    send_mouse(view, QEvent.Type.MouseButtonPress, point, Qt.MouseButton.LeftButton, modifiers)
    send_mouse(view, QEvent.Type.MouseButtonRelease, point, Qt.MouseButton.NoButton, modifiers)


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_ctrl_shift_click_moves_every_start_and_undo_restores_them(qtbot):
    view, session, _ = make_view(qtbot)
    before = session.scene
    click(view, (1.0, -0.5), CTRL_SHIFT)
    units_per_px, _ = view._pixel_scale()
    for spec, run in zip(session.scene.runs, session.runs, strict=True):
        assert_allclose(spec.start, (1.0, -0.5), atol=2 * units_per_px.max())
        assert_allclose(run.positions[0], spec.start)
    session.undo_stack.undo()
    assert session.scene == before


def test_shift_click_moves_only_the_selected_run(qtbot):
    view, session, _ = make_view(qtbot)
    session.select(4)
    before = session.scene
    click(view, (2.0, 1.0), Qt.KeyboardModifier.ShiftModifier)
    starts = [spec.start for spec in session.scene.runs]
    assert starts[4] != before.runs[4].start
    assert starts[:4] + starts[5:] == [
        spec.start for spec in before.runs if spec is not before.runs[4]
    ]


def drag(view, start, end, steps=5):
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    a, b = viewport_point(view, *start), viewport_point(view, *end)
    send_mouse(view, QEvent.Type.MouseButtonPress, a, left)
    for i in range(1, steps + 1):
        send_mouse(view, QEvent.Type.MouseMove, a + (b - a) * (i / steps), left)
    send_mouse(view, QEvent.Type.MouseButtonRelease, b, none)


def test_dragging_the_start_marker_is_one_undo_step_per_drag(qtbot):
    view, session, _ = make_view(qtbot)
    original = session.scene.runs[0].start
    drag(view, original, (-2.0, -1.0))
    units_per_px, _ = view._pixel_scale()
    for spec in session.scene.runs:
        assert_allclose(spec.start, (-2.0, -1.0), atol=2 * units_per_px.max())
    assert session.undo_stack.count() == 1
    drag(view, session.scene.runs[0].start, (0.0, 1.0))
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert all(spec.start == original for spec in session.scene.runs)


def test_a_drag_away_from_the_markers_pans_without_editing(qtbot):
    view, session, _ = make_view(qtbot)
    x_range = view.view_box.viewRange()[0]
    drag(view, (1.0, 1.2), (-1.0, 1.2))  # top middle: clear of markers and legend
    assert session.undo_stack.count() == 0
    assert view.view_box.viewRange()[0][0] > x_range[0]
    view.reset_view()
    assert_allclose(view.view_box.viewRange()[0], x_range)


def test_a_diverging_run_leaves_the_plot_along_its_last_step_without_errors(qtbot):
    surface = SURFACES["rosenbrock"]()
    spec = RunSpec("SGD", OPTIMIZERS["sgd"](lr=5.0), start=surface.start)
    view, session, timeline = make_view(qtbot, Scene(surface, (spec,), steps=200))
    run = session.runs[0]
    assert run.status.kind == "diverged"
    x_lo, x_hi, y_lo, y_hi = far_box(surface)
    for frame in (0, run.last_frame, 200):
        timeline.set_frame(frame)
        points = curve_points(view.path_items[0])
        assert len(points) == min(frame, run.last_frame) + 1
        assert np.all(np.isfinite(points))
        assert_allclose(points[:-1], run.positions[: len(points) - 1])
        assert not np.isinf(curve_points(view.overlays.curves["gradient"])).any()
        view.grab()
    # The last point is cut where the final step crosses the far box, on that step's line.
    before, flung, drawn = run.positions[-2], run.positions[-1], points[-1]
    step, part = flung - before, drawn - before
    assert abs(step[0] * part[1] - step[1] * part[0]) < 1e-9 * np.hypot(*step) * np.hypot(*part)
    assert 0 < part @ step < step @ step
    assert np.isclose(drawn[0], [x_lo, x_hi]).any() or np.isclose(drawn[1], [y_lo, y_hi]).any()


def test_a_run_whose_last_position_is_not_finite_stops_before_it():
    run = type("FakeRun", (), {})()
    run.surface = SURFACES["canyon"]()
    run.positions = np.array([[0.0, 0.0], [1.0, 0.5], [np.inf, np.nan]])
    assert_allclose(drawable_positions(run), run.positions[:2])


def test_removing_the_soloed_run_redraws_from_the_new_runs(qtbot):
    view, session, timeline = make_view(qtbot)
    timeline.set_frame(50)
    session.set_solo(5)
    fewer = dataclasses.replace(session.scene, runs=session.scene.runs[:3])
    session.edit(fewer, "Remove runs")  # the session announces solo=-1 before the new scene
    assert session.solo == -1
    assert [item.isVisible() for item in view.path_items] == [True] * 3
    for item, run in zip(view.path_items, session.runs, strict=True):
        assert_allclose(curve_points(item), run.positions[:51])


def test_vector_legend_sits_in_the_title_in_the_overlay_colours(qtbot):
    view, _, _ = make_view(qtbot)
    title = view.plotItem.titleLabel.text
    for name, pen in PENS.items():
        assert pen.color().name() in title, name
    view.highlight("update")
    assert "<b>step</b>" in view.plotItem.titleLabel.text
    view.highlight(None)
    assert "<b>step</b>" not in view.plotItem.titleLabel.text
    view.overlays.legend.hide()
    assert not view.plotItem.titleLabel.isVisible()


def test_a_big_data_set_gets_a_coarser_grid_of_bounded_work():
    from engine.surfaces.datasets import LogisticRegression
    from gui.plot.contours import GRID_SIZE, GRID_WORK, grid_size, surface_grid

    assert grid_size(LogisticRegression(size=60)) == GRID_SIZE
    big = LogisticRegression(size=10_000)
    xs, ys, z = surface_grid(big)
    assert len(xs) == len(ys) == grid_size(big) < GRID_SIZE and np.isfinite(z).all()
    assert len(xs) ** 2 * big.examples <= GRID_WORK


@pytest.mark.parametrize(
    "modifiers",
    [Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier,
     Qt.KeyboardModifier.AltModifier],
)  # fmt: skip
def test_a_stray_click_moves_no_start_and_says_how(qtbot, modifiers):
    view, session, _ = make_view(qtbot)
    with qtbot.waitSignal(view.hint_requested) as hint:
        click(view, (1.0, -0.5), modifiers)
    assert session.undo_stack.count() == 0
    assert "Ctrl+Shift+click" in hint.args[0] and "Shift+click" in hint.args[0]


def test_a_click_on_an_axis_moves_no_start(qtbot):
    view, session, _ = make_view(qtbot)
    for side in ("bottom", "left"):
        axis = view.plotItem.getAxis(side)
        centre = axis.mapToScene(axis.boundingRect().center())
        point = view.mapFromScene(centre)
        for modifiers in (CTRL_SHIFT, Qt.KeyboardModifier.ShiftModifier):
            send_mouse(view, QEvent.Type.MouseButtonPress, point, Qt.MouseButton.LeftButton,
                       modifiers)  # fmt: skip
            send_mouse(view, QEvent.Type.MouseButtonRelease, point, Qt.MouseButton.NoButton,
                       modifiers)  # fmt: skip
    assert session.undo_stack.count() == 0


def test_a_click_beside_the_surface_moves_no_start(qtbot):
    view, session, _ = make_view(qtbot)  # 900 × 600 at 1:1: the view is wider than the canyon
    x_min, x_max, y_min, y_max = session.scene.surface.bounds
    (left, right), _ = view.view_box.viewRange()
    assert right > x_max  # there is plot beside the surface to click on
    click(view, ((x_max + right) / 2, (y_min + y_max) / 2), CTRL_SHIFT)
    assert session.undo_stack.count() == 0


def test_a_dragged_start_stops_at_the_bounds(qtbot):
    view, session, _ = make_view(qtbot)
    x_min, x_max, y_min, y_max = session.scene.surface.bounds
    (left, right), _ = view.view_box.viewRange()
    drag(view, session.scene.runs[0].start, ((x_max + right) / 2, (y_min + y_max) / 2))
    for spec in session.scene.runs:
        assert spec.start[0] == x_max and y_min <= spec.start[1] <= y_max
