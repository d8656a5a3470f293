"""Read a user's JSON file defensively: a size cap, UTF-8 only, strict numbers, one message.

Sessions and lessons are files a student may have edited by hand or received by e-mail:
anything wrong must become one ValueError naming the problem, never a traceback, a hang
(a 5,000-digit number, 100,000 nested brackets) or NaN sneaking into a scene.
"""

from __future__ import annotations

import json
import math
import os

from engine.checks import expect

MAX_NUMBER_DIGITS = 100  # no sane field needs more; Python would choke above 4,300 digits


def read_json(path: str, what: str, max_bytes: int):
    """The JSON value in the file at `path`, a `what` file ("session", "lesson")."""
    if not os.path.exists(path):
        raise ValueError("no such file")
    if os.path.isdir(path):
        raise ValueError(f"it is a folder, not a {what} file")
    try:
        size = os.path.getsize(path)
        limit = f"{max_bytes / (1024 * 1024):g} MB"
        expect(size <= max_bytes, f"too large ({size / 1e6:.1f} MB; a {what} is at most {limit})")
        with open(path, "rb") as stream:
            raw = stream.read(max_bytes + 1)
    except OSError as error:
        raise ValueError(f"cannot read it: {error.strerror or error}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text") from None
    return parse_json(text, what)


def parse_json(text: str, what: str):
    """Strict JSON: no NaN or Infinity, no absurdly long numbers, no deep nesting."""

    def refuse_constant(name: str):
        raise ValueError(f"{name} is not a number a {what} may hold")

    try:
        return json.loads(text, parse_constant=refuse_constant, parse_float=_float, parse_int=_int)
    except json.JSONDecodeError as error:
        # A string left open or a value missing at the very end: the file was cut short.
        if error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated string"):
            raise ValueError("the JSON ends too early (the file is truncated)") from None
        raise ValueError(
            f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from None
    except RecursionError:
        raise ValueError("the JSON is nested too deeply") from None


def _float(text: str) -> float:
    value = float(text) if len(text) <= MAX_NUMBER_DIGITS else math.inf
    expect(math.isfinite(value), f"the number {_short(text)} is too large")
    return value


def _int(text: str) -> int:
    expect(len(text) <= MAX_NUMBER_DIGITS, f"the number {_short(text)} is too large")
    return int(text)


def _short(text: str) -> str:
    return text if len(text) <= 20 else f"{text[:20]}… ({len(text)} characters)"
