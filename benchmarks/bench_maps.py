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


SWEEP_GRID = 40
SWEEP_STEPS = 300


@benchmark("sweep_40_ms", unit="ms", target=300.0, repeats=5)
def sweep_40_ms() -> float:
    """40 × 40 lr × momentum settings × 300 heavy-ball steps on quadratic(kappa=25), one batch."""
    from engine.optimizers import Momentum
    from engine.surfaces import Quadratic
    from engine.sweep import Axis, sweep

    surface = Quadratic(kappa=25.0)
    lr_axis, momentum_axis = Axis("lr", 0.01, 0.3, log=True), Axis("momentum", 0.0, 0.9)
    return elapsed_ms(
        lambda: sweep(
            surface, Momentum(), surface.start, SWEEP_STEPS, lr_axis, momentum_axis, SWEEP_GRID
        )
    )
