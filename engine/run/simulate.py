"""Run an optimizer on a surface and keep everything that happened, frame by frame.

Frame k is the state after k updates. Row k holds the position, loss, the gradient
the (k+1)-th update uses (noise included, taken at the look-ahead point for Nesterov),
and that update, its learning rate, momentum and per-axis effective learning rate; the
last frame has no update, so those are NaN there. Divergence is data, never an exception.

Mini-batches (`batch_size` > 0, data-set surfaces only): each epoch visits the N examples
once in a fresh random order, cut into batches of `batch_size` (the last one smaller when it
does not divide N), one batch per gradient. The order comes from a child stream of `seed`
(SeedSequence(seed, spawn_key=(1,))), independent of the Gaussian `noise` kicks, which keep
using `seed` itself: the same seed gives the same kicks with or without batches, and both
can be combined. `batch_size` = N is the exact gradient and takes the exact path.

A momentum schedule (see engine.run.curves) gives each update its μ_t, passed to the
optimizer's `step` and `gradient_point` as the scheduled lr is: nothing is mutated.
"""

from __future__ import annotations

import math

import numpy as np

from engine.checks import checked_point
from engine.optimizers import Optimizer
from engine.optimizers.base import looks_elsewhere
from engine.optimizers.newton import steps_whole_point
from engine.run.curves import (
    MAX_SCHEDULED_MOMENTUM,
    checked_momentum_schedule,
    lr_curve,
    momentum_curve,
    momentum_field,
)
from engine.run.inputs import (
    MAX_STEPS,
    checked_batch_size,
    checked_noise,
    checked_seed,
    checked_steps,
    data_size,
)
from engine.run.joint import point_loop
from engine.run.rates import Rates
from engine.run.record import Run, record
from engine.run.status import far_box
from engine.schedules import Constant, Schedule
from engine.surfaces import Surface
from engine.surfaces.datasets import batch_gradient, epoch_batches

# Re-exported: the run's inputs and curves were defined here before engine.run was split.
__all__ = [
    "MAX_SCHEDULED_MOMENTUM",
    "MAX_STEPS",
    "Run",
    "checked_batch_size",
    "checked_momentum_schedule",
    "checked_noise",
    "checked_seed",
    "checked_steps",
    "far_box",
    "gradient_noise",
    "lr_curve",
    "momentum_curve",
    "momentum_field",
    "simulate",
]


def gradient_noise(noise: float, seed: int, rows: int, shape=(2,)) -> np.ndarray | None:
    """Seeded zero-mean Gaussian kicks added to the gradient, one row per frame."""
    if noise == 0:
        return None
    return noise * np.random.default_rng(seed).standard_normal((rows, *shape))


def simulate(
    surface: Surface,
    optimizer: Optimizer,
    start,
    steps: int,
    schedule: Schedule | None = None,
    noise: float = 0.0,
    seed: int = 0,
    batch_size: int = 0,
    momentum_schedule: Schedule | None = None,
) -> Run:
    """Run `steps` updates from `start` (fewer if the run diverges) and record every frame."""
    inputs = dict(
        surface=surface,
        optimizer=optimizer,
        schedule=schedule or Constant(),
        momentum_schedule=checked_momentum_schedule(optimizer, momentum_schedule),
        batch_size=checked_batch_size(surface, batch_size),
        start=checked_point(start, "start"),
        steps=checked_steps(steps),
        noise=checked_noise(noise),
        seed=checked_seed(seed),
    )
    steps, seed = inputs["steps"], inputs["seed"]
    rates = Rates(optimizer, inputs["schedule"], steps, surface)
    momentums = momentum_curve(optimizer, momentum_schedule, steps)
    kicks = gradient_noise(inputs["noise"], seed, steps + 1)
    batched = 0 < inputs["batch_size"] < data_size(surface)
    if steps_whole_point(optimizer):
        batches = (
            epoch_batches(surface.data_size, inputs["batch_size"], seed, steps + 1)
            if batched
            else None
        )
        with np.errstate(all="ignore"):
            rows, trace = point_loop(
                surface, optimizer, inputs["start"], rates,
                None if kicks is None else kicks.tolist(), batches,
            )  # fmt: skip
        return record(inputs, rows, trace, None, rates, momentums, batched)
    gradient = (
        batch_gradient(surface, inputs["batch_size"], seed, steps + 1)
        if batched
        else surface.grad_xy
    )
    with np.errstate(all="ignore"):  # a diverging run overflows: that is data, not an error
        rows, x_states, y_states = _step_loop(
            surface,
            optimizer,
            inputs["start"],
            rates,
            None if kicks is None else kicks.tolist(),
            gradient,
            _scheduled(momentums, momentum_schedule),
        )
    return record(inputs, rows, x_states, y_states, rates, momentums, batched)


def _scheduled(momentums: np.ndarray, momentum_schedule: Schedule | None) -> list | None:
    """μ_t of frames 0..steps for the loop, None without a schedule (each step's own field).

    The last frame takes no step, but Nesterov's look-ahead point there still uses the μ of
    the last update, so it is repeated."""
    if momentum_schedule is None or not len(momentums):
        return None
    mus = momentums.tolist()
    return [*mus, mus[-1]]


def _step_loop(surface, optimizer, start, rates, kicks, gradient, mus):
    """The hot loop, on Python floats one axis at a time (the optimizers are per-axis).

    `gradient(x, y)` is the surface's exact gradient or the next mini-batch's; `mus`, when
    given, is the scheduled momentum μ_t passed to the optimizer at frame t; `rates` gives
    each update's learning rate (a list lookup unless the schedule reads the loss)."""
    x_lo, x_hi, y_lo, y_hi = far_box(surface)
    x, y = start
    x_state, y_state = optimizer.init(x), optimizer.init(y)
    rows, x_states, y_states = [], [x_state], [y_state]
    lrs, steps = (rates.lookup if rates.feedback is None else None), rates.steps
    looks_ahead = looks_elsewhere(optimizer)
    for t in range(steps + 1):
        mu = None if mus is None else mus[t]
        px, py = x, y
        if looks_ahead:
            px, py = (
                optimizer.gradient_point(x_state, x, mu),
                optimizer.gradient_point(y_state, y, mu),
            )
        try:
            true_gx, true_gy = gradient(px, py)
        except (OverflowError, ValueError, ZeroDivisionError):
            true_gx = true_gy = math.nan
        gx, gy = (
            (true_gx, true_gy) if kicks is None else (true_gx + kicks[t][0], true_gy + kicks[t][1])
        )
        inside = x_lo <= x <= x_hi and y_lo <= y <= y_hi  # False for NaN too
        if t == steps or not inside or not (math.isfinite(gx) and math.isfinite(gy)):
            rows.append((x, y, px, py, true_gx, true_gy, gx, gy, math.nan, math.nan))
            break
        lr = lrs[t] if lrs is not None else rates(t, x, y)
        update_x, x_state = optimizer.step(x_state, gx, lr, x, mu)
        update_y, y_state = optimizer.step(y_state, gy, lr, y, mu)
        rows.append((x, y, px, py, true_gx, true_gy, gx, gy, update_x, update_y))
        x_states.append(x_state)
        y_states.append(y_state)
        x, y = x + update_x, y + update_y
    return rows, x_states, y_states
