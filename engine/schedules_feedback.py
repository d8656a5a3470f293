"""Schedules that react to the run: the learning rate of update t depends on the losses so far.

Every schedule in engine.schedules is a closed form of t, known before a run starts. A
feedback schedule is not: the simulation loop asks it for the rate of each update and then
tells it the loss of the frame that update left (`rate`, then `observe`), the order of a
torch training loop: `loss = f(x); loss.backward(); opt.step(); scheduler.step(loss)`.
So update t's rate has seen the losses of frames 0..t−1, and the loss is the exact one
(over the whole data set, without noise), the one the loss chart draws.

A feedback schedule keeps no history of its own: its state is a small immutable record the
loop carries, so nothing is mutated and a run is reproducible. The run records where the
rate was cut (`Run.lr_cuts`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import ClassVar, NamedTuple

import numpy as np

from engine.params import number, validate


def is_feedback(schedule) -> bool:
    """Whether `schedule` reads the run's losses (and so has no closed form of t)."""
    return bool(getattr(schedule, "feedback", False))


class PlateauState(NamedTuple):
    lr: float  # the rate of the next update
    best: float  # the lowest loss seen (torch's `best`)
    bad_steps: int  # steps since the loss last beat best·(1 − threshold)


@dataclass(frozen=True)
class ReduceOnPlateau:
    """Cut the learning rate by `factor` when the loss stops falling (torch's ReduceLROnPlateau).

    As torch's with mode='min', threshold_mode='rel', cooldown=0, min_lr=0, eps=1e-8: when the
    loss has not fallen below best·(1 − threshold) for more than `patience` steps,
    lr = lr·factor."""

    name: ClassVar[str] = "reduce_on_plateau"
    formula: ClassVar[str] = (
        "lr_t = lr_(t−1)·factor once the loss has not beaten best·(1 − threshold) "
        "for more than patience steps, else lr_(t−1)"
    )
    feedback: ClassVar[bool] = True
    eps: ClassVar[float] = 1e-8  # torch's: a cut smaller than this is not made

    factor: float = number(0.1, 1e-3, 0.999, "the rate is multiplied by this at each cut")
    patience: int = number(10, 0, 100_000, "steps without improvement before a cut", integer=True)
    threshold: float = number(1e-4, 0.0, 0.5, "relative improvement that counts as one", log=False)

    def __post_init__(self):
        validate(self)

    def start(self, lr: float) -> PlateauState:
        """The state before the first update, at base rate `lr`."""
        return PlateauState(float(lr), math.inf, 0)

    def rate(self, state: PlateauState) -> float:
        return state.lr

    def observe(self, state: PlateauState, loss: float) -> PlateauState:
        """torch's `scheduler.step(loss)`: the state after seeing one more loss."""
        lr, best, bad = state
        if loss < best * (1.0 - self.threshold):
            best, bad = float(loss), 0
        else:
            bad += 1
        if bad > self.patience:
            new_lr = max(lr * self.factor, 0.0)
            if lr - new_lr > self.eps:
                lr = new_lr
            bad = 0
        return PlateauState(lr, best, bad)

    def rates(self, lr: float, losses) -> np.ndarray:
        """The rate of updates 0..len(losses)−1 given the losses of frames 0..len−1 (for
        checking a recorded run, and for a loss sequence given in advance)."""
        state, out = self.start(lr), []
        for loss in losses:
            out.append(self.rate(state))
            state = self.observe(state, float(loss))
        return np.array(out)
