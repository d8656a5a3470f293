"""The assembled window: keys, undo, settings restored, the About box."""

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from engine.scene.scene_io import scene_to_dict
from gui.main_window import MainWindow, about_text


def _press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    window.surface_view.setFocus()
    qtbot.keyClick(window.surface_view, key, modifier)


@pytest.mark.parametrize(
    "key, modifier, expected",
    [
        (Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier, 51),
        (Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier, 49),
        (Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier, 60),
        (Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier, 40),
        (Qt.Key.Key_Home, Qt.KeyboardModifier.NoModifier, 0),
        (Qt.Key.Key_End, Qt.KeyboardModifier.NoModifier, 400),
    ],
)
def test_timeline_keys(qtbot, window, key, modifier, expected):
    window.timeline.set_frame(50)
    _press(qtbot, window, key, modifier)
    assert window.timeline.frame == expected


def test_space_plays_and_pauses(qtbot, window):
    _press(qtbot, window, Qt.Key.Key_Space)
    assert window.timeline.playing
    _press(qtbot, window, Qt.Key.Key_Space)
    assert not window.timeline.playing


def test_undo_and_redo_keys(qtbot, window):
    before = window.session.scene
    window.session.edit(before.with_start((0.0, 0.5)), "Move start")
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.scene == before
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    _press(qtbot, window, Qt.Key.Key_Z, shift_ctrl)
    assert window.session.scene.runs[0].start == (0.0, 0.5)


def test_timeline_length_follows_the_step_count(window):
    scene = window.session.scene
    window.session.edit(type(scene)(scene.surface, scene.runs, 120), "Steps")
    assert window.timeline.last_frame == 120


def test_status_bar_says_how_each_run_ended(window):
    text = window._status.text()
    for spec, run in zip(window.session.scene.runs, window.session.runs):
        assert run.status.describe(spec.name) in text


def test_a_status_message_has_the_bar_and_the_runs_status_comes_back(qtbot, window):
    """The runs' summary stretches over the status bar; a message (a feature's result or
    error) takes its place while it is shown, and the summary returns when it ends."""
    window.show()
    qtbot.waitExposed(window)
    bar = window.statusBar()
    assert window._status.isVisible()
    bar.showMessage("Tuning failed: an example")
    assert not window._status.isVisible()
    bar.clearMessage()
    assert window._status.isVisible() and window._status.width() > bar.width() // 2


def test_scene_and_layout_are_restored(qtbot, settings):
    first = MainWindow(settings=settings)
    qtbot.addWidget(first)
    moved = first.session.scene.with_start((1.0, -0.5))
    first.session.edit(moved, "Move start")
    first.close()
    second = MainWindow(settings=settings)
    qtbot.addWidget(second)
    assert second.session.scene == moved


def test_a_damaged_stored_scene_falls_back_to_the_default(qtbot, settings):
    settings.setValue("scene", json.dumps({"version": 1, "surface": {"name": "moon"}}))
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    assert window.session.scene.surface.name == "canyon"


def test_settings_hold_the_scene_as_json(qtbot, settings):
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.close()
    assert json.loads(settings.value("scene")) == scene_to_dict(window.session.scene)


def test_about_names_the_versions():
    text = about_text()
    for word in ("Python", "PySide6", "Qt", "pyqtgraph", "numpy", "contourpy"):
        assert word in text


def test_every_menu_action_has_a_tooltip(window):
    for action in window.actions():
        if action.text():
            assert action.toolTip().strip(), action.text()


def test_the_plot_gets_most_of_a_projector_screen(window):
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1280, 800)
    QApplication.processEvents()
    assert window.surface_view.width() > 600 and window.surface_view.height() > 350


def _effective_tooltip(widget) -> str:
    """Qt passes an unanswered tooltip request to the parent: the first tooltip up the chain."""
    while widget is not None:
        if widget.toolTip().strip():
            return widget.toolTip()
        widget = widget.parentWidget()
    return ""


def test_every_control_explains_itself(window):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QSlider

    QApplication.processEvents()
    unexplained = []
    for kind in (QAbstractButton, QAbstractSpinBox, QComboBox, QSlider):
        for control in window.findChildren(kind):
            if control.objectName().startswith("qt_"):  # Qt's own dock title buttons
                continue
            if control.isVisibleTo(window) and not _effective_tooltip(control):
                unexplained.append(f"{type(control).__name__} {control.objectName()!r}")
    assert not unexplained
