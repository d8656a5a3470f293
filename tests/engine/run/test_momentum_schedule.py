"""Momentum schedules: μ_t = 1 − (1 − μ)·factor(t), fed to every optimizer with momentum or β1."""

import numpy as np
import pytest

from engine.optimizers import SGD, Adam, Momentum, NAdam, Nesterov
from engine.run.simulate import MAX_SCHEDULED_MOMENTUM, momentum_curve, simulate
from engine.schedules import Constant, Cosine, InverseTime, StepDecay
from engine.surfaces import Canyon, Rosenbrock

CANYON = Canyon()
MOMENTUM_OPTIMIZERS = [
    Momentum(),
    Momentum(form="sutskever"),
    Nesterov(),
    Nesterov(form="pytorch"),
    Adam(),
    NAdam(),
]


@pytest.mark.parametrize("optimizer", MOMENTUM_OPTIMIZERS)
def test_constant_schedule_reproduces_plain_runs_exactly(optimizer):
    plain = simulate(CANYON, optimizer, CANYON.start, 200, noise=0.05, seed=3)
    scheduled = simulate(
        CANYON, optimizer, CANYON.start, 200, noise=0.05, seed=3, momentum_schedule=Constant()
    )
    assert np.array_equal(plain.positions, scheduled.positions)
    assert np.array_equal(plain.momentums, scheduled.momentums, equal_nan=True)


def test_inverse_time_is_sutskevers_schedule():
    steps = np.arange(1000)
    curve = momentum_curve(Momentum(momentum=0.5), InverseTime(k=1 / 250), 1000)
    assert curve == pytest.approx(1 - 0.5 / (1 + steps / 250), rel=1e-14)


def test_cosine_grows_from_half_to_099_over_the_period():
    curve = momentum_curve(Momentum(momentum=0.5), Cosine(period=400, floor=0.02), 401)
    t = np.arange(401)
    assert curve[:400] == pytest.approx(
        1 - 0.5 * (0.02 + 0.98 * 0.5 * (1 + np.cos(np.pi * t[:400] / 400))), rel=1e-13
    )
    assert curve[0] == 0.5 and curve[399] == pytest.approx(0.99, abs=1e-4)


def test_capped_below_one():
    curve = momentum_curve(Momentum(momentum=0.5), StepDecay(step_size=1, gamma=0.0), 5)
    assert curve[0] == 0.5 and np.all(curve[1:] == MAX_SCHEDULED_MOMENTUM)


def test_momentum_changes_per_step_as_recorded():
    """A sutskever Momentum run, replayed by hand with μ_t from the closed form."""
    optimizer, schedule = Momentum(lr=0.01, momentum=0.5, form="sutskever"), InverseTime(k=0.05)
    run = simulate(CANYON, optimizer, CANYON.start, 60, momentum_schedule=schedule)
    expected = 1 - 0.5 / (1 + 0.05 * np.arange(60))
    assert run.momentums[:-1] == pytest.approx(expected, rel=1e-14)
    assert np.isnan(run.momentums[-1])
    x, v = np.array(CANYON.start), np.zeros(2)
    for t in range(60):
        v = expected[t] * v - 0.01 * CANYON.grad(x)
        x = x + v
        assert run.positions[t + 1] == pytest.approx(x, rel=1e-12, abs=1e-14)


def test_adam_schedules_beta1_as_torch_does():
    """β1 of step t enters both the moment and its bias correction 1 − β1_t^t (torch reads
    the current betas of its param group at each step)."""
    optimizer, schedule = Adam(lr=0.02, beta1=0.5), InverseTime(k=0.1)
    run = simulate(Rosenbrock(), optimizer, (-1.0, 1.5), 30, momentum_schedule=schedule)
    betas = 1 - 0.5 / (1 + 0.1 * np.arange(30))
    x, m, v = np.array([-1.0, 1.5]), np.zeros(2), np.zeros(2)
    for t in range(30):
        g = Rosenbrock().grad(x)
        m = betas[t] * m + (1 - betas[t]) * g
        v = 0.999 * v + 0.001 * g * g
        m_hat, v_hat = m / (1 - betas[t] ** (t + 1)), v / (1 - 0.999 ** (t + 1))
        x = x - 0.02 * m_hat / (np.sqrt(v_hat) + 1e-8)
        assert run.positions[t + 1] == pytest.approx(x, rel=1e-10)


def test_the_run_keeps_the_original_optimizer():
    optimizer = Nesterov(momentum=0.5)
    run = simulate(CANYON, optimizer, CANYON.start, 20, momentum_schedule=InverseTime(k=1.0))
    assert run.optimizer is optimizer and optimizer.momentum == 0.5


def test_plain_runs_record_the_fixed_momentum_and_nan_without_one():
    assert np.all(simulate(CANYON, Adam(beta1=0.8), CANYON.start, 5).momentums[:-1] == 0.8)
    assert np.all(np.isnan(simulate(CANYON, SGD(), CANYON.start, 5).momentums))


def test_an_optimizer_without_momentum_refuses_a_schedule():
    with pytest.raises(ValueError, match="sgd has no momentum or beta1"):
        simulate(CANYON, SGD(), CANYON.start, 5, momentum_schedule=InverseTime())


def test_a_scheduled_run_leaves_its_optimizer_untouched():
    """μ_t is passed to step, as lr_t is: the frozen optimizer is never written to."""
    optimizer = Nesterov(momentum=0.5)
    run = simulate(CANYON, optimizer, CANYON.start, 30, momentum_schedule=InverseTime(k=0.1))
    assert optimizer.momentum == 0.5 and run.optimizer is optimizer
    state = optimizer.init(0.0)._replace(velocity=1.0)
    assert optimizer.step(state, 1.0, 0.1, 0.0, 0.9) != optimizer.step(state, 1.0, 0.1, 0.0)
    assert optimizer.momentum == 0.5
