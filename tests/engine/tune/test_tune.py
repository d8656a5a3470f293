"""Tuning: the fair race's ranking follows theory on any seeds, rows are single runs, cancel."""

import math

import numpy as np
import pytest

from engine.optimizers import OPTIMIZERS, SGD, Adam, Momentum
from engine.run.cancel import Cancelled
from engine.run.simulate import simulate
from engine.run.sweep import BLOCK_STEPS, lowest_value
from engine.surfaces import SURFACES, Quadratic
from engine.tune import Racer, TuneSettings, search_space, tune
from engine.tune.search import nearby_starts

SEED_SETS = ((0, 1, 2, 3, 4), (100, 101, 102, 103, 104))


def heavy_ball_race(seeds, objective="final_loss", noise=0.05, steps=100):
    surface = Quadratic(kappa=50.0)
    racers = [
        Racer(name, OPTIMIZERS[name](), surface.start, noise=noise) for name in ("sgd", "momentum")
    ]
    return tune(surface, racers, steps, TuneSettings(budget=40, seeds=seeds, objective=objective))


@pytest.mark.parametrize("seeds", SEED_SETS)
def test_tuned_heavy_ball_beats_tuned_gd_on_an_ill_conditioned_quadratic(seeds):
    """Theory: tuned GD contracts by (κ−1)/(κ+1) per step, tuned heavy ball by (√κ−1)/(√κ+1)."""
    result = heavy_ball_race(seeds)
    assert [entry.name for entry in result.ranking()] == ["momentum", "sgd"]
    sgd, momentum = result.entries
    assert sgd.failed == momentum.failed == 0
    assert momentum.spread()["mean"] * 3 < sgd.spread()["mean"]


def test_steps_to_tolerance_ranks_the_same_and_gd_needs_about_theory_s_steps():
    result = heavy_ball_race(SEED_SETS[0], "steps_to_tol", noise=0.0, steps=500)
    sgd, momentum = result.entries
    assert result.ranking()[0] is momentum
    assert momentum.spread()["mean"] * 2 < sgd.spread()["mean"]
    # GD is fastest at lr = 2/(κ+1), where both axes contract by (κ−1)/(κ+1) a step.
    assert sgd.settings["lr"] == pytest.approx(2 / 51, rel=0.15)
    assert sgd.spread()["std"] == 0.0  # no noise: every seed runs the same path


def test_the_same_seeds_give_the_same_result():
    first, second = heavy_ball_race(SEED_SETS[0]), heavy_ball_race(SEED_SETS[0])
    for a, b in zip(first.entries, second.entries, strict=True):
        assert a.settings == b.settings
        np.testing.assert_array_equal(a.scores, b.scores)


def test_each_replicate_score_is_the_single_run_of_the_tuned_settings():
    surface = SURFACES["canyon"]()
    racers = [Racer("adam", Adam(), (-3.5, 0.8), noise=0.3), Racer("sgd", SGD(), (-3.0, 1.0))]
    settings = TuneSettings(budget=12, seeds=(3, 9), nearby=2)
    result = tune(surface, racers, 60, settings)
    for racer, entry in zip(racers, result.entries, strict=True):
        starts = nearby_starts(surface, racer.start, 2)
        expected = [
            simulate(
                surface, entry.optimizer, tuple(start), 60, noise=racer.noise, seed=seed
            ).losses[-1]
            - lowest_value(surface)
            for seed in settings.seeds
            for start in starts
        ]
        np.testing.assert_allclose(entry.scores, expected, rtol=1e-9, atol=1e-12)
        assert entry.evaluations <= 12 and entry.runs == entry.evaluations * 6


def test_search_space_stays_within_budget_and_ranges():
    surface = Quadratic(kappa=50.0)
    for budget in (4, 5, 17, 40, 100):
        for optimizer in (SGD(), Momentum(), Adam()):
            space = search_space(optimizer, surface, budget)
            assert 2 <= space.size <= budget
            columns = space.columns()
            assert np.all((columns["lr"] >= 1e-6) & (columns["lr"] <= 10))
    assert search_space(Adam(), surface, 40).names == ("lr", "beta1")
    assert search_space(Momentum(), surface, 40).names == ("lr", "momentum")
    assert search_space(SGD(), surface, 40).names == ("lr",)


def test_diverging_candidates_fail_and_are_never_chosen():
    surface = Quadratic(kappa=50.0)
    result = tune(
        surface, [Racer("sgd", SGD(), surface.start)], 200, TuneSettings(budget=20, seeds=(0,))
    )
    (entry,) = result.entries
    assert entry.candidate_failures.max() == 1  # the grid reaches beyond 2/κ: some diverge
    assert entry.failed == 0 and entry.settings["lr"] < 2 / 50


def test_cancel_stops_the_search_at_the_next_check():
    surface = SURFACES["canyon"]()
    racers = [Racer(name, OPTIMIZERS[name](), (-3.5, 0.8)) for name in ("sgd", "adam")]
    checks, reports = [], []

    def is_cancelled():
        checks.append(1)
        return len(checks) > 2

    with pytest.raises(Cancelled):
        tune(surface, racers, 1000, TuneSettings(budget=10), reports.append, is_cancelled)
    assert len(checks) == 3 and len(reports) == 2  # 2 blocks of BLOCK_STEPS frames, no more
    assert reports[-1] == pytest.approx(BLOCK_STEPS / 1001)


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"budget": 3}, "budget"),
        ({"budget": 2.5}, "budget"),
        ({"seeds": ()}, "seeds"),
        ({"seeds": (1, 1)}, "seeds"),
        ({"seeds": (-1,)}, "seed"),
        ({"objective": "speed"}, "objective"),
        ({"nearby": -1}, "nearby"),
        ({"tol": 0.0}, "tol"),
        ({"tol": math.nan}, "tol"),
    ],
)
def test_bad_settings_are_refused_naming_the_field(changes, message):
    with pytest.raises(ValueError, match=message):
        TuneSettings(**changes)


def test_no_racer_and_bad_start_are_refused():
    with pytest.raises(ValueError, match="at least one"):
        tune(Quadratic(), [], 10)
    with pytest.raises(ValueError, match="start"):
        Racer("sgd", SGD(), (math.inf, 0.0))
