"""Schedule-free SGD (Defazio et al. 2024): the y, z and x sequences as a run records them."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.testing import assert_allclose

from engine.optimizers import SGD, ScheduleFree
from engine.run.simulate import simulate
from engine.surfaces import SURFACES


def grad(p):
    return 0.6 * p + 0.25 * p * p * p - 0.1


def steps(opt, x, lrs):
    state, states = opt.init(x), [opt.init(x)]
    for lr in lrs:
        update, state = opt.step(state, grad(opt.gradient_point(state, x)), lr, x)
        x = x + update
        states.append(state)
    return states


def test_schedule_free_records_x_as_position_y_as_gradient_point_and_z_in_the_state():
    surface = SURFACES["canyon"]()
    opt = ScheduleFree(lr=0.2, momentum=0.9)
    run = simulate(surface, opt, surface.start, 80)
    z, x = run.states["z"], run.states["x"]
    assert np.array_equal(x, run.positions)
    assert_allclose(run.gradient_points, 0.1 * z + 0.9 * x, rtol=1e-15, atol=1e-15)
    # x_t is the mean of z_1 … z_t (frames 1..t) at a constant learning rate
    means = np.cumsum(z[1:], axis=0) / np.arange(1, len(z))[:, None]
    assert_allclose(x[1:], means, rtol=1e-12, atol=1e-12)
    assert_allclose(run.states["weight_sum"][:, 0], 0.04 * np.arange(len(z)), rtol=1e-12)


def test_schedule_free_with_beta_zero_runs_sgd_on_z_bit_for_bit():
    surface = SURFACES["booth"]()
    free = simulate(surface, ScheduleFree(lr=0.05, momentum=0.0), (-4.0, 3.0), 60)
    sgd = simulate(surface, SGD(lr=0.05), (-4.0, 3.0), 60)
    assert np.array_equal(free.states["z"], sgd.positions)
    assert np.array_equal(free.gradient_points, sgd.positions)


def test_schedule_free_weights_follow_the_squared_learning_rate():
    opt, lrs = ScheduleFree(lr=0.1, momentum=0.5), [0.1 * (k + 1) / 10 for k in range(10)]
    states = steps(opt, 1.5, lrs)
    zs = np.array([s.z for s in states[1:]])
    weights = np.array(lrs) ** 2
    assert states[-1].x == pytest.approx(np.sum(weights * zs) / np.sum(weights), rel=1e-13)
    # a zero learning rate at the start leaves x where it is instead of dividing 0 by 0
    update, state = opt.step(opt.init(1.5), 2.0, 0.0)
    assert update == 0.0 and state.x == 1.5


def test_schedule_free_x_converges_on_a_quadratic():
    run = simulate(SURFACES["booth"](), ScheduleFree(lr=0.05), (-4.0, 3.0), 400)
    assert run.losses[-1] < 1e-3 * run.losses[0]
