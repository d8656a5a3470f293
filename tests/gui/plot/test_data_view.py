"""The Data dock: the training set and each run's fitted line at the current frame."""

import dataclasses

import numpy as np
import pytest

from engine.surfaces import Canyon
from engine.surfaces.datasets import LinearRegression, LogisticRegression
from gui.features import Menu
from gui.plot.data_view import DataDock


def switch_surface(window, surface):
    scene = window.session.scene
    runs = tuple(dataclasses.replace(run, start=surface.start) for run in scene.runs)
    window.session.edit(dataclasses.replace(scene, surface=surface, runs=runs), "surface")


def test_linear_regression_points_and_lines(window):
    data = window.feature(DataDock)
    assert not data.dock.isVisibleTo(window)  # canyon has no data
    surface = LinearRegression(size=12)
    switch_surface(window, surface)
    assert data.dock.isVisibleTo(window)
    xs, ys = data.view.points[0].getData()
    assert np.array_equal(xs, surface.data[0]) and np.array_equal(ys, surface.data[1])
    window.timeline.set_frame(5)
    for index, (line, run) in enumerate(zip(data.view.lines, window.session.runs, strict=True)):
        w, b = run.positions[min(5, run.last_frame)]
        lx, ly = line.getData()
        assert ly == pytest.approx(w * lx + b), index


def test_logistic_regression_classes_and_decision_lines(window):
    data = window.feature(DataDock)
    surface = LogisticRegression(size=20)
    switch_surface(window, surface)
    inputs, labels = surface.data
    assert sum(len(item.getData()[0]) for item in data.view.points) == 20
    assert np.array_equal(data.view.points[0].getData()[0], inputs[labels == 1, 0])
    window.timeline.set_frame(3)
    run = window.session.runs[0]
    w = run.positions[min(3, run.last_frame)]
    lx, ly = data.view.lines[0].getData()
    assert w[0] * lx + w[1] * ly == pytest.approx([0.0, 0.0], abs=1e-9)  # on w·x = 0


def test_lines_follow_visibility_and_disappear_without_data(window):
    data = window.feature(DataDock)
    switch_surface(window, LinearRegression())
    window.session.set_solo(1)
    shown = [line.isVisible() for line in data.view.lines]
    assert shown == [i == 1 for i in range(len(shown))]
    switch_surface(window, Canyon())
    assert not any(line.isVisible() for line in data.view.lines)
    assert data.view.points == []


def test_installed_in_the_window(window):
    data = window.feature(DataDock)
    assert window.feature(DataDock) is data and window.dock(DataDock) is data.dock
    assert data.dock.toggleViewAction() in window.menus[Menu.VIEW].actions()


def test_run_editor_sets_batch_size_and_momentum_schedule(window):
    editor = window.run_editor
    switch_surface(window, LinearRegression(size=12))
    index = next(
        i for i, r in enumerate(window.session.scene.runs) if r.optimizer.name == "momentum"
    )
    window.session.select(index)
    assert editor.batch_section.isVisibleTo(editor) and editor.batch_box.maximum() == 12
    editor.batch_box.setValue(4)
    assert window.session.scene.runs[index].batch_size == 4
    assert window.session.runs[index].batch_size == 4
    combo = editor.momentum_combo
    combo.setCurrentIndex(combo.findData("inverse_time"))
    combo.activated.emit(combo.currentIndex())
    assert window.session.scene.runs[index].momentum_schedule.name == "inverse_time"
    assert len(set(window.session.runs[index].momentums[:-1])) > 1  # it changes per step
    sgd = next(i for i, r in enumerate(window.session.scene.runs) if r.optimizer.name == "sgd")
    window.session.select(sgd)
    assert not editor.momentum_section.isVisibleTo(editor)
    switch_surface(window, Canyon())
    assert not editor.batch_section.isVisibleTo(editor)


def test_points_never_wear_a_run_colour(window):
    from PySide6.QtGui import QColor

    from engine.scene.scene import PALETTE

    switch_surface(window, LogisticRegression(size=30))
    data = window.feature(DataDock)
    palette = {QColor(color).name() for color in PALETTE}
    for item in data.view.points:
        assert item.opts["brush"].color().name() not in palette


def test_the_current_mini_batch_is_ringed_and_is_the_one_the_update_used(window):
    surface = LinearRegression(size=24)
    switch_surface(window, surface)
    scene = window.session.scene.replace_run(0, batch_size=5)
    window.session.edit(scene, "mini-batches")
    window.session.select(0)
    data = window.feature(DataDock)
    run = window.session.runs[0]
    inputs, targets = surface.data
    for frame in (0, 3, 11):
        window.timeline.set_frame(frame)
        indices = data.view.batch_shown()
        assert len(indices) == 5
        xs, ys = data.view.batch_ring.getData()
        np.testing.assert_array_equal(xs, inputs[indices])
        np.testing.assert_array_equal(ys, targets[indices])
        # the very batch the recorded gradient of the update leaving this frame came from
        expected = surface.grad_batch(run.positions[frame], indices)
        np.testing.assert_allclose(run.true_gradients[frame], surface.grad(run.positions[frame]))
        np.testing.assert_allclose(run.gradients[frame], expected, rtol=1e-12)
    window.session.select(1)  # a run on the whole data set: nothing ringed
    assert len(data.view.batch_ring.getData()[0]) == 0
