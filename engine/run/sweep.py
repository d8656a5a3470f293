"""Hyper-parameter sweeps: a grid of configurations stepped together as one (N, 2) batch.

Every configuration starts from the same point; row r holds configuration r, and a swept
hyper-parameter becomes an (N, 1) column (`per_row`), so the optimizers' own `init` and
`step` run all configurations at once. The loop mirrors `simulate` frame for frame, so a
cell equals the single run with its hyper-parameters.

The axes (what can be swept, and how) are engine.run.sweep_axes; their names stay
importable from here.
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass

import numpy as np

from engine.checks import checked_point, is_finite, is_whole
from engine.optimizers import Optimizer
from engine.run.batch import _classify
from engine.run.inputs import checked_steps
from engine.run.joint import batch_step, check_batchable
from engine.run.record import Run
from engine.run.status import KINDS, far_box
from engine.run.sweep_axes import (
    SCHEDULE_PREFIX,
    Axis,
    check_axis,
    owner_of,
    parse_axis,
    per_row,
    sweepable,
)
from engine.schedules import Constant, Schedule
from engine.surfaces import Surface

METRICS = ("final_loss", "steps_to_tol")
MIN_GRID, MAX_GRID = 2, 200
BLOCK_STEPS = 25  # progress and cancel are checked this often
DIVERGED = KINDS.index("diverged")
# Re-exported: the axes were defined here before engine.run.sweep_axes.
__all__ = [
    "METRICS",
    "SCHEDULE_PREFIX",
    "Axis",
    "SweepResult",
    "check_axis",
    "log_ticks",
    "owner_of",
    "parse_axis",
    "per_row",
    "run_steps_to_tolerance",
    "sweep",
    "sweepable",
]


def steps_to_tolerance(losses: np.ndarray, f_star: float, tol: float, diverged: bool) -> int:
    """First frame from which the loss stays within `tol` of f* to the end; -1 if never."""
    if diverged:
        return -1
    with np.errstate(invalid="ignore"):
        outside = np.flatnonzero(~(np.asarray(losses) - f_star <= tol))
    if len(outside) and outside[-1] == len(losses) - 1:
        return -1
    return int(outside[-1] + 1) if len(outside) else 0


def run_steps_to_tolerance(run: Run, tol: float) -> int:
    """steps_to_tolerance of one simulated run, the definition a sweep cell follows."""
    return steps_to_tolerance(
        run.losses, lowest_value(run.surface), tol, run.status.kind == "diverged"
    )


def lowest_value(surface: Surface) -> float:
    """f*: the lowest known minimum's value (0 when the surface lists none)."""
    return min((point.value for point in surface.minima), default=0.0)


@dataclass(frozen=True, eq=False)
class SweepResult:
    """A finished sweep; grids are indexed [iy, ix] (row = y value, column = x value)."""

    surface: Surface
    optimizer: Optimizer
    schedule: Schedule
    start: tuple[float, float]
    steps: int
    tol: float
    x: Axis
    y: Axis
    x_values: np.ndarray  # (G,)
    y_values: np.ndarray  # (G,)
    final_loss: np.ndarray  # (G, G) loss at the last frame (where caught, if diverged)
    steps_to_tol: np.ndarray  # (G, G) int, -1 when never within tol
    outcome: np.ndarray  # (G, G) index into engine.run.batch.KINDS

    @property
    def f_star(self) -> float:
        return lowest_value(self.surface)

    def settings(self, ix: int, iy: int) -> dict[str, float]:
        """The swept values of cell (ix, iy) by axis name."""
        return {self.x.name: float(self.x_values[ix]), self.y.name: float(self.y_values[iy])}

    def metric(self, name: str) -> np.ndarray:
        """(G, G) floats, lower is better, NaN where diverged (and, for steps, never reached)."""
        if name == "final_loss":
            grid = np.where(self.outcome == DIVERGED, np.nan, self.final_loss - self.f_star)
        elif name == "steps_to_tol":
            grid = np.where(self.steps_to_tol < 0, np.nan, self.steps_to_tol.astype(float))
        else:
            raise ValueError(f"metric {name!r} must be one of {', '.join(METRICS)}")
        return grid

    def best(self, name: str) -> tuple[int, int] | None:
        """(ix, iy) of the best cell by `name` (ties: lower final loss), None if all failed."""
        grid = self.metric(name)
        if np.all(np.isnan(grid)):
            return None
        with np.errstate(invalid="ignore"):
            tiebreak = np.where(self.outcome == DIVERGED, np.inf, self.final_loss)
        order = np.lexsort((tiebreak.ravel(), np.nan_to_num(grid, nan=np.inf).ravel()))
        iy, ix = np.unravel_index(order[0], grid.shape)
        return int(ix), int(iy)

    def rows(self):
        """(x, y, final_loss, steps_to_tol or None, outcome) per cell, x varying fastest."""
        for iy, y in enumerate(self.y_values):
            for ix, x in enumerate(self.x_values):
                steps = int(self.steps_to_tol[iy, ix])
                kind = KINDS[self.outcome[iy, ix]]
                yield float(x), float(y), float(self.final_loss[iy, ix]), steps, kind


def sweep(
    surface: Surface,
    optimizer: Optimizer,
    start,
    steps: int,
    x: Axis,
    y: Axis,
    grid: int,
    schedule: Schedule | None = None,
    tol: float = 1e-6,
    progress=None,
    is_cancelled=None,
) -> SweepResult | None:
    """Run every cell of the grid; None if `is_cancelled()` turned true on the way.

    `progress(fraction)` is called every BLOCK_STEPS steps, when `is_cancelled` is checked.
    """
    schedule = schedule or Constant()
    check_batchable(optimizer, schedule)
    start, steps = checked_point(start, "start"), checked_steps(steps)
    _check_grid(grid, tol, x, y, optimizer, schedule)
    xs, ys = x.values(grid), y.values(grid)
    cells = _Cells(surface, optimizer, schedule, start, _columns(x, y, xs, ys, optimizer, schedule))
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        finished = cells.run(steps, tol, progress, is_cancelled)
        if not finished:
            return None
        losses = surface.value(cells.positions)
    outcome, _ = _classify(surface, cells.positions, cells.gradients, cells.diverged_step)
    shape = (grid, grid)
    to_tol = np.where(outcome == DIVERGED, -1, cells.steps_to_tol)
    return SweepResult(
        surface, optimizer, schedule, start, steps, tol, x, y, xs, ys,
        losses.reshape(shape), to_tol.reshape(shape), outcome.reshape(shape),
    )  # fmt: skip


def _check_grid(grid, tol, x, y, optimizer, schedule) -> None:
    if not is_whole(grid):
        raise ValueError(f"grid={grid!r} must be a whole number")
    if not MIN_GRID <= grid <= MAX_GRID:
        raise ValueError(f"grid={grid} must be from {MIN_GRID} to {MAX_GRID}")
    if not (is_finite(tol) and tol > 0):
        raise ValueError(f"tol={tol!r} must be a finite number > 0")
    for axis in (x, y):
        check_axis(axis, optimizer, schedule)
    if x.key == y.key:
        raise ValueError(f"the two axes must sweep different parameters, not both {x.key!r}")


def _columns(x, y, xs, ys, optimizer, schedule) -> dict[str, dict[str, np.ndarray]]:
    """{'optimizer': {field: (N,) values}, 'schedule': {...}} with x varying fastest."""
    grid_x, grid_y = np.meshgrid(xs, ys)
    columns = {"optimizer": {}, "schedule": {}}
    for axis, values in ((x, grid_x.ravel()), (y, grid_y.ravel())):
        columns[owner_of(axis.name, optimizer, schedule)][axis.key] = values
    return columns


class _Cells:
    """The configurations still moving; a diverged one is recorded and dropped."""

    def __init__(self, surface, optimizer, schedule, start, columns):
        count = len(next(v for group in columns.values() for v in group.values()))
        self.surface, self.columns = surface, columns
        self.base = (optimizer, schedule)
        self.rows = np.arange(count)
        self.optimizer = per_row(optimizer, **columns["optimizer"])
        self.schedule = per_row(schedule, **columns["schedule"])
        self.x = np.tile(np.array(start, dtype=float), (count, 1))
        self.state = self.optimizer.init(self.x)
        self.positions = np.empty((count, 2))
        self.gradients = np.empty((count, 2))
        self.diverged_step = np.full(count, -1)
        self.steps_to_tol = np.full(count, -1)
        self._last_outside = np.full(count, -1)
        self._lrs, self._lr_from = None, 0

    def run(self, steps, tol, progress, is_cancelled) -> bool:
        """Step every cell `steps` times; False if cancelled."""
        low, high = (np.array(corner) for corner in _corners(far_box(self.surface)))
        f_star = lowest_value(self.surface)
        for t in range(steps + 1):
            if t % BLOCK_STEPS == 0:
                if is_cancelled is not None and is_cancelled():
                    return False
                if progress is not None:
                    progress(t / (steps + 1))
            grad = self.surface.grad(self.optimizer.gradient_point(self.state, self.x))
            outside = ~(self.surface.value(self.x) - f_star <= tol)
            self._last_outside[outside] = t
            bad = ~(np.all((self.x >= low) & (self.x <= high), axis=1)
                    & np.all(np.isfinite(grad), axis=1))  # fmt: skip
            if bad.any():
                self._drop(bad, grad, t)
                grad = grad[~bad]
                if not len(self.rows):
                    break
            if t == steps:
                break
            lr = self._lr(t, steps)
            update, self.state = batch_step(
                self.optimizer, self.surface, self.state, grad, lr, self.x
            )
            self.x = self.x + update
        self._finish(grad, steps)
        if progress is not None:
            progress(1.0)
        return True

    def _lr(self, t, steps):
        """This step's lr, (1, 1) or (n, 1), from blocks of the schedule's closed form."""
        if self._lrs is None or t - self._lr_from >= len(self._lrs):
            times = np.arange(t, min(t + BLOCK_STEPS, steps))
            curve = np.atleast_2d(self.optimizer.lr * self.schedule.factor(times))
            self._lrs, self._lr_from = np.ascontiguousarray(curve.T)[:, :, None], t
        return self._lrs[t - self._lr_from]

    def _drop(self, bad, grad, t) -> None:
        rows = self.rows[bad]
        self.positions[rows], self.gradients[rows] = self.x[bad], grad[bad]
        self.diverged_step[rows] = t
        keep = ~bad
        self.rows, self.x = self.rows[keep], self.x[keep]
        self._last_outside = self._last_outside[keep]
        fields = (f[keep] if isinstance(f, np.ndarray) and f.ndim else f for f in self.state)
        self.state = type(self.state)(*fields)
        optimizer, schedule = self.base
        self.optimizer = _compact(optimizer, self.columns["optimizer"], self.rows)
        self.schedule = _compact(schedule, self.columns["schedule"], self.rows)
        self._lrs = None  # recomputed for the rows left

    def _finish(self, grad, steps) -> None:
        self.positions[self.rows], self.gradients[self.rows] = self.x, grad
        settled = self._last_outside < steps
        self.steps_to_tol[self.rows] = np.where(settled, self._last_outside + 1, -1)


def _compact(obj, columns, rows):
    """`obj` with its per-row columns cut down to `rows` (already checked: no re-validation)."""
    clone = copy.copy(obj)
    for name, values in columns.items():
        object.__setattr__(clone, name, values[rows].reshape(-1, 1))
    return clone


def _corners(box):
    """(x_min, y_min) and (x_max, y_max) of a box given as (x_min, x_max, y_min, y_max)."""
    x_min, x_max, y_min, y_max = box
    return (x_min, y_min), (x_max, y_max)


def log_ticks(low: float, high: float, most: int = 6) -> list[float]:
    """log10 levels of round values (1, 2, 5 × 10^n, or whole decades when many) in [low, high]."""
    decades = range(math.floor(low), math.ceil(high) + 1)
    for factors in ((1, 2, 5), (1,)):
        ticks = [math.log10(f) + d for d in decades for f in factors]
        ticks = [t for t in ticks if low - 1e-9 <= t <= high + 1e-9]
        if 2 <= len(ticks) <= most:
            return ticks
    stride = max(1, math.ceil(len(ticks) / most))
    return ticks[::stride] if len(ticks) >= 2 else [low, high]
