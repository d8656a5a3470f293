"""Hyper-parameter fields that carry their own range, scale and meaning.

Each optimizer, schedule and surface is a frozen dataclass whose fields are made
by `number`, `choice`, `flag` or `text`. The metadata lets the command line validate and
list them and lets the GUI build its controls, without the engine knowing Qt.
"""

from __future__ import annotations

import dataclasses
import functools
import math
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ParamInfo:
    """What a hyper-parameter is: its kind, default, range and meaning."""

    name: str
    kind: str  # "float", "int", "choice", "bool" or "text"
    default: Any
    low: float | None = None
    high: float | None = None
    log: bool = False
    choices: tuple[str, ...] = ()
    doc: str = ""
    symbols: str = ""  # the lecture's symbols, e.g. "α in eq. 5.12, ρ in cs231n"
    max_length: int | None = None  # for text: the longest accepted, in characters

    def to_dict(self) -> dict:
        info = {"name": self.name, "kind": self.kind, "default": self.default, "doc": self.doc}
        if self.kind in ("float", "int"):
            info.update(min=self.low, max=self.high, log=self.log)
        if self.kind == "choice":
            info["choices"] = list(self.choices)
        if self.kind == "text":
            info["max_length"] = self.max_length
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


def text(default, max_length, doc, *, symbols=""):
    """A string field of at most `max_length` characters; its owner checks what it says."""
    meta = dict(kind="text", max_length=max_length, doc=doc, symbols=symbols)
    return dataclasses.field(default=default, metadata={"param": meta})


class of_default:
    """A value computed from an instance; read on the class, computed from its default instance.

    The catalogue (`cli list`) reads ClassVars such as bounds, minima or state fields from
    classes, while for an instance they may depend on its hyper-parameters."""

    def __init__(self, compute):
        self.compute = compute

    def __get__(self, obj, owner=None):
        return self.compute(owner() if obj is None else obj)


def method_of_default(method):
    """A method bound to the instance or, called on the class, to the class's default instance."""
    return functools.update_wrapper(of_default(lambda obj: functools.partial(method, obj)), method)


def params_of(cls_or_obj) -> tuple[ParamInfo, ...]:
    """The ParamInfo of every hyper-parameter field, in declaration order."""
    infos = []
    for f in dataclasses.fields(cls_or_obj):
        if "param" in f.metadata:
            infos.append(ParamInfo(name=f.name, default=f.default, **f.metadata["param"]))
    return tuple(infos)


def values_of(obj) -> dict:
    """Every hyper-parameter of `obj` by name, defaults included."""
    return {p.name: stored_value(obj, p.name) for p in params_of(obj)}


def stored_value(obj, name: str):
    """The value a field was given, as stored.

    Usually `getattr(obj, name)`; a field may also be read through a descriptor that
    interprets it (a custom surface's `bounds` text reads as four numbers), and then the
    stored text is what specs, scene files and forms must carry.
    """
    stored = getattr(obj, "__dict__", {})
    return stored[name] if name in stored else getattr(obj, name)


def validate(obj) -> None:
    """Raise ValueError naming the first field whose value is of the wrong kind or range."""
    owner = getattr(obj, "name", type(obj).__name__)
    for p in params_of(obj):
        value = stored_value(obj, p.name)
        problem = _problem(p, value)
        if problem:
            shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
            raise ValueError(f"{owner}: {p.name}={shown} {problem}")


def _problem(p: ParamInfo, value) -> str:
    if p.kind == "bool":
        return "" if isinstance(value, bool) else "must be true or false"
    if p.kind == "choice":
        return "" if value in p.choices else f"must be one of {', '.join(p.choices)}"
    if p.kind == "text":
        if not isinstance(value, str):
            return "must be text"
        return "" if len(value) <= p.max_length else f"is longer than {p.max_length} characters"
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
    if info.kind == "text":
        return text
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
