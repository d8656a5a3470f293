"""simulate(): what a run records, how it ends, and what it refuses."""

import math
import warnings

import numpy as np
import pytest
from numpy.testing import assert_allclose

from engine.optimizers import OPTIMIZERS, SGD, AdaGrad, Momentum, Nesterov, RMSProp
from engine.optimizers.newton import PointOptimizer
from engine.run.simulate import far_box, simulate
from engine.run.status import Status
from engine.schedules import SCHEDULES, Constant, Exponential
from engine.schedules_feedback import is_feedback
from engine.surfaces import SURFACES, Himmelblau, LocalMinima, Quadratic, Rosenbrock, Saddle

BOWL = Quadratic(kappa=5.0, angle=30.0)
HIMMELBLAU = Himmelblau()
ARRAYS = (
    "positions", "losses", "gradients", "true_gradients", "gradient_points",
    "lrs", "updates", "effective_lrs", "t",
)  # fmt: skip


def quiet_simulate(*args, **kwargs):
    """simulate() with every warning an error, whatever pytest's own settings."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return simulate(*args, **kwargs)


def api_loop(surface, optimizer, start, lrs, kicks=None):
    """The run written with the optimizer's API on a (2,) array, for simulate to match."""
    x = np.array(start, dtype=float)
    state = optimizer.init(x)
    positions = [x]
    for k, lr in enumerate(lrs):
        grad = surface.grad(optimizer.gradient_point(state, x))
        update, state = optimizer.step(state, grad + (0 if kicks is None else kicks[k]), lr, x)
        x = x + update
        positions.append(x)
    return np.array(positions)


# Newton and L-BFGS step the point as a whole (tests/engine/test_second_order.py).
AXIS_WISE = sorted(name for name, cls in OPTIMIZERS.items() if not issubclass(cls, PointOptimizer))


@pytest.mark.parametrize("name", AXIS_WISE)
@pytest.mark.parametrize("schedule", [Constant(), Exponential(k=0.02)], ids=["const", "exp"])
def test_positions_are_the_optimizer_steps(name, schedule):
    optimizer = OPTIMIZERS[name]()
    run = quiet_simulate(BOWL, optimizer, (-1.5, 1.0), 80, schedule=schedule)
    lrs = [optimizer.lr * schedule.factor(k) for k in range(80)]
    assert run.frames == 81 and run.last_frame == 80
    assert_allclose(
        run.positions, api_loop(BOWL, optimizer, (-1.5, 1.0), lrs), rtol=1e-12, atol=1e-14
    )
    assert_allclose(run.losses, BOWL.value(run.positions), rtol=1e-12)
    assert_allclose(run.t, np.arange(81))


# reduce_on_plateau reads the run's losses (tests/engine/test_second_order.py).
CLOSED_FORM = sorted(name for name, cls in SCHEDULES.items() if not is_feedback(cls))


@pytest.mark.parametrize("name", CLOSED_FORM)
def test_lrs_follow_the_schedule_and_are_nan_on_the_last_frame(name):
    schedule = SCHEDULES[name]()
    run = quiet_simulate(BOWL, SGD(lr=0.05), (1.0, 1.0), 300, schedule=schedule)
    assert_allclose(run.lrs[:-1], 0.05 * schedule.factor(np.arange(300)), rtol=1e-15)
    assert math.isnan(run.lrs[-1])
    assert np.all(np.isnan(run.updates[-1])) and np.all(np.isnan(run.effective_lrs[-1]))


@pytest.mark.parametrize("name", sorted(OPTIMIZERS))
def test_updates_are_the_differences_of_positions(name):
    run = quiet_simulate(Himmelblau(), OPTIMIZERS[name](lr=0.01), (-0.5, 0.5), 200, noise=0.5)
    assert_allclose(run.updates[:-1], np.diff(run.positions, axis=0), rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("optimizer", [AdaGrad(), RMSProp(), SGD()], ids=["ada", "rms", "sgd"])
def test_effective_lr_times_gradient_is_the_update(optimizer):
    run = quiet_simulate(BOWL, optimizer, (-1.5, 1.0), 50)
    assert_allclose(run.updates[:-1], -run.effective_lrs[:-1] * run.gradients[:-1], rtol=1e-12)


def test_noise_is_reproducible_by_seed_and_differs_across_seeds():
    first = quiet_simulate(BOWL, SGD(lr=0.01), (1.0, 1.0), 500, noise=0.3, seed=7)
    again = quiet_simulate(BOWL, SGD(lr=0.01), (1.0, 1.0), 500, noise=0.3, seed=7)
    other = quiet_simulate(BOWL, SGD(lr=0.01), (1.0, 1.0), 500, noise=0.3, seed=8)
    assert_allclose(first.positions, again.positions, rtol=0, atol=0)
    assert_allclose(first.gradients, again.gradients, rtol=0, atol=0)
    assert np.abs(first.gradients - other.gradients).min() > 0


def test_recorded_gradients_differ_from_the_true_ones_by_the_noise():
    run = quiet_simulate(BOWL, SGD(lr=0.01), (1.0, 1.0), 4000, noise=0.3, seed=1)
    assert_allclose(run.true_gradients, BOWL.grad(run.gradient_points), rtol=1e-12, atol=1e-15)
    kicks = run.gradients - run.true_gradients
    # Zero-mean Gaussian kicks of standard deviation `noise`, independent across axes.
    assert np.abs(kicks.mean(axis=0)).max() < 4 * 0.3 / math.sqrt(4001)
    assert_allclose(kicks.std(axis=0), 0.3, rtol=0.05)
    assert abs(np.corrcoef(kicks.T)[0, 1]) < 0.1
    # The optimizer stepped with the noisy gradient.
    assert_allclose(run.updates[:-1], -0.01 * run.gradients[:-1], rtol=1e-12)


def test_without_noise_the_recorded_gradient_is_the_true_one():
    run = quiet_simulate(BOWL, Momentum(), (1.0, 1.0), 50, seed=3)
    assert_allclose(run.gradients, run.true_gradients, rtol=0, atol=0)


def test_arrays_and_states_are_read_only():
    run = quiet_simulate(BOWL, Nesterov(), (1.0, 1.0), 20)
    arrays = [getattr(run, name) for name in ARRAYS] + list(run.states.values())
    assert set(run.states) == {"velocity"}
    for array in arrays:
        assert len(array) == run.frames
        with pytest.raises(ValueError, match="read-only"):
            array[0] = 1.0


def test_nesterov_forms_track_theta_and_its_look_ahead_at_every_frame():
    momentum = 0.85
    sutskever = quiet_simulate(HIMMELBLAU, Nesterov(lr=0.004, momentum=momentum), (-0.5, 0.5), 300)
    pytorch = quiet_simulate(
        HIMMELBLAU, Nesterov(lr=0.004, momentum=momentum, form="pytorch"), (-0.5, 0.5), 300
    )
    look_ahead = sutskever.positions + momentum * sutskever.states["velocity"]
    assert_allclose(sutskever.gradient_points, look_ahead, rtol=1e-12, atol=1e-14)
    assert_allclose(pytorch.positions, look_ahead, rtol=1e-10, atol=1e-12)
    assert_allclose(pytorch.gradient_points, pytorch.positions, rtol=0, atol=0)
    assert np.abs(sutskever.positions - look_ahead).max() > 0.1  # the two points really differ


@pytest.mark.parametrize(("schedule", "same"), [(Constant(), True), (Exponential(k=0.05), False)])
def test_momentum_forms_agree_only_at_constant_lr(schedule, same):
    runs = [
        quiet_simulate(
            HIMMELBLAU, Momentum(lr=0.004, form=form), (-0.5, 0.5), 300, schedule=schedule
        )
        for form in ("pytorch", "sutskever")
    ]
    gap = np.abs(runs[0].positions - runs[1].positions).max()
    assert gap < 1e-10 if same else gap > 0.1


# ---- how runs end -----------------------------------------------------------------------------


def expected_divergence_frame(surface, positions):
    """First frame whose position lies outside the far box (the engine's definition)."""
    x_lo, x_hi, y_lo, y_hi = far_box(surface)
    outside = ~((x_lo <= positions[:, 0]) & (positions[:, 0] <= x_hi))
    outside |= ~((y_lo <= positions[:, 1]) & (positions[:, 1] <= y_hi))
    return int(np.flatnonzero(outside)[0])


@pytest.mark.parametrize(("kappa", "lr"), [(10.0, 0.25), (100.0, 0.021), (4.0, 0.6)])
def test_quadratic_with_lr_above_two_over_kappa_diverges(kappa, lr):
    surface = Quadratic(kappa=kappa)
    run = quiet_simulate(surface, SGD(lr=lr), (-1.8, 1.2), 1000)
    # Closed form of SGD on ½(x² + κy²): y_k = (1 − lr·κ)^k y_0 with |1 − lr·κ| > 1.
    k = np.arange(1001)[:, None]
    closed = np.array([-1.8, 1.2]) * (1 - lr * np.array([1.0, kappa])) ** k
    step = expected_divergence_frame(surface, closed)
    assert run.status == Status("diverged", step=step)
    assert run.frames == step + 1
    assert_allclose(run.positions, closed[: step + 1], rtol=1e-12)


def test_sgd_with_a_huge_lr_on_rosenbrock_diverges_without_warnings():
    run = quiet_simulate(Rosenbrock(), SGD(lr=5.0), Rosenbrock.start, 1000)
    assert run.status.kind == "diverged"
    assert run.frames == run.status.step + 1 < 1000
    assert "diverged at step" in run.status.describe("SGD")


@pytest.mark.parametrize("name", sorted(OPTIMIZERS))
@pytest.mark.parametrize("surface", ["rosenbrock", "beale", "ackley", "canyon"])
def test_any_optimizer_with_lr_ten_ends_quietly(name, surface):
    run = quiet_simulate(SURFACES[surface](), OPTIMIZERS[name](lr=10.0), (0.3, 0.7), 300)
    assert run.status.kind in ("diverged", "max_steps", "stalled", "converged")
    assert run.frames == (run.status.step + 1 if run.status.kind == "diverged" else 301)


def test_sgd_started_on_the_stable_manifold_stalls_at_the_saddle():
    run = quiet_simulate(Saddle(), SGD(lr=0.1), (-2.2, 0.0), 400)
    assert np.all(run.positions[:, 1] == 0.0)  # ∂f/∂y = 0 on y = 0: never leaves the line
    assert run.status.kind == "stalled" and run.status.saddle == 0
    # x_k = 0.8^k·x_0 and |∇f| = 2|x_k|: below 1e-4 from the first k with that true.
    assert run.status.step == math.ceil(math.log(1e-4 / (2 * 2.2)) / math.log(0.8))
    assert run.status.describe("SGD") == f"SGD stalled at the saddle at step {run.status.step}"


@pytest.mark.parametrize("index", range(4))
@pytest.mark.parametrize("offset", [(0.4, 0.3), (-0.3, -0.4)])
def test_himmelblau_runs_end_in_the_nearby_minimum(index, offset):
    target = HIMMELBLAU.minima[index]
    start = (target.x + offset[0], target.y + offset[1])
    run = quiet_simulate(HIMMELBLAU, SGD(lr=0.005), start, 1000)
    assert run.status.kind == "converged" and run.status.minimum == index
    assert not run.status.local
    assert_allclose(run.positions[-1], [target.x, target.y], atol=1e-3)


def test_sgd_from_the_default_start_stops_in_a_local_minimum():
    surface = LocalMinima()
    run = quiet_simulate(surface, SGD(), surface.start, 2000)
    assert run.status.kind == "converged" and run.status.local
    final = run.positions[-1]
    assert np.linalg.norm(surface.grad(final)) < 1e-6  # it is resting at a critical point
    assert surface.value(final) > min(m.value for m in surface.minima) + 0.1  # not the lowest
    assert "local minimum" in run.status.describe("SGD")


def test_zero_steps_records_the_start_only():
    run = quiet_simulate(BOWL, SGD(), (0.5, -0.5), 0)
    assert run.frames == 1 and np.all(np.isnan(run.lrs))
    assert_allclose(run.positions, [[0.5, -0.5]])


# ---- what simulate refuses --------------------------------------------------------------------

BAD_INPUTS = [
    ({"start": (1.0,)}, "start"),
    ({"start": (1.0, 2.0, 3.0)}, "start"),
    ({"start": "ab"}, "start"),
    ({"start": None}, "start"),
    ({"start": (math.nan, 0.0)}, "start"),
    ({"start": (0.0, math.inf)}, "start"),
    ({"steps": -1}, "steps"),
    ({"steps": 2.5}, "steps"),
    ({"steps": True}, "steps"),
    ({"steps": "10"}, "steps"),
    ({"steps": 10**9}, "steps"),
    ({"noise": -0.1}, "noise"),
    ({"noise": math.nan}, "noise"),
    ({"noise": math.inf}, "noise"),
    ({"noise": "loud"}, "noise"),
]


@pytest.mark.parametrize(("bad", "field"), BAD_INPUTS)
def test_bad_input_raises_value_error_naming_it(bad, field):
    arguments = {"start": (0.0, 0.0), "steps": 10, "noise": 0.0} | bad
    with pytest.raises(ValueError, match=rf"^{field}="):
        simulate(BOWL, SGD(), **arguments)
