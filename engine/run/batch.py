"""Run one optimizer from many starts at once: a cloud of particles stepped as (N, 2) arrays.

The optimizers and surfaces are the very ones `simulate` uses: `init`, `gradient_point`
and `step` on (N, 2) arrays and `surface.grad` on points of shape (N, 2). Without noise,
particle i follows exactly the path `simulate` gives for start i. With noise, the kicks
come from one generator seeded by `seed`, drawn step by step for the particles still
moving, so a particle's noise differs from a single run's with the same seed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from engine.checks import whole_number
from engine.optimizers import Optimizer
from engine.run.curves import lr_curve
from engine.run.inputs import checked_noise, checked_seed, checked_steps
from engine.run.joint import batch_step, check_batchable
from engine.run.status import (
    CONVERGED,
    CONVERGED_RADIUS,
    DIVERGED,
    KINDS,
    RAN_OUT,
    STALLED,
    STALLED_GRADIENT,
    far_box,
)
from engine.schedules import Constant, Schedule
from engine.surfaces import Surface

# Particles are stepped this many rows at a time, the time loop inside each chunk, so the
# few temporaries alive during a step (256 KiB each) stay in the CPU's L2 cache. Measured
# on Adam/Rosenbrock: 4k rows ~70, 16k ~87, all 100k at once ~55 M particle-steps/s.
CHUNK_ROWS = 16384

# Settling (a particle near one minimum, or on a flat gradient, and staying there) is checked
# every this many frames and on the last one, so tracking it costs ~5% of the run. The
# frame recorded is the first check from which every later check agreed: at most
# SETTLE_EVERY - 1 frames after `simulate`'s exact `Status.step` (equal to it with 1),
# or earlier if a particle left and came back between two checks.
SETTLE_EVERY = 16


@dataclass(frozen=True, eq=False)
class BatchRun:
    """Immutable record of a batch; every array is read-only and indexed by particle."""

    surface: Surface
    optimizer: Optimizer
    schedule: Schedule
    steps: int
    noise: float
    seed: int
    starts: np.ndarray  # (N, 2)
    positions: np.ndarray  # (N, 2) final; a diverged particle stays where it was caught
    losses: np.ndarray  # (N,)
    diverged_step: np.ndarray  # (N,) frame at which it diverged, -1 if never
    status_codes: np.ndarray  # (N,) index into KINDS
    minimum: np.ndarray  # (N,) index into surface.minima when converged, else -1
    history: np.ndarray | None  # (steps + 1, N, 2) positions by frame, if recorded
    # (N,) frame from which a converged particle stayed within the converged radius of its
    # minimum, or a stalled one on a flat gradient (see SETTLE_EVERY); -1 for the others
    settled_step: np.ndarray | None = None

    def kind(self, particle: int) -> str:
        """'converged', 'stalled', 'diverged' or 'max_steps' for one particle."""
        return KINDS[self.status_codes[particle]]

    def counts(self) -> dict[str, int]:
        """How many particles ended each way."""
        tally = np.bincount(self.status_codes, minlength=len(KINDS))
        return {kind: int(count) for kind, count in zip(KINDS, tally, strict=True)}


class _Ends(NamedTuple):
    """Where each particle of a chunk ended; views into the batch's result arrays."""

    positions: np.ndarray  # (n, 2)
    gradients: np.ndarray  # (n, 2) noise-free gradient at the last frame
    diverged_step: np.ndarray  # (n,)
    history: np.ndarray | None  # (F, n, 2)
    settled_step: np.ndarray  # (n,)


def simulate_batch(
    surface: Surface,
    optimizer: Optimizer,
    starts,
    steps: int,
    schedule: Schedule | None = None,
    noise: float = 0.0,
    seed: int = 0,
    record: bool = False,
    settle_every: int = SETTLE_EVERY,
) -> BatchRun:
    """Run `steps` updates from every row of `starts`; diverged particles freeze where caught.

    With record=True the history takes 16 bytes per particle per frame (320 MB for
    100,000 particles × 200 steps). `settle_every` is how often settling is checked.
    """
    schedule = schedule or Constant()
    check_batchable(optimizer, schedule)
    starts = _checked_starts(starts)
    steps, noise, seed = checked_steps(steps), checked_noise(noise), checked_seed(seed)
    lrs = lr_curve(optimizer, schedule, steps).tolist()
    ends = _Ends(
        positions=np.empty((len(starts), 2)),
        gradients=np.empty((len(starts), 2)),
        diverged_step=np.full(len(starts), -1),
        history=np.empty((steps + 1, len(starts), 2)) if record else None,
        settled_step=np.full(len(starts), -1),
    )
    whole_number(settle_every, "settle_every", 1)
    settling = _Settling(surface, settle_every)
    kicks = _kicks(noise, seed)
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        for low in range(0, len(starts), CHUNK_ROWS):
            rows = slice(low, low + CHUNK_ROWS)
            chunk = _rows_of(ends, rows)
            _run_chunk(surface, optimizer, starts[rows], lrs, kicks, chunk, settling)
        losses = surface.value(ends.positions)
    codes, minimum = _classify(surface, ends.positions, ends.gradients, ends.diverged_step)
    ends.settled_step[(codes != CONVERGED) & (codes != STALLED)] = -1
    for array in (starts, losses, codes, minimum, *ends):
        if array is not None:
            array.setflags(write=False)
    return BatchRun(
        surface, optimizer, schedule, steps, noise, seed, starts, ends.positions, losses,
        ends.diverged_step, codes, minimum, ends.history, ends.settled_step,
    )  # fmt: skip


class _Cloud:
    """The particles of one chunk still moving; diverged ones are dropped and cost nothing."""

    def __init__(self, optimizer: Optimizer, starts: np.ndarray):
        self.rows = np.arange(len(starts))  # row in the chunk of each moving particle
        self.x = starts.copy()
        self.state = optimizer.init(self.x)

    def drop(self, bad: np.ndarray) -> None:
        keep = ~bad
        self.rows, self.x = self.rows[keep], self.x[keep]
        fields = (f[keep] if isinstance(f, np.ndarray) else f for f in self.state)
        self.state = type(self.state)(*fields)


def _run_chunk(surface, optimizer, starts, lrs, kicks, ends: _Ends, settling) -> None:
    """Step one chunk frame by frame in the order `simulate` does, filling `ends`."""
    cloud = _Cloud(optimizer, starts)
    labels = np.full(len(starts), -1)  # settling label of each row at the last check
    low, high = _box(surface)
    steps = len(lrs)
    for t in range(steps + 1):
        grad = surface.grad(optimizer.gradient_point(cloud.state, cloud.x))
        if ends.history is not None:
            ends.history[t, cloud.rows] = cloud.x
        if not _all_fine(cloud.x, grad, low, high):
            bad = _caught(cloud.x, grad, low, high)
            _freeze(cloud, bad, grad, t, ends)
            grad = grad[~bad]
            cloud.drop(bad)
            if not len(cloud.rows):
                return
        if t % settling.every == 0 or t == steps:
            settling.track(cloud, grad, t, labels, ends.settled_step)
        if t == steps:
            break
        if kicks is not None:
            grad += kicks(len(grad))  # surface.grad returned a fresh array
        update, cloud.state = batch_step(optimizer, surface, cloud.state, grad, lrs[t], cloud.x)
        cloud.x += update
    ends.positions[cloud.rows] = cloud.x
    ends.gradients[cloud.rows] = grad


def _all_fine(x, grad, low, high) -> bool:
    """Cheap whole-chunk test: every position inside the box and every gradient finite.

    Reductions over whole arrays are ~50× faster than per-column ones, so the box is
    first shrunk to a square; NaN fails the comparisons, and a sum that overflows only
    sends the chunk on to the exact row-by-row test.
    """
    if not math.isfinite(grad.sum()):
        return False
    smallest, largest = x.min(), x.max()
    if low.max() <= smallest and largest <= high.min():
        return True
    return bool(np.all(x.min(axis=0) >= low) and np.all(x.max(axis=0) <= high))


def _caught(x, grad, low, high) -> np.ndarray:
    """Row by row: outside the box (or NaN), or a non-finite gradient."""
    inside = np.all((x >= low) & (x <= high), axis=1)
    return ~(inside & np.all(np.isfinite(grad), axis=1))


def _freeze(cloud: _Cloud, bad, grad, t: int, ends: _Ends) -> None:
    """Record the particles caught diverging at frame t; they keep that position from then on."""
    rows, x = cloud.rows[bad], cloud.x[bad]
    ends.positions[rows] = x
    ends.gradients[rows] = grad[bad]
    ends.diverged_step[rows] = t
    if ends.history is not None:
        ends.history[t + 1 :, rows] = x


class _Settling:
    """Per-particle tracking of where a particle settles, checked every `every` frames."""

    def __init__(self, surface: Surface, every: int):
        self.every = every
        self.radius_squared = (CONVERGED_RADIUS * surface.span) ** 2
        self.minima = [(point.x, point.y) for point in surface.minima]

    def labels(self, x: np.ndarray, grad: np.ndarray) -> np.ndarray:
        """1 + index of the minimum within the radius, else len(minima) + 1 on a flat
        gradient, else 0. Arithmetic only: masked assignments cost ~10× more here.

        A point within the radius of two minima gets the later one (they would have to
        lie closer than two radii: no surface has such minima).
        """
        x0, x1 = x[:, 0], x[:, 1]
        label = np.zeros(len(x), dtype=np.int64)
        for index, (px, py) in enumerate(self.minima):
            dx, dy = x0 - px, x1 - py
            dx *= dx
            dy *= dy
            dx += dy
            np.maximum(label, (dx <= self.radius_squared) * (index + 1), out=label)
        g0, g1 = grad[:, 0], grad[:, 1]
        flat = (g0 * g0 + g1 * g1) < STALLED_GRADIENT**2
        label[flat & (label == 0)] = len(self.minima) + 1
        return label

    def track(self, cloud: _Cloud, grad, t: int, labels, settled_step) -> None:
        """A particle whose label changed (or is 0) settles anew at frame t (or not at all)."""
        new = self.labels(cloud.x, grad)
        changed = (new != labels[cloud.rows]) | (new == 0)
        settled_step[cloud.rows[changed]] = np.where(new[changed] > 0, t, -1)
        labels[cloud.rows] = new


def _rows_of(ends: _Ends, rows: slice) -> _Ends:
    history = None if ends.history is None else ends.history[:, rows]
    return _Ends(
        ends.positions[rows], ends.gradients[rows], ends.diverged_step[rows], history,
        ends.settled_step[rows],
    )  # fmt: skip


def _box(surface: Surface) -> tuple[np.ndarray, np.ndarray]:
    x_min, x_max, y_min, y_max = far_box(surface)
    return np.array([x_min, y_min]), np.array([x_max, y_max])


def _kicks(noise: float, seed: int):
    """None without noise, else a function giving the next `rows` × 2 Gaussian kicks."""
    if noise == 0:
        return None
    generator = np.random.default_rng(seed)
    return lambda rows: noise * generator.standard_normal((rows, 2))


def _classify(surface, positions, gradients, diverged_step) -> tuple[np.ndarray, np.ndarray]:
    """Status codes and minimum indices by the rules of engine.run.status.classify."""
    radius = CONVERGED_RADIUS * surface.span
    minimum = np.full(len(positions), -1)
    nearest = np.full(len(positions), radius)
    for index, point in enumerate(surface.minima):
        distance = np.hypot(positions[:, 0] - point.x, positions[:, 1] - point.y)
        closer = distance <= nearest  # ties go to the later minimum, as in status._nearest
        minimum[closer], nearest[closer] = index, distance[closer]
    codes = np.full(len(positions), RAN_OUT, dtype=np.int8)
    codes[np.hypot(gradients[:, 0], gradients[:, 1]) < STALLED_GRADIENT] = STALLED
    codes[minimum >= 0] = CONVERGED
    diverged = diverged_step >= 0
    codes[diverged], minimum[diverged] = DIVERGED, -1
    return codes, minimum


def _checked_starts(starts) -> np.ndarray:
    try:
        array = np.array(starts, dtype=float)
    except (TypeError, ValueError):
        raise ValueError("starts must be an (N, 2) array of numbers") from None
    if array.ndim != 2 or array.shape[1] != 2 or len(array) == 0:
        raise ValueError(f"starts must have shape (N, 2) with N ≥ 1, not {array.shape}")
    bad = np.flatnonzero(~np.all(np.isfinite(array), axis=1))
    if len(bad):
        raise ValueError(f"starts must be finite; row {bad[0]} is {array[bad[0]].tolist()}")
    return array
