"""One frame, one story: at frame k every view shows the update that leaves frame k.

The timeline is driven to random frames for every optimizer and form; the equation panel,
the inspector, the plot's arrows, box and look-ahead point, the chart cursors and the
timeline bar must then all describe update k+1 (gradient at Θ_k, arrow to Θ_{k+1}).
"""

from __future__ import annotations

import zlib

import numpy as np
import pytest

from engine.optimizers import OPTIMIZERS, Momentum, Nesterov
from engine.scene.scene import RunSpec, Scene
from engine.surfaces import SURFACES
from gui.panels.equation_panel import EquationFeature
from gui.panels.equation_text import number
from gui.panels.inspector_rows import format_number
from gui.plot.charts import CurvesView

STEPS = 60


def optimizers():
    for cls in OPTIMIZERS.values():
        if cls in (Momentum, Nesterov):
            yield from (cls(form=form) for form in ("pytorch", "sutskever"))
        else:
            yield cls()


def polyline_pieces(curve) -> list[np.ndarray]:
    """The NaN-separated pieces of a curve's data, each an (n, 2) array."""
    xs, ys = curve.getData()
    if xs is None or len(xs) == 0:
        return []
    points = np.column_stack([xs, ys])
    breaks = np.flatnonzero(~np.isfinite(points).all(axis=1))
    pieces = [piece[np.isfinite(piece).all(axis=1)] for piece in np.split(points, breaks)]
    return [piece for piece in pieces if len(piece)]


@pytest.mark.parametrize("optimizer", list(optimizers()), ids=repr)
def test_every_view_shows_the_update_that_leaves_the_frame(window, optimizer):
    surface = SURFACES["canyon"]()
    spec = RunSpec("probe", optimizer, start=surface.start)
    window.session.replace(Scene(surface, (spec,), STEPS))
    window.session.select(0)
    run = window.session.runs[0]
    panel = window.feature(EquationFeature).panel
    charts = window.dock(CurvesView).widget()
    rng = np.random.default_rng(zlib.crc32(repr(optimizer).encode()))  # same frames every run
    for frame in [0, *sorted(rng.integers(1, run.last_frame, size=4)), run.last_frame]:
        frame = int(frame)
        window.timeline.set_frame(frame)
        assert window.timeline_bar.step_label.text() == f"step {frame} / {run.last_frame}"
        assert all(round(line.value()) == frame for line in charts.cursors)
        if frame == run.last_frame:
            assert "no next update" in panel.text()
            continue
        # Equation: update frame+1, with the gradient taken at Θ_frame (or its look-ahead).
        assert f"Update {frame + 1}: frame {frame} → frame {frame + 1}" in panel.text()
        gradient = run.gradients[frame]
        numbers = "".join(panel.numeric_lines())
        assert number(gradient[0]) in numbers and number(gradient[1]) in numbers
        # Inspector: the same gradient, learning rate and update.
        inspector = window.inspector
        assert (
            inspector.text("gradient")
            == f"({format_number(gradient[0])}, {format_number(gradient[1])})"
        )
        assert inspector.text("lr this step") == format_number(run.lrs[frame])
        update = run.updates[frame]
        assert (
            inspector.text("update") == f"({format_number(update[0])}, {format_number(update[1])})"
        )
        # Plot: the update arrow goes from Θ_frame to Θ_frame+1; −∇f points along −gradient.
        overlays = window.surface_view.overlays
        pieces = polyline_pieces(overlays.curves["update"])
        assert bool(pieces) == bool(np.any(update != 0))  # no arrow for a step of length 0
        if pieces:
            shaft = pieces[0][:2]
            np.testing.assert_allclose(shaft[0], run.positions[frame], rtol=1e-9, atol=1e-12)
            np.testing.assert_allclose(shaft[1], run.positions[frame + 1], rtol=1e-9, atol=1e-12)
        descents = polyline_pieces(overlays.curves["gradient"])
        if np.any(gradient != 0):
            descent = descents[0][:2]
            direction = descent[1] - descent[0]
            norms = np.linalg.norm(direction) * np.linalg.norm(gradient)
            assert direction @ -gradient / norms == pytest.approx(1.0, abs=1e-9)
        ahead_of_marker = np.any(run.gradient_points[frame] != run.positions[frame])
        if isinstance(optimizer, Nesterov) and ahead_of_marker:
            ahead = overlays.lookahead_points.getData()
            np.testing.assert_allclose(
                [ahead[0][0], ahead[1][0]], run.gradient_points[frame], rtol=1e-9, atol=1e-12
            )


def test_the_equation_is_current_when_playback_stops(window, qtbot):
    panel = window.feature(EquationFeature).panel
    window.timeline.set_frame(3)
    window.timeline.play()
    qtbot.waitUntil(lambda: window.timeline.frame > 20, timeout=5000)
    window.timeline.pause()
    frame = window.timeline.frame
    assert f"Update {frame + 1}: frame {frame} → frame {frame + 1}" in panel.text()
