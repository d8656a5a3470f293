"""Recommended hyper-parameters per built-in surface and optimizer, for an instructive race.

The optimizers' own defaults suit the canyon; on a surface whose gradients are a hundred
times larger (Rosenbrock, Beale, Himmelblau) the same learning rate diverges within a few
steps. The table below gives, for the six lecture optimizers on each built-in surface, a
learning rate (and where needed a start and a step count) with which, from that start,
none diverges and most reach a minimum within the steps: see
tests/engine/scene/test_recommended.py. Settings not in the table keep the optimizer's
default; an optimizer or surface the table does not list (a custom formula, AdamW, ...)
gets only the surface's steps and start.
"""

from __future__ import annotations

import dataclasses

from engine.optimizers import OPTIMIZERS, Optimizer
from engine.surfaces import SURFACES

DEFAULT_STEPS = 400

# Per surface: optional "start" and "steps", then per optimizer its hyper-parameters.
RECOMMENDED: dict[str, dict] = {
    # The canyon-race preset's settings (fig. 5-13a).
    "canyon": {
        "sgd": {"lr": 0.16},
        "momentum": {"lr": 0.06},
        "nesterov": {"lr": 0.06},
        "adagrad": {"lr": 0.6},
        "rmsprop": {"lr": 0.02, "alpha": 0.999},
        "adam": {"lr": 0.1},
    },
    # The saddle-race preset's settings (fig. 5-13b).
    "saddle": {
        "sgd": {"lr": 0.02},
        "momentum": {"lr": 0.02},
        "nesterov": {"lr": 0.02},
        "adagrad": {"lr": 0.5},
        "rmsprop": {"lr": 0.02},
        "adam": {"lr": 0.05},
    },
    # SGD stops in the first dip, momentum (α 0.9) rolls through to the global minimum.
    "local_minima": {
        "sgd": {"lr": 0.1},
        "momentum": {"lr": 0.1},
        "nesterov": {"lr": 0.05},
        "adagrad": {"lr": 0.5},
        "rmsprop": {"lr": 0.02},
        "adam": {"lr": 0.1},
    },
    "plateau": {
        "sgd": {"lr": 0.5},
        "momentum": {"lr": 0.2},
        "nesterov": {"lr": 0.2},
        "adagrad": {"lr": 1.0},
        "rmsprop": {"lr": 0.02},
        "adam": {"lr": 0.2},
    },
    # Gradients in the hundreds: small steps, and a long way along the banana's floor.
    "rosenbrock": {
        "steps": 3000,
        "sgd": {"lr": 0.002},
        "momentum": {"lr": 0.001},
        "nesterov": {"lr": 0.001},
        "adagrad": {"lr": 0.5},
        "rmsprop": {"lr": 0.002},
        "adam": {"lr": 0.05},
    },
    "beale": {
        "sgd": {"lr": 0.002},
        "momentum": {"lr": 0.002},
        "nesterov": {"lr": 0.005},
        "adagrad": {"lr": 2.0},
        "rmsprop": {"lr": 0.05},
        "adam": {"lr": 0.5},
    },
    "himmelblau": {
        "sgd": {"lr": 0.005},
        "momentum": {"lr": 0.001},
        "nesterov": {"lr": 0.001},
        "adagrad": {"lr": 1.0},
        "rmsprop": {"lr": 0.1},
        "adam": {"lr": 0.2},
    },
    "booth": {
        "sgd": {"lr": 0.01},
        "momentum": {"lr": 0.005},
        "nesterov": {"lr": 0.002},
        "adagrad": {"lr": 2.0},
        "rmsprop": {"lr": 0.5},
        "adam": {"lr": 0.5},
    },
    # From the default corner every optimizer is caught by a ripple; inside the central
    # basin the race is about how each handles the ripples' steep walls.
    "rastrigin": {
        "start": (-0.4, 0.45),
        "sgd": {"lr": 0.002},
        "momentum": {"lr": 0.002},
        "nesterov": {"lr": 0.002},
        "adagrad": {"lr": 0.5},
        "rmsprop": {"lr": 0.01},
        "adam": {"lr": 0.05},
    },
    "ackley": {
        "start": (-0.4, 0.45),
        "sgd": {"lr": 0.005},
        "momentum": {"lr": 0.002},
        "nesterov": {"lr": 0.002},
        "adagrad": {"lr": 0.5},
        "rmsprop": {"lr": 0.005},
        "adam": {"lr": 0.05},
    },
    "six_hump_camel": {
        "sgd": {"lr": 0.01},
        "momentum": {"lr": 0.002},
        "nesterov": {"lr": 0.002},
        "adagrad": {"lr": 0.5},
        "rmsprop": {"lr": 0.01},
        "adam": {"lr": 0.1},
    },
    "quadratic": {
        "sgd": {"lr": 0.05},
        "momentum": {"lr": 0.02},
        "nesterov": {"lr": 0.02},
        "adagrad": {"lr": 1.0},
        "rmsprop": {"lr": 0.1},
        "adam": {"lr": 0.2},
    },
    "linear_regression": {
        "sgd": {"lr": 0.1},
        "momentum": {"lr": 0.05},
        "nesterov": {"lr": 0.05},
        "adagrad": {"lr": 2.0},
        "rmsprop": {"lr": 0.1},
        "adam": {"lr": 0.5},
    },
    "logistic_regression": {
        "sgd": {"lr": 1.0},
        "momentum": {"lr": 0.5},
        "nesterov": {"lr": 0.5},
        "adagrad": {"lr": 1.0},
        "rmsprop": {"lr": 0.1},
        "adam": {"lr": 0.5},
    },
}

_SURFACE_KEYS = ("start", "steps")


def _surface_name(surface) -> str:
    return surface if isinstance(surface, str) else surface.name


def _optimizer_name(optimizer) -> str:
    return optimizer if isinstance(optimizer, str) else optimizer.name


def recommended(surface, optimizer) -> dict:
    """The recommended hyper-parameters of `optimizer` on `surface` (names or objects).

    A dict of the optimizer's parameters (at least "lr" for a listed pair; {} otherwise);
    never "start" or "steps", which `recommended_steps` / `recommended_start` give.
    ValueError for an unknown surface or optimizer name."""
    surface_name, optimizer_name = _surface_name(surface), _optimizer_name(optimizer)
    if surface_name not in SURFACES:
        raise ValueError(f"unknown surface {surface_name!r}")
    if optimizer_name not in OPTIMIZERS:
        raise ValueError(f"unknown optimizer {optimizer_name!r}")
    return dict(RECOMMENDED.get(surface_name, {}).get(optimizer_name, {}))


def recommended_steps(surface) -> int:
    """The step count of a race on `surface` (DEFAULT_STEPS unless the surface needs more)."""
    return int(RECOMMENDED.get(_surface_name(surface), {}).get("steps", DEFAULT_STEPS))


def recommended_start(surface) -> tuple[float, float]:
    """Where a race on `surface` starts: the table's start, else the surface's own."""
    if isinstance(surface, str):
        if surface not in SURFACES:
            raise ValueError(f"unknown surface {surface!r}")
        surface = SURFACES[surface]()
    start = RECOMMENDED.get(surface.name, {}).get("start", surface.start)
    return (float(start[0]), float(start[1]))


def recommended_optimizer(surface, optimizer, **given) -> Optimizer:
    """`optimizer` (a name, or an instance whose other settings are kept) with the
    recommended hyper-parameters; `given` (what the user typed) wins over both."""
    name = _optimizer_name(optimizer)
    settings = recommended(surface, name)
    if isinstance(optimizer, str):
        return OPTIMIZERS[name](**{**settings, **given})
    return dataclasses.replace(optimizer, **{**settings, **given})


def recommended_spec(surface, optimizer, **given) -> dict:
    """Everything a run needs: {"optimizer": Optimizer, "start": (x, y), "steps": int}."""
    return {
        "optimizer": recommended_optimizer(surface, optimizer, **given),
        "start": recommended_start(surface),
        "steps": recommended_steps(surface),
    }


def recommended_table() -> dict[str, dict]:
    """The whole table as plain data, e.g. for `list --json`:
    {surface: {"start": [x, y], "steps": n, "optimizers": {name: {param: value}}}}."""
    table = {}
    for name, entry in RECOMMENDED.items():
        table[name] = {
            "start": list(recommended_start(name)),
            "steps": recommended_steps(name),
            "optimizers": {
                key: dict(value) for key, value in entry.items() if key not in _SURFACE_KEYS
            },
        }
    return table
