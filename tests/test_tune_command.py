"""The `tune` sub-command: its JSON contract, one text line per optimizer, bad input is one line."""

from __future__ import annotations

import json

import pytest

import cli
from engine.optimizers import Momentum
from engine.run.simulate import simulate
from engine.surfaces import Quadratic

ARGS = [
    "tune", "--surface", "quadratic(kappa=50)", "--optimizers", "sgd,momentum(form=sutskever)",
    "--start", "-1.8,1.2", "--steps", "100", "--budget", "20", "--seeds", "3", "--noise", "0.05",
]  # fmt: skip
SPREAD = {"mean", "std", "min", "max"}


def tuned_json(capsys, *extra):
    assert cli.main([*ARGS, *extra, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_gives_each_optimizer_its_settings_score_spread_and_cost(capsys):
    data = tuned_json(capsys)
    assert data["objective"] == "final_loss" and data["budget"] == 20 and data["steps"] == 100
    assert data["seeds"] == [0, 1, 2] and data["starts"] == [[-1.8, 1.2]]
    sgd, momentum = data["optimizers"]
    assert (sgd["name"], momentum["name"]) == ("sgd", "momentum")
    assert set(sgd["settings"]) == {"lr"} and set(momentum["settings"]) == {"lr", "momentum"}
    for entry in data["optimizers"]:
        assert set(entry["score"]) == SPREAD
        score = entry["score"]
        assert score["min"] <= score["mean"] <= score["max"] and score["std"] >= 0
        assert entry["evaluations"] <= 20 and entry["runs"] == 3 * entry["evaluations"]
        assert entry["failed"] == 0 and entry["noise"] == 0.05
    assert data["ranking"] == ["momentum", "sgd"] and momentum["rank"] == 1
    # The spec's fixed fields stay; the searched ones are the chosen settings.
    assert "form=sutskever" in momentum["optimizer"]


def test_the_json_score_is_the_mean_of_single_runs_with_the_chosen_settings(capsys):
    momentum = tuned_json(capsys)["optimizers"][1]
    optimizer = Momentum(form="sutskever", **momentum["settings"])
    losses = [
        simulate(Quadratic(kappa=50), optimizer, (-1.8, 1.2), 100, noise=0.05, seed=s).losses[-1]
        for s in range(3)
    ]
    assert momentum["score"]["mean"] == pytest.approx(sum(losses) / 3, rel=1e-9)
    assert momentum["score"]["max"] == pytest.approx(max(losses), rel=1e-9)


def test_steps_to_tol_and_nearby_starts(capsys):
    data = tuned_json(capsys, "--objective", "steps_to_tol", "--tol", "1e-3", "--nearby", "2")
    assert data["objective"] == "steps_to_tol" and data["tol"] == 1e-3
    assert len(data["starts"]) == 3 and data["optimizers"][0]["runs"] == 20 * 9
    sgd, momentum = data["optimizers"]
    assert float(momentum["score"]["min"]).is_integer() and momentum["score"]["max"] <= 100
    assert momentum["failed"] == 0 and data["ranking"][0] == "momentum"
    if sgd["failed"] == 9:  # never within tol in 100 steps on any replicate: no score at all
        assert sgd["score"] == dict.fromkeys(SPREAD)


def test_text_is_one_line_per_optimizer_winner_first(capsys):
    assert cli.main(ARGS) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("1. momentum: lr=") and "momentum=" in lines[0]
    assert lines[1].startswith("2. sgd: lr=") and "final_loss" in lines[1] and "±" in lines[1]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (["--surface", "nowhere"], "nowhere"),
        (["--optimizers", "sgd,,adam"], "separated by commas"),
        (["--optimizers", "sgd,rocket"], "rocket"),
        (["--optimizers", "sgd(lr=-1)"], "lr"),
        (["--start", "1"], "--start '1'"),
        (["--steps", "-1"], "--steps -1"),
        (["--budget", "3"], "budget=3"),
        (["--seeds", "0"], "--seeds 0"),
        (["--first-seed", "-2"], "--first-seed -2"),
        (["--noise", "nan"], "--noise nan"),
        (["--nearby", "99"], "nearby=99"),
        (["--objective", "speed"], "invalid choice"),
        (["--tol", "0"], "tol=0.0"),
        (["--schedule", "warp"], "warp"),
        (["--format", "csv"], "invalid choice"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(capsys, change, message):
    assert cli.main([*ARGS, *change]) == 2
    captured = capsys.readouterr()
    assert message in captured.err and captured.err.count("\n") == 1
    assert captured.out == ""
