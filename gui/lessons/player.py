"""The lesson player: opens a lesson, shows its steps, asks before playing, reveals the answer."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from engine.lessons.limits import MAX_CHOICES
from gui.features import Column, Menu
from gui.files.session_files import SessionFiles
from gui.panels.equation_panel import EquationFeature
from gui.presentation import PresentationMode

if TYPE_CHECKING:  # the lesson modules and the panel are imported when a lesson is first used
    from engine.lessons.answers import Answer
    from engine.lessons.model import Lesson, LessonStep
    from gui.lessons.panel import LessonPanel

LESSON_SHARE = 0.36  # of the screen's width while presenting, as the equation has otherwise


class LessonPlayer(QObject):
    """Holds the open lesson and its current step; PageDown / PageUp move, 1-4 pick a choice."""

    NAME = "lessons"
    REQUIRES = (SessionFiles, PresentationMode, EquationFeature)
    lesson_changed = Signal(object)  # the Lesson, or None when closed
    step_changed = Signal(int)  # the index of the step shown

    @classmethod
    def install(cls, host) -> LessonPlayer:
        """Add File ▸ Lessons, the Lesson dock and the PageDown / PageUp / 1-4 keys."""
        return cls(host)

    def __init__(self, host):
        super().__init__(host.window)
        self.host, self.window = host, host.window
        self.lesson: Lesson | None = None
        self.path: str | None = None
        self.index = 0
        self.picked: int | None = None
        self.answer: Answer | None = None
        self._moving = False  # while a step's scene is applied the frame jumps: not an answer
        self._stopped = False  # paused at the step's end once; playing on is the user's choice
        self.dock = host.add_dock_built_when_shown(
            self._build_panel, self.tr("Lesson"), "dock-lesson", LessonPlayer,
            tab_with=Column.RIGHT,
        )  # fmt: skip
        host.menu(Menu.VIEW).addAction(self.dock.toggleViewAction())
        self.presentation = host.feature(PresentationMode)
        self.presentation.active_changed.connect(self._on_presenting)
        self._build_menu()
        self._build_keys()
        host.timeline.frame_changed.connect(self._on_frame_changed)
        self._update_actions()

    def _build_menu(self) -> None:
        window = self.window
        self.menu = QMenu(self.tr("&Lessons"), window)
        self.menu.setToolTipsVisible(True)
        window.menus[Menu.FILE].insertMenu(window.quit_action, self.menu)
        window.menus[Menu.FILE].insertSeparator(window.quit_action)
        self._builtins_end = self.menu.addSeparator()  # the built-in lessons go above it
        self.menu.aboutToShow.connect(self._list_builtins)
        self.open_action = self.host.add_action(
            self.menu, self.tr("&Open lesson…"), self.open_dialog, None,
            self.tr("Open a lesson file."),
        )  # fmt: skip
        self.close_action = self.host.add_action(
            self.menu, self.tr("&Close lesson"), self.close_lesson, None,
            self.tr("Close the lesson; the scene stays."),
        )  # fmt: skip

    def _list_builtins(self) -> None:
        """The built-in lessons' entries, added when the menu is first opened (by mouse or key):
        titling them reads every lesson file, which would cost the start-up ~2 ms."""
        from engine.lessons.lesson_file import builtin_lessons, load_builtin
        from gui.lessons.wording import in_language

        self.menu.aboutToShow.disconnect(self._list_builtins)
        for name in builtin_lessons():
            try:
                title = in_language(load_builtin(name).title)
            except ValueError:
                continue  # a broken built-in is a test failure, not a reason to break the menu
            action = self.host.add_action(
                self.menu, title, self._on_builtin_chosen, None, self.tr("Open this lesson.")
            )
            action.setData(name)
            self.menu.insertAction(self._builtins_end, action)  # moved above Open and Close

    def _build_keys(self) -> None:
        add, play = self.host.add_action, Menu.PLAY
        self.next_action = add(
            play, self.tr("Next lesson step"), self.next, QKeySequence(Qt.Key.Key_PageDown),
            self.tr("Show the next step of the lesson (a presenter remote's forward key)."),
        )  # fmt: skip
        self.previous_action = add(
            play, self.tr("Previous lesson step"), self.previous, QKeySequence(Qt.Key.Key_PageUp),
            self.tr("Show the previous step of the lesson."),
        )  # fmt: skip
        self.choice_actions = []
        for index in range(MAX_CHOICES):
            action = add(
                play, self.tr("Pick answer {0}").format(index + 1), self._on_choice_key,
                QKeySequence(str(index + 1)), self.tr("Pick this choice of the lesson's question."),
            )  # fmt: skip
            action.setData(index)
            self.choice_actions.append(action)

    @property
    def panel(self) -> LessonPanel:
        """The Lesson dock's panel: built when the dock is first seen or a lesson first needs it."""
        return self.host.built(self.dock)

    def _build_panel(self) -> LessonPanel:
        from gui.lessons.panel import LessonPanel

        panel = LessonPanel()
        self.host.style.observe(panel)
        panel.choice_clicked.connect(self.pick)
        panel.previous_requested.connect(self.previous)
        panel.next_requested.connect(self.next)
        panel.play_requested.connect(self.play)
        return panel

    # --- the lesson ---------------------------------------------------------------------------

    @property
    def step(self) -> LessonStep | None:
        return None if self.lesson is None else self.lesson.steps[self.index]

    def open_lesson(self, lesson: Lesson, path: str | None = None, index: int = 0) -> None:
        self.lesson, self.path = lesson, path
        self.presentation.keep_shown(self.dock, True)
        self.presentation.set_extra_hints(
            (("PgDn / PgUp", self.tr("lesson step")), ("1–4", self.tr("answer")))
        )
        self.dock.show()
        self.dock.raise_()
        self.lesson_changed.emit(lesson)
        self.go(index)

    def open_path(self, path: str) -> bool:
        """Open a lesson file; a bad one is reported and changes nothing."""
        from engine.lessons.lesson_file import read_lesson

        try:
            lesson = read_lesson(path)
        except ValueError as error:
            QMessageBox.warning(self.window, self.tr("Cannot open lesson"), str(error))
            return False
        self.open_lesson(lesson, path)
        return True

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open lesson"), os.path.expanduser("~"),
            self.tr("Descent Lab lessons (*.json);;All files (*)"),
        )  # fmt: skip
        if path:
            self.open_path(path)

    def close_lesson(self) -> None:
        self.lesson, self.path, self.answer, self.picked = None, None, None, None
        self.presentation.keep_shown(self.dock, False)
        self.presentation.set_extra_hints(())
        if self.host.is_built(self.dock):  # a panel built later starts empty
            self.panel.show_nothing()
        self.lesson_changed.emit(None)
        self._update_actions()

    def update_lesson(self, lesson: Lesson, index: int) -> None:
        """The editor's new version: the scene is re-applied only if the step shown changed."""
        old = self.step
        self.lesson, self.index = lesson, index
        new = lesson.steps[index]
        self.lesson_changed.emit(lesson)
        if old is None or (new.scene, new.first, new.last) != (old.scene, old.first, old.last):
            self.go(index)
            return
        if new.question != old.question:
            self.picked = None
            self.answer = None if self.answer is None else self._compute()
        self._refresh()

    # --- moving and answering ---------------------------------------------------------------

    def go(self, index: int) -> None:
        """Show step `index`: its scene at its first frame, its question unanswered."""
        if self.lesson is None:
            return
        self.index = max(0, min(index, len(self.lesson) - 1))
        self.picked, self.answer, self._stopped = None, None, False
        step, window = self.step, self.window
        self._moving = True
        try:
            window.timeline.pause()
            number = self.index + 1
            window.session.edit(step.scene, self.tr("Lesson step {0}").format(number))
            window.timeline.set_frame(step.first)
            window.session.select(0)
            window.surface_view.reset_view()
        finally:
            self._moving = False
        self.step_changed.emit(self.index)
        self._refresh()

    def next(self) -> None:
        if self.lesson is not None and self.index + 1 < len(self.lesson):
            self.go(self.index + 1)

    def previous(self) -> None:
        if self.lesson is not None and self.index > 0:
            self.go(self.index - 1)

    def pick(self, choice: int) -> None:
        step = self.step
        if step is None or step.question is None or self.answer is not None:
            return
        if 0 <= choice < len(step.question.choices):
            self.picked = choice
            self._refresh()

    def play(self) -> None:
        """Play the step from its first frame (or on from where it is, inside its range)."""
        step, timeline = self.step, self.window.timeline
        if step is None:
            return
        if not step.first <= timeline.frame < step.last:
            timeline.set_frame(step.first)
        self._stopped = False
        timeline.play()

    def reveal(self) -> None:
        if self.step is not None and self.step.question is not None and self.answer is None:
            self.answer = self._compute()
            self._refresh()

    def _compute(self) -> Answer:
        from engine.lessons.answers import answer

        session = self.window.session
        return answer(self.step.question, session.scene, session.runs, self.step.last)

    def _on_frame_changed(self, frame: int) -> None:
        step = self.step
        if step is None or self._moving or frame < step.last:
            return
        timeline = self.window.timeline
        if timeline.playing and not self._stopped:
            self._stopped = True
            timeline.pause()
            timeline.set_frame(step.last)  # a fast tick may have passed the end
        self.reveal()

    def _on_choice_key(self) -> None:
        self.pick(self.sender().data())

    def _on_builtin_chosen(self) -> None:
        from engine.lessons.lesson_file import load_builtin

        self.open_lesson(load_builtin(self.sender().data()))

    # --- showing ------------------------------------------------------------------------------

    def _refresh(self) -> None:
        if self.lesson is not None:
            total = len(self.lesson)
            self.panel.show_step(self.index + 1, total, self.step, self.picked, self.answer)
            self.host.show_status(
                self.tr("Lesson: step {0} / {1}").format(self.index + 1, total), 5000
            )
        self._update_actions()

    def _update_actions(self) -> None:
        step = self.step
        self.next_action.setEnabled(self.lesson is not None and self.index + 1 < len(self.lesson))
        self.previous_action.setEnabled(self.lesson is not None and self.index > 0)
        self.close_action.setEnabled(self.lesson is not None)
        asking = step is not None and step.question is not None and self.answer is None
        for index, action in enumerate(self.choice_actions):
            action.setEnabled(asking and index < len(step.question.choices))

    def _on_presenting(self, active: bool) -> None:
        """While presenting, the lesson takes the equation's place in the right-hand column:
        both side by side need more than a 1280-pixel projector's width at presenting sizes."""
        if not (active and self.lesson is not None):
            return
        window, equation = self.window, self.host.feature(EquationFeature).dock
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)  # out of tabs
        equation.hide()
        self.dock.show()
        width = round(LESSON_SHARE * window.width())
        window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)
