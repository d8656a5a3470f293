"""Newton, L-BFGS and reduce_on_plateau: closed forms, invariants and hand-written references."""

import math

import numpy as np
import pytest
from numpy.testing import assert_allclose

from engine.optimizers import LBFGS, SGD, Momentum, Newton
from engine.run.batch import simulate_batch
from engine.run.simulate import simulate
from engine.run.sweep import sweep
from engine.run.sweep_axes import Axis
from engine.schedules import StepDecay
from engine.schedules_feedback import ReduceOnPlateau
from engine.surfaces import Booth, Himmelblau, LinearRegression, Quadratic, Rosenbrock, Saddle


@pytest.mark.parametrize("kappa", [1.0, 25.0, 1000.0])
@pytest.mark.parametrize("angle", [0.0, 35.0, -120.0])
def test_newton_at_damping_one_lands_on_a_quadratics_minimum_in_one_step(kappa, angle):
    run = simulate(Quadratic(kappa=kappa, angle=angle), Newton(), (1.7, -1.3), 3)
    assert_allclose(run.positions[1], (0.0, 0.0), atol=1e-12)
    assert run.status.kind == "converged" and run.status.step == 1


def test_damped_newton_shrinks_the_distance_by_one_minus_lr_each_step():
    lr, start = 0.3, np.array([8.0, -6.0])
    run = simulate(Booth(), Newton(lr=lr), start, 20)
    distance = np.linalg.norm(run.positions - (1.0, 3.0), axis=1)
    assert_allclose(distance[1:] / distance[:-1], 1 - lr, rtol=1e-9)
    # every update is lr times the recorded Newton step −H⁻¹g
    assert_allclose(run.updates[:-1], lr * run.states["newton_step"][1:], rtol=1e-12)
    assert_allclose(run.effective_lrs[:-1], lr)


def test_newton_records_the_hessian_of_each_frame_for_the_quadratic_model():
    surface = Rosenbrock()
    run = simulate(surface, Newton(lr=0.5), (-1.2, 1.0), 30)
    assert run.hessians.shape == (run.frames, 2, 2)
    assert_allclose(run.hessians, surface.hessian(run.positions), rtol=1e-12)
    assert_allclose(run.states["hessian_x"][1:], run.hessians[:-1, 0], rtol=1e-12)
    model_step = -np.linalg.solve(run.hessians[:-1], run.gradients[:-1, :, None])[..., 0]
    assert_allclose(run.updates[:-1], 0.5 * model_step, rtol=1e-9, atol=1e-12)


def test_newton_is_drawn_to_a_saddle_and_a_shift_makes_it_a_gradient_step():
    run = simulate(Saddle(), Newton(), (-2.2, 0.005), 40)
    assert run.status.kind == "stalled" and run.status.saddle == 0
    shifted = simulate(Booth(), Newton(shift=1000.0, lr=1.0), (8.0, -6.0), 1)
    exact = -np.linalg.solve(
        Booth().hessian((8.0, -6.0)) + 1000 * np.eye(2), Booth().grad((8.0, -6.0))
    )
    assert_allclose(shifted.updates[0], exact, rtol=1e-12)
    assert_allclose(shifted.updates[0], -Booth().grad((8.0, -6.0)) / 1000, rtol=0.2)


def test_newton_with_mini_batches_uses_each_batchs_hessian():
    surface = LinearRegression(size=40)
    run = simulate(surface, Newton(), surface.start, 6, batch_size=10, seed=3)
    # Linear least squares: a batch's Newton step lands on that batch's own fit, so every
    # frame is a minimum of some batch's loss, not the data set's.
    assert run.status.kind != "diverged"
    assert not np.allclose(run.positions[1], run.positions[2])


def test_newton_batches_like_single_runs():
    starts = np.array([[-0.5, 0.5], [4.0, -4.0], [-2.0, 1.0]])
    batch = simulate_batch(Himmelblau(), Newton(lr=0.5), starts, 50, record=True)
    for i, start in enumerate(starts):
        run = simulate(Himmelblau(), Newton(lr=0.5), start, 50)
        assert_allclose(batch.history[: run.frames, i], run.positions, rtol=1e-10, atol=1e-12)


def reference_lbfgs_fixed(surface, start, steps, lr, m):
    """L-BFGS with a fixed step, written from Nocedal & Wright's algorithm 7.4."""
    x = np.array(start, dtype=float)
    pairs, path, d, t_prev = [], [x.copy()], None, None
    g_prev = None
    for k in range(steps):
        g = surface.grad(x)
        if k:
            s, y = d * t_prev, g - g_prev
            if y @ s > 1e-10:
                pairs = [*pairs, (s, y)][-m:]
        q, alphas = -g.copy(), []
        for s, y in reversed(pairs):
            alpha = (s @ q) / (y @ s)
            q -= alpha * y
            alphas.append(alpha)
        gamma = (pairs[-1][0] @ pairs[-1][1]) / (pairs[-1][1] @ pairs[-1][1]) if pairs else 1.0
        r = gamma * q
        for (s, y), alpha in zip(pairs, reversed(alphas), strict=True):
            r += s * (alpha - (y @ r) / (y @ s))
        d = r
        t_prev = min(1.0, 1.0 / np.abs(g).sum()) * lr if k == 0 else lr
        g_prev = g
        x = x + t_prev * d
        path.append(x.copy())
    return np.array(path)


@pytest.mark.parametrize("m", [1, 3, 10])
def test_lbfgs_fixed_step_matches_a_hand_written_loop(m):
    surface = Rosenbrock()
    run = simulate(surface, LBFGS(line_search_fn="none", lr=0.05, history_size=m), (-1.5, 2.0), 60)
    expected = reference_lbfgs_fixed(surface, (-1.5, 2.0), 60, 0.05, m)
    assert_allclose(run.positions, expected, rtol=1e-9, atol=1e-12)
    assert run.evaluations.shape == (61, 0, 2)


def test_lbfgs_line_search_points_lie_on_the_step_and_end_at_the_next_frame():
    run = simulate(Rosenbrock(), LBFGS(), (-1.5, 2.0), 40)
    assert run.status.kind == "converged"
    assert run.evaluations.shape[:2] == (41, run.evaluations.shape[1])
    for k in range(run.last_frame):
        trials = run.evaluations[k][np.isfinite(run.evaluations[k, :, 0])]
        if not np.any(run.updates[k]):
            continue
        direction = run.states["direction"][k + 1]
        cross = (trials - run.positions[k]) @ np.array([direction[1], -direction[0]])
        assert_allclose(cross, 0.0, atol=1e-9 * (1 + np.abs(trials).max()))
        assert np.any(np.all(np.isclose(trials, run.positions[k + 1], atol=1e-12), axis=1))
        ok = np.isfinite(run.evaluation_losses[k, : len(trials)])
        assert_allclose(
            run.evaluation_losses[k, : len(trials)][ok], Rosenbrock().value(trials)[ok], rtol=1e-12
        )
    assert_allclose(run.effective_lrs[:-1, 0], run.states["step_length"][1:, 0])


def test_lbfgs_with_noise_runs_and_the_batch_engine_refuses_it_by_name():
    run = simulate(Himmelblau(), LBFGS(), (-0.5, 0.5), 30, noise=0.5, seed=2)
    assert run.frames >= 2 and np.all(np.isfinite(run.positions))
    with pytest.raises(ValueError, match="lbfgs: basin maps, sweeps"):
        simulate_batch(Himmelblau(), LBFGS(), np.zeros((3, 2)), 10)
    with pytest.raises(ValueError, match="lbfgs"):
        sweep(Himmelblau(), LBFGS(), (0, 0), 10, Axis("lr", 0.1, 1), Axis("lr", 0.2, 1), 3)


def plateau_reference(losses, lr, factor, patience, threshold):
    """ReduceLROnPlateau (min, rel, cooldown 0, min_lr 0, eps 1e-8) written out."""
    best, bad, rates = math.inf, 0, []
    for loss in losses:
        rates.append(lr)
        if loss < best * (1 - threshold):
            best, bad = loss, 0
        else:
            bad += 1
        if bad > patience:
            if lr - lr * factor > 1e-8:
                lr = lr * factor
            bad = 0
    return rates


@pytest.mark.parametrize("optimizer", [SGD(lr=0.01), Newton(lr=0.2), LBFGS()], ids=str)
def test_reduce_on_plateau_follows_the_runs_own_losses(optimizer):
    schedule = ReduceOnPlateau(factor=0.5, patience=4, threshold=0.05)
    run = simulate(Himmelblau(), optimizer, (-0.5, 0.5), 120, schedule, noise=2.0, seed=1)
    expected = plateau_reference(run.losses[:-1], optimizer.lr, 0.5, 4, 0.05)
    assert_allclose(run.lrs[:-1], expected, rtol=0, atol=0)
    assert_allclose(run.lr_cuts, np.flatnonzero(np.diff(expected) < 0) + 1)
    assert math.isnan(run.lrs[-1])


def test_closed_form_schedules_record_no_cuts_and_plateau_is_refused_where_it_cannot_work():
    run = simulate(Himmelblau(), SGD(lr=0.01), (0, 0), 100, StepDecay(step_size=10))
    assert len(run.lr_cuts) == 0
    with pytest.raises(ValueError, match="reduce_on_plateau reads each run's own loss"):
        simulate_batch(Himmelblau(), SGD(), np.zeros((2, 2)), 5, ReduceOnPlateau())
    with pytest.raises(ValueError, match="momentum schedule must be a closed form"):
        simulate(Himmelblau(), Momentum(), (0, 0), 5, momentum_schedule=ReduceOnPlateau())
