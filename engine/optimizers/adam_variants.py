"""RAdam and Adamax: two Adam relatives, written to run torch.optim's own arithmetic.

Both follow torch's single-tensor code line by line (the order of the operations included),
so the only difference left on a CPU is rounding: torch's `lerp_` and `addcmul_` kernels
fuse a multiply and an add (one rounding), which Python 3.11 and numpy cannot, so a moment
may differ from torch's in its last bit (tests/engine/test_torch_oracle.py measures it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, NamedTuple

import numpy as np

from engine.optimizers.adam import BETA1, BETA2, WEIGHT_DECAY_SYMBOLS
from engine.optimizers.base import (
    EPS_DOC,
    LR_DOC,
    LR_SYMBOLS,
    MomentsState,
    Optimizer,
    larger,
    needs_position,
)
from engine.params import flag, number

# RAdam switches the adaptive step on once the variance estimate's length ρ_t passes this.
RECTIFY_ABOVE = 5.0


class AdamaxState(NamedTuple):
    first_moment: Any
    inf_norm: Any  # u = max(β2·u, |g| + ε): the decayed largest |g|
    t: int


def lerp(start, end, weight):
    """start + weight·(end − start) as torch's lerp_ writes it: for |weight| ≥ ½ it starts
    from `end`, end − (end − start)·(1 − weight), which keeps more bits."""
    if isinstance(weight, int | float):
        if abs(weight) < 0.5:
            return start + weight * (end - start)
        return end - (end - start) * (1 - weight)
    small = np.abs(weight) < 0.5  # a swept β1 is an (N, 1) column: choose per row
    return np.where(small, start + weight * (end - start), end - (end - start) * (1 - weight))


def rho(t, beta2):
    """(ρ_t, ρ∞): the length of RAdam's simple moving average at step t, and its limit."""
    rho_inf = 2 / (1 - beta2) - 1
    return rho_inf - 2 * t * (beta2**t) / (1 - beta2**t), rho_inf


def rectification(rho_t, rho_inf):
    """r_t = √((ρ_t − 4)(ρ_t − 2)ρ∞ / ((ρ∞ − 4)(ρ∞ − 2)ρ_t)), defined where ρ_t > 5."""
    return ((rho_t - 4) * (rho_t - 2) * rho_inf / ((rho_inf - 4) * (rho_inf - 2) * rho_t)) ** 0.5


def adaptive(second, eps, t, beta2):
    """√(1−β2^t) / (√v + ε) as torch computes it: a scalar over a tensor is the tensor's
    reciprocal times the scalar (Tensor.__rtruediv__), two roundings."""
    return 1 / (second**0.5 + eps) * (1 - beta2**t) ** 0.5


def rectified(rho_t, when_on, when_off):
    """`when_on()` where ρ_t > 5, else `when_off`: a branch on floats, per element on arrays
    (a swept β2 or a whole history of t), where the unused side may be NaN and is dropped."""
    if isinstance(rho_t, int | float):
        return when_on() if rho_t > RECTIFY_ABOVE else when_off
    with np.errstate(all="ignore"):
        return np.where(rho_t > RECTIFY_ABOVE, when_on(), when_off)


@dataclass(frozen=True)
class RAdam(Optimizer):
    """RAdam (Liu et al. 2020; torch.optim.RAdam): Adam whose adaptive step waits for v.

    m = β1·m + (1−β1)·g;  v = β2·v + (1−β2)·g⊙g;  m̂ = m / (1−β1^t)
    ρ∞ = 2/(1−β2) − 1;  ρ_t = ρ∞ − 2t·β2^t / (1−β2^t)
    ρ_t > 5:  x = x − lr·m̂·r_t·√(1−β2^t) / (√v + ε),  r_t the rectification below
    ρ_t ≤ 5:  x = x − lr·m̂          (the first steps: SGD with momentum, no division by √v)
    r_t = √((ρ_t−4)(ρ_t−2)ρ∞ / ((ρ∞−4)(ρ∞−2)ρ_t)).  Weight decay λ as torch: L2 (λ·x added to
    g) or, with decoupled_weight_decay, x = x·(1 − lr·λ) first.  A scheduled β1 (`mu`)
    replaces β1 in m and in its correction.  With β2 = 0.999 the adaptive step starts at t = 6.
    """

    name: ClassVar[str] = "radam"
    title: ClassVar[str] = "RAdam"
    State: ClassVar[type] = MomentsState
    lr: float = number(0.05, 1e-6, 10.0, LR_DOC, log=True, symbols=LR_SYMBOLS)
    beta1: float = number(0.9, 0.0, 0.9999, **BETA1)
    beta2: float = number(0.999, 0.0, 0.99999, **BETA2)
    eps: float = number(1e-8, 1e-12, 1.0, EPS_DOC, log=True, symbols="δ or ε")
    weight_decay: float = number(
        0.0, 0.0, 10.0, "weight decay λ (L2, or decoupled)", symbols=WEIGHT_DECAY_SYMBOLS
    )
    decoupled_weight_decay: bool = flag(
        False, "decay x itself by the fraction lr·λ (AdamW's way) instead of adding λ·x to g"
    )

    def step(self, state, grad, lr, position=None, mu=None):
        t, beta1 = state.t + 1, (self.beta1 if mu is None else mu)
        decay = 0.0
        if not isinstance(self.weight_decay, int | float) or self.weight_decay != 0:
            x = needs_position(self, position)
            if self.decoupled_weight_decay:
                decay = -lr * self.weight_decay * x
            else:
                grad = grad + self.weight_decay * x
        first = lerp(state.first_moment, grad, 1 - beta1)
        second = state.second_moment * self.beta2 + (1 - self.beta2) * grad * grad
        first_hat = first / (1 - beta1**t)
        rho_t, rho_inf = rho(t, self.beta2)
        adapted = rectified(
            rho_t,
            lambda: first_hat * lr * adaptive(second, self.eps, t, self.beta2)
            * rectification(rho_t, rho_inf),
            first_hat * lr,
        )  # fmt: skip
        return decay - adapted, MomentsState(first, second, t)

    def effective_lr(self, state, lr):
        """lr·r_t·√(1−β2^t) / (√v + ε) once rectified, else lr: the factor multiplying m̂."""
        rho_t, rho_inf = rho(state.t, self.beta2)
        return rectified(
            rho_t,
            lambda: lr * adaptive(state.second_moment, self.eps, state.t, self.beta2)
            * rectification(rho_t, rho_inf),
            lr + 0.0 * state.second_moment,
        )  # fmt: skip


@dataclass(frozen=True)
class Adamax(Optimizer):
    """Adamax (Kingma & Ba 2015, §7.1; torch.optim.Adamax): Adam with the ∞-norm for v.

    g = g + λ·x  (only when weight_decay λ > 0)
    m = β1·m + (1−β1)·g;  u = max(β2·u, |g| + ε);  x = x − lr / (1−β1^t) · m / u
    u needs no bias correction: it is a max, not an average, so it does not start small;
    ε sits inside the max, as in torch.
    """

    name: ClassVar[str] = "adamax"
    title: ClassVar[str] = "Adamax"
    State: ClassVar[type] = AdamaxState
    lr: float = number(0.05, 1e-6, 10.0, LR_DOC, log=True, symbols=LR_SYMBOLS)
    beta1: float = number(0.9, 0.0, 0.9999, **BETA1)
    beta2: float = number(0.999, 0.0, 0.99999, "decay of the largest |g| u", symbols="β2 or ρ2")
    eps: float = number(1e-8, 1e-12, 1.0, "ε added to |g| inside the max", log=True, symbols="ε")
    weight_decay: float = number(
        0.0, 0.0, 10.0, "L2 penalty λ: λ·x is added to the gradient", symbols=WEIGHT_DECAY_SYMBOLS
    )

    def step(self, state, grad, lr, position=None, mu=None):
        t, beta1 = state.t + 1, (self.beta1 if mu is None else mu)
        if not isinstance(self.weight_decay, int | float) or self.weight_decay != 0:
            grad = grad + self.weight_decay * needs_position(self, position)
        first = lerp(state.first_moment, grad, 1 - beta1)
        inf_norm = larger(state.inf_norm * self.beta2, abs(grad) + self.eps)
        clr = lr / (1 - beta1**t)
        return -clr * first / inf_norm, AdamaxState(first, inf_norm, t)

    def effective_lr(self, state, lr):
        """lr / ((1−β1^t)·u): the per-axis factor multiplying m."""
        return lr / (1 - self.beta1**state.t) / state.inf_norm
