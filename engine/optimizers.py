"""The optimizers of the lecture, each a frozen record of hyper-parameters plus pure steps.

Every optimizer here works coordinate by coordinate, so one implementation serves a
single axis as Python floats (the fast path of `simulate`), a point of shape (2,) and a
batch of shape (N, 2). That is why the arithmetic below uses only operators
(`x ** 0.5`, never `np.sqrt`): the same line runs on floats and on numpy arrays.

`step(state, grad, lr)` returns `(update, new_state)` and the caller moves
`x = x + update`; `lr` is the already-scheduled learning rate of this step. ε is added
outside the square root, `g / (√r + ε)`, as in the lecture and in PyTorch.

For the same reason a float hyper-parameter may be an (N, 1) column, one value per row
of an (N, 2) batch: `engine.sweep.per_row` builds such a copy, checking every element, so
a whole grid of settings steps as one batch through these very implementations.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, NamedTuple

from engine.params import choice, flag, number, validate

LR_DOC = "learning rate: the size of each step"
LR_SYMBOLS = "ρ in the textbook, α in cs231n"


@dataclass(frozen=True)
class Optimizer:
    """Base: hyper-parameters are fields; `init` and `step` never mutate anything."""

    name: ClassVar[str]
    title: ClassVar[str]
    State: ClassVar[type]

    def __post_init__(self):
        validate(self)

    @classmethod
    def state_fields(cls) -> tuple[str, ...]:
        """Names of the per-axis state fields (the step counter `t` excluded)."""
        return tuple(name for name in cls.State._fields if name != "t")

    def init(self, x) -> Any:
        """State before the first step, for a position `x` (float, (2,) or (N, 2))."""
        zero = 0.0 * x
        return self.State(*(zero for _ in self.State._fields[:-1]), 0)

    def gradient_point(self, state, x):
        """Where the gradient of the next step is taken (Nesterov looks ahead)."""
        return x

    def step(self, state, grad, lr):  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def effective_lr(self, state, lr):
        """Per-axis step size multiplying the (corrected) direction, for drawing."""
        return lr


class VelocityState(NamedTuple):
    velocity: Any
    t: int


class SumSqState(NamedTuple):
    sum_sq_grad: Any
    t: int


class MeanSqState(NamedTuple):
    mean_sq_grad: Any
    t: int


class MomentsState(NamedTuple):
    first_moment: Any
    second_moment: Any
    t: int


class StepCountState(NamedTuple):
    t: int


@dataclass(frozen=True)
class SGD(Optimizer):
    """Plain gradient descent: x = x − lr·g."""

    name: ClassVar[str] = "sgd"
    title: ClassVar[str] = "SGD"
    State: ClassVar[type] = StepCountState
    lr: float = number(0.15, 1e-6, 10.0, LR_DOC, log=True, symbols=LR_SYMBOLS)

    def step(self, state, grad, lr):
        return -lr * grad, StepCountState(state.t + 1)


FORMS = ("pytorch", "sutskever")
MOMENTUM_DOC = "fraction of the velocity kept from one step to the next"
MOMENTUM_SYMBOLS = "α in eq. 5.12, ρ in cs231n"
FORM_DOC = "pytorch: v = μv + g, x −= lr·v (cs231n); sutskever: v = μv − lr·g, x += v (eq. 5.12)"


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

    def step(self, state, grad, lr):
        if self.form == "pytorch":
            velocity = self.momentum * state.velocity + grad
            return -lr * velocity, VelocityState(velocity, state.t + 1)
        velocity = self.momentum * state.velocity - lr * grad
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

    def gradient_point(self, state, x):
        if self.form == "sutskever":
            return x + self.momentum * state.velocity
        return x

    def step(self, state, grad, lr):
        if self.form == "pytorch":
            velocity = self.momentum * state.velocity + grad
            return -lr * (grad + self.momentum * velocity), VelocityState(velocity, state.t + 1)
        velocity = self.momentum * state.velocity - lr * grad
        return velocity, VelocityState(velocity, state.t + 1)


EPS_DOC = "ε added to √r so the division never blows up"


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

    def step(self, state, grad, lr):
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

    def step(self, state, grad, lr):
        mean_sq_grad = self.alpha * state.mean_sq_grad + (1 - self.alpha) * grad * grad
        update = -lr * grad / (mean_sq_grad**0.5 + self.eps)
        return update, MeanSqState(mean_sq_grad, state.t + 1)

    def effective_lr(self, state, lr):
        return lr / (state.mean_sq_grad**0.5 + self.eps)


@dataclass(frozen=True)
class Adam(Optimizer):
    """Adam (algorithm 5-5, with the cs231n fix: the corrected moments are not stored).

    m = β1·m + (1−β1)·g;  v = β2·v + (1−β2)·g⊙g;  t = t + 1
    m̂ = m / (1−β1^t);  v̂ = v / (1−β2^t)      (skipped when bias_correction is false)
    x = x − lr·m̂ / (√v̂ + ε)
    """

    name: ClassVar[str] = "adam"
    title: ClassVar[str] = "Adam"
    State: ClassVar[type] = MomentsState
    lr: float = number(0.05, 1e-6, 10.0, LR_DOC, log=True, symbols=LR_SYMBOLS)
    beta1: float = number(0.9, 0.0, 0.9999, "decay of the first moment m", symbols="β1 or ρ1")
    beta2: float = number(0.999, 0.0, 0.99999, "decay of the second moment v", symbols="β2 or ρ2")
    eps: float = number(1e-8, 1e-12, 1.0, EPS_DOC, log=True, symbols="δ or ε")
    bias_correction: bool = flag(
        True, "divide the moments by (1 − β^t) so early steps are not mis-scaled"
    )

    def step(self, state, grad, lr):
        t = state.t + 1
        first = self.beta1 * state.first_moment + (1 - self.beta1) * grad
        second = self.beta2 * state.second_moment + (1 - self.beta2) * grad * grad
        first_hat, second_hat = self._corrected(first, second, t)
        update = -lr * first_hat / (second_hat**0.5 + self.eps)
        return update, MomentsState(first, second, t)

    def _corrected(self, first, second, t):
        if not self.bias_correction:
            return first, second
        return first / (1 - self.beta1**t), second / (1 - self.beta2**t)

    def effective_lr(self, state, lr):
        """lr / (√v̂ + ε): the per-axis factor multiplying m̂."""
        _, second_hat = self._corrected(state.first_moment, state.second_moment, state.t)
        return lr / (second_hat**0.5 + self.eps)


OPTIMIZERS: dict[str, type[Optimizer]] = {
    cls.name: cls for cls in (SGD, Momentum, Nesterov, AdaGrad, RMSProp, Adam)
}
