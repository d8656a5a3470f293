"""Damped Newton's method, and the base of the optimizers that step the point as a whole.

Every other optimizer works axis by axis and sees only the gradient. Second-order methods
and line searches need the point as a whole and more than one gradient: the Hessian, or the
loss and gradient at trial points. They get them from an `oracle` the simulation loop
passes in (the surface with this frame's mini-batch and noise), so the optimizers still
import no surface and mutate nothing: `step_point` returns the update, the new state, the
numbers the equation panel and the inspector show, and the points it evaluated.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, NamedTuple, Protocol

import numpy as np

from engine.optimizers.base import Optimizer
from engine.params import number


class Oracle(Protocol):
    """What a whole-point optimizer may ask of the loss during one update (one frame)."""

    def value_grad(self, x: float, y: float) -> tuple[float, float, float]:
        """(loss, ∂/∂x, ∂/∂y) at (x, y), as this frame's closure sees them."""

    def hessian(self, x: float, y: float) -> tuple[float, float, float]:
        """(∂²/∂x², ∂²/∂x∂y, ∂²/∂y²) at (x, y)."""


class PointStep(NamedTuple):
    """One update of a whole-point optimizer."""

    update: tuple[float, float]
    state: Any  # what the next update needs (free form, never drawn)
    shown: tuple  # one (x, y) pair per name of `state_fields()`: the inspector's numbers
    step_size: float  # the scalar multiplying the direction (the effective learning rate)
    evaluations: tuple = ()  # (x, y, loss) of every trial point besides the start
    hessian: tuple | None = None  # (∂²/∂x², ∂²/∂x∂y, ∂²/∂y²) the update used, if it used one


@dataclass(frozen=True)
class PointOptimizer(Optimizer):
    """Base: `step_point` moves (x, y) together; `step` (per axis) is refused."""

    # Whether `step_arrays` steps an (N, 2) cloud (basin maps, sweeps); L-BFGS cannot.
    batchable: ClassVar[bool] = False

    def init_point(self) -> Any:
        """State before the first update."""
        return None

    def step_point(self, state, x: float, y: float, loss: float, grad, oracle, lr) -> PointStep:
        raise NotImplementedError  # pragma: no cover - every subclass defines it

    def step(self, state, grad, lr, position=None, mu=None):
        raise ValueError(
            f"{self.name} steps the point as a whole with its surface's help, not axis by axis"
        )


def steps_whole_point(optimizer) -> bool:
    """Whether `optimizer` needs the simulation loop's whole-point path (and an oracle)."""
    return isinstance(optimizer, PointOptimizer)


class NewtonState(NamedTuple):
    newton_step: Any  # −(H + λI)⁻¹g, the step at lr = 1
    hessian_x: Any  # first row of H: (∂²f/∂x², ∂²f/∂x∂y)
    hessian_y: Any  # second row: (∂²f/∂x∂y, ∂²f/∂y²)
    t: int


def newton_direction(fxx, fxy, fyy, gx, gy, shift):
    """−(H + shift·I)⁻¹ g for a 2×2 symmetric H, written out (floats or arrays): NaN where
    the matrix is singular."""
    a, c = fxx + shift, fyy + shift
    det = a * c - fxy * fxy
    if isinstance(det, float):
        if det == 0.0:
            return float("nan"), float("nan")
        return -(c * gx - fxy * gy) / det, -(a * gy - fxy * gx) / det
    safe = np.where(det == 0, np.nan, det)
    return -(c * gx - fxy * gy) / safe, -(a * gy - fxy * gx) / safe


@dataclass(frozen=True)
class Newton(PointOptimizer):
    """Damped Newton: x = x − lr·(H + λI)⁻¹·g, H the surface's exact Hessian at x.

    At lr = 1 and λ = 0 one step lands on the minimum of a quadratic bowl, whatever its
    conditioning; lr < 1 damps the step. Newton goes wherever the local quadratic model is
    flat, a saddle or a maximum as readily as a minimum: with H indefinite its step climbs
    along the negative curvature. λ > 0 (Levenberg–Marquardt) blends in a gradient step.
    With mini-batches the Hessian is the batch's, as the gradient is.
    """

    name: ClassVar[str] = "newton"
    title: ClassVar[str] = "Newton"
    State: ClassVar[type] = NewtonState
    batchable: ClassVar[bool] = True
    lr: float = number(
        1.0, 1e-4, 10.0, "damping: the fraction of the Newton step taken", log=True, symbols="η"
    )
    shift: float = number(
        0.0, 0.0, 1000.0, "λ added to the Hessian's diagonal (Levenberg–Marquardt)", symbols="λ"
    )

    def init(self, x):
        zero = 0.0 * x
        return NewtonState(zero, zero, zero, 0)

    def step_point(self, state, x, y, loss, grad, oracle, lr) -> PointStep:
        fxx, fxy, fyy = oracle.hessian(x, y)
        dx, dy = newton_direction(fxx, fxy, fyy, grad[0], grad[1], self.shift)
        shown = ((dx, dy), (fxx, fxy), (fxy, fyy))
        return PointStep((lr * dx, lr * dy), state, shown, lr, (), (fxx, fxy, fyy))

    def step_arrays(self, state, grad, hessian, lr):
        """(update, state) for an (N, 2) cloud with its (N, 2, 2) Hessians; lr may be (N, 1)."""
        fxx, fxy, fyy = hessian[:, 0, 0], hessian[:, 0, 1], hessian[:, 1, 1]
        dx, dy = newton_direction(fxx, fxy, fyy, grad[:, 0], grad[:, 1], self.shift)
        direction = np.stack([dx, dy], axis=-1)
        rows = (hessian[:, 0], hessian[:, 1])
        return lr * direction, NewtonState(direction, *rows, state.t + 1)
