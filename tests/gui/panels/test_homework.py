"""Homework mode in the window: reference runs, verdicts, the watcher and the trust prompt."""

from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox

from engine.homework.compare import side_by_side
from engine.homework.runner import file_digest
from engine.run.simulate import simulate
from engine.schedules import SCHEDULES
from gui.panels.homework import Homework

FILES = Path(__file__).resolve().parents[2] / "homework_files"


@pytest.fixture
def homework(window):
    controller = window.feature(Homework)
    yield controller
    controller.close()


def run_index(window, prefix):
    return next(i for i, run in enumerate(window.session.scene.runs) if run.name.startswith(prefix))


def replace_file(path: Path, source: Path) -> None:
    """Save the way editors do: write a new file, then rename it over the old one."""
    temp = path.with_suffix(".tmp")
    shutil.copyfile(source, temp)
    os.replace(temp, path)


@pytest.mark.parametrize(
    ("name", "rule", "verdict", "step", "message"),
    [
        ("correct.py", "adam", "match", None, "my adam matches Adam for 400 steps"),
        ("eps_inside_rmsprop.py", "rmsprop", "differs", 0,
         "my rmsprop differs in the unit check: ε is inside the square root"),
        ("t_stuck_adam.py", "adam", "differs", 2, "my adam differs from step 2 in w"),
        ("wrong_shape.py", "sgd", "error", 0, "not the pair (next_w, config)"),
    ],
)  # fmt: skip
def test_each_rule_races_a_reference_run_with_its_verdict(window, homework, name, rule, verdict,
                                                          step, message):  # fmt: skip
    before = len(window.session.scene.runs)
    assert homework.open(str(FILES / name))
    names = [run.name for run in window.session.scene.runs]
    assert len(names) == before + len(homework.rules)
    shown = next(name for name in names if name.startswith(homework.run_name(rule)))
    short = {"match": "matches", "error": "error"}.get(verdict) or (
        "differs in the unit check" if step == 0 else f"differs from step {step}"
    )  # the runs list shows the verdict in the reference run's name
    assert shown == f"{homework.run_name(rule)}: {short}"
    found = homework.verdict_of(rule)
    assert (found.verdict, found.step) == (verdict, step)
    assert message in found.message and message in window.statusBar().currentMessage()


def test_the_run_settings_and_schedule_drive_the_students_config(window, homework, qtbot):
    path = FILES / "correct.py"
    assert homework.open(str(path))
    index = run_index(window, homework.run_name("sgd"))
    spec = window.session.scene.runs[index]
    schedule = SCHEDULES["step"](step_size=10, gamma=0.5)
    changed = dataclasses.replace(spec, optimizer=dataclasses.replace(spec.optimizer, lr=0.05),
                                  schedule=schedule)  # fmt: skip
    runs = list(window.session.scene.runs)
    runs[index] = changed
    checks = homework.checks
    window.session.edit(dataclasses.replace(window.session.scene, runs=tuple(runs)), "lr")
    qtbot.waitUntil(lambda: homework.checks > checks, timeout=5000)
    assert homework.verdict_of("sgd").verdict == "match"
    scene = window.session.scene
    reference = simulate(scene.surface, changed.optimizer, changed.start, scene.steps, schedule)
    mine = homework.student_positions("sgd")
    np.testing.assert_allclose(mine, reference.positions, rtol=1e-12, atol=1e-15)
    # The halved rate after 10 steps is the schedule's, written into config['learning_rate'].
    (w, config, dw), _ = homework.verdict_of("sgd").calls[10]
    assert config["learning_rate"] == 0.025


def test_saving_the_file_reruns_the_check(window, homework, qtbot, tmp_path):
    path = tmp_path / "optim.py"
    shutil.copyfile(FILES / "t_one_adam.py", path)
    assert homework.open(str(path))
    assert homework.verdict_of("adam").verdict == "match"
    replace_file(path, FILES / "eps_inside_adam.py")
    qtbot.waitUntil(lambda: homework.checks == 2, timeout=5000)
    assert homework.verdict_of("adam").diagnosis == "ε is inside the square root"
    replace_file(path, FILES / "t_one_adam.py")  # the watch survived the rename
    qtbot.waitUntil(lambda: homework.checks == 3, timeout=5000)
    assert homework.verdict_of("adam").verdict == "match"
    assert homework.session_student() == (str(path), file_digest(str(path)))


def test_jump_to_difference_puts_the_timeline_before_the_bad_update(window, homework):
    assert homework.open(str(FILES / "t_stuck_adam.py"))
    homework.jump_to_difference()
    assert window.timeline.frame == 1
    html = homework.numbers.toPlainText()
    verdict = homework.verdict_of("adam")
    assert "update 2 of my adam" in html
    assert str(verdict.got) in html  # the student's next_w of update 2, beside the reference's
    rows = dict((row[0], row[3]) for row in side_by_side("adam", verdict.calls[1], 2))
    assert rows == {"dw": True, "w": False, "config['m']": True, "config['v']": True}


def test_a_session_asks_before_running_code_once_per_hash(window, homework, monkeypatch, tmp_path):
    asked = []
    answers = iter([QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or next(answers))
    path = tmp_path / "optim.py"
    shutil.copyfile(FILES / "sign_flipped_sgd.py", path)
    entry = (str(path), file_digest(str(path)))
    assert homework.restore(entry) and len(asked) == 1 and homework.checks == 1
    assert homework.restore(entry) and len(asked) == 1  # remembered for this hash
    path.write_text(path.read_text() + "\n# changed\n")
    assert not homework.restore((str(path), file_digest(str(path))))
    assert len(asked) == 2 and homework.checks == 2  # refused: nothing ran


def test_an_error_shows_the_students_line(window, homework, tmp_path):
    path = tmp_path / "optim.py"
    path.write_text("def sgd(w, dw, config=None):\n    scale = 1 / 0\n    return w, config\n")
    assert homework.open(str(path))
    verdict = homework.verdict_of("sgd")
    assert (verdict.verdict, verdict.line) == ("error", 2)
    assert "line 2: ZeroDivisionError: division by zero" in window.statusBar().currentMessage()


def test_a_file_without_rules_adds_no_run(window, homework):
    before = window.session.scene.runs
    assert not homework.open(str(FILES / "no_rules.py"))
    assert window.session.scene.runs == before and homework.path is None
    assert "defines none" in window.statusBar().currentMessage()


def test_reopening_keeps_the_runs_and_their_settings(window, homework):
    assert homework.open(str(FILES / "t_one_adam.py"))
    index = run_index(window, homework.run_name("adam"))
    scene = window.session.scene
    spec = scene.runs[index]
    faster = dataclasses.replace(spec.optimizer, lr=0.01)
    window.session.edit(scene.replace_run(index, optimizer=faster), "lr")
    count = len(window.session.scene.runs)
    assert homework.open(str(FILES / "t_one_adam.py"))
    assert len(window.session.scene.runs) == count
    assert window.session.scene.runs[index].optimizer.lr == 0.01
    (w, config, dw), _ = homework.verdict_of("adam").calls[0]
    assert config["learning_rate"] == 0.01 and homework.verdict_of("adam").verdict == "match"
