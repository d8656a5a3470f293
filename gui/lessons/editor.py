"""The lesson editor dock: reorder steps, edit notes, frames and question; add, save, export."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine.lessons.limits import MAX_CHOICES
from gui.features import Column
from gui.files.session_files import SessionFiles
from gui.lessons.player import LessonPlayer

if TYPE_CHECKING:  # the lesson modules are imported when the editor is first built or used
    from engine.lessons.model import Lesson, LessonStep


class LessonEditor(QWidget):
    """The steps as a list (Up / Down / Remove) and the selected step's fields (Apply)."""

    def __init__(self, player: LessonPlayer, parent: QWidget | None = None):
        from engine.lessons.model import QUESTION_KINDS
        from gui.lessons.wording import KIND_NAMES, tr

        super().__init__(parent)
        self.player = player
        self.steps = QListWidget()
        self.steps.currentRowChanged.connect(self._on_row_chosen)
        self.up, self.down, self.remove = (QPushButton(t) for t in (
            self.tr("Up"), self.tr("Down"), self.tr("Remove")))  # fmt: skip
        self.up.clicked.connect(self.move_up)
        self.down.clicked.connect(self.move_down)
        self.remove.clicked.connect(self.remove_step)
        self.notes_en, self.notes_ko = QPlainTextEdit(), QPlainTextEdit()
        self.first, self.last = QSpinBox(), QSpinBox()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("no question"), None)
        for kind in QUESTION_KINDS:
            self.kind.addItem(tr(KIND_NAMES[kind]), kind)
        self.choices = QListWidget()
        self.question_en, self.question_ko = QLineEdit(), QLineEdit()
        self.apply_button = QPushButton(self.tr("Apply to this step"))
        self.apply_button.clicked.connect(self.apply)
        self._layout()
        player.lesson_changed.connect(self._on_lesson_changed)
        player.step_changed.connect(self._on_step_changed)
        self._on_lesson_changed(player.lesson)

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.up, self.down, self.remove):
            buttons.addWidget(button)
        form = QFormLayout()
        form.addRow(self.tr("Notes (English)"), self.notes_en)
        form.addRow(self.tr("Notes (Korean)"), self.notes_ko)
        frames = QHBoxLayout()
        frames.addWidget(self.first)
        frames.addWidget(self.last)
        form.addRow(self.tr("Frames (first, last)"), frames)
        form.addRow(self.tr("Question"), self.kind)
        form.addRow(self.tr("Choices (2-4 runs)"), self.choices)
        form.addRow(self.tr("Question (English)"), self.question_en)
        form.addRow(self.tr("Question (Korean)"), self.question_ko)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)
        layout.addLayout(form, 2)
        layout.addWidget(self.apply_button)

    # --- list ----------------------------------------------------------------------------------

    def _on_lesson_changed(self, lesson: Lesson | None) -> None:
        from gui.lessons.wording import step_title

        row = self.player.index
        self.steps.blockSignals(True)
        self.steps.clear()
        for index, step in enumerate(() if lesson is None else lesson.steps):
            self.steps.addItem(QListWidgetItem(f"{index + 1}. {step_title(step, index + 1)}"))
        self.steps.setCurrentRow(row if lesson is not None else -1)
        self.steps.blockSignals(False)
        self._fill()

    def _on_step_changed(self, index: int) -> None:
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(index)
        self.steps.blockSignals(False)
        self._fill()

    def _on_row_chosen(self, row: int) -> None:
        if row >= 0 and row != self.player.index:
            self.player.go(row)

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    def _move(self, by: int) -> None:
        lesson, row = self.player.lesson, self.player.index
        if lesson is not None and 0 <= row + by < len(lesson):
            self.player.update_lesson(lesson.moved(row, row + by), row + by)

    def remove_step(self) -> None:
        lesson, row = self.player.lesson, self.player.index
        if lesson is None:
            return
        if len(lesson) == 1:
            self.player.close_lesson()
            return
        self.player.update_lesson(lesson.without(row), min(row, len(lesson) - 2))

    # --- fields --------------------------------------------------------------------------------

    def _fill(self) -> None:
        step = self.player.step
        for widget in (self.notes_en, self.notes_ko, self.kind, self.choices, self.apply_button):
            widget.setEnabled(step is not None)
        if step is None:
            return
        self.notes_en.setPlainText(step.notes.en)
        self.notes_ko.setPlainText(step.notes.ko)
        for box, value in ((self.first, step.first), (self.last, step.last)):
            box.setRange(0, step.scene.steps)
            box.setValue(value)
        question = step.question
        self.kind.setCurrentIndex(self.kind.findData(None if question is None else question.kind))
        self.choices.clear()
        for name in step.run_names():
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = question is not None and name in question.choices
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.choices.addItem(item)
        self.question_en.setText("" if question is None else question.text.en)
        self.question_ko.setText("" if question is None else question.text.ko)

    def edited_step(self) -> LessonStep:
        """The selected step with the fields' values; ValueError naming what is wrong."""
        from engine.lessons.model import Question, Text

        step = self.player.step
        notes = Text(self.notes_en.toPlainText(), self.notes_ko.toPlainText())
        question = None
        if self.kind.currentData() is not None:
            items = [self.choices.item(i) for i in range(self.choices.count())]
            chosen = tuple(i.text() for i in items if i.checkState() == Qt.CheckState.Checked)
            if not 2 <= len(chosen) <= MAX_CHOICES:
                raise ValueError(self.tr("A question needs 2 to 4 runs ticked as its choices."))
            text = Text(self.question_en.text(), self.question_ko.text())
            question = Question(self.kind.currentData(), chosen, text)
        if not self.first.value() < self.last.value():
            raise ValueError(self.tr("The first frame must come before the last."))
        return step.replace(
            notes=notes, question=question, first=self.first.value(), last=self.last.value()
        )

    def apply(self) -> None:
        lesson = self.player.lesson
        if lesson is None:
            return
        try:
            step = self.edited_step()
        except ValueError as error:
            QMessageBox.warning(self, self.tr("Cannot apply"), str(error))
            return
        self.player.update_lesson(lesson.replace_step(self.player.index, step), self.player.index)


class LessonEditing(QObject):
    """File ▸ Lessons: add this scene, edit, save as, export; the editor dock."""

    NAME = "lesson editing"
    REQUIRES = (LessonPlayer, SessionFiles)

    @classmethod
    def install(cls, host) -> LessonEditing:
        return cls(host)

    def __init__(self, host):
        super().__init__(host.window)
        self.host, self.window = host, host.window
        self.player = host.feature(LessonPlayer)
        self.dock = host.add_dock_built_when_shown(
            lambda: LessonEditor(self.player), self.tr("Lesson editor"), "dock-lesson-editor",
            LessonEditing, tab_with=Column.RIGHT,
        )  # fmt: skip
        menu = self.player.menu
        for text, slot, tip in (
            (self.tr("&Add this scene to the lesson"), self.add_scene,
             self.tr("Append the current scene as a new step (a new lesson if none is open).")),
            (self.tr("&Edit lesson"), self.edit,
             self.tr("Reorder steps, edit their notes, frames and question.")),
            (self.tr("&Save lesson as…"), self.save_as, self.tr("Save the lesson to a file.")),
            (self.tr("E&xport lesson…"), self.export,
             self.tr("A folder of slides (PNG, first and last frame) and a GIF per step.")),
        ):  # fmt: skip
            host.add_action(menu, text, slot, None, tip)

    @property
    def editor(self) -> LessonEditor:
        """The editor dock's widget: built when the dock is first seen or first asked for."""
        return self.host.built(self.dock)

    def add_scene(self) -> None:
        from engine.lessons.model import Lesson, LessonStep, Text

        window, player = self.window, self.player
        scene, files = window.session.scene, window.feature(SessionFiles)
        preset = files.preset.name if files.preset and files.preset.scene == scene else None
        if scene.steps < 1:
            self.host.show_status(self.tr("A scene without steps cannot be a lesson step."), 5000)
            return
        first = window.timeline.frame if window.timeline.frame < scene.steps else 0
        step = LessonStep(scene, first, scene.steps, preset=preset)
        if player.lesson is None:
            lesson = Lesson(Text(self.tr("My lesson"), ""), (step,))
            player.open_lesson(lesson, index=0)
        else:
            player.update_lesson(player.lesson.with_step(step), len(player.lesson))
        self.edit()

    def edit(self) -> None:
        self.dock.show()
        self.dock.raise_()

    def save_as(self) -> bool:
        if self.player.lesson is None:
            return False
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save lesson"), self.player.path or os.path.expanduser("~"),
            self.tr("Descent Lab lessons (*.json)"),
        )  # fmt: skip
        return bool(path) and self.save_to(path)

    def save_to(self, path: str) -> bool:
        from engine.lessons.lesson_file import write_lesson

        try:
            write_lesson(path, self.player.lesson)
        except ValueError as error:
            QMessageBox.warning(self.window, self.tr("Cannot save lesson"), str(error))
            return False
        self.player.path = path
        self.host.show_status(self.tr("Saved {0}").format(path), 5000)
        return True

    def export(self) -> None:
        if self.player.lesson is None:
            return
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Export lesson to"))
        if folder:
            self.export_to(folder)

    def export_to(self, folder: str) -> list[str]:
        from gui.lessons.export import export_lesson

        try:
            written = export_lesson(self.player.lesson, folder)
        except (OSError, ValueError) as error:
            QMessageBox.warning(self.window, self.tr("Cannot export lesson"), str(error))
            return []
        self.host.show_status(self.tr("Wrote {0} files to {1}").format(len(written), folder), 5000)
        return written
