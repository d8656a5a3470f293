"""The Optimizer base record, its per-axis State records and the helpers the families share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, NamedTuple

from engine.params import method_of_default, validate

LR_DOC = "learning rate: the size of each step"
LR_SYMBOLS = "ρ in the textbook, α in cs231n"
EPS_DOC = "ε added to √r so the division never blows up"


def larger(a, b):
    """Elementwise max with operators only: multiplying by a comparison is exact, and NaN
    in `b` stays NaN (NaN·0 = NaN), as torch.maximum propagates it."""
    return b * (b > a) + a * (b <= a)


def needs_position(optimizer, position):
    """`position`, or a ValueError saying that this optimizer's weight decay needs it."""
    if position is None:
        raise ValueError(f"{optimizer.name}: weight_decay needs the position x passed to step")
    return position


@dataclass(frozen=True)
class Optimizer:
    """Base: hyper-parameters are fields; `init` and `step` never mutate anything."""

    name: ClassVar[str]
    title: ClassVar[str]
    State: ClassVar[type]

    def __post_init__(self):
        validate(self)

    @method_of_default
    def state_fields(self) -> tuple[str, ...]:
        """Names of the per-axis state fields (the step counter `t` excluded).

        Called on a class it answers for the default instance (the command line lists it);
        on an instance its flags choose its State (Adam with amsgrad keeps one field more)."""
        return tuple(name for name in self.State._fields if name != "t")

    def init(self, x) -> Any:
        """State before the first step, for a position `x` (float, (2,) or (N, 2))."""
        zero = 0.0 * x
        return self.State(*(zero for _ in self.State._fields[:-1]), 0)

    def gradient_point(self, state, x, mu=None):
        """Where the gradient of the next step is taken (Nesterov looks ahead)."""
        return x

    def step(self, state, grad, lr, position=None, mu=None):  # pragma: no cover - subclasses
        """(update, new_state) for gradient `grad` at learning rate `lr`; `position` is the
        current x, needed only by weight decay; `mu`, when given, is this step's momentum
        (β1 for the Adam family) in place of the field's, as a scheduled lr replaces lr."""
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


def looks_elsewhere(optimizer: Optimizer) -> bool:
    """Whether `optimizer` takes its gradient away from x (Nesterov's look-ahead); loops skip
    asking the others, whose gradient point is x itself."""
    return type(optimizer).gradient_point is not Optimizer.gradient_point
