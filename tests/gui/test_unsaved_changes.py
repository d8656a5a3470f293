"""Unsaved changes: New, Open (dialog, recent, drop, preset, the OS), Quit and closing ask first.

The question is answered through SessionFiles.ask_to_save, a hook the tests replace, except
in one test that clicks the real message box from a single-shot timer.
"""

import json

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox

from engine.scene.presets import load_preset
from engine.scene.scene import default_scene
from engine.scene.session_file import SessionState, write_session
from gui.files import file_pickers
from gui.files.session_files import SessionFiles
from gui.files.unsaved_changes import unsaved_changes_box
from gui.main_window import MainWindow

Button = QMessageBox.StandardButton


class Answers:
    """Stands in for the message box: records each question and gives a set answer."""

    def __init__(self):
        self.answer = Button.Cancel
        self.asked = 0

    def __call__(self):
        self.asked += 1
        return self.answer


@pytest.fixture
def files(window):
    files = window.feature(SessionFiles)
    files.confirm_unsaved = True
    files.ask_to_save = Answers()
    return files  # pytest-qt closes the window after the test: the stand-in answers Cancel


@pytest.fixture
def edited(window, files):
    """The window with one unsaved edit."""
    window.session.edit(window.session.scene.with_start((0.5, 0.5)), "move")
    assert "*" in window.windowTitle()
    return window.session.scene


@pytest.fixture
def lesson(tmp_path):
    path = tmp_path / "lesson.json"
    write_session(path, SessionState(load_preset("saddle-race").scene, 7, None, 0))
    return path


@pytest.fixture
def no_file_dialogs(monkeypatch):
    opened = []

    def open_name(*args, **kwargs):
        opened.append(args)
        return "", ""

    monkeypatch.setattr(file_pickers.QFileDialog, "getOpenFileName", open_name)
    return opened


def test_nothing_is_asked_while_the_scene_is_saved(window, files):
    window.feature(SessionFiles)._on_scene_changed(None)
    files.open_preset("saddle-race")
    assert files.confirm_discard() and files.ask_to_save.asked == 0


def test_windows_made_by_code_never_ask(window):
    files = window.feature(SessionFiles)
    window.session.edit(default_scene().with_start((0.1, 0.1)), "move")
    assert not files.confirm_unsaved and files.confirm_discard()


@pytest.mark.parametrize(("answer", "replaced"), [(Button.Cancel, False), (Button.Discard, True)])
def test_new_scene_asks(window, files, edited, answer, replaced):
    files.ask_to_save.answer = answer
    window._on_new_scene()
    assert files.ask_to_save.asked == 1
    assert (window.session.scene == default_scene()) is replaced


def test_save_saves_then_goes_on(window, files, edited, tmp_path, monkeypatch):
    files.ask_to_save.answer = Button.Save
    target = tmp_path / "kept.json"
    monkeypatch.setattr(
        file_pickers.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )
    window._on_new_scene()
    assert target.is_file() and window.session.scene == default_scene()
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved["scene"]["runs"][0]["start"] == [0.5, 0.5]


def test_a_cancelled_save_keeps_the_scene(window, files, edited, monkeypatch):
    files.ask_to_save.answer = Button.Save
    monkeypatch.setattr(file_pickers.QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    window._on_new_scene()
    assert window.session.scene == edited


def test_open_dialog_asks_before_showing_the_dialog(window, files, edited, no_file_dialogs):
    files.open_dialog()
    assert files.ask_to_save.asked == 1 and no_file_dialogs == []  # Cancel: no dialog
    files.ask_to_save.answer = Button.Discard
    files.open_dialog()
    assert len(no_file_dialogs) == 1


def test_open_recent_asks(window, files, lesson):
    files.open_path(str(lesson))
    window.session.edit(default_scene(), "change")
    action = next(a for a in files.recent_menu.actions() if a.data() == str(lesson))
    action.trigger()
    assert files.ask_to_save.asked == 1 and window.session.scene == default_scene()
    files.ask_to_save.answer = Button.Discard
    action.trigger()
    assert window.session.scene == load_preset("saddle-race").scene


@pytest.mark.parametrize(("answer", "opened"), [(Button.Cancel, False), (Button.Discard, True)])
def test_dropping_a_file_asks(window, files, edited, lesson, answer, opened):
    from tests.gui.files.test_session_files import drop

    files.ask_to_save.answer = answer
    drop(window, [QUrl.fromLocalFile(str(lesson))])
    assert files.ask_to_save.asked == 1
    assert (window.session.scene == load_preset("saddle-race").scene) is opened


@pytest.mark.parametrize(("answer", "opened"), [(Button.Cancel, False), (Button.Discard, True)])
def test_choosing_a_preset_asks(window, files, edited, answer, opened):
    files.ask_to_save.answer = answer
    files.preset_actions["saddle-race"].trigger()
    assert files.ask_to_save.asked == 1
    assert (window.session.scene == load_preset("saddle-race").scene) is opened


def test_a_file_from_the_os_asks(window, files, edited, lesson):
    from gui.app import FileOpener, WindowKeeper

    opener = FileOpener(WindowKeeper(window, ask_to_save=True))
    assert not opener.open(str(lesson)) and window.session.scene == edited
    files.ask_to_save.answer = Button.Discard
    assert opener.open(str(lesson))


@pytest.mark.parametrize("how", ["quit", "close window", "title bar"])
def test_closing_asks_and_cancel_keeps_the_window(window, files, edited, how):
    if how == "quit":
        window.quit_action.trigger()
    elif how == "close window":
        window.close_action.trigger()
    else:
        window.close()
    assert files.ask_to_save.asked == 1 and window.isVisible()


def test_discard_closes_and_the_edits_do_not_come_back(qtbot, settings):
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    files = window.feature(SessionFiles)
    files.confirm_unsaved, files.ask_to_save = True, Answers()
    files.ask_to_save.answer = Button.Discard
    window.session.edit(default_scene().with_start((0.3, 0.3)), "move")
    assert window.close() and not window.isVisible()
    assert settings.value("scene") is None
    again = MainWindow(settings=settings)
    qtbot.addWidget(again)
    assert again.session.scene == default_scene()


def test_the_real_box_offers_save_discard_cancel(window, files, edited):
    box = unsaved_changes_box(window, files.label())
    buttons = box.standardButtons()
    assert buttons == Button.Save | Button.Discard | Button.Cancel
    assert box.defaultButton() is box.button(Button.Save)
    assert box.escapeButton() is box.button(Button.Cancel)
    assert "Untitled" in box.text()
    box.deleteLater()


def test_the_real_box_is_answered_by_a_click(window, files, edited):
    files.ask_to_save = files.unsaved.ask_with_box
    clicked = []

    def click_discard():
        box = QApplication.activeModalWidget()
        clicked.append(type(box).__name__)
        box.button(Button.Discard).click()

    QTimer.singleShot(0, click_discard)
    try:
        window._on_new_scene()
    finally:
        files.confirm_unsaved = False  # pytest-qt closes the window before fixtures end
    assert clicked == ["QMessageBox"] and window.session.scene == default_scene()


def test_a_new_language_reopens_without_asking_and_keeps_the_unsaved_state(
    qtbot, window, files, edited, lesson
):
    from gui.app import WindowKeeper
    from gui.i18n import install_language

    files.path = str(lesson)
    keeper = WindowKeeper(window, ask_to_save=True)
    try:
        keeper._on_language_requested("en")
        reopened = keeper.window
        qtbot.addWidget(reopened)
        assert reopened is not window and files.ask_to_save.asked == 0
        new_files = reopened.feature(SessionFiles)
        assert new_files.path == str(lesson) and new_files.has_unsaved_changes()
        assert new_files.confirm_unsaved and reopened.windowTitle().startswith("lesson.json* — ")
        assert reopened.session.scene == edited
    finally:
        install_language("en")
        keeper.window.feature(SessionFiles).confirm_unsaved = False
