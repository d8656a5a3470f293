"""The Adam family: Adam (with L2 decay and AMSGrad), AdamW's decoupled decay, and NAdam."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from engine.optimizers.base import (
    EPS_DOC,
    LR_DOC,
    LR_SYMBOLS,
    AMSGradState,
    MomentsState,
    NAdamState,
    Optimizer,
    larger,
    needs_position,
)
from engine.params import flag, number

BETA1 = dict(doc="decay of the first moment m", symbols="β1 or ρ1")
BETA2 = dict(doc="decay of the second moment v", symbols="β2 or ρ2")
WEIGHT_DECAY_SYMBOLS = "λ"


@dataclass(frozen=True)
class Adam(Optimizer):
    """Adam (algorithm 5-5; cs231n's fix: the corrected moments are not stored).

    As torch.optim.Adam, with its L2 weight decay and AMSGrad option:

    g = g + λ·x                               (only when weight_decay λ > 0: L2, in the moments)
    m = β1·m + (1−β1)·g;  v = β2·v + (1−β2)·g⊙g;  t = t + 1
    v_max = max(v_max, v)  and v is replaced by v_max below       (only when amsgrad)
    m̂ = m / (1−β1^t);  v̂ = v / (1−β2^t)      (skipped when bias_correction is false)
    x = x − lr·m̂ / (√v̂ + ε)

    AMSGrad keeps the running max of the raw v (not of v̂), as torch does: its step
    √v_max/√(1−β2^t) + ε therefore still shrinks as the bias correction fades.
    A scheduled β1 (`mu`) replaces β1 in the moment and in its bias correction.
    """

    name: ClassVar[str] = "adam"
    title: ClassVar[str] = "Adam"
    State: ClassVar[type] = MomentsState
    decoupled: ClassVar[bool] = False  # AdamW decays x itself instead of adding λ·x to g
    lr: float = number(0.05, 1e-6, 10.0, LR_DOC, log=True, symbols=LR_SYMBOLS)
    beta1: float = number(0.9, 0.0, 0.9999, **BETA1)
    beta2: float = number(0.999, 0.0, 0.99999, **BETA2)
    eps: float = number(1e-8, 1e-12, 1.0, EPS_DOC, log=True, symbols="δ or ε")
    bias_correction: bool = flag(
        True, "divide the moments by (1 − β^t) so early steps are not mis-scaled"
    )
    amsgrad: bool = flag(
        False, "AMSGrad: divide by the largest v seen so far, so no axis's step ever grows"
    )
    weight_decay: float = number(
        0.0,
        0.0,
        10.0,
        "L2 penalty λ: λ·x is added to the gradient before the moments",
        symbols=WEIGHT_DECAY_SYMBOLS,
    )

    def __post_init__(self):
        super().__post_init__()
        # An instance attribute, not a field: amsgrad decides which State this run keeps.
        object.__setattr__(self, "State", AMSGradState if self.amsgrad else MomentsState)

    def step(self, state, grad, lr, position=None, mu=None):
        t, beta1 = state.t + 1, (self.beta1 if mu is None else mu)
        grad, decay = self._decayed(grad, lr, position) if self._decays() else (grad, 0.0)
        first = beta1 * state.first_moment + (1 - beta1) * grad
        second = self.beta2 * state.second_moment + (1 - self.beta2) * grad * grad
        if self.amsgrad:
            largest = larger(state.max_second_moment, second)
            new_state = AMSGradState(first, second, largest, t)
        else:
            largest, new_state = second, MomentsState(first, second, t)
        first_hat, second_hat = self._corrected(first, largest, t, beta1)
        return decay - lr * first_hat / (second_hat**0.5 + self.eps), new_state

    def _decayed(self, grad, lr, position):
        """(gradient, decay term): L2 adds λ·x to g; decoupled decay moves x by −lr·λ·x."""
        x = needs_position(self, position)
        if self.decoupled:
            return grad, -lr * self.weight_decay * x  # torch: x = x·(1 − lr·λ) first
        return grad + self.weight_decay * x, 0.0

    def _decays(self) -> bool:
        """Whether λ·x enters the step; a swept λ is an (N, 1) column, applied even where 0."""
        return not isinstance(self.weight_decay, int | float) or self.weight_decay != 0

    def _corrected(self, first, second, t, beta1=None):
        if not self.bias_correction:
            return first, second
        beta1 = self.beta1 if beta1 is None else beta1
        return first / (1 - beta1**t), second / (1 - self.beta2**t)

    def effective_lr(self, state, lr):
        """lr / (√v̂ + ε): the per-axis factor multiplying m̂ (v_max with amsgrad)."""
        second = state.max_second_moment if self.amsgrad else state.second_moment
        _, second_hat = self._corrected(state.first_moment, second, state.t)
        return lr / (second_hat**0.5 + self.eps)


@dataclass(frozen=True)
class AdamW(Adam):
    """AdamW (Loshchilov & Hutter; torch.optim.AdamW): Adam with decoupled weight decay.

    x = x·(1 − lr·λ), then the Adam step of the raw gradient:
    update = −lr·λ·x − lr·m̂ / (√v̂ + ε).
    The decay never enters m or v, so unlike Adam's L2 term it is not rescaled by 1/√v̂:
    every coordinate shrinks by the same fraction lr·λ per step.
    """

    name: ClassVar[str] = "adamw"
    title: ClassVar[str] = "AdamW"
    decoupled: ClassVar[bool] = True
    weight_decay: float = number(
        0.01,
        0.0,
        10.0,
        "decoupled decay λ: x shrinks by the fraction lr·λ each step",
        symbols=WEIGHT_DECAY_SYMBOLS,
    )


@dataclass(frozen=True)
class NAdam(Optimizer):
    """NAdam (Dozat; torch.optim.NAdam): Adam with a Nesterov look-ahead in the moment.

    μt = β1·(1 − ½·0.96^(t·ψ)) with ψ = momentum_decay;  Πt = μ1·…·μt
    m = β1·m + (1−β1)·g;  v = β2·v + (1−β2)·g⊙g;  v̂ = v / (1−β2^t)
    x = x − lr·[(1−μt)/(1−Πt)·g + μ(t+1)/(1−Πt·μ(t+1))·m] / (√v̂ + ε)
    """

    name: ClassVar[str] = "nadam"
    title: ClassVar[str] = "NAdam"
    State: ClassVar[type] = NAdamState
    lr: float = number(0.05, 1e-6, 10.0, LR_DOC, log=True, symbols=LR_SYMBOLS)
    beta1: float = number(0.9, 0.0, 0.9999, **BETA1)
    beta2: float = number(0.999, 0.0, 0.99999, **BETA2)
    eps: float = number(1e-8, 1e-12, 1.0, EPS_DOC, log=True, symbols="δ or ε")
    momentum_decay: float = number(
        4e-3, 0.0, 1.0, "ψ: how fast μt warms up from β1/2 towards β1", symbols="ψ"
    )

    def init(self, x):
        zero = 0.0 * x
        return NAdamState(zero, zero, zero + 1.0, 0)

    def mu(self, t, beta1=None):
        """μt, the momentum coefficient of step t (1-based); `beta1` replaces the field's."""
        beta1 = self.beta1 if beta1 is None else beta1
        return beta1 * (1.0 - 0.5 * 0.96 ** (t * self.momentum_decay))

    def step(self, state, grad, lr, position=None, mu=None):
        t, beta1 = state.t + 1, (self.beta1 if mu is None else mu)
        mu_now, mu_next = self.mu(t, beta1), self.mu(t + 1, beta1)
        mu_product = state.mu_product * mu_now
        first = beta1 * state.first_moment + (1 - beta1) * grad
        second = self.beta2 * state.second_moment + (1 - self.beta2) * grad * grad
        denom = (second / (1 - self.beta2**t)) ** 0.5 + self.eps
        now = (1.0 - mu_now) / (1.0 - mu_product) * grad
        ahead = mu_next / (1.0 - mu_product * mu_next) * first
        return -lr * (now + ahead) / denom, NAdamState(first, second, mu_product, t)

    def effective_lr(self, state, lr):
        """lr / (√v̂ + ε): the per-axis factor multiplying the bracket of g and m."""
        return lr / ((state.second_moment / (1 - self.beta2**state.t)) ** 0.5 + self.eps)
