"""What a search found: per racer its tuned optimizer, its score over the replicates, its cost."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from engine.optimizers import Optimizer
from engine.scene.specs import format_spec
from engine.surfaces import Surface
from engine.tune.space import SearchSpace


@dataclass(frozen=True, eq=False)
class Tuned:
    """One racer after its search; `scores` are the chosen candidate's, NaN where it failed
    (diverged, or for steps_to_tol never within the tolerance)."""

    racer: object  # the engine.tune.search.Racer tuned: its name, start, schedule and noise
    optimizer: Optimizer  # the racer's optimizer with the chosen values
    settings: dict[str, float]  # the searched names and their chosen values
    scores: np.ndarray  # (R,) one per replicate (noise seed × start)
    space: SearchSpace
    candidate_scores: np.ndarray  # (C,) mean over the replicates that did not fail, NaN if none
    candidate_failures: np.ndarray  # (C,) how many replicates failed

    @property
    def name(self) -> str:
        return self.racer.name

    @property
    def evaluations(self) -> int:
        """Candidate settings tried."""
        return self.space.size

    @property
    def runs(self) -> int:
        """Runs stepped for them: candidates × replicates."""
        return self.space.size * len(self.scores)

    @property
    def failed(self) -> int:
        return int(np.count_nonzero(np.isnan(self.scores)))

    def spread(self) -> dict[str, float | None]:
        """mean, std, min, max of the score over the replicates that did not fail."""
        good = self.scores[~np.isnan(self.scores)]
        if not len(good):
            return {"mean": None, "std": None, "min": None, "max": None}
        return {
            "mean": float(good.mean()), "std": float(good.std()),
            "min": float(good.min()), "max": float(good.max()),
        }  # fmt: skip

    def sort_key(self) -> tuple[int, float]:
        """Fewer failures first, then the lower mean score."""
        mean = self.spread()["mean"]
        return self.failed, math.inf if mean is None else mean

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "optimizer": format_spec(self.optimizer),
            "schedule": format_spec(self.racer.schedule),
            "start": list(self.racer.start),
            "noise": self.racer.noise,
            "settings": dict(self.settings),
            "score": self.spread(),
            "failed": self.failed,
            "evaluations": self.evaluations,
            "runs": self.runs,
        }


@dataclass(frozen=True, eq=False)
class TuneResult:
    """Every racer tuned under the same budget, objective, seeds and starts."""

    surface: Surface
    steps: int
    settings: object  # the TuneSettings searched with
    starts: np.ndarray  # (P, 2) the start and the nearby starts of the first racer
    entries: tuple[Tuned, ...]  # in the racers' order

    def ranking(self) -> list[Tuned]:
        """The race of the tuned settings: best first (ties keep the racers' order)."""
        return sorted(self.entries, key=Tuned.sort_key)

    def rank_of(self, entry: Tuned) -> int:
        """1 for the winner."""
        return 1 + self.ranking().index(entry)

    def to_dict(self) -> dict:
        settings = self.settings
        return {
            "surface": format_spec(self.surface),
            "steps": self.steps,
            "objective": settings.objective,
            "tol": settings.tol,
            "budget": settings.budget,
            "seeds": list(settings.seeds),
            "starts": self.starts.tolist(),
            "optimizers": [{**e.to_dict(), "rank": self.rank_of(e)} for e in self.entries],
            "ranking": [entry.name for entry in self.ranking()],
        }
