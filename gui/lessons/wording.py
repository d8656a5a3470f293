"""What the lesson player says: each question kind's prompt, each choice's fact, the verdict."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from engine.scene.presets import load_preset
from gui.i18n import current_language, engine_text, translator

if TYPE_CHECKING:  # names of types only: the caller has the lesson modules imported already
    from engine.lessons.answers import Answer, ChoiceResult
    from engine.lessons.model import LessonStep, Text

CONTEXT = "LessonText"
PROMPTS = {
    "first_to_converge": QT_TRANSLATE_NOOP("LessonText", "Which run reaches the minimum first?"),
    "last_to_converge": QT_TRANSLATE_NOOP("LessonText", "Which run reaches the minimum last?"),
    "lowest_final_loss": QT_TRANSLATE_NOOP("LessonText", "Which run ends with the lowest loss?"),
    "highest_final_loss": QT_TRANSLATE_NOOP("LessonText", "Which run ends with the highest loss?"),
    "diverges": QT_TRANSLATE_NOOP("LessonText", "Which run diverges?"),
    "stuck_in_local_minimum": QT_TRANSLATE_NOOP(
        "LessonText", "Which run gets stuck in a local minimum?"
    ),
}
# The editor's names for the kinds.
KIND_NAMES = {
    "first_to_converge": QT_TRANSLATE_NOOP("LessonText", "first to reach the minimum"),
    "last_to_converge": QT_TRANSLATE_NOOP("LessonText", "last to reach the minimum"),
    "lowest_final_loss": QT_TRANSLATE_NOOP("LessonText", "lowest loss at the end"),
    "highest_final_loss": QT_TRANSLATE_NOOP("LessonText", "highest loss at the end"),
    "diverges": QT_TRANSLATE_NOOP("LessonText", "diverges"),
    "stuck_in_local_minimum": QT_TRANSLATE_NOOP("LessonText", "stuck in a local minimum"),
}


tr = translator(CONTEXT)


def in_language(text: Text) -> str:
    """A lesson's text in the interface language (English when it has no translation)."""
    return text.in_language(current_language())


def step_title(step: LessonStep, number: int) -> str:
    """The step's own title, else its preset's (translated), else 'Step N'."""
    own = in_language(step.title)
    if own.strip():
        return own
    if step.preset is not None:
        return engine_text(load_preset(step.preset).title)
    return tr("Step {0}").format(number)


def prompt(step: LessonStep) -> str:
    question = step.question
    own = in_language(question.text) if question is not None else ""
    return own if own.strip() else tr(PROMPTS[question.kind])


def fact(kind: str, choice: ChoiceResult) -> str:
    """What the runs say about one choice, e.g. 'reached the minimum at step 34'."""
    value = choice.value
    if choice.run is None:
        return tr("no run of this name in the scene")
    if kind in ("first_to_converge", "last_to_converge"):
        if value == math.inf:
            return tr("not at the minimum by the last step")
        return tr("at the minimum from step {0}").format(int(value))
    if kind in ("lowest_final_loss", "highest_final_loss"):
        return tr("diverged") if value == math.inf else tr("loss {0}").format(f"{value:.3g}")
    if kind == "diverges":
        return (
            tr("stayed finite")
            if value == math.inf
            else tr("diverged at step {0}").format(int(value))
        )
    return tr("stuck in a local minimum") if value != math.inf else tr("not in a local minimum")


def verdict(answer: Answer, picked: int | None) -> str:
    """One sentence after playing: right or not, and which choice the runs say is right."""
    right = [answer.choices[i].name for i in answer.correct]
    if not right:
        return tr("None of these choices is right: see what each run did.")
    names = ", ".join(right)
    if picked is None:
        return tr("The runs' answer: {0}.").format(names)
    if picked in answer.correct:
        return tr("Right: {0}.").format(names)
    return tr("Not quite: the runs say {0}.").format(names)
