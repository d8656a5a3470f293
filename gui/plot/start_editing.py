"""Moving starts on the plot: draggable start squares, and which click moves which start.

A plain click moves nothing (a stray click must not rearrange a prepared race); Shift+click
moves the selected run's start, Ctrl+Shift+click every start; dragging a square moves the
runs starting there (Shift: only one). Clicks on the axes and outside the surface's bounds
move nothing, and a dragged start stops at the bounds.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal

START_SIZE, START_OUTLINE = 12, 2
START_STYLE = dict(
    symbol="s", size=START_SIZE, brush="#ffffff", pen=pg.mkPen("#1a1a1a", width=START_OUTLINE)
)


def start_tip(x, y, data) -> str:
    text = QCoreApplication.translate(
        "SurfaceView", "start of {0}: ({1}, {2})\ndrag to move it (Shift: this run only)"
    )
    return text.format(data, f"{x:.3g}", f"{y:.3g}")


# What a left click on the plot does, by the modifiers held. A plain click moves nothing, so
# a stray click (focusing the window, missing a marker) never rearranges a prepared race.
MOVE_SELECTED, MOVE_ALL = "selected", "all"
SHIFT, CTRL = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier
CLICK_GESTURES = {SHIFT: MOVE_SELECTED, SHIFT | CTRL: MOVE_ALL}
CLICK_HINT = QT_TRANSLATE_NOOP(
    "SurfaceView",
    "Drag a start square to move it; Shift+click: move the selected run's start here; "
    "Ctrl+Shift+click: move every start here.",
)


def click_gesture(modifiers) -> str:
    """MOVE_SELECTED, MOVE_ALL or '' (a plain click: nothing moves) for these modifiers."""
    held = Qt.KeyboardModifier(modifiers) & (SHIFT | CTRL | Qt.KeyboardModifier.AltModifier)
    return CLICK_GESTURES.get(held, "")


def inside(bounds, x: float, y: float) -> bool:
    x_min, x_max, y_min, y_max = bounds
    return bool(np.isfinite(x) and np.isfinite(y)) and x_min <= x <= x_max and y_min <= y <= y_max


def clamped(bounds, x: float, y: float) -> tuple[float, float]:
    x_min, x_max, y_min, y_max = bounds
    return float(min(max(x, x_min), x_max)), float(min(max(y, y_min), y_max))


class SurfaceViewBox(pg.ViewBox):
    """A ViewBox that reports left clicks (no drag) on its own area in data coordinates.

    pyqtgraph's axes hand their clicks to the linked view box: those are dropped here, so a
    click on a tick label never acts on the plot."""

    clicked = Signal(float, float, str)  # x, y, click_gesture of the modifiers held

    def mouseClickEvent(self, ev):
        if ev.button() == Qt.MouseButton.LeftButton and not ev.double():
            ev.accept()
            if not self.sceneBoundingRect().contains(ev.scenePos()):
                return  # forwarded from an axis
            point = self.mapSceneToView(ev.scenePos())
            self.clicked.emit(point.x(), point.y(), click_gesture(ev.modifiers()))
        else:
            super().mouseClickEvent(ev)


class StartMarkers(pg.ScatterPlotItem):
    """Start squares that can be dragged; a drag that misses them pans the view as usual."""

    grabbed = Signal(object, bool)  # run indices under the cursor, shift held
    moved = Signal(float, float)

    def __init__(self):
        super().__init__(hoverable=True, tip=start_tip, **START_STYLE)
        self._dragging = False

    def mouseDragEvent(self, ev):
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        if ev.isStart():
            spots = self.pointsAt(ev.buttonDownPos())
            if not len(spots):
                ev.ignore()
                return
            self._dragging = True
            shift = bool(ev.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.grabbed.emit([spot.data()[0] for spot in spots], shift)
        if not self._dragging:
            ev.ignore()
            return
        ev.accept()
        self.moved.emit(ev.pos().x(), ev.pos().y())
        if ev.isFinish():
            self._dragging = False
