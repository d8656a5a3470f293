"""A question's answer, computed from the runs' own numbers up to the step's last frame."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from engine.lessons.model import Question
from engine.run.simulate import Run
from engine.run.status import CONVERGED_RADIUS
from engine.scene.scene import Scene

# Values this close to the best count as tied: 3e-13 and 7e-19 are both "at the minimum".
TIE_ABSOLUTE, TIE_RELATIVE = 1e-9, 1e-6
NEVER = math.inf  # the settle frame of a run that has not settled by the last frame


@dataclass(frozen=True)
class ChoiceResult:
    """One choice: its run's index in the scene (None: no run of that name) and its number.

    `value` is what the kind compares: a settle or divergence frame, or a loss; NaN when the
    run is gone, NEVER when it did not settle (or diverge) by the last frame."""

    name: str
    run: int | None
    value: float
    correct: bool


@dataclass(frozen=True)
class Answer:
    kind: str
    last: int  # the frame the answer is read at
    choices: tuple[ChoiceResult, ...]

    @property
    def correct(self) -> tuple[int, ...]:
        """Indices of the right choices (empty: none of them is right)."""
        return tuple(i for i, choice in enumerate(self.choices) if choice.correct)


def answer(question: Question, scene: Scene, runs: tuple[Run, ...], last: int) -> Answer:
    """Which choices are right when the runs of `scene` have played to frame `last`."""
    names = [spec.name for spec in scene.runs]
    measure = MEASURES[question.kind]
    values = []
    for name in question.choices:
        index = names.index(name) if name in names else None
        values.append((name, index, math.nan if index is None else measure(runs[index], last)))
    right = PICKS[question.kind]([value for _, _, value in values])
    return Answer(
        question.kind,
        last,
        tuple(ChoiceResult(n, i, v, k in right) for k, (n, i, v) in enumerate(values)),
    )


# --- what each kind measures on one run ---------------------------------------------------------


def played(run: Run, last: int) -> int:
    """The last frame of `run` within 0..last (a diverged run stops early)."""
    return min(last, run.last_frame)


def diverged_by(run: Run, last: int) -> float:
    status = run.status
    if status.kind == "diverged" and status.step is not None and status.step <= last:
        return float(status.step)
    return NEVER


def settle_frame(run: Run, last: int) -> float:
    """First frame from which the run stays at a lowest minimum through frame `last`."""
    surface = run.surface
    if diverged_by(run, last) != NEVER or not surface.minima:
        return NEVER
    lowest = min(point.value for point in surface.minima)
    targets = [point for point in surface.minima if point.value <= lowest + 1e-9]
    positions = run.positions[: played(run, last) + 1]
    near = _near_any(positions, targets, CONVERGED_RADIUS * surface.span)
    if not near[-1]:
        return NEVER
    outside = np.flatnonzero(~near)
    return float(outside[-1] + 1) if len(outside) else 0.0


def final_loss(run: Run, last: int) -> float:
    if diverged_by(run, last) != NEVER:
        return math.inf
    loss = float(run.losses[played(run, last)])
    return loss if math.isfinite(loss) else math.inf


def local_minimum_at_end(run: Run, last: int) -> float:
    """Frame `last` when the run ends it at a minimum that is not the lowest, else NEVER."""
    surface = run.surface
    if diverged_by(run, last) != NEVER or not surface.minima:
        return NEVER
    lowest = min(point.value for point in surface.minima)
    local = [point for point in surface.minima if point.value > lowest + 1e-9]
    position = run.positions[played(run, last)][None, :]
    stuck = bool(local) and _near_any(position, local, CONVERGED_RADIUS * surface.span)[0]
    return float(played(run, last)) if stuck else NEVER


def _near_any(positions: np.ndarray, points, radius: float) -> np.ndarray:
    near = np.zeros(len(positions), dtype=bool)
    with np.errstate(invalid="ignore"):
        for point in points:
            near |= np.hypot(positions[:, 0] - point.x, positions[:, 1] - point.y) <= radius
    return near


# --- which values are right ---------------------------------------------------------------------


def _tied(value: float, best: float) -> bool:
    if math.isinf(best):
        return value == best
    return abs(value - best) <= TIE_ABSOLUTE + TIE_RELATIVE * abs(best)


def lowest(values: list[float]) -> set[int]:
    finite = [v for v in values if not math.isnan(v)]
    if not finite or min(finite) == NEVER:
        return set()  # nobody did it: no choice is right
    best = min(finite)
    return {i for i, v in enumerate(values) if not math.isnan(v) and _tied(v, best)}


def highest(values: list[float]) -> set[int]:
    finite = [v for v in values if not math.isnan(v)]
    if not finite:
        return set()
    best = max(finite)
    return {i for i, v in enumerate(values) if not math.isnan(v) and _tied(v, best)}


def happened(values: list[float]) -> set[int]:
    """The choices whose event happened by the last frame (their value is its frame)."""
    return {i for i, v in enumerate(values) if not math.isnan(v) and v != NEVER}


MEASURES = {
    "first_to_converge": settle_frame,
    "last_to_converge": settle_frame,
    "lowest_final_loss": final_loss,
    "highest_final_loss": final_loss,
    "diverges": diverged_by,
    "stuck_in_local_minimum": local_minimum_at_end,
}
PICKS = {
    "first_to_converge": lowest,
    "last_to_converge": highest,
    "lowest_final_loss": lowest,
    "highest_final_loss": highest,
    "diverges": happened,
    "stuck_in_local_minimum": happened,
}
