"""Learning-rate schedules: closed-form factors over arrays of step indices.

The learning rate of update t (t = 0 for the first update) is `lr * factor(t)`, so the
whole curve is known before a run starts and the charts can draw it in advance. Beyond the
lecture's decays: a linear warm-up that wraps any other schedule (its `then` is a nested
spec), torch's one-cycle shape and polynomial decay.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from engine.params import number, text, validate
from engine.spec_text import allow_nested, format_spec, parse_with


@dataclass(frozen=True)
class Schedule:
    name: ClassVar[str]
    formula: ClassVar[str]

    def __post_init__(self):
        validate(self)

    def factor(self, t) -> np.ndarray:
        """Multiplier of the base learning rate at step indices `t` (array or int)."""
        raise NotImplementedError  # pragma: no cover - every subclass defines it


@dataclass(frozen=True)
class Constant(Schedule):
    name: ClassVar[str] = "constant"
    formula: ClassVar[str] = "lr_t = lr"

    def factor(self, t):
        return np.ones_like(np.asarray(t, dtype=float))


@dataclass(frozen=True)
class StepDecay(Schedule):
    name: ClassVar[str] = "step"
    formula: ClassVar[str] = "lr_t = lr · γ^⌊t / step_size⌋"
    step_size: int = number(100, 1, 1_000_000, "steps between two drops", integer=True)
    gamma: float = number(0.5, 0.0, 1.0, "factor applied at each drop", symbols="γ")

    def factor(self, t):
        return self.gamma ** np.floor_divide(np.asarray(t), int(self.step_size)).astype(float)


@dataclass(frozen=True)
class Exponential(Schedule):
    name: ClassVar[str] = "exponential"
    formula: ClassVar[str] = "lr_t = lr · e^(−k·t)"
    k: float = number(0.01, 0.0, 10.0, "decay rate per step", symbols="k")

    def factor(self, t):
        return np.exp(-self.k * np.asarray(t, dtype=float))


@dataclass(frozen=True)
class InverseTime(Schedule):
    name: ClassVar[str] = "inverse_time"
    formula: ClassVar[str] = "lr_t = lr / (1 + k·t)"
    k: float = number(0.01, 0.0, 1000.0, "decay rate per step", symbols="k")

    def factor(self, t):
        return 1.0 / (1.0 + self.k * np.asarray(t, dtype=float))


@dataclass(frozen=True)
class Cosine(Schedule):
    """Cosine annealing from lr down to floor·lr over each period, then a warm restart."""

    name: ClassVar[str] = "cosine"
    formula: ClassVar[str] = "lr_t = lr · (floor + (1 − floor)·½(1 + cos(π·(t mod period)/period)))"
    period: int = number(200, 1, 1_000_000, "steps from lr down to floor·lr", integer=True)
    floor: float = number(0.0, 0.0, 1.0, "fraction of lr left at the end of a period")

    def factor(self, t):
        phase = np.mod(np.asarray(t, dtype=float), self.period) / self.period
        return self.floor + (1.0 - self.floor) * 0.5 * (1.0 + np.cos(np.pi * phase))


def _schedule_of(spec: str) -> Schedule:
    """The schedule a nested spec names (SCHEDULES is complete once this module is loaded)."""
    return parse_with(SCHEDULES, spec, "schedule")


@dataclass(frozen=True)
class Warmup(Schedule):
    """Linear warm-up in front of another schedule: (t+1)/steps, then the schedule from its t = 0.

    factor(t) = (t + 1)/steps for t < steps, then(t − steps) after: the first update already
    moves (1/steps of lr, never 0), and the wrapped schedule starts where the warm-up ends, as
    torch's SequentialLR([LinearLR(start_factor=1/steps, total_iters=steps−1), then],
    milestones=[steps]) does. `then` is a schedule spec, written unquoted on the command line:
    warmup(steps=10, then=cosine(period=100)); it is kept in its canonical form.
    """

    name: ClassVar[str] = "warmup"
    formula: ClassVar[str] = "lr_t = lr · (t+1)/steps for t < steps, then lr · then(t − steps)"
    spec_fields: ClassVar[tuple[str, ...]] = ("then",)  # written unquoted by format_spec
    steps: int = number(10, 1, 1_000_000, "updates the rate takes to climb to lr", integer=True)
    then: str = text("constant", 500, "the schedule that follows the warm-up, as a spec")

    def __post_init__(self):
        super().__post_init__()
        try:
            inner = _schedule_of(self.then)
        except ValueError as error:
            raise ValueError(f"warmup: then={self.then!r} is not a schedule: {error}") from None
        if getattr(inner, "feedback", False):
            raise ValueError(
                f"warmup: then={self.then!r} reads the run's losses; "
                "a warm-up can only precede a closed form of t"
            )
        object.__setattr__(self, "then", format_spec(inner))
        object.__setattr__(self, "_then", inner)

    @property
    def inner(self) -> Schedule:
        """The schedule after the warm-up."""
        return self._then

    def factor(self, t):
        t = np.asarray(t, dtype=float)
        after = self._then.factor(np.maximum(t - self.steps, 0.0))
        return np.where(t < self.steps, (t + 1.0) / self.steps, after)


@dataclass(frozen=True)
class OneCycle(Schedule):
    """torch's OneCycleLR shape (cosine annealing, two phases): up to lr, then far below it.

    lr is the peak (torch's max_lr). Over the first pct_start·total_steps − 1 updates the
    rate climbs from lr/div_factor to lr, then anneals to lr/(div_factor·final_div_factor) at
    update total_steps − 1, each phase along ½(1 + cos(π·pct)) exactly as torch computes it.
    Beyond the cycle the rate stays at its end (torch raises there); a zero-length phase
    is at its end (torch divides by zero). torch also cycles the momentum by default: that is
    a momentum schedule here, not part of this one.
    """

    name: ClassVar[str] = "one_cycle"
    formula: ClassVar[str] = "lr_t = lr/div → lr (cosine) → lr/(div·final_div) (cosine)"
    total_steps: int = number(200, 2, 1_000_000, "updates in the whole cycle", integer=True)
    pct_start: float = number(0.3, 0.0, 1.0, "fraction of the cycle spent climbing")
    div_factor: float = number(
        25.0, 1.0, 1e6, "the start is lr/div_factor", log=True, symbols="div"
    )
    final_div_factor: float = number(
        1e4, 1.0, 1e9, "the end is the start/final_div_factor", log=True, symbols="final_div"
    )

    def factor(self, t):
        t = np.asarray(t, dtype=float)
        initial = 1.0 / self.div_factor
        lowest = initial / self.final_div_factor
        end_up = self.pct_start * self.total_steps - 1.0  # float(pct_start·total) − 1
        end_down = self.total_steps - 1.0
        t = np.minimum(t, end_down)
        climbing = t <= end_up
        with np.errstate(divide="ignore", invalid="ignore"):
            pct = np.where(climbing, t / end_up, (t - end_up) / (end_down - end_up))
        pct = np.where(np.isfinite(pct), pct, 1.0)  # a phase of no length is at its end
        start, end = np.where(climbing, initial, 1.0), np.where(climbing, 1.0, lowest)
        return end + (start - end) / 2.0 * (np.cos(np.pi * pct) + 1)


@dataclass(frozen=True)
class Polynomial(Schedule):
    """Polynomial decay to `end`: torch's PolynomialLR (which ends at 0) with a floor.

    factor(t) = (1 − end)·(1 − min(t, total_steps)/total_steps)^power + end; with end = 0
    it is torch's closed form, power = 1 a straight line.
    """

    name: ClassVar[str] = "polynomial"
    formula: ClassVar[str] = "lr_t = lr · ((1 − end)·(1 − min(t, T)/T)^power + end)"
    total_steps: int = number(200, 1, 1_000_000, "updates to reach end·lr", integer=True)
    power: float = number(1.0, 0.0, 10.0, "the exponent: 1 is linear, 2 falls fast then slow")
    end: float = number(0.0, 0.0, 1.0, "fraction of lr left after total_steps")

    def factor(self, t):
        done = np.minimum(np.asarray(t, dtype=float), self.total_steps) / self.total_steps
        return (1.0 - self.end) * (1.0 - done) ** self.power + self.end


# The lecture's closed forms, then the ones people train with today.
SCHEDULES: dict[str, type[Schedule]] = {
    cls.name: cls
    for cls in (
        *(Constant, StepDecay, Exponential, InverseTime, Cosine),
        *(Warmup, OneCycle, Polynomial),
    )
}

# A schedule that reads the run's losses (no closed form of t): see engine.schedules_feedback.
from engine.schedules_feedback import ReduceOnPlateau  # noqa: E402

SCHEDULES[ReduceOnPlateau.name] = ReduceOnPlateau
allow_nested(SCHEDULES)  # a schedule's spec may sit unquoted inside another's (warmup's then)
