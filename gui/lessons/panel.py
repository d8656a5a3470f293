"""The lesson panel: "step 3 / 9", the step's title, its question with choices, and its notes."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from engine.lessons.limits import MAX_CHOICES
from gui.lessons.wording import fact, in_language, prompt, step_title, verdict
from gui.style import NORMAL, Scales

if TYPE_CHECKING:  # names of types only: the player imports the lesson modules when it uses them
    from engine.lessons.answers import Answer
    from engine.lessons.model import LessonStep

BASE_POINTS = 12  # the notes and choices; the counter and title are larger
COUNTER_POINTS, TITLE_POINTS, QUESTION_POINTS = 15, 14, 13
# Okabe-Ito colours, as the runs: green for right, vermilion for a wrong pick, blue for a pick.
CHOICE_STYLE = "QLabel {{ padding: 5px 10px; border-radius: 4px; color: #000000; {0} }}"
PICKED = "border: 3px solid #0072B2; background: #e3eef8;"
RIGHT = "border: 3px solid #009E73; background: #d9f2e8;"
WRONG = "border: 3px solid #D55E00; background: #fbe3d6;"
PLAIN = "border: 1px solid #888888; background: #ffffff;"


class ChoiceCard(QLabel):
    """A choice: wrapped text in a box that is clicked like a button (a button cannot wrap)."""

    clicked = Signal(int)

    def __init__(self, index: int):
        super().__init__()
        self.index = index
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled():
            self.clicked.emit(self.index)
        event.accept()


def _label(points: int, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setProperty("points", points)
    font = label.font()
    font.setBold(bold)
    label.setFont(font)
    return label


class LessonPanel(QWidget):
    """Shows one step of a lesson; the buttons ask the player to move, play or pick a choice."""

    choice_clicked = Signal(int)
    previous_requested = Signal()
    next_requested = Signal()
    play_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.counter = _label(COUNTER_POINTS, bold=True)
        self.title = _label(TITLE_POINTS, bold=True)
        self.question = _label(QUESTION_POINTS, bold=True)
        self.verdict = _label(BASE_POINTS, bold=True)
        self.choices = [self._choice_button(i) for i in range(MAX_CHOICES)]
        self.notes = _label(BASE_POINTS)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notes.setToolTip(self.tr("The notes of this step."))
        self.previous_button = self._nav(self.tr("◀ Back"), self.previous_requested)
        self.play_button = self._nav(self.tr("Play ▶"), self.play_requested)
        self.next_button = self._nav(self.tr("Next ▶"), self.next_requested)
        self.previous_button.setToolTip(self.tr("The previous step of the lesson (PageUp)."))
        self.play_button.setToolTip(self.tr("Play this step; its end reveals the answer (Space)."))
        self.next_button.setToolTip(self.tr("The next step of the lesson (PageDown)."))
        self._layout()
        self.apply_scales(NORMAL)
        self.show_nothing()

    def _choice_button(self, index: int) -> ChoiceCard:
        card = ChoiceCard(index)
        card.setProperty("points", BASE_POINTS)
        card.setToolTip(self.tr("Pick this answer (key {0}).").format(index + 1))
        card.clicked.connect(self.choice_clicked)
        return card

    def _nav(self, text: str, signal) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space keeps playing the timeline
        # Never wider than the dock allows: a projector's large text must not widen the window.
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        button.setProperty("points", BASE_POINTS)
        button.clicked.connect(signal)
        return button

    def _layout(self) -> None:
        """Everything but the buttons scrolls, so no text sets the dock's (or window's) size."""
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 6, 8, 6)
        for widget in (self.counter, self.title, self.question, *self.choices, self.verdict):
            column.addWidget(widget)
        column.addWidget(self.notes)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # PageDown belongs to the lesson
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.scroll, 1)
        row = QHBoxLayout()
        row.setContentsMargins(8, 0, 8, 0)
        for button in (self.previous_button, self.play_button, self.next_button):
            row.addWidget(button)
        layout.addLayout(row)

    # --- what it shows ----------------------------------------------------------------------

    def show_nothing(self) -> None:
        self.counter.setText(self.tr("No lesson open"))
        self.title.setText(self.tr("Open one from File ▸ Lessons."))
        for widget in (self.question, self.verdict, *self.choices):
            widget.hide()
        self.notes.clear()
        for button in (self.previous_button, self.play_button, self.next_button):
            button.setEnabled(False)

    def show_step(
        self,
        number: int,
        total: int,
        step: LessonStep,
        picked: int | None,
        answer: Answer | None,
    ) -> None:
        """Step `number` (from 1) of `total`; `answer` is None until the step has played."""
        self.counter.setText(self.tr("step {0} / {1}").format(number, total))
        self.title.setText(html.escape(step_title(step, number)))
        notes = _paragraphs(in_language(step.notes))
        self.notes.setText(notes)
        self._show_question(step, picked, answer)
        self.previous_button.setEnabled(number > 1)
        self.next_button.setEnabled(number < total)
        self.play_button.setEnabled(True)

    def _show_question(self, step: LessonStep, picked: int | None, answer: Answer | None) -> None:
        question = step.question
        self.question.setVisible(question is not None)
        self.verdict.setVisible(question is not None and answer is not None)
        count = 0 if question is None else len(question.choices)
        for index, button in enumerate(self.choices):
            button.setVisible(index < count)
            if index >= count:
                continue
            text = f"{index + 1}  {question.choices[index]}"
            style = PICKED if index == picked else PLAIN
            if answer is not None:
                result = answer.choices[index]
                mark = "✓" if result.correct else ("✗" if index == picked else "·")
                text = f"{mark} {text}\n{fact(question.kind, result)}"
                style = RIGHT if result.correct else (WRONG if index == picked else PLAIN)
            button.setText(text)
            button.setStyleSheet(CHOICE_STYLE.format(style))
            button.setCursor(
                Qt.CursorShape.PointingHandCursor if answer is None else Qt.CursorShape.ArrowCursor
            )
        if question is not None:
            self.question.setText(html.escape(prompt(step)))
        if answer is not None:
            self.verdict.setText(html.escape(verdict(answer, picked)))

    def apply_scales(self, scales: Scales) -> None:
        """Larger text in presentation mode (the Style model's text scale)."""
        for widget in self.findChildren(QWidget):
            points = widget.property("points")
            if points:
                font = widget.font()
                font.setPointSizeF(points * scales.text)
                widget.setFont(font)


def _paragraphs(text: str) -> str:
    return "<br><br>".join(html.escape(part) for part in text.split("\n\n"))
