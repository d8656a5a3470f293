"""The child process: load the student's file, run its rules on request, answer in JSON lines.

Run as `python -m engine.homework.driver`. Requests arrive one JSON object a line on stdin
and answers leave on a private copy of stdout, so a rule that prints cannot garble them
(its output goes to stderr). Every input is a fresh copy, every failure an answer.
"""

from __future__ import annotations

import json
import math
import os
import sys
import traceback

import numpy as np


def failure(error: BaseException, path: str) -> dict:
    """{'error': one line naming the student's line and the exception}."""
    line = getattr(error, "lineno", None) if isinstance(error, SyntaxError) else None
    for frame in traceback.extract_tb(error.__traceback__):
        if os.path.abspath(frame.filename) == path:
            line = frame.lineno
    text = error.msg if isinstance(error, SyntaxError) else str(error)
    text = text.splitlines()[0] if text else ""
    where = f"line {line}: " if line else ""
    return {"error": f"{where}{type(error).__name__}{': ' + text if text else ''}", "line": line}


def load(path: str) -> tuple[dict, dict]:
    """The student's module namespace, or an error answer."""
    namespace = {"__name__": "student_optim", "__file__": path}
    try:
        with open(path, encoding="utf-8") as stream:
            source = stream.read()
        exec(compile(source, path, "exec"), namespace)
    except Exception as error:  # the student's module-level code: any failure is an answer
        return {}, failure(error, path)
    return namespace, {}


def plain(value):
    """A config value or result as JSON-ready data (arrays as nested lists)."""
    if isinstance(value, np.ndarray):
        return value.astype(float).tolist() if value.dtype.kind in "biuf" else repr(value)
    if isinstance(value, int | np.integer) and not isinstance(value, bool):
        return int(value)  # t stays a whole number for the next call
    if isinstance(value, float | np.floating):
        return float(value)
    return repr(value)


def as_array(value):
    return np.array(value, dtype=float) if isinstance(value, list) else value


def fresh(config):
    """A copy the rule may mutate freely."""
    if config is None:
        return None
    return {
        key: np.array(value, dtype=float) if isinstance(value, list) else value
        for key, value in config.items()
    }


def call(rule, w, dw, config) -> tuple[list, dict]:
    """One call with copies; (next_w, config) as plain data, or a TypeError for a bad shape."""
    result = rule(w.copy(), dw.copy(), fresh(config))
    if not (isinstance(result, tuple | list) and len(result) == 2):
        raise TypeError(f"returned {type(result).__name__}, not the pair (next_w, config)")
    next_w, new_config = result
    if not isinstance(new_config, dict):
        raise TypeError(f"returned a {type(new_config).__name__} as config, not a dict")
    next_w = np.asarray(next_w, dtype=float)
    if next_w.shape != w.shape:
        raise TypeError(f"returned next_w of shape {next_w.shape}, not {w.shape}")
    return next_w.tolist(), {str(key): plain(value) for key, value in new_config.items()}


def race(rule, request, surface) -> dict:
    """`steps` calls from `start` on the surface's gradient; schedules set learning_rate."""
    w, config, lrs, steps = np.array(request["start"], float), request["config"], request["lrs"], []
    for k in range(request["steps"]):
        if lrs is not None and config is not None:
            config = {**config, "learning_rate": lrs[k]}
        with np.errstate(all="ignore"):
            dw = surface.grad(w)
        try:
            next_w, config = call(rule, w, dw, config)
        except Exception as error:  # the student's code
            return {"steps": steps, "step": k + 1, **failure(error, request["path"])}
        steps.append({"dw": dw.tolist(), "w": next_w, "config": config})
        w = np.array(next_w, dtype=float)
        if not all(math.isfinite(v) for v in next_w):
            break
    return {"steps": steps}


def answer(namespace, request) -> dict:
    from engine.scene.specs import parse_surface

    rule = namespace.get(request["rule"])
    reply = {}
    if request.get("unit") is not None:
        unit = request["unit"]
        try:
            next_w, config = call(rule, as_array(unit["w"]), as_array(unit["dw"]), unit["config"])
            reply["unit"] = {"w": next_w, "config": config}
        except Exception as error:  # the student's code
            reply["unit"] = failure(error, request["path"])
            return reply
    if request.get("race") is not None:
        reply["race"] = race(
            rule,
            {**request["race"], "path": request["path"]},
            parse_surface(request["race"]["surface"]),
        )
    return reply


def main() -> None:
    replies = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)  # whatever the student prints goes to stderr
    sys.stdout = sys.stderr
    path = os.path.abspath(sys.argv[1])
    namespace, error = load(path)
    found = [name for name in sys.argv[2:] if callable(namespace.get(name))]
    replies.write(json.dumps(error or {"found": found}) + "\n")
    replies.flush()
    for line in sys.stdin:
        replies.write(json.dumps(answer(namespace, json.loads(line))) + "\n")
        replies.flush()


if __name__ == "__main__":
    main()
