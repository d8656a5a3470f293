"""The heavy ball's phase diagram agrees with its closed form and with simulated runs."""

from __future__ import annotations

import math

import numpy as np
import pytest

from engine.optimizers import Momentum
from engine.run.conditioning import conditioning_of
from engine.run.phase import (
    DIVERGING,
    MONOTONIC,
    OSCILLATING,
    dominant_root,
    heavy_ball_roots,
    phase,
    phase_grid,
    rate,
    slow_direction,
)
from engine.run.simulate import simulate
from engine.surfaces import Quadratic

STEPS = 400


def test_roots_are_the_iteration_matrix_eigenvalues():
    rng = np.random.default_rng(3)
    for lr, momentum, curvature in rng.uniform((0.001, 0.0, 0.5), (0.5, 0.99, 20.0), (50, 3)):
        matrix = np.array([[1 + momentum - lr * curvature, -momentum], [1.0, 0.0]])
        expected = sorted(np.linalg.eigvals(matrix), key=lambda z: (z.real, z.imag))
        got = sorted(heavy_ball_roots(lr, momentum, curvature), key=lambda z: (z.real, z.imag))
        np.testing.assert_allclose(got, expected, atol=1e-12)


def test_closed_forms_gd_and_the_optimal_heavy_ball():
    c = conditioning_of(Quadratic(kappa=25.0))
    curvatures = (c.lambda_min, c.lambda_max)
    # β = 0 is gradient descent: σ = 1 − αλ; it diverges past 2/λmax.
    assert rate(0.01, 0.0, c.lambda_max) == pytest.approx(abs(1 - 0.01 * c.lambda_max))
    assert phase(1.01 * c.stability_lr, 0.0, curvatures) == DIVERGING
    assert phase(0.99 * c.stability_lr, 0.0, curvatures) != DIVERGING
    # At Polyak's optimum both directions shrink at (√κ−1)/(√κ+1), as complex pairs.
    lr, momentum = c.heavy_ball_lr, c.heavy_ball_momentum
    for curvature in curvatures:
        assert rate(lr, momentum, curvature) == pytest.approx(c.heavy_ball_rate, rel=1e-6)
    # Heavy ball is stable up to 2(1 + β)/λmax.
    assert phase(0.99 * c.momentum_stability_lr(0.5), 0.5, curvatures) != DIVERGING
    assert phase(1.01 * c.momentum_stability_lr(0.5), 0.5, curvatures) == DIVERGING


def slow_error(run, surface, lr, momentum) -> np.ndarray:
    """The error along the eigen-axis that shrinks slower, frame by frame."""
    c = conditioning_of(surface)
    axes = c.eigen_axes()
    slow = int(slow_direction(lr, momentum, (c.lambda_min, c.lambda_max)))
    return run.positions @ np.asarray(axes[slow])


def clear_case(lr, momentum, curvatures) -> bool:
    """Away from the boundaries, where a finite run shows its phase unambiguously."""
    slow = int(slow_direction(lr, momentum, curvatures))
    sigma = complex(dominant_root(lr, momentum, curvatures[slow]))
    largest = max(float(rate(lr, momentum, k)) for k in curvatures)
    angle = abs(math.atan2(sigma.imag, sigma.real))
    if abs(largest - 1.0) < 0.03 or largest < 0.3:
        return False  # barely diverging, or gone to zero in a few steps
    return angle < 1e-9 or angle > 0.25  # real, or ripples short enough to see


@pytest.mark.parametrize("kappa, angle", [(10.0, 30.0), (50.0, -15.0)])
def test_regions_agree_with_simulated_heavy_ball_runs(kappa, angle):
    surface = Quadratic(kappa=kappa, angle=angle)
    c = conditioning_of(surface)
    curvatures = (c.lambda_min, c.lambda_max)
    lrs = np.geomspace(0.02 / c.lambda_max, 4.2 / c.lambda_max, 13)
    momentums = np.linspace(0.0, 0.95, 11)
    grid = phase_grid(curvatures, lrs, momentums)
    checked = {MONOTONIC: 0, OSCILLATING: 0, DIVERGING: 0}
    for row, momentum in enumerate(momentums):
        for column, lr in enumerate(lrs):
            if not clear_case(lr, momentum, curvatures):
                continue
            optimizer = Momentum(lr=float(lr), momentum=float(momentum), form="sutskever")
            run = simulate(surface, optimizer, surface.start, STEPS)
            expected = grid[row, column]
            checked[expected] += 1
            if expected == DIVERGING:
                assert run.status.kind == "diverged" or np.abs(run.positions[-1]).max() > 2.0
                continue
            assert run.status.kind != "diverged"
            tail = slow_error(run, surface, lr, momentum)[STEPS // 2 :]
            tail = tail[np.abs(tail) > 1e-250]  # before it underflows
            flips = int(np.sum(np.diff(np.sign(tail)) != 0))
            if expected == MONOTONIC:
                assert flips == 0, (lr, momentum)
            else:
                assert flips >= 2, (lr, momentum)
    assert min(checked.values()) >= 3, checked  # every region was really tested
