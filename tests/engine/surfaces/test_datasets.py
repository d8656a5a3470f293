"""The data-set surfaces: their losses, gradients and minima against first principles."""

import math

import numpy as np
import pytest

from engine.params import params_of
from engine.surfaces import SURFACES
from engine.surfaces.data import softplus
from engine.surfaces.datasets import (
    LinearRegression,
    LogisticRegression,
    class_data,
    epoch_batches,
    line_data,
)

SURFACE_CLASSES = (LinearRegression, LogisticRegression)


def numeric_grad(surface, p, h=1e-6):
    p = np.asarray(p, dtype=float)
    return np.array(
        [(surface.value(p + h * e) - surface.value(p - h * e)) / (2 * h) for e in np.eye(2)]
    )


def test_registered():
    assert SURFACES["linear_regression"] is LinearRegression
    assert SURFACES["logistic_regression"] is LogisticRegression


def test_linear_value_is_the_mean_squared_error_of_the_data():
    surface = LinearRegression(size=17, noise=0.3, offset=2.0, seed=5)
    x, y = surface.data
    for w, b in [(0.0, 0.0), (1.5, -2.0), (-3.0, 4.0)]:
        assert surface.value((w, b)) == pytest.approx(np.mean((w * x + b - y) ** 2), rel=1e-12)


def test_linear_minimum_solves_least_squares():
    surface = LinearRegression(size=30, noise=0.4, offset=3.0, seed=2)
    x, y = surface.data
    design = np.stack([x, np.ones_like(x)], axis=1)
    (w, b), *_ = np.linalg.lstsq(design, y, rcond=None)
    (minimum,) = surface.minima
    assert (minimum.x, minimum.y) == pytest.approx((w, b), rel=1e-9)
    assert minimum.value == pytest.approx(np.mean((w * x + b - y) ** 2), rel=1e-9)
    xmin, xmax, ymin, ymax = surface.bounds
    assert xmin < minimum.x < xmax and ymin < minimum.y < ymax


def test_logistic_value_is_the_mean_log_loss_plus_l2():
    surface = LogisticRegression(size=12, noise=0.5, offset=1.0, seed=3, l2=0.05)
    inputs, labels = surface.data
    w = np.array([0.7, -1.3])
    expected = np.mean(np.log1p(np.exp(-labels * (inputs @ w)))) + 0.025 * (w @ w)
    assert surface.value(w) == pytest.approx(expected, rel=1e-12)


def test_logistic_minimum_has_zero_gradient_and_is_lowest_nearby():
    surface = LogisticRegression()
    (minimum,) = surface.minima
    p = np.array([minimum.x, minimum.y])
    assert np.abs(surface.grad(p)).max() < 1e-10
    around = p + 0.05 * np.array([[1, 0], [-1, 0], [0, 1], [0, -1], [1, 1]])
    assert np.all(surface.value(around) > minimum.value)


@pytest.mark.parametrize("cls", SURFACE_CLASSES)
def test_gradients_match_finite_differences(cls):
    surface = cls(offset=2.0)
    for p in [(0.3, -0.4), (1.0, 2.0), surface.start]:
        assert surface.grad(np.array(p)) == pytest.approx(numeric_grad(surface, p), abs=1e-5)
        assert surface.grad_xy(*p) == pytest.approx(surface.grad(np.array(p)), rel=1e-10)


@pytest.mark.parametrize("cls", SURFACE_CLASSES)
def test_batch_of_everything_is_the_full_gradient(cls):
    surface = cls(size=25, seed=4)
    p = np.array([0.8, -0.6])
    everyone = np.arange(25)
    assert surface.grad_batch(p, everyone) == pytest.approx(surface.grad(p), rel=1e-12)


@pytest.mark.parametrize("cls", SURFACE_CLASSES)
def test_batch_gradient_is_the_mean_of_single_example_gradients(cls):
    surface = cls(size=10, seed=1)
    p = np.array([1.2, 0.1])
    singles = [surface.grad_batch(p, [i]) for i in (2, 5, 7)]
    assert surface.grad_batch(p, [2, 5, 7]) == pytest.approx(np.mean(singles, axis=0), rel=1e-12)


def test_data_reproducible_by_seed_and_different_across_seeds():
    assert np.array_equal(line_data(20, 0.5, 1.0, 7)[1], line_data(20, 0.5, 1.0, 7)[1])
    assert not np.array_equal(line_data(20, 0.5, 1.0, 7)[1], line_data(20, 0.5, 1.0, 8)[1])
    inputs, labels = class_data(20, 0.5, 1.0, 7)
    assert inputs.shape == (20, 2) and set(labels) == {-1.0, 1.0}
    assert not inputs.flags.writeable


def test_offset_makes_the_linear_problem_ill_conditioned():
    def condition(offset):
        x, _ = LinearRegression(offset=offset).data
        hessian = 2 * np.array([[np.mean(x * x), np.mean(x)], [np.mean(x), 1.0]])
        low, high = np.linalg.eigvalsh(hessian)
        return high / low

    assert condition(5.0) > 10 * condition(0.0)


def test_epoch_batches_cover_every_example_once_per_epoch():
    batches = list(epoch_batches(10, 4, seed=3, count=6))  # two epochs of 4 + 4 + 2
    assert [len(b) for b in batches] == [4, 4, 2, 4, 4, 2]
    for epoch in (batches[:3], batches[3:]):
        assert sorted(np.concatenate(epoch)) == list(range(10))
    assert not np.array_equal(np.concatenate(batches[:3]), np.concatenate(batches[3:]))


@pytest.mark.parametrize("cls", SURFACE_CLASSES)
def test_class_reads_give_the_default_instance(cls):
    assert cls.bounds == cls().bounds and cls.minima == cls().minima
    assert {p.name for p in params_of(cls)} >= {"size", "noise", "offset", "seed"}
    assert all(math.isfinite(v) for v in cls.start)


def test_bad_parameters_are_refused_by_name():
    with pytest.raises(ValueError, match="size"):
        LinearRegression(size=1)
    with pytest.raises(ValueError, match="l2"):
        LogisticRegression(l2=0.0)


def test_softplus_is_numpys_logaddexp_within_two_ulp():
    t = np.concatenate(
        [
            np.linspace(-800.0, 800.0, 20_001),
            np.random.default_rng(3).standard_normal(10_000) * 40,
            [0.0, -0.0, 1e-300, -1e-300, np.inf, -np.inf],
        ]
    )
    np.testing.assert_array_max_ulp(softplus(t), np.logaddexp(0.0, t), maxulp=2)
    assert softplus(np.array([np.inf]))[0] == np.inf and softplus(np.array([-np.inf]))[0] == 0
    assert np.isnan(softplus(np.array([np.nan]))).all()
