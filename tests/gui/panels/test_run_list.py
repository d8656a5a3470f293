"""RunList: rows mirror the scene's runs; add, duplicate, remove, rename, show and solo undo."""

import dataclasses

import pytest
from PySide6.QtCore import Qt

from engine.optimizers import OPTIMIZERS, Adam
from engine.scene.recommended import recommended_optimizer
from engine.scene.scene import default_scene
from gui.panels.run_list import NAME, SHOWN, SOLO, RunList, unique_name


@pytest.fixture
def run_list(qtbot, session):
    widget = RunList(session)
    qtbot.addWidget(widget)
    return widget


def names(run_list):
    return [run_list.table.item(row, NAME).text() for row in range(run_list.table.rowCount())]


def selected_rows(run_list):
    return [index.row() for index in run_list.table.selectionModel().selectedRows()]


def test_rows_mirror_the_scene(run_list, session):
    assert names(run_list) == [run.name for run in session.scene.runs]
    assert selected_rows(run_list) == [0]
    for row in range(len(session.scene.runs)):
        assert run_list.table.item(row, SHOWN).checkState() == Qt.CheckState.Checked
        assert run_list.table.item(row, SOLO).checkState() == Qt.CheckState.Unchecked


def test_selecting_a_row_selects_the_run_and_back(run_list, session):
    run_list.table.selectRow(3)
    assert session.selected == 3
    session.select(1)
    assert selected_rows(run_list) == [1]


def test_add_uses_a_free_colour_and_the_selected_start_and_undoes(run_list, session):
    before = session.scene
    session.edit(before.with_start((1.0, -0.5), index=2), "move")
    session.select(2)
    edited = session.scene
    run_list.add_run("sgd")
    added = session.scene.runs[-1]
    assert len(session.scene.runs) == len(before.runs) + 1
    # The canyon's recommended settings, not SGD's defaults (which diverge on Rosenbrock).
    assert added.optimizer == recommended_optimizer(session.scene.surface, "sgd")
    assert added.start == (1.0, -0.5)
    assert added.color not in {run.color for run in before.runs}
    assert added.name == "SGD 2"  # the default scene already has an "SGD"
    assert session.selected == len(before.runs)
    assert names(run_list)[-1] == "SGD 2" and selected_rows(run_list) == [len(before.runs)]
    session.undo_stack.undo()
    assert session.scene == edited
    assert names(run_list) == [run.name for run in edited.runs]


def test_add_menu_offers_every_optimizer(run_list, session):
    actions = run_list.add_button.menu().actions()
    assert [action.text() for action in actions] == [cls.title for cls in OPTIMIZERS.values()]
    assert [action.text() for action in actions][:6] == [
        "SGD",
        "Momentum",
        "Nesterov",
        "AdaGrad",
        "RMSProp",
        "Adam",
    ]
    actions[5].trigger()  # Adam
    assert type(session.scene.runs[-1].optimizer) is Adam


def test_duplicate_copies_the_selected_run_with_a_new_colour(run_list, session):
    session.select(5)
    original = session.scene.runs[5]
    run_list.duplicate_button.click()
    copy = session.scene.runs[-1]
    assert copy.name == f"{original.name} copy"
    assert copy.computation() == original.computation()
    assert copy.color != original.color
    assert session.selected == 6
    session.undo_stack.undo()
    assert session.scene == default_scene()


def test_remove_deletes_the_selected_run_and_is_disabled_when_empty(run_list, session):
    session.select(2)
    removed = session.scene.runs[2]
    run_list.remove_button.click()
    assert removed not in session.scene.runs and len(session.scene.runs) == 5
    assert names(run_list) == [run.name for run in session.scene.runs]
    session.undo_stack.undo()
    assert session.scene.runs[2] == removed
    while session.scene.runs:
        run_list.remove_button.click()
    assert run_list.table.rowCount() == 0
    assert not run_list.remove_button.isEnabled() and not run_list.duplicate_button.isEnabled()
    run_list.add_run("adam")
    assert run_list.remove_button.isEnabled() and session.selected == 0


def test_renaming_in_place_is_an_undoable_edit(run_list, session):
    run_list.table.item(1, NAME).setText("Heavy ball")
    assert session.scene.runs[1].name == "Heavy ball"
    session.undo_stack.undo()
    assert session.scene.runs[1].name == "Momentum"
    assert names(run_list)[1] == "Momentum"


def test_an_empty_name_is_refused(run_list, session):
    run_list.table.item(1, NAME).setText("   ")
    assert session.scene == default_scene()
    assert session.undo_stack.count() == 0
    assert names(run_list)[1] == "Momentum"


def test_visibility_checkbox_hides_the_run_undoably(run_list, session):
    run_list.table.item(4, SHOWN).setCheckState(Qt.CheckState.Unchecked)
    assert not session.scene.runs[4].visible and not session.is_shown(4)
    session.undo_stack.undo()
    assert session.scene.runs[4].visible
    assert run_list.table.item(4, SHOWN).checkState() == Qt.CheckState.Checked


def test_solo_toggle_follows_the_session(run_list, session):
    run_list.table.item(3, SOLO).setCheckState(Qt.CheckState.Checked)
    assert session.solo == 3
    run_list.table.item(5, SOLO).setCheckState(Qt.CheckState.Checked)
    assert session.solo == 5
    assert run_list.table.item(3, SOLO).checkState() == Qt.CheckState.Unchecked
    run_list.table.item(5, SOLO).setCheckState(Qt.CheckState.Unchecked)
    assert session.solo == -1


def test_scene_changes_keep_the_selection(run_list, session):
    session.select(4)
    session.edit(session.scene.replace_run(0, name="First"), "rename")
    assert names(run_list)[0] == "First"
    assert selected_rows(run_list) == [4] and session.selected == 4


def test_unique_name_counts_up():
    scene = default_scene()
    assert unique_name(scene, "Brand new") == "Brand new"
    assert unique_name(scene, "Adam") == "Adam 2"


def test_add_on_rosenbrock_gives_the_recommended_settings(run_list, session):
    from engine.surfaces import Rosenbrock

    scene = dataclasses.replace(session.scene, surface=Rosenbrock())
    session.edit(scene.with_start(Rosenbrock.start), "Rosenbrock")
    run_list.add_run("momentum")
    added = session.scene.runs[-1]
    assert added.optimizer == recommended_optimizer(Rosenbrock(), "momentum")
    assert session.runs[-1].status.kind != "diverged"
