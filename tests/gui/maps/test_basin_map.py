"""View ▸ Basin map: overlay data, recompute, cancel, responsiveness, Ctrl+click adds a run."""

import dataclasses
import math
import threading

import numpy as np
import pytest
from numpy.testing import assert_allclose
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

import gui.maps.worker as worker_module
from engine.optimizers import SGD, Adam
from engine.run.basin import THREADS, basin_map, block_rows, outcome_color
from engine.scene.scene import RunSpec, Scene
from engine.surfaces import Booth, Himmelblau
from gui.features import Menu
from gui.maps.basin_map import Z_VALUE, BasinMapController
from tests.gui.counting_worker import CountingWorker

SMALL_GRID = 30


def himmelblau_scene(optimizer=None, steps=600) -> Scene:
    runs = (RunSpec("GD", optimizer or SGD(lr=0.001), start=(0.0, 0.0)),)
    return Scene(Himmelblau(), runs, steps)


@pytest.fixture
def basin_window(window, qtbot):
    window.session.edit(himmelblau_scene(), "Himmelblau")
    window.session.select(0)
    qtbot.wait(50)  # let the docks settle: with true geometry the plot's size sets its range
    window.surface_view.reset_view()
    controller = window.feature(BasinMapController)
    controller.grid = SMALL_GRID
    return window, controller


def show_and_wait(qtbot, controller):
    with qtbot.waitSignal(controller.computed, timeout=20000) as blocker:
        controller.action.trigger()
    return blocker.args[0]


def test_menu_entry_is_a_checkable_view_action(basin_window):
    window, controller = basin_window
    assert controller.action in window.menus[Menu.VIEW].actions()
    assert controller.action.isCheckable() and controller.action.toolTip()
    assert window.feature(BasinMapController) is controller


def test_overlay_matches_the_engine_map_over_the_view(qtbot, basin_window):
    window, controller = basin_window
    basin = show_and_wait(qtbot, controller)
    rect = window.surface_view.view_box.viewRect()
    assert_allclose(basin.rect, (rect.left(), rect.right(), rect.top(), rect.bottom()))
    spec = window.session.scene.runs[0]
    expected = basin_map(Himmelblau(), spec.optimizer, SMALL_GRID, 600, rect=basin.rect)
    np.testing.assert_array_equal(basin.outcome, expected.outcome)
    image = controller.image
    assert image.isVisible() and image.image.shape == (SMALL_GRID, SMALL_GRID, 4)
    assert -100 < image.zValue() == Z_VALUE < -50
    bounds = image.mapRectToParent(image.boundingRect())
    assert_allclose([bounds.left(), bounds.top(), bounds.width(), bounds.height()],
                    [rect.left(), rect.top(), rect.width(), rect.height()], rtol=1e-9)  # fmt: skip
    assert 0 < image.image[0, 0, 3] < 255  # semi-transparent


def test_plain_gd_on_himmelblau_shows_four_basins_in_legend_and_stars(qtbot, basin_window):
    window, controller = basin_window
    basin = show_and_wait(qtbot, controller)
    rows = controller.legend_rows(basin)
    assert [color for color, _ in rows[:4]] == [outcome_color(i) for i in range(4)]
    fractions = [float(text.split()[-1].rstrip("%")) for _, text in rows]
    assert all(f > 10 for f in fractions[:4]) and sum(fractions) == pytest.approx(100, abs=0.5)
    assert len(controller.legend.items) == len(rows) + 1  # and the shading note
    stars = window.surface_view.surface_layer.minima
    brushes = [brush.color().name() for brush in stars.data["brush"]]
    assert brushes == [outcome_color(i) for i in range(4)]


def test_hiding_removes_the_overlay_and_whitens_the_stars(qtbot, basin_window):
    window, controller = basin_window
    show_and_wait(qtbot, controller)
    controller.action.trigger()
    assert not controller.image.isVisible() and not controller.legend.isVisible()
    stars = window.surface_view.surface_layer.minima
    assert {brush.color().name() for brush in stars.data["brush"]} == {"#ffffff"}


def test_changing_the_selected_runs_optimizer_recomputes(qtbot, basin_window):
    window, controller = basin_window
    show_and_wait(qtbot, controller)
    scene = window.session.scene.replace_run(0, optimizer=Adam(lr=0.05))
    with qtbot.waitSignal(controller.computed, timeout=20000) as blocker:
        window.session.edit(scene, "Adam")
        assert controller.computing
    assert blocker.args[0].optimizer == Adam(lr=0.05)


def test_changing_the_surface_recomputes_for_it(qtbot, basin_window):
    window, controller = basin_window
    show_and_wait(qtbot, controller)
    with qtbot.waitSignal(controller.computed, timeout=20000) as blocker:
        window.session.edit(dataclasses.replace(window.session.scene, surface=Booth()), "Booth")
    assert isinstance(blocker.args[0].surface, Booth)
    assert len(controller.legend_rows(blocker.args[0])) >= 1


def test_a_name_or_colour_change_does_not_recompute(qtbot, basin_window):
    window, controller = basin_window
    show_and_wait(qtbot, controller)
    window.session.edit(window.session.scene.replace_run(0, color="#000000"), "Colour")
    assert not controller.computing


@pytest.fixture
def counted(monkeypatch):
    monkeypatch.setattr(worker_module, "MapWorker", CountingWorker)  # the slot makes it
    CountingWorker.last = None
    yield CountingWorker
    CountingWorker.last = None


def test_cancel_stops_the_work_within_the_blocks_in_flight(qtbot, basin_window, counted):
    window, controller = basin_window
    window.session.edit(himmelblau_scene(Adam(), steps=5000), "Long")
    controller.grid = 200  # 40,000 starts × 5,000 steps: far longer than this test waits
    computed = []
    controller.computed.connect(computed.append)
    controller.action.trigger()
    worker = counted.last
    qtbot.waitUntil(lambda: worker.before >= 1, timeout=30000)
    assert controller.computing and controller.progress_bar.isVisible()
    controller.cancel_button.click()
    assert not controller.computing and not controller.progress_bar.isVisible()
    assert worker.wait(30000)  # a ceiling only a hang reaches
    # Only the blocks already running may finish (engine.run.basin keeps THREADS + 1 in flight).
    assert worker.after <= THREADS + 1
    qtbot.wait(20)
    assert computed == [] and not controller.image.isVisible()


def test_the_map_is_computed_in_blocks_off_the_gui_thread(qtbot, basin_window, counted):
    """What keeps the window responsive: the work runs in a worker and reports per block.

    (How long the event loop waits during a map is a figure of `make bench`:
    max_event_gap_ms.)
    """
    window, controller = basin_window
    window.session.edit(himmelblau_scene(Adam(), steps=500), "Adam")
    controller.grid = 200
    with qtbot.waitSignal(controller.computed, timeout=60000):
        controller.action.trigger()
    worker = counted.last
    worker.wait(5000)
    blocks = math.ceil(200 * 200 / block_rows(500))
    assert blocks > 1 and worker.before == blocks and worker.after == 0
    assert worker.threads and threading.get_ident() not in worker.threads


def ctrl_click(view, x, y, modifiers=Qt.KeyboardModifier.ControlModifier):
    point = view.mapFromScene(view.view_point_to_scene(x, y))
    global_point = view.viewport().mapToGlobal(QPointF(point))
    for kind, buttons in (
        (QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
    ):
        event = QMouseEvent(
            kind, QPointF(point), global_point, Qt.MouseButton.LeftButton, buttons, modifiers
        )
        QApplication.sendEvent(view.viewport(), event)


def test_ctrl_click_adds_a_run_from_that_start(qtbot, basin_window):
    window, controller = basin_window
    show_and_wait(qtbot, controller)
    before = window.session.scene
    ctrl_click(window.surface_view, 2.0, -1.0)
    runs = window.session.scene.runs
    assert len(runs) == 2 and runs[0] == before.runs[0]
    units_per_px, _ = window.surface_view._pixel_scale()
    assert_allclose(runs[1].start, (2.0, -1.0), atol=2 * units_per_px.max())
    assert runs[1].optimizer == before.runs[0].optimizer and runs[1].color == before.free_color()
    assert window.session.undo_stack.undoText() == "Add run from basin map"
    assert window.session.selected == 1 and not controller.computing  # same optimizer


def test_ctrl_shift_click_on_the_map_still_moves_every_start(qtbot, basin_window):
    window, controller = basin_window
    show_and_wait(qtbot, controller)
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    ctrl_click(window.surface_view, 2.0, -1.0, both)
    runs = window.session.scene.runs
    assert len(runs) == 1 and runs[0].start != (0.0, 0.0)


def test_a_plain_click_on_the_map_moves_nothing(qtbot, basin_window):
    window, controller = basin_window
    show_and_wait(qtbot, controller)
    before = window.session.scene
    ctrl_click(window.surface_view, 2.0, -1.0, Qt.KeyboardModifier.NoModifier)
    assert window.session.scene == before
