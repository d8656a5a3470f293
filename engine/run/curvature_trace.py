"""The local curvature along a run, and whether each update's step is past its stability limit.

For the update leaving frame k, the loss near Θ_k is the quadratic model with Hessian H_k
(engine/surfaces/curvature.py). A step −P·g with a diagonal step size P (lr·I for SGD, the
per-axis effective rate for adaptive methods) is stable along the model's axes while the
largest eigenvalue of P^½·H·P^½ stays below 2: for SGD that is lr·λmax < 2, lr < 2/λmax.
Heavy ball (momentum, Nesterov) stays stable up to lr·λmax < 2(1 + μ) (Polyak; Goh 2017).
`overshoot` is that ratio: above 1, this update overshoots along the steep axis.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.optimizers import Momentum, Nesterov
from engine.run.record import Run
from engine.surfaces.base import Surface
from engine.surfaces.curvature import condition_number, curvature_of


@dataclass(frozen=True, eq=False)
class CurvatureTrace:
    """Per frame: the Hessian's eigenvalues (ascending) and eigenvectors (columns), the local
    condition number, the preconditioned λmax the step meets, and the overshoot ratio."""

    eigenvalues: np.ndarray  # (F, 2)
    eigenvectors: np.ndarray  # (F, 2, 2), columns
    kappa: np.ndarray  # (F,)
    step_curvature: np.ndarray  # (F,) λmax of P^½ H P^½: lr·λmax for SGD; NaN on the last frame
    limit: np.ndarray  # (F,) the ratio's threshold: 2, or 2(1 + μ) for heavy ball
    heavy_ball: bool

    @property
    def overshoot(self) -> np.ndarray:
        """step_curvature / limit: above 1 the update leaving that frame overshoots."""
        with np.errstate(invalid="ignore"):
            return self.step_curvature / self.limit

    @property
    def lambda_max(self) -> np.ndarray:
        return self.eigenvalues[:, 1]


def curvature_trace(surface: Surface, run: Run, frames=None) -> CurvatureTrace:
    """The curvature at the recorded positions of `run` (every frame, or the index array
    `frames`: one frame costs one Hessian) and what each step made of it."""
    rows = slice(None) if frames is None else np.atleast_1d(np.asarray(frames, dtype=int))
    with np.errstate(all="ignore"):
        hessians = surface.hessian(run.positions[rows])
        values, vectors = curvature_of(hessians)
        rates = np.sqrt(np.abs(run.effective_lrs[rows]))  # P^½ as a per-axis factor
        scaled = hessians * rates[:, :, None] * rates[:, None, :]
        step_values, _ = curvature_of(scaled)
        step = step_values[:, 1]
    heavy_ball = isinstance(run.optimizer, Momentum | Nesterov)
    momentums = run.momentums[rows]
    mu = np.nan_to_num(momentums, nan=0.0) if heavy_ball else np.zeros(len(momentums))
    return CurvatureTrace(values, vectors, condition_number(values), step, 2.0 * (1.0 + mu),
                          heavy_ball)  # fmt: skip
