"""Schedules: every factor against its closed form, written here one step at a time."""

import dataclasses
import math

import numpy as np
import pytest
from numpy.testing import assert_allclose

from engine.schedules import SCHEDULES, Constant, Cosine, Exponential, InverseTime, StepDecay

T = np.arange(0, 1500)


def step_decay(t, step_size, gamma):
    """Multiply by γ each time t reaches a multiple of step_size."""
    factor = 1.0
    for k in range(1, t + 1):
        if k % step_size == 0:
            factor *= gamma
    return factor


def cosine(t, period, floor):
    phase = (t % period) / period
    return floor + (1 - floor) * 0.5 * (1 + math.cos(math.pi * phase))


CLOSED_FORMS = [
    (Constant(), lambda t: 1.0),
    (StepDecay(step_size=7, gamma=0.3), lambda t: step_decay(t, 7, 0.3)),
    (StepDecay(step_size=100, gamma=0.5), lambda t: step_decay(t, 100, 0.5)),
    (StepDecay(step_size=1, gamma=0.999), lambda t: 0.999**t),
    (Exponential(k=0.004), lambda t: math.exp(-0.004 * t)),
    (Exponential(k=0.0), lambda t: 1.0),
    (InverseTime(k=0.05), lambda t: 1 / (1 + 0.05 * t)),
    (Cosine(period=200, floor=0.0), lambda t: cosine(t, 200, 0.0)),
    (Cosine(period=37, floor=0.25), lambda t: cosine(t, 37, 0.25)),
]
IDS = [f"{s.name}-{i}" for i, (s, _) in enumerate(CLOSED_FORMS)]


@pytest.mark.parametrize(("schedule", "closed_form"), CLOSED_FORMS, ids=IDS)
def test_factor_equals_its_closed_form(schedule, closed_form):
    assert_allclose(schedule.factor(T), [closed_form(int(t)) for t in T], rtol=1e-12, atol=1e-300)


@pytest.mark.parametrize(("schedule", "closed_form"), CLOSED_FORMS, ids=IDS)
def test_first_update_has_factor_one_and_shapes_are_kept(schedule, closed_form):
    assert schedule.factor(0) == 1.0
    assert np.shape(schedule.factor(0)) == ()
    grid = T[:60].reshape(3, 4, 5)
    assert schedule.factor(grid).shape == (3, 4, 5)
    assert_allclose(schedule.factor(grid).reshape(-1), schedule.factor(T[:60]))
    assert_allclose(schedule.factor(5), closed_form(5), rtol=1e-12)


@pytest.mark.parametrize(("step_size", "gamma"), [(1, 0.9), (7, 0.3), (100, 0.9), (250, 0.5)])
def test_step_decay_drops_exactly_at_multiples_of_step_size(step_size, gamma):
    t = np.arange(1000)
    factor = StepDecay(step_size=step_size, gamma=gamma).factor(t)
    drops = np.flatnonzero(np.diff(factor) != 0) + 1
    assert_allclose(drops, np.arange(step_size, 1000, step_size))
    assert_allclose(factor[drops], factor[drops - 1] * gamma, rtol=1e-12)


def test_step_decay_with_gamma_zero_stops_at_the_first_drop():
    factor = StepDecay(step_size=10, gamma=0.0).factor(np.arange(30))
    assert_allclose(factor, [1.0] * 10 + [0.0] * 20)


def test_cosine_falls_to_the_floor_then_restarts():
    schedule = Cosine(period=50, floor=0.2)
    factor = schedule.factor(np.arange(101))
    assert np.all(np.diff(factor[:50]) < 0)  # falls through the period
    assert factor[25] == pytest.approx(0.2 + 0.8 * 0.5)  # half way down at half the period
    assert factor[49] == pytest.approx(0.2, abs=0.8 * (1 - math.cos(math.pi / 50)))
    assert factor[50] == 1.0 and factor[100] == 1.0  # warm restarts
    assert np.all(factor >= 0.2)


# Warm-ups (warmup, one_cycle) start low and climb by design; reduce_on_plateau has no closed
# form of t (engine/schedules_feedback.py tests it against torch's ReduceLROnPlateau).
DECAYS = sorted(set(SCHEDULES) - {"warmup", "one_cycle", "reduce_on_plateau"})


@pytest.mark.parametrize("name", DECAYS)
def test_registry_defaults_start_at_one_and_never_grow(name):
    schedule = SCHEDULES[name]()
    assert schedule.name == name and schedule.formula
    factor = schedule.factor(np.arange(0, 150))
    assert factor[0] == 1.0
    assert np.all((factor > 0) & (factor <= 1.0))
    with pytest.raises(dataclasses.FrozenInstanceError):
        schedule.name = "other"


BAD_VALUES = [
    (StepDecay, "step_size", 0),
    (StepDecay, "step_size", 1.5),
    (StepDecay, "step_size", math.inf),
    (StepDecay, "step_size", math.nan),
    (StepDecay, "step_size", "10"),
    (StepDecay, "gamma", -0.1),
    (StepDecay, "gamma", 1.5),
    (Exponential, "k", -0.01),
    (Exponential, "k", math.nan),
    (InverseTime, "k", -1.0),
    (Cosine, "period", 0),
    (Cosine, "period", 2.5),
    (Cosine, "floor", 1.5),
    (Cosine, "floor", None),
]


@pytest.mark.parametrize(("cls", "field", "value"), BAD_VALUES)
def test_bad_parameter_raises_value_error_naming_it(cls, field, value):
    with pytest.raises(ValueError, match=rf"\b{field}="):
        cls(**{field: value})
