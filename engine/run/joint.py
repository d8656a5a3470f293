"""The simulation loop of the optimizers that step the point as a whole (Newton, L-BFGS).

Each frame builds the oracle its update may query: the surface's loss, gradient and
Hessian as that frame's closure sees them, with the frame's mini-batch (torch's habit: one
batch per `step(closure)` call) and its noise kick. A kick k is the gradient of the tilt
k·(x, y), so the loss the line search compares is f + k·(x, y): one consistent function per
frame. The recorded losses stay the exact ones.
"""

from __future__ import annotations

import math

from engine.optimizers.newton import steps_whole_point
from engine.run.status import far_box
from engine.schedules_feedback import is_feedback

NAN = math.nan


class FrameOracle:
    """Loss, gradient and Hessian of one frame: exact, or of its mini-batch, plus its kick."""

    def __init__(self, surface, indices=None, kick=(0.0, 0.0)):
        self.surface, self.indices, self.kick = surface, indices, kick

    def value_grad(self, x: float, y: float) -> tuple[float, float, float]:
        surface, kx, ky = self.surface, self.kick[0], self.kick[1]
        if self.indices is None:
            loss, (gx, gy) = surface.value_xy(x, y), surface.grad_xy(x, y)
        else:
            loss = surface.value_batch((x, y), self.indices)
            gx, gy = surface.grad_batch_xy(x, y, self.indices)
        return loss + kx * x + ky * y, gx + kx, gy + ky

    def hessian(self, x: float, y: float) -> tuple[float, float, float]:
        if self.indices is None:
            return self.surface.hessian_xy(x, y)
        return self.surface.hessian_batch((x, y), self.indices)


class Trace:
    """What the whole-point loop keeps per update besides the usual row."""

    def __init__(self, optimizer):
        # Row 0 of the shown fields is the state before any update: zeros, as init gives.
        self.shown = [tuple((0.0, 0.0) for _ in optimizer.state_fields())]
        self.step_sizes: list[float] = []
        self.evaluations: list[tuple] = []
        self.hessians: list[tuple] = []


def point_loop(surface, optimizer, start, rates, kicks, batches):
    """(rows, trace): the rows `record` reads, as `simulate._step_loop` makes them.

    `rates(t, x, y)` gives update t's learning rate (a list lookup, or a feedback schedule
    that reads the loss at (x, y)); `batches` is an iterator of index arrays or None."""
    x_lo, x_hi, y_lo, y_hi = far_box(surface)
    x, y = start
    memory, trace, rows = optimizer.init_point(), Trace(optimizer), []
    for t in range(rates.steps + 1):
        kick = (0.0, 0.0) if kicks is None else (kicks[t][0], kicks[t][1])
        oracle = FrameOracle(surface, None if batches is None else next(batches), kick)
        try:
            loss, gx, gy = oracle.value_grad(x, y)
            true_gx, true_gy = gx - kick[0], gy - kick[1]
        except (OverflowError, ValueError, ZeroDivisionError):
            loss = gx = gy = true_gx = true_gy = NAN
        inside = x_lo <= x <= x_hi and y_lo <= y <= y_hi  # False for NaN too
        if t == rates.steps or not inside or not (math.isfinite(gx) and math.isfinite(gy)):
            rows.append((x, y, x, y, true_gx, true_gy, gx, gy, NAN, NAN))
            break
        lr = rates(t, x, y)
        try:
            step = optimizer.step_point(memory, x, y, loss, (gx, gy), oracle, lr)
        except (OverflowError, ValueError, ZeroDivisionError):  # a trial point overflowed
            rows.append((x, y, x, y, true_gx, true_gy, gx, gy, NAN, NAN))
            break
        memory, (ux, uy) = step.state, step.update
        rows.append((x, y, x, y, true_gx, true_gy, gx, gy, ux, uy))
        trace.shown.append(step.shown)
        trace.step_sizes.append(step.step_size)
        trace.evaluations.append(step.evaluations)
        if step.hessian is not None:
            trace.hessians.append(step.hessian)
        x, y = x + ux, y + uy
    return rows, trace


def check_batchable(optimizer, schedule) -> None:
    """A ValueError when the batch engine (basin maps, sweeps) cannot run this pair.

    L-BFGS's line search evaluates each run at trial points of its own, and a feedback
    schedule reads each run's own losses: both are single-run only. Newton batches."""
    if steps_whole_point(optimizer) and not optimizer.batchable:
        raise ValueError(
            f"{optimizer.name}: basin maps, sweeps and tuning step many runs as one batch, "
            "which its line search cannot do; race it as a single run instead"
        )
    if is_feedback(schedule):
        raise ValueError(
            f"{schedule.name} reads each run's own loss: basin maps, sweeps and tuning "
            "need a closed-form schedule (constant, step, cosine, ...)"
        )


def batch_step(optimizer, surface, state, grad, lr, x):
    """(update, state) of one step of an (N, 2) cloud; Newton takes the Hessians at x."""
    if steps_whole_point(optimizer):
        return optimizer.step_arrays(state, grad, surface.hessian(x), lr)
    return optimizer.step(state, grad, lr, x)
