"""RunSpec and Scene refuse values no run could use, naming the field; check_run_spec adds
what depends on the surface, so the run editor need not dry-run simulate."""

import math

import pytest

from engine.optimizers import SGD, Momentum
from engine.scene.scene import RunSpec, Scene, check_run_spec
from engine.schedules import Constant
from engine.surfaces import Canyon, LinearRegression


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"start": (math.nan, 0.0)}, "start"),
        ({"start": (1.0,)}, "start"),
        ({"noise": -1.0}, "noise"),
        ({"seed": -1}, "seed"),
        ({"seed": 1.5}, "seed"),
        ({"batch_size": -1}, "batch_size"),
        ({"batch_size": True}, "batch_size"),
    ],
)
def test_a_bad_run_spec_names_its_field(changes, field):
    with pytest.raises(ValueError, match=rf"^{field}="):
        RunSpec("run", SGD(), **changes)


def test_a_bad_step_count_names_steps():
    with pytest.raises(ValueError, match="^steps="):
        Scene(Canyon(), (), steps=-1)


def test_check_run_spec_refuses_what_simulate_would():
    spec = RunSpec("run", SGD(), batch_size=10_000)
    assert check_run_spec(spec, Canyon()) is spec  # no data set: the batch size does not apply
    assert check_run_spec(spec, LinearRegression()) is spec  # the whole set, as the run takes
    momentum = RunSpec("run", Momentum(), momentum_schedule=Constant())
    assert check_run_spec(momentum, Canyon()) is momentum
