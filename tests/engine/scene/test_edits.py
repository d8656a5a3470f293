"""Named edits of a run or a scene: what each changes, and what it keeps."""

import dataclasses

from engine.params import values_of
from engine.scene.edits import renamed, steps_changed, surface_param_changed, switched_surface
from engine.scene.scene import default_scene
from engine.surfaces import Custom, Quadratic


def test_a_chosen_name_survives_an_optimizer_switch():
    assert renamed("My racer", "Adam", "SGD") == "My racer"
    assert renamed("Adam 2", "Adam", "SGD") == "SGD 2"
    assert renamed("Adamant", "Adam", "SGD") == "Adamant"


def test_a_surface_parameter_edit_keeps_the_runs_and_a_custom_automatic_start():
    scene = dataclasses.replace(default_scene(), surface=Quadratic(kappa=10))
    edited = surface_param_changed("kappa", 50.0, scene)
    assert edited.surface == Quadratic(kappa=50.0) and edited.runs == scene.runs
    custom = dataclasses.replace(default_scene(), surface=Custom())
    edited = surface_param_changed("f", "x**2 + y**2", custom)
    assert values_of(edited.surface)["start"] == ""  # still automatic, not pinned


def test_steps_and_the_same_surface_change_only_what_they_name():
    scene = default_scene()
    assert steps_changed(99, scene).steps == 99 and steps_changed(99, scene).runs == scene.runs
    assert switched_surface(scene.surface.name, scene) is scene
