"""RunEditor: every control edits the selected run undoably; engine errors leave the scene."""

import pytest

from engine.optimizers import SGD, Adam, Momentum
from engine.run.simulate import far_box
from engine.scene.scene import default_scene
from engine.schedules import Constant, StepDecay
from gui.panels.run_editor import RunEditor
from tests.gui.conftest import choose


@pytest.fixture
def editor(qtbot, session):
    widget = RunEditor(session)
    qtbot.addWidget(widget)
    return widget


def test_shows_the_selected_run(editor, session):
    session.select(5)
    spec = session.scene.runs[5]
    assert editor.optimizer_combo.currentText() == "Adam"
    assert editor.optimizer_editor.values() == {
        "lr": spec.optimizer.lr,  # the canyon's recommended lr
        "beta1": 0.9,
        "beta2": 0.999,
        "eps": 1e-8,
        "bias_correction": True,
        "amsgrad": False,
        "weight_decay": 0.0,
    }
    assert spec.name in editor.header.text()
    assert editor.formula_label.text() == Constant.formula
    assert [box.value() for box in editor.start_boxes] == pytest.approx(spec.start, abs=1e-3)
    session.select(1)
    assert editor.optimizer_combo.currentText() == "Momentum"
    assert editor.optimizer_editor.values()["momentum"] == 0.9


def test_start_boxes_are_limited_to_the_far_box(editor, session):
    x_min, x_max, y_min, y_max = far_box(session.scene.surface)
    x_box, y_box = editor.start_boxes
    assert (x_box.minimum(), x_box.maximum()) == pytest.approx((x_min, x_max), abs=1e-3)
    assert (y_box.minimum(), y_box.maximum()) == pytest.approx((y_min, y_max), abs=1e-3)


def test_changing_a_hyper_parameter_edits_the_run_and_undo_restores_it(editor, session):
    session.select(5)
    lr = session.scene.runs[5].optimizer.lr
    editor.optimizer_editor.controls["beta1"].spin_box.setValue(0.5)
    assert session.scene.runs[5].optimizer == Adam(lr=lr, beta1=0.5)
    assert session.runs[5].optimizer == Adam(lr=lr, beta1=0.5)  # recomputed
    assert session.undo_stack.undoText() == "Change beta1 of Adam"
    session.undo_stack.undo()
    assert session.scene == default_scene()
    assert editor.optimizer_editor.values()["beta1"] == 0.9


def test_one_slider_drag_is_one_undo_step(editor, session):
    slider = editor.optimizer_editor.controls["lr"].slider
    for _drag in range(2):
        slider.setSliderDown(True)
        for tick in (100, 200, 300):
            slider.setValue(tick + _drag)
        slider.setSliderDown(False)
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert session.scene.runs[0].optimizer.lr == pytest.approx(
        editor.optimizer_editor.controls["lr"].scale.value(300)
    )
    session.undo_stack.undo()
    assert session.scene == default_scene()


def test_switching_optimizer_keeps_lr_and_renames_a_default_name(editor, session):
    session.select(5)
    lr = session.scene.runs[5].optimizer.lr
    choose(editor.optimizer_combo, "momentum")
    spec = session.scene.runs[5]
    assert spec.optimizer == Momentum(lr=lr)
    assert spec.name == "Momentum"
    assert editor.optimizer_editor.values()["momentum"] == 0.9
    assert "form" in editor.optimizer_editor.controls
    session.undo_stack.undo()
    assert session.scene == default_scene()
    assert "beta1" in editor.optimizer_editor.controls


def test_schedule_and_its_parameters(editor, session):
    choose(editor.schedule_combo, "step")
    assert session.scene.runs[0].schedule == StepDecay()
    assert editor.formula_label.text() == StepDecay.formula
    editor.schedule_editor.controls["gamma"].spin_box.setValue(0.25)
    assert session.scene.runs[0].schedule == StepDecay(gamma=0.25)
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.scene.runs[0].schedule == Constant()
    assert editor.schedule_editor.controls == {}


def test_noise_seed_and_start(editor, session):
    session.edit(session.scene.with_start((-3.123456789, 0.987654321), index=0), "precise start")
    editor.noise_editor.controls["noise"].spin_box.setValue(0.3)
    editor.seed_box.setValue(7)
    editor.start_boxes[0].setValue(-2.0)
    spec = session.scene.runs[0]
    assert (spec.noise, spec.seed) == (0.3, 7)
    assert spec.start == (-2.0, 0.987654321)  # y kept at full precision
    assert session.runs[0].noise == 0.3
    for _ in range(3):
        session.undo_stack.undo()
    assert session.scene.runs[0].start == (-3.123456789, 0.987654321)
    assert (session.scene.runs[0].noise, session.scene.runs[0].seed) == (0.0, 0)


def test_engine_error_is_shown_and_the_scene_kept(editor, session):
    session.select(1)
    editor.optimizer_editor.value_changed.emit("momentum", 1.5, False)  # beyond [0, 0.999]
    assert session.scene == default_scene()
    assert session.undo_stack.count() == 0
    assert not editor.error_label.isHidden()
    assert "momentum" in editor.error_label.text() and "1.5" in editor.error_label.text()
    assert editor.optimizer_editor.values()["momentum"] == 0.9
    editor.optimizer_editor.controls["momentum"].spin_box.setValue(0.5)
    assert editor.error_label.isHidden()


def test_simulate_error_is_shown_and_the_scene_kept(editor, session):
    editor.noise_editor.value_changed.emit("noise", -1.0, False)
    assert "noise" in editor.error_label.text()
    assert session.scene == default_scene()


def test_outside_edits_refresh_without_pushing_edits(editor, session):
    session.edit(session.scene.replace_run(0, optimizer=SGD(lr=0.01)), "outside")
    assert editor.optimizer_editor.values() == {"lr": 0.01}
    assert session.undo_stack.count() == 1


def test_no_run_disables_the_panel(editor, session):
    session.edit(session.scene.__class__(session.scene.surface, ()), "empty")
    assert not editor.body.isEnabled()
    assert "No run" in editor.header.text()
