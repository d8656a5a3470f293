"""The lesson record: steps of a scene, a frame range, bilingual notes and an optional question."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from engine.lessons.limits import MAX_CHOICES, MIN_CHOICES
from engine.scene.scene import Scene

LANGUAGES = ("en", "ko")
# What a question may ask; the answer is always computed from the runs (engine.lessons.answers).
QUESTION_KINDS = (
    "first_to_converge",  # which run settles at a lowest minimum first
    "last_to_converge",  # which run settles there last (never counts as last)
    "lowest_final_loss",  # which run has the lowest loss at the step's last frame
    "highest_final_loss",  # which run has the highest loss there (a diverged run: infinite)
    "diverges",  # which runs diverge within the step's frames
    "stuck_in_local_minimum",  # which runs end the step in a minimum that is not the lowest
)


@dataclass(frozen=True)
class Text:
    """One text in English and Korean; Korean may be empty (English is shown instead)."""

    en: str = ""
    ko: str = ""

    def __post_init__(self):
        for name in LANGUAGES:
            if not isinstance(getattr(self, name), str):
                raise ValueError(f"'{name}' must be text")

    def in_language(self, lang: str) -> str:
        """The text in `lang`, falling back to English when that language has none."""
        text = self.ko if lang == "ko" else self.en
        return text if text.strip() else self.en


@dataclass(frozen=True)
class Question:
    """Asked before a step plays: `kind` says what, `choices` name runs of the step's scene."""

    kind: str
    choices: tuple[str, ...]
    text: Text = field(default_factory=Text)  # empty: the kind's own wording

    def __post_init__(self):
        if self.kind not in QUESTION_KINDS:
            raise ValueError(f"unknown question kind {self.kind!r}")
        if not MIN_CHOICES <= len(self.choices) <= MAX_CHOICES:
            raise ValueError(f"a question has {MIN_CHOICES}-{MAX_CHOICES} choices")


@dataclass(frozen=True)
class LessonStep:
    """A scene (from preset `preset`, or inline when None) played from `first` to `last`."""

    scene: Scene
    first: int
    last: int
    notes: Text = field(default_factory=Text)
    title: Text = field(default_factory=Text)  # empty: the preset's title
    question: Question | None = None
    preset: str | None = None

    def __post_init__(self):
        if not 0 <= self.first < self.last <= self.scene.steps:
            raise ValueError(f"frames {self.first}..{self.last} must lie in 0..{self.scene.steps}")

    def run_names(self) -> tuple[str, ...]:
        return tuple(run.name for run in self.scene.runs)

    def replace(self, **changes) -> LessonStep:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class Lesson:
    """A titled, ordered list of steps."""

    title: Text
    steps: tuple[LessonStep, ...]

    def __len__(self) -> int:
        return len(self.steps)

    def replace_step(self, index: int, step: LessonStep) -> Lesson:
        steps = list(self.steps)
        steps[index] = step
        return dataclasses.replace(self, steps=tuple(steps))

    def moved(self, index: int, to: int) -> Lesson:
        """The lesson with step `index` moved to position `to` (the others keep their order)."""
        steps = list(self.steps)
        steps.insert(to, steps.pop(index))
        return dataclasses.replace(self, steps=tuple(steps))

    def without(self, index: int) -> Lesson:
        steps = self.steps[:index] + self.steps[index + 1 :]
        return dataclasses.replace(self, steps=steps)

    def with_step(self, step: LessonStep) -> Lesson:
        return dataclasses.replace(self, steps=self.steps + (step,))
