"""The lecture's presets: scenes reproducing its figures, each with a title and an explanation."""

from __future__ import annotations

import json
from dataclasses import dataclass

from engine.scene.scene import Scene
from engine.scene.scene_io import scene_from_dict
from resources import resource

PRESET_FOLDER = resource("presets")  # inside the installed package (importlib.resources)

UNORDERED = 10**6  # a file without a valid "order" goes last, by name


def lecture_order(folder=PRESET_FOLDER) -> tuple[str, ...]:
    """Every NAME.json of the presets folder, sorted by each file's "order" number.

    The numbers follow the lecture: SGD's problems, momentum, Nesterov, lr size, adaptive
    methods, AdamW's decoupled decay, the racing demo (fig. 5-13), learning-rate decay. A
    broken file is still listed (load_preset then says what is wrong with it).
    """
    entries = []
    for path in folder.iterdir():
        if path.name.endswith(".json"):
            try:
                order = json.loads(path.read_text(encoding="utf-8")).get("order")
            except (OSError, ValueError, AttributeError):
                order = None
            valid = isinstance(order, int) and not isinstance(order, bool)
            entries.append((order if valid else UNORDERED, path.name[: -len(".json")]))
    return tuple(name for _order, name in sorted(entries))


# Read from the folder, so adding a preset is adding its file.
PRESETS: tuple[str, ...] = lecture_order()


@dataclass(frozen=True)
class Preset:
    """A scene to open, what it shows (title, one paragraph) and the frame to open at.

    The first run is the one to select: it is the run the explanation talks about.
    """

    name: str
    title: str
    explanation: str
    scene: Scene
    frame: int = 0


def load_preset(name: str) -> Preset:
    """Read PRESET_FOLDER/NAME.json; ValueError for an unknown name or a broken file."""
    if name not in PRESETS:
        raise ValueError(f"unknown preset {name!r}; choose from {', '.join(PRESETS)}")
    path = PRESET_FOLDER / f"{name}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return preset_from_dict(name, data)
    except (OSError, ValueError) as error:
        raise ValueError(f"preset {name!r} cannot be read: {error}") from None


def preset_heading(name: str) -> tuple[str, str]:
    """A preset's (title, explanation) for its menu entry, read without building its scene:
    the menu lists every preset at start-up. `load_preset` checks the whole file when chosen."""
    try:
        data = json.loads((PRESET_FOLDER / f"{name}.json").read_text(encoding="utf-8"))
        title, explanation = data["title"], data["explanation"]
    except (OSError, ValueError, TypeError, KeyError):
        return name, ""
    if not (isinstance(title, str) and isinstance(explanation, str)):
        return name, ""
    return title.strip(), " ".join(explanation.split())


def preset_from_dict(name: str, data) -> Preset:
    """A Preset from a scene dict carrying "title", "explanation" and an optional "frame"."""
    if not isinstance(data, dict):
        raise ValueError("a preset must be a JSON object")
    scene = scene_from_dict(data)
    title, explanation = data.get("title"), data.get("explanation")
    for key, value in (("title", title), ("explanation", explanation)):
        if not (isinstance(value, str) and value.strip()):
            raise ValueError(f"'{key}' must be non-empty text")
    frame = data.get("frame", 0)
    if not (isinstance(frame, int) and not isinstance(frame, bool) and 0 <= frame <= scene.steps):
        raise ValueError(f"'frame' must be a whole number 0..{scene.steps}")
    order = data.get("order", UNORDERED)
    if not (isinstance(order, int) and not isinstance(order, bool)):
        raise ValueError("'order' (the preset's place in the lecture) must be a whole number")
    return Preset(name, title.strip(), " ".join(explanation.split()), scene, frame)
