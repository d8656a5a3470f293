"""The generated training sets of the data-set surfaces, their closed-form fits and the order
of their mini-batches."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

TRUE_WEIGHT, TRUE_BIAS = 2.0, -1.0  # the line the regression data scatter around
# class +1 sits at offset·(1, 1) + shift, class −1 at offset·(1, 1) − shift
CLASS_SHIFT = (1.0, -0.5)


def _frozen(*arrays):
    for array in arrays:
        array.setflags(write=False)
    return arrays


@lru_cache(maxsize=64)
def line_data(size: int, noise: float, offset: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Inputs x ~ offset + U(−1, 1) and targets y = 2x − 1 + noise·N(0, 1), read-only."""
    rng = np.random.default_rng(seed)
    x = offset + rng.uniform(-1.0, 1.0, size)
    y = TRUE_WEIGHT * x + TRUE_BIAS + noise * rng.standard_normal(size)
    return _frozen(x, y)


# 2 MB blocks: each temporary of a block stays in the cache and in malloc's reused heap.
# 8 MB blocks (1 << 20) made every temporary a fresh mmap, and a 10,000-example contour
# grid took 1.6 s instead of 0.17 s.
BLOCK_ELEMENTS = 1 << 18


def per_point(x, y, inputs, reduce):
    """`reduce(z)` for every point (x, y), where z[i, j] = (x_i, y_i)·inputs[j], in blocks."""
    x, y = np.broadcast_arrays(np.asarray(x, dtype=float), np.asarray(y, dtype=float))
    points = np.stack([x.ravel(), y.ravel()], axis=1)
    out = np.empty(len(points))
    rows = max(1, BLOCK_ELEMENTS // len(inputs))
    for low in range(0, len(points), rows):
        out[low : low + rows] = reduce(points[low : low + rows] @ inputs.T)
    return out.reshape(x.shape)


@lru_cache(maxsize=64)
def class_data(size: int, noise: float, offset: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """2-D inputs (N, 2) in two Gaussian clouds and labels ±1 (half each), read-only."""
    rng = np.random.default_rng(seed)
    labels = np.where(np.arange(size) % 2 == 0, 1.0, -1.0)
    centres = offset + labels[:, None] * np.asarray(CLASS_SHIFT)
    inputs = centres + noise * rng.standard_normal((size, 2))
    return _frozen(inputs, labels)


# spawn_key of the batch order's stream: a child of the run's seed, independent of its noise.
BATCH_STREAM = 1


def epoch_batches(size: int, batch_size: int, seed: int, count: int):
    """The first `count` mini-batches (index arrays): each epoch a fresh permutation of
    range(size) cut into pieces of `batch_size`, the last piece smaller if it must be."""
    rng = np.random.default_rng(np.random.SeedSequence(seed, spawn_key=(BATCH_STREAM,)))
    produced = 0
    while produced < count:
        order = rng.permutation(size)
        for first in range(0, size, batch_size):
            if produced == count:
                return
            produced += 1
            yield order[first : first + batch_size]


def batch_gradient(surface, batch_size: int, seed: int, count: int):
    """gradient(x, y) taking the next mini-batch on each call (one call per frame)."""
    batches = epoch_batches(surface.data_size, batch_size, seed, count)
    grad_batch_xy = surface.grad_batch_xy

    def gradient(x, y):
        return grad_batch_xy(x, y, next(batches))

    return gradient


NEWTON_STEPS = 100


@lru_cache(maxsize=64)
def line_fit(size: int, noise: float, offset: float, seed: int) -> tuple[float, ...]:
    """Moments (E x², E x, E xy, E y, E y²) and the least-squares (w, b) by the normal equations."""
    x, y = line_data(size, noise, offset, seed)
    moments = (np.mean(x * x), np.mean(x), np.mean(x * y), np.mean(y), np.mean(y * y))
    xx, x1, xy, y1, _ = moments
    weight, bias = np.linalg.solve([[xx, x1], [x1, 1.0]], [xy, y1])
    return (*(float(v) for v in moments), float(weight), float(bias))


def softplus(t):
    """log(1 + e^t) without overflow, about 5× faster than numpy's logaddexp(0, t).

    logaddexp evaluates the same max(t, 0) + log1p(e^(−|t|)) one element at a time with
    scalar exp and log1p; the vectorised ones here agree with them within 2 ulp."""
    return np.maximum(t, 0.0) + np.log1p(np.exp(-np.abs(t)))


def sigmoid(z):
    """1 / (1 + e^(−z)) without overflow for large |z|."""
    return 0.5 * (1.0 + np.tanh(0.5 * z))


@lru_cache(maxsize=64)
def logistic_minimum(size: int, noise: float, offset: float, seed: int, l2: float) -> tuple:
    """The unique minimum by Newton's method: the L2 term makes the loss strictly convex."""
    inputs, labels = class_data(size, noise, offset, seed)
    w = np.zeros(2)
    for _ in range(NEWTON_STEPS):
        margins = labels * (inputs @ w)
        grad = -np.mean((labels * sigmoid(-margins))[:, None] * inputs, axis=0) + l2 * w
        weights = sigmoid(margins) * sigmoid(-margins)
        hessian = (inputs * weights[:, None]).T @ inputs / size + l2 * np.eye(2)
        w = w - np.linalg.solve(hessian, grad)
        if np.max(np.abs(grad)) < 1e-13:
            break
    return float(w[0]), float(w[1])
