"""SurfacePanel: picking a surface moves every start; parameters and steps are undoable edits."""

import dataclasses

import pytest

from engine.scene.scene import default_scene
from engine.surfaces import SURFACES, Booth, Canyon, Quadratic
from gui.panels.surface_panel import SurfacePanel
from tests.gui.conftest import choose


@pytest.fixture
def panel(qtbot, session):
    widget = SurfacePanel(session)
    qtbot.addWidget(widget)
    return widget


def test_lists_every_surface_and_shows_the_current_one(panel):
    combo = panel.surface_combo
    assert [combo.itemData(i) for i in range(combo.count())] == list(SURFACES)
    assert combo.currentText() == Canyon.title
    assert Canyon.formula in panel.formula_label.text()
    assert panel.about_label.text() == Canyon.about
    assert panel.params_editor is None  # the canyon has no parameters
    assert panel.steps_box.value() == 400


def test_picking_a_surface_moves_every_start_and_undo_restores(panel, session):
    choose(panel.surface_combo, "booth")
    assert session.scene.surface == Booth()
    assert {run.start for run in session.scene.runs} == {Booth.start}
    assert all(run.start == Booth.start for run in session.runs)
    assert Booth.formula in panel.formula_label.text()
    session.undo_stack.undo()
    assert session.scene == default_scene()
    assert panel.surface_combo.currentText() == Canyon.title


def test_surface_parameters_edit_the_surface_but_not_the_starts(panel, session):
    choose(panel.surface_combo, "quadratic")
    starts = [run.start for run in session.scene.runs]
    assert list(panel.params_editor.controls) == ["kappa", "angle"]
    panel.params_editor.controls["angle"].spin_box.setValue(30.0)
    assert session.scene.surface == Quadratic(angle=30.0)
    assert [run.start for run in session.scene.runs] == starts
    session.undo_stack.undo()
    assert session.scene.surface == Quadratic()
    assert panel.params_editor.values() == {"kappa": 10.0, "angle": 0.0}


def test_a_kappa_drag_is_one_undo_step(panel, session):
    choose(panel.surface_combo, "quadratic")
    slider = panel.params_editor.controls["kappa"].slider
    slider.setSliderDown(True)
    for tick in (0, 500, slider.maximum()):
        slider.setValue(tick)
    slider.setSliderDown(False)
    assert session.scene.surface.kappa == 1000.0
    assert session.undo_stack.count() == 2  # the surface switch, then the drag
    session.undo_stack.undo()
    assert session.scene.surface == Quadratic()


def test_steps_edit_the_scene(panel, session):
    panel.steps_box.setValue(1200)
    assert session.scene.steps == 1200
    assert session.runs[0].steps == 1200
    assert (panel.steps_box.minimum(), panel.steps_box.maximum()) == (1, 20_000)
    session.undo_stack.undo()
    assert session.scene.steps == 400 and panel.steps_box.value() == 400


def test_engine_error_is_shown_and_the_scene_kept(panel, session):
    choose(panel.surface_combo, "quadratic")
    before = session.scene
    panel.params_editor.value_changed.emit("kappa", 0.5, False)  # below its range [1, 1000]
    assert session.scene == before
    assert not panel.error_label.isHidden()
    assert "kappa" in panel.error_label.text()
    assert panel.params_editor.values()["kappa"] == 10.0


def test_outside_scene_changes_update_the_panel_silently(panel, session):
    scene = dataclasses.replace(session.scene, surface=Quadratic(kappa=50.0), steps=99)
    session.edit(scene, "outside")
    assert panel.params_editor.values()["kappa"] == 50.0
    assert panel.steps_box.value() == 99
    assert session.undo_stack.count() == 1
