"""The Sweep map dock: computes off the GUI thread, draws the sweep, clicks edit the run."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest
from numpy.testing import assert_allclose

import gui.maps.worker as worker_module
from engine.optimizers import SGD, Adam, Momentum
from engine.run.sweep import Axis
from engine.scene.scene import RunSpec, Scene
from engine.schedules import Exponential
from engine.surfaces import Quadratic
from gui.maps.sweep_map import SweepMapController
from gui.maps.sweep_parts import level_grid
from tests.gui.counting_worker import CountingWorker


@pytest.fixture
def controller(window):
    runs = (
        RunSpec("heavy", Momentum(lr=0.02, momentum=0.5), start=(-1.8, 1.2)),
        RunSpec("plain", SGD(lr=0.05), Exponential(), start=(-1.8, 1.2), color="#D55E00"),
        RunSpec("adam", Adam(), start=(-1.8, 1.2), color="#009E73"),
    )
    window.session.replace(Scene(Quadratic(kappa=25), runs, 200))
    window.session.select(0)
    controller = window.feature(SweepMapController)
    controller.bring_to_front()  # its tab is built when first seen
    yield controller
    controller.shutdown()


def set_axes(controller, x: Axis, y: Axis, grid=12):
    controller.controls.x_picker.set_axis(x)
    controller.controls.y_picker.set_axis(y)
    controller.controls.grid.setValue(grid)


def compute(qtbot, controller):
    with qtbot.waitSignal(controller.computed, timeout=20000) as blocker:
        controller.controls.compute_button.click()
    return blocker.args[0]


def test_install_adds_the_dock_and_returns_the_controller(window, controller):
    assert controller.widget.parent() is window.dock(SweepMapController).widget()
    assert window.feature(SweepMapController) is controller
    assert [controller.controls.x_picker.name.itemText(i) for i in range(2)] == ["lr", "momentum"]


def test_the_map_shows_the_sweep_with_the_current_setting_and_the_optima(qtbot, controller):
    set_axes(controller, Axis("lr", 0.01, 0.3, True), Axis("momentum", 0.0, 0.9))
    result = compute(qtbot, controller)
    assert controller.image.image.shape[:2] == (12, 12)
    x, y = controller.marks.current_mark.getData()
    assert_allclose([x[0], y[0]], [math.log10(0.02), 0.5])  # log axis drawn in log10
    spots = controller.marks.optima_marks.getData()
    assert_allclose(spots[0], [math.log10(2 / 26), math.log10(4 / 36)])
    assert_allclose(spots[1], [0.0, 4 / 9])
    # The image spans the cells: the first cell centred on the first value of each axis.
    rect = controller.image.mapRectToParent(controller.image.boundingRect())
    step = (math.log10(0.3) - math.log10(0.01)) / 11
    assert rect.left() == pytest.approx(math.log10(0.01) - step / 2)
    levels = level_grid(result, "steps_to_tol")
    assert controller.colour_bar.levels() == pytest.approx((np.nanmin(levels), np.nanmax(levels)))


def test_clicking_a_cell_sets_the_selected_runs_hyper_parameters_undoably(qtbot, controller):
    set_axes(controller, Axis("lr", 0.01, 0.3, True), Axis("momentum", 0.0, 0.9))
    result = compute(qtbot, controller)
    controller.image.cell_clicked.emit(3, 7)
    optimizer = controller.session.scene.runs[0].optimizer
    settings = result.settings(3, 7)
    assert (optimizer.lr, optimizer.momentum) == (settings["lr"], settings["momentum"])
    controller.session.undo_stack.undo()
    assert controller.session.scene.runs[0].optimizer == Momentum(lr=0.02, momentum=0.5)


def test_schedule_parameters_are_offered_and_applied(qtbot, controller):
    controller.session.select(1)
    names = [
        controller.controls.x_picker.name.itemText(i)
        for i in range(controller.controls.x_picker.name.count())
    ]
    assert names == ["lr", "k"]
    set_axes(controller, Axis("lr", 0.01, 0.1, True), Axis("k", 0.0, 0.02), grid=5)
    result = compute(qtbot, controller)
    controller.apply_cell(2, 4)
    spec = controller.session.scene.runs[1]
    assert spec.schedule.k == pytest.approx(result.y_values[4])
    assert spec.optimizer.lr == pytest.approx(result.x_values[2])
    assert controller.marks.optima_marks.getData()[0].size == 0  # sgd: a line, not a point
    assert len(controller.marks.lines) == 1
    assert controller.marks.lines[0].value() == pytest.approx(math.log10(2 / 26))


def test_bad_ranges_are_reported_in_the_dock(controller):
    controller.controls.x_picker.set_axis(Axis("lr", 0.5, 0.1, True))
    controller.compute()
    assert "LO must be below HI" in controller.message.text()
    assert not controller.computing
    controller.controls.x_picker.low.setText("abc")
    controller.compute()
    assert "must be numbers" in controller.message.text()


def test_cancel_stops_within_one_block_and_the_window_stays_responsive(
    qtbot, controller, monkeypatch
):
    monkeypatch.setattr(worker_module, "MapWorker", CountingWorker)  # the slot makes it
    session = controller.session
    session.select(2)  # Adam
    session.edit(dataclasses.replace(session.scene, steps=5000), "long runs")
    set_axes(controller, Axis("lr", 0.001, 1.0, True), Axis("beta1", 0.0, 0.99), grid=100)
    controller.compute()
    assert controller.computing and controller.controls.cancel_button.isEnabled()
    # Progress reaches the bar while the sweep runs: the GUI thread is free.
    qtbot.waitUntil(lambda: controller.controls.progress.value() > 0, timeout=5000)
    assert controller.controls.progress.value() < 1000
    worker = controller.worker
    assert isinstance(worker, CountingWorker) and worker.before >= 1
    controller.controls.cancel_button.click()
    assert worker.wait(30000)  # a ceiling only a hang reaches
    assert worker.after == 0  # the sweep checks for a cancel before every block it reports
    assert not controller.computing and controller.controls.compute_button.isEnabled()
    assert controller.result is None


def test_metric_switch_recolours_without_recomputing(qtbot, controller):
    set_axes(controller, Axis("lr", 0.01, 0.3, True), Axis("momentum", 0.0, 0.9), grid=6)
    result = compute(qtbot, controller)
    index = controller.controls.metric.findData("final_loss")
    with qtbot.waitSignal(controller.computed) as blocker:
        controller.controls.metric.setCurrentIndex(index)
    assert blocker.args[0] is result
    assert "final loss" in controller.colour_bar.axis.labelText


def test_axes_sweep_two_names_after_a_run_that_had_only_one(controller):
    runs = (
        RunSpec("plain", SGD(lr=0.05), start=(-1.8, 1.2)),  # constant schedule: lr alone
        RunSpec("heavy", Momentum(lr=0.02, momentum=0.5), start=(-1.8, 1.2), color="#D55E00"),
    )
    controller.session.edit(Scene(Quadratic(kappa=25), runs, 200), "two runs")
    controller.session.select(0)
    controller.session.select(1)
    assert controller.controls.x_picker.axis().name == "lr"
    assert controller.controls.y_picker.axis() == Axis(
        "momentum", 0.0, 0.999, False
    )  # its full range


def test_the_progress_bar_ends_at_100_percent(qtbot, controller):
    set_axes(controller, Axis("lr", 0.01, 0.3, True), Axis("momentum", 0.0, 0.9), grid=6)
    compute(qtbot, controller)
    assert controller.controls.progress.value() == controller.controls.progress.maximum()
    assert controller.controls.progress.text() == "100%"


def test_a_sweep_of_an_earlier_scene_never_survives_a_new_one(qtbot, controller):
    set_axes(controller, Axis("lr", 0.01, 0.3, True), Axis("momentum", 0.0, 0.9), grid=6)
    result = compute(qtbot, controller)
    session = controller.session
    controller.apply_cell(2, 3)  # the sweep's own edit keeps it
    assert controller.result is result
    session.edit(dataclasses.replace(session.scene, surface=Quadratic(kappa=4)), "other bowl")
    assert controller.result is None and controller.image.image is None
    assert "Compute" in controller.message.text()
    compute(qtbot, controller)
    session.edit(dataclasses.replace(session.scene, steps=50), "fewer steps")
    assert controller.result is None


def test_apply_makes_a_generated_name_follow_the_settings(qtbot, controller):
    session = controller.session
    session.edit(session.scene.replace_run(0, name="Momentum (lr 0.02, α 0.5)"), "name")
    set_axes(controller, Axis("lr", 0.01, 0.3, True), Axis("momentum", 0.0, 0.9), grid=6)
    result = compute(qtbot, controller)
    controller.apply_cell(5, 0)
    lr, momentum = result.x_values[5], result.y_values[0]
    assert session.scene.runs[0].name == f"Momentum (lr {lr:.3g}, α {momentum:.3g})"


def test_its_tab_is_there_at_start_and_built_when_first_seen(qtbot, window):
    controller = window.feature(SweepMapController)
    dock = window.dock(SweepMapController)
    assert controller.widget is None  # nothing built at start-up
    assert window.tabifiedDockWidgets(dock)  # yet its tab is in the right-hand column
    assert dock.toggleViewAction().isChecked()
    dock.raise_()
    assert controller.widget is not None
    qtbot.waitUntil(controller.widget.isVisible, timeout=5000)
    assert controller.controls.x_picker.name.count() > 0
