"""Settings that stay true: recommended settings on a surface switch and by Reset, names made
from settings follow them, a bad formula shows its error under its field as it is typed."""

import dataclasses

import pytest
from PySide6.QtCore import Qt

from engine.optimizers import SGD, Momentum
from engine.scene.recommended import recommended_optimizer, recommended_start, recommended_steps
from engine.scene.scene import RunSpec, Scene, default_scene
from engine.surfaces import Canyon, Quadratic, Rosenbrock
from gui.panels.run_editor import RunEditor
from gui.panels.surface_panel import SurfacePanel
from tests.gui.conftest import choose


@pytest.fixture
def panel(qtbot, session):
    widget = SurfacePanel(session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def editor(qtbot, session):
    widget = RunEditor(session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


# -- recommended settings -----------------------------------------------------------------


def test_switching_surface_gives_untouched_runs_the_recommended_settings(panel, session):
    choose(panel.surface_combo, "rosenbrock")
    scene = session.scene
    assert scene.steps == recommended_steps(Rosenbrock())
    for spec, run in zip(scene.runs, session.runs, strict=True):
        assert spec.optimizer == recommended_optimizer(Rosenbrock(), spec.optimizer.name)
        assert spec.start == recommended_start(Rosenbrock())
        assert run.status.kind != "diverged", spec.name
    assert session.undo_stack.count() == 1
    assert "recommended" in panel.note_label.text() and panel.note_label.isVisible()
    session.undo_stack.undo()
    assert session.scene == default_scene()
    assert not panel.note_label.isVisible()  # the note described a scene that is gone


def test_a_tuned_run_keeps_its_settings_and_the_note_names_it(panel, session):
    session.edit(session.scene.replace_run(0, optimizer=SGD(lr=0.3)), "tune")
    choose(panel.surface_combo, "booth")
    assert session.scene.runs[0].optimizer == SGD(lr=0.3)
    assert session.scene.runs[1].optimizer == recommended_optimizer("booth", "momentum")
    assert session.scene.runs[0].name in panel.note_label.text()
    session.edit(session.scene.replace_run(1, name="renamed"), "rename")
    assert not panel.note_label.isVisible()


def test_reset_to_recommended_for_the_selected_run_and_for_all_runs(qtbot, editor, session):
    scene = dataclasses.replace(session.scene, surface=Rosenbrock(), steps=50)
    session.edit(scene, "Rosenbrock by hand")  # every run keeps the canyon's settings
    session.select(1)
    qtbot.mouseClick(editor.reset_button, Qt.MouseButton.LeftButton)
    spec = session.scene.runs[1]
    assert spec.optimizer == recommended_optimizer(Rosenbrock(), "momentum")
    assert spec.start == recommended_start(Rosenbrock())
    assert session.scene.runs[0] == scene.runs[0] and session.scene.steps == 50
    assert session.undo_stack.undoText() == "Reset Momentum to recommended"
    qtbot.mouseClick(editor.reset_all_button, Qt.MouseButton.LeftButton)
    assert session.scene.steps == recommended_steps(Rosenbrock())
    assert all(
        s.optimizer == recommended_optimizer(Rosenbrock(), s.optimizer.name)
        for s in session.scene.runs
    )
    assert session.undo_stack.count() == 3
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.scene == scene


def test_reset_keeps_the_variant_a_preset_compares(editor, session):
    pytorch_form = Momentum(lr=0.5, momentum=0.3, form="sutskever")
    session.edit(session.scene.replace_run(1, optimizer=pytorch_form), "form")
    session.select(1)
    editor.reset_selected()
    assert session.scene.runs[1].optimizer == Momentum(lr=0.06, form="sutskever")


# -- names follow the settings -------------------------------------------------------------


def quadratic_scene(name: str, optimizer) -> Scene:
    return Scene(Quadratic(kappa=10), (RunSpec(name, optimizer, start=(-1.5, 1.0)),), 100)


def test_a_hyper_parameter_edit_in_the_run_editor_renames_a_generated_name(editor, session):
    session.replace(quadratic_scene("SGD (lr 0.092)", SGD(lr=0.092)))
    editor.optimizer_editor.controls["lr"].spin_box.setValue(0.05)
    assert session.scene.runs[0].name == "SGD (lr 0.05)"
    choose(editor.optimizer_combo, "momentum")
    assert session.scene.runs[0].name == "Momentum (lr 0.05)"
    session.undo_stack.undo()
    assert session.scene.runs[0].name == "SGD (lr 0.05)"


def test_switching_surface_renames_runs_whose_generated_name_no_longer_holds(panel, session):
    session.replace(Scene(Canyon(), (RunSpec("SGD (lr 0.16)", SGD(lr=0.16)),), 400))
    choose(panel.surface_combo, "rosenbrock")
    lr = recommended_optimizer(Rosenbrock(), "sgd").lr
    assert session.scene.runs[0].name == f"SGD (lr {lr:.3g})"


# -- a bad formula shows its error where it was typed, at once -------------------------------


def test_a_bad_formula_shows_its_error_under_the_field_while_typing(qtbot, panel, session):
    choose(panel.surface_combo, "custom")
    field = panel.text_fields["f"]
    field.setFocus()
    field.selectAll()
    before = session.scene
    qtbot.keyClicks(field, "x**2 +* y")
    error = panel.text_errors["f"]
    assert error.isVisible() and "column 7" in error.text()
    assert "x**2 +* y\n      ^</pre>" in error.text()  # the caret under the second * (column 7)
    assert session.scene == before  # nothing applied while typing
    row, _role = panel.text_form.getWidgetPosition(error)
    field_row, _role = panel.text_form.getWidgetPosition(field)
    assert row == field_row + 1  # right under the field it is about
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, " y")
    assert not error.isVisible()


def test_a_long_formulas_error_shows_the_part_around_the_caret(qtbot, panel):
    choose(panel.surface_combo, "custom")
    field = panel.text_fields["f"]
    formula = "x**2 + " * 20 + "y +* 1"
    field.setText(formula)
    field.textEdited.emit(formula)
    text = panel.text_errors["f"].text()
    shown, caret = text.split("<pre style='margin: 0;'>")[1].split("</pre>")[0].split("\n")
    assert shown.startswith("…") and len(shown) <= 42
    assert shown[caret.index("^")] == "*"


def test_bad_bounds_show_their_error_under_the_bounds_field_at_once(qtbot, panel):
    choose(panel.surface_combo, "custom")
    field = panel.text_fields["bounds"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "2,1,0,1")
    assert panel.text_errors["bounds"].isVisible()
    assert not panel.text_errors["f"].isVisible()
