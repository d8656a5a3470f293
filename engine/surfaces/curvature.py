"""The local curvature of a surface: its Hessian's eigenvalues and eigen-directions at a point.

At a point p the loss is, to second order, f(p) + g·d + ½ dᵀH d: the Hessian H's
eigenvectors are the axes of that local quadratic model and its eigenvalues the curvature
along them (negative: the surface bends down, as across a saddle). Plain gradient descent
with step size lr is stable along an axis only while lr·λ < 2, so `stability_limit` is 2/λmax.
"""

from __future__ import annotations

import numpy as np

from engine.surfaces.base import Surface


def local_curvature(surface: Surface, point) -> tuple[np.ndarray, np.ndarray]:
    """(eigenvalues (..., 2) ascending, eigenvectors (..., 2, 2) as columns) of the Hessian
    at `point` of shape (2,) or (..., 2); NaN where the Hessian is not finite."""
    return curvature_of(surface.hessian(point))


def curvature_of(hessians) -> tuple[np.ndarray, np.ndarray]:
    """Eigen-decomposition of symmetric (..., 2, 2) matrices, NaN rows where not finite.

    Each eigenvector is signed so that its larger component is positive, so the axes drawn
    at consecutive frames do not flip at random."""
    hessians = np.asarray(hessians, dtype=float)
    finite = np.all(np.isfinite(hessians), axis=(-2, -1))
    safe = np.where(finite[..., None, None], hessians, 0.0)
    values, vectors = np.linalg.eigh(safe)
    rows = np.take_along_axis(vectors, np.argmax(np.abs(vectors), axis=-2)[..., None, :], -2)
    vectors = vectors * np.where(rows < 0, -1.0, 1.0)
    values = np.where(finite[..., None], values, np.nan)
    vectors = np.where(finite[..., None, None], vectors, np.nan)
    return values, vectors


def condition_number(eigenvalues) -> np.ndarray:
    """|λ|max / |λ|min of each pair of eigenvalues (inf where one is 0)."""
    magnitudes = np.abs(np.asarray(eigenvalues, dtype=float))
    with np.errstate(divide="ignore", invalid="ignore"):
        return magnitudes.max(axis=-1) / magnitudes.min(axis=-1)


def stability_limit(eigenvalues) -> np.ndarray:
    """2/λmax: the largest step size at which gradient descent does not overshoot along the
    steepest axis of the local model (inf where no eigenvalue is positive)."""
    largest = np.asarray(eigenvalues, dtype=float).max(axis=-1)
    with np.errstate(divide="ignore"):
        return np.where(largest > 0, 2.0 / np.where(largest > 0, largest, 1.0), np.inf)


def quadratic_model(loss: float, gradient, hessian, offsets) -> np.ndarray:
    """The local model f + g·d + ½ dᵀH d at offsets d (..., 2) from the point (drawing its
    level sets is drawing what Newton's method sees)."""
    d = np.asarray(offsets, dtype=float)
    g, h = np.asarray(gradient, dtype=float), np.asarray(hessian, dtype=float)
    return loss + d @ g + 0.5 * np.einsum("...i,ij,...j->...", d, h, d)
