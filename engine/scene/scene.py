"""The frozen description of everything the window shows: a surface, runs, a step count."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from engine.checks import checked_point, is_whole
from engine.optimizers import OPTIMIZERS, Optimizer
from engine.run.curves import checked_momentum_schedule, momentum_field
from engine.run.inputs import checked_batch_size, checked_noise, checked_seed, checked_steps
from engine.run.simulate import Run, simulate
from engine.scene.recommended import recommended_optimizer, recommended_start, recommended_steps
from engine.schedules import Constant, Schedule
from engine.surfaces import Canyon, Surface
from engine.surfaces.datasets import is_data_surface

# Twelve run colours: Okabe-Ito's seven that read on a light map (its yellow is too faint, its
# black is the update arrow's), then Paul Tol's dark ones and a brown. Chosen so every pair
# differs by ΔE ≥ 20 and none is within ΔE 25 of a vector overlay (tests/gui/plot/test_colours.py).
PALETTE = (
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
    "#332288", "#882255", "#999933", "#117733", "#AA4499", "#8C564B",
)  # fmt: skip

LECTURE_OPTIMIZERS = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")


@dataclass(frozen=True)
class RunSpec:
    """One racer: an optimizer with its schedule, start, gradient noise and look."""

    name: str
    optimizer: Optimizer
    schedule: Schedule = field(default_factory=Constant)
    start: tuple[float, float] = (0.0, 0.0)
    noise: float = 0.0
    seed: int = 0
    color: str = PALETTE[0]
    visible: bool = True
    batch_size: int = 0  # examples per mini-batch on a data-set surface; 0: the exact gradient
    momentum_schedule: Schedule | None = None  # grows momentum / β1; None keeps it fixed

    def __post_init__(self):
        """Refuse a start, noise, seed or batch size no run could use, naming the field."""
        _check_fields(self)

    def computation(self) -> tuple:
        """What the run's numbers depend on (name, colour and visibility do not)."""
        return (
            self.optimizer,
            self.schedule,
            self.start,
            self.noise,
            self.seed,
            self.batch_size,
            self.momentum_schedule,
        )


@dataclass(frozen=True)
class Scene:
    surface: Surface
    runs: tuple[RunSpec, ...]
    steps: int = 400

    def __post_init__(self):
        checked_steps(self.steps)

    def replace_run(self, index: int, **changes) -> Scene:
        runs = list(self.runs)
        runs[index] = dataclasses.replace(runs[index], **changes)
        return dataclasses.replace(self, runs=tuple(runs))

    def with_start(self, start: tuple[float, float], index: int | None = None) -> Scene:
        """Move the start of one run, or of every run when `index` is None."""
        start = (float(start[0]), float(start[1]))
        runs = tuple(
            dataclasses.replace(run, start=start) if index in (None, i) else run
            for i, run in enumerate(self.runs)
        )
        return dataclasses.replace(self, runs=runs)

    def free_color(self) -> str:
        """The first palette colour no run uses yet (cycling when all are taken)."""
        used = {run.color for run in self.runs}
        for color in PALETTE:
            if color not in used:
                return color
        return PALETTE[len(self.runs) % len(PALETTE)]


class RunCache:
    """Recompute only the runs whose numbers changed since the last scene."""

    def __init__(self, size: int = 64):
        self._runs: dict[tuple, Run] = {}
        self._size = size

    def runs_of(self, scene: Scene) -> tuple[Run, ...]:
        return tuple(self.run_of(scene, spec) for spec in scene.runs)

    def run_of(self, scene: Scene, spec: RunSpec) -> Run:
        key = (scene.surface, scene.steps, spec.computation())
        run = self._runs.get(key)
        if run is None:
            run = simulate(
                scene.surface,
                spec.optimizer,
                spec.start,
                scene.steps,
                spec.schedule,
                spec.noise,
                spec.seed,
                **applicable(scene.surface, spec),
            )
            if len(self._runs) >= self._size:
                self._runs.pop(next(iter(self._runs)))
            self._runs[key] = run
        return run


def applicable(surface: Surface, spec: RunSpec) -> dict:
    """The batch size and momentum schedule that apply to this surface and optimizer.

    They stay in the spec when the surface or optimizer changes (switching back restores
    them); meanwhile a surface without data uses the exact gradient, a batch larger than a
    shrunken data set the whole set, and an optimizer without momentum ignores the schedule."""
    batch_size = min(spec.batch_size, surface.data_size) if is_data_surface(surface) else 0
    schedule = spec.momentum_schedule if momentum_field(spec.optimizer) else None
    return {"batch_size": batch_size, "momentum_schedule": schedule}


def _check_fields(spec: RunSpec) -> None:
    checked_point(spec.start, "start")
    checked_noise(spec.noise)
    checked_seed(spec.seed)
    if not is_whole(spec.batch_size) or spec.batch_size < 0:
        raise ValueError(f"batch_size={spec.batch_size!r} must be a whole number ≥ 0")


def check_run_spec(spec: RunSpec, surface: Surface) -> RunSpec:
    """`spec`, or the ValueError `simulate` would raise for it on `surface`, without running it.

    RunSpec checks its own fields; this adds what depends on the surface and optimizer (the
    batch size and momentum schedule that apply). The run editor checks an edit with it."""
    _check_fields(spec)
    applied = applicable(surface, spec)
    checked_batch_size(surface, applied["batch_size"])
    checked_momentum_schedule(spec.optimizer, applied["momentum_schedule"])
    return spec


def default_scene() -> Scene:
    """The six lecture optimizers racing from one start on the canyon (fig. 5-13a), each
    with the canyon's recommended settings: the canyon-race preset's story."""
    surface = Canyon()
    start = recommended_start(surface)
    runs = tuple(
        RunSpec(
            OPTIMIZERS[name].title,
            recommended_optimizer(surface, name),
            start=start,
            color=PALETTE[i],
        )
        for i, name in enumerate(LECTURE_OPTIMIZERS)
    )
    return Scene(surface, runs, steps=recommended_steps(surface))
