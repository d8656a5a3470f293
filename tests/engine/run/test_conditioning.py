"""Tests of the quadratic's closed forms against the surface's own gradient and simulated runs."""

import math

import numpy as np
import pytest
from numpy.testing import assert_allclose

from engine.optimizers import SGD, Momentum
from engine.run.conditioning import conditioning_of, sweep_marks
from engine.run.simulate import simulate
from engine.surfaces import Quadratic, Rosenbrock

SURFACES = [Quadratic(kappa=25), Quadratic(kappa=10, angle=30), Quadratic(kappa=400, angle=-75)]


def hessian(surface):
    """Columns: the gradient's response to unit moves (exact for a quadratic)."""
    origin = surface.grad(np.zeros(2))
    return np.stack([surface.grad(np.eye(2)[i]) - origin for i in range(2)], axis=1)


@pytest.mark.parametrize("surface", SURFACES)
def test_eigen_axes_are_the_hessians_eigenvectors(surface):
    c = conditioning_of(surface)
    h = hessian(surface)
    low_axis, high_axis = (np.array(axis) for axis in c.eigen_axes())
    assert_allclose(h @ low_axis, c.lambda_min * low_axis, atol=1e-12)
    assert_allclose(h @ high_axis, c.lambda_max * high_axis, atol=1e-9)
    assert_allclose(sorted(np.linalg.eigvalsh(h)), [c.lambda_min, c.lambda_max], rtol=1e-12)
    assert c.kappa == pytest.approx(surface.kappa)


@pytest.mark.parametrize("surface", SURFACES)
def test_plain_gd_converges_just_below_the_stability_limit_and_diverges_above(surface):
    limit = conditioning_of(surface).stability_lr
    below = simulate(surface, SGD(lr=0.98 * limit), surface.start, 3000)
    above = simulate(surface, SGD(lr=1.02 * limit), surface.start, 3000)
    assert below.status.kind == "converged"
    assert above.status.kind == "diverged"


@pytest.mark.parametrize("surface", SURFACES)
def test_best_gd_shrinks_the_error_by_the_rate_at_every_step(surface):
    c = conditioning_of(surface)
    run = simulate(surface, SGD(lr=c.gd_lr), surface.start, 20)
    norms = np.hypot(run.positions[:, 0], run.positions[:, 1])  # the minimum is the origin
    assert_allclose(norms[1:] / norms[:-1], c.gd_rate, rtol=1e-9)


def spectral_radius(lr, momentum, eigenvalues):
    """Heavy ball's worst factor per step: the 2×2 iteration matrix of each eigen-direction."""
    matrices = [np.array([[1 + momentum - lr * lam, -momentum], [1.0, 0.0]]) for lam in eigenvalues]
    return max(max(abs(np.linalg.eigvals(m))) for m in matrices)


@pytest.mark.parametrize("surface", SURFACES)
def test_heavy_ball_settings_minimise_the_worst_rate(surface):
    c = conditioning_of(surface)
    eigenvalues = (c.lambda_min, c.lambda_max)
    best = spectral_radius(c.heavy_ball_lr, c.heavy_ball_momentum, eigenvalues)
    assert best == pytest.approx(c.heavy_ball_rate, rel=1e-6)
    for lr_factor, momentum_change in ((1.05, 0), (0.95, 0), (1, 0.02), (1, -0.02)):
        lr = c.heavy_ball_lr * lr_factor
        momentum = c.heavy_ball_momentum + momentum_change
        assert spectral_radius(lr, momentum, eigenvalues) > best


@pytest.mark.parametrize("surface", SURFACES)
def test_best_gd_minimises_the_worst_plain_factor(surface):
    c = conditioning_of(surface)
    lrs = np.linspace(0.5, 1.5, 101) * c.gd_lr
    worst = np.maximum(abs(1 - lrs * c.lambda_min), abs(1 - lrs * c.lambda_max))
    assert lrs[np.argmin(worst)] == pytest.approx(c.gd_lr)
    assert worst.min() == pytest.approx(c.gd_rate)


def test_heavy_ball_beats_plain_gd_in_a_simulated_race():
    surface = Quadratic(kappa=100, angle=20)
    c = conditioning_of(surface)
    gd = simulate(surface, SGD(lr=c.gd_lr), surface.start, 300)
    heavy = simulate(surface, Momentum(lr=c.heavy_ball_lr, momentum=c.heavy_ball_momentum),
                     surface.start, 300)  # fmt: skip
    # Over 300 steps the error shrinks about like the rate to that power (Jordan factor aside).
    assert heavy.losses[-1] < gd.losses[-1] * 1e-20
    assert math.log(gd.losses[-1] / gd.losses[0]) == pytest.approx(
        600 * math.log(c.gd_rate), rel=0.05
    )


def test_momentum_stability_limit_widens_with_momentum():
    c = conditioning_of(Quadratic(kappa=25))
    assert c.momentum_stability_lr(0.0) == pytest.approx(c.stability_lr)
    surface = Quadratic(kappa=25)
    for momentum in (0.3, 0.8):
        limit = c.momentum_stability_lr(momentum)
        kind = [
            simulate(surface, Momentum(lr=f * limit, momentum=momentum), surface.start, 4000)
            .status.kind for f in (0.97, 1.03)
        ]  # fmt: skip
        assert kind == ["converged", "diverged"]


def test_optima_name_the_hyper_parameters_to_mark():
    c = conditioning_of(Quadratic(kappa=25))
    assert c.optima()["best GD"] == {"lr": c.gd_lr, "momentum": 0.0}
    assert c.optima()["best heavy ball"]["momentum"] == pytest.approx(4 / 9)


def test_other_surfaces_are_refused():
    with pytest.raises(ValueError, match="needs the quadratic surface, not 'rosenbrock'"):
        conditioning_of(Rosenbrock())


def test_sweep_marks_follow_the_axes_and_the_optimizer():
    surface = Quadratic(kappa=25)
    c = conditioning_of(surface)
    assert sweep_marks(surface, "momentum", "lr", "momentum") == [
        ("best GD", c.gd_lr, 0.0),
        ("best heavy ball", c.heavy_ball_lr, c.heavy_ball_momentum),
    ]
    assert sweep_marks(surface, "momentum", "momentum", "lr")[1][1:] == (
        c.heavy_ball_momentum,
        c.heavy_ball_lr,
    )
    assert sweep_marks(surface, "sgd", "k", "lr") == [("best GD", None, c.gd_lr)]
    assert sweep_marks(surface, "momentum", "lr", "k") == []
    assert sweep_marks(surface, "adam", "lr", "beta1") == []
    assert sweep_marks(Rosenbrock(), "sgd", "lr", "k") == []
