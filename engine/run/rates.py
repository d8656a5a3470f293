"""The learning rate of each update: a closed-form curve, or a schedule that reads the loss.

Both loops ask `rates(t, x, y)` for update t's rate at the point it leaves. A closed-form
schedule's curve is computed before the run (`lr_curve`); a feedback schedule
(engine.schedules_feedback) is asked for its rate, then shown the exact loss at (x, y), the
order of `opt.step(); scheduler.step(loss)`. The rates given and the updates at which a
feedback schedule cut the rate are kept for the Run.
"""

from __future__ import annotations

import numpy as np

from engine.run.curves import lr_curve
from engine.schedules_feedback import is_feedback


class Rates:
    """Update t's learning rate; `given` and `cuts` afterwards say what was used."""

    def __init__(self, optimizer, schedule, steps: int, surface):
        self.steps = steps
        self.feedback = schedule if is_feedback(schedule) else None
        if self.feedback is None:
            self.curve = lr_curve(optimizer, schedule, steps)
            self.lookup = self.curve.tolist()
        else:
            self.state = self.feedback.start(optimizer.lr)
            self.loss_at = surface.value_xy
            self.given: list[float] = []
            self.cuts: list[int] = []

    def __call__(self, t: int, x: float, y: float) -> float:
        if self.feedback is None:
            return self.lookup[t]
        lr = self.feedback.rate(self.state)
        if self.given and lr < self.given[-1]:
            self.cuts.append(t)
        self.given.append(lr)
        try:
            loss = self.loss_at(x, y)
        except (OverflowError, ValueError, ZeroDivisionError):
            loss = float("nan")
        self.state = self.feedback.observe(self.state, loss)
        return lr

    def used(self) -> np.ndarray:
        """The rate of every update the curve allows (NaN beyond what a feedback run reached)."""
        if self.feedback is None:
            return self.curve
        out = np.full(self.steps, np.nan)
        out[: len(self.given)] = self.given
        return out

    def cut_updates(self) -> np.ndarray:
        """Indices t of the updates that were the first at a lower rate (empty if closed-form)."""
        return np.array(self.cuts if self.feedback is not None else [], dtype=int)
