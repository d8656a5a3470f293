"""The selected run's update rule in a chosen notation, kept in step with frame and walk-through."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from engine.lecture import NOTATIONS
from gui.models import Session, Timeline
from gui.panels.equation_display import EquationDisplay
from gui.panels.equation_text import SubStep, substeps, symbol_key

PLAYBACK_REFRESH_MS = 250
NOTATION_SETTING = "equation/notation"


class EquationPanel(EquationDisplay):
    """Rule, numbers and a walk-through of the selected run's update at the timeline's frame."""

    substep_changed = Signal(str)  # the overlay the walked line draws, "" for none

    def __init__(self, session: Session, timeline: Timeline, parent: QWidget | None = None):
        super().__init__(parent)
        self._session, self._timeline = session, timeline
        self._steps: list[SubStep] = []
        self._walk_index = 0
        self._settings = None
        self._stale = False
        self._playback_timer = QTimer(self)
        self._playback_timer.setSingleShot(True)
        self._playback_timer.setInterval(PLAYBACK_REFRESH_MS)
        self._playback_timer.timeout.connect(self._redraw)
        self._connect_controls()
        session.runs_changed.connect(self._on_runs_changed)
        session.scene_changed.connect(self._on_scene_changed)
        self._scene = session.scene
        self._end_walk = False
        session.selection_changed.connect(self._on_selection_changed)
        timeline.frame_changed.connect(self._on_frame_changed)
        timeline.playing_changed.connect(self._on_playing_changed)
        self._rebuild()

    def _connect_controls(self) -> None:
        self.notation_box.currentIndexChanged.connect(self._on_notation_changed)
        self.walk_button.clicked.connect(self._on_walk_toggled)
        self.previous_button.clicked.connect(self.previous_substep)
        self.next_button.clicked.connect(self.next_substep)
        self.shortcuts = [self._shortcut("N", self.next_substep)]
        self.shortcuts.append(self._shortcut("P", self.previous_substep))

    def _shortcut(self, key: str, slot) -> QShortcut:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    # --- public API -----------------------------------------------------------------------

    @property
    def notation(self) -> str:
        return self.notation_box.currentData()

    def set_notation(self, key: str) -> None:
        index = self.notation_box.findData(key)
        if index < 0:
            raise ValueError(f"unknown notation {key!r}; expected one of {', '.join(NOTATIONS)}")
        self.notation_box.setCurrentIndex(index)

    def remember_in(self, settings) -> None:
        """Restore the notation from `settings` (a QSettings) and store every later choice."""
        stored = settings.value(NOTATION_SETTING, self.notation)
        if stored in NOTATIONS:
            self.set_notation(stored)
        self._settings = settings

    @property
    def steps(self) -> list[SubStep]:
        """The sub-steps of the selected run's rule (empty without a selection)."""
        return list(self._steps)

    @property
    def walking(self) -> bool:
        return self.walk_button.isChecked()

    @property
    def walk_index(self) -> int:
        return self._walk_index

    def stop_walking(self) -> None:
        self.set_walking(False)

    def set_walking(self, on: bool) -> None:
        self.walk_button.setChecked(bool(on))
        self._on_walk_toggled(bool(on))

    def next_substep(self) -> None:
        """Start the walk-through, or move to its next line."""
        if not self.walking:
            self.set_walking(True)
        elif self._walk_index < len(self._steps) - 1:
            self._walk_to(self._walk_index + 1)

    def previous_substep(self) -> None:
        if self.walking and self._walk_index > 0:
            self._walk_to(self._walk_index - 1)

    def numeric_lines(self) -> list[str]:
        """The substituted line of each sub-step at the current frame (rich text)."""
        run, frame = self._run_and_frame()
        return [] if run is None else [step.numeric_html(run, frame) for step in self._steps]

    # --- slots ----------------------------------------------------------------------------

    def _on_scene_changed(self, scene) -> None:
        """A walk-through explains one scene's update: a new surface or step count ends it,
        once the new runs are in (runs_changed follows; the rule lines are still stale here)."""
        previous, self._scene = self._scene, scene
        if (scene.surface, scene.steps) != (previous.surface, previous.steps):
            self._end_walk = True

    def _on_runs_changed(self, _runs) -> None:
        self._rebuild()
        if self._end_walk:
            self._end_walk = False
            self.set_walking(False)

    def _on_selection_changed(self, _index: int) -> None:
        self._rebuild()

    def _on_notation_changed(self, _index: int) -> None:
        if self._settings is not None:
            self._settings.setValue(NOTATION_SETTING, self.notation)
        self._rebuild()

    def _on_frame_changed(self, _frame: int) -> None:
        if self.walking:
            self._walk_to(0, redraw=False)
        if not self.isVisible():
            self._stale = True  # behind another tab: catch up when shown
        elif self._timeline.playing:
            # Repainting eight lines of large rich text costs ~10 ms; numbers flying past
            # at 30 steps/s are unreadable anyway, so playback refreshes a few times a second.
            if not self._playback_timer.isActive():
                self._playback_timer.start()
        else:
            self._redraw()

    def _on_playing_changed(self, playing: bool) -> None:
        if not playing:
            self._playback_timer.stop()
            self._redraw()  # the frame playback stopped on, exactly

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._redraw()

    def _on_walk_toggled(self, on: bool) -> None:
        self.show_walking(on)
        self._walk_index = 0
        self._update_buttons()
        self._redraw()
        self._emit_highlight()

    # --- drawing --------------------------------------------------------------------------

    def _run_and_frame(self):
        index = self._session.selected
        if not 0 <= index < len(self._session.runs):
            return None, 0
        run = self._session.runs[index]
        return run, min(self._timeline.frame, run.last_frame)

    def _rebuild(self) -> None:
        """New rule lines for the selected run and notation; the walk starts over."""
        run, _ = self._run_and_frame()
        self._steps = [] if run is None else substeps(run.optimizer, self.notation)
        key = "" if run is None else symbol_key(run.optimizer, self.notation)
        self.show_rule(self._steps, key)
        self._walk_index = 0
        self._update_buttons()
        self._redraw()
        self._emit_highlight()

    def _walk_to(self, index: int, redraw: bool = True) -> None:
        changed = index != self._walk_index
        self._walk_index = index
        self._update_buttons()
        if redraw:
            self._redraw()
        if changed:
            self._emit_highlight()

    def _emit_highlight(self) -> None:
        current = self._steps[self._walk_index] if self.walking and self._steps else None
        self.substep_changed.emit((current.highlight or "") if current else "")

    def _update_buttons(self) -> None:
        walking, last = self.walking, len(self._steps) - 1
        self.previous_button.setEnabled(walking and self._walk_index > 0)
        self.next_button.setEnabled(bool(self._steps) and (not walking or self._walk_index < last))

    def _redraw(self) -> None:
        self._stale = False
        run, frame = self._run_and_frame()
        if run is None:
            self.show_no_run()
            return
        spec = self._session.scene.runs[self._session.selected]
        self.show_frame(run, frame, spec, self._walk_index if self.walking else None)
