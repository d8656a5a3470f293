"""Learning-rate schedules: closed-form factors over arrays of step indices.

The learning rate of update t (t = 0 for the first update) is `lr * factor(t)`, so the
whole curve is known before a run starts and the charts can draw it in advance.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from engine.params import number, validate


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


SCHEDULES: dict[str, type[Schedule]] = {
    cls.name: cls for cls in (Constant, StepDecay, Exponential, InverseTime, Cosine)
}

# A schedule that reads the run's losses (no closed form of t): see engine.schedules_feedback.
from engine.schedules_feedback import ReduceOnPlateau  # noqa: E402

SCHEDULES[ReduceOnPlateau.name] = ReduceOnPlateau
