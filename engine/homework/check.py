"""Check a student's file: for each rule the unit check, then the race, then a diagnosis.

`check_file` returns one Verdict per rule. The unit check is cs231n's notebook check: fixed
4×5 arrays for w, dw and the state (no `t`, so both conventions for it start at t = 1). The
race calls the rule `steps` times from `start` on the surface's gradient, the first time with
config=None (the rule's own defaults), and compares every call with the reference given the
same inputs. A differing rule is then compared with every known mistake of that rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field

import numpy as np

from engine.homework.compare import Bad, field_name, first_difference, plain
from engine.homework.mistakes import mistakes_of
from engine.homework.reference import HYPER, RULES, STATE, TITLES, complete, reference
from engine.homework.runner import DEFAULT_TIMEOUT, Child, ChildFailed

DEFAULT_SURFACE = "quadratic(kappa=10, angle=30)"
DEFAULT_STEPS = 500
UNIT_W = np.linspace(-0.4, 0.6, num=20).reshape(4, 5)
UNIT_DW = np.linspace(-0.6, 0.4, num=20).reshape(4, 5)
UNIT_STATE = {
    "velocity": np.linspace(0.6, 0.9, num=20).reshape(4, 5),
    "cache": np.linspace(0.5, 0.9, num=20).reshape(4, 5),
    "m": np.linspace(0.6, 0.9, num=20).reshape(4, 5),
    "v": np.linspace(0.7, 0.5, num=20).reshape(4, 5),
}


@dataclass
class Verdict:
    """What the check found for one rule (the JSON fields, and the race for the window)."""

    name: str
    verdict: str  # match | differs | error
    message: str
    step: int | None = None
    field: str | None = None
    got: list | None = None
    want: list | None = None
    diagnosis: str | None = None
    line: int | None = None  # the student's line, for an error in their code
    calls: list = dataclass_field(
        default_factory=list, repr=False
    )  # the race: (inputs, got) per step

    def as_json(self) -> dict:
        keys = ("name", "verdict", "step", "field", "got", "want", "diagnosis", "message")
        return {key: getattr(self, key) for key in keys}


def unit_inputs(name: str) -> tuple[np.ndarray, dict]:
    config = {key: value for key, value in HYPER[name].items()}
    config.update({key: UNIT_STATE[key] for key in STATE[name]})
    return UNIT_W, config


def scanned_rules(path: str) -> list[str]:
    """Rule names defined at the top of a file that does not load (a syntax error)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as stream:
            text = stream.read()
    except OSError:
        return []
    return [name for name in RULES if re.search(rf"^def\s+{name}\s*\(", text, re.MULTILINE)]


def race_calls(name: str, steps: list, config: dict | None, start, lrs=None) -> list:
    """[(inputs, got)] per step: the (w, config, dw) each call received, and what it returned.

    Stops before a step whose input the student's previous answer made unreadable (the
    comparison of that answer reports it)."""
    calls, w, previous = [], np.asarray(start, dtype=float), None
    for k, step in enumerate(steps):
        if k == 0:
            returned = {key: value for key, value in step["config"].items() if key in HYPER[name]}
            given = complete(name, {**returned, **(config or {})}, w)
        else:
            given = complete(name, previous, w)
        try:
            given.update({key: np.asarray(given[key], dtype=float) for key in STATE[name]})
            given.update({key: float(given[key]) for key in HYPER[name]})
        except (TypeError, ValueError):
            break
        if lrs is not None:
            given["learning_rate"] = float(lrs[k])
        calls.append(((w, given, np.asarray(step["dw"])), (step["w"], step["config"])))
        w, previous = np.asarray(step["w"], dtype=float), step["config"]
    return calls


def compare_calls(name: str, calls, rule) -> tuple[int, tuple] | None:
    """(1-based step, difference) of the first call where `rule` and the student part."""
    for k, ((w, config, dw), got) in enumerate(calls, start=1):
        difference = first_difference(name, (w, config), rule(name, w, dw, config, k), got)
        if difference is not None:
            return k, difference
    return None


def diagnose(name: str, unit, calls) -> str | None:
    """The first known mistake that reproduces the unit check and every step of the race."""
    unit_w, unit_config = unit_inputs(name)
    for mistake in mistakes_of(name):
        try:
            want = mistake.rule(name, unit_w, UNIT_DW, unit_config, 1)
            if unit is not None and first_difference(name, (unit_w, unit_config), want, unit):
                continue
            if compare_calls(name, calls, mistake.rule) is None:
                return mistake.text
        except Bad:
            continue
    return None


def judge(name: str, reply: dict, race: dict) -> Verdict:
    """The verdict on one rule from the child's reply to its unit check and race."""
    title, mine = TITLES[name], f"my {name}"
    unit = reply.get("unit")
    if "error" in unit:
        return Verdict(
            name,
            "error",
            f"{mine}: error in the unit check: {unit['error']}",
            0,
            line=unit.get("line"),
        )
    calls, failed = [], None
    try:
        unit_w, unit_config = unit_inputs(name)
        got_unit = (unit["w"], unit["config"])
        found = first_difference(
            name, (unit_w, unit_config), reference(name, unit_w, UNIT_DW, unit_config, 1), got_unit
        )
        found = None if found is None else (0, found)
        steps = reply["race"]["steps"]
        calls = race_calls(name, steps, race.get("config"), race["start"], race.get("lrs"))
        found = found or compare_calls(name, calls, reference)
    except Bad as bad:
        return Verdict(
            name, "error", f"{mine}: error: {bad}", None, field_name(bad.field), calls=calls
        )
    if found is None and "error" in reply["race"]:
        failed = reply["race"]
        return Verdict(
            name,
            "error",
            f"{mine}: error at step {failed['step']}: {failed['error']}",
            failed["step"],
            line=failed.get("line"),
            calls=calls,
        )
    if found is None:
        ended = "" if len(calls) == race["steps"] else ", where both leave the finite numbers"
        message = f"{mine} matches {title} for {len(calls)} steps{ended}"
        return Verdict(name, "match", message, calls=calls)
    step, (key, got, want) = found
    diagnosis = diagnose(name, got_unit, calls)
    where = "in the unit check" if step == 0 else f"from step {step}"
    nan = " (it returned NaN)" if np.isnan(got).any() and not np.isnan(want).any() else ""
    why = f": {diagnosis}" if diagnosis else f" in {field_name(key)}{nan}; no known mistake matches"
    return Verdict(
        name,
        "differs",
        f"{mine} differs {where}{nan if diagnosis else ''}{why}",
        step,
        field_name(key),
        plain(got),
        plain(want),
        diagnosis,
        calls=calls,
    )


def check_file(
    path: str,
    rules=None,
    surface: str = DEFAULT_SURFACE,
    start=(-1.8, 1.2),
    steps: int = DEFAULT_STEPS,
    timeout: float = DEFAULT_TIMEOUT,
    config=None,
    lrs=None,
    child: Child | None = None,
) -> list[Verdict]:
    """One Verdict per rule of `path` (those named in `rules`, else every one it defines).

    `config` (rule name -> dict) is the first call's config instead of None, and `lrs` the
    learning rate of every call (a schedule); `start` and `lrs` may also be dicts by rule name
    (the window's runs each have their own); `child` may be kept between checks."""
    own = child is None
    child = Child(path, timeout) if own else child
    try:
        try:
            loaded = child.start()
        except ChildFailed as failure:
            loaded = {"error": f"loading the file {failure}"}
        names = list(rules or loaded.get("found") or scanned_rules(path))
        if not names:
            raise ValueError(f"{path} defines none of the rules {', '.join(RULES)}")
        if "error" in loaded:
            return [
                Verdict(
                    name, "error", f"my {name}: error: {loaded['error']}", line=loaded.get("line")
                )
                for name in names
            ]
        return [
            check_rule(
                child,
                name,
                loaded["found"],
                surface,
                _of(start, name),
                steps,
                config,
                _of(lrs, name),
            )
            for name in names
        ]
    finally:
        if own:
            child.close()


def _of(value, name: str):
    return value.get(name) if isinstance(value, dict) else value


def check_rule(child, name, found, surface, start, steps, config, lrs) -> Verdict:
    if name not in found:
        return Verdict(name, "error", f"my {name}: error: the file defines no function {name}")
    unit_w, unit_config = unit_inputs(name)
    race = {
        "surface": surface,
        "start": list(map(float, start)),
        "steps": steps,
        "config": (config or {}).get(name),
        "lrs": None if lrs is None else list(lrs),
    }
    unit = {
        "w": unit_w.tolist(),
        "dw": UNIT_DW.tolist(),
        "config": {key: np.asarray(value).tolist() for key, value in unit_config.items()},
    }
    try:
        reply = child.ask({"rule": name, "unit": unit, "race": _plain_race(race)})
    except ChildFailed as failure:
        return Verdict(name, "error", f"my {name}: error: {failure}")
    return judge(name, reply, race)


def _plain_race(race: dict) -> dict:
    config = race["config"]
    if config is not None:
        config = {key: np.asarray(value).tolist() for key, value in config.items()}
    return {**race, "config": config}
