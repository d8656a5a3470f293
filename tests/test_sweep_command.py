"""The `sweep` sub-command: its CSV agrees with the engine, its PNG opens, bad input is one line."""

from __future__ import annotations

import csv

import pytest
from PIL import Image

import cli
from engine.optimizers import Momentum
from engine.run.simulate import simulate
from engine.run.sweep import run_steps_to_tolerance
from engine.surfaces import Quadratic

ARGS = [
    "sweep", "--surface", "quadratic(kappa=25)", "--optimizer", "momentum", "--start", "-1,1",
    "--steps", "120", "--x", "lr:0.01:0.3:log", "--y", "momentum:0:0.9:lin", "--grid", "5",
    "--tol", "1e-4",
]  # fmt: skip


def test_csv_has_one_row_per_cell_matching_single_runs(tmp_path):
    out = tmp_path / "sweep.csv"
    assert cli.main([*ARGS, "--out", str(out)]) == 0
    with out.open(newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert list(rows[0]) == ["lr", "momentum", "final_loss", "steps_to_tol", "outcome"]
    assert len(rows) == 25
    outcomes = set()
    for row in rows:
        optimizer = Momentum(lr=float(row["lr"]), momentum=float(row["momentum"]))
        run = simulate(Quadratic(kappa=25), optimizer, (-1.0, 1.0), 120)
        assert float(row["final_loss"]) == pytest.approx(run.losses[-1], rel=1e-12)
        expected = run_steps_to_tolerance(run, 1e-4)
        assert row["steps_to_tol"] == ("" if expected < 0 else str(expected))
        assert row["outcome"] == run.status.kind
        outcomes.add(row["outcome"])
    assert {"converged", "diverged"} <= outcomes


@pytest.mark.parametrize("metric", ["final_loss", "steps_to_tol"])
def test_png_is_written(tmp_path, metric):
    out = tmp_path / "sweep.png"
    assert cli.main([*ARGS, "--metric", metric, "--out", str(out)]) == 0
    with Image.open(out) as image:
        assert image.format == "PNG" and image.width > 600 and image.height > 600


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (["--out", "{tmp}/x.txt"], "must end in .csv or .png"),
        (["--out", "{tmp}/missing/x.csv"], "does not exist"),
        (["--x", "beta2:0.5:0.9", "--out", "{tmp}/x.csv"], "cannot sweep 'beta2'"),
        (["--x", "lr:1:0.1:log", "--out", "{tmp}/x.csv"], "LO must be below HI"),
        (["--grid", "1", "--out", "{tmp}/x.csv"], "grid=1 must be from 2 to 200"),
        (["--tol", "-1", "--out", "{tmp}/x.csv"], "tol=-1.0 must be"),
        (["--y", "momentum", "--out", "{tmp}/x.csv"], "must be NAME:LO:HI"),
        (["--steps", "-3", "--out", "{tmp}/x.csv"], "--steps -3"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, change, message):
    change = [part.replace("{tmp}", str(tmp_path)) for part in change]
    assert cli.main([*ARGS, *change]) == 2
    error = capsys.readouterr().err
    assert message in error and error.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_a_schedule_parameter_is_swept_with_or_without_its_prefix(tmp_path):
    for name in ("k", "schedule.k"):
        out = tmp_path / f"{name}.csv"
        argv = ["sweep", "--surface", "quadratic", "--optimizer", "sgd", "--schedule",
                "exponential", "--x", f"{name}:0:0.05", "--y", "lr:0.01:0.1:log", "--grid", "3",
                "--steps", "50", "--out", str(out)]  # fmt: skip
        assert cli.main(argv) == 0
        assert out.read_text().splitlines()[0] == f"{name},lr,final_loss,steps_to_tol,outcome"
