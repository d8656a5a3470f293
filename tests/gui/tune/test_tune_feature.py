"""Tune each run: the search runs off the GUI thread, applies as one undoable edit, and the
fairness card shows the rules and each run's tuned settings; cancel stops it within a block."""

from __future__ import annotations

import dataclasses

import pytest

import gui.maps.worker as worker_module
from gui.tune.feature import TuneFeature
from tests.gui.counting_worker import CountingWorker


@pytest.fixture
def feature(window):
    feature = window.feature(TuneFeature)
    feature.card.budget.setValue(8)
    feature.card.seeds.setValue(2)
    return feature


def tune_now(qtbot, feature):
    with qtbot.waitSignal(feature.tuned, timeout=60000) as blocker:  # a ceiling only a hang reaches
        feature.action.trigger()
    return blocker.args[0]


def test_tuning_applies_every_run_s_settings_as_one_undoable_edit(qtbot, feature):
    session = feature.session
    before, edits = session.scene, session.undo_stack.count()
    result = tune_now(qtbot, feature)
    after = session.scene
    assert session.undo_stack.count() == edits + 1
    assert session.undo_stack.undoText() == "Tune each run"
    assert len(result.entries) == len(before.runs)
    for old, new, entry in zip(before.runs, after.runs, result.entries, strict=True):
        assert new.optimizer is entry.optimizer and new.optimizer.lr == entry.settings["lr"]
        assert dataclasses.replace(new, optimizer=old.optimizer) == old  # nothing else moved
    session.undo_stack.undo()
    assert session.scene == before
    session.undo_stack.redo()
    assert session.scene == after


def test_the_card_shows_budget_objective_seeds_and_each_run_s_settings(qtbot, feature):
    result = tune_now(qtbot, feature)
    card = feature.card
    rules = card.rules.text()
    assert "8 settings" in rules and "final loss" in rules and "seeds 0–1" in rules
    assert "No run has gradient noise" in rules  # the canyon race has none
    assert card.table.rowCount() == len(result.entries)
    for row, entry in enumerate(result.ranking()):  # the race of the tuned runs, winner first
        assert card.table.item(row, 0).text() == str(row + 1)
        assert entry.name in card.table.item(row, 1).text()
        assert f"lr = {entry.settings['lr']:.3g}" in card.table.item(row, 2).text()
        assert f"{entry.spread()['mean']:.3g}" in card.table.item(row, 3).text()
    assert feature.dock.isVisible() and not card.progress.isVisible()


def test_cancel_stops_within_one_block_and_changes_nothing(qtbot, feature, monkeypatch):
    monkeypatch.setattr(worker_module, "MapWorker", CountingWorker)  # the slot makes it
    session = feature.session
    session.edit(dataclasses.replace(session.scene, steps=20000), "long runs")
    before, edits = session.scene, session.undo_stack.count()
    feature.card.budget.setValue(200)
    feature.start()
    assert feature.computing and feature.card.cancel_button.isVisible()
    qtbot.waitUntil(lambda: feature.card.progress.value() > 0, timeout=10000)
    worker = feature.worker
    assert isinstance(worker, CountingWorker) and worker.before >= 1
    feature.card.cancel_button.click()
    assert worker.wait(30000)  # a ceiling only a hang reaches
    assert worker.after <= 1  # a report already past its cancel check may still land
    assert worker.before < 20000 // 25  # far from every block of the search
    assert not feature.computing and feature.card.tune_button.isEnabled()
    assert session.scene is before and session.undo_stack.count() == edits
    assert feature.result is None


def test_editing_the_scene_cancels_a_running_search(qtbot, feature):
    session = feature.session
    session.edit(dataclasses.replace(session.scene, steps=20000), "long runs")
    feature.start()
    worker = feature.worker
    session.edit(dataclasses.replace(session.scene, steps=300), "shorter")
    assert not feature.computing and worker.is_cancelled()
    assert worker.wait(30000)
    assert feature.result is None and session.scene.steps == 300


@pytest.fixture
def korean(qapp):
    from gui.i18n import install_language

    assert install_language("ko")
    yield
    install_language("en")


def test_the_card_and_the_menu_entry_speak_korean(korean, window):
    feature = window.feature(TuneFeature)
    assert feature.action.text() == "실행마다 튜닝(&T)"
    assert feature.dock.windowTitle() == "공정성 카드"
    card = feature.card
    assert card.tune_button.text() == "실행마다 튜닝"
    assert card.objective.itemText(0) == "최종 손실 − f*"
    headers = [card.table.horizontalHeaderItem(c).text() for c in range(card.table.columnCount())]
    assert headers == ["순위", "실행", "튜닝된 설정", "시드별 점수"]


def test_the_sweep_map_shows_the_selected_runs_search_grid(qtbot, window):
    from engine.tune.space import search_space
    from gui.maps.sweep_map import SweepMapController

    feature = window.feature(TuneFeature)
    sweep = window.feature(SweepMapController)
    window.session.select(1)  # momentum: lr × momentum
    spec, scene = window.session.scene.runs[1], window.session.scene
    with qtbot.waitSignal(sweep.computed, timeout=30000) as blocker:
        assert feature.search_action.isEnabled()
        feature.search_action.trigger()
    result = blocker.args[0]
    space = search_space(spec.optimizer, scene.surface, feature.card.settings().budget)
    lrs, momentums = space.values
    assert (result.x.name, result.y.name) == ("lr", "momentum")
    assert result.x.low == pytest.approx(lrs.min()) and result.x.high == pytest.approx(lrs.max())
    assert result.y.low == pytest.approx(momentums.min())
    assert result.y.high == pytest.approx(momentums.max())
    assert window.dock(SweepMapController).isVisible()


def test_a_search_of_one_setting_says_why_it_has_no_map(window):
    """SGD is tuned over lr alone; the sweep map has two axes, so nothing is swept and the
    status bar names the run, its one setting and where its tuned value is shown."""
    from engine.tune.space import search_space
    from gui.maps.sweep_map import SweepMapController

    feature = window.feature(TuneFeature)
    sweep = window.feature(SweepMapController)
    window.session.select(0)
    spec, scene = window.session.scene.runs[0], window.session.scene
    space = search_space(spec.optimizer, scene.surface, feature.card.settings().budget)
    assert space.names == ("lr",)  # the case this test is about
    assert feature.show_search() is False
    message = window.statusBar().currentMessage()
    assert spec.name in message and "lr alone" in message and "two settings" in message
    assert not sweep.computing
