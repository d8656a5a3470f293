"""A tiny registry of benchmarks: decorate a function in any `benchmarks/bench_*.py` module.

    @benchmark("scene_recompute_ms", unit="ms", target=16.0)
    def scene_recompute_ms() -> float:
        ...  # do the work once and return what was measured

`python -m benchmarks` imports every bench_*.py module, runs each benchmark a few times
after one warm-up call, and reports the median with the spread. A benchmark that cannot
run on this machine raises `Skip("why")`; a target of None records the value without
judging it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


class Skip(Exception):
    """Raised by a benchmark that cannot run here; the message says why."""


@dataclass(frozen=True)
class Benchmark:
    name: str
    unit: str
    target: float | None
    lower_is_better: bool
    repeats: int
    measure: Callable[[], float]

    def meets(self, value: float) -> bool:
        if self.target is None:
            return True
        return value <= self.target if self.lower_is_better else value >= self.target


BENCHMARKS: dict[str, Benchmark] = {}


def benchmark(
    name: str, unit: str, target: float | None, lower_is_better: bool = True, repeats: int = 7
):
    """Register the decorated zero-argument function, which returns one measurement."""

    def register(measure: Callable[[], float]) -> Callable[[], float]:
        if name in BENCHMARKS:
            raise ValueError(f"benchmark {name!r} is registered twice")
        if repeats < 1:
            raise ValueError(f"benchmark {name!r}: repeats={repeats} must be at least 1")
        BENCHMARKS[name] = Benchmark(name, unit, target, lower_is_better, repeats, measure)
        return measure

    return register


def elapsed_ms(work: Callable[[], object]) -> float:
    """Wall-clock milliseconds of one call of `work`."""
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1e3
