"""The axes of a hyper-parameter sweep: which names can be swept, their ranges, per-row copies.

Sweepable names are the float hyper-parameters of the optimizer (lr, momentum, beta2...)
and of the schedule (k, gamma, floor), written plainly (`k`) or with the prefix
`schedule.` (`schedule.k`); the two never share a name.
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass

import numpy as np

from engine.optimizers import Optimizer
from engine.params import ParamInfo, params_of
from engine.schedules import Schedule

SCHEDULE_PREFIX = "schedule."


@dataclass(frozen=True)
class Axis:
    """One swept hyper-parameter: `count` values from low to high, evenly or log-spaced."""

    name: str
    low: float
    high: float
    log: bool = False

    @property
    def key(self) -> str:
        """The field name, without the optional `schedule.` prefix."""
        return self.name.removeprefix(SCHEDULE_PREFIX)

    def values(self, count: int) -> np.ndarray:
        space = np.geomspace if self.log else np.linspace
        return space(self.low, self.high, count)

    def spec(self) -> str:
        return f"{self.name}:{self.low:g}:{self.high:g}:{'log' if self.log else 'lin'}"


def parse_axis(text: str) -> Axis:
    """`NAME:LO:HI:lin|log` (the scale may be left out: lin) as an Axis."""
    parts = text.split(":")
    if len(parts) not in (3, 4) or not parts[0].strip():
        raise ValueError(f"axis {text!r} must be NAME:LO:HI:lin|log, e.g. lr:0.001:1:log")
    scale = parts[3].strip().lower() if len(parts) == 4 else "lin"
    if scale not in ("lin", "log"):
        raise ValueError(f"axis {text!r}: scale {parts[3]!r} must be lin or log")
    try:
        low, high = float(parts[1]), float(parts[2])
    except ValueError:
        raise ValueError(f"axis {text!r}: LO and HI must be numbers") from None
    return Axis(parts[0].strip(), low, high, scale == "log")


def sweepable(optimizer: Optimizer, schedule: Schedule) -> dict[str, ParamInfo]:
    """Every sweepable name (optimizer's float fields, then the schedule's) with its info."""
    names = {p.name: p for p in params_of(optimizer) if p.kind == "float"}
    names.update({p.name: p for p in params_of(schedule) if p.kind == "float"})
    return names


def owner_of(name: str, optimizer: Optimizer, schedule: Schedule) -> str:
    """'optimizer' or 'schedule': whose field `name` is, or a ValueError listing the choices."""
    key = name.removeprefix(SCHEDULE_PREFIX)
    in_optimizer = {p.name for p in params_of(optimizer) if p.kind == "float"}
    in_schedule = {p.name for p in params_of(schedule) if p.kind == "float"}
    if key in in_optimizer and not name.startswith(SCHEDULE_PREFIX):
        return "optimizer"
    if key in in_schedule:
        return "schedule"
    choices = ", ".join(sweepable(optimizer, schedule)) or "none"
    raise ValueError(
        f"cannot sweep {name!r} for {optimizer.name} with the {schedule.name} schedule; "
        f"sweepable: {choices}"
    )


def check_axis(axis: Axis, optimizer: Optimizer, schedule: Schedule) -> None:
    """Raise ValueError unless the axis names a sweepable field and spans a valid range."""
    owner = owner_of(axis.name, optimizer, schedule)
    info = {p.name: p for p in params_of(optimizer if owner == "optimizer" else schedule)}
    p = info[axis.key]
    if not (math.isfinite(axis.low) and math.isfinite(axis.high)) or axis.low >= axis.high:
        raise ValueError(f"axis {axis.spec()}: LO must be below HI")
    if axis.low < p.low or axis.high > p.high:
        raise ValueError(f"axis {axis.spec()}: {p.name} must stay in [{p.low:g}, {p.high:g}]")
    if axis.log and axis.low <= 0:
        raise ValueError(f"axis {axis.spec()}: a log axis needs LO > 0")


def per_row(obj, **columns):
    """A copy of an optimizer or schedule whose named float fields are (N, 1) columns.

    Every element is checked as the scalar field would be. The copy is for stepping
    (`init`, `step`, `factor`) only: arrays make it neither hashable nor comparable.
    """
    infos = {p.name: p for p in params_of(obj)}
    clone = copy.copy(obj)
    for name, values in columns.items():
        p = infos.get(name)
        if p is None or p.kind != "float":
            raise ValueError(f"{obj.name}: {name!r} is not a float hyper-parameter")
        column = np.asarray(values, dtype=float).reshape(-1, 1)
        bad = np.flatnonzero(~(np.isfinite(column) & (column >= p.low) & (column <= p.high)))
        if len(bad):
            value = float(column[bad[0], 0])
            raise ValueError(
                f"{obj.name}: {name}={value!r} is out of range [{p.low:g}, {p.high:g}]"
            )
        object.__setattr__(clone, name, column)
    return clone
