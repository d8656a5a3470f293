"""Session files: round trips to identical runs, atomic writes, and a table of hostile files."""

import json
import os

import numpy as np
import pytest

from engine.run.simulate import simulate
from engine.scene import session_file
from engine.scene.presets import load_preset
from engine.scene.scene import default_scene
from engine.scene.scene_io import scene_to_dict
from engine.scene.session_file import (
    FORMAT,
    MAX_BYTES,
    SessionState,
    read_session,
    session_to_dict,
    write_session,
)

ARRAYS = ("positions", "losses", "gradients", "lrs", "updates", "effective_lrs")


def simulated(scene):
    return [
        simulate(scene.surface, s.optimizer, s.start, scene.steps, s.schedule, s.noise, s.seed)
        for s in scene.runs
    ]


def valid() -> dict:
    state = SessionState(load_preset("lr-decay").scene, 12, (-1.0, 1.5, -0.5, 0.75), 2)
    return session_to_dict(state)


@pytest.mark.parametrize("preset", ["lr-decay", "momentum-forms", "canyon-race"])
def test_round_trip_gives_an_equal_scene_and_identical_runs(tmp_path, preset):
    scene = load_preset(preset).scene
    state = SessionState(scene, 7, (-2.0, 2.5, -1.25, 1.0), 1)
    path = tmp_path / "s.json"
    write_session(path, state)
    back = read_session(path)
    assert back == state
    for before, after in zip(simulated(scene), simulated(back.scene)):
        for name in ARRAYS:
            np.testing.assert_array_equal(getattr(before, name), getattr(after, name))
        for field, history in before.states.items():
            np.testing.assert_array_equal(history, after.states[field])


def test_file_layout_is_the_documented_one(tmp_path):
    path = tmp_path / "s.json"
    write_session(path, SessionState(default_scene(), 0, None, -1))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == FORMAT and data["version"] == 1
    assert data["scene"] == scene_to_dict(default_scene())
    assert data["view"] is None and data["frame"] == 0 and data["selected"] == -1
    assert read_session(path).view is None


def test_write_replaces_atomically_and_leaves_no_temp_file(tmp_path, monkeypatch):
    path = tmp_path / "s.json"
    write_session(path, SessionState(default_scene(), 3))
    original = path.read_bytes()

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(session_file.os, "replace", broken_replace)
    with pytest.raises(ValueError, match="cannot write .*No space left"):
        write_session(path, SessionState(load_preset("saddle-race").scene, 9))
    assert path.read_bytes() == original  # the old file is whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.json"]


def test_write_syncs_before_replacing(tmp_path, monkeypatch):
    calls = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(
        session_file.os, "fsync", lambda fd: calls.append("fsync") or real_fsync(fd)
    )
    monkeypatch.setattr(
        session_file.os, "replace", lambda a, b: calls.append("replace") or real_replace(a, b)
    )
    write_session(tmp_path / "s.json", SessionState(default_scene()))
    assert calls == ["fsync", "replace"]


def test_write_into_a_missing_folder_is_a_value_error(tmp_path):
    with pytest.raises(ValueError, match="cannot write"):
        write_session(tmp_path / "nope" / "s.json", SessionState(default_scene()))


def deep(levels: int) -> str:
    return "[" * levels + "]" * levels


def changed(**changes) -> bytes:
    return json.dumps({**valid(), **changes}).encode()


def scene_changed(**changes) -> bytes:
    return changed(scene={**valid()["scene"], **changes})


def without(key: str) -> bytes:
    return json.dumps({k: v for k, v in valid().items() if k != key}).encode()


def replaced(old: str, new: str) -> bytes:
    return json.dumps(valid()).replace(old, new).encode()


BAD_FILES = [
    ("not utf-8", b"\xff\xfe{\x00", "not UTF-8"),
    ("not json", b"hello", "not valid JSON"),
    ("truncated", json.dumps(valid())[:-40].encode(), "truncated"),
    ("empty", b"", "truncated"),
    ("a list", b"[1, 2]", "JSON object"),
    ("wrong format", changed(format="other"), "not a Descent Lab"),
    ("no format", without("format"), "format"),
    ("newer", changed(version=2), "newer"),
    ("bad version", changed(version="1"), "version"),
    ("NaN literal", replaced('"frame": 12', '"frame": NaN'), "NaN"),
    ("Infinity", replaced("-0.5", "-Infinity"), "Infinity"),
    ("huge float", replaced("-0.5", "-1e999"), "too large"),
    ("huge int", replaced('"frame": 12', '"frame": ' + "9" * 5000), "too large"),
    ("deep nesting", b'{"format": "descent-lab-session", "x": ' + deep(100_000).encode() + b"}",
     "nested too deeply"),
    ("frame type", changed(frame="12"), "'frame'"),
    ("frame range", changed(frame=301), "'frame'"),
    ("frame bool", changed(frame=True), "'frame'"),
    ("view short", changed(view=[0, 1, 2]), "'view'"),
    ("view order", changed(view=[1, 0, 0, 1]), "x_min < x_max"),
    ("view text", changed(view="all"), "'view'"),
    ("selected", changed(selected=4), "'selected'"),
    ("scene missing", without("scene"), "scene"),
    ("scene surface", scene_changed(surface={"name": "moon"}), "unknown surface 'moon'"),
    ("scene runs", scene_changed(runs="four"), "'runs'"),
    ("scene steps", scene_changed(steps=-3), "'steps'"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("content", "message"), [b[1:] for b in BAD_FILES], ids=[b[0] for b in BAD_FILES]
)
def test_bad_file_is_one_line_value_error_naming_file_and_problem(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ValueError, match=message) as caught:
        read_session(path)
    text = str(caught.value)
    assert text.startswith(str(path)) and "\n" not in text and len(text) < 300


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ValueError, match="no such file"):
        read_session(tmp_path / "gone.json")
    with pytest.raises(ValueError, match="folder"):
        read_session(tmp_path)


def test_a_file_above_the_limit_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.json"
    with open(path, "wb") as stream:
        stream.truncate(50 * 1024 * 1024)  # sparse: 50 MB of zeros, no disk spent

    def no_open(*args, **kwargs):
        raise AssertionError("a huge file must not be opened")

    monkeypatch.setattr("builtins.open", no_open)
    with pytest.raises(ValueError, match="too large"):
        read_session(path)
    assert MAX_BYTES == 10 * 1024 * 1024


def test_a_file_just_under_the_limit_is_read(tmp_path):
    path = tmp_path / "padded.json"
    text = json.dumps(valid())
    path.write_text(text + " " * (MAX_BYTES - len(text) - 1), encoding="utf-8")
    assert read_session(path).frame == 12
