"""Schedule-free SGD (Defazio et al. 2024, "The Road Less Scheduled", algorithm 1 without
Adam's second moment): three sequences instead of a learning-rate schedule.

    y_t = (1−β)·z_t + β·x_t                 the gradient is taken here
    z_{t+1} = z_t − γ_t·∇f(y_t)             a plain SGD sequence
    c_{t+1} = γ_t² / Σ_{i≤t} γ_i²           (1/t at a constant learning rate)
    x_{t+1} = (1 − c_{t+1})·x_t + c_{t+1}·z_{t+1}    the average of z_2 … z_{t+1}

How a run records it: the position of frame k (Run.positions) is x, the averaged iterate the
paper evaluates and returns, so the loss drawn is f(x); the gradient point of frame k
(Run.gradient_points, drawn like Nesterov's look-ahead) is y, where the gradient is taken;
states["z"] is z and states["x"] is x again (bit-for-bit the position), so each frame's
state alone gives all three: y = (1−β)·z + β·x. states["weight_sum"] is Σγ_i² (the same on
both axes). The update of frame k is x_{k+1} − x_k = c·(z_{k+1} − x_k). γ_t is the run's
scheduled learning rate, so a warm-up schedule enters the weights as in the paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, NamedTuple

from engine.optimizers.base import LR_DOC, LR_SYMBOLS, Optimizer
from engine.params import number


class ScheduleFreeState(NamedTuple):
    z: Any  # the SGD sequence
    x: Any  # the averaged iterate: the run's position
    weight_sum: Any  # Σ γ_i² over the steps taken
    t: int


@dataclass(frozen=True)
class ScheduleFree(Optimizer):
    """Schedule-free SGD (Defazio et al. 2024): SGD on z, gradient at y, position the average x.

    y = (1−β)·z + β·x;  z = z − lr·∇f(y);  c = lr² / Σlr²;  x = (1−c)·x + c·z
    β interpolates between averaging only (β = 0: the gradient is taken at z, which runs
    plain SGD) and evaluating at the average (β = 1: primal averaging). The paper's default
    is β = 0.9. A scheduled momentum (`mu`) replaces β.
    """

    name: ClassVar[str] = "schedule_free"
    title: ClassVar[str] = "Schedule-free SGD"
    State: ClassVar[type] = ScheduleFreeState
    lr: float = number(0.1, 1e-6, 10.0, LR_DOC, log=True, symbols=LR_SYMBOLS)
    momentum: float = number(
        0.9, 0.0, 0.9999, "β: how close to the average x the gradient is taken", symbols="β"
    )

    def init(self, x):
        return ScheduleFreeState(x + 0.0, x + 0.0, 0.0 * x, 0)

    def gradient_point(self, state, x, mu=None):
        """y = (1−β)·z + β·x, from the state alone (its x is the position)."""
        beta = self.momentum if mu is None else mu
        return (1 - beta) * state.z + beta * state.x

    def step(self, state, grad, lr, position=None, mu=None):
        z = state.z - lr * grad
        weight_sum = state.weight_sum + lr * lr
        # c = lr²/Σlr²; a zero sum (every lr so far 0) gives c = 0: x stays where it is.
        c = lr * lr / (weight_sum + 1.0 * (weight_sum == 0))
        update = c * (z - state.x)
        return update, ScheduleFreeState(z, state.x + update, weight_sum, state.t + 1)
