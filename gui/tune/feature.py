"""Edit ▸ Tune each run: search every run's settings off the GUI thread, apply them as one edit."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal

from gui.features import Column, Menu
from gui.maps.sweep_map import SweepMapController
from gui.maps.worker import WorkerSlot

if TYPE_CHECKING:  # the search (engine.tune) and its card are imported when first used
    from engine.tune import TuneResult, TuneSettings
    from gui.tune.card import FairnessCard


class TuneJob:
    """What the worker thread computes: one search of fixed inputs."""

    def __init__(self, scene, settings: TuneSettings):
        from engine.tune import Racer  # here, on the GUI thread, not inside the worker's

        self.scene, self.settings = scene, settings
        self.racers = [
            Racer(run.name, run.optimizer, run.start, run.schedule, run.noise) for run in scene.runs
        ]

    def __call__(self, progress, is_cancelled) -> TuneResult:
        from engine.tune import tune  # already imported by __init__

        return tune(self.scene.surface, self.racers, self.scene.steps, self.settings, progress,
                    is_cancelled)  # fmt: skip


class TuneFeature(QObject):
    """Owns the fairness card, the menu action and the worker searching."""

    NAME = "tune each run"
    REQUIRES = (SweepMapController,)  # shows the search of the selected run

    tuned = Signal(object)  # the TuneResult just applied

    @classmethod
    def install(cls, host) -> TuneFeature:
        """Add Edit ▸ Tune each run and the fairness card beside the run settings."""
        feature = cls(host.window)
        feature._attach(host)
        return feature

    def _attach(self, host) -> None:
        self.host = host
        self.dock = host.add_dock_built_when_shown(
            self._build_card, self.tr("Fairness card"), "dock-fairness-card", TuneFeature,
            hidden=False, tab_with=Column.RIGHT,
        )  # fmt: skip
        self.action = host.add_action(
            Menu.EDIT, self.tr("&Tune each run"), self.start, None,
            self.tr("Search each run's learning rate (and momentum or β1) under the same "
                    "budget, seeds and objective, then apply the best as one undoable edit."),
        )  # fmt: skip
        self.sweep = host.feature(SweepMapController)
        self.search_action = host.add_action(
            Menu.EDIT, self.tr("Show the tuning &search in the sweep map"), self.show_search,
            None,
            self.tr("Sweep the selected run over the very grid Tune each run searches (one "
                    "seed), so its landscape of scores is seen, not only the winner."),
        )  # fmt: skip

    def show_search(self) -> bool:
        """Set the sweep map's axes to the selected run's search grid and compute it."""
        from engine.run.sweep_axes import Axis
        from engine.tune.space import search_space

        index = self.session.selected
        scene = self.session.scene
        if not 0 <= index < len(scene.runs):
            return False
        space = search_space(
            scene.runs[index].optimizer, scene.surface, self.card.settings().budget
        )
        axes = [
            Axis(name, float(values.min()), float(values.max()), name == "lr")
            for name, values in zip(space.names, space.values, strict=True)
        ]
        if len(axes) < 2:  # the map has two axes; a search of one setting is the card's table
            self.host.show_status(
                self.tr(
                    "{0} is tuned over {1} alone: the sweep map needs two settings; the fairness "
                    "card lists the tuned value."
                ).format(scene.runs[index].name, axes[0].name),
                8000,
            )
            return False
        self.sweep.bring_to_front()  # first: its controls exist once it has been seen
        self.sweep.controls.x_picker.set_axis(axes[0])
        self.sweep.controls.y_picker.set_axis(axes[1])
        self.sweep.controls.grid.setValue(max(len(values) for values in space.values))
        self.sweep.compute()
        return True

    def __init__(self, window):
        super().__init__(window)
        self.session = window.session
        self.slot = WorkerSlot(self, self._on_progressed, self._on_finished_with, self._on_failed)
        self._scene = None
        self.result: TuneResult | None = None
        self.dock = None  # the card's dock, once installed
        self.session.scene_changed.connect(self._on_scene_changed)
        window.installEventFilter(self)

    @property
    def window(self):
        return self.parent()

    @property
    def card(self) -> FairnessCard:
        """The fairness card: built when its tab is first seen or a search first needs it."""
        return self.host.built(self.dock)

    def _build_card(self) -> FairnessCard:
        from gui.tune.card import FairnessCard

        card = FairnessCard()
        card.tune_requested.connect(self.start)
        card.cancel_requested.connect(self.cancel)
        return card

    @property
    def computing(self) -> bool:
        return self.slot.busy

    @property
    def worker(self):
        """The running search's thread, or None."""
        return self.slot.worker

    def start(self) -> None:
        """Tune every run of the current scene with the card's rules, cancelling any search."""
        self.cancel()
        scene = self.session.scene
        if self.dock is not None:
            self.dock.show()
            self.dock.raise_()
        if not scene.runs:
            self.host.show_status(self.tr("Tune each run: add a run first."), 4000)
            return
        self._scene = scene
        self.card.set_busy(True)
        self.slot.start(TuneJob(scene, self.card.settings()))

    def cancel(self) -> None:
        """Stop the running search, if any; nothing is applied."""
        self.slot.cancel()
        if self.host.is_built(self.dock):  # a card built later is not busy
            self.card.set_busy(False)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Cancel and wait for every worker thread (a running QThread must not be destroyed)."""
        self.slot.shutdown(timeout_ms)

    def apply(self, result: TuneResult) -> None:
        """Give each run its tuned optimizer, as one undoable edit, and show the card."""
        scene = self._scene
        runs = tuple(
            dataclasses.replace(run, optimizer=entry.optimizer)
            for run, entry in zip(scene.runs, result.entries, strict=True)
        )
        self.result = result
        self.session.edit(dataclasses.replace(scene, runs=runs), self.tr("Tune each run"))
        self.card.show_result(result, [run.color for run in runs])
        winner = result.ranking()[0]
        self.host.show_status(self.tr("Tuned {0} runs; the fair race's winner: {1}.").format(
            len(runs), winner.name), 8000)  # fmt: skip
        self.tuned.emit(result)

    # --- slots --------------------------------------------------------------------------------

    def _on_scene_changed(self, scene) -> None:
        if self.slot.busy and scene is not self._scene:
            self.cancel()  # the search is of runs that are no longer there
            self.host.show_status(self.tr("Tuning cancelled: the scene changed."), 4000)

    def _on_progressed(self, fraction: float) -> None:
        self.card.set_progress(fraction)

    def _on_finished_with(self, result: TuneResult) -> None:
        self.card.set_busy(False)
        self.apply(result)

    def _on_failed(self, message: str) -> None:
        self.card.set_busy(False)
        self.host.show_status(self.tr("Tuning failed: {0}").format(message), 8000)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.shutdown()
        return False
