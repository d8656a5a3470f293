"""Lesson files: read defensively (size cap, strict JSON, one message), written atomically."""

from __future__ import annotations

import json
import os

from engine.atomic import write_text
from engine.checks import expect
from engine.json_file import parse_json, read_json
from engine.lessons.lesson_io import lesson_from_dict, lesson_to_dict
from engine.lessons.model import Lesson
from resources import resource

LESSON_FOLDER = resource("lessons")  # the built-in lessons, inside the installed package
MAX_BYTES = 2 * 1024 * 1024  # a lecture's lesson with inline scenes is under 100 kB


def builtin_lessons() -> tuple[str, ...]:
    """The names of the lessons that ship with the app (their file names without .json)."""
    names = (entry.name for entry in LESSON_FOLDER.iterdir() if entry.name.endswith(".json"))
    return tuple(sorted(name[: -len(".json")] for name in names))


def load_builtin(name: str) -> Lesson:
    """A built-in lesson by name; ValueError for an unknown name or a broken file."""
    names = builtin_lessons()
    expect(name in names, f"unknown lesson {name!r}; choose from {', '.join(names)}")
    text = LESSON_FOLDER.joinpath(f"{name}.json").read_text(encoding="utf-8")
    try:
        return lesson_from_dict(parse_json(text, "lesson"))
    except ValueError as error:
        raise ValueError(f"lesson {name!r}: {error}") from None


def lesson_text(lesson: Lesson) -> str:
    return json.dumps(lesson_to_dict(lesson), indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def write_lesson(path, lesson: Lesson) -> None:
    """Replace `path` atomically; ValueError naming the file when it cannot be written."""
    text = lesson_text(lesson)
    try:
        write_text(path, lambda stream: stream.write(text))
    except OSError as error:
        raise ValueError(f"cannot write {os.fspath(path)}: {error.strerror or error}") from None


def read_lesson(path) -> Lesson:
    """Read a lesson file; ValueError with one line naming the file and every problem."""
    name = os.fspath(path)
    try:
        return lesson_from_dict(read_json(name, "lesson", MAX_BYTES))
    except ValueError as error:
        raise ValueError(f"{name}: {' '.join(str(error).split())}") from None
