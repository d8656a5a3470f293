"""Engine benchmarks: one scene's recompute, a cloud of particles, and torch.optim for scale."""

from __future__ import annotations

import numpy as np

from benchmarks import Skip, benchmark, elapsed_ms
from engine.batch import simulate_batch
from engine.optimizers import OPTIMIZERS, Adam, Nesterov
from engine.simulate import simulate
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


@benchmark("scene_recompute_ms", unit="ms", target=16.0, repeats=15)
def scene_recompute_ms() -> float:
    """Six optimizers × 1,000 steps on the canyon: must fit in one 60 Hz frame."""
    return elapsed_ms(recompute_scene)


@benchmark(
    "batch_particle_steps_per_s",
    unit="particle-steps/s",
    target=50e6,
    lower_is_better=False,
    repeats=5,
)
def batch_particle_steps_per_s() -> float:
    """Adam on Rosenbrock from 100,000 seeded uniform starts over the plot bounds."""
    surface = Rosenbrock()
    x_min, x_max, y_min, y_max = surface.bounds
    starts = np.random.default_rng(0).uniform((x_min, y_min), (x_max, y_max), (PARTICLES, 2))
    milliseconds = elapsed_ms(lambda: simulate_batch(surface, Adam(), starts, PARTICLE_STEPS))
    return PARTICLES * PARTICLE_STEPS / (milliseconds / 1e3)


def import_torch():
    try:
        import torch
    except ImportError as error:  # torch is not a dependency: measured only where present
        raise Skip(f"torch is not installed ({error})") from None
    return torch


def torch_optimizer(torch, optimizer, parameters):
    """torch.optim's counterpart of one of our optimizers, with the same hyper-parameters."""
    o = optimizer
    makers = {
        "sgd": lambda: torch.optim.SGD(parameters, lr=o.lr),
        "momentum": lambda: torch.optim.SGD(parameters, lr=o.lr, momentum=o.momentum),
        "nesterov": lambda: torch.optim.SGD(
            parameters, lr=o.lr, momentum=o.momentum, nesterov=True
        ),
        "adagrad": lambda: torch.optim.Adagrad(
            parameters, lr=o.lr, eps=o.eps, initial_accumulator_value=o.initial_accumulator
        ),
        "rmsprop": lambda: torch.optim.RMSprop(parameters, lr=o.lr, alpha=o.alpha, eps=o.eps),
        "adam": lambda: torch.optim.Adam(parameters, lr=o.lr, betas=(o.beta1, o.beta2), eps=o.eps),
    }
    return makers[optimizer.name]()


def torch_path(torch, surface, optimizer, steps: int, record: bool = False) -> np.ndarray | None:
    """Step torch.optim from the surface's start, the gradient by autograd of our formula."""
    point = torch.tensor(surface.start, dtype=torch.float64, requires_grad=True)
    stepper = torch_optimizer(torch, optimizer, [point])
    path = [point.detach().numpy().copy()] if record else None
    for _ in range(steps):
        stepper.zero_grad()
        surface.f(point[0], point[1], torch).backward()
        stepper.step()
        if record:
            path.append(point.detach().numpy().copy())
    return np.array(path) if record else None


def torch_scene(torch) -> None:
    surface = Canyon()
    for optimizer in scene_optimizers():
        torch_path(torch, surface, optimizer, SCENE_STEPS)


@benchmark("torch_scene_ms", unit="ms", target=None, repeats=3)
def torch_scene_ms() -> float:
    """The same scene stepped by torch.optim, for scale (torch is not a dependency)."""
    torch = import_torch()
    return elapsed_ms(lambda: torch_scene(torch))


@benchmark(
    "torch_over_engine_scene_ratio", unit="× slower", target=1.0, lower_is_better=False, repeats=3
)
def torch_over_engine_scene_ratio() -> float:
    """How many times longer torch.optim takes for the scene than `simulate`, back to back."""
    torch = import_torch()
    return elapsed_ms(lambda: torch_scene(torch)) / elapsed_ms(recompute_scene)


@benchmark("torch_max_position_gap", unit="", target=1e-9, repeats=1)
def torch_max_position_gap() -> float:
    """Largest distance between torch.optim's path and ours over the scene: a correctness check.

    torch's nesterov=True is our Nesterov in its 'pytorch' form.
    """
    torch = import_torch()
    surface, gap = Canyon(), 0.0
    for optimizer in scene_optimizers():
        ours = Nesterov(form="pytorch") if optimizer.name == "nesterov" else optimizer
        run = simulate(surface, ours, surface.start, SCENE_STEPS)
        theirs = torch_path(torch, surface, optimizer, SCENE_STEPS, record=True)
        gap = max(gap, float(np.max(np.abs(theirs - run.positions))))
    return gap
