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


def test_lbfgs_line_search_points_and_schedule_free_sequences_are_drawn(window):
    import numpy as np

    from engine.optimizers import OPTIMIZERS
    from engine.scene.scene import RunSpec, Scene
    from engine.surfaces import Rosenbrock

    surface = Rosenbrock()
    runs = (
        RunSpec("lbfgs", OPTIMIZERS["lbfgs"](), start=surface.start),
        RunSpec(
            "free", OPTIMIZERS["schedule_free"](lr=0.001), start=surface.start, color="#D55E00"
        ),
    )
    window.session.replace(Scene(surface, runs, 30))
    window.session.select(0)
    run = window.session.runs[0]
    frame = next(
        k for k in range(run.last_frame) if np.isfinite(run.evaluations[k]).all(axis=1).sum() >= 2
    )
    window.timeline.set_frame(frame)
    sequences = window.surface_view.overlays.sequences
    trials = np.column_stack(sequences.evaluations.getData())
    expected = run.evaluations[frame][np.isfinite(run.evaluations[frame]).all(axis=1)]
    np.testing.assert_allclose(trials, expected)
    window.session.select(1)
    free = window.session.runs[1]
    xs, ys = sequences.z_path.getData()
    np.testing.assert_allclose(np.column_stack([xs, ys]), free.states["z"][: frame + 1])


def test_the_step_size_box_is_drawn_for_every_per_axis_method_and_no_other():
    from engine.optimizers import OPTIMIZERS
    from engine.run.simulate import simulate
    from engine.surfaces import Canyon
    from gui.plot.overlays import per_axis

    adaptive = {"adagrad", "rmsprop", "adam", "adamw", "nadam", "adadelta", "radam", "adamax",
                "rprop", "qhadam"}  # fmt: skip
    for name, cls in OPTIMIZERS.items():
        run = simulate(Canyon(), cls(), Canyon.start, 30)
        assert per_axis(run) == (name in adaptive), name


def test_vectors_for_all_runs_wear_each_runs_colour_and_the_legend_shows_styles(window):
    from PySide6.QtGui import QColor

    view, overlays = window.surface_view, window.surface_view.overlays
    window.timeline.set_frame(5)
    assert not any(item.isVisible() for item in overlays.by_run.items)  # one run: kind colours
    view.set_show_all_vectors(True)
    shown = [item for item in overlays.by_run.items if item.isVisible()]
    colors = {QColor(spec.color).name() for spec in window.session.scene.runs}
    assert {item.opts["pen"].color().name() for item in shown} == colors
    for name in ("gradient", "update"):
        xs = overlays.curves[name].getData()[0]
        assert xs is None or len(xs) == 0  # the shared kind-coloured curves are empty
    assert "┈" in view.plotItem.titleLabel.text and overlays.legend.by_run
    view.set_show_all_vectors(False)
    assert not overlays.legend.by_run and not any(
        item.isVisible() for item in overlays.by_run.items
    )
