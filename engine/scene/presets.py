"""The lecture's presets: scenes reproducing its figures, each with a title and an explanation."""

from __future__ import annotations

import json
from dataclasses import dataclass

from engine.scene.scene import Scene
from engine.scene.scene_io import scene_from_dict
from resources import resource

PRESET_FOLDER = resource("presets")  # inside the installed package (importlib.resources)

# Menu order follows the lecture: SGD's problems, momentum, Nesterov, lr size, adaptive methods,
# AdamW's decoupled decay, the racing demo (fig. 5-13), and learning-rate decay.
PRESETS: tuple[str, ...] = (
    "momentum-vs-sgd",
    "noisy-gradients",
    "momentum-forms",
    "nesterov-lookahead",
    "learning-rate-size",
    "adagrad-vs-rmsprop",
    "adam-bias-correction",
    "adamw-vs-adam",
    "canyon-race",
    "saddle-race",
    "lr-decay",
)


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
    return Preset(name, title.strip(), " ".join(explanation.split()), scene, frame)
