"""Lesson files: read defensively (size cap, strict JSON, one message), written atomically."""

from __future__ import annotations

import json
import os

from engine.atomic import write_text
from engine.checks import expect
from engine.lessons.lesson_io import lesson_from_dict, lesson_to_dict
from engine.lessons.model import Lesson
from resources import resource

LESSON_FOLDER = resource("lessons")  # the built-in lessons, inside the installed package
MAX_BYTES = 2 * 1024 * 1024  # a lecture's lesson with inline scenes is under 100 kB
MAX_NUMBER_DIGITS = 100


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
        return lesson_from_dict(parse(text))
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
        return lesson_from_dict(parse(_read_text(name)))
    except ValueError as error:
        raise ValueError(f"{name}: {' '.join(str(error).split())}") from None


def _read_text(path: str) -> str:
    if not os.path.exists(path):
        raise ValueError("no such file")
    if os.path.isdir(path):
        raise ValueError("it is a folder, not a lesson file")
    try:
        size = os.path.getsize(path)
        limit = MAX_BYTES // (1024 * 1024)
        expect(
            size <= MAX_BYTES,
            f"too large ({size / 1e6:.1f} MB; a lesson is at most {limit} MB)",
        )
        with open(path, "rb") as stream:
            raw = stream.read(MAX_BYTES + 1)
    except OSError as error:
        raise ValueError(f"cannot read it: {error.strerror or error}") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text") from None


def parse(text: str):
    """Strict JSON: no NaN or Infinity, no absurdly long numbers, no deep nesting."""
    try:
        return json.loads(text, parse_constant=_refuse_constant, parse_float=_float, parse_int=_int)
    except json.JSONDecodeError as error:
        if error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated string"):
            raise ValueError("the JSON ends too early (the file is truncated)") from None
        raise ValueError(
            f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from None
    except RecursionError:
        raise ValueError("the JSON is nested too deeply") from None


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a number a lesson may hold")


def _float(text: str) -> float:
    expect(len(text) <= MAX_NUMBER_DIGITS, f"the number {text[:20]}… is too long")
    value = float(text)
    expect(value not in (float("inf"), float("-inf")), f"the number {text[:20]} is too large")
    return value


def _int(text: str) -> int:
    expect(len(text) <= MAX_NUMBER_DIGITS, f"the number {text[:20]}… is too long")
    return int(text)
