"""Plot axes: decade labels, and ticks in the data's own units (no SI-prefix rescaling)."""

import pyqtgraph as pg
import pytest

from engine.scene.scene import default_scene
from gui.models import Session, Timeline
from gui.plot.charts import CurvesView
from gui.plot.log_axis import SIDES, decade_label, decade_step, plain_axes
from gui.plot.surface_view import SurfaceView


@pytest.mark.parametrize(
    ("exponent", "text"), [(0, "1"), (1, "10"), (-1, "0.1"), (3, "10³"), (-5, "10⁻⁵")]
)
def test_decade_label(exponent, text):
    assert decade_label(exponent) == text


def test_decade_step_keeps_labels_within_the_room():
    assert decade_step(12, 4) == 3
    assert decade_step(12, 12) == 1
    assert decade_step(5, 0.5) == 5  # no room: one label for the whole span


def tiny_range_plot(plain: bool) -> pg.PlotItem:
    plot = pg.PlotItem()
    if plain:
        plain_axes(plot)
    plot.setLabel("bottom", "x")
    plot.setXRange(0, 5e-4, padding=0)
    return plot


def test_plain_axes_print_the_values_themselves(qapp):
    plots = tiny_range_plot(False), tiny_range_plot(True)
    rescaled, plain = (plot.getAxis("bottom") for plot in plots)
    assert "x1e-06" in rescaled.labelString()  # what pyqtgraph does unasked: "500", "x (x1e-06)"
    assert rescaled.autoSIPrefixScale == 1e6
    assert "(" not in plain.labelString()
    assert plain.autoSIPrefixScale == 1.0
    assert plain.tickStrings([1e-4, 2e-4], plain.autoSIPrefixScale, 1e-4) == ["0.0001", "0.0002"]


def test_the_window_views_have_plain_axes(qtbot):
    scene = default_scene()
    session, timeline = Session(scene), Timeline(scene.steps)
    surface, charts = SurfaceView(session, timeline), CurvesView(session, timeline)
    qtbot.addWidget(surface)
    qtbot.addWidget(charts)
    for plot in (surface.plotItem, *charts.plots):
        assert not any(plot.getAxis(side).autoSIPrefix for side in SIDES)
