"""Map benchmarks: a basin-of-attraction map (and, appended by its author, a sweep)."""

from __future__ import annotations

from benchmarks import benchmark, elapsed_ms
from engine.basin import basin_map
from engine.optimizers import Adam
from engine.surfaces import Himmelblau

BASIN_GRID = 200
BASIN_STEPS = 500


@benchmark("basin_200_ms", unit="ms", target=1000.0, repeats=5)
def basin_200_ms() -> float:
    """200 × 200 starts × 500 Adam steps on Himmelblau: 20 million particle-steps."""
    surface = Himmelblau()
    return elapsed_ms(lambda: basin_map(surface, Adam(), BASIN_GRID, BASIN_STEPS))
