"""The numbers the charts draw, per run: loss gap, lr, ‖∇f‖, momentum, distance to a
minimum, a smoothed loss, and where a loss-driven schedule cut the learning rate."""

from __future__ import annotations

import numpy as np

# Smallest value drawn on a log axis: a loss gap or gradient of exactly 0 sits here.
LOG_FLOOR = 1e-12
SMOOTHING = 0.9  # weight of the past in the smoothed loss


def loss_offset(surface, runs) -> float:
    """f*: the lowest known minimum, or the lowest finite loss of `runs` when none is known."""
    if surface.minima:
        return float(min(point.value for point in surface.minima))
    finite = [run.losses[np.isfinite(run.losses)] for run in runs]
    finite = [losses for losses in finite if len(losses)]
    return float(min(losses.min() for losses in finite)) if finite else 0.0


def _finite(y: np.ndarray, floor: float | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Steps and values where the value is finite (a diverged run ends in inf/NaN)."""
    steps = np.flatnonzero(np.isfinite(y))
    values = y[steps]
    return steps.astype(float), values if floor is None else np.maximum(values, floor)


def loss_curve(run, offset: float) -> tuple[np.ndarray, np.ndarray]:
    with np.errstate(all="ignore"):
        return _finite(run.losses - offset, LOG_FLOOR)


def lr_curve(run) -> tuple[np.ndarray, np.ndarray]:
    return _finite(run.lrs)


def momentum_curve(run) -> tuple[np.ndarray, np.ndarray]:
    """The momentum (or Adam's β1) each update used; empty for optimizers without one."""
    return _finite(run.momentums)


def distance_curve(run, minima) -> tuple[np.ndarray, np.ndarray]:
    """Distance from each frame's position to the nearest known minimum (empty without any)."""
    if not minima:
        return np.empty(0), np.empty(0)
    points = np.array([(point.x, point.y) for point in minima], dtype=float)
    with np.errstate(all="ignore"):
        gaps = run.positions[:, None, :] - points[None, :, :]
        return _finite(np.sqrt((gaps**2).sum(axis=2)).min(axis=1), LOG_FLOOR)


def smoothed(values: np.ndarray, weight: float = SMOOTHING) -> np.ndarray:
    """Bias-corrected exponential moving average: s_t = w·s_(t−1) + (1−w)·v_t, s_t / (1−w^t)."""
    out, average = np.empty(len(values)), 0.0
    for t, value in enumerate(values, start=1):
        average = weight * average + (1 - weight) * value
        out[t - 1] = average / (1 - weight**t)
    return out


def lr_cut_points(run) -> np.ndarray:
    """(update, lr) where a feedback schedule first ran at a lower rate, (C, 2)."""
    cuts = getattr(run, "lr_cuts", None)
    if cuts is None or not len(cuts):
        return np.empty((0, 2))
    cuts = np.asarray(cuts, dtype=int)
    return np.column_stack([cuts.astype(float), run.lrs[cuts]])


def is_noisy(spec) -> bool:
    """Gradient noise or mini-batches: the loss jitters from step to step."""
    return spec.noise > 0 or spec.batch_size > 0


def gradient_norm_curve(run) -> tuple[np.ndarray, np.ndarray]:
    """Norm of the noise-free gradient, so noisy runs still show how close they are to flat."""
    with np.errstate(all="ignore"):
        return _finite(np.hypot(run.true_gradients[:, 0], run.true_gradients[:, 1]), LOG_FLOOR)
