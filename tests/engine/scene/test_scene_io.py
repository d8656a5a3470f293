"""Scenes survive a JSON round trip, and every kind of bad input is refused by name."""

import copy
import json

import pytest

from engine.optimizers import OPTIMIZERS
from engine.scene.scene import RunSpec, Scene, default_scene
from engine.scene.scene_io import FORMAT_VERSION, scene_from_dict, scene_to_dict
from engine.schedules import Cosine
from engine.surfaces import Quadratic


def test_round_trip_of_the_default_scene():
    scene = default_scene()
    assert scene_from_dict(json.loads(json.dumps(scene_to_dict(scene)))) == scene


def test_round_trip_keeps_every_parameter():
    surface = Quadratic(kappa=25.0, angle=30.0)
    runs = tuple(
        RunSpec(
            name, cls(), Cosine(period=50, floor=0.1), (-1.0, 0.5), noise=0.3, seed=7, visible=False
        )
        for name, cls in OPTIMIZERS.items()
    )
    scene = Scene(surface, runs, steps=123)
    assert scene_from_dict(json.loads(json.dumps(scene_to_dict(scene)))) == scene


def _good():
    return scene_to_dict(default_scene())


def _with(path, value):
    data = copy.deepcopy(_good())
    target = data
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


BAD = [
    ([], "JSON object"),
    (_with(["version"], FORMAT_VERSION + 1), "newer"),
    (_with(["version"], KeyError), "version"),
    (_with(["version"], "1"), "version"),
    (_with(["surface", "name"], "moon"), "unknown surface 'moon'"),
    (_with(["surface", "params"], {"kappa": 5}), "unknown parameter kappa"),
    (_with(["steps"], -1), "steps"),
    (_with(["steps"], 10**9), "steps"),
    (_with(["steps"], 1.5), "steps"),
    (_with(["runs"], {}), "runs"),
    (_with(["runs"], [1]), "run 1 must be a JSON object"),
    (_with(["runs", 0, "name"], ""), "name"),
    (_with(["runs", 0, "start"], [0, "x"]), "start"),
    (_with(["runs", 0, "start"], [0, float("nan")]), "start"),
    (_with(["runs", 0, "noise"], -1), "noise"),
    (_with(["runs", 0, "seed"], True), "seed"),
    (_with(["runs", 0, "color"], "red"), "color"),
    (_with(["runs", 0, "optimizer", "name"], "lamb"), "unknown optimizer 'lamb'"),
    (_with(["runs", 0, "optimizer", "params", "lr"], -1.0), "lr"),
    (_with(["runs", 1, "optimizer", "params", "form"], "other"), "form"),
    (_with(["runs", 1, "optimizer", "params", "momentum"], "0.9"), "momentum"),
    (_with(["runs", 0, "schedule"], {"name": "step", "params": {"gamma": 2}}), "gamma"),
]


@pytest.mark.parametrize("data, words", BAD, ids=[w for _, w in BAD])
def test_bad_scenes_are_refused_with_a_message_naming_the_problem(data, words):
    with pytest.raises(ValueError, match=words.replace("(", r"\(")):
        scene_from_dict(data)


@pytest.mark.parametrize("seed", [-1, 1.5, "a", True])
def test_simulate_refuses_a_bad_seed_by_name(seed):
    from engine.run.simulate import simulate
    from engine.surfaces import Booth

    with pytest.raises(ValueError, match="seed"):
        simulate(Booth(), OPTIMIZERS["sgd"](), (0.0, 0.0), 5, noise=0.1, seed=seed)


def test_a_run_ending_far_outside_the_bounds_is_diverged_even_on_its_last_frame():
    from engine.run.simulate import simulate
    from engine.surfaces import Booth

    # Booth's Hessian has eigenvalues 2 and 18: at lr = 0.5 the error along (1, 1) is
    # multiplied by -8 per step, so x - 1 = 0.25·(-8)^k: -128 after 3 steps (inside the
    # far box, |x| ≤ 10 + 10·28.3) and 1024 after 4 (outside).
    three = simulate(Booth(), OPTIMIZERS["sgd"](lr=0.5), (1.5, 3.0), 3)
    assert three.status.kind == "max_steps" and three.positions[-1][0] == 1 + 0.25 * (-8) ** 3
    four = simulate(Booth(), OPTIMIZERS["sgd"](lr=0.5), (1.5, 3.0), 4)
    assert four.frames == 5 and (four.status.kind, four.status.step) == ("diverged", 4)
