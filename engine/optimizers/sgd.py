"""The gradient-following family: plain SGD, heavy-ball momentum and Nesterov momentum."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from engine.optimizers.base import (
    LR_DOC,
    LR_SYMBOLS,
    Optimizer,
    StepCountState,
    VelocityState,
)
from engine.params import choice, number

FORMS = ("pytorch", "sutskever")
MOMENTUM_DOC = "fraction of the velocity kept from one step to the next"
MOMENTUM_SYMBOLS = "α in eq. 5.12, ρ in cs231n"
FORM_DOC = "pytorch: v = μv + g, x −= lr·v (cs231n); sutskever: v = μv − lr·g, x += v (eq. 5.12)"


@dataclass(frozen=True)
class SGD(Optimizer):
    """Plain gradient descent: x = x − lr·g."""

    name: ClassVar[str] = "sgd"
    title: ClassVar[str] = "SGD"
    State: ClassVar[type] = StepCountState
    lr: float = number(0.15, 1e-6, 10.0, LR_DOC, log=True, symbols=LR_SYMBOLS)

    def step(self, state, grad, lr, position=None, mu=None):
        return -lr * grad, StepCountState(state.t + 1)


@dataclass(frozen=True)
class Momentum(Optimizer):
    """Heavy-ball momentum in either form; the two agree while lr is constant.

    pytorch:   v = momentum·v + g       x = x − lr·v
    sutskever: v = momentum·v − lr·g    x = x + v          (eq. 5.12)
    """

    name: ClassVar[str] = "momentum"
    title: ClassVar[str] = "Momentum"
    State: ClassVar[type] = VelocityState
    lr: float = number(0.02, 1e-6, 10.0, LR_DOC, log=True, symbols=LR_SYMBOLS)
    momentum: float = number(0.9, 0.0, 0.999, MOMENTUM_DOC, symbols=MOMENTUM_SYMBOLS)
    form: str = choice("pytorch", FORMS, FORM_DOC)

    def step(self, state, grad, lr, position=None, mu=None):
        momentum = self.momentum if mu is None else mu
        if self.form == "pytorch":
            velocity = momentum * state.velocity + grad
            return -lr * velocity, VelocityState(velocity, state.t + 1)
        velocity = momentum * state.velocity - lr * grad
        return velocity, VelocityState(velocity, state.t + 1)


@dataclass(frozen=True)
class Nesterov(Optimizer):
    """Nesterov momentum: the gradient is taken where the velocity is about to carry us.

    sutskever (eq. 5.13, with Θ = Θ + v): x̃ = x + momentum·v;  v = momentum·v − lr·∇f(x̃);
      x = x + v.  The tracked point is Θ and x̃ is the look-ahead point.
    pytorch (nesterov=True, the cs231n change of variables): the tracked point is the
      look-ahead x̃ itself;  b = momentum·b + g;  x̃ = x̃ − lr·(g + momentum·b).
      At constant lr, x̃ = Θ + momentum·v with v = −lr·b at every step.
    """

    name: ClassVar[str] = "nesterov"
    title: ClassVar[str] = "Nesterov"
    State: ClassVar[type] = VelocityState
    lr: float = number(0.02, 1e-6, 10.0, LR_DOC, log=True, symbols=LR_SYMBOLS)
    momentum: float = number(0.9, 0.0, 0.999, MOMENTUM_DOC, symbols=MOMENTUM_SYMBOLS)
    form: str = choice("sutskever", FORMS, FORM_DOC)

    def gradient_point(self, state, x, mu=None):
        if self.form == "sutskever":
            return x + (self.momentum if mu is None else mu) * state.velocity
        return x

    def step(self, state, grad, lr, position=None, mu=None):
        momentum = self.momentum if mu is None else mu
        if self.form == "pytorch":
            velocity = momentum * state.velocity + grad
            return -lr * (grad + momentum * velocity), VelocityState(velocity, state.t + 1)
        velocity = momentum * state.velocity - lr * grad
        return velocity, VelocityState(velocity, state.t + 1)
