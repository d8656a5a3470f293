"""Engine benchmarks: one scene's recompute and a cloud of particles, against numpy and torch."""

from __future__ import annotations

import numpy as np

from benchmarks import baseline, benchmark, elapsed_ms
from benchmarks.numpy_baseline import numpy_batch, numpy_path, same_as_engine
from benchmarks.torch_baseline import find_torch, torch_batch, torch_or_skip, torch_path
from engine.optimizers import OPTIMIZERS, Adam, Nesterov
from engine.run.batch import simulate_batch
from engine.run.simulate import simulate
from engine.surfaces import Canyon, Rosenbrock

# The lecture's six optimizers with their default hyper-parameters, as a scene shows them.
SCENE = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")
SCENE_STEPS = 1000
PARTICLES = 100_000
PARTICLE_STEPS = 200


def scene_optimizers():
    return [OPTIMIZERS[name]() for name in SCENE]


def recompute_scene() -> None:
    surface = Canyon()
    for optimizer in scene_optimizers():
        simulate(surface, optimizer, surface.start, SCENE_STEPS)


_checked: set[str] = set()


@baseline("numpy_scene_loop_ms")
def numpy_scene_loop_ms() -> float:
    """The same six runs as a plain numpy loop on (2,) arrays (checked equal once)."""
    surface = Canyon()
    if "scene" not in _checked:
        for optimizer in scene_optimizers():
            same_as_engine(surface, optimizer, surface.start, 50)
        _checked.add("scene")

    def loops():
        for optimizer in scene_optimizers():
            numpy_path(surface, optimizer, surface.start, SCENE_STEPS)

    return elapsed_ms(loops)


@baseline("torch_scene_ms", prepare=find_torch)
def torch_scene_ms() -> float:
    """The same six runs stepped by torch.optim, the gradient by autograd."""
    torch, surface = torch_or_skip(), Canyon()

    def loops():
        for optimizer in scene_optimizers():
            torch_path(torch, surface, optimizer, SCENE_STEPS)

    return elapsed_ms(loops)


@benchmark(
    "scene_recompute_ms",
    unit="ms",
    target=16.0,
    repeats=15,
    baselines=(numpy_scene_loop_ms, torch_scene_ms),
)
def scene_recompute_ms() -> float:
    """Six optimizers × 1,000 steps on the canyon: must fit in one 60 Hz frame."""
    return elapsed_ms(recompute_scene)


def particle_starts() -> tuple[Rosenbrock, np.ndarray]:
    """Rosenbrock and 100,000 seeded uniform starts over its plot bounds."""
    surface = Rosenbrock()
    x_min, x_max, y_min, y_max = surface.bounds
    starts = np.random.default_rng(0).uniform((x_min, y_min), (x_max, y_max), (PARTICLES, 2))
    return surface, starts


def per_second(milliseconds: float) -> float:
    return PARTICLES * PARTICLE_STEPS / (milliseconds / 1e3)


@baseline("numpy_batch_loop_steps_per_s")
def numpy_batch_loop_steps_per_s() -> float:
    """Adam on the whole (100,000, 2) batch at once, no chunks, no divergence or settling."""
    surface, starts = particle_starts()
    return per_second(elapsed_ms(lambda: numpy_batch(surface, Adam(), starts, PARTICLE_STEPS)))


@baseline("torch_batch_steps_per_s", prepare=find_torch)
def torch_batch_steps_per_s() -> float:
    """torch.optim.Adam on a (100,000, 2) parameter, one backward of the summed loss a step."""
    torch = torch_or_skip()
    surface, starts = particle_starts()
    return per_second(
        elapsed_ms(lambda: torch_batch(torch, surface, Adam(), starts, PARTICLE_STEPS))
    )


@benchmark(
    "batch_particle_steps_per_s",
    unit="particle-steps/s",
    target=50e6,
    lower_is_better=False,
    repeats=5,
    baselines=(numpy_batch_loop_steps_per_s, torch_batch_steps_per_s),
)
def batch_particle_steps_per_s() -> float:
    """Adam on Rosenbrock from 100,000 seeded uniform starts over the plot bounds."""
    surface, starts = particle_starts()
    return per_second(elapsed_ms(lambda: simulate_batch(surface, Adam(), starts, PARTICLE_STEPS)))


@benchmark("torch_max_position_gap", unit="", target=1e-9, repeats=1, prepare=find_torch)
def torch_max_position_gap() -> float:
    """Largest distance between torch.optim's path and ours over the scene: a correctness check,
    so it has no baseline. torch's nesterov=True is our Nesterov in its 'pytorch' form."""
    torch = torch_or_skip()
    surface, gap = Canyon(), 0.0
    for optimizer in scene_optimizers():
        ours = Nesterov(form="pytorch") if optimizer.name == "nesterov" else optimizer
        run = simulate(surface, ours, surface.start, SCENE_STEPS)
        theirs = torch_path(torch, surface, optimizer, SCENE_STEPS, record=True)
        gap = max(gap, float(np.max(np.abs(theirs - run.positions))))
    return gap
