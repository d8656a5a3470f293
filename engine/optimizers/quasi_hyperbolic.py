"""QHM and QHAdam (Ma & Yarats 2019, "Quasi-hyperbolic momentum and Adam for deep learning").

Quasi-hyperbolic: the step averages the plain gradient and the momentum buffer with a weight
ν, so ν = 0 is the method without momentum and ν = 1 the method with it. The buffer is the
paper's normalised one, an exponential moving average g_buf = β·g_buf + (1−β)·g, not
PyTorch's sum b = μ·b + g; since g_buf = (1−β)·b exactly (both start at 0):

- qhm(lr=α, momentum=β, nu=1) is momentum(form=pytorch, momentum=β, lr=α·(1−β)) — also
  under a learning-rate schedule, both scaling the step by the same lr_t;
- qhm(nu=β) is nesterov(form=pytorch, momentum=β, lr=α·(1−β));
- qhm(nu=0) is sgd(lr=α);
- qhadam(nu1=1, nu2=1) is adam; qhadam(nu1=0, nu2=0) moves by lr·g/(|g| + ε) ≈ lr·sign(g).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from engine.optimizers.adam import BETA1, BETA2
from engine.optimizers.base import (
    EPS_DOC,
    LR_DOC,
    LR_SYMBOLS,
    MomentsState,
    Optimizer,
)
from engine.optimizers.sign_based import FirstMomentState
from engine.params import number

NU_DOC = "weight ν of the momentum against the plain gradient (0: none, 1: all momentum)"


@dataclass(frozen=True)
class QHM(Optimizer):
    """QHM (Ma & Yarats 2019, algorithm 1): a ν-weighted mix of the gradient and momentum.

    g_buf = β·g_buf + (1−β)·g;  x = x − lr·((1−ν)·g + ν·g_buf)
    The paper recommends ν = 0.7 with β = 0.999 for long training; a short 2-D race reads
    better with β = 0.9, the default here. A scheduled momentum (`mu`) replaces β.
    """

    name: ClassVar[str] = "qhm"
    title: ClassVar[str] = "QHM"
    State: ClassVar[type] = FirstMomentState  # first_moment is the buffer g_buf
    lr: float = number(0.1, 1e-6, 10.0, LR_DOC, log=True, symbols=LR_SYMBOLS)
    momentum: float = number(
        0.9, 0.0, 0.9999, "β: decay of the momentum buffer (a moving average of g)", symbols="β"
    )
    nu: float = number(0.7, 0.0, 1.0, NU_DOC, symbols="ν")

    def step(self, state, grad, lr, position=None, mu=None):
        beta = self.momentum if mu is None else mu
        buffer = beta * state.first_moment + (1 - beta) * grad
        update = -lr * ((1 - self.nu) * grad + self.nu * buffer)
        return update, FirstMomentState(buffer, state.t + 1)


@dataclass(frozen=True)
class QHAdam(Optimizer):
    """QHAdam (Ma & Yarats 2019, algorithm 2): QHM's mix in both of Adam's moments.

    m = β1·m + (1−β1)·g;  v = β2·v + (1−β2)·g⊙g;  m̂ = m/(1−β1^t);  v̂ = v/(1−β2^t)
    x = x − lr·((1−ν1)·g + ν1·m̂) / (√((1−ν2)·g⊙g + ν2·v̂) + ε)
    Defaults are the paper's ν1 = 0.7, ν2 = 1 with Adam's β1 = 0.9, β2 = 0.999 (the paper
    recommends β1 = 0.995 for long training). A scheduled β1 (`mu`) replaces β1.
    """

    name: ClassVar[str] = "qhadam"
    title: ClassVar[str] = "QHAdam"
    State: ClassVar[type] = MomentsState
    lr: float = number(0.05, 1e-6, 10.0, LR_DOC, log=True, symbols=LR_SYMBOLS)
    beta1: float = number(0.9, 0.0, 0.9999, **BETA1)
    beta2: float = number(0.999, 0.0, 0.99999, **BETA2)
    nu1: float = number(0.7, 0.0, 1.0, "ν1: weight of m̂ against g in the numerator", symbols="ν1")
    nu2: float = number(1.0, 0.0, 1.0, "ν2: weight of v̂ against g⊙g under the root", symbols="ν2")
    eps: float = number(1e-8, 1e-12, 1.0, EPS_DOC, log=True, symbols="δ or ε")

    def step(self, state, grad, lr, position=None, mu=None):
        t, beta1 = state.t + 1, (self.beta1 if mu is None else mu)
        first = beta1 * state.first_moment + (1 - beta1) * grad
        second = self.beta2 * state.second_moment + (1 - self.beta2) * grad * grad
        first_hat, second_hat = first / (1 - beta1**t), second / (1 - self.beta2**t)
        numerator = (1 - self.nu1) * grad + self.nu1 * first_hat
        under_root = (1 - self.nu2) * grad * grad + self.nu2 * second_hat
        return -lr * numerator / (under_root**0.5 + self.eps), MomentsState(first, second, t)

    def effective_lr(self, state, lr):
        """lr / (√(ν2·v̂) + ε): the factor multiplying the numerator when ν2 = 1 (the
        default); with ν2 < 1 the root also holds (1−ν2)·g⊙g, which the state does not keep."""
        second_hat = state.second_moment / (1 - self.beta2**state.t)
        return lr / ((self.nu2 * second_hat) ** 0.5 + self.eps)
