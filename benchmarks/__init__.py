"""A tiny registry of benchmarks and their baselines: decorate functions in `bench_*.py` modules.

    @baseline("numpy_scene_ms")
    def numpy_scene_ms() -> float:
        ...  # the same work done the obvious way, in the same unit

    @benchmark("scene_recompute_ms", unit="ms", target=16.0, baselines=(numpy_scene_ms,))
    def scene_recompute_ms() -> float:
        ...  # do the work once and return what was measured

`python -m benchmarks` imports every bench_*.py module, runs each benchmark a few times
after one warm-up call, and reports the median with the spread. Each baseline is measured
right after each sample of its benchmark, as many times, so machine load hits both alike;
the runner reports value / baseline. A benchmark or baseline that cannot run on this
machine raises `Skip("why")`; a target of None records the value without judging it.
`prepare` hooks (e.g. finding torch) run once, before the table, for the figures selected.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

Prepare = Callable[[], None]


class Skip(Exception):  # noqa: N818 (an outcome, not an error)
    """Raised by a benchmark or baseline that cannot run here; the message says why."""


@dataclass(frozen=True)
class Baseline:
    """A reference measurement in the unit of the benchmarks that name it."""

    name: str
    measure: Callable[[], float]
    prepare: Prepare | None = None

    def __call__(self) -> float:
        return self.measure()


@dataclass(frozen=True)
class Benchmark:
    name: str
    unit: str
    target: float | None
    lower_is_better: bool
    repeats: int
    measure: Callable[[], float]
    baselines: tuple[Baseline, ...] = ()
    prepare: Prepare | None = None

    def meets(self, value: float) -> bool:
        if self.target is None:
            return True
        return value <= self.target if self.lower_is_better else value >= self.target

    def hooks(self) -> list[Prepare]:
        """The prepare hooks of this benchmark and of its baselines."""
        found = [self.prepare, *(base.prepare for base in self.baselines)]
        return [hook for hook in found if hook is not None]


BENCHMARKS: dict[str, Benchmark] = {}


def baseline(name: str, prepare: Prepare | None = None):
    """Turn the decorated zero-argument function into a Baseline that benchmarks can name."""

    def make(measure: Callable[[], float]) -> Baseline:
        return Baseline(name, measure, prepare)

    return make


def benchmark(
    name: str,
    unit: str,
    target: float | None,
    lower_is_better: bool = True,
    repeats: int = 7,
    baselines: tuple[Baseline, ...] = (),
    prepare: Prepare | None = None,
):
    """Register the decorated zero-argument function, which returns one measurement.

    `baselines` are compared with it in the same run; the first that runs is "the" baseline
    whose ratio is printed first and stored as `ratio` in the results file.
    """

    def register(measure: Callable[[], float]) -> Callable[[], float]:
        if name in BENCHMARKS:
            raise ValueError(f"benchmark {name!r} is registered twice")
        if repeats < 1:
            raise ValueError(f"benchmark {name!r}: repeats={repeats} must be at least 1")
        if not all(isinstance(base, Baseline) for base in baselines):
            raise TypeError(f"benchmark {name!r}: baselines must be made with @baseline")
        BENCHMARKS[name] = Benchmark(
            name, unit, target, lower_is_better, repeats, measure, tuple(baselines), prepare
        )
        return measure

    return register


def elapsed_ms(work: Callable[[], object]) -> float:
    """Wall-clock milliseconds of one call of `work`."""
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1e3
