"""Tuning each optimizer's learning rate (and momentum or β1) before a race, so the race is fair.

`space` says what is searched for one optimizer (a log grid within a budget), `batch`
steps every candidate of every optimizer, for every seed and start, frame by frame in one
loop, `search` scores the candidates and picks each optimizer's best, and `result` holds
what was found, with its spread over the seeds, as JSON-ready data.
"""

from __future__ import annotations

from engine.tune.result import Tuned, TuneResult
from engine.tune.search import OBJECTIVES, Racer, TuneSettings, tune
from engine.tune.space import SearchSpace, search_space

__all__ = [
    "OBJECTIVES",
    "Racer",
    "SearchSpace",
    "TuneResult",
    "TuneSettings",
    "Tuned",
    "search_space",
    "tune",
]
