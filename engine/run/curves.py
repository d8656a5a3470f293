"""Per-update hyper-parameters of a run: its learning rate and its (scheduled) momentum.

A momentum schedule (any learning-rate schedule shape) grows the optimizer's momentum (β1
for the Adam family) by shrinking the friction 1 − μ the way it shrinks lr:
μ_t = 1 − (1 − μ)·factor(t), capped at MAX_SCHEDULED_MOMENTUM. From μ = 0.5, inverse_time(k)
gives 1 − 0.5/(1 + k·t), Sutskever et al.'s (2013) schedule; cosine(period=steps, floor=0.02)
grows 0.5 to 0.99 over a run (the lecture's suggestion). Constant keeps μ exactly.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from engine.optimizers import Optimizer
from engine.schedules import Schedule
from engine.schedules_feedback import is_feedback

MOMENTUM_FIELDS = ("momentum", "beta1")
# A schedule whose factor reaches 0 would give μ = 1, a ball without friction: stop short of it.
MAX_SCHEDULED_MOMENTUM = 0.999


def lr_curve(optimizer: Optimizer, schedule: Schedule, steps: int) -> np.ndarray:
    """Learning rate of updates 0..steps-1; for a schedule that reads the loss (no closed
    form), the rate before any cut: the run's `lrs` holds the rates it really used."""
    if is_feedback(schedule):
        return np.full(steps, float(optimizer.lr))
    return optimizer.lr * schedule.factor(np.arange(steps))


def momentum_field(optimizer: Optimizer) -> str | None:
    """The hyper-parameter a momentum schedule drives: 'momentum', 'beta1' (Adam family) or None."""
    fields = {f.name for f in dataclasses.fields(optimizer)}
    return next((name for name in MOMENTUM_FIELDS if name in fields), None)


def momentum_curve(optimizer: Optimizer, schedule: Schedule | None, steps: int) -> np.ndarray:
    """Momentum (or β1) of updates 0..steps-1: μ_t = 1 − (1 − μ)·factor(t), capped; NaN for an
    optimizer that has none."""
    field = momentum_field(optimizer)
    if field is None:
        return np.full(steps, np.nan)
    base = float(getattr(optimizer, field))
    if schedule is None:
        return np.full(steps, base)
    factor = schedule.factor(np.arange(steps))
    grown = np.minimum(1.0 - (1.0 - base) * factor, max(base, MAX_SCHEDULED_MOMENTUM))
    return np.where(factor == 1.0, base, grown)  # 1 − (1 − μ) is not always μ in floating point


def checked_momentum_schedule(optimizer: Optimizer, schedule) -> Schedule | None:
    """The schedule, or a ValueError if the optimizer has no momentum or β1 to schedule."""
    if is_feedback(schedule):
        raise ValueError(
            f"{schedule.name} reacts to the loss to cut the learning rate; "
            "a momentum schedule must be a closed form of t"
        )
    if schedule is not None and momentum_field(optimizer) is None:
        raise ValueError(
            f"{optimizer.name} has no momentum or beta1 for a momentum schedule to drive"
        )
    return schedule
