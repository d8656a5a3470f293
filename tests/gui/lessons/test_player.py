"""The lesson player: steps with PageDown / PageUp, asks, and reveals the runs' answer."""

import os
import subprocess
import sys

from PySide6.QtCore import Qt

from engine.lessons.answers import answer
from engine.lessons.lesson_file import load_builtin, write_lesson
from gui.lessons.wording import in_language
from gui.presentation import PresentationMode

LESSON = load_builtin("lecture-5.2")


def _press(qtbot, window, key):
    window.surface_view.setFocus()
    qtbot.keyClick(window.surface_view, key)


def test_pagedown_and_pageup_step_through_the_lesson_in_presentation_mode(qtbot, window, player):
    player.open_lesson(LESSON)
    presentation = window.feature(PresentationMode)
    presentation.set_active(True)
    assert player.dock.isVisible() and not presentation.equation_dock.isVisible()
    total = len(LESSON.steps)
    assert f"step 1 / {total}" in player.panel.counter.text()
    _press(qtbot, window, Qt.Key.Key_PageDown)
    _press(qtbot, window, Qt.Key.Key_PageDown)
    assert player.index == 2 and f"step 3 / {total}" in player.panel.counter.text()
    assert window.session.scene == LESSON.steps[2].scene
    assert window.timeline.frame == LESSON.steps[2].first
    _press(qtbot, window, Qt.Key.Key_PageUp)
    assert player.index == 1 and window.session.scene == LESSON.steps[1].scene
    assert "PgDn" in presentation.hint.text()
    presentation.set_active(False)
    assert not window.isFullScreen()


def test_the_ends_of_the_lesson_stop_pagedown_and_pageup(qtbot, window, player):
    player.open_lesson(LESSON, index=len(LESSON) - 1)
    _press(qtbot, window, Qt.Key.Key_PageDown)
    assert player.index == len(LESSON) - 1
    player.go(0)
    _press(qtbot, window, Qt.Key.Key_PageUp)
    assert player.index == 0


def test_a_key_picks_a_choice_and_playing_to_the_end_reveals_the_answer(qtbot, window, player):
    player.open_lesson(LESSON, index=2)  # momentum vs SGD: who reaches the minimum first?
    step = LESSON.steps[2]
    assert player.panel.question.isVisibleTo(player.panel)
    _press(qtbot, window, Qt.Key.Key_1)
    assert player.picked == 0 and player.answer is None
    assert not player.panel.verdict.isVisibleTo(player.panel)
    window.timeline.set_frame(step.last - 1)
    assert player.answer is None  # nothing is revealed before the end of the step
    window.timeline.step(1)
    expected = answer(step.question, step.scene, window.session.runs, step.last)
    assert player.answer == expected and expected.correct == (1,)
    assert "Not quite" in player.panel.verdict.text()
    assert "✓" in player.panel.choices[1].text() and "✗" in player.panel.choices[0].text()
    _press(qtbot, window, Qt.Key.Key_2)
    assert player.picked == 0  # answered: the pick stays


def test_playing_pauses_at_the_steps_last_frame(qtbot, window, player):
    player.open_lesson(LESSON, index=2)
    window.timeline.set_speed(1000)
    player.play()
    qtbot.waitUntil(lambda: player.answer is not None, timeout=10_000)
    assert not window.timeline.playing and window.timeline.frame == LESSON.steps[2].last


def test_clicking_a_choice_picks_it(qtbot, window, player):
    player.open_lesson(LESSON, index=2)
    qtbot.mouseClick(player.panel.choices[1], Qt.MouseButton.LeftButton)
    assert player.picked == 1


def test_a_bad_lesson_file_is_reported_and_changes_nothing(
    qtbot, window, player, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "descent-lab-lesson", "version": 7}', encoding="utf-8")
    scene = window.session.scene
    assert not player.open_path(str(bad))
    assert "version 7 is newer" in shown[0] and player.lesson is None
    assert window.session.scene == scene
    good = tmp_path / "good.json"
    write_lesson(good, LESSON)
    assert player.open_path(str(good)) and player.lesson == LESSON


def test_closing_the_lesson_frees_the_keys(qtbot, window, player):
    player.open_lesson(LESSON)
    player.close_lesson()
    assert not player.next_action.isEnabled() and player.lesson is None
    assert "No lesson" in player.panel.counter.text()


def test_building_the_window_imports_no_lesson_module(tmp_path):
    """Nobody sees a lesson before opening one: the lesson modules (~4.5 ms of imports) and
    the built-in lesson files are read then, not at start-up; only the count of choices (for
    the answer keys) is imported. A fresh interpreter: this test
    process has them imported already."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from gui.app import configure\n"
        "app = configure()\n"
        "from gui.main_window import MainWindow\n"
        f"settings = QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat)\n"
        "window = MainWindow(settings=settings)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(sorted(name for name in sys.modules if name.startswith('engine.lessons')))\n"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert shown.stdout.strip().splitlines()[-1] == "['engine.lessons', 'engine.lessons.limits']"


def test_the_lessons_menu_lists_the_built_in_lessons_when_it_first_opens(player):
    """Listed on aboutToShow, which Qt sends before the menu shows, however it is opened
    (by mouse or by keys); sent here as offscreen Qt cannot pop a menu up without warnings."""
    title = in_language(LESSON.title)
    for _ in range(2):  # the second opening lists nothing twice
        player.menu.aboutToShow.emit()
    actions = player.menu.actions()
    entries = [action for action in actions if action.text() == title]
    assert len(entries) == 1
    editing = [action for action in actions if "Add this scene" in action.text()]
    assert actions.index(entries[0]) < actions.index(player.open_action)
    assert actions.index(player.close_action) < actions.index(editing[0])
    entries[0].trigger()
    assert player.lesson is not None and player.lesson.title == LESSON.title
