"""Session files: a scene plus where the viewer was (frame, view, selection), read defensively."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

from engine.atomic import write_text
from engine.checks import expect, is_box, is_finite, is_whole
from engine.json_file import read_json
from engine.scene.scene import Scene
from engine.scene.scene_io import scene_from_dict, scene_to_dict

FORMAT = "descent-lab-session"
VERSION = 1
MAX_BYTES = 10 * 1024 * 1024  # a real session is a few kB: refuse anything near this unread


@dataclass(frozen=True)
class SessionState:
    scene: Scene
    frame: int = 0
    view: tuple[float, float, float, float] | None = None  # x_min, x_max, y_min, y_max
    selected: int = 0
    # The student's optim.py of homework mode, (path, sha256): only a reference. Nothing
    # reading a session runs it; the window asks first (and remembers the answer per hash).
    student: tuple[str, str] | None = None


def session_to_dict(state: SessionState) -> dict:
    return {
        "format": FORMAT,
        "version": VERSION,
        "scene": scene_to_dict(state.scene),
        "frame": state.frame,
        "view": None if state.view is None else [float(v) for v in state.view],
        "selected": state.selected,
        **(
            {}
            if state.student is None
            else {"student": dict(zip(("path", "sha256"), state.student, strict=True))}
        ),
    }


def session_from_dict(data) -> SessionState:
    """Rebuild a SessionState; ValueError naming the first problem found."""
    expect(isinstance(data, dict), "the file must hold a JSON object")
    expect(data.get("format") == FORMAT, f'not a Descent Lab session (no "format": "{FORMAT}")')
    version = data.get("version")
    expect(is_whole(version) and version >= 1, "missing or bad 'version'")
    expect(version <= VERSION, f"version {version} is newer than this app reads ({VERSION})")
    scene = scene_from_dict(data.get("scene"))
    frame = data.get("frame", 0)
    expect(is_whole(frame) and 0 <= frame <= scene.steps, f"'frame' must be 0..{scene.steps}")
    selected = data.get("selected", 0)
    expect(
        is_whole(selected) and -1 <= selected < len(scene.runs),
        f"'selected' must be -1..{len(scene.runs) - 1}",
    )
    return SessionState(scene, frame, _view(data.get("view")), selected, _student(data))


def _student(data: dict) -> tuple[str, str] | None:
    student = data.get("student")
    if student is None:
        return None
    expect(
        isinstance(student, dict)
        and isinstance(student.get("path"), str)
        and isinstance(student.get("sha256"), str)
        and len(student["sha256"]) == 64,
        '\'student\' must be null or {"path": text, "sha256": 64 hex digits}',
    )
    return student["path"], student["sha256"].lower()


def _view(view) -> tuple[float, float, float, float] | None:
    if view is None:
        return None
    expect(
        isinstance(view, list) and len(view) == 4 and all(is_finite(v) for v in view),
        "'view' must be null or four finite numbers [x_min, x_max, y_min, y_max]",
    )
    box = tuple(float(v) for v in view)
    expect(is_box(box), "'view' must have x_min < x_max and y_min < y_max")
    return box


def write_session(path, state: SessionState) -> None:
    """Replace `path` atomically: a reader sees the old file or the whole new one, never half."""
    text = json.dumps(session_to_dict(state), indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    try:
        write_text(path, lambda stream: stream.write(text))
    except OSError as error:
        raise ValueError(f"cannot write {os.fspath(path)}: {error.strerror or error}") from None


def read_session(path) -> SessionState:
    """Read a session file; ValueError with one line naming the file and the problem."""
    name = os.fspath(path)
    try:
        return session_from_dict(read_json(name, "session", MAX_BYTES))
    except ValueError as error:
        raise ValueError(f"{name}: {' '.join(str(error).split())}") from None
