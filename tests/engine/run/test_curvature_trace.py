"""The curvature along a run equals the quadratic's closed forms, and the overshoot ratio
says exactly when a step flips the error along the steep axis."""

from __future__ import annotations

import numpy as np
import pytest

from engine.optimizers import SGD, Adam, Momentum
from engine.run.conditioning import conditioning_of
from engine.run.curvature_trace import curvature_trace
from engine.run.simulate import simulate
from engine.surfaces import Himmelblau, Quadratic


def test_a_quadratics_curvature_is_its_eigenvalues_everywhere():
    surface = Quadratic(kappa=25.0, angle=30.0)
    run = simulate(surface, SGD(lr=0.01), surface.start, 40)
    trace = curvature_trace(surface, run)
    c = conditioning_of(surface)
    np.testing.assert_allclose(trace.eigenvalues, [[c.lambda_min, c.lambda_max]] * run.frames)
    np.testing.assert_allclose(trace.kappa, 25.0)
    gentle, steep = c.eigen_axes()
    for vectors in trace.eigenvectors:
        assert abs(vectors[:, 0] @ gentle) == pytest.approx(1.0)
        assert abs(vectors[:, 1] @ steep) == pytest.approx(1.0)


@pytest.mark.parametrize("lr", [0.03, 0.06, 0.075, 0.09])
def test_sgd_overshoots_exactly_when_lr_passes_one_over_lambda_and_diverges_past_two(lr):
    surface = Quadratic(kappa=25.0)
    run = simulate(surface, SGD(lr=lr), surface.start, 30)
    trace = curvature_trace(surface, run)
    ratio = trace.overshoot[0]
    assert ratio == pytest.approx(lr * 25.0 / 2.0)  # lr·λmax / 2
    steep = run.positions[:12, 1]  # κ on y: the steep axis
    flips = np.sum(np.diff(np.sign(steep)) != 0)
    assert (flips == 11) == (ratio > 0.5)  # lr·λ > 1: every step crosses the valley floor
    grows = abs(steep[-1]) > abs(steep[0])
    assert grows == (ratio > 1)  # past the stability limit the zig-zag grows


def test_heavy_ball_is_measured_against_its_own_limit():
    surface = Quadratic(kappa=10.0)
    run = simulate(surface, Momentum(lr=0.25, momentum=0.5), surface.start, 20)
    trace = curvature_trace(surface, run)
    assert trace.heavy_ball
    np.testing.assert_allclose(trace.limit[:-1], 2 * (1 + 0.5))
    assert trace.overshoot[0] == pytest.approx(0.25 * 10 / 3)


def test_adaptive_steps_meet_the_preconditioned_curvature():
    surface = Himmelblau()
    run = simulate(surface, Adam(lr=0.1), surface.start, 25)
    trace = curvature_trace(surface, run)
    for k in (0, 5, 20):
        root = np.diag(np.sqrt(run.effective_lrs[k]))
        expected = np.linalg.eigvalsh(root @ surface.hessian(run.positions[k]) @ root).max()
        assert trace.step_curvature[k] == pytest.approx(expected)
    assert np.isnan(trace.step_curvature[-1])  # no update leaves the last frame
