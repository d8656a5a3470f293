"""Warm-up, one-cycle and polynomial schedules: closed forms written from torch's docs, and
warm-up's nested spec through the command line's parser and session files."""

from __future__ import annotations

import math
import re

import numpy as np
import pytest

from engine.optimizers import Adam
from engine.run.simulate import simulate
from engine.run.sweep import Axis, sweep
from engine.scene.scene import RunSpec, Scene
from engine.scene.scene_io import scene_from_dict, scene_to_dict
from engine.scene.specs import format_spec, parse_schedule
from engine.schedules import SCHEDULES, Constant, Cosine, OneCycle, Polynomial, Warmup
from engine.surfaces import SURFACES

T = np.arange(400)


def test_warmup_climbs_linearly_then_runs_the_wrapped_schedule_from_its_start():
    cosine = Cosine(period=50, floor=0.1)
    warm = Warmup(steps=8, then="cosine(period=50, floor=0.1)")
    factor = warm.factor(T)
    assert np.array_equal(factor[:8], (np.arange(8) + 1) / 8)  # 1/8 … 1: never a zero step
    assert np.array_equal(factor[8:], cosine.factor(T[:-8]))
    assert warm.inner == cosine and Warmup().factor(5).item() == 0.6
    assert np.array_equal(Warmup(steps=1).factor(T), np.ones(len(T)))


def test_warmup_spec_round_trips_unquoted_and_quoted():
    text = "warmup(steps=10, then=cosine(period=100))"
    warm = parse_schedule(text)
    assert warm == Warmup(steps=10, then="cosine(period=100, floor=0.0)")
    assert format_spec(warm) == "warmup(steps=10, then=cosine(period=100, floor=0.0))"
    assert parse_schedule(format_spec(warm)) == warm
    assert parse_schedule("warmup(steps=10, then='cosine(period=100)')") == warm
    nested = parse_schedule("warmup(steps=4, then=warmup(steps=2, then=step(gamma=0.25)))")
    assert parse_schedule(format_spec(nested)) == nested
    assert nested.factor(np.arange(7)).tolist() == [0.25, 0.5, 0.75, 1.0, 0.5, 1.0, 1.0]


def test_warmup_survives_a_session_file():
    surface = SURFACES["canyon"]()
    warm = parse_schedule("warmup(steps=20, then=one_cycle(total_steps=150, pct_start=0.25))")
    scene = Scene(surface, (RunSpec("adam", Adam(), start=surface.start, schedule=warm),), 100)
    data = scene_to_dict(scene)
    assert data["runs"][0]["schedule"]["params"]["then"].startswith("one_cycle(total_steps=150")
    assert scene_from_dict(data).runs[0].schedule == warm


@pytest.mark.parametrize(
    ("text", "message"),
    [("warmup(then=bogus)", "is not a schedule"),
     ("warmup(then=cosine(period=0))", "period=0"),
     ("warmup(then=reduce_on_plateau)", "reads the run's losses"),
     ("warmup(then=cosine(period=10)", "missing ')'"),
     ("warmup(steps=0)", "steps=0")],
)  # fmt: skip
def test_bad_warmups_say_why(text, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        parse_schedule(text)


def torch_one_cycle(total, pct_start, div, final_div, t):
    """torch.optim.lr_scheduler.OneCycleLR.get_lr with max_lr = 1, two phases, cos."""
    initial, lowest = 1.0 / div, 1.0 / div / final_div
    phases = [(float(pct_start * total) - 1, initial, 1.0), (total - 1, 1.0, lowest)]
    start_step = 0.0
    for i, (end_step, start, end) in enumerate(phases):
        if t <= end_step or i == len(phases) - 1:
            pct = (t - start_step) / (end_step - start_step)
            return end + (start - end) / 2.0 * (math.cos(math.pi * pct) + 1)
        start_step = end_step
    raise AssertionError  # pragma: no cover


@pytest.mark.parametrize(
    ("total", "pct_start", "div", "final_div"),
    [(200, 0.3, 25.0, 1e4), (100, 0.1, 10.0, 100.0), (37, 0.45, 3.0, 7.0)],
)
def test_one_cycle_is_torchs_shape(total, pct_start, div, final_div):
    schedule = OneCycle(total, pct_start, div, final_div)
    factor = schedule.factor(np.arange(total + 20))
    expected = [torch_one_cycle(total, pct_start, div, final_div, t) for t in range(total)]
    np.testing.assert_allclose(factor[:total], expected, rtol=1e-15, atol=0)
    assert factor[0] == pytest.approx(1 / div) and factor.max() == pytest.approx(1.0, abs=1e-3)
    assert np.all(factor[total - 1 :] == factor[total - 1])  # held after the cycle
    assert factor[total - 1] == pytest.approx(1 / div / final_div)


def test_one_cycle_phases_of_no_length_are_at_their_end():
    assert OneCycle(total_steps=10, pct_start=0.1).factor(0).item() == 1.0  # peak at once
    no_climb = OneCycle(total_steps=10, pct_start=0.0).factor(0).item()  # as torch: past the peak
    assert no_climb == torch_one_cycle(10, 0.0, 25.0, 1e4, 0) < 1.0
    down = OneCycle(total_steps=10, pct_start=1.0).factor(np.arange(12))
    assert np.all(np.isfinite(down)) and down[-1] == 1.0


@pytest.mark.parametrize(("power", "end"), [(1.0, 0.0), (2.0, 0.0), (0.5, 0.1), (3.0, 0.25)])
def test_polynomial_is_torchs_closed_form_with_a_floor(power, end):
    total = 120
    factor = Polynomial(total_steps=total, power=power, end=end).factor(T)
    expected = [(1 - end) * (1.0 - min(total, t) / total) ** power + end for t in T]
    np.testing.assert_allclose(factor, expected, rtol=2.3e-16, atol=0)  # numpy's pow: ≤ 1 ulp
    assert factor[0] == 1.0 and np.all(factor[total:] == end)
    assert np.all(np.diff(factor) <= 0)


def test_the_new_schedules_are_registered_and_drive_runs():
    assert {"warmup", "one_cycle", "polynomial"} <= set(SCHEDULES)
    surface = SURFACES["canyon"]()
    for schedule in (Warmup(steps=20), OneCycle(total_steps=100), Polynomial(total_steps=80)):
        run = simulate(surface, Adam(), surface.start, 100, schedule=schedule)
        np.testing.assert_array_equal(run.lrs[:-1], Adam().lr * schedule.factor(np.arange(100)))


def test_swept_schedule_parameters_are_columns():
    surface = SURFACES["booth"]()
    result = sweep(surface, Adam(), (-4.0, 3.0), 30, Axis("lr", 0.01, 0.1, log=True),
                   Axis("schedule.pct_start", 0.1, 0.6), grid=2,
                   schedule=OneCycle(total_steps=30))  # fmt: skip
    for ix, lr in enumerate(result.x_values):
        for iy, pct in enumerate(result.y_values):
            schedule = OneCycle(total_steps=30, pct_start=float(pct))
            run = simulate(surface, Adam(lr=float(lr)), (-4.0, 3.0), 30, schedule=schedule)
            assert result.final_loss[iy, ix] == pytest.approx(run.losses[-1], rel=1e-9)
    assert Constant().factor(3) == 1.0
