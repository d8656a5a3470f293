"""Tune each racer: score every candidate over the same seeds and starts, keep each one's best.

A candidate's score is the objective over every replicate (noise seed × start): the final
loss minus f*, or the frames until the loss stays within `tol` of f*. A replicate that
diverged (or never got within the tolerance) failed; the candidate that failed the fewest
replicates wins, then the lower mean score over the others, then the lower mean final loss.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field

import numpy as np

from engine.checks import checked_point, whole_number
from engine.optimizers import Optimizer
from engine.run.inputs import checked_noise, checked_seed, checked_steps
from engine.run.sweep import METRICS
from engine.schedules import Constant, Schedule
from engine.surfaces import Surface
from engine.tune.batch import Block, Outcome, run_blocks
from engine.tune.result import Tuned, TuneResult
from engine.tune.space import SearchSpace, checked_budget, search_space

OBJECTIVES = METRICS  # final_loss, steps_to_tol: the sweep map's metrics
MAX_SEEDS, MAX_NEARBY = 100, 16
NEARBY_FRACTION = 0.02  # nearby starts lie this fraction of the surface's span from the start


@dataclass(frozen=True)
class Racer:
    """One optimizer to tune, with what it keeps: its schedule, start and noise."""

    name: str
    optimizer: Optimizer
    start: tuple[float, float]
    schedule: Schedule = field(default_factory=Constant)
    noise: float = 0.0

    def __post_init__(self):
        object.__setattr__(self, "start", checked_point(self.start, "start"))
        object.__setattr__(self, "noise", checked_noise(self.noise))


@dataclass(frozen=True)
class TuneSettings:
    """The rules every racer is tuned under."""

    budget: int = 40  # candidate settings per optimizer
    seeds: tuple[int, ...] = (0, 1, 2, 3, 4)  # noise seeds, each candidate scored on all
    objective: str = "final_loss"
    nearby: int = 0  # starts around each racer's start, added to it
    tol: float = 1e-6  # for steps_to_tol: loss − f* counted as reached

    def __post_init__(self):
        checked_budget(self.budget)
        seeds = tuple(checked_seed(seed) for seed in self.seeds)
        if not 1 <= len(seeds) <= MAX_SEEDS or len(set(seeds)) != len(seeds):
            raise ValueError(f"seeds must be 1 to {MAX_SEEDS} different whole numbers ≥ 0")
        object.__setattr__(self, "seeds", seeds)
        if self.objective not in OBJECTIVES:
            raise ValueError(f"objective={self.objective!r} must be one of {', '.join(OBJECTIVES)}")
        whole_number(self.nearby, "nearby", 0, MAX_NEARBY)
        if not (isinstance(self.tol, int | float) and math.isfinite(self.tol) and self.tol > 0):
            raise ValueError(f"tol={self.tol!r} must be a finite number > 0")


def tune(
    surface: Surface,
    racers,
    steps: int,
    settings: TuneSettings | None = None,
    progress=None,
    is_cancelled=None,
) -> TuneResult:
    """Search every racer's settings in one batch; raises Cancelled if asked to stop."""
    settings = settings or TuneSettings()
    racers, steps = tuple(racers), checked_steps(steps)
    if not racers:
        raise ValueError("tune needs at least one optimizer")
    spaces = [search_space(racer.optimizer, surface, settings.budget) for racer in racers]
    blocks = [_block(surface, racer, space, settings) for racer, space in zip(racers, spaces)]
    tol = settings.tol if settings.objective == "steps_to_tol" else None
    outcomes = run_blocks(surface, blocks, steps, tol, progress, is_cancelled)
    entries = tuple(
        _pick(racer, space, outcome, settings) for racer, space, outcome in
        zip(racers, spaces, outcomes, strict=True)
    )  # fmt: skip
    return TuneResult(surface, steps, settings, blocks[0].starts[:: len(settings.seeds)], entries)


def nearby_starts(surface: Surface, start, count: int) -> np.ndarray:
    """(1 + count, 2): `start`, then `count` points evenly round a small circle about it."""
    angles = 2 * np.pi * np.arange(count) / max(count, 1)
    radius = NEARBY_FRACTION * surface.span
    ring = np.asarray(start) + radius * np.column_stack([np.cos(angles), np.sin(angles)])
    return np.vstack([np.asarray(start, dtype=float), ring])


def _block(surface, racer: Racer, space: SearchSpace, settings: TuneSettings) -> Block:
    """Replicate r = (seed r // P, start r % P) of the P starts: every seed on every start."""
    points = nearby_starts(surface, racer.start, settings.nearby)
    starts = np.tile(points, (len(settings.seeds), 1))
    seeds = tuple(seed for seed in settings.seeds for _ in range(len(points)))
    return Block(racer.optimizer, racer.schedule, space.columns(), starts, seeds, racer.noise)


def _pick(racer: Racer, space: SearchSpace, outcome: Outcome, settings: TuneSettings) -> Tuned:
    """The racer's best candidate by the rule of this module's docstring."""
    replicates = len(settings.seeds) * (1 + settings.nearby)
    scores = _scores(outcome, settings.objective).reshape(space.size, replicates)
    failures = np.count_nonzero(np.isnan(scores), axis=1)
    means = _mean_of_rows(scores)
    losses = _mean_of_rows(outcome.final_gap.reshape(space.size, replicates))
    order = np.lexsort((np.nan_to_num(losses, nan=np.inf), np.nan_to_num(means, nan=np.inf),
                        failures))  # fmt: skip
    best = int(order[0])
    chosen = space.settings(best)
    return Tuned(
        racer, dataclasses.replace(racer.optimizer, **chosen), chosen, scores[best],
        space, means, failures,
    )  # fmt: skip


def _scores(outcome: Outcome, objective: str) -> np.ndarray:
    if objective == "final_loss":
        return outcome.final_gap
    return np.where(outcome.steps_to_tol < 0, np.nan, outcome.steps_to_tol.astype(float))


def _mean_of_rows(values: np.ndarray) -> np.ndarray:
    """Mean of each row over its non-NaN entries, NaN for a row without any (no warning:
    np.nanmean warns, and warnings filters are not thread-safe)."""
    good = ~np.isnan(values)
    counts = good.sum(axis=1)
    sums = np.where(good, values, 0.0).sum(axis=1)
    return np.divide(sums, counts, out=np.full(len(values), np.nan), where=counts > 0)
