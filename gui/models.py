"""The two Qt models every view observes: the Session (scene, runs, undo) and the Timeline."""

from __future__ import annotations

import weakref
import zlib

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from engine.scene.scene import RunCache, Scene, default_scene


class SceneEdit(QUndoCommand):
    """Replace the session's scene; edits with the same merge key (a slider drag) merge.

    The command is owned by the Session's QUndoStack (C++), so it holds the Session only
    weakly: a strong reference would make a loop that only the garbage collector can
    break, and when it frees the command first, the Session dies and its stack deletes
    the very command being freed (a use-after-free in QUndoStack::clear()).
    """

    def __init__(
        self, session: Session, before: Scene, after: Scene, text: str, merge_key: str = ""
    ):
        super().__init__(text)
        self._session = weakref.ref(session)
        self._before, self._after = before, after
        # Qt merges commands by integer id: a stable non-negative number per key.
        self._id = zlib.crc32(merge_key.encode()) & 0x7FFFFFFF if merge_key else -1

    def id(self) -> int:
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if other.id() != self._id or self._id == -1:
            return False
        self._after = other._after
        return True

    def redo(self):
        self._apply(self._after)

    def undo(self):
        self._apply(self._before)

    def _apply(self, scene: Scene) -> None:
        session = self._session()
        if session is not None:  # the stack outlives its Session only while being deleted
            session._show(scene)


class Session(QObject):
    """Holds the current Scene and its computed runs; every edit goes through the undo stack."""

    scene_changed = Signal(object)  # Scene
    runs_changed = Signal(object)  # tuple[Run, ...], one per scene.runs entry
    selection_changed = Signal(int)
    solo_changed = Signal(int)  # -1 when no run is soloed
    # After every view has its new runs (runs_changed): the scene's step count, for the
    # Timeline, so a frame it clamps never reaches a view that has not rebuilt yet.
    steps_changed = Signal(int)

    def __init__(self, scene: Scene | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._cache = RunCache()
        self._scene = scene or default_scene()
        self._runs = self._cache.runs_of(self._scene)
        self._selected = 0 if self._scene.runs else -1
        self._solo = -1

    @property
    def scene(self) -> Scene:
        return self._scene

    @property
    def runs(self):
        return self._runs

    @property
    def selected(self) -> int:
        return self._selected

    @property
    def solo(self) -> int:
        return self._solo

    def edit(self, scene: Scene, text: str, merge_key: str = "") -> None:
        """Make `scene` current as one undoable step, merged with a previous one of the same key."""
        if scene != self._scene:
            self.undo_stack.push(SceneEdit(self, self._scene, scene, text, merge_key))

    def close(self) -> None:
        """Drop the undo history now, in a known order, before the Session goes away."""
        self.undo_stack.clear()

    def replace(self, scene: Scene) -> None:
        """Start over with `scene` (opening a file): not undoable, clears the history."""
        self.undo_stack.clear()
        self._show(scene)

    def select(self, index: int) -> None:
        index = max(-1, min(index, len(self._scene.runs) - 1))
        if index != self._selected:
            self._selected = index
            self.selection_changed.emit(index)

    def set_solo(self, index: int) -> None:
        index = index if 0 <= index < len(self._scene.runs) else -1
        if index != self._solo:
            self._solo = index
            self.solo_changed.emit(index)

    def is_shown(self, index: int) -> bool:
        """Whether run `index` is drawn: visible, and the soloed one when any is soloed."""
        if self._solo >= 0:
            return index == self._solo
        return self._scene.runs[index].visible

    def _show(self, scene: Scene) -> None:
        self._scene = scene
        self._runs = self._cache.runs_of(scene)
        count = len(scene.runs)
        solo_lost = self._solo >= count
        if solo_lost:
            self._solo = -1
        selection_moved = self._selected >= count or (self._selected < 0 and count > 0)
        if selection_moved:
            self._selected = count - 1 if self._selected >= count else 0
        # Views learn of the new runs first, so every index they are then given is valid.
        self.scene_changed.emit(scene)
        self.runs_changed.emit(self._runs)
        self.steps_changed.emit(scene.steps)
        if solo_lost:
            self.solo_changed.emit(-1)
        if selection_moved:
            self.selection_changed.emit(self._selected)


MIN_SPEED, MAX_SPEED = 1.0, 1000.0
TICK_MS = 16


class Timeline(QObject):
    """The one frame cursor all views follow, plus play/pause at a speed in steps per second."""

    frame_changed = Signal(int)
    last_frame_changed = Signal(int)
    playing_changed = Signal(bool)
    speed_changed = Signal(float)
    loop_changed = Signal(bool)

    def __init__(self, last_frame: int = 0, parent: QObject | None = None):
        super().__init__(parent)
        self._frame, self._last = 0, max(0, int(last_frame))
        self._speed, self._loop, self._carry = 30.0, False, 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_tick)
        self._clock = QElapsedTimer()

    @property
    def frame(self) -> int:
        return self._frame

    @property
    def last_frame(self) -> int:
        return self._last

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    @property
    def speed(self) -> float:
        return self._speed

    @property
    def loop(self) -> bool:
        return self._loop

    def set_frame(self, frame: int) -> None:
        frame = max(0, min(int(frame), self._last))
        if frame != self._frame:
            self._frame = frame
            self.frame_changed.emit(frame)

    def step(self, count: int = 1) -> None:
        self.set_frame(self._frame + count)

    def first(self) -> None:
        self.set_frame(0)

    def last(self) -> None:
        self.set_frame(self._last)

    def set_last_frame(self, last: int) -> None:
        last = max(0, int(last))
        if last != self._last:
            self._last = last
            self.last_frame_changed.emit(last)
            self.set_frame(self._frame)

    def follow(self, session: Session) -> None:
        """Keep the last frame equal to `session`'s step count, derived, never pushed."""
        self.set_last_frame(session.scene.steps)
        session.steps_changed.connect(self.set_last_frame)

    def set_speed(self, steps_per_second: float) -> None:
        speed = max(MIN_SPEED, min(float(steps_per_second), MAX_SPEED))
        if speed != self._speed:
            self._speed = speed
            self.speed_changed.emit(speed)

    def set_loop(self, loop: bool) -> None:
        if bool(loop) != self._loop:
            self._loop = bool(loop)
            self.loop_changed.emit(self._loop)

    def play(self) -> None:
        if self.playing:
            return
        if self._frame >= self._last and not self._loop:
            self.set_frame(0)  # pressing play at the end replays from the start
        self._carry = 0.0
        self._clock.start()
        self._timer.start()
        self.playing_changed.emit(True)

    def pause(self) -> None:
        if self.playing:
            self._timer.stop()
            self.playing_changed.emit(False)

    def toggle(self) -> None:
        self.pause() if self.playing else self.play()

    def _on_tick(self) -> None:
        # Advance by elapsed time, not by tick count, so speed holds when frames are slow;
        # at high speed several steps pass per tick and the views draw only the last.
        self._carry += self._speed * self._clock.restart() / 1000.0
        steps, self._carry = int(self._carry), self._carry % 1.0
        if not steps:
            return
        target = self._frame + steps
        if target > self._last:
            if self._loop:
                target = target % (self._last + 1)
            else:
                target = self._last
                self.pause()
        self.set_frame(target)
