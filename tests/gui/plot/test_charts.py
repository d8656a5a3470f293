"""CurvesView: its curves are the runs' arrays, and its cursor follows and drives the timeline."""

import dataclasses
from types import SimpleNamespace

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal
from PySide6.QtCore import Qt

from engine.optimizers import SGD
from engine.scene.scene import default_scene
from engine.surfaces import Rosenbrock, Saddle
from gui.models import Session, Timeline
from gui.plot.charts import LOG_FLOOR, CurvesView, loss_offset


def make_view(qtbot, scene):
    session, timeline = Session(scene), Timeline(scene.steps)
    view = CurvesView(session, timeline)
    qtbot.addWidget(view)
    return session, timeline, view


def saddle_scene():
    scene = dataclasses.replace(default_scene(), surface=Saddle(), steps=150)
    return scene.with_start(Saddle.start)


def diverging_scene():
    scene = dataclasses.replace(default_scene(), surface=Rosenbrock(), steps=200)
    return scene.with_start(Rosenbrock.start).replace_run(0, optimizer=SGD(lr=5.0))


@pytest.mark.parametrize("scene", [default_scene(), saddle_scene()], ids=["canyon", "saddle"])
def test_curves_are_the_runs_arrays(qtbot, scene):
    session, _, view = make_view(qtbot, scene)
    lowest = min(point.value for point in scene.surface.minima)
    for index, run in enumerate(session.runs):
        loss, lr, gradient, momentum, distance = (
            item.getOriginalDataset() for item in view.curves(index)
        )
        frames = np.arange(run.frames)
        assert_array_equal(loss[0], frames)
        assert_allclose(loss[1], np.maximum(run.losses - lowest, LOG_FLOOR))
        assert_array_equal(lr[0], frames[:-1])  # no update after the last frame
        assert_array_equal(lr[1], run.lrs[:-1])
        norms = np.sqrt(run.true_gradients[:, 0] ** 2 + run.true_gradients[:, 1] ** 2)
        assert_allclose(gradient[1], np.maximum(norms, LOG_FLOOR))
        has_momentum = np.isfinite(run.momentums).any()
        if has_momentum:
            assert_array_equal(momentum[1], run.momentums[:-1])
        else:  # pyqtgraph keeps no arrays for an empty curve
            assert momentum[1] is None or len(momentum[1]) == 0
        nearest = np.min(
            [np.hypot(*(run.positions - (m.x, m.y)).T) for m in scene.surface.minima], axis=0
        )
        assert_allclose(distance[1], np.maximum(nearest, LOG_FLOOR))


def test_log_plots_get_positive_values_when_losses_are_negative(qtbot):
    session, _, view = make_view(qtbot, saddle_scene())
    assert any(run.losses.min() < 0 for run in session.runs)
    for index in range(len(session.runs)):
        assert view.curves(index)[0].getOriginalDataset()[1].min() >= LOG_FLOOR
    assert "loss − f* (log), f* = −1" in view.plots[0].titleLabel.text


def test_only_shown_runs_are_drawn(qtbot):
    session, _, view = make_view(qtbot, default_scene())
    session.edit(session.scene.replace_run(1, visible=False), "Hide")
    assert view.curves(1) == () and len(view.curves(0)) == 5
    session.set_solo(3)
    assert [index for index in range(6) if view.curves(index)] == [3]
    session.set_solo(-1)
    assert [index for index in range(6) if view.curves(index)] == [0, 2, 3, 4, 5]


def test_cursor_follows_the_frame(qtbot):
    _, timeline, view = make_view(qtbot, default_scene())
    with qtbot.waitSignal(timeline.frame_changed):
        timeline.set_frame(123)
    assert [line.value() for line in view.cursors] == [123] * 5


def test_dragging_a_cursor_scrubs_the_timeline(qtbot):
    _, timeline, view = make_view(qtbot, default_scene())
    view.cursors[1].setValue(41.6)  # emits sigPositionChanged, as a drag does
    assert timeline.frame == 42
    assert view.cursors[0].value() == view.cursors[2].value() == 42
    view.cursors[1].sigPositionChangeFinished.emit(view.cursors[1])
    assert view.cursors[1].value() == 42  # snapped onto the whole step


def test_cursor_cannot_leave_the_timeline(qtbot):
    _, timeline, view = make_view(qtbot, default_scene())
    view.cursors[0].setValue(10_000)
    assert timeline.frame == timeline.last_frame == 400
    timeline.set_last_frame(100)
    assert tuple(view.cursors[2].bounds()) == (0, 100)
    assert view.cursors[2].value() == timeline.frame == 100


def test_diverged_run_draws_only_finite_values(qtbot):
    session, timeline, view = make_view(qtbot, diverging_scene())
    run = session.runs[0]
    assert run.status.kind == "diverged" and run.last_frame < 200
    for item in view.curves(0)[:3]:  # SGD draws no momentum curve
        x, y = item.getOriginalDataset()
        assert np.all(np.isfinite(y)) and len(x) <= run.frames
    finite = np.isfinite(run.losses)
    assert_allclose(
        view.curves(0)[0].getOriginalDataset()[1], np.maximum(run.losses[finite], LOG_FLOOR)
    )
    timeline.set_frame(150)  # beyond the diverged run's last frame: no error
    assert view.cursors[0].value() == 150


def test_offset_without_known_minima_is_the_lowest_finite_loss():
    surface = SimpleNamespace(minima=())
    runs = [
        SimpleNamespace(losses=np.array([3.0, -2.0, np.nan])),
        SimpleNamespace(losses=np.array([np.inf, 1.0])),
    ]
    assert loss_offset(surface, runs) == -2.0
    assert loss_offset(surface, []) == 0.0


def test_plots_stack_in_a_tall_panel_and_line_up_in_a_wide_strip(qtbot):
    _, _, view = make_view(qtbot, default_scene())
    view.resize(1500, 250)
    view.show()
    qtbot.waitUntil(lambda: view.plots[1].pos().x() > view.plots[0].pos().x() + 200)
    assert view.plots[0].pos().y() == view.plots[1].pos().y()
    view.resize(500, 900)
    qtbot.waitUntil(lambda: view.plots[1].pos().y() > view.plots[0].pos().y() + 120)
    assert view.plots[0].pos().x() == view.plots[1].pos().x()
    assert len(view.curves(0)) == 5 and view.cursors[0].scene() is view.plots[0].scene()


def test_a_constant_learning_rate_reads_as_its_value_from_zero(qtbot):
    _, _, view = make_view(qtbot, default_scene())
    low, high = view.plots[1].viewRange()[1]
    top = max(spec.optimizer.lr for spec in default_scene().runs)
    assert low == 0 and top < high <= 1.1 * top


def test_a_momentum_schedule_is_drawn_as_it_was_used(qtbot):
    from engine.optimizers import Momentum
    from engine.schedules import InverseTime

    scene = default_scene().replace_run(
        1, optimizer=Momentum(momentum=0.5), momentum_schedule=InverseTime(k=0.05)
    )
    session, _, view = make_view(qtbot, scene)
    steps, values = view.curves(1)[3].getOriginalDataset()
    t = np.arange(len(values))
    assert_allclose(values, np.minimum(1 - 0.5 / (1 + 0.05 * t), 0.999))


def test_log_axes_label_whole_decades_that_never_overlap(qtbot):
    from gui.plot.log_axis import DecadeAxis, decade_label

    _, _, view = make_view(qtbot, diverging_scene())
    view.resize(400, 700)
    view.show()
    for plot in (view.plots[0], view.plots[2], view.plots[4]):
        axis = plot.getAxis("left")
        assert isinstance(axis, DecadeAxis)
        low, high = plot.viewRange()[1]
        height = axis.geometry().height() or 120
        levels = axis.tickValues(low, high, height)
        values = [v for _spacing, level in levels for v in level]
        assert all(float(v).is_integer() for v in values)  # 10^k only
        font_px = axis._font_px()
        assert len(values) <= max(1, height / font_px)  # each label has a line of its own
    assert decade_label(-5) == "10⁻⁵" and decade_label(0) == "1" and decade_label(1) == "10"
    axis = view.plots[0].getAxis("left")
    many = [v for _s, level in axis.tickValues(-12, 3, 60) for v in level]  # a 60-px chart
    assert 1 <= len(many) <= 3


def test_noisy_losses_can_be_smoothed_and_the_raw_curve_stays_faint(qtbot):
    from gui.plot.charts import smoothed

    scene = default_scene().replace_run(0, noise=2.0)
    session, _, view = make_view(qtbot, scene)
    assert view.smoothed_curve(0) is None
    view.set_smoothing(True)
    line = view.smoothed_curve(0)
    assert line is not None and view.smoothed_curve(1) is None  # only noisy runs
    steps, raw = view.curves(0)[0].getOriginalDataset()
    expected, average = [], 0.0
    for t, value in enumerate(raw, start=1):
        average = 0.9 * average + 0.1 * value
        expected.append(average / (1 - 0.9**t))
    assert_allclose(line.getOriginalDataset()[1], np.maximum(expected, LOG_FLOOR))
    assert smoothed(np.full(5, 3.0)) == pytest.approx(np.full(5, 3.0))  # bias-corrected
    assert view.curves(0)[0].opts["pen"].color().alpha() < 255
    session.select(0)
    assert view.curves(0)[0].opts["pen"].color().alpha() < 255  # still faint when selected


def test_view_options_toggle_and_remember_smoothing_and_geometry(window, settings):
    from gui.plot.charts import CurvesView
    from gui.plot.view_options import SmoothNoisyLosses, TrueGeometry

    smoothing = window.feature(SmoothNoisyLosses)
    geometry = window.feature(TrueGeometry)
    charts = window.dock(CurvesView).widget()
    smoothing.action.trigger()
    assert charts.smoothing and settings.value("view/smooth_noisy_losses") in (True, "true")
    geometry.action.trigger()
    assert not window.surface_view.aspect_locked()
    again = SmoothNoisyLosses.install(window.host)  # a new window reads the stored choice
    assert again.action.isChecked()


def test_the_lr_chart_marks_where_reduce_on_plateau_cut_the_rate(qtbot):
    from engine.schedules import SCHEDULES

    plateau = SCHEDULES["reduce_on_plateau"](factor=0.5, patience=2)
    scene = default_scene().replace_run(0, schedule=plateau, noise=3.0)  # noisy: plateaus
    session, _, view = make_view(qtbot, scene)
    run = session.runs[0]
    assert len(run.lr_cuts) >= 1
    marks = view.cut_marks(0)
    xs, ys = marks.getData()
    np.testing.assert_array_equal(xs, run.lr_cuts)
    np.testing.assert_array_equal(ys, run.lrs[run.lr_cuts])
    assert all(run.lrs[k] < run.lrs[k - 1] for k in run.lr_cuts)  # each mark is a real cut
    assert view.cut_marks(1) is None


def test_step_labels_thin_out_on_a_narrow_chart(qtbot):
    from PySide6.QtGui import QFontMetrics

    from gui.plot.log_axis import SparseAxis

    _, _, view = make_view(qtbot, default_scene())
    axis = view.plots[0].getAxis("bottom")
    assert isinstance(axis, SparseAxis)
    for width in (120, 200, 600):
        values = [v for _s, level in axis.tickValues(0, 400, width) for v in level]
        label_px = QFontMetrics(axis.font()).horizontalAdvance("0000")
        assert len(values) * label_px <= width + label_px  # each label has room of its own
        assert len(values) >= 1


def test_linear_left_axes_thin_their_labels_on_a_short_chart(qtbot):
    from PySide6.QtGui import QFontMetrics

    from gui.plot.log_axis import LABEL_SPACING, SparseAxis

    _, _, view = make_view(qtbot, default_scene())
    linear = [p.getAxis("left") for p in view.plots if not p.getAxis("left").logMode]
    assert linear and all(isinstance(axis, SparseAxis) for axis in linear)
    axis = linear[0]
    line_px = LABEL_SPACING * QFontMetrics(axis.style["tickFont"]).height()
    for height in (60, 80, 150, 400):
        values = [v for _s, level in axis.tickValues(0.0, 1.0, height) for v in level]
        assert 1 <= len(values) <= max(1, height // line_px)  # a line of its own per label
    assert len([v for _s, lv in axis.tickValues(0.0, 1.0, 400) for v in lv]) >= 3


def test_an_edit_gives_each_run_new_data_in_the_same_items(qtbot):
    session, _, view = make_view(qtbot, diverging_scene())
    items = view.curves(0)
    loss_box = view.plots[0].vb
    assert session.runs[0].status.kind == "diverged" and len(session.runs) > 1
    assert items[0] not in loss_box.addedItems  # a blow-up leaves the log scale alone
    session.edit(session.scene.replace_run(0, optimizer=SGD(lr=1e-3)), "calm")
    run = session.runs[0]
    assert run.status.kind != "diverged"
    assert view.curves(0) == items  # the same items, with the new run's numbers
    lowest = min(point.value for point in session.scene.surface.minima)
    assert_allclose(items[0].getOriginalDataset()[1], np.maximum(run.losses - lowest, LOG_FLOOR))
    assert items[0] in loss_box.addedItems  # a calm run counts in the auto-range again
    assert all(item.scene() is view.plots[0].scene() for item in items)


def test_five_charts_fit_a_projector_strip_whatever_their_titles(qtbot):
    """pyqtgraph makes a title's text width its plot's least width; the strip must still fit
    the 1280-px projector's width (here 1100 px), the last chart not cut off at the right."""
    _, _, view = make_view(qtbot, saddle_scene())  # the long "loss − f* (log), f* = −1" title
    view.resize(1100, 180)
    view.show()
    qtbot.waitExposed(view)
    canvas = view._canvas
    wanted = sum(plot.effectiveSizeHint(Qt.SizeHint.PreferredSize).width() for plot in view.plots)
    assert wanted > canvas.width()  # the case this test is about: titles wider than the strip
    right = max(plot.mapRectToScene(plot.boundingRect()).right() for plot in view.plots)
    assert right <= canvas.width()
