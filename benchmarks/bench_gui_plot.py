"""Main-plot benchmarks: a playback frame, a surface switch, a start drag, vs an empty frame."""

from __future__ import annotations

import dataclasses
import itertools
import math
import os

from benchmarks import baseline, benchmark, elapsed_ms

WIDTH, HEIGHT = 1280, 800
PLAYBACK_STEPS = 5_000
SWITCH_SURFACES = ("canyon", "himmelblau", "rosenbrock", "saddle")
_views: dict[str, object] = {}  # benchmark name -> (session, timeline, view), kept alive


def plot_for(name: str, steps: int):
    """A shown 1280×800 SurfaceView on the default scene with `steps` steps, built once."""
    if name not in _views:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from engine.scene.scene import default_scene
        from gui.app import configure
        from gui.models import Session, Timeline
        from gui.plot.surface_view import SurfaceView

        configure()
        session = Session(dataclasses.replace(default_scene(), steps=steps))
        timeline = Timeline(steps)
        view = SurfaceView(session, timeline)
        view.resize(WIDTH, HEIGHT)
        view.show()
        settle()
        paint(view)
        _views[name] = (session, timeline, view)
    return _views[name]


def paint(view) -> None:
    """Paint the plot once, synchronously (what the event loop does once per frame)."""
    view.viewport().repaint()


def settle() -> None:
    """Handle pending events (layout, deferred updates) outside the timed part."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()


@baseline("empty_frame_ms")
def empty_frame_ms() -> float:
    """Paint a shown 1280×800 pyqtgraph PlotWidget with nothing in it: the floor that Qt and
    pyqtgraph put under every frame, whatever the app draws."""
    if "empty" not in _views:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        import pyqtgraph as pg

        from gui.app import configure

        configure()
        empty = pg.PlotWidget()
        empty.resize(WIDTH, HEIGHT)
        empty.show()
        settle()
        paint(empty)
        _views["empty"] = empty
    view = _views["empty"]
    settle()
    return elapsed_ms(lambda: paint(view))


PLOT_BASELINES = (empty_frame_ms,)
_frames = itertools.cycle(range(PLAYBACK_STEPS - 40, PLAYBACK_STEPS + 1, 8))


@benchmark("frame_ms", unit="ms", target=16.0, repeats=15, baselines=PLOT_BASELINES)
def frame_ms() -> float:
    """One playback frame near the end of 6 runs × 5,000 steps: setData and paint."""
    _, timeline, view = plot_for("frame_ms", PLAYBACK_STEPS)
    frame = next(_frames)
    settle()

    def show_frame():
        timeline.set_frame(frame)
        paint(view)

    return elapsed_ms(show_frame)


_surfaces = itertools.cycle(SWITCH_SURFACES)


@benchmark("surface_switch_ms", unit="ms", target=100.0, baselines=PLOT_BASELINES)
def surface_switch_ms() -> float:
    """Switch surface: 400×400 colour map, contours, markers, repaint (runs from the cache)."""
    from engine.surfaces import SURFACES

    session, timeline, view = plot_for("surface_switch_ms", 400)
    surface = SURFACES[next(_surfaces)]()
    scene = dataclasses.replace(session.scene, surface=surface).with_start(surface.start)
    settle()

    def switch():
        session.edit(scene, "Surface")
        timeline.last()
        paint(view)

    return elapsed_ms(switch)


_drag_step = itertools.count()


@benchmark("drag_to_paint_ms", unit="ms", target=33.0, baselines=PLOT_BASELINES)
def drag_to_paint_ms() -> float:
    """Move the start of the default scene (400 steps, all drawn): recompute runs and repaint."""
    session, timeline, view = plot_for("drag_to_paint_ms", 400)
    timeline.last()
    angle = next(_drag_step) * 0.37  # a fresh start each time: the run cache never answers
    start = (-3.0 + 0.3 * math.cos(angle), 0.6 + 0.3 * math.sin(angle))
    settle()

    def drag():
        session.edit(session.scene.with_start(start), "Move start", merge_key="drag-start")
        paint(view)

    return elapsed_ms(drag)
