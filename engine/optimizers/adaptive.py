"""The per-axis adaptive family: AdaGrad, RMSProp and Adadelta scale each axis by its history."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from engine.optimizers.base import (
    EPS_DOC,
    LR_DOC,
    LR_SYMBOLS,
    AdadeltaState,
    MeanSqState,
    Optimizer,
    SumSqState,
)
from engine.params import number


@dataclass(frozen=True)
class AdaGrad(Optimizer):
    """AdaGrad (algorithm 5-3): r = r + g⊙g;  x = x − lr·g / (√r + ε).

    Each axis gets its own step lr / (√r + ε), which only ever shrinks.
    """

    name: ClassVar[str] = "adagrad"
    title: ClassVar[str] = "AdaGrad"
    State: ClassVar[type] = SumSqState
    lr: float = number(0.5, 1e-6, 10.0, LR_DOC, log=True, symbols=LR_SYMBOLS)
    eps: float = number(1e-7, 1e-12, 1.0, EPS_DOC, log=True, symbols="δ or ε")
    initial_accumulator: float = number(
        0.0, 0.0, 100.0, "starting value of the sum of squared gradients r"
    )

    def init(self, x):
        return SumSqState(0.0 * x + self.initial_accumulator, 0)

    def step(self, state, grad, lr, position=None, mu=None):
        sum_sq_grad = state.sum_sq_grad + grad * grad
        return -lr * grad / (sum_sq_grad**0.5 + self.eps), SumSqState(sum_sq_grad, state.t + 1)

    def effective_lr(self, state, lr):
        return lr / (state.sum_sq_grad**0.5 + self.eps)


@dataclass(frozen=True)
class RMSProp(Optimizer):
    """RMSProp (algorithm 5-4): r = α·r + (1−α)·g⊙g;  x = x − lr·g / (√r + ε)."""

    name: ClassVar[str] = "rmsprop"
    title: ClassVar[str] = "RMSProp"
    State: ClassVar[type] = MeanSqState
    lr: float = number(0.02, 1e-6, 10.0, LR_DOC, log=True, symbols=LR_SYMBOLS)
    alpha: float = number(
        0.99, 0.0, 0.9999, "decay of the moving average of g²", symbols="α (ρ in cs231n)"
    )
    eps: float = number(1e-7, 1e-12, 1.0, EPS_DOC, log=True, symbols="δ or ε")

    def step(self, state, grad, lr, position=None, mu=None):
        mean_sq_grad = self.alpha * state.mean_sq_grad + (1 - self.alpha) * grad * grad
        update = -lr * grad / (mean_sq_grad**0.5 + self.eps)
        return update, MeanSqState(mean_sq_grad, state.t + 1)

    def effective_lr(self, state, lr):
        return lr / (state.mean_sq_grad**0.5 + self.eps)


@dataclass(frozen=True)
class Adadelta(Optimizer):
    """Adadelta (Zeiler 2012; torch.optim.Adadelta): the step's own RMS replaces the lr.

    r = ρ·r + (1−ρ)·g⊙g;  δ = √(u + ε) / √(r + ε) · g;  u = ρ·u + (1−ρ)·δ⊙δ;  x = x − lr·δ
    Unlike the others, ε sits inside both roots (as in torch and the paper): √(u + ε) is
    what starts the very first step, √ε/√((1−ρ)g² + ε)·g, so ε sets its size.
    """

    name: ClassVar[str] = "adadelta"
    title: ClassVar[str] = "Adadelta"
    State: ClassVar[type] = AdadeltaState
    lr: float = number(
        1.0, 1e-6, 10.0, "multiplies δ; 1 in the paper", log=True, symbols=LR_SYMBOLS
    )
    rho: float = number(0.9, 0.0, 0.9999, "decay of both moving averages", symbols="ρ")
    eps: float = number(
        1e-6,
        1e-12,
        1.0,
        "ε inside both roots; also sets the first steps' size",
        log=True,
        symbols="ε",
    )

    def step(self, state, grad, lr, position=None, mu=None):
        mean_sq_grad = self.rho * state.mean_sq_grad + (1 - self.rho) * grad * grad
        delta = (state.mean_sq_delta + self.eps) ** 0.5 / (mean_sq_grad + self.eps) ** 0.5 * grad
        mean_sq_delta = self.rho * state.mean_sq_delta + (1 - self.rho) * delta * delta
        return -lr * delta, AdadeltaState(mean_sq_grad, mean_sq_delta, state.t + 1)

    def effective_lr(self, state, lr):
        """lr·√(u + ε)/√(r + ε) from the state after a step: the factor the next step would
        give its gradient if r did not move (the step itself used u before its update)."""
        return lr * (state.mean_sq_delta + self.eps) ** 0.5 / (state.mean_sq_grad + self.eps) ** 0.5
