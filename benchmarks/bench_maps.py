"""Map benchmarks: a basin map, a sweep, and the event loop's longest gap while a map computes."""

from __future__ import annotations

import os
import tempfile
import time
from types import SimpleNamespace

import numpy as np

from benchmarks import baseline, benchmark, elapsed_ms
from benchmarks.numpy_baseline import numpy_batch
from engine.optimizers import Adam
from engine.run.basin import basin_map, grid_centres
from engine.surfaces import Himmelblau
from gui.maps.basin_map import BasinMapController

BASIN_GRID = 200
BASIN_STEPS = 500


@baseline("numpy_basin_loop_ms")
def numpy_basin_loop_ms() -> float:
    """The same 40,000 starts × 500 Adam steps as one plain numpy batch, no classification."""
    surface = Himmelblau()
    xs, ys = grid_centres(surface.bounds, BASIN_GRID)
    starts = np.column_stack([coordinate.ravel() for coordinate in np.meshgrid(xs, ys)])
    return elapsed_ms(lambda: numpy_batch(surface, Adam(), starts, BASIN_STEPS))


@benchmark("basin_200_ms", unit="ms", target=1000.0, repeats=5, baselines=(numpy_basin_loop_ms,))
def basin_200_ms() -> float:
    """200 × 200 starts × 500 Adam steps on Himmelblau: 20 million particle-steps."""
    surface = Himmelblau()
    return elapsed_ms(lambda: basin_map(surface, Adam(), BASIN_GRID, BASIN_STEPS))


SWEEP_GRID = 40
SWEEP_STEPS = 300


def sweep_axes():
    from engine.run.sweep import Axis

    return Axis("lr", 0.01, 0.3, log=True), Axis("momentum", 0.0, 0.9)


@baseline("numpy_sweep_loop_ms")
def numpy_sweep_loop_ms() -> float:
    """The same 1,600 settings as (N, 1) columns of one plain numpy heavy-ball batch."""
    from engine.surfaces import Quadratic

    surface, (lr_axis, momentum_axis) = Quadratic(kappa=25.0), sweep_axes()
    lrs, momentums = np.meshgrid(lr_axis.values(SWEEP_GRID), momentum_axis.values(SWEEP_GRID))
    settings = SimpleNamespace(
        name="momentum", lr=lrs.reshape(-1, 1), momentum=momentums.reshape(-1, 1)
    )
    starts = np.tile(surface.start, (SWEEP_GRID * SWEEP_GRID, 1))
    return elapsed_ms(lambda: numpy_batch(surface, settings, starts, SWEEP_STEPS))


@benchmark("sweep_40_ms", unit="ms", target=300.0, repeats=5, baselines=(numpy_sweep_loop_ms,))
def sweep_40_ms() -> float:
    """40 × 40 lr × momentum settings × 300 heavy-ball steps on quadratic(kappa=25), one batch."""
    from engine.optimizers import Momentum
    from engine.run.sweep import sweep
    from engine.surfaces import Quadratic

    surface, (lr_axis, momentum_axis) = Quadratic(kappa=25.0), sweep_axes()
    return elapsed_ms(
        lambda: sweep(
            surface, Momentum(), surface.start, SWEEP_STEPS, lr_axis, momentum_axis, SWEEP_GRID
        )
    )


TICK_MS = 5  # the recording timer's interval: a gap well above it is the loop being blocked


def wait(milliseconds: float, until=lambda: False) -> None:
    """Run the event loop for `milliseconds`, or until `until()` is true."""
    from PySide6.QtWidgets import QApplication

    end = time.perf_counter() + milliseconds / 1e3
    while time.perf_counter() < end and not until():
        QApplication.processEvents()
        time.sleep(0.001)  # processEvents returns at once when idle: do not spin a core


def max_gap_ms(during) -> float:
    """Longest interval between ticks of a 5 ms QTimer while `during()` runs the event loop."""
    from PySide6.QtCore import QTimer

    ticks, timer = [time.perf_counter()], QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    try:
        during()
    finally:
        timer.stop()
    ticks.append(time.perf_counter())
    return float(np.diff(ticks).max() * 1e3)


@baseline("idle_event_gap_ms")
def idle_event_gap_ms() -> float:
    """The same timer's longest gap over one idle second: what this machine gives anyway."""
    return max_gap_ms(lambda: wait(1000))


def basin_window():
    """A shown MainWindow (throw-away settings) on Himmelblau with one Adam run, 500 steps."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from engine.scene.scene import RunSpec, Scene
    from gui.app import configure
    from gui.main_window import MainWindow

    configure()
    folder = tempfile.TemporaryDirectory(prefix="descent-lab-bench-")
    window = MainWindow(settings=QSettings(f"{folder.name}/s.ini", QSettings.Format.IniFormat))
    window.show()
    window.session.edit(
        Scene(Himmelblau(), (RunSpec("GD", Adam(), start=(0.0, 0.0)),), BASIN_STEPS), "Adam"
    )
    window.session.select(0)
    window.surface_view.reset_view()
    return window, folder


@benchmark("max_event_gap_ms", unit="ms", target=50.0, repeats=3, baselines=(idle_event_gap_ms,))
def max_event_gap_ms() -> float:
    """Longest event-loop gap from View ▸ Basin map (200 × 200, off the GUI thread) until the
    map is drawn: the window must stay responsive while the worker computes."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    window, folder = basin_window()
    controller = window.feature(BasinMapController)
    controller.grid = BASIN_GRID
    done = []
    controller.computed.connect(done.append)
    try:
        wait(200)  # let the window draw the new scene first: that is not the map's doing

        def map_then_draw():
            controller.action.trigger()
            wait(30_000, until=lambda: bool(done))
            wait(100)  # and drawing the result

        gap = max_gap_ms(map_then_draw)
        if not done:
            raise RuntimeError("the basin map never finished within 30 s")
        return gap
    finally:
        controller.shutdown()  # a running QThread must never be destroyed
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        folder.cleanup()
