"""Closed forms for the quadratic bowl: eigen-axes, stability limit, best GD and heavy ball.

For f = ½ pᵀHp with eigenvalues λmin ≤ λmax and κ = λmax/λmin (Polyak 1964; Goh, "Why
Momentum Really Works", 2017):
  plain GD is stable for lr < 2/λmax; lr = 2/(λmin+λmax) gives the error factor (κ−1)/(κ+1);
  heavy ball with lr = 4/(√λmax+√λmin)² and momentum = ((√κ−1)/(√κ+1))² gives (√κ−1)/(√κ+1).
Heavy ball here is `Momentum` at a constant lr, in either form (they agree then).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from engine.surfaces import Quadratic


@dataclass(frozen=True)
class Conditioning:
    """What the quadratic's curvature implies for the learning rate and the momentum."""

    lambda_min: float
    lambda_max: float
    angle: float  # degrees: the direction of the λmin eigen-axis

    @property
    def kappa(self) -> float:
        return self.lambda_max / self.lambda_min

    @property
    def stability_lr(self) -> float:
        """Plain GD diverges for lr above 2/λmax."""
        return 2.0 / self.lambda_max

    @property
    def gd_lr(self) -> float:
        return 2.0 / (self.lambda_min + self.lambda_max)

    @property
    def gd_rate(self) -> float:
        """Factor by which the error shrinks per step at gd_lr."""
        return (self.kappa - 1.0) / (self.kappa + 1.0)

    @property
    def heavy_ball_lr(self) -> float:
        return 4.0 / (math.sqrt(self.lambda_max) + math.sqrt(self.lambda_min)) ** 2

    @property
    def heavy_ball_momentum(self) -> float:
        root = math.sqrt(self.kappa)
        return ((root - 1.0) / (root + 1.0)) ** 2

    @property
    def heavy_ball_rate(self) -> float:
        """Factor by which the error shrinks per step at the heavy-ball optimum."""
        root = math.sqrt(self.kappa)
        return (root - 1.0) / (root + 1.0)

    def momentum_stability_lr(self, momentum: float) -> float:
        """Heavy ball at this momentum diverges for lr above 2(1 + momentum)/λmax."""
        return 2.0 * (1.0 + momentum) / self.lambda_max

    def eigen_axes(self) -> tuple[tuple[float, float], tuple[float, float]]:
        """Unit directions of the λmin and λmax eigenvectors."""
        c, s = math.cos(math.radians(self.angle)), math.sin(math.radians(self.angle))
        return (c, s), (-s, c)

    def optima(self) -> dict[str, dict[str, float]]:
        """The best settings as hyper-parameter values, for marking on a sweep map."""
        return {
            "best GD": {"lr": self.gd_lr, "momentum": 0.0},
            "best heavy ball": {"lr": self.heavy_ball_lr, "momentum": self.heavy_ball_momentum},
        }


def conditioning_of(surface: Quadratic) -> Conditioning:
    """The closed forms for a `quadratic` surface (a ValueError for any other)."""
    if not isinstance(surface, Quadratic):
        raise ValueError(f"conditioning needs the quadratic surface, not {surface.name!r}")
    lambda_min, lambda_max = surface.eigenvalues
    return Conditioning(float(lambda_min), float(lambda_max), float(surface.angle))


def sweep_marks(surface, optimizer_name: str, x_key: str, y_key: str) -> list[tuple]:
    """The optima a sweep map can show: (label, x, y), None for an axis they do not fix.

    Only for the quadratic with sgd (the best GD lr, a line across) or momentum (points on
    an lr × momentum map); a mark appears when every value it sets lies on one of the axes.
    """
    if not isinstance(surface, Quadratic) or optimizer_name not in ("sgd", "momentum"):
        return []
    c = conditioning_of(surface)
    optima = c.optima() if optimizer_name == "momentum" else {"best GD": {"lr": c.gd_lr}}
    return [
        (label, values.get(x_key), values.get(y_key))
        for label, values in optima.items()
        if set(values) <= {x_key, y_key}
    ]
