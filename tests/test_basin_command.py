"""`python main.py basin`: CSV rows agree with `run`'s single runs, PNG pixels with outcomes."""

import csv
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

import cli
from engine.optimizers import SGD
from engine.run.basin import outcome_color
from engine.run.simulate import simulate
from engine.surfaces import Himmelblau

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--surface", "himmelblau", "--optimizer", "sgd(lr=0.02)", "--grid", "4", "--steps", "60"]
NAMED = {"stalled": "stalled", "diverged": "diverged", "unfinished": "max_steps"}


def basin(*args: str) -> int:
    return cli.main(["basin", *args])


def test_csv_rows_agree_with_single_runs(tmp_path):
    out = tmp_path / "map.csv"
    assert basin(*ARGS, "--out", str(out)) == 0
    with out.open() as stream:
        rows = list(csv.DictReader(stream))
    assert list(rows[0]) == ["x", "y", "outcome", "steps", "final_x", "final_y", "final_loss"]
    assert len(rows) == 16
    assert {float(row["x"]) for row in rows} == {-3.75, -1.25, 1.25, 3.75}
    surface = Himmelblau()
    for row in rows:
        run = simulate(surface, SGD(lr=0.02), (float(row["x"]), float(row["y"])), 60)
        status = run.status
        if row["outcome"].isdigit():
            assert (status.kind, status.minimum) == ("converged", int(row["outcome"]))
            assert int(row["steps"]) == status.step
        else:
            assert status.kind == NAMED[row["outcome"]]
        final = [float(row[key]) for key in ("final_x", "final_y", "final_loss")]
        np.testing.assert_allclose(final, [*run.positions[-1], run.losses[-1]], rtol=1e-9)
    assert {row["outcome"] for row in rows} >= {"0", "1", "unfinished"}


def test_minimum_indices_are_list_json_order():
    listing = subprocess.run(
        [sys.executable, "main.py", "list", "--json"], cwd=ROOT, capture_output=True, text=True
    )
    surfaces = json.loads(listing.stdout)["surfaces"]
    entry = next(item for item in surfaces if item["name"] == "himmelblau")
    first = entry["minima"][0]
    assert (first["x"], first["y"]) == pytest.approx((3.0, 2.0))


def test_png_is_a_figure_with_the_map_drawn_one_to_one_top_row_highest(tmp_path):
    from descent_lab.cli.basin_figure import LEFT, SIDE, TOP, nice_ticks

    out = tmp_path / "map.png"
    assert basin(*ARGS[:4], "--grid", "40", "--steps", "600", "--out", str(out)) == 0
    pixels = np.asarray(Image.open(out).convert("RGB")).astype(int)
    assert pixels.shape[0] > TOP + SIDE and pixels.shape[1] > LEFT + SIDE  # room for axes
    # Himmelblau's bounds are square: a square map. Near the minimum (3, 2) the start settles
    # at once: its colour, hardly darkened, just beside the star drawn there.
    column = LEFT + round((3 + 5) / 10 * SIDE) + 20
    row = TOP + round((5 - 2) / 10 * SIDE)
    expected = [int(outcome_color(0)[i : i + 2], 16) for i in (1, 3, 5)]
    np.testing.assert_allclose(pixels[row, column], expected, atol=expected[0] * 0.1)
    star = pixels[row - 3 : row + 4, column - 23 : column - 16]
    assert (star.sum(axis=2) > 740).any()  # the white ☆ of the minimum
    assert nice_ticks(-5, 5) == [-4.0, -2.0, 0.0, 2.0, 4.0]


@pytest.mark.parametrize(
    ("extra", "named"),
    [
        (["--out", "map.txt"], ".png or .csv"),
        (["--grid", "1", "--out", "map.csv"], "grid"),
        (["--steps", "-3", "--out", "map.csv"], "steps"),
        (["--noise", "-1", "--out", "map.csv"], "noise"),
        (["--out", "missing/map.csv"], "does not exist"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    tmp_path, monkeypatch, capsys, extra, named
):
    monkeypatch.chdir(tmp_path)
    argv = ["--surface", "himmelblau", "--optimizer", "sgd", "--grid", "3", "--steps", "5"]
    assert basin(*argv, *extra) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and named in err
    assert list(tmp_path.iterdir()) == []


def test_bad_optimizer_spec_is_reported(capsys, tmp_path):
    assert (
        basin("--surface", "himmelblau", "--optimizer", "nope", "--out", str(tmp_path / "m.csv"))
        == 2
    )
    assert "nope" in capsys.readouterr().err
