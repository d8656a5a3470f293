"""Run names made from settings ('SGD (lr 0.092)') follow the settings; typed names stay."""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Collection

from engine.params import params_of, values_of
from engine.scene.scene import RunSpec, Scene

_SETTINGS = re.compile(r" \((?P<items>[^()]*)\)")
_ITEM = re.compile(r"\s*(?P<key>\S+)\s+(?P<value>[-+]?[\d.]+(?:e[-+]?\d+)?)\s*", re.IGNORECASE)
REL_TOLERANCE = 0.01  # a value written with 3 significant digits still describes the run
# The word Duplicate adds ('copy'); the GUI passes it in the interface's language as well.
COPY_WORDS = frozenset({"copy"})

# A name counts as generated when it reads `<optimizer title>`, optionally followed by
# ` (key value, ...)` whose values are the run's own, and then only copy or number suffixes
# (' 2', ' copy'). Presets, Add and Duplicate make such names. Whether a name is generated is
# read from the name and the settings it describes, never stored: it survives undo, saving
# and presets without a field in the scene. Any other name ('Too large (lr 0.198)', 'Adam,
# no bias correction') was chosen by someone and is never rewritten.


def is_suffix(text: str, copy_words: Collection[str] = COPY_WORDS) -> bool:
    """'', ' 2', ' copy', ' copy 3': what Duplicate and unique names add after a name."""
    words = set(copy_words)
    return all(word.isdigit() or word in words for word in text.split()) and (
        text == "" or text.startswith(" ")
    )


def label(info) -> str:
    """How a generated name writes a parameter: lr, else the lecture's first symbol (α, β1)."""
    if info.name == "lr" or not info.symbols:
        return info.name
    return info.symbols.split()[0]


def _numbers(optimizer) -> dict:
    """Label and name -> parameter name, for the optimizer's number parameters."""
    keys = {}
    for info in params_of(optimizer):
        if info.kind in ("float", "int"):
            keys[label(info)] = info.name
            keys[info.name] = info.name
    return keys


def parse(
    name: str, optimizer, copy_words: Collection[str] = COPY_WORDS
) -> tuple[list[tuple[str, str]], str] | None:
    """([(key as written, parameter name)], suffix) if `name` is generated for `optimizer`."""
    title = optimizer.title
    if not name.startswith(title):
        return None
    rest, pairs = name[len(title) :], []
    match = _SETTINGS.match(rest)
    if match:
        keys, values = _numbers(optimizer), values_of(optimizer)
        for item in match["items"].split(","):
            found = _ITEM.fullmatch(item)
            if found is None or found["key"] not in keys:
                return None
            param = keys[found["key"]]
            if not math.isclose(float(found["value"]), values[param], rel_tol=REL_TOLERANCE):
                return None  # the name says something else than the run: someone chose it
            pairs.append((found["key"], param))
        rest = rest[match.end() :]
    return (pairs, rest) if is_suffix(rest, copy_words) else None


def generated_name(optimizer, keys: list[tuple[str, str]], suffix: str = "") -> str:
    values = values_of(optimizer)
    items = ", ".join(f"{key} {values[param]:.3g}" for key, param in keys)
    return f"{optimizer.title}{f' ({items})' if items else ''}{suffix}"


def followed_name(old: RunSpec, new: RunSpec, copy_words: Collection[str] = COPY_WORDS) -> str:
    """`new`'s name: rewritten from its settings if `old`'s name was generated, else kept."""
    if new.name != old.name:
        return new.name  # the edit names the run itself
    parsed = parse(old.name, old.optimizer, copy_words)
    if parsed is None:
        return old.name
    pairs, suffix = parsed
    new_params = {info.name: info for info in params_of(new.optimizer)}
    keys = [(key, param) for key, param in pairs if param in new_params]
    if pairs and type(new.optimizer) is not type(old.optimizer):
        # Settings the old optimizer did not have (momentum after SGD) are named when not default.
        old_params = {info.name for info in params_of(old.optimizer)}
        for param, info in new_params.items():
            fresh = param not in old_params and info.kind in ("float", "int")
            if fresh and getattr(new.optimizer, param) != info.default:
                keys.append((label(info), param))
    return generated_name(new.optimizer, keys, suffix)


def follow(old: RunSpec, new: RunSpec, copy_words: Collection[str] = COPY_WORDS) -> RunSpec:
    name = followed_name(old, new, copy_words)
    return new if name == new.name else dataclasses.replace(new, name=name)


def edited_run(
    scene: Scene, index: int, *, copy_words: Collection[str] = COPY_WORDS, **changes
) -> Scene:
    """`scene` with run `index` changed by `changes`, its generated name following them."""
    old = scene.runs[index]
    edited = scene.replace_run(index, **changes)
    return edited.replace_run(index, name=followed_name(old, edited.runs[index], copy_words))
