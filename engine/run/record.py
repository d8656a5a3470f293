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
    # (F, M, 2) the trial points of the line search of the update leaving frame k (L-BFGS),
    # NaN-padded to the most any update made; M = 0 for every other optimizer.
    evaluations: np.ndarray | None = None
    evaluation_losses: np.ndarray | None = None  # (F, M) their losses as the line search saw them
    # (F, 2, 2) the Hessian the update leaving frame k used (Newton; the last frame's is the
    # surface's at the last position), None for optimizers that use none.
    hessians: np.ndarray | None = None
    lr_cuts: np.ndarray | None = None  # (C,) updates a feedback schedule first ran at a lower lr

    @property
    def frames(self) -> int:
        return len(self.positions)

    @property
    def last_frame(self) -> int:
        return len(self.positions) - 1


def record(inputs, rows, x_states, y_states, rates, momentums, batched) -> Run:
    """The Run of `inputs` (simulate's checked arguments) from the loop's rows and states.

    For a whole-point optimizer `x_states` is the loop's Trace and `y_states` None."""
    surface, optimizer = inputs["surface"], inputs["optimizer"]
    table = as_table(rows)
    frames = len(table)
    positions = table[:, 0:2]
    with np.errstate(all="ignore"):
        losses = surface.value(positions)
        # With batches the loop saw batch gradients; "true" means over the whole data set.
        true_gradients = surface.grad(table[:, 2:4]) if batched else table[:, 4:6]
    lr_column, momentum_column = _per_update(rates.used(), frames), _per_update(momentums, frames)
    if y_states is None:
        extra = trace_arrays(x_states, optimizer, surface, positions)
        states, t, effective = extra.pop("states"), np.arange(frames), extra.pop("effective")
    else:
        states, t = _state_history(optimizer, x_states, y_states)
        effective = _effective_lrs(optimizer, states, t, lr_column)
        extra = dict(evaluations=np.empty((frames, 0, 2)), evaluation_losses=np.empty((frames, 0)))
    extra["lr_cuts"] = rates.cut_updates()
    arrays = dict(
        positions=positions,
        losses=losses,
        gradients=table[:, 6:8],
        true_gradients=true_gradients,
        gradient_points=table[:, 2:4],
        lrs=lr_column,
        momentums=momentum_column,
        updates=table[:, 8:10],
        effective_lrs=effective,
        t=t,
        **extra,
    )
    for array in [*arrays.values(), *states.values()]:
        if array is not None:
            array.setflags(write=False)
    status = classify(surface, positions, true_gradients, inputs["steps"])
    return Run(**inputs, states=states, status=status, **arrays)


def trace_arrays(trace, optimizer, surface, positions) -> dict:
    """States, effective rates, line-search points and Hessians of a whole-point run."""
    frames = len(positions)
    fields = optimizer.state_fields()
    shown = np.array(trace.shown[:frames], dtype=float).reshape(-1, len(fields), 2)
    states = {name: np.ascontiguousarray(shown[:, i]) for i, name in enumerate(fields)}
    effective = np.full((frames, 2), np.nan)
    effective[: len(trace.step_sizes)] = np.array(trace.step_sizes)[:, None]
    most = max((len(points) for points in trace.evaluations), default=0)
    evaluations = np.full((frames, most, 3), np.nan)
    for k, points in enumerate(trace.evaluations):
        if points:
            evaluations[k, : len(points)] = points
    hessians = None
    if trace.hessians:
        hessians = np.empty((frames, 2, 2))
        with np.errstate(all="ignore"):
            hessians[-1] = surface.hessian(positions[-1])
        entries = np.array(trace.hessians, dtype=float)
        hessians[: len(entries)] = hessian_rows(entries)
    return dict(
        states=states, effective=effective, hessians=hessians,
        evaluations=np.ascontiguousarray(evaluations[..., :2]),
        evaluation_losses=np.ascontiguousarray(evaluations[..., 2]),
    )  # fmt: skip


def hessian_rows(entries: np.ndarray) -> np.ndarray:
    """(N, 2, 2) matrices from (N, 3) rows (∂²/∂x², ∂²/∂x∂y, ∂²/∂y²)."""
    fxx, fxy, fyy = entries.T
    return np.stack([np.stack([fxx, fxy], -1), np.stack([fxy, fyy], -1)], -2)


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
