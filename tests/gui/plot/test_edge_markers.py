"""Runs that leave the view get a mark at its edge, pointing where they went."""

from __future__ import annotations

import pytest

from gui.plot.edge_markers import edge_mark


def test_a_point_outside_gets_a_mark_on_the_edge_towards_it():
    rect, inset = (-1.0, 1.0, -1.0, 1.0), (0.1, 0.1)
    assert edge_mark((0.5, 0.5), rect, inset) is None  # inside: the dot itself shows
    x, y, symbol = edge_mark((5.0, 0.0), rect, inset)
    assert (x, y, symbol) == (pytest.approx(0.9), pytest.approx(0.0), "t2")  # right, pointing right
    x, y, symbol = edge_mark((0.0, -30.0), rect, inset)
    assert (x, y, symbol) == (pytest.approx(0.0), pytest.approx(-0.9), "t")  # below, pointing down
    x, y, symbol = edge_mark((-4.0, 2.0), rect, inset)
    assert x == pytest.approx(-0.9) and y == pytest.approx(0.45) and symbol == "t3"


def test_zooming_in_past_the_runs_marks_each_one_at_the_edge(window, qtbot):
    view = window.surface_view
    window.timeline.set_frame(30)
    view.view_box.setRange(xRange=(-0.2, 0.2), yRange=(-2.8, -2.4), padding=0)  # away from all
    qtbot.wait(10)
    shown = [i for i in range(len(window.session.runs)) if window.session.is_shown(i)]
    assert len(view.edge_marks) == len(shown)
    rect = view.view_box.viewRect()
    top, bottom = sorted((rect.top(), rect.bottom()))
    for x, y, _symbol in view.edge_marks:
        assert rect.left() <= x <= rect.right() and top <= y <= bottom
    view.reset_view()
    qtbot.wait(10)
    assert view.edge_marks == []  # everyone is inside the surface's bounds again
