"""Compare one call of a student's rule with the reference: the first field that differs.

Tolerance: the reference is evaluated on the very inputs the student's rule received at each
step (teacher forcing), so rounding never compounds along the race. A correct rule written
another way (np.sqrt or ** 0.5, `w -= ...` in place) differs by a few ulps; the smallest real
mistake (ε inside the root, ε/√v ≈ 1e-8 of the step) is far larger. So a step or state agrees
when |got − want| ≤ RTOL·(|want| + max|want|) + ULPS·|input|, with RTOL = 1e-10: relative to
the step itself (next_w − w, not w, so a small step is still checked), plus the rounding of
the addition to w. NaN agrees only with NaN, ±inf only with itself.
"""

from __future__ import annotations

import numpy as np

from engine.homework.reference import HYPER, STATE

RTOL = 1e-10
ULPS = 8 * np.finfo(float).eps


class Bad(Exception):
    """The student's answer cannot be compared: a missing key or a value of the wrong kind."""

    def __init__(self, message: str, field: str):
        super().__init__(message)
        self.field = field


def field_name(key: str) -> str:
    return key if key == "w" else f"config['{key}']"


def numbers(value, key: str, shape) -> np.ndarray:
    """A config value as an array of `shape`, or Bad."""
    if value is None:
        raise Bad(f"config has no '{key}'", key)
    try:
        array = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise Bad(f"config['{key}'] is {value!s:.40}, not numbers", key) from None
    if array.shape != tuple(shape):
        raise Bad(f"config['{key}'] has shape {array.shape}, not {tuple(shape)}", key)
    return array


def agree(got, want, base) -> bool:
    """Whether `got` equals `want` up to the tolerance; `base` is the value before the call."""
    got, want, base = (np.asarray(a, dtype=float) for a in (got, want, base))
    with np.errstate(all="ignore"):
        if (got == want).all():  # the usual case, thousands of times a check: answer it first
            return True
        change, wanted = got - base, want - base
        scale = np.max(np.abs(np.where(np.isfinite(wanted), wanted, 0)), initial=0.0)
        tol = RTOL * (np.abs(wanted) + scale) + ULPS * np.abs(base)
        same = (got == want) | (np.isnan(got) & np.isnan(want)) | (np.abs(change - wanted) <= tol)
    return bool(np.all(same))


def first_difference(name, inputs, want, got):
    """(key, got, want) of the first disagreeing field, or None; raises Bad.

    `inputs`, `want` and `got` are (w, config) pairs: the call's input (completed), the
    reference's answer and the student's (plain lists from the child)."""
    (in_w, in_config), (want_w, want_config), (got_w, got_config) = inputs, want, got
    got_w = np.asarray(got_w, dtype=float)
    if not agree(got_w, want_w, in_w):
        return "w", got_w, np.asarray(want_w)
    for key in (*STATE[name], *HYPER[name]):
        if key not in got_config and key in HYPER[name]:
            continue  # a hard-coded hyper-parameter: its effect shows in w
        base = np.asarray(in_config[key], dtype=float)
        # A state key never stored is state not written back: the next call starts from zero.
        missing = key not in got_config and key in STATE[name]
        value = base if missing else numbers(got_config.get(key), key, base.shape)
        if not agree(value, want_config[key], base):
            return key, value, np.asarray(want_config[key], dtype=float)
    return None


def plain(array) -> list | None:
    """An array as a JSON list (strict JSON: non-finite numbers as strings)."""
    if array is None:
        return None
    values = np.atleast_1d(np.asarray(array, dtype=float)).tolist()

    def clean(value):
        if isinstance(value, list):
            return [clean(item) for item in value]
        return value if np.isfinite(value) else str(value)

    return clean(values)


def side_by_side(name: str, call, step: int) -> list[tuple[str, np.ndarray, object, bool]]:
    """(field, reference, student's, agree) for race update `step` (1-based) of `call`."""
    from engine.homework.reference import reference

    (w, config, dw), (got_w, got_config) = call
    want_w, want_config = reference(name, w, dw, config, step)
    rows = [("dw", dw, dw, True), ("w", want_w, got_w, agree(got_w, want_w, w))]
    for key in STATE[name]:
        got = got_config.get(key)
        try:
            same = got is not None and agree(got, want_config[key], config[key])
        except (TypeError, ValueError):
            same = False
        rows.append((field_name(key), want_config[key], got, same))
    return rows
