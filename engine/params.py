"""Hyper-parameter fields that carry their own range, scale and meaning.

Each optimizer, schedule and surface is a frozen dataclass whose fields are made
by `number`, `choice` or `flag`. The metadata lets the command line validate and
list them and lets the GUI build its controls, without the engine knowing Qt.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ParamInfo:
    """What a hyper-parameter is: its kind, default, range and meaning."""

    name: str
    kind: str  # "float", "int", "choice" or "bool"
    default: Any
    low: float | None = None
    high: float | None = None
    log: bool = False
    choices: tuple[str, ...] = ()
    doc: str = ""
    symbols: str = ""  # the lecture's symbols, e.g. "α in eq. 5.12, ρ in cs231n"

    def to_dict(self) -> dict:
        info = {"name": self.name, "kind": self.kind, "default": self.default, "doc": self.doc}
        if self.kind in ("float", "int"):
            info.update(min=self.low, max=self.high, log=self.log)
        if self.kind == "choice":
            info["choices"] = list(self.choices)
        if self.symbols:
            info["symbols"] = self.symbols
        return info


def number(default, low, high, doc, *, log=False, integer=False, symbols=""):
    """A float (or int) field validated to lie in [low, high]."""
    kind = "int" if integer else "float"
    meta = dict(kind=kind, low=low, high=high, log=log, doc=doc, symbols=symbols)
    return dataclasses.field(default=default, metadata={"param": meta})


def choice(default, choices, doc, *, symbols=""):
    """A string field that must be one of `choices`."""
    meta = dict(kind="choice", choices=tuple(choices), doc=doc, symbols=symbols)
    return dataclasses.field(default=default, metadata={"param": meta})


def flag(default, doc, *, symbols=""):
    """A true/false field."""
    meta = dict(kind="bool", doc=doc, symbols=symbols)
    return dataclasses.field(default=default, metadata={"param": meta})


def params_of(cls_or_obj) -> tuple[ParamInfo, ...]:
    """The ParamInfo of every hyper-parameter field, in declaration order."""
    infos = []
    for f in dataclasses.fields(cls_or_obj):
        if "param" in f.metadata:
            infos.append(ParamInfo(name=f.name, default=f.default, **f.metadata["param"]))
    return tuple(infos)


def values_of(obj) -> dict:
    """Every hyper-parameter of `obj` by name, defaults included."""
    return {p.name: getattr(obj, p.name) for p in params_of(obj)}


def validate(obj) -> None:
    """Raise ValueError naming the first field whose value is of the wrong kind or range."""
    owner = getattr(obj, "name", type(obj).__name__)
    for p in params_of(obj):
        value = getattr(obj, p.name)
        problem = _problem(p, value)
        if problem:
            raise ValueError(f"{owner}: {p.name}={value!r} {problem}")


def _problem(p: ParamInfo, value) -> str:
    if p.kind == "bool":
        return "" if isinstance(value, bool) else "must be true or false"
    if p.kind == "choice":
        return "" if value in p.choices else f"must be one of {', '.join(p.choices)}"
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "must be a number"
    # Finiteness first: int(inf) and int(nan) would raise instead of naming the field.
    if not math.isfinite(value) or not (p.low <= value <= p.high):
        return f"is out of range [{p.low:g}, {p.high:g}]"
    if p.kind == "int" and value != int(value):
        return "must be a whole number"
    return ""


def coerce(info: ParamInfo, text: str):
    """Turn a value written as text (command line, preset) into the field's type."""
    word = text.strip()
    if info.kind == "bool":
        lowered = word.lower()
        if lowered in ("true", "yes", "on", "1"):
            return True
        if lowered in ("false", "no", "off", "0"):
            return False
        raise ValueError(f"{info.name}={word!r} must be true or false")
    if info.kind == "choice":
        return word
    try:
        number_value = float(word)
    except ValueError:
        raise ValueError(f"{info.name}={word!r} is not a number") from None
    if info.kind == "int" and number_value.is_integer():
        return int(number_value)
    return number_value
