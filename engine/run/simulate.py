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

A momentum schedule (any learning-rate schedule shape) grows the optimizer's momentum (β1
for the Adam family) by shrinking the friction 1 − μ the way it shrinks lr:
μ_t = 1 − (1 − μ)·factor(t), capped at MAX_SCHEDULED_MOMENTUM. From μ = 0.5, inverse_time(k)
gives 1 − 0.5/(1 + k·t), Sutskever et al.'s (2013) schedule; cosine(period=steps, floor=0.02)
grows 0.5 to 0.99 over a run (the lecture's suggestion). Constant keeps μ exactly.
"""

from __future__ import annotations

import copy
import dataclasses
import itertools
import math
import numbers
from dataclasses import dataclass

import numpy as np

from engine.optimizers import Optimizer
from engine.run.status import Status, classify, far_box
from engine.schedules import Constant, Schedule
from engine.surfaces import Surface
from engine.surfaces.datasets import batch_gradient, is_data_surface

MOMENTUM_FIELDS = ("momentum", "beta1")
# A schedule whose factor reaches 0 would give μ = 1, a ball without friction: stop short of it.
MAX_SCHEDULED_MOMENTUM = 0.999


@dataclass(frozen=True, eq=False)
class Run:
    """Immutable record of one run; every array is read-only and indexed by frame."""

    surface: Surface
    optimizer: Optimizer
    schedule: Schedule
    momentum_schedule: Schedule | None  # None: the optimizer's own constant momentum
    batch_size: int  # 0: the exact gradient; else examples per mini-batch
    start: tuple[float, float]
    steps: int
    noise: float
    seed: int
    positions: np.ndarray  # (F, 2)
    losses: np.ndarray  # (F,)
    gradients: np.ndarray  # (F, 2) the gradient the next update uses
    true_gradients: np.ndarray  # (F, 2) without noise
    gradient_points: np.ndarray  # (F, 2) where it was taken (look-ahead for Nesterov)
    lrs: np.ndarray  # (F,) NaN on the last frame
    momentums: np.ndarray  # (F,) momentum or β1 of each update; NaN on the last frame or if none
    updates: np.ndarray  # (F, 2) NaN on the last frame
    effective_lrs: np.ndarray  # (F, 2) NaN on the last frame
    states: dict[str, np.ndarray]  # field name -> (F, 2)
    t: np.ndarray  # (F,) steps taken so far
    status: Status

    @property
    def frames(self) -> int:
        return len(self.positions)

    @property
    def last_frame(self) -> int:
        return len(self.positions) - 1


def lr_curve(optimizer: Optimizer, schedule: Schedule, steps: int) -> np.ndarray:
    """Learning rate of updates 0..steps-1."""
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
        start=_checked_start(start),
        steps=checked_steps(steps),
        noise=checked_noise(noise),
        seed=checked_seed(seed),
    )
    steps, seed = inputs["steps"], inputs["seed"]
    lrs = lr_curve(optimizer, inputs["schedule"], steps)
    momentums = momentum_curve(optimizer, momentum_schedule, steps)
    kicks = gradient_noise(inputs["noise"], seed, steps + 1)
    batched = 0 < inputs["batch_size"] < _data_size(surface)
    gradient = (
        batch_gradient(surface, inputs["batch_size"], seed, steps + 1)
        if batched
        else surface.grad_xy
    )
    with np.errstate(all="ignore"):  # a diverging run overflows: that is data, not an error
        rows, x_states, y_states = _step_loop(
            surface,
            _momentum_stepper(optimizer, momentum_schedule),
            inputs["start"],
            lrs.tolist(),
            None if kicks is None else kicks.tolist(),
            gradient,
            None if momentum_schedule is None else momentums.tolist(),
        )
    return _record(inputs, rows, x_states, y_states, lrs, momentums, batched)


def _momentum_stepper(optimizer: Optimizer, momentum_schedule: Schedule | None):
    """A private copy whose momentum the loop may overwrite per step, else `optimizer` itself.

    Each optimizer keeps one implementation reading `self.momentum` (or `self.beta1`):
    setting the field on a copy costs ~50 ns, where dataclasses.replace would validate a new
    object every step. The copy never leaves `simulate`; the Run keeps the original."""
    if momentum_schedule is None:
        return optimizer
    return copy.copy(optimizer)


def _step_loop(surface, optimizer, start, lrs, kicks, gradient, momentums):
    """The hot loop, on Python floats one axis at a time (the optimizers are per-axis).

    `gradient(x, y)` is the surface's exact gradient or the next mini-batch's; `momentums`,
    when given, is written into the (private) optimizer before each update."""
    x_lo, x_hi, y_lo, y_hi = far_box(surface)
    field = None if momentums is None else momentum_field(optimizer)
    x, y = start
    x_state, y_state = optimizer.init(x), optimizer.init(y)
    rows, x_states, y_states = [], [x_state], [y_state]
    for t in range(len(lrs) + 1):
        if field is not None and t < len(lrs):
            object.__setattr__(optimizer, field, momentums[t])
        px, py = optimizer.gradient_point(x_state, x), optimizer.gradient_point(y_state, y)
        try:
            true_gx, true_gy = gradient(px, py)
        except (OverflowError, ValueError, ZeroDivisionError):
            true_gx = true_gy = math.nan
        gx, gy = (
            (true_gx, true_gy) if kicks is None else (true_gx + kicks[t][0], true_gy + kicks[t][1])
        )
        inside = x_lo <= x <= x_hi and y_lo <= y <= y_hi  # False for NaN too
        if t == len(lrs) or not inside or not (math.isfinite(gx) and math.isfinite(gy)):
            rows.append((x, y, px, py, true_gx, true_gy, gx, gy, math.nan, math.nan))
            break
        update_x, x_state = optimizer.step(x_state, gx, lrs[t], x)
        update_y, y_state = optimizer.step(y_state, gy, lrs[t], y)
        rows.append((x, y, px, py, true_gx, true_gy, gx, gy, update_x, update_y))
        x_states.append(x_state)
        y_states.append(y_state)
        x, y = x + update_x, y + update_y
    return rows, x_states, y_states


def _record(inputs, rows, x_states, y_states, lrs, momentums, batched) -> Run:
    surface, optimizer = inputs["surface"], inputs["optimizer"]
    table = _as_table(rows)
    frames = len(table)
    positions = table[:, 0:2]
    with np.errstate(all="ignore"):
        losses = surface.value(positions)
        # With batches the loop saw batch gradients; "true" means over the whole data set.
        true_gradients = surface.grad(table[:, 2:4]) if batched else table[:, 4:6]
    states, t = _state_history(optimizer, x_states, y_states)
    lr_column, momentum_column = _per_update(lrs, frames), _per_update(momentums, frames)
    arrays = dict(
        positions=positions,
        losses=losses,
        gradients=table[:, 6:8],
        true_gradients=true_gradients,
        gradient_points=table[:, 2:4],
        lrs=lr_column,
        momentums=momentum_column,
        updates=table[:, 8:10],
        effective_lrs=_effective_lrs(optimizer, states, t, lr_column),
        t=t,
    )
    for array in [*arrays.values(), *states.values()]:
        array.setflags(write=False)
    status = classify(surface, positions, true_gradients, inputs["steps"])
    return Run(**inputs, states=states, status=status, **arrays)


def _per_update(values: np.ndarray, frames: int) -> np.ndarray:
    """Values of updates 0..frames-2 as a per-frame column, NaN on the last frame."""
    column = np.full(frames, np.nan)
    column[:-1] = values[: frames - 1]
    return column


def _effective_lrs(optimizer, states, t, lr_column) -> np.ndarray:
    """Per-axis step size of each update, from the state right after it (NaN on the last frame).

    The optimizers' arithmetic is elementwise, so a State whose fields are whole histories
    gives every frame's value in one call.
    """
    effective = np.full((len(t), 2), np.nan)
    after = optimizer.State(*(states[name][1:] for name in optimizer.state_fields()), t[1:, None])
    with np.errstate(all="ignore"):
        effective[:-1] = np.broadcast_to(
            optimizer.effective_lr(after, lr_column[:-1, None]), (len(t) - 1, 2)
        )
    return effective


def _state_history(optimizer, x_states, y_states) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Each state field as an (F, 2) array, and the step counter t as (F,)."""
    x_table, y_table = _as_table(x_states), _as_table(y_states)
    fields = optimizer.state_fields()
    history = {
        name: np.stack([x_table[:, i], y_table[:, i]], axis=1) for i, name in enumerate(fields)
    }
    return history, x_table[:, -1].astype(int)


def _as_table(rows) -> np.ndarray:
    """Equal-length tuples (frames, or states ending with t) as a float array, one row each.

    np.array reads a list of tuples, NamedTuples worst, 2-4× slower than this flat iterator.
    """
    width = len(rows[0])
    flat = itertools.chain.from_iterable(rows)
    return np.fromiter(flat, dtype=float, count=len(rows) * width).reshape(-1, width)


def _checked_start(start) -> tuple[float, float]:
    try:
        x, y = (float(v) for v in start)
    except (TypeError, ValueError):
        raise ValueError(f"start={start!r} must be two numbers x, y") from None
    if not (math.isfinite(x) and math.isfinite(y)):
        raise ValueError(f"start={start!r} must be two finite numbers")
    return x, y


MAX_STEPS = 1_000_000


def checked_steps(steps) -> int:
    """`steps` as an int, or a ValueError saying what a step count must be."""
    if (
        isinstance(steps, bool)
        or not isinstance(steps, int | np.integer)
        or not 0 <= steps <= MAX_STEPS
    ):
        raise ValueError(f"steps={steps!r} must be a whole number from 0 to {MAX_STEPS:,}")
    return int(steps)


def checked_noise(noise) -> float:
    """`noise` as a float, or a ValueError saying what a noise level must be."""
    if not (isinstance(noise, numbers.Real) and math.isfinite(noise) and noise >= 0):
        raise ValueError(f"noise={noise!r} must be a finite number ≥ 0")
    return float(noise)


def checked_batch_size(surface: Surface, batch_size) -> int:
    """`batch_size` as an int (0: exact gradient), or a ValueError saying what it must be."""
    if isinstance(batch_size, bool) or not isinstance(batch_size, int | np.integer):
        raise ValueError(f"batch_size={batch_size!r} must be a whole number ≥ 0")
    if batch_size == 0:
        return 0
    if not is_data_surface(surface):
        raise ValueError(
            f"batch_size={batch_size} needs a data-set surface (linear_regression or "
            f"logistic_regression); {surface.name} has no training set (use 0)"
        )
    if not 1 <= batch_size <= surface.data_size:
        raise ValueError(
            f"batch_size={batch_size} must be from 1 to the data set's size {surface.data_size}"
        )
    return int(batch_size)


def checked_momentum_schedule(optimizer: Optimizer, schedule) -> Schedule | None:
    """The schedule, or a ValueError if the optimizer has no momentum or β1 to schedule."""
    if schedule is not None and momentum_field(optimizer) is None:
        raise ValueError(
            f"{optimizer.name} has no momentum or beta1 for a momentum schedule to drive"
        )
    return schedule


def _data_size(surface: Surface) -> int:
    return surface.data_size if is_data_surface(surface) else 0


def checked_seed(seed) -> int:
    """`seed` as an int, or a ValueError saying what a seed must be."""
    if isinstance(seed, bool) or not isinstance(seed, int | np.integer) or not 0 <= seed < 2**63:
        raise ValueError(f"seed={seed!r} must be a whole number ≥ 0")
    return int(seed)
