"""Surfaces: gradients against finite differences, critical points, shapes, the quadratic."""

import dataclasses
import math

import numpy as np
import pytest
from numpy.testing import assert_allclose

from engine.surfaces import SURFACES, Quadratic

NAMES = sorted(SURFACES)
# Quadratics with a rotation, so the rotation terms of the gradient are exercised too.
EXTRA = {"quadratic_rotated": Quadratic(kappa=25.0, angle=35.0)}
CASES = [SURFACES[name]() for name in NAMES] + list(EXTRA.values())
IDS = NAMES + list(EXTRA)


def random_points(surface, count, seed=0):
    x_min, x_max, y_min, y_max = surface.bounds
    rng = np.random.default_rng(seed)
    return np.column_stack([rng.uniform(x_min, x_max, count), rng.uniform(y_min, y_max, count)])


def numeric_grad(surface, points, h=1e-6):
    """Central differences of `value`, one axis at a time."""
    columns = []
    for axis in range(2):
        step = np.zeros(2)
        step[axis] = h
        columns.append((surface.value(points + step) - surface.value(points - step)) / (2 * h))
    return np.stack(columns, axis=-1)


def numeric_hessian(surface, point, h=1e-5):
    """Central differences of the analytic gradient, symmetrised."""
    columns = []
    for axis in range(2):
        step = np.zeros(2)
        step[axis] = h
        columns.append((surface.grad(point + step) - surface.grad(point - step)) / (2 * h))
    hessian = np.stack(columns, axis=-1)
    return (hessian + hessian.T) / 2


@pytest.mark.parametrize("surface", CASES, ids=IDS)
def test_grad_matches_central_differences(surface):
    points = random_points(surface, 300)
    analytic = surface.grad(points)
    numeric = numeric_grad(surface, points)
    # Rounding error of a central difference is about eps·|f|/h, so scale atol by |f|.
    scale = 1.0 + np.abs(surface.value(points))[:, None]
    assert np.all(np.abs(analytic - numeric) <= 1e-6 * np.abs(analytic) + 1e-8 * scale)


@pytest.mark.parametrize("surface", CASES, ids=IDS)
def test_grad_xy_math_path_equals_numpy_path(surface):
    points = random_points(surface, 100, seed=1)
    batch = surface.grad(points)
    pairs = [surface.grad_xy(float(x), float(y)) for x, y in points]
    # Plain floats, not numpy scalars: the fast path of simulate must stay on `math`.
    assert all(type(value) is float for pair in pairs for value in pair)
    single = np.array(pairs)
    # math and numpy may differ in the last bit of exp/cos, nothing more.
    assert_allclose(single, batch, rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("surface", CASES, ids=IDS)
def test_value_and_grad_keep_the_grid_shape(surface):
    points = random_points(surface, 5 * 7 * 3, seed=2).reshape(5, 7, 3, 2)
    values, grads = surface.value(points), surface.grad(points)
    assert values.shape == (5, 7, 3)
    assert grads.shape == (5, 7, 3, 2)
    assert surface.value(points[0, 0, 0]).shape == ()
    assert surface.grad(points[0, 0, 0]).shape == (2,)
    flat = points.reshape(-1, 2)
    assert_allclose(values.reshape(-1), [surface.value(p) for p in flat], rtol=1e-14)
    assert_allclose(grads.reshape(-1, 2), [surface.grad(p) for p in flat], rtol=1e-14)


def critical_points(kind):
    return [
        pytest.param(surface, index, id=f"{name}-{kind}{index}")
        for surface, name in zip(CASES, IDS, strict=True)
        for index in range(len(getattr(surface, kind)))
    ]


def check_critical(surface, point):
    where = np.array([point.x, point.y])
    assert_allclose(surface.value(where), point.value, rtol=1e-12, atol=1e-12)
    hessian = numeric_hessian(surface, where)
    # "Zero" relative to the curvature: a point off by δ would show a gradient of about |H|·δ.
    assert np.linalg.norm(surface.grad(where)) <= 1e-12 * (1 + np.abs(hessian).max())
    x_min, x_max, y_min, y_max = surface.bounds
    assert x_min <= point.x <= x_max and y_min <= point.y <= y_max
    return np.linalg.eigvalsh(hessian)


@pytest.mark.parametrize(("surface", "index"), critical_points("minima"))
def test_listed_minimum_is_a_local_minimum_with_its_value(surface, index):
    eigenvalues = check_critical(surface, surface.minima[index])
    assert np.all(eigenvalues > 1e-3)


@pytest.mark.parametrize(("surface", "index"), critical_points("saddles"))
def test_listed_saddle_has_an_indefinite_hessian(surface, index):
    eigenvalues = check_critical(surface, surface.saddles[index])
    assert eigenvalues[0] < -1e-3 < 1e-3 < eigenvalues[1]


@pytest.mark.parametrize("surface", CASES, ids=IDS)
def test_lowest_listed_minimum_is_the_lowest_point_of_the_plot(surface):
    """So `Status.local` (above the lowest listed minimum) really means a local minimum."""
    x_min, x_max, y_min, y_max = surface.bounds
    grid = np.stack(
        np.meshgrid(np.linspace(x_min, x_max, 401), np.linspace(y_min, y_max, 401)), axis=-1
    )
    lowest = min(point.value for point in surface.minima)
    assert surface.value(grid).min() >= lowest - 1e-9


@pytest.mark.parametrize("surface", CASES, ids=IDS)
def test_surface_describes_itself(surface):
    x_min, x_max, y_min, y_max = surface.bounds
    assert x_min < x_max and y_min < y_max
    assert x_min <= surface.start[0] <= x_max and y_min <= surface.start[1] <= y_max
    assert surface.title and surface.formula and surface.about
    assert surface.span == pytest.approx(math.hypot(x_max - x_min, y_max - y_min))
    assert len(surface.minima) >= 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        surface.name = "other"


def test_registry_keys_are_the_names():
    assert all(cls.name == name for name, cls in SURFACES.items())


# Values worked out by hand from each formula (not from the code), one line each.
HAND_VALUES = [
    ("rosenbrock", (0.0, 0.0), 1.0),  # (1-0)² + 0
    ("rosenbrock", (-1.0, 2.0), 104.0),  # 4 + 100·1
    ("beale", (0.0, 0.0), 14.203125),  # 1.5² + 2.25² + 2.625²
    ("himmelblau", (0.0, 0.0), 170.0),  # 121 + 49
    ("himmelblau", (3.0, 2.0), 0.0),
    ("booth", (0.0, 0.0), 74.0),  # 49 + 25
    ("booth", (1.0, 3.0), 0.0),
    ("rastrigin", (0.5, 0.5), 40.5),  # 20 + 0.25 + 10 + 0.25 + 10
    ("rastrigin", (1.0, 0.0), 1.0),
    ("ackley", (0.0, 0.0), 0.0),
    ("six_hump_camel", (1.0, 0.0), 4 - 2.1 + 1 / 3),
    ("six_hump_camel", (0.0, 1.0), 0.0),  # (−4 + 4)·1
    ("quadratic", (1.0, 1.0), 5.5),  # ½(1 + 10·1), κ = 10 by default
    ("canyon", (3.0, 0.0), 0.0),
    ("canyon", (0.0, 0.0), 0.45),  # 0.05·9
    ("saddle", (1.0, 1.0), 0.25),  # 1 − 1 + ¼
    ("local_minima", (2.5, 0.0), -0.4 * math.cos(6.25)),
    ("plateau", (0.0, 0.0), 0.0),
    ("plateau", (2.0, 0.0), 1 - math.exp(-2) + 0.02),
]


@pytest.mark.parametrize(("name", "point", "expected"), HAND_VALUES)
def test_value_matches_the_formula_worked_by_hand(name, point, expected):
    assert SURFACES[name]().value(np.array(point)) == pytest.approx(expected, abs=1e-12)


# Known global minima from the literature (Surjanovic & Bingham's test-function library).
LITERATURE_MINIMA = [
    ("rosenbrock", (1.0, 1.0), 0.0),
    ("beale", (3.0, 0.5), 0.0),
    ("booth", (1.0, 3.0), 0.0),
    ("himmelblau", (-2.805118, 3.131312), 0.0),
    ("six_hump_camel", (0.0898, -0.7126), -1.0316),
]


@pytest.mark.parametrize(("name", "point", "expected"), LITERATURE_MINIMA)
def test_listed_minima_include_the_known_global_minimum(name, point, expected):
    minima = SURFACES[name]().minima
    nearest = min(minima, key=lambda m: math.hypot(m.x - point[0], m.y - point[1]))
    assert math.hypot(nearest.x - point[0], nearest.y - point[1]) < 1e-4
    assert nearest.value == pytest.approx(expected, abs=1e-4)


ROTATIONS = [(1.0, 0.0), (10.0, 0.0), (10.0, 30.0), (100.0, -60.0), (4.0, 90.0), (7.5, 180.0)]


@pytest.mark.parametrize(("kappa", "angle"), ROTATIONS)
def test_quadratic_gradient_is_the_rotated_diagonal(kappa, angle):
    """∇f = Rᵀ·diag(1, κ)·R·p with R the rotation by θ of the axes."""
    surface = Quadratic(kappa=kappa, angle=angle)
    theta = math.radians(angle)
    rotation = np.array([[math.cos(theta), math.sin(theta)], [-math.sin(theta), math.cos(theta)]])
    matrix = rotation.T @ np.diag([1.0, kappa]) @ rotation
    points = random_points(surface, 50, seed=3)
    assert_allclose(surface.grad(points), points @ matrix.T, rtol=1e-12, atol=1e-12)
    assert_allclose(surface.value(points), 0.5 * np.einsum("ni,ij,nj->n", points, matrix, points))


@pytest.mark.parametrize(("kappa", "angle"), ROTATIONS)
def test_quadratic_hessian_eigenvalues_are_one_and_kappa(kappa, angle):
    surface = Quadratic(kappa=kappa, angle=angle)
    point = random_points(surface, 1, seed=4)[0]
    assert_allclose(np.linalg.eigvalsh(numeric_hessian(surface, point)), [1.0, kappa], rtol=1e-7)
    assert surface.eigenvalues == (1.0, kappa)


@pytest.mark.parametrize(
    ("field", "value"),
    [("kappa", 0.5), ("kappa", 1e4), ("kappa", math.nan), ("angle", 181.0), ("angle", "x")],
)
def test_quadratic_rejects_bad_parameters_by_name(field, value):
    with pytest.raises(ValueError, match=field):
        Quadratic(**{field: value})
