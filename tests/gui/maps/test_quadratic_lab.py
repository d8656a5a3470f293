"""The quadratic lab: the phase diagram's colours, its dot, a click that applies a setting."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from engine.optimizers import SGD, Adam, Momentum
from engine.run.conditioning import conditioning_of
from engine.run.phase import DIVERGING, phase
from engine.scene.scene import RunSpec, Scene
from engine.surfaces import Canyon, Quadratic
from gui.maps.quadratic_lab import PHASE_COLORS, QuadraticLab, eigen_errors


@pytest.fixture
def lab(window):
    runs = (
        RunSpec("heavy", Momentum(lr=0.05, momentum=0.6, form="sutskever"), start=(-1.8, 1.2)),
        RunSpec("gd", SGD(lr=0.05), start=(-1.8, 1.2), color="#D55E00"),
        RunSpec("adam", Adam(), start=(-1.8, 1.2), color="#009E73"),
    )
    window.session.replace(Scene(Quadratic(kappa=10, angle=30), runs, 150))
    window.session.select(0)
    window.dock(QuadraticLab).show()  # a hidden dock is built when it is first seen
    window.dock(QuadraticLab).raise_()
    lab = window.feature(QuadraticLab)
    assert lab.widget is not None
    return lab


def test_the_dot_follows_the_selected_runs_setting(window, lab):
    x, y = lab.dot.getData()
    assert (x[0], y[0]) == pytest.approx((math.log10(0.05), 0.6))
    window.session.select(1)
    x, y = lab.dot.getData()
    assert (x[0], y[0]) == pytest.approx((math.log10(0.05), 0.0))  # SGD is momentum 0
    window.session.select(2)
    assert len(lab.dot.getData()[0]) == 0  # Adam is not a heavy ball
    window.session.select(0)
    scene = window.session.scene.replace_run(0, optimizer=Momentum(lr=0.1, momentum=0.3))
    window.session.edit(scene, "slider")
    assert lab.dot.getData()[1][0] == pytest.approx(0.3)


def test_the_image_colours_are_the_engines_phases(lab, window):
    c = conditioning_of(window.session.scene.surface)
    image = lab.image.image  # (columns = lr, rows = momentum, rgb)
    low, high = lab._lr_span
    column = image.shape[0] - 1  # the largest lr: past the stability limit at β = 0
    lr = 10 ** (low + (high - low) * (column + 0.5) / image.shape[0])
    assert phase(lr, 0.0, (c.lambda_min, c.lambda_max)) == DIVERGING
    expected = np.array(pg_rgb(PHASE_COLORS[DIVERGING]))
    np.testing.assert_array_equal(image[column, 0], expected)


def pg_rgb(name):
    from PySide6.QtGui import QColor

    color = QColor(name)
    return color.red(), color.green(), color.blue()


def test_a_click_applies_the_setting_and_undo_restores_it(qtbot, window, lab):
    window.dock(QuadraticLab).show()
    qtbot.waitUntil(lambda: lab.diagram.isVisible())
    before = window.session.scene
    target = QPointF(math.log10(0.02), 0.5)
    scene_point = lab.diagram.plotItem.vb.mapViewToScene(target)
    widget_point = lab.diagram.mapFromScene(scene_point)
    qtbot.mouseClick(lab.diagram.viewport(), Qt.MouseButton.LeftButton, pos=widget_point)
    optimizer = window.session.scene.runs[0].optimizer
    assert optimizer.lr == pytest.approx(0.02, rel=0.05)
    assert optimizer.momentum == pytest.approx(0.5, abs=0.02)
    assert optimizer.form == "sutskever"  # the run keeps its form
    window.session.undo_stack.undo()
    assert window.session.scene == before


def test_milestones_are_each_runs_error_per_eigen_axis(window, lab):
    run, surface = window.session.runs[0], window.session.scene.surface
    gentle, steep = eigen_errors(run, surface)
    axes = conditioning_of(surface).eigen_axes()
    np.testing.assert_allclose(gentle, np.maximum(np.abs(run.positions @ axes[0]), 1e-12))
    np.testing.assert_allclose(steep, np.maximum(np.abs(run.positions @ axes[1]), 1e-12))
    assert len(lab.milestones.plotItem.listDataItems()) == 2 * len(window.session.runs)


def test_other_surfaces_show_a_note_and_clicks_change_nothing(window, lab):
    runs = window.session.scene.runs
    window.session.edit(Scene(Canyon(), runs, 50), "canyon")
    assert lab.diagram.isHidden() and "quadratic" in lab.note.text().lower()
    before = window.session.scene
    lab.apply(0.1, 0.5)
    assert window.session.scene == before


def test_the_hidden_lab_costs_nothing_until_it_is_first_shown(qtbot, window):
    lab = window.feature(QuadraticLab)
    assert lab.widget is None and not window.dock(QuadraticLab).isVisible()
    window.dock(QuadraticLab).show()
    window.dock(QuadraticLab).raise_()
    assert lab.widget is not None
    qtbot.waitUntil(lambda: lab.widget.isVisibleTo(window.dock(QuadraticLab)))
    window.dock(QuadraticLab).hide()
    window.dock(QuadraticLab).show()
    window.dock(QuadraticLab).raise_()
    assert len(window.dock(QuadraticLab).findChildren(type(lab.diagram))) == 2  # built once


def test_its_view_menu_entry_brings_it_to_the_front_built(qtbot, window):
    dock = window.dock(QuadraticLab)
    dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: window.feature(QuadraticLab).widget is not None)
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())  # its tab is the current one
