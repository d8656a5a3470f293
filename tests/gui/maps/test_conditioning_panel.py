"""The Conditioning lab dock: sliders edit the quadratic, read-outs and eigen-axes follow it."""

from __future__ import annotations

import math

import numpy as np
import pytest
from numpy.testing import assert_allclose
from PySide6.QtCore import Qt

from engine.optimizers import SGD, Adam, Momentum
from engine.scene.scene import RunSpec, Scene
from engine.surfaces import Canyon, Quadratic
from gui.maps.conditioning_panel import KAPPA_STEPS, ConditioningLab


@pytest.fixture
def lab(window):
    runs = (
        RunSpec("heavy", Momentum(form="sutskever"), start=(-1.8, 1.2)),
        RunSpec("adam", Adam(), start=(-1.8, 1.2), color="#D55E00"),
    )
    window.session.replace(Scene(Quadratic(kappa=25, angle=30), runs, 200))
    window.session.select(0)
    return window.feature(ConditioningLab)


def test_install_adds_the_dock_and_returns_the_controller(window, lab):
    assert window.dock(ConditioningLab).widget().widget() is lab.widget  # in its scroller
    assert window.feature(ConditioningLab) is lab


def test_readouts_show_the_closed_forms(lab):
    text = lab.readout.text()
    root = math.sqrt(25)
    for value in (2 / 25, 2 / 26, 24 / 26, 4 / (root + 1) ** 2, ((root - 1) / (root + 1)) ** 2):
        assert f"{value:.4g}" in text or f"{value:.4f}" in text
    assert "1, 25" in text


def test_eigen_axes_pass_through_the_minimum_along_the_eigenvectors(lab):
    for key, direction in zip(("low", "high"), ((1, 0), (0, 1)), strict=True):
        xs, ys = lab.axis_lines[key].getData()
        angle = math.radians(30)
        rotation = np.array(
            [[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]]
        )
        expected = rotation @ np.array(direction, dtype=float)
        along = np.array([xs[1] - xs[0], ys[1] - ys[0]])
        assert_allclose(along / np.linalg.norm(along), expected, atol=1e-12)
        assert_allclose([xs.mean(), ys.mean()], [0.0, 0.0], atol=1e-12)  # through the minimum
    assert lab.axis_lines["low"] in lab.window.surface_view.plotItem.items


def test_kappa_slider_edits_the_surface_as_one_undo_step_per_drag(lab):
    session = lab.session
    before = session.undo_stack.count()
    for position in (100, 150, KAPPA_STEPS):
        lab.kappa_slider.setValue(position)
    assert session.scene.surface.kappa == pytest.approx(1000)
    assert session.undo_stack.count() == before + 1
    assert "1, 1000" in lab.readout.text()
    lab.angle_slider.setValue(-45)
    assert session.scene.surface.angle == -45
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.scene.surface == Quadratic(kappa=25, angle=30)
    assert lab.kappa_slider.value() == round(math.log10(25) / 3 * KAPPA_STEPS)


def test_apply_buttons_edit_the_selected_run_undoably(lab):
    session = lab.session
    lab.heavy_ball_button.click()
    optimizer = session.scene.runs[0].optimizer
    assert optimizer == Momentum(lr=4 / 36, momentum=4 / 9, form="sutskever")
    session.select(1)
    lab.gd_button.click()
    assert session.scene.runs[1].optimizer == SGD(lr=2 / 26)
    session.undo_stack.undo()
    assert session.scene.runs[1].optimizer == Adam()
    session.undo_stack.undo()
    assert session.scene.runs[0].optimizer == Momentum(form="sutskever")


def test_other_surfaces_disable_the_lab_and_hide_the_axes(lab):
    lab.session.edit(Scene(Canyon(), lab.session.scene.runs, 200), "canyon")
    assert not lab.widget.isEnabled()
    assert not lab.dock.isVisible()
    assert (
        lab.axis_lines["low"].getData()[0] is None or len(lab.axis_lines["low"].getData()[0]) == 0
    )
    lab.gd_button.click()  # disabled in the window; the method itself does nothing either
    lab.apply_best_gd()
    assert lab.session.scene.runs[0].optimizer == Momentum(form="sutskever")


def test_the_dock_appears_when_the_quadratic_is_chosen(lab):
    lab.session.edit(Scene(Canyon(), lab.session.scene.runs, 200), "canyon")
    assert not lab.dock.isVisible()
    lab.session.undo_stack.undo()
    assert lab.dock.isVisible() and lab.widget.isEnabled()


def test_best_heavy_ball_renames_a_run_named_after_its_sgd_settings(window):
    from engine.optimizers import SGD as PlainSGD
    from engine.scene.scene import RunSpec as Spec
    from engine.scene.scene import Scene as WholeScene
    from engine.surfaces import Quadratic as Bowl
    from gui.maps.conditioning_panel import ConditioningLab as Lab

    runs = (Spec("SGD (lr 0.092)", PlainSGD(lr=0.092), start=(-1.5, 1.0)),
            Spec("My racer", PlainSGD(lr=0.092), start=(-1.5, 1.0), color="#D55E00"))  # fmt: skip
    window.session.replace(WholeScene(Bowl(kappa=20), runs, 100))
    lab = window.feature(Lab)
    for index in (0, 1):
        window.session.select(index)
        lab.apply_best_heavy_ball()
    first, second = window.session.scene.runs
    assert first.name.startswith("Momentum (lr ") and "α " in first.name
    assert f"{first.optimizer.lr:.3g}" in first.name
    assert second.name == "My racer"


def test_on_a_projector_the_readout_scrolls_down_and_is_never_cut_at_the_right(qtbot, window, lab):
    window.resize(1280, 770)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: lab.dock.isVisible())
    window.resizeDocks([lab.dock], [100], Qt.Orientation.Horizontal)  # as narrow as asked
    body, scroller = lab.widget, lab.dock.widget()
    assert scroller.widget() is body  # in a scroller: a short column scrolls it down
    # the body is never wider than what the scroller shows of it (the values at its right)
    qtbot.waitUntil(lambda: scroller.viewport().width() >= body.minimumSizeHint().width())
