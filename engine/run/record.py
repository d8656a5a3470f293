"""The Run record, and how the simulation loop's rows and states become its read-only arrays."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np

from engine.optimizers import Optimizer
from engine.run.status import Status, classify
from engine.schedules import Schedule
from engine.surfaces import Surface


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


def record(inputs, rows, x_states, y_states, lrs, momentums, batched) -> Run:
    """The Run of `inputs` (simulate's checked arguments) from the loop's rows and states."""
    surface, optimizer = inputs["surface"], inputs["optimizer"]
    table = as_table(rows)
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
    x_table, y_table = as_table(x_states), as_table(y_states)
    fields = optimizer.state_fields()
    history = {
        name: np.stack([x_table[:, i], y_table[:, i]], axis=1) for i, name in enumerate(fields)
    }
    return history, x_table[:, -1].astype(int)


def as_table(rows) -> np.ndarray:
    """Equal-length tuples (frames, or states ending with t) as a float array, one row each.

    np.array reads a list of tuples, NamedTuples worst, 2-4× slower than this flat iterator.
    """
    width = len(rows[0])
    flat = itertools.chain.from_iterable(rows)
    return np.fromiter(flat, dtype=float, count=len(rows) * width).reshape(-1, width)
