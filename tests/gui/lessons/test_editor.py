"""The lesson editor: reorders steps, edits notes and questions, adds scenes, saves, exports."""

import os

from PIL import Image
from PySide6.QtCore import Qt

from engine.lessons.lesson_file import load_builtin, read_lesson
from engine.lessons.model import Lesson, Text

LESSON = load_builtin("lecture-5.2")


def test_the_editor_reorders_steps(window, editing, player):
    player.open_lesson(LESSON, index=1)
    editor = editing.editor
    editor.move_up()
    assert player.lesson.steps[0] == LESSON.steps[1] and player.index == 0
    assert player.lesson.steps[1] == LESSON.steps[0]
    editor.move_down()
    editor.move_down()
    assert player.lesson.steps[2] == LESSON.steps[1] and player.index == 2
    assert editor.steps.currentRow() == 2
    assert editor.steps.item(2).text().startswith("3. ")


def test_the_editor_edits_notes_and_question(window, editing, player):
    player.open_lesson(LESSON, index=0)  # noisy gradients: no question yet
    editor = editing.editor
    editor.notes_en.setPlainText("New notes")
    editor.kind.setCurrentIndex(editor.kind.findData("lowest_final_loss"))
    for row in range(editor.choices.count()):
        editor.choices.item(row).setCheckState(Qt.CheckState.Checked)
    editor.apply()
    step = player.lesson.steps[0]
    assert step.notes.en == "New notes" and step.question.kind == "lowest_final_loss"
    assert step.question.choices == step.run_names()
    assert player.panel.question.isVisibleTo(player.panel)


def test_adding_the_scene_starts_a_lesson_and_saving_round_trips(window, editing, player, tmp_path):
    editing.add_scene()
    assert isinstance(player.lesson, Lesson) and len(player.lesson) == 1
    editing.add_scene()
    assert len(player.lesson) == 2 and player.index == 1
    path = str(tmp_path / "mine.json")
    assert editing.save_to(path)
    assert read_lesson(path) == player.lesson


def test_a_lesson_exports_slides_and_gifs(window, editing, player, tmp_path):
    step = LESSON.steps[2].replace(first=0, last=4)
    player.open_lesson(Lesson(Text("Tiny", ""), (step,)))
    written = editing.export_to(str(tmp_path / "out"))
    assert [os.path.basename(p) for p in written] == ["step-01.png", "step-01.gif"]
    with Image.open(written[0]) as slide:
        assert slide.size == (1920, 1080)
    with Image.open(written[1]) as gif:
        assert gif.n_frames == 5
