"""The Session and Timeline models: state, signals, undo merging, playback."""

import dataclasses
import gc
import os
import subprocess
import sys
import weakref
from pathlib import Path

import pytest

from engine.optimizers import SGD
from engine.scene.scene import RunSpec, default_scene
from engine.surfaces import Himmelblau
from gui.models import Session, Timeline


@pytest.fixture
def session(qtbot):
    return Session(default_scene())


def test_session_computes_one_run_per_spec(session):
    assert len(session.runs) == len(session.scene.runs) == 6
    for spec, run in zip(session.scene.runs, session.runs):
        assert run.optimizer == spec.optimizer
        assert tuple(run.positions[0]) == spec.start


def test_edit_emits_and_undo_restores(qtbot, session):
    before = session.scene
    after = before.with_start((-2.0, 0.5))
    with qtbot.waitSignals([session.scene_changed, session.runs_changed]):
        session.edit(after, "Move start")
    assert session.scene == after
    assert all(tuple(run.positions[0]) == (-2.0, 0.5) for run in session.runs)
    session.undo_stack.undo()
    assert session.scene == before
    session.undo_stack.redo()
    assert session.scene == after


def test_edits_with_one_merge_key_are_one_undo_step(session):
    before = session.scene
    for y in (0.1, 0.2, 0.3):
        session.edit(before.with_start((-3.0, y)), "Drag", merge_key="drag")
    assert session.undo_stack.count() == 1
    assert session.scene.runs[0].start == (-3.0, 0.3)
    session.undo_stack.undo()
    assert session.scene == before


def test_an_edit_that_changes_nothing_is_not_recorded(session):
    session.edit(session.scene, "Nothing")
    assert session.undo_stack.count() == 0


def test_renaming_reuses_the_computed_run(session):
    run = session.runs[0]
    session.edit(session.scene.replace_run(0, name="Plain SGD"), "Rename")
    assert session.runs[0] is run


def test_selection_is_clamped_when_runs_are_removed(qtbot, session):
    session.select(5)
    fewer = dataclasses.replace(session.scene, runs=session.scene.runs[:2])
    with qtbot.waitSignal(session.selection_changed) as signal:
        session.edit(fewer, "Remove runs")
    assert signal.args == [1] and session.selected == 1


def test_solo_shows_only_one_run(qtbot, session):
    with qtbot.waitSignal(session.solo_changed):
        session.set_solo(2)
    assert [session.is_shown(i) for i in range(6)] == [i == 2 for i in range(6)]
    session.set_solo(-1)
    hidden = session.scene.replace_run(1, visible=False)
    session.edit(hidden, "Hide")
    assert [session.is_shown(i) for i in range(6)] == [i != 1 for i in range(6)]


def test_replace_clears_history(session):
    session.edit(session.scene.with_start((0.0, 0.0)), "Move")
    surface = Himmelblau()
    scene = dataclasses.replace(
        session.scene, surface=surface, runs=(RunSpec("SGD", SGD(lr=0.01), start=surface.start),)
    )
    session.replace(scene)
    assert session.undo_stack.count() == 0 and session.scene == scene


def test_timeline_clamps_and_signals(qtbot):
    timeline = Timeline(100)
    with qtbot.waitSignal(timeline.frame_changed) as signal:
        timeline.step(10)
    assert signal.args == [10]
    timeline.step(-50)
    assert timeline.frame == 0
    timeline.last()
    assert timeline.frame == 100
    timeline.set_last_frame(40)
    assert timeline.frame == 40 and timeline.last_frame == 40
    timeline.set_speed(5000)
    assert timeline.speed == 1000
    timeline.set_speed(0)
    assert timeline.speed == 1


def test_the_timeline_follows_the_scene_and_clamps_after_every_view_rebuilt(session):
    timeline = Timeline()
    timeline.follow(session)
    assert timeline.last_frame == session.scene.steps
    timeline.last()
    order = []
    session.runs_changed.connect(lambda runs: order.append(("runs", len(runs[0].positions))))
    timeline.frame_changed.connect(lambda frame: order.append(("frame", frame)))
    session.edit(dataclasses.replace(session.scene, steps=20), "fewer steps")
    assert timeline.last_frame == 20 and timeline.frame == 20
    assert order == [("runs", 21), ("frame", 20)]  # a view connected last still came first


def test_no_signal_when_the_frame_does_not_change(qtbot):
    timeline = Timeline(10)
    with qtbot.assertNotEmitted(timeline.frame_changed):
        timeline.step(-1)
        timeline.set_frame(0)


def test_playing_reaches_the_end_and_stops(qtbot):
    timeline = Timeline(30)
    timeline.set_speed(1000)
    with qtbot.waitSignal(timeline.playing_changed, timeout=3000) as started:
        timeline.play()
    assert started.args == [True]
    qtbot.waitUntil(lambda: not timeline.playing, timeout=3000)
    assert timeline.frame == 30


def test_play_at_the_end_restarts_and_loop_wraps(qtbot):
    timeline = Timeline(20)
    timeline.last()
    timeline.set_loop(True)
    timeline.set_speed(1000)
    seen = []
    timeline.frame_changed.connect(seen.append)
    timeline.play()
    qtbot.waitUntil(lambda: any(b < a for a, b in zip(seen, seen[1:])), timeout=3000)
    timeline.pause()
    assert not timeline.playing


# A Session dropped with commands on its undo stack, then freed by the cyclic collector:
# run in a child process because the bug it guards against is a segmentation fault.
DROP_SESSION_SCRIPT = """
import dataclasses, gc
from PySide6.QtWidgets import QApplication
app = QApplication([])
from engine.scene.scene import default_scene
from gui.models import Session

for _ in range(3):
    session = Session(default_scene())
    scene = session.scene
    session.edit(scene.with_start((-2.0, 0.5)), "Move")
    session.undo_stack.undo()
    session.edit(dataclasses.replace(scene, runs=scene.runs[:1]), "Remove")
    session.edit(dataclasses.replace(scene, runs=()), "Remove all")
    session.edit(scene, "Add")
    session.select(0)
    del session, scene
    gc.collect()
print("survived")
"""


def test_a_session_dropped_with_undo_history_is_freed_without_a_crash():
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", DROP_SESSION_SCRIPT],
        capture_output=True, text=True, env=env, cwd=root, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "survived"


def test_a_session_with_undo_history_is_freed_by_reference_counting_alone(qtbot):
    """No reference loop through the undo commands: the Session goes as soon as it is dropped."""
    session = Session(default_scene())
    session.edit(session.scene.with_start((-2.0, 0.5)), "Move")
    session.edit(session.scene.with_start((1.0, 0.5)), "Move again")
    session.undo_stack.undo()
    alive = weakref.ref(session)
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        del session
        assert alive() is None
    finally:
        if was_enabled:
            gc.enable()


def test_close_drops_the_history(qtbot, session):
    session.edit(session.scene.with_start((-2.0, 0.5)), "Move")
    session.close()
    assert session.undo_stack.count() == 0
