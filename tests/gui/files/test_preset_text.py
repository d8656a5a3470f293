"""About this preset shows only while the scene is that preset."""

from __future__ import annotations

import dataclasses

from engine.scene.session_file import SessionState, write_session
from gui.files.session_files import SessionFiles


def test_the_preset_text_is_marked_when_the_scene_changes_and_goes_with_another_file(
    window, tmp_path
):
    files = window.feature(SessionFiles)
    files.open_preset("momentum-vs-sgd")
    panel, dock = files.preset_panel, files.preset_dock
    assert dock.isVisible() and not panel.modified
    scene = window.session.scene
    window.session.edit(dataclasses.replace(scene, steps=scene.steps + 10), "more steps")
    assert panel.modified and "changed the scene" in panel.toPlainText()
    window.session.undo_stack.undo()
    assert not panel.modified and "changed the scene" not in panel.toPlainText()
    window.session.undo_stack.redo()
    assert panel.modified
    path = tmp_path / "mine.json"
    write_session(path, SessionState(scene, 0, None, 0))
    files.confirm_unsaved = False
    assert files.open_path(str(path))
    assert not dock.isVisible()  # a session is no preset: its text is gone
