"""The run table: CSV reads back bit-for-bit, JSON is strict and carries every hyper-parameter."""

from __future__ import annotations

import csv
import dataclasses
import io
import json

import numpy as np
import pytest

from engine.optimizers import OPTIMIZERS, Nesterov
from engine.output.table import columns, rows, to_csv, to_dict, to_json
from engine.params import values_of
from engine.run.simulate import simulate
from engine.scene.specs import parse_optimizer
from engine.schedules import StepDecay
from engine.surfaces import Canyon, Quadratic, Rosenbrock

BASE = ["step", "x", "y", "loss", "grad_x", "grad_y", "lr"]
TAIL = [
    "t",
    "update_x",
    "update_y",
    "effective_lr_x",
    "effective_lr_y",
    "true_grad_x",
    "true_grad_y",
]


def noisy_run(optimizer, steps=40):
    return simulate(
        Quadratic(25.0, 30.0), optimizer, (-1.5, 2.0), steps, StepDecay(10, 0.5), 0.3, 7
    )


def expected_arrays(run) -> dict[str, np.ndarray]:
    """Each column straight from the Run's arrays, named independently of engine.output.table."""
    arrays = {"step": np.arange(run.frames), "loss": run.losses, "lr": run.lrs, "t": run.t}
    pairs = {
        "": run.positions,
        "grad_": run.gradients,
        "update_": run.updates,
        "effective_lr_": run.effective_lrs,
        "true_grad_": run.true_gradients,
        "lookahead_": run.gradient_points,
    }
    pairs.update({f"{name}_": history for name, history in run.states.items()})
    for prefix, pair in pairs.items():
        arrays[f"{prefix}x"], arrays[f"{prefix}y"] = pair[:, 0], pair[:, 1]
    return arrays


def assert_same_bits(read: np.ndarray, expected: np.ndarray):
    read, expected = np.asarray(read, dtype=float), np.asarray(expected, dtype=float)
    np.testing.assert_array_equal(read, expected)  # NaN equals NaN here
    finite = np.isfinite(expected)
    assert np.array_equal(read[finite].view(np.int64), expected[finite].view(np.int64))


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_columns_follow_the_optimizer_state(name):
    run = noisy_run(OPTIMIZERS[name](), steps=3)
    state = [f"{field}_{axis}" for field in OPTIMIZERS[name].state_fields() for axis in "xy"]
    lookahead = ["lookahead_x", "lookahead_y"] if name == "nesterov" else []
    assert columns(run) == BASE + state + TAIL + lookahead


def test_lookahead_only_for_sutskever_nesterov():
    run = noisy_run(Nesterov(form="pytorch"), steps=3)
    assert "lookahead_x" not in columns(run)


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_csv_reads_back_bit_for_bit(name):
    run = noisy_run(OPTIMIZERS[name]())
    reader = csv.reader(io.StringIO(to_csv(run)))
    header = next(reader)
    body = list(reader)
    assert len(body) == run.frames and all(len(row) == len(header) for row in body)
    # The last frame has no update: its lr cell is empty, every other cell is a number.
    lr_index = header.index("lr")
    assert [row[lr_index] == "" for row in body] == [False] * (run.frames - 1) + [True]
    expected = expected_arrays(run)
    for index, name_ in enumerate(header):
        read = [float(row[index]) if row[index] else np.nan for row in body]
        assert_same_bits(read, expected[name_])
    assert [int(row[0]) for row in body] == list(range(run.frames))


def test_table_rows_obey_the_update_rule():
    # x_{k+1} = x_k + update_k, exactly, and the first sutskever update is −lr·g.
    run = simulate(
        Quadratic(25.0, 30.0),
        parse_optimizer("momentum(lr=0.001, form=sutskever)"),
        (-1.5, 2.0),
        20,
        StepDecay(5, 0.5),
    )
    header, table = columns(run), np.array(rows(run), dtype=float)
    col = {name: table[:, i] for i, name in enumerate(header)}
    assert_same_bits(col["x"][1:], col["x"][:-1] + col["update_x"][:-1])
    assert col["update_y"][0] == -0.001 * col["grad_y"][0]
    assert_same_bits(col["lr"][:-1], 0.001 * 0.5 ** (np.arange(20) // 5))


def test_non_finite_values_are_nan_inf_in_csv_and_null_in_json():
    run = noisy_run(OPTIMIZERS["sgd"](), steps=2)
    losses = np.array([np.inf, -np.inf, np.nan])
    run = dataclasses.replace(run, losses=losses)
    body = list(csv.reader(io.StringIO(to_csv(run))))[1:]
    assert [row[3] for row in body] == ["inf", "-inf", "nan"]
    document = json.loads(to_json(run), parse_constant=pytest.fail)
    assert [row[3] for row in document["rows"]] == [None, None, None]


def test_json_is_strict_and_complete():
    optimizer = parse_optimizer("adam(lr=0.01, beta2=0.99)")
    run = noisy_run(optimizer)
    document = json.loads(to_json(run), parse_constant=pytest.fail)
    assert document["optimizer"] == {
        "name": "adam",
        "params": {
            "lr": 0.01,
            "beta1": 0.9,
            "beta2": 0.99,
            "eps": 1e-08,
            "bias_correction": True,
            "amsgrad": False,
            "weight_decay": 0.0,
        },
    }
    assert document["surface"] == {"name": "quadratic", "params": {"kappa": 25.0, "angle": 30.0}}
    assert document["schedule"] == {"name": "step", "params": {"step_size": 10, "gamma": 0.5}}
    assert (document["start"], document["steps"], document["noise"], document["seed"]) == (
        [-1.5, 2.0],
        40,
        0.3,
        7,
    )
    assert document["status"]["kind"] == run.status.kind
    assert document["status"]["text"] == run.status.describe("Adam")
    assert document["columns"] == columns(run)
    assert document == to_dict(run)
    expected = expected_arrays(run)
    for index, name in enumerate(document["columns"]):
        read = [np.nan if row[index] is None else row[index] for row in document["rows"]]
        assert_same_bits(read, expected[name])


def test_json_lists_defaults_of_every_optimizer():
    for cls in OPTIMIZERS.values():
        document = to_dict(simulate(Rosenbrock(), cls(), (0.0, 0.0), 1))
        assert document["optimizer"]["params"] == values_of(cls())


def test_converged_run_status_text():
    run = simulate(Canyon(), parse_optimizer("adam(lr=0.05)"), Canyon.start, 3000)
    document = to_dict(run)
    assert document["status"]["kind"] == "converged"
    assert document["status"]["text"].startswith("Adam converged")
