"""Run names made from settings follow them; names someone chose stay."""

import dataclasses

import pytest

from engine.optimizers import SGD, Momentum
from engine.scene.run_names import edited_run, followed_name
from engine.scene.scene import RunSpec, Scene
from engine.surfaces import Quadratic


def quadratic_scene(name: str, optimizer) -> Scene:
    return Scene(Quadratic(kappa=10), (RunSpec(name, optimizer, start=(-1.5, 1.0)),), 100)


@pytest.mark.parametrize(
    "name, optimizer, changes, expected",
    [
        ("SGD (lr 0.092)", SGD(lr=0.092), {"optimizer": Momentum(lr=0.1, momentum=0.5)},
         "Momentum (lr 0.1, α 0.5)"),
        ("SGD (lr 0.092)", SGD(lr=0.092), {"optimizer": SGD(lr=0.18)}, "SGD (lr 0.18)"),
        ("SGD (lr 0.092) copy 2", SGD(lr=0.092), {"optimizer": SGD(lr=0.18)},
         "SGD (lr 0.18) copy 2"),
        ("Momentum (lr 0.02, α 0.9)", Momentum(lr=0.02), {"optimizer": SGD(lr=0.02)},
         "SGD (lr 0.02)"),
        ("SGD", SGD(), {"optimizer": Momentum()}, "Momentum"),
        ("SGD 2", SGD(), {"optimizer": Momentum(momentum=0.5)}, "Momentum 2"),
        # names someone chose stay
        ("Too large (lr 0.198)", SGD(lr=0.198), {"optimizer": SGD(lr=0.05)},
         "Too large (lr 0.198)"),
        ("SGD fast", SGD(), {"optimizer": Momentum()}, "SGD fast"),
        ("SGD (lr 0.5)", SGD(lr=0.092), {"optimizer": Momentum()}, "SGD (lr 0.5)"),  # not its lr
        ("My racer", SGD(), {"optimizer": Momentum()}, "My racer"),
        ("Adam, no bias correction", SGD(), {"optimizer": Momentum()}, "Adam, no bias correction"),
    ],
)  # fmt: skip
def test_a_generated_name_follows_its_settings_and_a_chosen_one_stays(
    name, optimizer, changes, expected
):
    scene = edited_run(quadratic_scene(name, optimizer), 0, **changes)
    assert scene.runs[0].name == expected


def test_a_rename_in_the_same_edit_wins():
    old = RunSpec("SGD (lr 0.1)", SGD(lr=0.1))
    assert followed_name(old, dataclasses.replace(old, name="mine", optimizer=SGD())) == "mine"


def test_the_copy_word_of_the_interfaces_language_counts_as_a_suffix():
    scene = quadratic_scene("SGD (lr 0.092) 복사", SGD(lr=0.092))
    kept = edited_run(scene, 0, optimizer=SGD(lr=0.18))
    assert kept.runs[0].name == "SGD (lr 0.092) 복사"  # an unknown word: someone chose it
    followed = edited_run(scene, 0, copy_words={"copy", "복사"}, optimizer=SGD(lr=0.18))
    assert followed.runs[0].name == "SGD (lr 0.18) 복사"
