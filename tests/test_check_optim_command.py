"""`python main.py check-optim`: the verdict table of student files, exit codes, JSON contract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import cli

ROOT = Path(__file__).resolve().parent.parent
FILES = ROOT / "tests" / "homework_files"
NOT_WRITTEN = "the new state is not written back into config"
# file, rule, verdict, step, field, diagnosis (or a piece of the message for errors)
TABLE = [
    ("t_one_adam.py", "adam", "match", None, None, None),
    ("int_t_adam.py", "adam", "match", None, None, None),
    ("sign_flipped_sgd.py", "sgd", "differs", 0, "w", "the step's sign is flipped"),
    ("eps_inside_rmsprop.py", "rmsprop", "differs", 0, "w", "ε is inside the square root"),
    ("eps_inside_adam.py", "adam", "differs", 0, "w", "ε is inside the square root"),
    ("t_late_adam.py", "adam", "differs", 0, "w", "t is off by one (the first update uses t = 0)"),
    ("t_early_adam.py", "adam", "differs", 0, "w", "t is off by one (the first update uses t = 2)"),
    ("no_bias_adam.py", "adam", "differs", 0, "w", "there is no bias correction of m and v"),
    ("no_complement_rmsprop.py", "rmsprop", "differs", 0, "w", "(1 − decay) is missing"),
    ("no_complement_adam.py", "adam", "differs", 0, "w", "(1 − decay) is missing"),
    ("average_of_dw_rmsprop.py", "rmsprop", "differs", 0, "w", "moving average is of dw where"),
    ("not_written_back_momentum.py", "sgd_momentum", "differs", 0, "config['velocity']",
     NOT_WRITTEN),
    ("missing_key_rmsprop.py", "rmsprop", "differs", 0, "config['cache']", NOT_WRITTEN),
    ("other_form_momentum.py", "sgd_momentum", "differs", 0, "w", "momentum is in the other form"),
    ("t_stuck_adam.py", "adam", "differs", 2, "w", None),
    ("exception.py", "sgd", "error", 1, None, "line 6: KeyError: 'learning_rate'"),
    ("wrong_shape.py", "sgd", "error", 0, None, "not the pair (next_w, config)"),
    ("wrong_shape.py", "adagrad", "error", 0, None, "next_w of shape ()"),
    ("wrong_shape.py", "rmsprop", "error", 0, None, "NoneType as config"),
    ("hostile.py", "sgd", "match", None, None, None),
    ("hostile.py", "sgd_momentum", "match", None, None, None),
    ("hostile.py", "adam", "error", None, None, "ended the process (exit status 3)"),
]  # fmt: skip


def check(capsys, name: str, *options: str) -> tuple[int, dict]:
    status = cli.main(["check-optim", str(FILES / name), "--format", "json", *options])
    out = capsys.readouterr().out
    return status, json.loads(out)


@pytest.mark.parametrize(("name", "rule", "verdict", "step", "field", "why"), TABLE)
def test_verdict_table(capsys, name, rule, verdict, step, field, why):
    status, report = check(capsys, name, "--rules", rule)
    (entry,) = report["rules"]
    assert set(entry) == {"name", "verdict", "step", "field", "got", "want", "diagnosis", "message"}
    assert (entry["name"], entry["verdict"], entry["step"], entry["field"]) == (
        rule, verdict, step, field
    )  # fmt: skip
    assert status == (0 if verdict == "match" else 1)
    if verdict == "differs":
        assert entry["got"] is not None and entry["got"] != entry["want"]
        assert f"my {rule} differs" in entry["message"]
        if why is None:
            assert entry["diagnosis"] is None
        else:
            assert why in entry["diagnosis"] and entry["diagnosis"] in entry["message"]
    elif verdict == "error":
        assert why in entry["message"]
        assert "Traceback" not in entry["message"]
    else:
        assert entry["message"].startswith(f"my {rule} matches ")
        assert entry["message"].endswith(" for 500 steps")


def test_every_correct_rule_matches_and_exit_status_is_zero(capsys):
    status, report = check(capsys, "correct.py")
    assert status == 0
    assert [entry["name"] for entry in report["rules"]] == [
        "sgd", "sgd_momentum", "nesterov_momentum", "adagrad", "rmsprop", "adam"
    ]  # fmt: skip
    assert {entry["verdict"] for entry in report["rules"]} == {"match"}
    assert report["rules"][-1]["message"] == "my adam matches Adam for 500 steps"


def test_a_rule_going_wrong_late_is_found_on_its_step(capsys):
    status, report = check(capsys, "t_stuck_adam.py", "--steps", "40")
    entry = report["rules"][0]
    assert status == 1 and entry["step"] == 2
    assert entry["message"] == "my adam differs from step 2 in w; no known mistake matches"


def test_the_race_takes_surface_start_and_steps(capsys):
    status, report = check(
        capsys, "correct.py", "--rules", "rmsprop,sgd", "--surface", "himmelblau",
        "--start", "-1,2", "--steps", "25",
    )  # fmt: skip
    assert status == 0
    assert [entry["message"] for entry in report["rules"]] == [
        "my rmsprop matches RMSProp for 25 steps", "my sgd matches SGD for 25 steps"
    ]  # fmt: skip


def test_a_race_both_sides_diverge_in_matches_for_the_steps_it_had(capsys):
    # SGD at lr 0.01 on Rosenbrock (curvature ≈ 2,000 at x = −1.5) overflows within a few steps.
    status, report = check(capsys, "correct.py", "--rules", "sgd", "--surface", "rosenbrock")
    message = report["rules"][0]["message"]
    assert status == 0
    assert message.endswith("steps, where both leave the finite numbers")
    assert int(message.split(" for ")[1].split()[0]) < 500


def test_an_infinite_loop_is_an_error_and_the_next_rule_still_runs(capsys):
    status, report = check(capsys, "infinite_loop.py", "--timeout", "1")
    loop, momentum = report["rules"]
    assert status == 1
    assert (loop["verdict"], loop["message"]) == (
        "error",
        "my sgd: error: did not return within 1 s",
    )
    assert momentum["verdict"] == "match"


def test_nan_is_reported_as_strict_json_strings(capsys):
    _, report = check(capsys, "t_late_adam.py")
    got = report["rules"][0]["got"]
    assert len(got) == 4 and len(got[0]) == 5 and set(got[0]) == {"nan"}
    assert "(it returned NaN)" in report["rules"][0]["message"]


def test_a_syntax_error_is_an_error_naming_the_line(capsys, tmp_path):
    # Written here, not kept in homework_files: `ruff check .` would refuse the file.
    path = tmp_path / "optim.py"
    path.write_text('"""Missing colon."""\n\n\ndef sgd(w, dw, config=None)\n    return w, config\n')
    status = cli.main(["check-optim", str(path), "--format", "json"])
    (entry,) = json.loads(capsys.readouterr().out)["rules"]
    assert status == 1
    assert (entry["name"], entry["verdict"]) == ("sgd", "error")
    assert entry["message"] == "my sgd: error: line 4: SyntaxError: expected ':'"


def test_text_format_is_one_line_per_rule(capsys):
    status = cli.main(["check-optim", str(FILES / "wrong_shape.py")])
    lines = capsys.readouterr().out.splitlines()
    assert status == 1
    assert len(lines) == 3 and all(line.startswith("error   my ") for line in lines)


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["missing.py"], "does not exist"),
        (["README.md"], "not a Python file"),
        (["tests/homework_files/no_rules.py"], "defines none of the rules"),
        (["tests/homework_files/correct.py", "--rules", "sgd,adamax"], "unknown rule 'adamax'"),
        (["tests/homework_files/correct.py", "--steps", "0"], "--steps"),
        (["tests/homework_files/correct.py", "--timeout", "-1"], "--timeout"),
        (["tests/homework_files/correct.py", "--surface", "nowhere"], "unknown surface"),
        (["tests/homework_files/correct.py", "--format", "xml"], "invalid choice"),
    ],
)
def test_bad_input_exits_2_with_one_line(args, named):
    result = subprocess.run(
        [sys.executable, "main.py", "check-optim", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and named in result.stderr


def test_help_states_the_default_surface_and_that_it_runs_user_code():
    result = subprocess.run(
        [sys.executable, "main.py", "check-optim", "--help"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    text = " ".join(result.stdout.split())
    assert result.returncode == 0
    assert "quadratic(kappa=10, angle=30)" in text and "no sandbox" in text
