"""Lessons to and from JSON-ready dicts; a bad lesson is refused naming every bad field at once."""

from __future__ import annotations

from engine.checks import expect, is_whole
from engine.lessons.model import (
    LANGUAGES,
    MAX_CHOICES,
    MIN_CHOICES,
    QUESTION_KINDS,
    Lesson,
    LessonStep,
    Question,
    Text,
)
from engine.scene.presets import PRESETS, load_preset
from engine.scene.scene import Scene
from engine.scene.scene_io import scene_from_dict, scene_to_dict

FORMAT = "descent-lab-lesson"
VERSION = 1
MAX_LESSON_STEPS = 100
MAX_TEXT = 4000  # characters of one note: a slide's worth, many times over
STEP_KEYS = {"scene", "frames", "notes", "title", "question"}
QUESTION_KEYS = {"kind", "choices", "text"}


class Problems:
    """Collects what is wrong with a lesson, so one message names every bad field."""

    def __init__(self):
        self.found: list[str] = []

    def check(self, condition: bool, message: str) -> bool:
        if not condition:
            self.found.append(message)
        return condition

    def raise_if_any(self) -> None:
        if len(self.found) == 1:
            raise ValueError(self.found[0])
        if self.found:
            raise ValueError(f"{len(self.found)} problems: " + "; ".join(self.found))


def lesson_to_dict(lesson: Lesson) -> dict:
    return {
        "format": FORMAT,
        "version": VERSION,
        "title": _text_to_dict(lesson.title),
        "steps": [_step_to_dict(step) for step in lesson.steps],
    }


def _step_to_dict(step: LessonStep) -> dict:
    data = {
        "scene": step.preset if step.preset is not None else scene_to_dict(step.scene),
        "frames": [step.first, step.last],
        "notes": _text_to_dict(step.notes),
    }
    if step.title.en or step.title.ko:
        data["title"] = _text_to_dict(step.title)
    if step.question is not None:
        question = step.question
        data["question"] = {"kind": question.kind, "choices": list(question.choices)}
        if question.text.en or question.text.ko:
            data["question"]["text"] = _text_to_dict(question.text)
    return data


def _text_to_dict(text: Text) -> dict:
    return {"en": text.en, "ko": text.ko}


def lesson_from_dict(data) -> Lesson:
    """Rebuild a Lesson; ValueError naming every problem found (steps are checked one by one)."""
    expect(isinstance(data, dict), "the file must hold a JSON object")
    expect(data.get("format") == FORMAT, f'not a Descent Lab lesson (no "format": "{FORMAT}")')
    version = data.get("version")
    expect(is_whole(version) and version >= 1, "missing or bad 'version'")
    expect(version <= VERSION, f"version {version} is newer than this app reads ({VERSION})")
    problems = Problems()
    title = _text(data.get("title"), "'title'", problems, required=True)
    steps = data.get("steps")
    if problems.check(
        isinstance(steps, list) and 1 <= len(steps) <= MAX_LESSON_STEPS,
        f"'steps' must be a list of 1-{MAX_LESSON_STEPS} steps",
    ):
        steps = [_step(step, f"step {i + 1}", problems) for i, step in enumerate(steps)]
    problems.raise_if_any()
    return Lesson(title, tuple(steps))


def _step(data, where: str, problems: Problems) -> LessonStep | None:
    if not problems.check(isinstance(data, dict), f"{where} must be a JSON object"):
        return None
    unknown = sorted(set(data) - STEP_KEYS)
    problems.check(not unknown, f"{where}: unknown field {', '.join(map(repr, unknown))}")
    notes = _text(data.get("notes"), f"{where}: 'notes'", problems)
    title = _text(data.get("title", {}), f"{where}: 'title'", problems)
    scene, preset = _scene(data.get("scene"), where, problems)
    if scene is None:
        return None
    frames = _frames(data.get("frames"), scene, where, problems)
    question = _question(data.get("question"), scene, where, problems)
    if frames is None or notes is None or title is None or question is False:
        return None
    return LessonStep(scene, *frames, notes, title, question, preset)


def _scene(data, where: str, problems: Problems) -> tuple[Scene | None, str | None]:
    if isinstance(data, str):
        known = problems.check(
            data in PRESETS, f"{where}: unknown preset {data!r}; choose from {', '.join(PRESETS)}"
        )
        return (load_preset(data).scene, data) if known else (None, None)
    try:
        return scene_from_dict(data), None
    except (ValueError, TypeError, RecursionError) as error:
        problems.check(False, f"{where}: 'scene' must be a preset's name or a scene: {error}")
        return None, None


def _frames(data, scene: Scene, where: str, problems: Problems) -> tuple[int, int] | None:
    steps = scene.steps
    good = (
        isinstance(data, list)
        and len(data) == 2
        and all(is_whole(v) for v in data)
        and 0 <= data[0] < data[1] <= steps
    )
    message = f"{where}: 'frames' must be [first, last], whole numbers, 0 ≤ first < last ≤ {steps}"
    return (int(data[0]), int(data[1])) if problems.check(good, message) else None


def _question(data, scene: Scene, where: str, problems: Problems):
    """The Question, None when there is none, False when it is bad (already reported)."""
    if data is None:
        return None
    where = f"{where}: question"
    if not problems.check(isinstance(data, dict), f"{where} must be a JSON object"):
        return False
    unknown = sorted(set(data) - QUESTION_KEYS)
    good = problems.check(not unknown, f"{where}: unknown field {', '.join(map(repr, unknown))}")
    kind, choices = data.get("kind"), data.get("choices")
    good &= problems.check(
        kind in QUESTION_KINDS,
        f"{where}: unknown kind {kind!r}; choose from {', '.join(QUESTION_KINDS)}",
    )
    names = [run.name for run in scene.runs]
    good &= problems.check(
        isinstance(choices, list)
        and MIN_CHOICES <= len(choices) <= MAX_CHOICES
        and all(isinstance(c, str) for c in choices)
        and len(set(choices)) == len(choices),
        f"{where}: 'choices' must be a list of {MIN_CHOICES}-{MAX_CHOICES} different run names",
    )
    if good:
        strangers = [c for c in choices if c not in names]
        good &= problems.check(
            not strangers,
            f"{where}: choice {', '.join(map(repr, strangers))} is not a run of this step's scene"
            f" ({', '.join(map(repr, names))})",
        )
    text = _text(data.get("text", {}), f"{where}: 'text'", problems)
    return Question(kind, tuple(choices), text) if good and text is not None else False


def _text(data, what: str, problems: Problems, required: bool = False) -> Text | None:
    message = f'{what} must be {{"en": text, "ko": text}} of at most {MAX_TEXT} characters each'
    good = (
        isinstance(data, dict)
        and set(data) <= set(LANGUAGES)
        and all(isinstance(v, str) and len(v) <= MAX_TEXT for v in data.values())
    )
    if not problems.check(good, message):
        return None
    text = Text(data.get("en", ""), data.get("ko", ""))
    if required and not problems.check(bool(text.en.strip()), f"{what} needs English text"):
        return None
    return text
