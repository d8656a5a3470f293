"""The checked arguments of a run: step count, gradient noise, seed and mini-batch size."""

from __future__ import annotations

from engine.checks import finite_number, is_whole, whole_number
from engine.surfaces import Surface
from engine.surfaces.datasets import is_data_surface

MAX_STEPS = 1_000_000
SEEDS = 2**63  # seeds are whole numbers below this (numpy's SeedSequence takes any, files int64)


def checked_steps(steps) -> int:
    """`steps` as an int, or a ValueError saying what a step count must be."""
    return whole_number(steps, "steps", 0, MAX_STEPS, f"from 0 to {MAX_STEPS:,}")


def checked_noise(noise) -> float:
    """`noise` as a float, or a ValueError saying what a noise level must be."""
    return finite_number(noise, "noise", 0.0)


def checked_seed(seed) -> int:
    """`seed` as an int, or a ValueError saying what a seed must be."""
    return whole_number(seed, "seed", 0, SEEDS - 1, "≥ 0")


def data_size(surface: Surface) -> int:
    """How many training examples the surface's loss averages (0: not a data-set surface)."""
    return surface.data_size if is_data_surface(surface) else 0


def checked_batch_size(surface: Surface, batch_size) -> int:
    """`batch_size` as an int (0: exact gradient), or a ValueError saying what it must be."""
    if not is_whole(batch_size):
        raise ValueError(f"batch_size={batch_size!r} must be a whole number ≥ 0")
    if batch_size == 0:
        return 0
    if not is_data_surface(surface):
        raise ValueError(
            f"batch_size={batch_size} needs a data-set surface (linear_regression or "
            f"logistic_regression); {surface.name} has no training set (use 0)"
        )
    if not 1 <= batch_size <= surface.data_size:
        raise ValueError(
            f"batch_size={batch_size} must be from 1 to the data set's size {surface.data_size}"
        )
    return int(batch_size)
