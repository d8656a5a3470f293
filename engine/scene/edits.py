"""Named edits of a run or a scene: pure functions from a RunSpec or Scene to its changes."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection

from engine.optimizers import OPTIMIZERS
from engine.params import params_of, values_of
from engine.scene.recommended import recommended_optimizer, recommended_start, recommended_steps
from engine.scene.run_names import COPY_WORDS, follow, followed_name
from engine.scene.scene import RunSpec, Scene
from engine.schedules import SCHEDULES
from engine.surfaces import SURFACES

# `copy_words` are the words Duplicate adds to a name (run_names.is_suffix), for the GUI to
# pass in the interface's language.


def param_changes(part: str, name: str, value, spec: RunSpec) -> dict:
    """The RunSpec fields that change when parameter `name` of `part` becomes `value`."""
    if part == "run":
        return {name: value}
    return {part: dataclasses.replace(getattr(spec, part), **{name: value})}


def switched_optimizer(
    optimizer_name: str, spec: RunSpec, copy_words: Collection[str] = COPY_WORDS
) -> dict:
    """A new optimizer with its defaults, keeping lr; a generated name follows it."""
    cls, old = OPTIMIZERS[optimizer_name], type(spec.optimizer)
    if cls is old:
        return {}
    kept = {"lr": spec.optimizer.lr} if "lr" in {p.name for p in params_of(cls)} else {}
    optimizer = cls(**kept)
    name = followed_name(spec, dataclasses.replace(spec, optimizer=optimizer), copy_words)
    return {"optimizer": optimizer, "name": name}


def switched_schedule(schedule_name: str, spec: RunSpec) -> dict:
    cls = SCHEDULES[schedule_name]
    return {} if cls is type(spec.schedule) else {"schedule": cls()}


def switched_momentum_schedule(schedule_name: str, spec: RunSpec) -> dict:
    """'' for a fixed momentum, else a schedule of that kind with its defaults."""
    current = spec.momentum_schedule
    if (current.name if current is not None else "") == schedule_name:
        return {}
    return {"momentum_schedule": SCHEDULES[schedule_name]() if schedule_name else None}


def moved_start(axis: int, value: float, spec: RunSpec) -> dict:
    start = list(spec.start)
    start[axis] = value
    return {"start": tuple(start)}


def renamed(name: str, old_title: str, new_title: str) -> str:
    """A run still named after its optimizer ('Adam', 'Adam 2') follows the new optimizer."""
    if name == old_title or name.startswith(old_title + " "):
        return new_title + name[len(old_title) :]
    return name


# -- recommended settings ------------------------------------------------------------------
# "Recommended" comes from engine.scene.recommended (per surface and optimizer). Resetting a
# run to it replaces the optimizer's numbers (lr, momentum, β…) and the start; the variant it
# is (momentum form, bias correction: choices and flags), its schedule, noise and seed stay,
# since those are what an experiment compares.


def variant(optimizer) -> dict:
    """The optimizer's choices and flags (form, bias correction): which variant, not tuning."""
    return {
        info.name: getattr(optimizer, info.name)
        for info in params_of(optimizer)
        if info.kind in ("choice", "bool")
    }


def recommended_for(surface, optimizer):
    """`optimizer`'s variant with the numbers recommended on `surface` (defaults if none)."""
    return recommended_optimizer(surface, optimizer.name, **variant(optimizer))


def is_untouched(surface, optimizer) -> bool:
    """Whether `optimizer` still has the settings it got: recommended on `surface`, or defaults."""
    defaults = type(optimizer)(**variant(optimizer))
    return optimizer in (recommended_for(surface, optimizer), defaults)


def recommended_run(surface, spec: RunSpec, copy_words: Collection[str] = COPY_WORDS) -> RunSpec:
    """`spec` with the recommended optimizer numbers and start on `surface`."""
    new = dataclasses.replace(
        spec, optimizer=recommended_for(surface, spec.optimizer), start=recommended_start(surface)
    )
    return follow(spec, new, copy_words)


def reset_run(index: int, scene: Scene, copy_words: Collection[str] = COPY_WORDS) -> Scene:
    """Run `index` back to the recommended settings of the scene's surface."""
    runs = list(scene.runs)
    runs[index] = recommended_run(scene.surface, runs[index], copy_words)
    return dataclasses.replace(scene, runs=tuple(runs))


def reset_all(scene: Scene, copy_words: Collection[str] = COPY_WORDS) -> Scene:
    """Every run, and the step count, back to the recommended settings of the surface."""
    runs = tuple(recommended_run(scene.surface, spec, copy_words) for spec in scene.runs)
    return dataclasses.replace(scene, runs=runs, steps=recommended_steps(scene.surface))


def switched_surface(
    surface_name: str, scene: Scene, copy_words: Collection[str] = COPY_WORDS
) -> Scene:
    """`scene` on another surface, from its recommended start, as a teacher expects a race.

    Every start moves (the old one may lie off the new plot). Runs whose settings nobody
    changed (still recommended for the old surface, or defaults) take the new surface's
    recommended ones; a run someone tuned keeps its numbers (it may be the point of the
    lesson; Reset to recommended is one click). The step count follows likewise."""
    cls = SURFACES[surface_name]
    old = scene.surface
    if cls is type(old):
        return scene
    new, start = cls(), recommended_start(cls())
    runs = tuple(
        recommended_run(new, spec, copy_words)
        if is_untouched(old, spec.optimizer)
        else dataclasses.replace(spec, start=start)
        for spec in scene.runs
    )
    steps = recommended_steps(new) if scene.steps == recommended_steps(old) else scene.steps
    return dataclasses.replace(scene, surface=new, runs=runs, steps=steps)


def kept_runs(before: Scene, after: Scene) -> list[str]:
    """Names of the runs a surface switch left with their own settings."""
    return [
        new.name
        for old, new in zip(before.runs, after.runs, strict=False)
        if not is_untouched(before.surface, old.optimizer)
    ]


# -- the surface and the step count ------------------------------------------------------------


def surface_param_changed(name: str, value, scene: Scene) -> Scene:
    """`scene` with parameter `name` of its surface set to `value` (the starts stay)."""
    # Rebuilt from the stored values, not dataclasses.replace: that would pass a custom
    # surface's start back as the numbers it reads as, pinning an empty (automatic) start.
    surface = scene.surface
    return dataclasses.replace(scene, surface=type(surface)(**{**values_of(surface), name: value}))


def steps_changed(steps: int, scene: Scene) -> Scene:
    return dataclasses.replace(scene, steps=steps)
