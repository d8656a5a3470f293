"""Run an optimizer on a surface and keep everything that happened, frame by frame.

Frame k is the state after k updates. Row k holds the position, loss, the gradient
the (k+1)-th update uses (noise included, taken at the look-ahead point for Nesterov),
and that update, its learning rate and per-axis effective learning rate; the last
frame has no update, so those are NaN there. Divergence is data, never an exception.
"""

from __future__ import annotations

import itertools
import math
import numbers
from dataclasses import dataclass

import numpy as np

from engine.optimizers import Optimizer
from engine.schedules import Constant, Schedule
from engine.status import Status, classify, far_box
from engine.surfaces import Surface


@dataclass(frozen=True, eq=False)
class Run:
    """Immutable record of one run; every array is read-only and indexed by frame."""

    surface: Surface
    optimizer: Optimizer
    schedule: Schedule
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
) -> Run:
    """Run `steps` updates from `start` (fewer if the run diverges) and record every frame."""
    schedule = schedule or Constant()
    start = _checked_start(start)
    steps = checked_steps(steps)
    noise = checked_noise(noise)
    seed = checked_seed(seed)
    lrs = lr_curve(optimizer, schedule, steps)
    kicks = gradient_noise(noise, seed, steps + 1)
    rows, x_states, y_states = _step_loop(
        surface, optimizer, start, lrs.tolist(), None if kicks is None else kicks.tolist()
    )
    return _record(
        surface, optimizer, schedule, start, steps, noise, seed, rows, x_states, y_states, lrs
    )


def _step_loop(surface, optimizer, start, lrs, kicks):
    """The hot loop, on Python floats one axis at a time (the optimizers are per-axis)."""
    x_lo, x_hi, y_lo, y_hi = far_box(surface)
    x, y = start
    x_state, y_state = optimizer.init(x), optimizer.init(y)
    rows, x_states, y_states = [], [x_state], [y_state]
    for t in range(len(lrs) + 1):
        px, py = optimizer.gradient_point(x_state, x), optimizer.gradient_point(y_state, y)
        try:
            true_gx, true_gy = surface.grad_xy(px, py)
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


def _record(surface, optimizer, schedule, start, steps, noise, seed, rows, x_states, y_states, lrs):
    table = _as_table(rows)
    frames = len(table)
    positions = table[:, 0:2]
    with np.errstate(all="ignore"):
        losses = surface.value(positions)
    states, t = _state_history(optimizer, x_states, y_states)
    lr_column = np.full(frames, np.nan)
    lr_column[:-1] = lrs[: frames - 1]
    arrays = dict(
        positions=positions,
        losses=losses,
        gradients=table[:, 6:8],
        true_gradients=table[:, 4:6],
        gradient_points=table[:, 2:4],
        lrs=lr_column,
        updates=table[:, 8:10],
        effective_lrs=_effective_lrs(optimizer, states, t, lr_column),
        t=t,
    )
    for array in [*arrays.values(), *states.values()]:
        array.setflags(write=False)
    status = classify(surface, positions, table[:, 4:6], steps)
    return Run(
        surface=surface,
        optimizer=optimizer,
        schedule=schedule,
        start=start,
        steps=steps,
        noise=noise,
        seed=seed,
        states=states,
        status=status,
        **arrays,
    )


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


def checked_seed(seed) -> int:
    """`seed` as an int, or a ValueError saying what a seed must be."""
    if isinstance(seed, bool) or not isinstance(seed, int | np.integer) or not 0 <= seed < 2**63:
        raise ValueError(f"seed={seed!r} must be a whole number ≥ 0")
    return int(seed)
