"""Lesson files: they round-trip, and every hostile file is refused with a message naming it."""

import json

import pytest

from engine.lessons.lesson_file import (
    MAX_BYTES,
    builtin_lessons,
    lesson_text,
    load_builtin,
    read_lesson,
    write_lesson,
)
from engine.lessons.lesson_io import MAX_LESSON_STEPS, lesson_from_dict, lesson_to_dict
from engine.lessons.model import Lesson, LessonStep, Question, Text
from engine.scene.scene import default_scene
from engine.scene.scene_io import scene_to_dict


def good() -> dict:
    """A small valid lesson: one preset step with a question, one inline step without."""
    return {
        "format": "descent-lab-lesson",
        "version": 1,
        "title": {"en": "Test lesson", "ko": "시험 수업"},
        "steps": [
            {
                "scene": "momentum-vs-sgd",
                "frames": [0, 150],
                "notes": {"en": "Watch the zig-zag.", "ko": "지그재그를 보세요."},
                "question": {
                    "kind": "first_to_converge",
                    "choices": ["SGD (lr 0.092)", "Momentum (lr 0.025, α 0.75)"],
                },
            },
            {
                "scene": scene_to_dict(default_scene()),
                "frames": [10, 60],
                "title": {"en": "The canyon", "ko": ""},
                "notes": {"en": "Six racers.", "ko": ""},
            },
        ],
    }


def test_a_lesson_round_trips_through_a_file(tmp_path):
    lesson = lesson_from_dict(good())
    path = tmp_path / "lesson.json"
    write_lesson(path, lesson)
    again = read_lesson(path)
    assert again == lesson
    assert lesson_to_dict(again) == lesson_to_dict(lesson)
    assert again.steps[0].preset == "momentum-vs-sgd" and again.steps[1].preset is None
    assert again.steps[1].first == 10 and again.steps[1].last == 60


def test_an_edited_lesson_round_trips():
    lesson = lesson_from_dict(good())
    step = lesson.steps[1].replace(
        notes=Text("New notes", "새 메모"),
        question=Question("lowest_final_loss", ("SGD", "Adam"), Text("Who?", "누구?")),
    )
    edited = lesson.replace_step(1, step).moved(1, 0)
    assert lesson_from_dict(json.loads(lesson_text(edited))) == edited


def test_the_builtin_lesson_loads_and_round_trips():
    assert "lecture-5.2" in builtin_lessons()
    lesson = load_builtin("lecture-5.2")
    assert isinstance(lesson, Lesson) and len(lesson) >= 7
    for step in lesson.steps:
        assert step.notes.en.strip() and step.notes.ko.strip()
    assert lesson_from_dict(lesson_to_dict(lesson)) == lesson


def _edit(change):
    data = good()
    change(data)
    return data


def _set(path, value):
    def change(data):
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


STEP = ("steps", 0)
HOSTILE = [
    ("wrong version", _set(("version",), 99), "version 99 is newer"),
    ("no version", _set(("version",), "1"), "'version'"),
    ("not a lesson", _set(("format",), "descent-lab-session"), "not a Descent Lab lesson"),
    ("unknown preset", _set((*STEP, "scene"), "no-such-preset"), "unknown preset 'no-such-preset'"),
    ("bad inline scene", _set((*STEP, "scene"), {"version": 1}), "step 1: 'scene'"),
    ("frames reversed", _set((*STEP, "frames"), [100, 20]), "step 1: 'frames'"),
    ("frames past the end", _set((*STEP, "frames"), [0, 151]), "last ≤ 150"),
    ("frames not numbers", _set((*STEP, "frames"), ["0", 10]), "step 1: 'frames'"),
    ("too many steps", _set(("steps",), [good()["steps"][0]] * (MAX_LESSON_STEPS + 1)), "1-100"),
    ("no steps", _set(("steps",), []), "'steps' must be a list"),
    ("notes a string", _set((*STEP, "notes"), "hello"), "step 1: 'notes'"),
    ("notes a number", _set((*STEP, "notes"), {"en": 3}), "step 1: 'notes'"),
    ("title missing", _set(("title",), None), "'title'"),
    ("title empty", _set(("title",), {"en": " ", "ko": "x"}), "'title' needs English text"),
    ("unknown step field", _set((*STEP, "answer"), "SGD"), "unknown field 'answer'"),
    ("question kind", _set((*STEP, "question", "kind"), "best_run"), "unknown kind 'best_run'"),
    ("choices not runs", _set((*STEP, "question", "choices"), ["SGD", "Adam"]), "not a run"),
    ("one choice", _set((*STEP, "question", "choices"), ["SGD (lr 0.092)"]), "2-4 different"),
    ("choices repeat", _set((*STEP, "question", "choices"), ["SGD (lr 0.092)"] * 2), "different"),
    ("typed answer", _set((*STEP, "question", "answer"), "SGD"), "unknown field 'answer'"),
    ("steps a dict", _set(("steps",), {"a": 1}), "'steps' must be a list"),
    ("step a list", _set(("steps",), [[1, 2]]), "step 1 must be a JSON object"),
]


@pytest.mark.parametrize(("why", "change", "message"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_a_hostile_lesson_is_refused_naming_the_problem(tmp_path, why, change, message):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(_edit(change)), encoding="utf-8")
    with pytest.raises(ValueError, match="bad.json: ") as error:
        read_lesson(path)
    assert message in str(error.value)


def test_every_bad_field_is_named_in_one_message():
    data = good()
    data["steps"][0]["frames"] = [5, 5]
    data["steps"][1]["scene"] = "nope"
    data["steps"][0]["question"]["kind"] = "who_knows"
    with pytest.raises(ValueError) as error:
        lesson_from_dict(data)
    text = str(error.value)
    assert text.startswith("3 problems: ")
    for part in ("step 1: 'frames'", "step 2: unknown preset 'nope'", "unknown kind 'who_knows'"):
        assert part in text


BAD_BYTES = [
    ("not JSON", b"{this is not json", "not valid JSON"),
    ("truncated", b'{"format": "descent-lab-lesson", "version": 1, "steps": [', "ends too early"),
    ("not UTF-8", b'{"title": "\xff\xfe"}', "not UTF-8"),
    ("NaN", b'{"version": NaN}', "NaN is not a number"),
    ("huge number", b'{"version": ' + b"9" * 5000 + b"}", "is too large"),
    ("deep nesting", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ("a list", b"[1, 2]", "must hold a JSON object"),
]


@pytest.mark.parametrize(("why", "raw", "message"), BAD_BYTES, ids=[b[0] for b in BAD_BYTES])
def test_unreadable_bytes_are_refused(tmp_path, why, raw, message):
    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    with pytest.raises(ValueError, match=message):
        read_lesson(path)


def test_a_huge_file_is_refused_unread(tmp_path):
    path = tmp_path / "huge.json"
    with open(path, "wb") as stream:
        stream.truncate(MAX_BYTES + 1)  # sparse: nothing is written or read
    with pytest.raises(ValueError, match="too large"):
        read_lesson(path)


def test_a_missing_file_or_a_folder_is_refused(tmp_path):
    with pytest.raises(ValueError, match="no such file"):
        read_lesson(tmp_path / "gone.json")
    with pytest.raises(ValueError, match="a folder"):
        read_lesson(tmp_path)


def test_an_unwritable_place_is_reported(tmp_path):
    lesson = lesson_from_dict(good())
    with pytest.raises(ValueError, match="cannot write"):
        write_lesson(tmp_path / "no-such-folder" / "lesson.json", lesson)


def test_a_step_refuses_a_frame_range_outside_its_scene():
    with pytest.raises(ValueError, match="frames"):
        LessonStep(default_scene(), 0, 401)


def test_model_edits_keep_the_others_in_order():
    lesson = lesson_from_dict(good())
    first, second = lesson.steps
    three = lesson.with_step(first.replace(first=5))
    assert three.moved(0, 2).steps == (second, three.steps[2], first)
    assert three.moved(2, 0).steps == (three.steps[2], first, second)
    assert three.without(1).steps == (first, three.steps[2])
