"""Basin-of-attraction maps: where each start of a grid ends up, and after how many steps."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np

from engine.checks import checked_rect, whole_number
from engine.optimizers import Optimizer
from engine.run.batch import SETTLE_EVERY, BatchRun, simulate_batch
from engine.run.cancel import Cancelled
from engine.run.inputs import checked_seed
from engine.run.status import CONVERGED, DIVERGED, STALLED
from engine.schedules import Constant, Schedule
from engine.surfaces import Surface

# Outcome codes besides the index (≥ 0) of the minimum a start converged to.
OUTCOME_STALLED, OUTCOME_DIVERGED, OUTCOME_UNFINISHED = -1, -2, -3
OUTCOME_NAMES = {
    OUTCOME_STALLED: "stalled",
    OUTCOME_DIVERGED: "diverged",
    OUTCOME_UNFINISHED: "unfinished",
}
MAX_GRID = 1000
# Starts are run this many at a time: the unit of progress and of cancelling (~50 ms of
# 500 Adam steps), big enough that numpy's per-call overhead stays small. Longer runs use
# fewer rows, so a block is about BLOCK_WORK particle-steps and Cancel stays prompt.
BLOCK_ROWS = 8192
BLOCK_WORK = 4_000_000
MIN_BLOCK_ROWS = 256
# Measured on 2 cores (200² Adam starts × 500 steps on himmelblau): 1 thread 270 ms, 2 threads
# 270 ms with 20% more CPU. The (N, 2) ops are too short to release the GIL for long, so the
# threads take turns; one thread also leaves the GUI thread the GIL more often.
THREADS = 1
CSV_COLUMNS = ("x", "y", "outcome", "steps", "final_x", "final_y", "final_loss")
# Basin colours: light enough to read contours and run paths through, distinct from the
# runs' Okabe-Ito colours; minima cycle through the first list. They stay in the engine
# because the command line's PNG and the window's map must agree, and the two share
# nothing below the engine.
MINIMUM_COLORS = ("#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f", "#e5c494")
OUTCOME_COLORS = {
    OUTCOME_STALLED: "#9a9a9a",
    OUTCOME_DIVERGED: "#3a3a3a",
    OUTCOME_UNFINISHED: "#ffffff",
}
# A start that took every step is drawn this much darker than one that settled at once.
STEP_SHADE = 0.5


@dataclass(frozen=True, eq=False)
class BasinMap:
    """Outcome of every start of a grid; arrays indexed [row (y), column (x)], read-only."""

    surface: Surface
    optimizer: Optimizer
    schedule: Schedule
    steps: int
    noise: float
    seed: int
    rect: tuple[float, float, float, float]  # x_min, x_max, y_min, y_max of the cells' edges
    xs: np.ndarray  # (G,) cell centres along x
    ys: np.ndarray  # (G,) cell centres along y
    outcome: np.ndarray  # (G, G) minimum index, or an OUTCOME_* code
    steps_taken: np.ndarray  # (G, G) settled step / diverged step / all steps
    final: np.ndarray  # (G, G, 2) final positions
    final_loss: np.ndarray  # (G, G)

    def outcomes(self) -> tuple[int, ...]:
        """Every outcome in legend order: the minima, then stalled, diverged, unfinished."""
        return (*range(len(self.surface.minima)), *OUTCOME_NAMES)

    def fractions(self) -> dict[int, float]:
        """Share of the starts ending each way, for every outcome (zero ones included)."""
        total = self.outcome.size
        return {
            code: float(np.count_nonzero(self.outcome == code)) / total for code in self.outcomes()
        }

    def rows(self) -> Iterator[dict]:
        """One dict per start with CSV_COLUMNS keys, row by row from the bottom (y) up."""
        for row, y in enumerate(self.ys):
            for column, x in enumerate(self.xs):
                yield {
                    "x": float(x),
                    "y": float(y),
                    "outcome": outcome_name(int(self.outcome[row, column])),
                    "steps": int(self.steps_taken[row, column]),
                    "final_x": float(self.final[row, column, 0]),
                    "final_y": float(self.final[row, column, 1]),
                    "final_loss": float(self.final_loss[row, column]),
                }


def outcome_name(code: int) -> str:
    """'0', '1', ... for a minimum (its index in the surface's list), else the outcome's name."""
    return OUTCOME_NAMES.get(code, str(code))


def outcome_color(code: int) -> str:
    """'#rrggbb' of an outcome: the minimum's colour, or stalled/diverged/unfinished's."""
    return OUTCOME_COLORS.get(code) or MINIMUM_COLORS[code % len(MINIMUM_COLORS)]


def basin_rgb(basin: BasinMap) -> np.ndarray:
    """(G, G, 3) uint8 colours indexed like basin.outcome, darker for more steps taken."""
    codes = basin.outcomes()
    palette = np.array([[int(outcome_color(c)[i : i + 2], 16) for i in (1, 3, 5)] for c in codes])
    lookup = np.searchsorted(np.array(sorted(codes)), basin.outcome)
    order = np.argsort(codes)  # position in `codes` of each sorted code
    rgb = palette[order[lookup]].astype(float)
    share = basin.steps_taken / max(basin.steps, 1)
    rgb *= 1.0 - STEP_SHADE * np.clip(share, 0.0, 1.0)[..., None]
    return np.rint(rgb).astype(np.uint8)


def grid_centres(rect, grid: int) -> tuple[np.ndarray, np.ndarray]:
    """Cell centres of a grid × grid division of rect, along x and along y."""
    x_min, x_max, y_min, y_max = rect
    cells = (np.arange(grid) + 0.5) / grid
    return x_min + cells * (x_max - x_min), y_min + cells * (y_max - y_min)


def basin_map(
    surface: Surface,
    optimizer: Optimizer,
    grid: int = 200,
    steps: int = 500,
    schedule: Schedule | None = None,
    noise: float = 0.0,
    seed: int = 0,
    rect=None,
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    settle_every: int = SETTLE_EVERY,
) -> BasinMap:
    """Run the optimizer from the centre of every cell of a grid over rect (default: bounds).

    Without noise each start follows exactly `simulate`'s path from it. With noise, block
    b of BLOCK_ROWS starts draws its kicks from a generator seeded by (seed, b).
    `settle_every` (see engine.run.batch.SETTLE_EVERY): 1 makes steps_taken exact, ~2× slower.
    """
    grid, rect = _checked_grid(grid), checked_rect(surface.bounds if rect is None else rect)
    seed, schedule = checked_seed(seed), schedule or Constant()
    xs, ys = grid_centres(rect, grid)
    grid_x, grid_y = np.meshgrid(xs, ys)
    starts = np.column_stack([grid_x.ravel(), grid_y.ravel()])
    rows = block_rows(steps)
    blocks = [slice(low, low + rows) for low in range(0, len(starts), rows)]

    stop = is_cancelled or _never

    def run_block(index: int) -> BatchRun:
        if stop():
            raise Cancelled
        block_seed = int(np.random.SeedSequence([seed, index]).generate_state(1)[0])
        return simulate_batch(
            surface, optimizer, starts[blocks[index]], steps, schedule, noise, block_seed,
            settle_every=settle_every,
        )  # fmt: skip

    batches = _run_blocks(run_block, len(blocks), progress, stop)
    return _assemble(surface, optimizer, schedule, steps, noise, seed, rect, xs, ys, batches)


def block_rows(steps: int) -> int:
    """Starts per block: BLOCK_ROWS, fewer for long runs so one block stays short."""
    return int(min(BLOCK_ROWS, max(MIN_BLOCK_ROWS, BLOCK_WORK // max(int(steps), 1))))


def _never() -> bool:
    return False


def _run_blocks(run_block, count: int, progress, stop) -> list[BatchRun]:
    """Run the blocks on THREADS threads, in order, reporting progress as they end.

    At most THREADS + 1 blocks are in flight (the pool stays busy while a result is read),
    so after a cancel no more than those run to their end.
    """
    from concurrent.futures import ThreadPoolExecutor  # here: the window starts 2 ms sooner

    results: list[BatchRun] = []
    with ThreadPoolExecutor(THREADS) as pool:
        pending = deque(pool.submit(run_block, index) for index in range(min(THREADS + 1, count)))
        submitted = len(pending)
        try:
            while pending:
                results.append(pending.popleft().result())
                if stop():
                    raise Cancelled
                if progress is not None:
                    progress(len(results) / count)
                if submitted < count:
                    pending.append(pool.submit(run_block, submitted))
                    submitted += 1
        finally:
            for future in pending:
                future.cancel()  # the ones not started yet; a started one ends on its own
    return results


def _assemble(surface, optimizer, schedule, steps, noise, seed, rect, xs, ys, batches):
    codes = np.concatenate([batch.status_codes for batch in batches])
    minimum = np.concatenate([batch.minimum for batch in batches])
    settled = np.concatenate([batch.settled_step for batch in batches])
    diverged = np.concatenate([batch.diverged_step for batch in batches])
    outcome = np.full(len(codes), OUTCOME_UNFINISHED)
    outcome[codes == CONVERGED] = minimum[codes == CONVERGED]
    outcome[codes == STALLED] = OUTCOME_STALLED
    outcome[codes == DIVERGED] = OUTCOME_DIVERGED
    steps_taken = np.where(codes == DIVERGED, diverged, steps)
    steps_taken = np.where((codes == CONVERGED) | (codes == STALLED), settled, steps_taken)
    shape = (len(ys), len(xs))
    arrays = [
        outcome.reshape(shape),
        steps_taken.reshape(shape),
        np.concatenate([batch.positions for batch in batches]).reshape(*shape, 2),
        np.concatenate([batch.losses for batch in batches]).reshape(shape),
    ]
    for array in (xs, ys, *arrays):
        array.setflags(write=False)
    return BasinMap(
        surface, optimizer, schedule, steps, noise, seed, rect, xs, ys, *arrays
    )  # fmt: skip


def _checked_grid(grid) -> int:
    return whole_number(grid, "grid", 2, MAX_GRID)
