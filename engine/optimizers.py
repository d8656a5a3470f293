"""The optimizers of the lecture, each a frozen record of hyper-parameters plus pure steps.

Every optimizer here works coordinate by coordinate, so one implementation serves a
single axis as Python floats (the fast path of `simulate`), a point of shape (2,) and a
batch of shape (N, 2). That is why the arithmetic below uses only operators
(`x ** 0.5`, never `np.sqrt`): the same line runs on floats and on numpy arrays.

`step(state, grad, lr, position)` returns `(update, new_state)` and the caller moves
`x = x + update`; `lr` is the already-scheduled learning rate of this step and `position`
the current x, read only by weight decay (AdamW's, or Adam's L2 term): like torch.optim,
the optimizers keep no copy of the parameters in their state. ε is added outside the
square root, `g / (√r + ε)`, as in the lecture and in PyTorch, except in Adadelta, whose
ε sits inside both roots as in PyTorch and in Zeiler's paper.

For the same reason a float hyper-parameter may be an (N, 1) column, one value per row
of an (N, 2) batch: `engine.run.sweep.per_row` builds such a copy, checking every element, so
a whole grid of settings steps as one batch through these very implementations.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, ClassVar, NamedTuple

from engine.params import choice, flag, number, validate

LR_DOC = "learning rate: the size of each step"
LR_SYMBOLS = "ρ in the textbook, α in cs231n"


class class_or_instance:
    """A method bound to the instance when called on one, else to the class.

    `state_fields` must answer for a class (the command line lists it) and for an
    instance whose flags choose its State (Adam with amsgrad keeps one field more).
    """

    def __init__(self, method):
        self.method = method
        functools.update_wrapper(self, method)

    def __get__(self, instance, owner):
        return functools.partial(self.method, owner if instance is None else instance)


def larger(a, b):
    """Elementwise max with operators only: multiplying by a comparison is exact, and NaN
    in `b` stays NaN (NaN·0 = NaN), as torch.maximum propagates it."""
    return b * (b > a) + a * (b <= a)


@dataclass(frozen=True)
class Optimizer:
    """Base: hyper-parameters are fields; `init` and `step` never mutate anything."""

    name: ClassVar[str]
    title: ClassVar[str]
    State: ClassVar[type]

    def __post_init__(self):
        validate(self)

    @class_or_instance
    def state_fields(self_or_cls) -> tuple[str, ...]:
        """Names of the per-axis state fields (the step counter `t` excluded)."""
        return tuple(name for name in self_or_cls.State._fields if name != "t")

    def init(self, x) -> Any:
        """State before the first step, for a position `x` (float, (2,) or (N, 2))."""
        zero = 0.0 * x
        return self.State(*(zero for _ in self.State._fields[:-1]), 0)

    def gradient_point(self, state, x):
        """Where the gradient of the next step is taken (Nesterov looks ahead)."""
        return x

    def step(self, state, grad, lr, position=None):  # pragma: no cover - subclasses define it
        """(update, new_state) for gradient `grad` at learning rate `lr`; `position` is the
        current x, needed only by weight decay."""
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

    def step(self, state, grad, lr, position=None):
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

    def step(self, state, grad, lr, position=None):
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

    def step(self, state, grad, lr, position=None):
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

    def step(self, state, grad, lr, position=None):
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

    def step(self, state, grad, lr, position=None):
        mean_sq_grad = self.alpha * state.mean_sq_grad + (1 - self.alpha) * grad * grad
        update = -lr * grad / (mean_sq_grad**0.5 + self.eps)
        return update, MeanSqState(mean_sq_grad, state.t + 1)

    def effective_lr(self, state, lr):
        return lr / (state.mean_sq_grad**0.5 + self.eps)


class AMSGradState(NamedTuple):
    first_moment: Any
    second_moment: Any
    max_second_moment: Any
    t: int


class NAdamState(NamedTuple):
    first_moment: Any
    second_moment: Any
    mu_product: Any  # μ1·μ2·…·μt, the same on every axis
    t: int


class AdadeltaState(NamedTuple):
    mean_sq_grad: Any
    mean_sq_delta: Any
    t: int


BETA1 = dict(doc="decay of the first moment m", symbols="β1 or ρ1")
BETA2 = dict(doc="decay of the second moment v", symbols="β2 or ρ2")
WEIGHT_DECAY_SYMBOLS = "λ"


def needs_position(optimizer, position):
    """`position`, or a ValueError saying that this optimizer's weight decay needs it."""
    if position is None:
        raise ValueError(f"{optimizer.name}: weight_decay needs the position x passed to step")
    return position


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

    def step(self, state, grad, lr, position=None):
        t = state.t + 1
        decay = 0.0
        if self._decays():
            x = needs_position(self, position)
            if self.decoupled:
                decay = -lr * self.weight_decay * x  # torch: x = x·(1 − lr·λ) first
            else:
                grad = grad + self.weight_decay * x
        first = self.beta1 * state.first_moment + (1 - self.beta1) * grad
        second = self.beta2 * state.second_moment + (1 - self.beta2) * grad * grad
        if self.amsgrad:
            largest = larger(state.max_second_moment, second)
            new_state = AMSGradState(first, second, largest, t)
        else:
            largest, new_state = second, MomentsState(first, second, t)
        first_hat, second_hat = self._corrected(first, largest, t)
        return decay - lr * first_hat / (second_hat**0.5 + self.eps), new_state

    def _decays(self) -> bool:
        """Whether λ·x enters the step; a swept λ is an (N, 1) column, applied even where 0."""
        return not isinstance(self.weight_decay, int | float) or self.weight_decay != 0

    def _corrected(self, first, second, t):
        if not self.bias_correction:
            return first, second
        return first / (1 - self.beta1**t), second / (1 - self.beta2**t)

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

    def mu(self, t):
        """μt, the momentum coefficient of step t (1-based)."""
        return self.beta1 * (1.0 - 0.5 * 0.96 ** (t * self.momentum_decay))

    def step(self, state, grad, lr, position=None):
        t = state.t + 1
        mu, mu_next = self.mu(t), self.mu(t + 1)
        mu_product = state.mu_product * mu
        first = self.beta1 * state.first_moment + (1 - self.beta1) * grad
        second = self.beta2 * state.second_moment + (1 - self.beta2) * grad * grad
        denom = (second / (1 - self.beta2**t)) ** 0.5 + self.eps
        now = (1.0 - mu) / (1.0 - mu_product) * grad
        ahead = mu_next / (1.0 - mu_product * mu_next) * first
        return -lr * (now + ahead) / denom, NAdamState(first, second, mu_product, t)

    def effective_lr(self, state, lr):
        """lr / (√v̂ + ε): the per-axis factor multiplying the bracket of g and m."""
        return lr / ((state.second_moment / (1 - self.beta2**state.t)) ** 0.5 + self.eps)


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

    def step(self, state, grad, lr, position=None):
        mean_sq_grad = self.rho * state.mean_sq_grad + (1 - self.rho) * grad * grad
        delta = (state.mean_sq_delta + self.eps) ** 0.5 / (mean_sq_grad + self.eps) ** 0.5 * grad
        mean_sq_delta = self.rho * state.mean_sq_delta + (1 - self.rho) * delta * delta
        return -lr * delta, AdadeltaState(mean_sq_grad, mean_sq_delta, state.t + 1)

    def effective_lr(self, state, lr):
        """lr·√(u + ε)/√(r + ε) from the state after a step: the factor the next step would
        give its gradient if r did not move (the step itself used u before its update)."""
        return lr * (state.mean_sq_delta + self.eps) ** 0.5 / (state.mean_sq_grad + self.eps) ** 0.5


OPTIMIZERS: dict[str, type[Optimizer]] = {
    cls.name: cls
    for cls in (SGD, Momentum, Nesterov, AdaGrad, RMSProp, Adam, AdamW, NAdam, Adadelta)
}
