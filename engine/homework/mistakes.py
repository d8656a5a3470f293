"""The known mistakes: each one the reference rule with that mistake injected.

A diagnosis is a mistake whose variant reproduces everything the student's rule returned,
the unit check and every step of the race (engine.homework.check compares them).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from engine.homework.reference import STATE, complete, reference


class Mistake(NamedTuple):
    key: str
    rules: tuple[str, ...]
    text: str
    rule: object  # (name, w, dw, config, t) -> (next_w, config)


ADAPTIVE = ("adagrad", "rmsprop", "adam")
STATEFUL = tuple(name for name, keys in STATE.items() if keys)


def sign_flipped(name, w, dw, config, t):
    """The slides' `x += learning_rate * dx`: the reference fed −dw."""
    return reference(name, w, -np.asarray(dw, dtype=float), config, t)


def not_written_back(name, w, dw, config, t):
    """Right step, but the new state stays in local variables: config keeps the old one."""
    full = complete(name, config, np.asarray(w, dtype=float))
    next_w, new = reference(name, w, dw, full, t)
    return next_w, {**new, **{key: full[key] for key in STATE[name]}}


def other_momentum_form(name, w, dw, config, t):
    """PyTorch's form v = μv + dw; w = w − lr·v (velocity kept without the lr)."""
    full = complete(name, config, np.asarray(w, dtype=float))
    velocity = full["momentum"] * full["velocity"] + dw
    return w - full["learning_rate"] * velocity, {**full, "velocity": velocity}


def _adaptive(name, w, dw, config, t, *, inside=False, average=None, first=None):
    """AdaGrad / RMSProp / Adam with the accumulator, moment or ε placement altered."""
    w, dw = np.asarray(w, dtype=float), np.asarray(dw, dtype=float)
    full = complete(name, config, w)
    lr, eps = full["learning_rate"], full["epsilon"]
    with np.errstate(all="ignore"):
        if name != "adam":
            keep = 1.0 if name == "adagrad" else full["decay_rate"]
            square = average or (lambda k, g: g * g if name == "adagrad" else (1 - k) * g * g)
            cache = keep * full["cache"] + square(keep, dw)
            root = (cache + eps) ** 0.5 if inside else cache**0.5 + eps
            return w - lr * dw / root, {**full, "cache": cache}
        b1, b2 = full["beta1"], full["beta2"]
        m = b1 * full["m"] + (first or (lambda k, g: (1 - k) * g))(b1, dw)
        v = b2 * full["v"] + (average or (lambda k, g: (1 - k) * g * g))(b2, dw)
        m_hat, v_hat = m / (1 - b1**t), v / (1 - b2**t)
        root = (v_hat + eps) ** 0.5 if inside else v_hat**0.5 + eps
        return w - lr * m_hat / root, {**full, "m": m, "v": v, "t": t}


def eps_inside(name, w, dw, config, t):
    return _adaptive(name, w, dw, config, t, inside=True)


def no_complement(name, w, dw, config, t):
    return _adaptive(name, w, dw, config, t, average=lambda keep, g: g * g)


def no_complement_first(name, w, dw, config, t):
    return _adaptive(name, w, dw, config, t, first=lambda keep, g: g)


def average_of_dw(name, w, dw, config, t):
    return _adaptive(name, w, dw, config, t, average=lambda keep, g: (1 - keep) * g)


def sum_of_dw(name, w, dw, config, t):
    return _adaptive(name, w, dw, config, t, average=lambda keep, g: g)


def t_late(name, w, dw, config, t):
    """t used before it is incremented (the first update uses t = 0)."""
    return reference(name, w, dw, config, t - 1)


def t_early(name, w, dw, config, t):
    """t incremented twice, or starting at 1 and incremented first (first update t = 2)."""
    return reference(name, w, dw, config, t + 1)


def no_bias_correction(name, w, dw, config, t):
    """m and v used as they are: Adam with the engine's bias_correction switched off."""
    return reference(name, w, dw, config, t, bias_correction=False)


CATALOGUE = (
    Mistake(
        "sign_flipped",
        tuple(STATE),
        "the step's sign is flipped (w += learning_rate * dw climbs the loss)",
        sign_flipped,
    ),
    Mistake(
        "not_written_back",
        STATEFUL,
        "the new state is not written back into config",
        not_written_back,
    ),
    Mistake(
        "other_momentum_form",
        ("sgd_momentum",),
        "momentum is in the other form "
        "(v = μv + dw; w −= lr·v), not cs231n's v = μv − lr·dw; w += v",
        other_momentum_form,
    ),
    Mistake("eps_inside", ADAPTIVE, "ε is inside the square root", eps_inside),
    Mistake(
        "no_complement",
        ("rmsprop", "adam"),
        "(1 − decay) is missing in the moving average of dw² (decay_rate; beta2 in adam)",
        no_complement,
    ),
    Mistake(
        "no_complement_first",
        ("adam",),
        "(1 − beta1) is missing in the moving average of dw",
        no_complement_first,
    ),
    Mistake(
        "average_of_dw",
        ("rmsprop", "adam"),
        "the moving average is of dw where dw² belongs",
        average_of_dw,
    ),
    Mistake("sum_of_dw", ("adagrad",), "the cache sums dw where dw² belongs", sum_of_dw),
    Mistake("t_late", ("adam",), "t is off by one (the first update uses t = 0)", t_late),
    Mistake("t_early", ("adam",), "t is off by one (the first update uses t = 2)", t_early),
    Mistake(
        "no_bias_correction",
        ("adam",),
        "there is no bias correction of m and v",
        no_bias_correction,
    ),
)


def mistakes_of(name: str) -> tuple[Mistake, ...]:
    return tuple(mistake for mistake in CATALOGUE if name in mistake.rules)
