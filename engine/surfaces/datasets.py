"""Loss surfaces defined by a small seeded training set, whose gradients can be taken per batch.

The lecture's first point: the gradient a network follows is estimated from training data,
so a mini-batch gives a noisy estimate of it. Here the two parameters of a tiny model are
the plot's (x, y), the loss is the mean over a generated data set, and `grad_batch(p,
indices)` is the mean over the chosen examples only. Over the whole set, `value` and `grad`
are exact; the mean of the batch gradients over an epoch of equal batches is `grad`.

A feature `offset` moves every input away from 0: the loss's curvature along the bias (or
the common direction of both features) then differs from the rest, and the problem becomes
ill-conditioned, the reason inputs are centred in practice.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from engine.params import number, of_default
from engine.surfaces.base import Point, Surface
from engine.surfaces.data import (
    TRUE_BIAS,
    TRUE_WEIGHT,
    batch_gradient,
    class_data,
    epoch_batches,
    line_data,
    line_fit,
    logistic_minimum,
    per_point,
    sigmoid,
    softplus,
)

__all__ = [
    "DATA_SURFACES",
    "TRUE_BIAS",
    "TRUE_WEIGHT",
    "LinearRegression",
    "LogisticRegression",
    "batch_gradient",
    "class_data",
    "epoch_batches",
    "is_data_surface",
    "line_data",
]

SIZE_DOC = "number of training examples N"
NOISE_DOC = "standard deviation of the noise in the data"
OFFSET_DOC = "added to every feature: larger makes the loss ill-conditioned"
SEED_DOC = "seed of the generated data set"


@dataclass(frozen=True)
class DataSurface(Surface):
    """Base of the data-set surfaces: the loss is a mean over `size` generated examples."""

    size: int = number(40, 2, 10_000, SIZE_DOC, integer=True, symbols="N")
    noise: float = number(0.5, 0.0, 5.0, NOISE_DOC)
    offset: float = number(1.0, 0.0, 10.0, OFFSET_DOC)
    seed: int = number(0, 0, 2**31 - 1, SEED_DOC, integer=True)

    @property
    def data_size(self) -> int:
        return int(self.size)

    def grad_batch(self, p, indices) -> np.ndarray:
        """Mean gradient over the examples `indices` at the point p = (x, y), shape (2,)."""
        raise NotImplementedError  # pragma: no cover - every subclass defines it

    def grad_batch_xy(self, x: float, y: float, indices) -> tuple[float, float]:
        """`grad_batch` as two Python floats (the mini-batch path of `simulate`)."""
        gx, gy = self.grad_batch((x, y), indices)
        return float(gx), float(gy)

    def value_batch(self, p, indices) -> float:
        """Mean loss over the examples `indices` at the point p = (x, y) (L-BFGS's closure)."""
        raise NotImplementedError  # pragma: no cover - every subclass defines it

    def hessian_batch(self, p, indices) -> tuple[float, float, float]:
        """(∂²/∂x², ∂²/∂x∂y, ∂²/∂y²) of the mean loss over the examples `indices` at p."""
        raise NotImplementedError  # pragma: no cover - every subclass defines it


def is_data_surface(surface) -> bool:
    return isinstance(surface, DataSurface)


def _line_bounds(surface) -> tuple[float, float, float, float]:
    """The minimum in the middle; the bias axis stretched with the offset, as the valley is."""
    w, b = surface._fit[5:]
    half_b = 3.0 * (1.0 + surface.offset)
    return w - 3.0, w + 3.0, b - half_b, b + half_b


def _line_minimum(surface) -> tuple[Point, ...]:
    w, b = surface._fit[5:]
    return (Point(w, b, float(surface.value((w, b)))),)


@dataclass(frozen=True)
class LinearRegression(DataSurface):
    """Mean squared error of the line w·x + b over N generated points; the plot axes are (w, b)."""

    name: ClassVar[str] = "linear_regression"
    title: ClassVar[str] = "Linear regression"
    formula: ClassVar[str] = "(1/N)·Σᵢ (w·xᵢ + b − yᵢ)²,  plot axes (w, b)"
    about: ClassVar[str] = (
        "A line fitted to noisy points: each mini-batch sees a different sample, so SGD "
        "wanders around the least-squares fit. A feature offset makes the valley long and thin."
    )
    bounds = of_default(_line_bounds)
    start = of_default(
        lambda s: (s.bounds[0] + 0.5, s.bounds[2] + 0.25 * (s.bounds[3] - s.bounds[2]))
    )
    minima = of_default(_line_minimum)

    @property
    def _fit(self) -> tuple[float, ...]:
        return line_fit(int(self.size), float(self.noise), float(self.offset), int(self.seed))

    @property
    def data(self) -> tuple[np.ndarray, np.ndarray]:
        """(inputs x (N,), targets y (N,))."""
        return line_data(int(self.size), float(self.noise), float(self.offset), int(self.seed))

    # Over the whole set the loss is a quadratic in (w, b) whose coefficients are the data's
    # moments, so value and gradient cost O(1) per point instead of O(N).
    def f(self, x, y, m):
        xx, x1, xy, y1, yy = self._fit[:5]
        return x * x * xx + 2 * x * y * x1 + y * y - 2 * x * xy - 2 * y * y1 + yy

    def df(self, x, y, m):
        xx, x1, xy, y1, _ = self._fit[:5]
        return 2 * (x * xx + y * x1 - xy), 2 * (x * x1 + y - y1)

    def d2f(self, x, y, m):
        xx, x1 = self._fit[:2]
        zero = 0 * x
        return 2 * xx + zero, 2 * x1 + zero, 2.0 + zero

    def grad_batch(self, p, indices) -> np.ndarray:
        inputs, targets = self.data
        xs, ys = inputs[indices], targets[indices]
        residual = p[0] * xs + p[1] - ys
        return np.array([2.0 * np.mean(residual * xs), 2.0 * np.mean(residual)])

    def value_batch(self, p, indices) -> float:
        inputs, targets = self.data
        residual = p[0] * inputs[indices] + p[1] - targets[indices]
        return float(np.mean(residual * residual))

    def hessian_batch(self, p, indices) -> tuple[float, float, float]:
        xs = self.data[0][indices]
        return 2.0 * float(np.mean(xs * xs)), 2.0 * float(np.mean(xs)), 2.0

    def predict(self, p, inputs) -> np.ndarray:
        """The fitted line w·x + b at `inputs`, for p = (w, b)."""
        return p[0] * np.asarray(inputs, dtype=float) + p[1]


def _logistic_bounds(surface) -> tuple[float, float, float, float]:
    """A square around the minimum, large enough to hold the origin (zero weights) too."""
    w1, w2 = surface._minimum
    half = max(3.0, 1.2 * max(abs(w1), abs(w2)))
    return w1 - half, w1 + half, w2 - half, w2 + half


@dataclass(frozen=True)
class LogisticRegression(DataSurface):
    """Mean logistic loss of the classifier sign(w·x) on a nearly separable 2-D set, plus L2.

    Without the L2 term a separable set has no minimum (the loss keeps falling as |w| grows),
    so a small λ/2·|w|² is added: the loss is then strictly convex with one minimum, found by
    Newton's method. There is no bias: the two classes sit on either side of a line through 0.
    """

    name: ClassVar[str] = "logistic_regression"
    title: ClassVar[str] = "Logistic regression"
    formula: ClassVar[str] = "(1/N)·Σᵢ log(1 + e^(−yᵢ·w·xᵢ)) + λ/2·|w|²,  plot axes (w₁, w₂)"
    about: ClassVar[str] = (
        "A line through the origin separating two clouds of points: mini-batches make the "
        "gradient noisy; the small L2 term gives the loss a minimum."
    )
    size: int = number(60, 2, 10_000, SIZE_DOC, integer=True, symbols="N")
    noise: float = number(0.6, 0.0, 5.0, NOISE_DOC)
    l2: float = number(
        0.01, 1e-4, 1.0, "L2 penalty λ: without it there may be no minimum", log=True, symbols="λ"
    )
    bounds = of_default(_logistic_bounds)
    start = of_default(
        lambda s: (
            s.bounds[0] + 0.1 * (s.bounds[1] - s.bounds[0]),
            s.bounds[3] - 0.1 * (s.bounds[3] - s.bounds[2]),
        )
    )
    minima = of_default(lambda s: (Point(*s._minimum, float(s.value(s._minimum))),))

    @property
    def _minimum(self) -> tuple[float, float]:
        return logistic_minimum(
            int(self.size), float(self.noise), float(self.offset), int(self.seed), float(self.l2)
        )

    @property
    def examples(self) -> int:
        """How many terms one loss evaluation sums (drawing code coarsens its grid for many)."""
        return int(self.size)

    @property
    def data(self) -> tuple[np.ndarray, np.ndarray]:
        """(inputs (N, 2), labels (N,) of ±1)."""
        return class_data(int(self.size), float(self.noise), float(self.offset), int(self.seed))

    # Points × data in blocks of about BLOCK_ELEMENTS numbers: a 400×400 contour grid over
    # thousands of examples never builds one (160,000 × N) array, nor loops in Python per example.
    def f(self, x, y, m):
        inputs, labels = self.data
        mean_loss = per_point(x, y, inputs, lambda z: softplus(-labels * z).mean(axis=1))
        total = mean_loss + 0.5 * self.l2 * (x * x + y * y)
        return float(total) if m is math else total

    def df(self, x, y, m):
        if m is math:
            gx, gy = self.grad_batch((x, y), slice(None))
            return float(gx), float(gy)
        inputs, labels = self.data
        pull = labels * 1.0

        def along(axis):
            return lambda z: -(pull * sigmoid(-labels * z)) @ inputs[:, axis] / len(labels)

        gx = per_point(x, y, inputs, along(0)) + self.l2 * x
        gy = per_point(x, y, inputs, along(1)) + self.l2 * y
        return gx, gy

    def grad_batch(self, p, indices) -> np.ndarray:
        inputs, labels = self.data
        xs, ys = inputs[indices], labels[indices]
        pull = ys * sigmoid(-ys * (xs @ np.asarray(p, dtype=float)))
        return -(pull @ xs) / len(xs) + self.l2 * np.asarray(p, dtype=float)

    # The Hessian is the mean of σ(z)·σ(−z)·x xᵀ over the examples (the label's sign cancels
    # in the product), plus λ on the diagonal.
    def d2f(self, x, y, m):
        if m is math:
            return self.hessian_batch((x, y), slice(None))
        inputs, labels = self.data
        pairs = ((0, 0), (0, 1), (1, 1))

        def entry(i, j):
            products = inputs[:, i] * inputs[:, j] / len(labels)
            return lambda z: (sigmoid(z) * sigmoid(-z)) @ products

        fxx, fxy, fyy = (per_point(x, y, inputs, entry(i, j)) for i, j in pairs)
        return fxx + self.l2, fxy, fyy + self.l2

    def value_batch(self, p, indices) -> float:
        inputs, labels = self.data
        margins = labels[indices] * (inputs[indices] @ np.asarray(p, dtype=float))
        return float(softplus(-margins).mean() + 0.5 * self.l2 * (p[0] ** 2 + p[1] ** 2))

    def hessian_batch(self, p, indices) -> tuple[float, float, float]:
        xs = self.data[0][indices]
        z = xs @ np.asarray(p, dtype=float)
        weights = sigmoid(z) * sigmoid(-z) / len(xs)
        pairs = ((0, 0), (0, 1), (1, 1))
        fxx, fxy, fyy = (float(weights @ (xs[:, i] * xs[:, j])) for i, j in pairs)
        return fxx + self.l2, fxy, fyy + self.l2

    def boundary(self, p, xs) -> np.ndarray:
        """x₂ on the decision line w₁·x₁ + w₂·x₂ = 0 at x₁ = `xs` (NaN when w₂ = 0)."""
        with np.errstate(all="ignore"):
            return (
                -p[0] * np.asarray(xs, dtype=float) / p[1]
                if p[1] != 0
                else np.full(np.shape(xs), np.nan)
            )


DATA_SURFACES = (LinearRegression, LogisticRegression)
