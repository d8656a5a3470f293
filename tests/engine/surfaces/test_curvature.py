"""local_curvature: eigenvalues and axes of the Hessian, against closed forms on quadratics."""

import math

import numpy as np
import pytest
from numpy.testing import assert_allclose

from engine.surfaces import Canyon, Quadratic, Saddle
from engine.surfaces.curvature import (
    condition_number,
    curvature_of,
    local_curvature,
    quadratic_model,
    stability_limit,
)


@pytest.mark.parametrize("kappa", [1.0, 4.0, 25.0, 400.0])
@pytest.mark.parametrize("angle", [0.0, 30.0, -75.0, 135.0])
def test_quadratic_eigenvalues_are_one_and_kappa_along_the_rotated_axes(kappa, angle):
    surface = Quadratic(kappa=kappa, angle=angle)
    for point in [(0.0, 0.0), (1.3, -0.7), (-1.9, 1.9)]:
        values, vectors = local_curvature(surface, point)
        assert_allclose(values, [1.0, kappa], rtol=1e-12)
        assert condition_number(values) == pytest.approx(kappa)
        assert stability_limit(values) == pytest.approx(2.0 / kappa)
        if kappa == 1.0:
            continue
        theta = math.radians(angle)
        steep = np.array([-math.sin(theta), math.cos(theta)])  # the y_r axis has curvature κ
        assert abs(abs(vectors[:, 1] @ steep) - 1.0) < 1e-10
        assert abs(vectors[:, 0] @ vectors[:, 1]) < 1e-12


def test_a_saddle_has_one_negative_eigenvalue_and_a_path_gives_one_pair_per_frame():
    values, _ = local_curvature(Saddle(), (0.0, 0.0))
    assert_allclose(values, [-2.0, 2.0])
    path = np.array([[0.0, 0.0], [1.0, 2.0], [np.nan, 0.0]])
    values, vectors = local_curvature(Saddle(), path)
    assert values.shape == (3, 2) and vectors.shape == (3, 2, 2)
    assert_allclose(values[1], [2.0, 10.0])
    assert np.all(np.isnan(values[2]))
    assert stability_limit(np.array([-1.0, -2.0])) == math.inf


def test_axes_keep_their_sign_from_point_to_point():
    _, vectors = curvature_of(np.array([[[2.0, 0.1], [0.1, 1.0]], [[2.0, 0.11], [0.11, 1.0]]]))
    assert np.all(np.sum(vectors[0] * vectors[1], axis=0) > 0.99)


def test_the_quadratic_model_is_exact_on_a_quadratic():
    surface, point = Quadratic(kappa=9.0, angle=20.0), np.array([0.5, -1.0])
    offsets = np.random.default_rng(0).normal(size=(50, 2))
    model = quadratic_model(
        float(surface.value(point)), surface.grad(point), surface.hessian(point), offsets
    )
    assert_allclose(model, surface.value(point + offsets), rtol=1e-12, atol=1e-12)
    canyon = Canyon()
    assert quadratic_model(1.0, (0, 0), canyon.hessian((0, 0)), (0.0, 0.0)) == 1.0
