"""Rprop and Lion: optimizers that move by the gradient's sign and ignore its size.

Each axis moves by a step of its own size in the direction of a sign, so a gradient 1000×
larger moves them exactly as far: steep walls do not throw them, and flat plateaus do not
slow them. Rprop adapts the step size from sign agreements (torch.optim.Rprop exactly);
Lion moves by exactly lr on every axis, in the sign of an interpolated momentum.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, NamedTuple

from engine.optimizers.adam import WEIGHT_DECAY_SYMBOLS
from engine.optimizers.base import LR_SYMBOLS, Optimizer, larger, needs_position
from engine.params import number


class RpropState(NamedTuple):
    previous_gradient: Any  # the last gradient, set to 0 where its sign flipped
    step_size: Any  # each axis's own step, grown or shrunk by the sign agreement
    t: int


class FirstMomentState(NamedTuple):
    first_moment: Any  # m = β2·m + (1−β2)·g
    t: int


def sign(value):
    """−1, 0 or 1 per element, with operators only (floats stay floats; NaN gives 0)."""
    return 1.0 * (value > 0) - 1.0 * (value < 0)


def smaller(a, b):
    """Elementwise min with operators only, exact for finite values (see `larger`)."""
    return b * (b < a) + a * (b >= a)


@dataclass(frozen=True)
class Rprop(Optimizer):
    """Rprop (Riedmiller & Braun 1993; torch.optim.Rprop): per-axis steps from sign agreement.

    s = g·g_prev;  η = η+ where s > 0, η− where s < 0, 1 where s = 0
    Δ = clamp(Δ·η, Δmin, Δmax);  g = 0 where s < 0 (no move, and no agreement next step)
    x = x − sign(g)·Δ;  g_prev = g
    Only the gradient's sign is used: its size never enters the step. lr is only the first
    step size Δ₀ (as in torch, which reads lr once, at the first step): a learning-rate
    schedule sets Δ₀ = lr·factor(0) and has no effect after that.
    """

    name: ClassVar[str] = "rprop"
    title: ClassVar[str] = "Rprop"
    State: ClassVar[type] = RpropState
    lr: float = number(
        0.01, 1e-6, 10.0, "first step size Δ₀ of every axis", log=True, symbols=LR_SYMBOLS
    )
    etaminus: float = number(
        0.5, 0.01, 0.99, "factor that shrinks an axis's step when its gradient flips sign",
        symbols="η−",
    )  # fmt: skip
    etaplus: float = number(
        1.2, 1.01, 5.0, "factor that grows an axis's step while its gradient keeps its sign",
        symbols="η+",
    )  # fmt: skip
    step_size_min: float = number(1e-6, 0.0, 1.0, "smallest step size", symbols="Δmin")
    step_size_max: float = number(50.0, 1e-6, 1000.0, "largest step size", log=True, symbols="Δmax")

    def __post_init__(self):
        super().__post_init__()
        if self.step_size_min > self.step_size_max:
            raise ValueError(
                f"rprop: step_size_min={self.step_size_min!r} is larger than "
                f"step_size_max={self.step_size_max!r}"
            )

    def init(self, x):
        zero = 0.0 * x
        return RpropState(zero, zero + self.lr, 0)

    def step(self, state, grad, lr, position=None, mu=None):
        agreement = grad * state.previous_gradient
        factor = (
            self.etaplus * (agreement > 0)
            + self.etaminus * (agreement < 0)
            + 1.0 * (agreement == 0)
        )
        # torch creates Δ = lr at the first step, from the lr of that moment, and never reads
        # lr again.
        before = 0.0 * grad + lr if state.t == 0 else state.step_size
        step_size = smaller(larger(self.step_size_min, before * factor), self.step_size_max)
        kept = grad * (agreement >= 0)
        return -sign(kept) * step_size, RpropState(kept, step_size, state.t + 1)

    def effective_lr(self, state, lr):
        """Δ: each axis's own step size (the schedule's lr plays no part after step 1)."""
        return state.step_size


@dataclass(frozen=True)
class Lion(Optimizer):
    """Lion (Chen et al. 2023, "Symbolic Discovery of Optimization Algorithms", alg. 2).

    c = β1·m + (1−β1)·g;  x = x − lr·(sign(c) + λ·x);  m = β2·m + (1−β2)·g
    The step interpolates the momentum with the new gradient using β1, while the momentum
    itself averages with the slower β2. Every axis moves by exactly lr (plus the decoupled
    weight decay lr·λ·x), whatever the gradient's size. A scheduled β1 (`mu`) replaces β1.
    """

    name: ClassVar[str] = "lion"
    title: ClassVar[str] = "Lion"
    State: ClassVar[type] = FirstMomentState
    lr: float = number(0.01, 1e-6, 10.0, "step length on every axis", log=True, symbols=LR_SYMBOLS)
    beta1: float = number(
        0.9, 0.0, 0.9999, "weight of the momentum in the step's direction", symbols="β1"
    )
    beta2: float = number(0.99, 0.0, 0.9999, "decay of the momentum m", symbols="β2")
    weight_decay: float = number(
        0.0, 0.0, 10.0, "decoupled decay λ: x shrinks by the fraction lr·λ each step",
        symbols=WEIGHT_DECAY_SYMBOLS,
    )  # fmt: skip

    def step(self, state, grad, lr, position=None, mu=None):
        beta1 = self.beta1 if mu is None else mu
        direction = sign(beta1 * state.first_moment + (1 - beta1) * grad)
        update = -lr * direction
        if not isinstance(self.weight_decay, int | float) or self.weight_decay != 0:
            update = -lr * (direction + self.weight_decay * needs_position(self, position))
        first = self.beta2 * state.first_moment + (1 - self.beta2) * grad
        return update, FirstMomentState(first, state.t + 1)
