"""A question's answer comes from the runs' numbers; checked against a plain loop over them."""

import math

import numpy as np
import pytest

from engine.lessons.answers import answer
from engine.lessons.lesson_file import load_builtin
from engine.lessons.model import Question
from engine.optimizers import OPTIMIZERS
from engine.run.status import CONVERGED_RADIUS
from engine.scene.scene import RunCache, RunSpec, Scene
from engine.surfaces import SURFACES

ONE = (1.0, 1.0)
LESSON = load_builtin("lecture-5.2")
ASKING = [(i, step) for i, step in enumerate(LESSON.steps) if step.question is not None]


def independent_settle(run, last):
    """A plain loop: walk back from `last` while the run is within the radius of a lowest
    minimum; None if it is not there at `last` (or stopped before it)."""
    if run.last_frame < last:
        return None
    surface = run.surface
    low = min(p.value for p in surface.minima)
    targets = [p for p in surface.minima if p.value <= low + 1e-9]
    radius = CONVERGED_RADIUS * surface.span

    def near(frame):
        x, y = run.positions[frame]
        return any(math.hypot(x - p.x, y - p.y) <= radius for p in targets)

    frame = last
    if not near(frame):
        return None
    while frame > 0 and near(frame - 1):
        frame -= 1
    return frame


def independent_right(kind, runs, last):
    """The indices of the right runs, worked out from positions and losses directly."""
    if kind in ("first_to_converge", "last_to_converge"):
        frames = [independent_settle(run, last) for run in runs]
        if kind == "first_to_converge":
            done = [f for f in frames if f is not None]
            return {i for i, f in enumerate(frames) if done and f == min(done)}
        if None in frames:
            return {i for i, f in enumerate(frames) if f is None}
        return {i for i, f in enumerate(frames) if f == max(frames)}
    if kind == "stuck_in_local_minimum":
        right = set()
        for i, run in enumerate(runs):
            surface, (x, y) = run.surface, run.positions[last]
            low = min(p.value for p in surface.minima)
            radius = CONVERGED_RADIUS * surface.span
            local = [p for p in surface.minima if p.value > low + 1e-9]
            if any(math.hypot(x - p.x, y - p.y) <= radius for p in local):
                right.add(i)
        return right
    raise AssertionError(f"no independent check for {kind}")


@pytest.mark.parametrize(("index", "step"), ASKING, ids=[f"step {i + 1}" for i, _ in ASKING])
def test_each_builtin_question_has_one_right_choice_agreeing_with_the_runs(index, step):
    runs = RunCache().runs_of(step.scene)
    result = answer(step.question, step.scene, runs, step.last)
    names = [spec.name for spec in step.scene.runs]
    chosen = [runs[names.index(name)] for name in step.question.choices]
    assert set(result.correct) == independent_right(step.question.kind, chosen, step.last)
    assert result.correct, "every built-in question has a right choice"
    if step.question.kind != "stuck_in_local_minimum":
        assert len(result.correct) == 1, "a race has one winner"


def test_the_builtin_answers_agree_with_each_runs_own_status():
    """Where a step plays to the end, the status the app reports says the same thing."""
    for _, step in ASKING:
        if step.last != step.scene.steps:
            continue
        runs = RunCache().runs_of(step.scene)
        result = answer(step.question, step.scene, runs, step.last)
        for choice in result.choices:
            status = runs[choice.run].status
            if step.question.kind.endswith("to_converge") and status.kind == "converged":
                assert choice.value == status.step
            if step.question.kind == "stuck_in_local_minimum":
                assert choice.correct == (status.kind == "converged" and status.local)


def _scene(surface, *specs, steps=200):
    runs = tuple(
        RunSpec(name, OPTIMIZERS[opt](**params), start=start) for name, opt, params, start in specs
    )
    return Scene(SURFACES[surface](), runs, steps)


def test_divergence_and_final_losses():
    scene = _scene(
        "quadratic",
        ("calm", "sgd", {"lr": 0.01}, (1.0, 1.0)),
        ("wild", "sgd", {"lr": 3.0}, (1.0, 1.0)),
        ("good", "sgd", {"lr": 0.1}, (1.0, 1.0)),
    )
    runs = RunCache().runs_of(scene)
    assert runs[1].status.kind == "diverged"
    names = ("calm", "wild", "good")
    diverges = answer(Question("diverges", names), scene, runs, 200)
    assert diverges.correct == (1,)
    assert diverges.choices[1].value == runs[1].status.step
    early = answer(Question("diverges", names), scene, runs, runs[1].status.step - 1)
    assert early.correct == ()  # not yet diverged within the frames played
    lowest = answer(Question("lowest_final_loss", names), scene, runs, 200)
    losses = [float(runs[i].losses[200]) for i in (0, 2)]
    assert lowest.correct == ((0,) if losses[0] < losses[1] else (2,))
    highest = answer(Question("highest_final_loss", names), scene, runs, 200)
    assert highest.correct == (1,) and highest.choices[1].value == math.inf


def test_a_choice_whose_run_is_gone_is_never_right():
    scene = _scene("quadratic", ("a", "sgd", {"lr": 0.1}, ONE), ("b", "sgd", {"lr": 0.01}, ONE))
    runs = RunCache().runs_of(scene)
    result = answer(Question("first_to_converge", ("a", "renamed")), scene, runs, 200)
    assert result.choices[1].run is None and math.isnan(result.choices[1].value)
    assert result.correct == (0,)


def test_nobody_converging_makes_no_choice_right():
    scene = _scene("quadratic", ("a", "sgd", {"lr": 1e-4}, ONE), ("b", "sgd", {"lr": 2e-4}, ONE))
    runs = RunCache().runs_of(scene)
    assert answer(Question("first_to_converge", ("a", "b")), scene, runs, 200).correct == ()
    last = answer(Question("last_to_converge", ("a", "b")), scene, runs, 200)
    assert last.correct == (0, 1)  # neither arrives: both are "last"
    assert np.isinf([c.value for c in last.choices]).all()
