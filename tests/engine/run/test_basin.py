"""Basin maps: agreement with single runs, the four basins of Himmelblau, cancel, bad input."""

import numpy as np
import pytest
from numpy.testing import assert_allclose

from engine.optimizers import SGD, Adam
from engine.run.basin import (
    CSV_COLUMNS,
    OUTCOME_DIVERGED,
    OUTCOME_STALLED,
    OUTCOME_UNFINISHED,
    THREADS,
    Cancelled,
    basin_map,
    block_rows,
    grid_centres,
    outcome_name,
)
from engine.run.batch import SETTLE_EVERY, simulate_batch
from engine.run.simulate import simulate
from engine.run.status import CONVERGED_RADIUS, STALLED_GRADIENT
from engine.surfaces import SURFACES, Himmelblau

KIND_OF = {
    OUTCOME_STALLED: "stalled",
    OUTCOME_DIVERGED: "diverged",
    OUTCOME_UNFINISHED: "max_steps",
}

# (surface, optimizer, steps): together they produce every kind of outcome.
CASES = [
    ("himmelblau", SGD(lr=0.02), 60),  # converged and unfinished
    ("himmelblau", SGD(lr=0.03), 200),  # diverged
    ("himmelblau", Adam(lr=0.5), 100),
    ("saddle", SGD(lr=0.1), 300),  # the middle row (y = 0) stalls at the saddle
]


def single_run_status(surface, optimizer, start, steps):
    return simulate(surface, optimizer, tuple(start), steps).status


def assert_settled_from_checks(surface, run, taken):
    """`taken` is the first checked frame (every SETTLE_EVERY, and the last) from which every
    checked frame is settled as the run ended: near its minimum, or on a flat gradient."""
    steps, status = len(run.positions) - 1, run.status
    if status.kind == "converged":
        point = surface.minima[status.minimum]
        distance = np.hypot(*(run.positions - (point.x, point.y)).T)
        settled = distance <= CONVERGED_RADIUS * surface.span
    else:
        settled = np.hypot(*run.true_gradients.T) < STALLED_GRADIENT
    checks = sorted({*range(0, steps + 1, SETTLE_EVERY), steps})
    assert taken in checks and taken <= min(c for c in checks if c >= status.step)
    assert all(settled[c] for c in checks if c >= taken)
    earlier = [c for c in checks if c < taken]
    assert not earlier or not settled[earlier[-1]]


@pytest.mark.parametrize(("name", "optimizer", "steps"), CASES)
def test_outcomes_agree_with_single_runs(name, optimizer, steps):
    surface = SURFACES[name]()
    basin = basin_map(surface, optimizer, grid=9, steps=steps)
    for row, y in enumerate(basin.ys):
        for column, x in enumerate(basin.xs):
            code, taken = int(basin.outcome[row, column]), int(basin.steps_taken[row, column])
            run = simulate(surface, optimizer, (float(x), float(y)), steps)
            status = run.status
            if code >= 0:
                assert (status.kind, status.minimum) == ("converged", code)
            else:
                assert status.kind == KIND_OF[code]
            if status.kind in ("converged", "stalled"):
                assert_settled_from_checks(surface, run, taken)
            elif status.kind == "diverged":
                assert taken == status.step
            else:
                assert taken == steps
                assert_allclose(basin.final[row, column], run.positions[-1], rtol=1e-12)


def test_every_kind_of_outcome_is_covered_by_the_cases():
    seen = set()
    for name, optimizer, steps in CASES:
        seen |= set(np.unique(basin_map(SURFACES[name](), optimizer, 9, steps).outcome).tolist())
    assert {OUTCOME_STALLED, OUTCOME_DIVERGED, OUTCOME_UNFINISHED} <= seen
    assert any(code >= 0 for code in seen)


@pytest.mark.parametrize("name", ["himmelblau", "saddle"])
def test_settling_checked_every_frame_is_simulates_status_step(name):
    surface = SURFACES[name]()
    optimizer, steps = SGD(lr=0.01), 300
    starts = np.array([[-4.0, 4.5], [1.0, 1.0], [4.0, -4.0], [0.3, -0.2], [-1.0, -4.0]])
    batch = simulate_batch(surface, optimizer, starts, steps, settle_every=1)
    for index, start in enumerate(starts):
        status = single_run_status(surface, optimizer, start, steps)
        expected = status.step if status.kind in ("converged", "stalled") else -1
        assert batch.settled_step[index] == expected


def test_plain_gd_on_himmelblau_shows_four_basins_each_holding_its_minimum():
    surface = Himmelblau()
    basin = basin_map(surface, SGD(lr=0.001), grid=40, steps=600)
    assert set(np.unique(basin.outcome)) >= {0, 1, 2, 3}
    for index, point in enumerate(surface.minima):
        row, column = np.argmin(abs(basin.ys - point.y)), np.argmin(abs(basin.xs - point.x))
        assert basin.outcome[row, column] == index
        assert basin.fractions()[index] > 0.1


def test_fractions_cover_every_outcome_and_sum_to_one():
    basin = basin_map(Himmelblau(), SGD(lr=0.02), grid=10, steps=60)
    fractions = basin.fractions()
    assert list(fractions) == [0, 1, 2, 3, OUTCOME_STALLED, OUTCOME_DIVERGED, OUTCOME_UNFINISHED]
    assert sum(fractions.values()) == pytest.approx(1.0)
    assert fractions[OUTCOME_UNFINISHED] == np.mean(basin.outcome == OUTCOME_UNFINISHED)


def test_grid_centres_split_the_rectangle_into_equal_cells():
    xs, ys = grid_centres((-1.0, 3.0, 0.0, 1.0), 4)
    assert_allclose(xs, [-0.5, 0.5, 1.5, 2.5])
    assert_allclose(ys, [0.125, 0.375, 0.625, 0.875])


def test_rows_are_the_csv_columns_with_named_outcomes():
    basin = basin_map(Himmelblau(), SGD(lr=0.02), grid=3, steps=60, rect=(-1, 1, 2, 4))
    rows = list(basin.rows())
    assert len(rows) == 9 and tuple(rows[0]) == CSV_COLUMNS
    assert (rows[0]["x"], rows[0]["y"]) == pytest.approx((-1 + 1 / 3, 2 + 1 / 3))
    assert rows[1]["x"] > rows[0]["x"] and rows[3]["y"] > rows[0]["y"]
    assert [outcome_name(code) for code in (0, 3, -1, -2, -3)] == [
        "0",
        "3",
        "stalled",
        "diverged",
        "unfinished",
    ]


def test_progress_rises_to_one():
    seen = []
    basin_map(Himmelblau(), Adam(), grid=200, steps=5, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) > 1


def test_cancelling_stops_after_the_blocks_already_running(monkeypatch):
    import engine.run.basin

    blocks_run, cancelled = [], []
    real = engine.run.basin.simulate_batch

    def counted(*args, **kwargs):
        blocks_run.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(engine.run.basin, "simulate_batch", counted)
    with pytest.raises(Cancelled):
        basin_map(
            Himmelblau(), Adam(), grid=200, steps=5,
            progress=cancelled.append, is_cancelled=cancelled.__len__,
        )  # fmt: skip
    total = -(-200 * 200 // block_rows(5))
    assert len(cancelled) == 1 and len(blocks_run) <= 1 + THREADS < total


def test_noise_is_reproducible_from_the_seed():
    first, second, other = (
        basin_map(Himmelblau(), SGD(lr=0.01), grid=8, steps=50, noise=2.0, seed=seed)
        for seed in (3, 3, 4)
    )
    assert_allclose(first.final, second.final)
    assert not np.allclose(first.final, other.final)


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"grid": 1}, "grid"),
        ({"grid": 2.5}, "grid"),
        ({"grid": True}, "grid"),
        ({"rect": (1, 0, 0, 1)}, "rect"),
        ({"rect": (0, 1, 0)}, "rect"),
        ({"rect": (0, float("nan"), 0, 1)}, "rect"),
        ({"steps": -1}, "steps"),
        ({"seed": -1}, "seed"),
        ({"noise": -1.0}, "noise"),
    ],
)
def test_bad_input_names_the_parameter(changes, named):
    with pytest.raises(ValueError, match=named):
        basin_map(Himmelblau(), SGD(), **{"grid": 4, "steps": 5, **changes})


def test_arrays_are_read_only():
    basin = basin_map(Himmelblau(), SGD(lr=0.01), grid=3, steps=5)
    for array in (basin.outcome, basin.steps_taken, basin.final, basin.final_loss, basin.xs):
        assert not array.flags.writeable


def test_long_runs_use_smaller_blocks_so_cancel_stays_prompt():
    from engine.run.basin import BLOCK_WORK, MIN_BLOCK_ROWS

    assert block_rows(500) * 500 <= BLOCK_WORK
    assert block_rows(5000) * 5000 <= BLOCK_WORK < (block_rows(5000) + 1) * 5000
    assert block_rows(10**6) == MIN_BLOCK_ROWS and block_rows(1) == 8192
