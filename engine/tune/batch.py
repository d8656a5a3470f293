"""Every candidate of every racer, for every seed and start, stepped together frame by frame.

A racer's rows form one block: row `c·R + r` is candidate c on replicate r (a noise seed
and a start). The optimizers' own `init`, `gradient_point` and `step` run each block as an
(n, 2) batch with the searched hyper-parameters as (n, 1) columns (engine.run.sweep_axes
`per_row`), and one loop steps every block a frame at a time, so progress and cancel cover
the whole search. A row follows exactly the path `simulate` gives for its settings, start,
noise and seed: its kicks are `gradient_noise(noise, seed, steps + 1)`, the very ones of a
single run, so every candidate of a racer meets the same noise (common random numbers).
A row leaving the far box, or meeting a non-finite gradient, is frozen where it was caught.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from engine.run.cancel import Cancelled
from engine.run.simulate import gradient_noise
from engine.run.status import far_box
from engine.run.sweep import BLOCK_STEPS, lowest_value
from engine.run.sweep_axes import per_row


@dataclass(frozen=True, eq=False)
class Block:
    """What one racer's rows need: its optimizer and schedule, candidates and replicates."""

    optimizer: object  # the racer's optimizer; searched fields come from `columns`
    schedule: object
    columns: dict[str, np.ndarray]  # {name: (C,)} the candidates
    starts: np.ndarray  # (R, 2) the start of each replicate
    seeds: tuple[int, ...]  # (R,) the noise seed of each replicate
    noise: float


class Outcome(NamedTuple):
    """Per row of a block: final loss − f*, frames to tolerance (-1: never), diverged."""

    final_gap: np.ndarray  # (C·R,) NaN once diverged
    steps_to_tol: np.ndarray  # (C·R,) int
    diverged: np.ndarray  # (C·R,) bool


class _Rows:
    """A block's rows while they step; diverged ones are kept but frozen in `positions`."""

    def __init__(self, surface, block: Block, steps: int):
        candidates, replicates = len(next(iter(block.columns.values()))), len(block.starts)
        self.surface = surface
        self.optimizer = per_row(
            block.optimizer, **{k: np.repeat(v, replicates) for k, v in block.columns.items()}
        )
        self.lr = self.optimizer.lr  # (C·R, 1): "lr" is always searched
        self.factors = block.schedule.factor(np.arange(steps)).tolist()
        self.x = np.tile(np.asarray(block.starts, dtype=float), (candidates, 1))
        self.state = self.optimizer.init(self.x)
        self.kicks = _kicks(block, steps)
        self.alive = np.ones(len(self.x), dtype=bool)
        self.positions = np.empty_like(self.x)
        self.diverged_step = np.full(len(self.x), -1)
        self.last_outside = np.full(len(self.x), -1)

    def frame(self, t: int, steps: int, box, tolerance) -> None:
        """Check frame t, then (before the last frame) take update t."""
        grad = self.surface.grad(self.optimizer.gradient_point(self.state, self.x))
        if tolerance is not None:
            f_star, tol = tolerance
            self.last_outside[~(self.surface.value(self.x) - f_star <= tol)] = t
        low, high = box
        bad = ~(np.all((self.x >= low) & (self.x <= high), axis=1)
                & np.all(np.isfinite(grad), axis=1))  # fmt: skip
        caught = bad & self.alive
        if caught.any():
            self.positions[caught] = self.x[caught]
            self.diverged_step[caught] = t
            self.alive &= ~caught
        if t == steps:
            return
        if self.kicks is not None:  # rows are candidate-major: (C, R, 2) + (R, 2)
            grad = (grad.reshape(-1, *self.kicks.shape[1:]) + self.kicks[t]).reshape(-1, 2)
        update, self.state = self.optimizer.step(
            self.state, grad, self.lr * self.factors[t], self.x
        )
        self.x = self.x + update

    def outcome(self, steps: int) -> Outcome:
        self.positions[self.alive] = self.x[self.alive]
        gap = self.surface.value(self.positions) - lowest_value(self.surface)
        diverged = ~self.alive
        gap[diverged] = np.nan
        reached = self.alive & (self.last_outside < steps)
        return Outcome(gap, np.where(reached, self.last_outside + 1, -1), diverged)


def _kicks(block: Block, steps: int) -> np.ndarray | None:
    """(steps + 1, R, 2) noise of each replicate by frame, or None without noise."""
    if block.noise == 0:
        return None
    kicks = [gradient_noise(block.noise, seed, steps + 1) for seed in block.seeds]
    return np.ascontiguousarray(np.stack(kicks).transpose(1, 0, 2))


def run_blocks(surface, blocks, steps: int, tol: float | None, progress=None, is_cancelled=None):
    """Step every block `steps` times; an Outcome per block. `tol` None: steps to tolerance
    are not tracked (-1). Raises Cancelled once `is_cancelled()` is true (checked, with
    `progress(fraction)`, every BLOCK_STEPS frames)."""
    x_min, x_max, y_min, y_max = far_box(surface)
    low, high = np.array([x_min, y_min]), np.array([x_max, y_max])
    tolerance = None if tol is None else (lowest_value(surface), tol)
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        rows = [_Rows(surface, block, steps) for block in blocks]
        for t in range(steps + 1):
            if t % BLOCK_STEPS == 0:
                if is_cancelled is not None and is_cancelled():
                    raise Cancelled
                if progress is not None:
                    progress(t / (steps + 1))
            for block_rows in rows:
                block_rows.frame(t, steps, (low, high), tolerance)
        outcomes = [block_rows.outcome(steps) for block_rows in rows]
    if progress is not None:
        progress(1.0)
    return outcomes
