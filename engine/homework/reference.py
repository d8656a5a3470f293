"""The cs231n update rules `rule(w, dw, config) -> (next_w, config)`, driven by engine steps.

There is one implementation of each rule, in engine.optimizers: this module only maps
cs231n's config keys to an engine optimizer and its State, takes one engine `step` on the
arrays, and maps the result back. The step counter is passed in (`t`, the 1-based number of
this update) instead of read from the config, because students keep `config['t']` in two
conventions (default 0 and incremented before use, or default 1 and incremented after) that
are both right when the first update uses t = 1.
"""

from __future__ import annotations

import dataclasses
import functools

import numpy as np

from engine.optimizers import (
    SGD,
    AdaGrad,
    Adam,
    MeanSqState,
    MomentsState,
    Momentum,
    Nesterov,
    RMSProp,
    StepCountState,
    SumSqState,
    VelocityState,
)

# cs231n's defaults (config.setdefault), used for a key the student's config lacks.
HYPER = {
    "sgd": {"learning_rate": 1e-2},
    "sgd_momentum": {"learning_rate": 1e-2, "momentum": 0.9},
    "nesterov_momentum": {"learning_rate": 1e-2, "momentum": 0.9},
    "adagrad": {"learning_rate": 1e-2, "epsilon": 1e-8},
    "rmsprop": {"learning_rate": 1e-2, "decay_rate": 0.99, "epsilon": 1e-8},
    "adam": {"learning_rate": 1e-3, "beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8},
}
STATE = {
    "sgd": (),
    "sgd_momentum": ("velocity",),
    "nesterov_momentum": ("velocity",),
    "adagrad": ("cache",),
    "rmsprop": ("cache",),
    "adam": ("m", "v"),
}
RULES = tuple(HYPER)
TITLES = {
    "sgd": "SGD",
    "sgd_momentum": "Momentum",
    "nesterov_momentum": "Nesterov",
    "adagrad": "AdaGrad",
    "rmsprop": "RMSProp",
    "adam": "Adam",
}


def complete(rule: str, config: dict | None, w) -> dict:
    """`config` with every hyper-parameter (cs231n's default where missing) and zero state."""
    full = dict(HYPER[rule])
    full.update({key: value for key, value in (config or {}).items() if key in full})
    for key in STATE[rule]:
        full[key] = np.zeros_like(w) if (config or {}).get(key) is None else config[key]
    return full


@functools.lru_cache(maxsize=256)
def engine_optimizer(rule: str, hyper: tuple):
    """The engine optimizer (and its lr-free hyper-parameters) that implements `rule`."""
    values = dict(hyper)
    if rule == "sgd":
        return SGD()
    if rule == "sgd_momentum":
        return Momentum(momentum=values["momentum"], form="sutskever")
    if rule == "nesterov_momentum":
        return Nesterov(momentum=values["momentum"], form="sutskever")
    if rule == "adagrad":
        return AdaGrad(eps=values["epsilon"])
    if rule == "rmsprop":
        return RMSProp(alpha=values["decay_rate"], eps=values["epsilon"])
    return Adam(beta1=values["beta1"], beta2=values["beta2"], eps=values["epsilon"])


def optimizer_for(rule: str, config: dict):
    """engine_optimizer for a complete config (floats only, so it can be cached)."""
    hyper = tuple((key, float(config[key])) for key in HYPER[rule] if key != "learning_rate")
    return engine_optimizer(rule, hyper)


def engine_state(rule: str, config: dict, t: int):
    """The engine State before update number `t` (1-based) from the config's state keys."""
    if rule == "sgd":
        return StepCountState(t - 1)
    if rule in ("sgd_momentum", "nesterov_momentum"):
        return VelocityState(config["velocity"], t - 1)
    if rule == "adagrad":
        return SumSqState(config["cache"], t - 1)
    if rule == "rmsprop":
        return MeanSqState(config["cache"], t - 1)
    return MomentsState(config["m"], config["v"], t - 1)


def state_keys(rule: str, state) -> dict:
    """The config's state keys from an engine State."""
    return dict(zip(STATE[rule], state[:-1], strict=True))


def reference(rule: str, w, dw, config: dict | None, t: int = 1, **overrides):
    """cs231n's `rule(w, dw, config)` as update number `t`: (next_w, new config).

    `overrides` replace fields of the engine optimizer (a mistake switching one off)."""
    w, dw = np.asarray(w, dtype=float), np.asarray(dw, dtype=float)
    config = complete(rule, config, w)
    optimizer = optimizer_for(rule, config)
    if overrides:
        optimizer = dataclasses.replace(optimizer, **overrides)
    with np.errstate(all="ignore"):
        update, state = optimizer.step(engine_state(rule, config, t), dw, config["learning_rate"])
        if rule == "nesterov_momentum":
            # The tracked point is cs231n's look-ahead x̃ = Θ + μv (its change of variables).
            momentum = config["momentum"]
            update = (1 + momentum) * state.velocity - momentum * config["velocity"]
        next_w = w + update
    new_config = {**config, **state_keys(rule, state)}
    if rule == "adam":
        new_config["t"] = t
    return next_w, new_config


# cs231n config key -> engine field, per rule (learning_rate is `lr` everywhere).
FIELDS = {"learning_rate": "lr", "momentum": "momentum", "decay_rate": "alpha",
          "epsilon": "eps", "beta1": "beta1", "beta2": "beta2"}  # fmt: skip
ENGINE = {"sgd": SGD, "sgd_momentum": Momentum, "nesterov_momentum": Nesterov,
          "adagrad": AdaGrad, "rmsprop": RMSProp, "adam": Adam}  # fmt: skip
# cs231n keeps Nesterov's look-ahead point (the engine's pytorch form), momentum Sutskever's.
FORMS = {"sgd_momentum": "sutskever", "nesterov_momentum": "pytorch"}


def reference_optimizer(rule: str):
    """The engine optimizer a rule races, with cs231n's default hyper-parameters."""
    values = {FIELDS[key]: value for key, value in HYPER[rule].items()}
    return ENGINE[rule](**values, **({"form": FORMS[rule]} if rule in FORMS else {}))


def student_config(rule: str, optimizer) -> dict:
    """The first call's config: the run's hyper-parameters under cs231n's keys."""
    return {key: float(getattr(optimizer, FIELDS[key])) for key in HYPER[rule]}
