"""What is searched for one optimizer: its learning rate on a log grid, and its momentum or β1.

The grid is centred on the surface's recommended learning rate (engine.scene.recommended;
the racer's own where the surface has none) and spans LR_BELOW below to LR_ABOVE above it,
so one budget suits surfaces whose gradients differ a hundredfold. Momentum (β1 for the
Adam family) is spaced evenly in log(1 − μ), from 0.5 to 0.98, where its effect lives.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from engine.checks import whole_number
from engine.optimizers import Optimizer
from engine.params import params_of
from engine.run.curves import momentum_field
from engine.run.sweep_axes import Axis
from engine.scene.recommended import recommended
from engine.surfaces import Surface

LR_BELOW, LR_ABOVE = 100.0, 30.0
MOMENTUM_GAPS = (0.5, 0.02)  # 1 − μ at the two ends of the momentum grid
MIN_BUDGET, MAX_BUDGET = 4, 2000
# Of a two-axis budget, about budget / MOMENTUM_SHARE values go to the learning rate for
# every value of momentum: the learning rate matters more, so it gets the finer grid.
MOMENTUM_SHARE = 1.6


@dataclass(frozen=True, eq=False)
class SearchSpace:
    """The candidate settings of one optimizer: a grid over `names`, the first varying fastest."""

    optimizer: Optimizer  # the racer's own; fields not searched keep their values
    names: tuple[str, ...]  # "lr", then "momentum" or "beta1" where the optimizer has one
    values: tuple[np.ndarray, ...]  # the grid's values along each name

    @property
    def size(self) -> int:
        return math.prod(len(axis) for axis in self.values)

    def columns(self) -> dict[str, np.ndarray]:
        """Every candidate as one row: {name: (size,) values}."""
        grids = np.meshgrid(*self.values, indexing="xy") if len(self.values) > 1 else self.values
        return {name: np.ravel(grid) for name, grid in zip(self.names, grids, strict=True)}

    def settings(self, index: int) -> dict[str, float]:
        """The searched values of candidate `index` by name."""
        return {name: float(column[index]) for name, column in self.columns().items()}


def checked_budget(budget) -> int:
    return whole_number(budget, "budget", MIN_BUDGET, MAX_BUDGET,
                        f"from {MIN_BUDGET} to {MAX_BUDGET}")  # fmt: skip


def search_space(optimizer: Optimizer, surface: Surface, budget: int) -> SearchSpace:
    """At most `budget` candidates for `optimizer` on `surface`."""
    budget = checked_budget(budget)
    second = momentum_field(optimizer)
    if second is None:
        return SearchSpace(optimizer, ("lr",), (lr_values(optimizer, surface, budget),))
    count = max(2, round(math.sqrt(budget / MOMENTUM_SHARE)))
    lrs = lr_values(optimizer, surface, max(2, budget // count))
    gaps = np.geomspace(*MOMENTUM_GAPS, count)
    return SearchSpace(optimizer, ("lr", second), (lrs, 1.0 - gaps))


def lr_centre(optimizer: Optimizer, surface: Surface) -> float:
    """The recommended learning rate of `optimizer` on `surface`, else the optimizer's own."""
    try:
        return float(recommended(surface, optimizer).get("lr", optimizer.lr))
    except ValueError:  # a surface or optimizer the table does not know
        return float(optimizer.lr)


def lr_values(optimizer: Optimizer, surface: Surface, count: int) -> np.ndarray:
    """`count` log-spaced learning rates around the centre, inside the field's range."""
    info = next(p for p in params_of(optimizer) if p.name == "lr")
    centre = lr_centre(optimizer, surface)
    low, high = max(info.low, centre / LR_BELOW), min(info.high, centre * LR_ABOVE)
    return Axis("lr", low, high, log=True).values(count)
