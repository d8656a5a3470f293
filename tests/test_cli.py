"""The command line as other tools see it: output formats, exit codes, one-line errors."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import cli
from engine.optimizers import OPTIMIZERS
from engine.output.destination import OutputError, write_output
from engine.params import params_of
from engine.schedules import SCHEDULES
from engine.surfaces import SURFACES

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = [
    "run",
    "--optimizer",
    "momentum(lr=0.001, momentum=0.9, form=sutskever)",
    "--schedule",
    "step(step_size=50, gamma=0.5)",
    "--surface",
    "quadratic(kappa=25, angle=30)",
    "--start",
    "-1.5,2",
    "--steps",
    "100",
]


def run_main(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def quadratic_gradient(x, y, kappa=25.0, angle=30.0):
    """∇ of ½ pᵀ Rᵀ diag(1, κ) R p, written independently of engine.surfaces."""
    c, s = np.cos(np.radians(angle)), np.sin(np.radians(angle))
    rotation = np.array([[c, s], [-s, c]])
    return rotation.T @ np.diag([1.0, kappa]) @ rotation @ np.array([x, y])


def test_list_text_names_everything():
    done = run_main("list")
    assert done.returncode == 0 and done.stderr == ""
    for registry in (SURFACES, OPTIMIZERS, SCHEDULES):
        for cls in registry.values():
            assert f"  {cls.name}: " in done.stdout
            for info in params_of(cls):
                assert f"{info.name}=" in done.stdout


def test_list_json_has_every_optimizer_with_its_params():
    done = run_main("list", "--json")
    assert done.returncode == 0 and done.stderr == ""
    data = json.loads(done.stdout)
    optimizers = {entry["name"]: entry for entry in data["optimizers"]}
    assert set(optimizers) == set(OPTIMIZERS)
    for name, cls in OPTIMIZERS.items():
        entry = optimizers[name]
        assert entry["state_fields"] == list(cls.state_fields())
        assert [p["name"] for p in entry["params"]] == [info.name for info in params_of(cls)]
        for listed, info in zip(entry["params"], params_of(cls), strict=True):
            assert (listed["default"], listed["kind"], listed["doc"]) == (
                info.default,
                info.kind,
                info.doc,
            )
    assert {entry["name"] for entry in data["surfaces"]} == set(SURFACES)
    assert {entry["name"] for entry in data["schedules"]} == set(SCHEDULES)
    quadratic = next(entry for entry in data["surfaces"] if entry["name"] == "quadratic")
    assert [p["name"] for p in quadratic["params"]] == ["kappa", "angle"]
    assert quadratic["minima"] == [{"x": 0.0, "y": 0.0, "value": 0.0}]


def test_run_csv_example():
    done = run_main(*EXAMPLE)
    assert done.returncode == 0 and done.stderr == ""
    body = list(csv.DictReader(io.StringIO(done.stdout)))
    assert len(body) == 101
    assert (float(body[0]["x"]), float(body[0]["y"])) == (-1.5, 2.0)
    np.testing.assert_allclose(
        [float(body[0]["grad_x"]), float(body[0]["grad_y"])],
        quadratic_gradient(-1.5, 2.0),
        rtol=1e-12,
    )
    # step(step_size=50, gamma=0.5): lr halves after 50 updates; the last frame has none.
    assert [row["lr"] for row in body[:-1]] == [repr(0.001 * 0.5 ** (k // 50)) for k in range(100)]
    assert body[-1]["lr"] == ""
    assert float(body[0]["update_x"]) == -0.001 * float(body[0]["grad_x"])
    assert "lookahead_x" not in body[0] and "velocity_x" in body[0]


def test_run_json_example_matches_csv_and_writes_out_file_atomically(tmp_path):
    out = tmp_path / "run.json"
    argv = [arg if arg != "-1.5,2" else "--start=-1.5,2" for arg in EXAMPLE if arg != "--start"]
    done = run_main(*argv, "--format", "json", "--out", str(out))
    assert done.returncode == 0 and done.stdout == "" and done.stderr == ""
    assert os.listdir(tmp_path) == ["run.json"]  # no temporary file left behind
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask
    document = json.loads(out.read_text(encoding="utf-8"), parse_constant=pytest.fail)
    assert document["optimizer"] == {
        "name": "momentum",
        "params": {"lr": 0.001, "momentum": 0.9, "form": "sutskever"},
    }
    assert document["start"] == [-1.5, 2.0] and document["steps"] == 100
    csv_rows = list(csv.reader(io.StringIO(run_main(*EXAMPLE).stdout)))
    assert document["columns"] == csv_rows[0]
    as_csv = [[float(cell) if cell else None for cell in row] for row in csv_rows[1:]]
    last = [None if value != value else value for value in as_csv[-1]]  # NaN → null
    assert document["rows"] == as_csv[:-1] + [last]


# Bad input of each kind: (argv, words the one-line message must contain).
BAD_INPUTS = [
    (["frobnicate"], ["invalid choice", "list", "run"]),
    ([], ["required"]),
    (["run", "--surface", "hills", "--optimizer", "adam"], ["unknown surface 'hills'", "canyon"]),
    (["run", "--surface", "canyon", "--optimizer", "lamb"], ["unknown optimizer 'lamb'", "sgd"]),
    (
        ["run", "--surface", "canyon", "--optimizer", "adam", "--schedule", "cyclic"],
        ["unknown schedule 'cyclic'", "cosine"],
    ),
    (["run", "--surface", "canyon", "--optimizer", "adam(lr=0.1"], ["missing ')'"]),
    (["run", "--surface", "canyon", "--optimizer", "adam(lr=99)"], ["lr=99.0", "out of range"]),
    (["run", "--surface", "canyon", "--optimizer", "adam(lr=fast)"], ["not a number"]),
    (["run", "--surface", "canyon", "--optimizer", "adam(gamma=1)"], ["unknown key 'gamma'"]),
    (["run", "--surface", "canyon", "--optimizer", "adam(lr=1, lr=2)"], ["duplicate key"]),
    (["run", "--surface", "canyon", "--optimizer", "adam(lr)"], ["missing '='"]),
    (["run", "--surface", "canyon", "--optimizer", "adam", "--start", "1"], ["--start", "X,Y"]),
    (["run", "--surface", "canyon", "--optimizer", "adam", "--start", "-1,2,3"], ["--start"]),
    (["run", "--surface", "canyon", "--optimizer", "adam", "--start", "a,b"], ["--start"]),
    (["run", "--surface", "canyon", "--optimizer", "adam", "--start", "inf,0"], ["finite"]),
    (["run", "--surface", "canyon", "--optimizer", "adam", "--start"], ["--start"]),
    (["run", "--surface", "canyon", "--optimizer", "adam", "--steps", "-1"], ["--steps"]),
    (["run", "--surface", "canyon", "--optimizer", "adam", "--steps", "1000001"], ["1,000,000"]),
    (["run", "--surface", "canyon", "--optimizer", "adam", "--steps", "ten"], ["--steps"]),
    (["run", "--surface", "canyon", "--optimizer", "adam", "--noise", "-0.1"], ["--noise"]),
    (["run", "--surface", "canyon", "--optimizer", "adam", "--noise", "nan"], ["--noise"]),
    (["run", "--surface", "canyon", "--optimizer", "adam", "--seed", "-1"], ["--seed"]),
    (["run", "--surface", "canyon", "--optimizer", "adam", "--format", "xml"], ["csv", "json"]),
    (["run", "--optimizer", "adam"], ["--surface"]),
    (
        ["run", "--surface", "canyon", "--optimizer", "adam", "--out", "/nonexistent-dir/x.csv"],
        ["cannot write", "/nonexistent-dir/x.csv"],
    ),
    (["list", "--yaml"], ["unrecognized arguments: --yaml"]),
]


def assert_one_line_error(code: int, out: str, err: str, expected: list[str]):
    assert code == 2
    assert out == ""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    for word in expected:
        assert word in lines[0]


@pytest.mark.parametrize(
    ("argv", "expected"), BAD_INPUTS, ids=[" ".join(a[-2:]) for a, _ in BAD_INPUTS]
)
def test_bad_input_is_one_line_and_exit_2(argv, expected, capsys):
    code = cli.main(argv)
    captured = capsys.readouterr()
    assert_one_line_error(code, captured.out, captured.err, expected)


def test_bad_input_through_main_py(tmp_path):
    """The same contract across a real process boundary, for a sample of the table."""
    unwritable = ["--out", str(tmp_path)]  # a directory cannot be replaced by a file
    cases = [
        BAD_INPUTS[0],
        BAD_INPUTS[5],
        BAD_INPUTS[12],
        (BAD_INPUTS[3][0][:-1] + ["adam", *unwritable], ["cannot write"]),
    ]
    for argv, expected in cases:
        done = run_main(*argv)
        assert_one_line_error(done.returncode, done.stdout, done.stderr, expected)
    assert os.listdir(tmp_path) == []


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(tmp_path):
    out = tmp_path / "table.csv"
    out.write_text("old contents", encoding="utf-8")

    def half_then_fail(stream):
        stream.write("half a table")
        raise OSError(28, "No space left on device")

    with pytest.raises(OutputError, match="cannot write .*No space left on device"):
        write_output(half_then_fail, str(out))
    assert os.listdir(tmp_path) == ["table.csv"]
    assert out.read_text(encoding="utf-8") == "old contents"


def test_start_is_joined_with_a_negative_pair():
    assert cli.join_start(["run", "--start", "-1.5,2", "--steps", "3"]) == [
        "run",
        "--start=-1.5,2",
        "--steps",
        "3",
    ]
    assert cli.join_start(["run", "--start=-1.5,2"]) == ["run", "--start=-1.5,2"]
    assert cli.join_start(["run", "--start", "--steps", "3"]) == ["run", "--start", "--steps", "3"]


def test_start_steps_and_what_the_spec_leaves_out_are_the_surfaces_recommendation(capsys):
    from engine.scene.recommended import recommended, recommended_start, recommended_steps

    assert cli.main(["run", "--surface", "rosenbrock", "--optimizer", "sgd(lr=0.0001)"]) == 0
    body = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert (float(body[0]["x"]), float(body[0]["y"])) == recommended_start("rosenbrock")
    assert len(body) == recommended_steps("rosenbrock") + 1
    assert float(body[0]["lr"]) == 0.0001  # typed: kept
    argv = ["run", "--surface", "canyon", "--optimizer", "rmsprop(eps=1e-6)", "--format", "json"]
    assert cli.main([*argv, "--steps", "3"]) == 0
    params = json.loads(capsys.readouterr().out)["optimizer"]["params"]
    assert params["lr"] == recommended("canyon", "rmsprop")["lr"]  # left out: recommended
    assert params["alpha"] == recommended("canyon", "rmsprop")["alpha"]
    assert params["eps"] == 1e-6


def test_help_exits_zero(capsys):
    assert cli.main(["run", "--help"]) == 0
    assert "--optimizer" in capsys.readouterr().out
