"""Long runs of the whole window: thousands of painted frames and random user actions.

Short GUI tests can pass while a binding crash waits for the thousandth call, so these
play the default scene for 3,000 frames and throw 2,000 random edits at the window.
"""

import dataclasses
import gc
import math
import random

import pytest
from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication

from engine.optimizers import OPTIMIZERS
from engine.params import params_of
from engine.schedules import SCHEDULES
from engine.surfaces import SURFACES
from tests.conftest import flush_deferred_deletions

pytestmark = pytest.mark.slow


def test_three_thousand_painted_frames(window):
    timeline = window.timeline
    painted = 0
    while painted < 3000:
        if timeline.frame == timeline.last_frame:
            timeline.first()
        else:
            timeline.step(1)
        window.surface_view.repaint()
        painted += 1
        if painted % 50 == 0:
            QApplication.processEvents()
    assert painted == 3000


def test_playback_at_full_speed(qtbot, window):
    window.timeline.set_speed(1000)
    window.timeline.set_loop(True)
    window.timeline.play()
    qtbot.wait(1500)
    window.timeline.pause()
    assert not window.timeline.playing


def _random_value(info, rng):
    if info.kind == "text":
        return info.default  # a custom surface's formula: its own tests cover bad text
    if info.kind == "bool":
        return rng.random() < 0.5
    if info.kind == "choice":
        return rng.choice(info.choices)
    if info.log:
        value = math.exp(rng.uniform(math.log(max(info.low, 1e-12)), math.log(info.high)))
    else:
        value = rng.uniform(info.low, info.high)
    return int(round(value)) if info.kind == "int" else value


def _random_optimizer(rng):
    cls = rng.choice(list(OPTIMIZERS.values()))
    info = rng.choice(params_of(cls))
    return cls(**{info.name: _random_value(info, rng)})


class RandomUser:
    """Picks one plausible action at a time: edits, clicks, steps, undo."""

    def __init__(self, window, seed):
        self.window, self.rng = window, random.Random(seed)
        self.session, self.timeline = window.session, window.timeline

    def act(self):
        action = self.rng.choice(
            [
                self.step,
                self.step,
                self.scrub,
                self.move_start,
                self.change_optimizer,
                self.change_schedule,
                self.change_noise,
                self.add_run,
                self.remove_run,
                self.toggle_visible,
                self.solo,
                self.select,
                self.change_surface,
                self.change_steps,
                self.undo,
                self.undo,
                self.redo,
                self.menu_action,
            ]
        )
        action()

    def _index(self):
        return self.rng.randrange(len(self.session.scene.runs)) if self.session.scene.runs else None

    def step(self):
        self.timeline.step(self.rng.choice([-10, -1, 1, 10]))

    def scrub(self):
        self.timeline.set_frame(self.rng.randint(0, self.timeline.last_frame))

    def move_start(self):
        x_min, x_max, y_min, y_max = self.session.scene.surface.bounds
        point = (self.rng.uniform(x_min, x_max), self.rng.uniform(y_min, y_max))
        index = self.rng.choice([None, self._index()])
        self.session.edit(self.session.scene.with_start(point, index), "Move start", "drag-start")

    def change_optimizer(self):
        index = self._index()
        if index is not None:
            self.session.edit(
                self.session.scene.replace_run(index, optimizer=_random_optimizer(self.rng)), "Opt"
            )

    def change_schedule(self):
        index = self._index()
        if index is not None:
            cls = self.rng.choice(list(SCHEDULES.values()))
            values = {p.name: _random_value(p, self.rng) for p in params_of(cls)}
            self.session.edit(
                self.session.scene.replace_run(index, schedule=cls(**values)), "Schedule"
            )

    def change_noise(self):
        index = self._index()
        if index is not None:
            noise = self.rng.choice([0.0, 0.1, 1.0, 10.0])
            self.session.edit(
                self.session.scene.replace_run(index, noise=noise, seed=self.rng.randrange(99)), "N"
            )

    def add_run(self):
        scene = self.session.scene
        if len(scene.runs) < 10:
            base = scene.runs[0] if scene.runs else None
            spec = (
                dataclasses.replace(base, name="copy", color=scene.free_color()) if base else None
            )
            if spec:
                self.session.edit(dataclasses.replace(scene, runs=(*scene.runs, spec)), "Add run")

    def remove_run(self):
        index = self._index()
        if index is not None and len(self.session.scene.runs) > 1:
            runs = self.session.scene.runs[:index] + self.session.scene.runs[index + 1 :]
            self.session.edit(dataclasses.replace(self.session.scene, runs=runs), "Remove run")

    def toggle_visible(self):
        index = self._index()
        if index is not None:
            visible = not self.session.scene.runs[index].visible
            self.session.edit(self.session.scene.replace_run(index, visible=visible), "Visibility")

    def solo(self):
        self.session.set_solo(self.rng.choice([-1, self._index() or 0]))

    def select(self):
        self.session.select(self._index() or 0)

    def change_surface(self):
        cls = self.rng.choice(list(SURFACES.values()))
        surface = cls(**{p.name: _random_value(p, self.rng) for p in params_of(cls)})
        scene = self.session.scene.with_start(surface.start)
        self.session.edit(dataclasses.replace(scene, surface=surface), "Surface")

    def change_steps(self):
        steps = self.rng.choice([0, 1, 50, 400, 1500])
        self.session.edit(dataclasses.replace(self.session.scene, steps=steps), "Steps")

    def undo(self):
        self.session.undo_stack.undo()

    def redo(self):
        self.session.undo_stack.redo()

    def click_plot(self):
        viewport = self.window.surface_view.viewport()
        point = QPoint(self.rng.randrange(viewport.width()), self.rng.randrange(viewport.height()))
        shift = self.rng.random() < 0.3
        modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, modifier, point)

    def press_key(self):
        key = self.rng.choice([Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Home, Qt.Key.Key_End])
        QTest.keyClick(self.window.surface_view, key)

    def click_button(self):
        buttons = [
            b for b in self.window.findChildren(QAbstractButton) if b.isVisibleTo(self.window)
        ]
        safe = [b for b in buttons if not b.objectName().startswith("qt_") and b.isEnabled()]
        button = self.rng.choice(safe)
        if button.menu() is None:  # a button with a menu would open it and wait for the user
            button.click()

    def menu_action(self):
        safe = [
            a
            for a in self.window.actions()
            if a.text() and "Quit" not in a.text() and "&" in a.text()
        ]
        names = ("Reset", "Vectors", "Overlay", "Step", "Back", "First", "Last", "Forward")
        candidates = [a for a in self.window.actions() if any(n in a.text() for n in names)] or safe
        self.rng.choice(candidates).trigger()


# 2,000 random actions in all, as four independent users, so parallel test workers share them.
@pytest.mark.parametrize("seed", [20261125, 20261126, 20261127, 20261128])
def test_two_thousand_random_actions(window, seed):
    user = RandomUser(window, seed=seed)
    children_at_start = len(window.findChildren(QObject))
    for count in range(500):
        user.act()
        if count % 20 == 0:
            window.surface_view.repaint()
            QApplication.processEvents()
            # What the running app's event loop does between events: deliver deleteLater()s
            # and collect cycles (gui/garbage.py); processEvents() alone does neither.
            flush_deferred_deletions()
            gc.collect()
    window.timeline.pause()
    assert len(window.session.runs) == len(window.session.scene.runs)
    # Rebuilt widgets are freed, not piled up (before the flushes: 900 → 117,676 children).
    assert len(window.findChildren(QObject)) < 3 * children_at_start
