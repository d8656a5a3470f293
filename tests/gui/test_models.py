"""The Session and Timeline models: state, signals, undo merging, playback."""

import dataclasses

import pytest

from engine.optimizers import SGD
from engine.scene import RunSpec, default_scene
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
