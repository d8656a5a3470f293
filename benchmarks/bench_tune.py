"""Tuning benchmark: six optimizers, 40 candidate settings each, 5 noise seeds, 500 steps."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from benchmarks import baseline, benchmark, elapsed_ms
from benchmarks.numpy_baseline import gradient_at, initial_state, numpy_update
from engine.optimizers import OPTIMIZERS
from engine.scene.recommended import recommended_start
from engine.surfaces import Canyon
from engine.tune import Racer, TuneSettings, search_space, tune

NAMES = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")
BUDGET, SEEDS, STEPS, NOISE = 40, (0, 1, 2, 3, 4), 500, 0.1


def racers() -> list[Racer]:
    start = recommended_start(Canyon())
    return [Racer(name, OPTIMIZERS[name](), start, noise=NOISE) for name in NAMES]


@baseline("numpy_tune_loop_s")
def numpy_tune_loop_s() -> float:
    """The same 6 × 200 rows as plain numpy batches, one per optimizer, with the same kicks;
    no divergence, tolerance or scoring bookkeeping."""
    surface = Canyon()
    batches = []
    for racer in racers():
        columns = search_space(racer.optimizer, surface, BUDGET).columns()
        rows = {
            name: np.repeat(values, len(SEEDS)).reshape(-1, 1) for name, values in columns.items()
        }
        fields = {**vars(racer.optimizer), **rows, "name": racer.optimizer.name}
        batches.append(SimpleNamespace(**fields))
    kicks = np.stack(
        [NOISE * np.random.default_rng(s).standard_normal((STEPS + 1, 2)) for s in SEEDS]
    )
    kicks = kicks.transpose(1, 0, 2)

    def work():
        start = np.tile(racers()[0].start, (len(batches[0].lr), 1))
        with np.errstate(all="ignore"):
            for optimizer in batches:
                x = start.copy()
                state = initial_state(optimizer, x)
                for t in range(1, STEPS + 1):
                    grad = gradient_at(surface, optimizer, state, x)
                    grad = (grad.reshape(-1, len(SEEDS), 2) + kicks[t - 1]).reshape(-1, 2)
                    x = numpy_update(optimizer, state, x, grad, t)

    return elapsed_ms(work) / 1e3


@benchmark("tune_six_s", unit="s", target=3.0, repeats=5, baselines=(numpy_tune_loop_s,))
def tune_six_s() -> float:
    """tune(): six optimizers × 40 settings × 5 seeds × 500 steps on the canyon, one loop."""
    settings = TuneSettings(budget=BUDGET, seeds=SEEDS)
    return elapsed_ms(lambda: tune(Canyon(), racers(), STEPS, settings)) / 1e3
