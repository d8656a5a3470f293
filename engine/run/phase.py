"""Heavy ball on a quadratic: its iteration matrix's eigenvalues, and the phase of (lr, β).

Along an eigen-direction of curvature λ the heavy ball x_{k+1} = x_k − α·λ·x_k + β·(x_k − x_{k−1})
is the linear map (x_k, x_{k−1}) ↦ M·(x_k, x_{k−1}) with M = [[1 + β − αλ, −β], [1, 0]]; its
eigenvalues σ solve σ² − (1 + β − αλ)·σ + β = 0 (Goh, "Why Momentum Really Works", Distill
2017). The error along that direction behaves like the dominant σ (largest |σ|) to the k:

  |σ| ≥ 1                 diverging (it never shrinks);
  σ complex or negative   oscillating (the error changes sign: ripples or a flip each step);
  σ real and positive     monotonic (the error shrinks without changing sign).

On a 2-D quadratic the slower direction (larger |σ|) is what the run shows after a while;
a divergence along either direction is a divergence.
"""

from __future__ import annotations

import numpy as np

MONOTONIC, OSCILLATING, DIVERGING = 0, 1, 2
PHASES = {MONOTONIC: "monotonic", OSCILLATING: "oscillating", DIVERGING: "diverging"}
REAL = 1e-12  # an imaginary part below this is rounding: the roots are real


def heavy_ball_roots(lr, momentum, curvature) -> tuple[np.ndarray, np.ndarray]:
    """The two eigenvalues σ of M along a direction of curvature λ (arrays broadcast)."""
    b = 1.0 + np.asarray(momentum, dtype=float) - np.asarray(lr, dtype=float) * curvature
    root = np.sqrt(np.asarray(b * b - 4.0 * np.asarray(momentum, dtype=float), dtype=complex))
    return (b + root) / 2.0, (b - root) / 2.0


def dominant_root(lr, momentum, curvature) -> np.ndarray:
    """The eigenvalue of larger modulus: the one the error follows in the long run."""
    first, second = heavy_ball_roots(lr, momentum, curvature)
    return np.where(np.abs(first) >= np.abs(second), first, second)


def direction_phase(lr, momentum, curvature) -> np.ndarray:
    """MONOTONIC, OSCILLATING or DIVERGING along one eigen-direction (arrays broadcast)."""
    sigma = dominant_root(lr, momentum, curvature)
    oscillating = (np.abs(sigma.imag) > REAL) | (sigma.real < 0)
    phase = np.where(oscillating, OSCILLATING, MONOTONIC)
    return np.where(np.abs(sigma) >= 1.0, DIVERGING, phase)


def rate(lr, momentum, curvature) -> np.ndarray:
    """|σ| of the dominant eigenvalue: the factor the error shrinks by per step."""
    return np.abs(dominant_root(lr, momentum, curvature))


def slow_direction(lr, momentum, curvatures) -> np.ndarray:
    """Index (0 or 1) of the curvature whose error shrinks slower (ties: the first)."""
    low, high = curvatures
    return np.where(rate(lr, momentum, high) > rate(lr, momentum, low), 1, 0)


def phase(lr, momentum, curvatures) -> np.ndarray:
    """The phase a run on the quadratic shows: the slow direction's, or DIVERGING."""
    low, high = curvatures
    phases = np.stack([direction_phase(lr, momentum, low), direction_phase(lr, momentum, high)])
    slow = slow_direction(lr, momentum, curvatures)
    shown = np.where(slow == 1, phases[1], phases[0])
    return np.where((phases == DIVERGING).any(axis=0), DIVERGING, shown)


def phase_grid(curvatures, lrs, momentums) -> np.ndarray:
    """phase() at every (momentum row, lr column): shape (len(momentums), len(lrs))."""
    lr, momentum = np.meshgrid(np.asarray(lrs, float), np.asarray(momentums, float))
    return phase(lr, momentum, curvatures)


def lr_range(curvatures, decades: float = 3.0) -> tuple[float, float]:
    """Learning rates worth a diagram: up to past heavy ball's widest stable lr, 4/λmax
    (at β → 1), down `decades` decades."""
    top = 4.4 / max(curvatures)
    return top / 10**decades, top
