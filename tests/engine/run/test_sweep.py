"""Tests of hyper-parameter sweeps: cells equal single runs, the best cell matches theory."""

import math

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal

from engine.optimizers import SGD, Adam, Momentum, Nesterov, RMSProp
from engine.run.batch import KINDS
from engine.run.simulate import simulate
from engine.run.sweep import (
    BLOCK_STEPS,
    Axis,
    parse_axis,
    per_row,
    run_steps_to_tolerance,
    steps_to_tolerance,
    sweep,
    sweepable,
)
from engine.schedules import Constant, Cosine, Exponential, InverseTime
from engine.surfaces import Quadratic, Rosenbrock, Saddle

KAPPA = 25.0
HEAVY_BALL_LR = 4 / (math.sqrt(KAPPA) + 1) ** 2  # λmin = 1, λmax = κ
HEAVY_BALL_MOMENTUM = ((math.sqrt(KAPPA) - 1) / (math.sqrt(KAPPA) + 1)) ** 2


def nearest_index(values, target, log=False):
    transform = np.log if log else np.asarray
    return int(np.argmin(np.abs(transform(values) - transform(target))))


@pytest.mark.parametrize("metric", ["steps_to_tol", "final_loss"])
def test_best_heavy_ball_cell_lies_next_to_the_theoretical_optimum(metric):
    surface = Quadratic(kappa=KAPPA)
    lr_axis, momentum_axis = Axis("lr", 0.01, 0.3, log=True), Axis("momentum", 0.0, 0.9)
    steps = 300 if metric == "steps_to_tol" else 150  # final loss: before it hits round-off
    result = sweep(surface, Momentum(), surface.start, steps, lr_axis, momentum_axis, 40, tol=1e-10)
    ix, iy = result.best(metric)
    assert abs(ix - nearest_index(result.x_values, HEAVY_BALL_LR, log=True)) <= 1
    assert abs(iy - nearest_index(result.y_values, HEAVY_BALL_MOMENTUM)) <= 1


def test_best_constant_lr_of_plain_gd_is_next_to_two_over_the_eigenvalue_sum():
    surface = Quadratic(kappa=KAPPA)
    lr_axis, decay_axis = Axis("lr", 0.01, 0.2, log=True), Axis("k", 0.0, 0.01)
    result = sweep(surface, SGD(), surface.start, 400, lr_axis, decay_axis, 30, Exponential())
    constant = result.metric("steps_to_tol")[0]  # the row k = 0: no decay
    best = np.flatnonzero(constant == np.nanmin(constant))
    assert any(
        abs(ix - nearest_index(result.x_values, 2 / (1 + KAPPA), log=True)) <= 1 for ix in best
    )


def assert_cells_match_single_runs(result, make_run, cells):
    for ix, iy in cells:
        run = make_run(result.settings(ix, iy))
        assert_allclose(result.final_loss[iy, ix], run.losses[-1], rtol=1e-12, equal_nan=True)
        assert KINDS[result.outcome[iy, ix]] == run.status.kind
        assert result.steps_to_tol[iy, ix] == run_steps_to_tolerance(run, result.tol)


CORNERS_AND_MORE = [(0, 0), (7, 0), (0, 7), (7, 7), (3, 4), (5, 2), (6, 6), (2, 5)]


@pytest.mark.parametrize(
    ("surface", "optimizer", "x", "y"),
    [
        (Quadratic(kappa=25), Momentum(), "lr:0.01:0.4:log", "momentum:0:0.95"),
        (Quadratic(angle=30), Momentum(form="sutskever"), "momentum:0:0.99", "lr:0.01:0.5:log"),
        (Rosenbrock(), Nesterov(), "lr:0.0001:0.01:log", "momentum:0.5:0.99"),
        (Rosenbrock(), Adam(), "lr:0.001:1:log", "beta2:0.5:0.9999"),
        (Saddle(), RMSProp(), "alpha:0.5:0.999", "eps:1e-8:0.1:log"),
    ],
)
def test_cells_equal_single_runs_with_their_hyper_parameters(surface, optimizer, x, y):
    x_axis, y_axis = parse_axis(x), parse_axis(y)
    result = sweep(surface, optimizer, surface.start, 200, x_axis, y_axis, 8, tol=1e-4)

    def make_run(settings):
        changes = {name: value for name, value in settings.items()}
        return simulate(surface, type(optimizer)(**{**_values(optimizer), **changes}),
                        surface.start, 200)  # fmt: skip

    assert_cells_match_single_runs(result, make_run, CORNERS_AND_MORE)


def test_quadratic_momentum_sweep_has_both_converged_and_diverged_cells():
    surface = Quadratic(kappa=25)
    result = sweep(surface, Momentum(), surface.start, 200, parse_axis("lr:0.01:0.4:log"),
                   parse_axis("momentum:0:0.95"), 8)  # fmt: skip
    kinds = {KINDS[code] for code in result.outcome.ravel()}
    assert {"converged", "diverged"} <= kinds


@pytest.mark.parametrize(
    ("schedule", "name"),
    [(Exponential(), "k"), (InverseTime(), "schedule.k"), (Cosine(period=50), "floor")],
)
def test_schedule_parameters_are_swept_per_row(schedule, name):
    surface = Quadratic(kappa=10)
    y_axis = Axis(name, 0.0, 0.5 if name == "floor" else 0.05)
    result = sweep(surface, SGD(), surface.start, 150, Axis("lr", 0.01, 0.25, True), y_axis, 6,
                   schedule, tol=1e-6)  # fmt: skip
    key = name.removeprefix("schedule.")

    def make_run(settings):
        changed = type(schedule)(**{**_values(schedule), key: settings[name]})
        return simulate(surface, SGD(lr=settings["lr"]), surface.start, 150, changed)

    assert_cells_match_single_runs(result, make_run, [(0, 0), (5, 5), (2, 3), (4, 1), (5, 0)])


def _values(obj):
    from engine.params import values_of

    return values_of(obj)


def test_cancelling_stops_within_one_block_and_returns_none():
    surface, checks = Quadratic(), []

    def is_cancelled():
        checks.append(True)
        return len(checks) >= 2

    result = sweep(surface, Adam(), surface.start, 100_000, Axis("lr", 0.001, 1, True),
                   Axis("beta1", 0, 0.99), 100, is_cancelled=is_cancelled)  # fmt: skip
    assert result is None
    assert len(checks) == 2  # stopped at the second check, BLOCK_STEPS steps in


def test_progress_rises_to_one_in_blocks():
    surface, seen = Quadratic(), []
    sweep(surface, SGD(), surface.start, 100, Axis("lr", 0.01, 0.1), Axis("k", 0, 0.1), 4,
          Exponential(), progress=seen.append)  # fmt: skip
    assert seen == sorted(seen) and seen[-1] == 1.0
    assert len(seen) == math.ceil(101 / BLOCK_STEPS) + 1


def test_steps_to_tolerance_is_the_frame_from_which_the_loss_stays_within():
    losses = np.array([5.0, 1e-7, 1.0, 1e-7, 1e-8])
    assert steps_to_tolerance(losses, 0.0, 1e-6, diverged=False) == 3
    assert steps_to_tolerance(losses, 0.0, 1e-6, diverged=True) == -1
    assert steps_to_tolerance(losses[:3], 0.0, 1e-6, diverged=False) == -1
    assert steps_to_tolerance(losses + 2.0, 2.0, 1e-6, diverged=False) == 3  # relative to f*
    assert steps_to_tolerance(np.zeros(4), 0.0, 1e-6, diverged=False) == 0


def test_axis_values_are_even_or_geometric():
    assert_allclose(Axis("momentum", 0.0, 0.9).values(4), [0.0, 0.3, 0.6, 0.9])
    ratios = np.diff(np.log(Axis("lr", 0.001, 1.0, log=True).values(4)))
    assert_allclose(ratios, math.log(10.0))


def test_per_row_steps_every_row_as_its_scalar_optimizer_would():
    momentum = np.array([0.0, 0.5, 0.9])
    batch = per_row(Momentum(lr=0.1), momentum=momentum)
    x, grad = np.ones((3, 2)), np.array([[1.0, -2.0], [0.5, 3.0], [2.0, 2.0]])
    state = batch.init(x)
    for _ in range(3):
        update, state = batch.step(state, grad, 0.1)
    for row, value in enumerate(momentum):
        single, one = Momentum(lr=0.1, momentum=float(value)), None
        single_state = single.init(x[row])
        for _ in range(3):
            one, single_state = single.step(single_state, grad[row], 0.1)
        assert_array_equal(update[row], one)


def test_per_row_names_the_first_bad_element_and_keeps_the_original():
    original = Momentum()
    with pytest.raises(ValueError, match=r"momentum=1\.5 is out of range"):
        per_row(original, momentum=[0.1, 1.5, 2.0])
    with pytest.raises(ValueError, match="'form' is not a float"):
        per_row(original, form=["pytorch"])
    assert original.momentum == 0.9


def test_sweepable_names_cover_optimizer_and_schedule_floats():
    assert list(sweepable(Adam(), Exponential())) == [
        "lr",
        "beta1",
        "beta2",
        "eps",
        "weight_decay",
        "k",
    ]
    assert list(sweepable(SGD(), Constant())) == ["lr"]


BAD_SWEEPS = [
    (dict(x=Axis("beta2", 0.5, 0.9)), "cannot sweep 'beta2' for momentum.*sweepable: lr, momentum"),
    (dict(x=Axis("k", 0.0, 0.1)), "cannot sweep 'k'"),
    (dict(x=Axis("momentum", 0.0, 0.5)), "different parameters"),
    (dict(x=Axis("lr", 0.5, 0.1)), "LO must be below HI"),
    (dict(x=Axis("lr", 0.0, 0.1, log=True)), r"must stay in \[1e-06, 10\]"),
    (dict(x=Axis("lr", -1.0, 0.1)), r"must stay in"),
    (dict(y=Axis("momentum", 0.0, 1.5)), r"momentum must stay in \[0, 0.999\]"),
    (dict(grid=1), "grid=1 must be from 2 to 200"),
    (dict(grid=2.5), "must be a whole number"),
    (dict(tol=0.0), "tol=0.0 must be a finite number > 0"),
    (dict(steps=-1), "steps=-1"),
    (dict(start=(1.0,)), "start="),
]


@pytest.mark.parametrize(("change", "message"), BAD_SWEEPS)
def test_bad_sweeps_are_refused_with_a_clear_message(change, message):
    arguments = dict(surface=Quadratic(), optimizer=Momentum(), start=(1.0, 1.0), steps=10,
                     x=Axis("lr", 0.01, 0.1), y=Axis("momentum", 0.0, 0.9), grid=4)  # fmt: skip
    with pytest.raises(ValueError, match=message):
        sweep(**{**arguments, **change})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("lr", "must be NAME:LO:HI:lin|log"),
        ("lr:0.1", "must be NAME:LO:HI"),
        ("lr:a:1:log", "LO and HI must be numbers"),
        ("lr:0.1:1:ln", "scale 'ln' must be lin or log"),
        (":0.1:1", "must be NAME"),
    ],
)
def test_parse_axis_refuses_malformed_text(text, message):
    with pytest.raises(ValueError, match=message):
        parse_axis(text)


def test_parse_axis_reads_both_scales():
    assert parse_axis("lr:1e-3:1:log") == Axis("lr", 0.001, 1.0, True)
    assert parse_axis("schedule.k:0:0.1") == Axis("schedule.k", 0.0, 0.1, False)
