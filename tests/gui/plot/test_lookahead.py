"""Nesterov's look-ahead point is never hidden under the run's marker."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.plot.overlays import LOOKAHEAD_SIZE
from gui.plot.surface_view import SELECTED_DOT_SIZE


def test_the_look_ahead_ring_is_wider_than_the_selected_dot_and_hollow(window):
    overlays = window.surface_view.overlays
    assert LOOKAHEAD_SIZE >= SELECTED_DOT_SIZE + 6
    brush = overlays.lookahead_points.opts["brush"]
    assert brush.style() == Qt.BrushStyle.NoBrush  # the marker shows through the ring
    window.style_model.update(line=2.0, marker=1.6)  # presentation mode: both grow
    assert overlays.lookahead_points.opts["size"] >= SELECTED_DOT_SIZE * 1.6
