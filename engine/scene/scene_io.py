"""Scenes to and from plain JSON-ready dicts, versioned, with clear errors for bad input."""

from __future__ import annotations

from engine.checks import expect, is_finite, is_whole
from engine.optimizers import OPTIMIZERS
from engine.params import params_of, values_of
from engine.run.inputs import MAX_STEPS, SEEDS
from engine.scene.scene import RunSpec, Scene
from engine.schedules import SCHEDULES
from engine.surfaces import SURFACES

FORMAT_VERSION = 1
MAX_RUNS = 64
MAX_BATCH = 10_000  # the largest data set; files older than batches have no key: 0


def scene_to_dict(scene: Scene) -> dict:
    return {
        "version": FORMAT_VERSION,
        "surface": _named(scene.surface),
        "steps": scene.steps,
        "runs": [_run_to_dict(run) for run in scene.runs],
    }


def scene_from_dict(data) -> Scene:
    """Rebuild a Scene; raises ValueError naming the first problem found."""
    expect(isinstance(data, dict), "the scene must be a JSON object")
    version = data.get("version")
    expect(isinstance(version, int) and not isinstance(version, bool), "missing or bad 'version'")
    expect(
        version <= FORMAT_VERSION,
        f"version {version} is newer than this app reads ({FORMAT_VERSION})",
    )
    surface = _build(SURFACES, data.get("surface"), "surface")
    steps = data.get("steps")
    expect(
        is_whole(steps) and 0 <= steps <= MAX_STEPS,
        f"'steps' must be a whole number 0..{MAX_STEPS}",
    )
    runs = data.get("runs")
    expect(
        isinstance(runs, list) and len(runs) <= MAX_RUNS,
        f"'runs' must be a list of at most {MAX_RUNS}",
    )
    return Scene(surface, tuple(_run_from_dict(run, i) for i, run in enumerate(runs)), steps)


def _run_to_dict(run: RunSpec) -> dict:
    return {
        "name": run.name,
        "optimizer": _named(run.optimizer),
        "schedule": _named(run.schedule),
        "start": list(run.start),
        "noise": run.noise,
        "seed": run.seed,
        "color": run.color,
        "visible": run.visible,
        "batch_size": run.batch_size,
        "momentum_schedule": None
        if run.momentum_schedule is None
        else _named(run.momentum_schedule),
    }


def _run_from_dict(data, index: int) -> RunSpec:
    where = f"run {index + 1}"
    expect(isinstance(data, dict), f"{where} must be a JSON object")
    name = data.get("name")
    expect(
        isinstance(name, str) and 0 < len(name) <= 100,
        f"{where}: 'name' must be text of 1-100 characters",
    )
    start = data.get("start")
    expect(
        isinstance(start, list) and len(start) == 2 and all(is_finite(v) for v in start),
        f"{where}: 'start' must be two finite numbers",
    )
    noise, seed = data.get("noise", 0.0), data.get("seed", 0)
    expect(is_finite(noise) and noise >= 0, f"{where}: 'noise' must be a number ≥ 0")
    expect(is_whole(seed) and 0 <= seed < SEEDS, f"{where}: 'seed' must be a whole number ≥ 0")
    color, visible = data.get("color", "#000000"), data.get("visible", True)
    expect(
        isinstance(color, str) and len(color) == 7 and color.startswith("#"),
        f"{where}: bad 'color'",
    )
    expect(isinstance(visible, bool), f"{where}: 'visible' must be true or false")
    batch_size, momentum_schedule = data.get("batch_size", 0), data.get("momentum_schedule")
    expect(
        is_whole(batch_size) and 0 <= batch_size <= MAX_BATCH,
        f"{where}: 'batch_size' must be a whole number 0..{MAX_BATCH} (0: the exact gradient)",
    )
    if momentum_schedule is not None:
        momentum_schedule = _build(SCHEDULES, momentum_schedule, f"{where}: momentum_schedule")
    return RunSpec(
        name=name,
        optimizer=_build(OPTIMIZERS, data.get("optimizer"), f"{where}: optimizer"),
        schedule=_build(
            SCHEDULES, data.get("schedule", {"name": "constant"}), f"{where}: schedule"
        ),
        start=(float(start[0]), float(start[1])),
        noise=float(noise),
        seed=int(seed),
        color=color,
        visible=visible,
        batch_size=batch_size,
        momentum_schedule=momentum_schedule,
    )


def _named(obj) -> dict:
    return {"name": obj.name, "params": values_of(obj)}


def _build(registry, data, what):
    expect(
        isinstance(data, dict) and isinstance(data.get("name"), str), f"{what} must have a 'name'"
    )
    cls = registry.get(data["name"])
    expect(
        cls is not None,
        f"unknown {what.split(': ')[-1]} {data['name']!r}; choose from {', '.join(registry)}",
    )
    params = data.get("params", {})
    expect(isinstance(params, dict), f"{what}: 'params' must be an object")
    known = {p.name for p in params_of(cls)}
    unknown = sorted(set(params) - known)
    expect(not unknown, f"{what} {data['name']}: unknown parameter {', '.join(map(str, unknown))}")
    try:
        return cls(**params)
    except (TypeError, ValueError) as error:
        raise ValueError(f"{what}: {error}") from None
