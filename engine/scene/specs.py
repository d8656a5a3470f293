"""Read and write the text form `name(key=value, ...)` of optimizers, schedules and surfaces.

A value may itself be a schedule's spec, unquoted: `warmup(steps=10, then=cosine(period=100))`
(only a registered schedule name opens a nested spec, so `lr=sin(1)` is still refused).
"""

from __future__ import annotations

from engine.optimizers import OPTIMIZERS
from engine.schedules import SCHEDULES
from engine.spec_text import (  # noqa: F401  (the spec API is read from this module)
    MAX_SPEC_LENGTH,
    format_spec,
    format_value,
    parse_with,
    spec_dict,
    split_spec,
)
from engine.surfaces import SURFACES

REGISTRIES = {"optimizer": OPTIMIZERS, "schedule": SCHEDULES, "surface": SURFACES}


def parse_spec(text: str, kind: str):
    """Build the engine object that `text` names, e.g. parse_spec('adam(lr=0.01)', 'optimizer')."""
    return parse_with(REGISTRIES[kind], text, kind)


def parse_optimizer(text: str):
    return parse_spec(text, "optimizer")


def parse_schedule(text: str):
    return parse_spec(text, "schedule")


def parse_surface(text: str):
    return parse_spec(text, "surface")
