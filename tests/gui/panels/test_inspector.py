"""Inspector: every cell shows the selected run's recorded value at the current frame."""

import dataclasses
import math

import numpy as np
import pytest
from numpy.testing import assert_allclose

from engine.optimizers import OPTIMIZERS, SGD
from engine.params import values_of
from engine.run.status import Status
from engine.scene.scene import RunSpec, Scene, default_scene
from engine.schedules import Exponential
from engine.surfaces import Canyon, Rosenbrock
from gui.models import Session, Timeline
from gui.panels.inspector import Inspector, status_sentence, status_summary
from gui.panels.inspector_rows import MISSING, format_number

RTOL = 1e-5  # six significant digits


def make_inspector(qtbot, scene):
    session, timeline = Session(scene), Timeline(scene.steps)
    inspector = Inspector(session, timeline)
    qtbot.addWidget(inspector)
    return session, timeline, inspector


def parse(text: str) -> np.ndarray:
    """'(1.5, —)' or '2e-05' back to floats, the dash as NaN."""
    words = text.strip("()").split(", ")
    return np.array([math.nan if word == MISSING else float(word) for word in words])


def check_frame(inspector, run, frame):
    assert int(inspector.text("step t")) == run.t[frame]
    assert_allclose(parse(inspector.text("loss")), [run.losses[frame]], rtol=RTOL)
    for label, array in [
        ("position", run.positions),
        ("gradient", run.gradients),
        ("update", run.updates),
        ("effective lr", run.effective_lrs),
        *run.states.items(),
    ]:
        assert_allclose(
            parse(inspector.text(label)), array[frame], rtol=RTOL, atol=1e-300, err_msg=label
        )
    assert_allclose(parse(inspector.text("lr this step")), [run.lrs[frame]], rtol=RTOL)


@pytest.mark.parametrize("index", range(6))
def test_cells_show_the_recorded_values_at_random_frames(qtbot, index):
    session, timeline, inspector = make_inspector(qtbot, default_scene())
    session.select(index)
    run = session.runs[index]
    for frame in np.random.default_rng(index).integers(0, run.last_frame, 8):
        timeline.set_frame(int(frame))
        check_frame(inspector, run, int(frame))


def test_hyper_parameters_name_and_status(qtbot):
    session, _, inspector = make_inspector(qtbot, default_scene())
    session.select(5)
    spec, run = session.scene.runs[5], session.runs[5]
    assert spec.name in inspector.title_label.text() and spec.color in inspector.title_label.text()
    assert spec.optimizer.title in inspector.title_label.text()
    for name, value in values_of(spec.optimizer).items():
        shown = inspector.text(name)
        assert (
            shown == str(value) if isinstance(value, bool) else float(shown) == pytest.approx(value)
        )
    assert inspector.status_label.text() == run.status.describe(spec.name)


def test_last_frame_has_no_update(qtbot):
    session, timeline, inspector = make_inspector(qtbot, default_scene())
    timeline.last()
    assert inspector.text("update") == f"({MISSING}, {MISSING})"
    assert inspector.text("lr this step") == MISSING


def test_nesterov_shows_its_look_ahead_point_and_others_do_not(qtbot):
    session, timeline, inspector = make_inspector(qtbot, default_scene())
    session.select(2)
    run = session.runs[2]
    assert run.optimizer.name == "nesterov"
    timeline.set_frame(20)
    assert_allclose(parse(inspector.text("look-ahead")), run.gradient_points[20], rtol=RTOL)
    assert not np.allclose(run.gradient_points[20], run.positions[20])  # it really looks ahead
    session.select(1)
    assert "look-ahead" not in inspector.labels()


def test_true_gradient_shown_only_with_noise(qtbot):
    scene = default_scene().replace_run(0, noise=0.5, seed=3)
    session, timeline, inspector = make_inspector(qtbot, scene)
    timeline.set_frame(7)
    run = session.runs[0]
    assert_allclose(parse(inspector.text("true gradient")), run.true_gradients[7], rtol=RTOL)
    assert_allclose(parse(inspector.text("gradient")), run.gradients[7], rtol=RTOL)
    assert not np.allclose(run.gradients[7], run.true_gradients[7])
    session.select(1)
    assert "true gradient" not in inspector.labels()


def test_rows_are_updated_not_rebuilt_per_frame(qtbot):
    _, timeline, inspector = make_inspector(qtbot, default_scene())
    items = [inspector.tree.topLevelItem(i) for i in range(inspector.tree.topLevelItemCount())]
    before = inspector.text("position")
    timeline.set_frame(50)
    after = [inspector.tree.topLevelItem(i) for i in range(inspector.tree.topLevelItemCount())]
    assert all(a is b for a, b in zip(items, after, strict=True))
    assert inspector.text("position") != before


def test_diverged_run_shows_its_last_frame(qtbot):
    scene = dataclasses.replace(default_scene(), surface=Rosenbrock(), steps=200)
    scene = scene.with_start(Rosenbrock.start).replace_run(0, optimizer=SGD(lr=5.0))
    session, timeline, inspector = make_inspector(qtbot, scene)
    run = session.runs[0]
    assert run.status.kind == "diverged"
    timeline.set_frame(150)
    check_frame(inspector, run, run.last_frame)
    assert "diverged" in inspector.status_label.text()


def test_no_selection_shows_a_placeholder(qtbot):
    session, timeline, inspector = make_inspector(qtbot, default_scene())
    session.select(-1)
    timeline.set_frame(3)
    assert inspector.labels() == ()
    assert inspector.title_label.text() == "No run selected"


def test_status_summary_has_one_sentence_per_run(qtbot):
    session = Session(default_scene())
    parts = status_summary(session).split(" · ")
    assert len(parts) == 6
    for part, spec in zip(parts, session.scene.runs, strict=True):
        assert part.startswith(spec.name + " ")


@pytest.mark.parametrize(
    "status",
    [
        Status("converged", step=12, minimum=0),
        Status("converged", step=12, minimum=1, local=True),
        Status("stalled", step=7),
        Status("stalled", step=7, saddle=0),
        Status("diverged", step=3),
        Status("max_steps", step=400),
    ],
)
def test_status_sentence_in_english_is_the_engines_sentence(status):
    # The GUI builds its (translatable) sentence from the fields; untranslated they agree.
    assert status_sentence(status, "Adam") == status.describe("Adam")


def test_format_number():
    assert format_number(math.nan) == MISSING
    assert format_number(1234567.0) == "1.23457e+06"
    assert format_number(0.05) == "0.05"
    assert format_number(True) == "True"
    assert format_number(np.int64(1_000_000)) == "1000000"


@pytest.mark.parametrize("name", sorted(OPTIMIZERS))
def test_one_row_per_quantity_and_numbers_never_elided(qtbot, name):
    surface = Canyon()
    spec = RunSpec("r", OPTIMIZERS[name](), Exponential(), start=surface.start, noise=0.5)
    session = Session(Scene(surface, (spec,), 20))
    inspector = Inspector(session, Timeline(20))
    qtbot.addWidget(inspector)
    titles = [
        inspector.tree.topLevelItem(i).text(0) for i in range(inspector.tree.topLevelItemCount())
    ]
    assert len(titles) == len(set(titles)) == len(inspector.labels())
    assert {"lr", "lr this step"} <= set(inspector.labels())  # the setting and its schedule
    tree = inspector.tree  # a number is never elided: its column is as wide as its numbers
    assert all(tree.columnWidth(c) >= tree.sizeHintForColumn(c) for c in (1, 2))


def test_curvature_rows_are_the_quadratics_closed_forms(qtbot):
    from engine.surfaces import Quadratic

    surface = Quadratic(kappa=20.0)
    spec = RunSpec("r", SGD(lr=0.08), start=surface.start)
    session = Session(Scene(surface, (spec,), 20))
    timeline = Timeline(20)
    inspector = Inspector(session, timeline)
    qtbot.addWidget(inspector)
    timeline.set_frame(4)
    assert inspector.text("curvature λmin, λmax") == "(1, 20)"
    assert inspector.text("local κ") == "20"
    assert float(inspector.text("step vs limit")) == pytest.approx(0.08 * 20 / 2)


def test_numbers_are_never_cut_and_y_is_seen_without_scrolling(qtbot):
    session, timeline, inspector = make_inspector(qtbot, default_scene())
    inspector.resize(480, 500)
    inspector.show()
    qtbot.waitExposed(inspector)
    tree = inspector.tree
    for frame in (0, 1, 7, timeline.last_frame):
        timeline.set_frame(frame)
        for column in (1, 2):
            assert tree.columnWidth(column) >= tree.sizeHintForColumn(column) > 0
        widths = sum(tree.columnWidth(column) for column in range(3))
        assert widths <= tree.viewport().width()  # the long titles give way, not the numbers
        assert tree.columnWidth(0) >= 90
    inspector.resize(900, 500)  # with room, every title is whole again
    qtbot.waitUntil(lambda: tree.columnWidth(0) >= tree.sizeHintForColumn(0))
