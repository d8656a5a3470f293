"""Analytic Hessians of every surface against finite differences of its analytic gradient."""

import math

import numpy as np
import pytest
from numpy.testing import assert_allclose

from engine.surfaces import SURFACES, Quadratic
from engine.surfaces.custom import Custom
from engine.surfaces.datasets import LinearRegression, LogisticRegression

EXTRA = {
    "quadratic_rotated": Quadratic(kappa=25.0, angle=35.0),
    "custom_mixed": Custom(f="x**2*y + sin(3*x*y) + exp(-(x-1)**2) + y**4/4"),
    "linear_offset": LinearRegression(offset=3.0, noise=1.0, seed=4),
    "logistic_l2": LogisticRegression(l2=0.1, size=30, seed=2),
}
CASES = [SURFACES[name]() for name in sorted(SURFACES)] + list(EXTRA.values())
IDS = sorted(SURFACES) + list(EXTRA)


def random_points(surface, count, seed=0):
    x_min, x_max, y_min, y_max = surface.bounds
    rng = np.random.default_rng(seed)
    return np.column_stack([rng.uniform(x_min, x_max, count), rng.uniform(y_min, y_max, count)])


def differenced(gradient, points, h):
    """(N, 2, 2): column j is the central difference of `gradient` along axis j."""
    columns = []
    for axis in range(2):
        step = np.zeros(2)
        step[axis] = h
        columns.append((gradient(points + step) - gradient(points - step)) / (2 * h))
    return np.stack(columns, axis=-1)


@pytest.mark.parametrize("surface", CASES, ids=IDS)
def test_hessian_matches_differences_of_the_gradient(surface):
    points = random_points(surface, 200)
    if surface.name == "ackley":  # the cone's tip is not differentiable: stay off it
        points = points[np.hypot(points[:, 0], points[:, 1]) > 0.05]
    h = 1e-6 * surface.span
    analytic = surface.hessian(points)
    numeric = differenced(surface.grad, points, h)
    scale = np.maximum(1.0, np.abs(analytic).max(axis=(1, 2)))[:, None, None]
    assert_allclose(analytic / scale, numeric / scale, atol=2e-5)
    assert_allclose(analytic, np.swapaxes(analytic, 1, 2))


@pytest.mark.parametrize("surface", CASES, ids=IDS)
def test_one_point_on_floats_equals_the_vectorised_hessian(surface):
    points = random_points(surface, 20, seed=1)
    matrices = surface.hessian(points)
    for point, matrix in zip(points, matrices, strict=True):
        fxx, fxy, fyy = surface.hessian_xy(float(point[0]), float(point[1]))
        assert_allclose([fxx, fxy, fyy], matrix[[0, 0, 1], [0, 1, 1]], rtol=1e-10, atol=1e-12)
        value = surface.value_xy(float(point[0]), float(point[1]))
        assert math.isclose(value, surface.value(point), rel_tol=1e-12)
    assert surface.hessian(points[0]).shape == (2, 2)
    assert surface.hessian(points.reshape(4, 5, 2)).shape == (4, 5, 2, 2)


def test_quadratic_hessian_is_the_rotated_diagonal():
    surface = Quadratic(kappa=25.0, angle=30.0)
    theta = math.radians(30.0)
    rotation = np.array([[math.cos(theta), -math.sin(theta)], [math.sin(theta), math.cos(theta)]])
    expected = rotation @ np.diag([1.0, 25.0]) @ rotation.T
    assert_allclose(surface.hessian((0.3, -1.2)), expected, atol=1e-12)


@pytest.mark.parametrize("surface", [EXTRA["linear_offset"], EXTRA["logistic_l2"]], ids=str)
def test_mini_batch_hessians_match_differences_of_the_batch_gradient(surface):
    rng = np.random.default_rng(3)
    indices = rng.permutation(surface.data_size)[:7]
    points = random_points(surface, 30, seed=2)

    def gradient(ps):
        return np.array([surface.grad_batch(p, indices) for p in ps])

    numeric = differenced(gradient, points, 1e-6)
    for point, matrix in zip(points, numeric, strict=True):
        fxx, fxy, fyy = surface.hessian_batch(point, indices)
        assert_allclose([[fxx, fxy], [fxy, fyy]], matrix, rtol=1e-5, atol=1e-7)
    whole = surface.hessian_batch(points[0], slice(None))
    assert_allclose(whole, surface.hessian(points[0])[[0, 0, 1], [0, 1, 1]], rtol=1e-10)
    assert math.isclose(surface.value_batch(points[0], slice(None)), surface.value(points[0]))


def test_custom_hessian_is_sympys_second_derivative():
    surface = Custom(f="x**3 + x*y**2")
    assert_allclose(surface.hessian((2.0, 3.0)), [[12.0, 6.0], [6.0, 4.0]])
    assert surface.hessian_xy(2.0, 3.0) == (12.0, 6.0, 4.0)
