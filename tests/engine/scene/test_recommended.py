"""Recommended settings: the six lecture optimizers race on every built-in surface."""

import json

import numpy as np
import pytest

from engine.optimizers import OPTIMIZERS
from engine.run.simulate import simulate
from engine.scene.presets import PRESET_FOLDER, preset_from_dict
from engine.scene.recommended import (
    DEFAULT_STEPS,
    RECOMMENDED,
    recommended,
    recommended_optimizer,
    recommended_spec,
    recommended_start,
    recommended_steps,
    recommended_table,
)
from engine.scene.scene import LECTURE_OPTIMIZERS
from engine.surfaces import SURFACES

BUILT_IN = [name for name in SURFACES if name != "custom"]


def race(surface_name):
    surface = SURFACES[surface_name]()
    runs = {}
    for name in LECTURE_OPTIMIZERS:
        spec = recommended_spec(surface_name, name)
        runs[name] = simulate(surface, spec["optimizer"], spec["start"], spec["steps"])
    return surface, runs


def test_every_built_in_surface_has_a_learning_rate_for_each_lecture_optimizer():
    assert sorted(RECOMMENDED) == sorted(BUILT_IN)
    for surface in BUILT_IN:
        for name in LECTURE_OPTIMIZERS:
            assert recommended(surface, name)["lr"] > 0, (surface, name)
            OPTIMIZERS[name](**recommended(surface, name))  # valid values


@pytest.mark.parametrize("surface_name", BUILT_IN)
def test_recommended_race_none_diverges_and_most_reach_a_minimum(surface_name):
    surface, runs = race(surface_name)
    x_min, x_max, y_min, y_max = surface.bounds
    start = recommended_start(surface_name)
    assert x_min <= start[0] <= x_max and y_min <= start[1] <= y_max
    for name, run in runs.items():
        assert run.status.kind != "diverged", name
        assert np.all(np.isfinite(run.positions)), name
    arrived = [name for name, run in runs.items() if run.status.kind == "converged"]
    assert len(arrived) >= 4, {name: run.status for name, run in runs.items()}


def test_recommended_race_is_a_race_not_a_tie():
    """On the lecture's own surfaces the runs arrive at different times."""
    for surface_name in ("canyon", "saddle", "plateau", "quadratic"):
        _, runs = race(surface_name)
        steps = {run.status.step for run in runs.values() if run.status.kind == "converged"}
        assert len(steps) >= 4, surface_name


def test_canyon_recommendations_are_the_canyon_race_presets_settings():
    data = json.loads((PRESET_FOLDER / "canyon-race.json").read_text(encoding="utf-8"))
    preset = preset_from_dict("canyon-race", data)
    for spec in preset.scene.runs:
        assert recommended_optimizer("canyon", spec.optimizer.name) == spec.optimizer
        assert recommended_start("canyon") == spec.start
    assert recommended_steps("canyon") == preset.scene.steps


def test_what_the_user_gives_wins_and_other_settings_are_kept():
    assert recommended_optimizer("rosenbrock", "adam", lr=0.3).lr == 0.3
    mine = OPTIMIZERS["momentum"](lr=0.5, momentum=0.7, form="sutskever")
    chosen = recommended_optimizer("himmelblau", mine)
    assert chosen.lr == recommended("himmelblau", "momentum")["lr"]
    assert (chosen.momentum, chosen.form) == (0.7, "sutskever")


def test_unlisted_pairs_fall_back_to_the_defaults():
    assert recommended("custom", "adam") == {}
    assert recommended("canyon", "adamw") == {}
    assert recommended_steps("custom") == DEFAULT_STEPS
    assert recommended_start(SURFACES["booth"]()) == SURFACES["booth"].start
    with pytest.raises(ValueError, match="unknown surface"):
        recommended("nope", "sgd")
    with pytest.raises(ValueError, match="unknown optimizer"):
        recommended("canyon", "nope")


def test_table_is_plain_json_data():
    table = recommended_table()
    assert json.loads(json.dumps(table)) == table
    assert table["rosenbrock"]["steps"] == recommended_steps("rosenbrock")
    assert table["canyon"]["optimizers"]["sgd"] == {"lr": 0.16}
