"""Second-order benchmark: a scene of six L-BFGS runs with strong-Wolfe line searches."""

from __future__ import annotations

from benchmarks import benchmark, elapsed_ms
from engine.optimizers.lbfgs import LBFGS
from engine.run.simulate import simulate
from engine.surfaces import Beale, Canyon, Himmelblau, Rosenbrock

ITERATIONS = 200
# Six runs as a scene shows them: different surfaces, starts and history sizes.
RUNS = (
    (Rosenbrock(), (-1.5, 2.0), 10),
    (Rosenbrock(), (1.8, -0.8), 3),
    (Himmelblau(), (-0.5, 0.5), 10),
    (Beale(), (1.0, 1.5), 10),
    (Canyon(), (-3.5, 0.8), 5),
    (Himmelblau(), (4.0, -4.0), 100),
)


def lbfgs_scene() -> None:
    for surface, start, history in RUNS:
        optimizer = LBFGS(history_size=history, line_search_fn="strong_wolfe")
        simulate(surface, optimizer, start, ITERATIONS)


@benchmark("lbfgs_scene_ms", unit="ms", target=50.0, repeats=15)
def lbfgs_scene_ms() -> float:
    """Six L-BFGS runs × 200 iterations with strong Wolfe: one scene's recompute."""
    return elapsed_ms(lbfgs_scene)
