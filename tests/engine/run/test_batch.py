"""Tests of simulate_batch: the same paths as simulate, divergence as data, seeded noise."""

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal

from engine.optimizers import OPTIMIZERS, SGD, Adam, Momentum, Nesterov
from engine.run import batch
from engine.run.batch import KINDS, simulate_batch
from engine.run.simulate import far_box, simulate
from engine.run.status import CONVERGED_RADIUS
from engine.schedules import Cosine, StepDecay
from engine.surfaces import SURFACES, Booth, Himmelblau, Rosenbrock, Saddle

# The defaults (some diverge on these surfaces within a few steps) plus gentler settings
# whose paths run the whole way, and the other form of each choice.
# L-BFGS is refused by the batch engine (tests/engine/test_second_order.py).
VARIANTS = [cls() for name, cls in OPTIMIZERS.items() if name != "lbfgs"] + [
    SGD(lr=0.01),
    Momentum(lr=0.005, form="sutskever"),
    Nesterov(lr=0.003),
    Nesterov(lr=0.002, form="pytorch"),
    Adam(bias_correction=False),
]


def spread_starts(surface, count=9, seed=1):
    """The surface's own start plus points scattered over its bounds."""
    x_min, x_max, y_min, y_max = surface.bounds
    scattered = np.random.default_rng(seed).uniform((x_min, y_min), (x_max, y_max), (count - 1, 2))
    return np.vstack([surface.start, scattered])


def assert_same_as_single_runs(surface, optimizer, starts, steps, schedule=None):
    result = simulate_batch(surface, optimizer, starts, steps, schedule, record=True)
    assert result.history.shape == (steps + 1, len(starts), 2)
    for i, start in enumerate(starts):
        run = simulate(surface, optimizer, start, steps, schedule)
        path = result.history[:, i]
        assert_allclose(path[: run.frames], run.positions, rtol=1e-12, atol=1e-12)
        # A particle that diverged stays where it was caught for the remaining frames.
        assert_array_equal(
            path[run.frames :], np.broadcast_to(run.positions[-1], path[run.frames :].shape)
        )
        assert_allclose(result.positions[i], run.positions[-1], rtol=1e-12, atol=1e-12)
        assert result.kind(i) == run.status.kind
        expected_minimum = run.status.minimum if run.status.kind == "converged" else None
        assert (None if result.minimum[i] < 0 else result.minimum[i]) == expected_minimum
        assert result.diverged_step[i] == (run.status.step if run.status.kind == "diverged" else -1)


@pytest.mark.parametrize("optimizer", VARIANTS, ids=lambda o: f"{o.name}-{getattr(o, 'form', '')}")
@pytest.mark.parametrize("surface", [Himmelblau(), Booth()], ids=lambda s: s.name)
def test_batch_follows_the_same_paths_as_simulate(surface, optimizer):
    assert_same_as_single_runs(surface, optimizer, spread_starts(surface), steps=150)


@pytest.mark.parametrize("schedule", [StepDecay(step_size=20, gamma=0.5), Cosine(period=40)])
@pytest.mark.parametrize(
    "optimizer", [Momentum(form="pytorch"), Adam(), Nesterov()], ids=lambda o: o.name
)
def test_batch_uses_the_schedule_like_simulate(optimizer, schedule):
    surface = Himmelblau()
    assert_same_as_single_runs(surface, optimizer, spread_starts(surface), 120, schedule)


def test_chunks_do_not_change_the_result(monkeypatch):
    surface, optimizer = Booth(), Adam(lr=0.5)
    starts = spread_starts(surface, count=11)
    whole = simulate_batch(surface, optimizer, starts, 60, record=True)
    monkeypatch.setattr(batch, "CHUNK_ROWS", 3)
    chunked = simulate_batch(surface, optimizer, starts, 60, record=True)
    assert_array_equal(chunked.history, whole.history)
    assert_array_equal(chunked.status_codes, whole.status_codes)


def test_diverging_sgd_on_booth_is_caught_at_the_step_the_closed_form_gives():
    # Booth's Hessian is [[10, 8], [8, 10]]: along (1, 1) the curvature is 18, so SGD with
    # lr = 0.5 multiplies an offset d·(1, 1) from the minimum (1, 3) by 1 − 0.5·18 = −8.
    surface, minimum = Booth(), np.array([1.0, 3.0])
    x_lo, x_hi, y_lo, y_hi = far_box(surface)
    offsets = [(-8.0) ** t for t in range(20)]
    outside = [not (x_lo <= 1 + d <= x_hi and y_lo <= 3 + d <= y_hi) for d in offsets]
    expected_step = outside.index(True)
    starts = np.array([minimum + 1.0, minimum, minimum - 1.0])
    result = simulate_batch(surface, SGD(lr=0.5), starts, 50, record=True)
    assert_array_equal(result.diverged_step, [expected_step, -1, expected_step])
    caught = minimum + offsets[expected_step]
    assert_array_equal(result.positions[0], caught)
    assert_array_equal(
        result.history[expected_step:, 0], np.broadcast_to(caught, (51 - expected_step, 2))
    )
    assert result.kind(0) == result.kind(2) == "diverged" and result.minimum[0] == -1
    assert result.kind(1) == "converged" and result.minimum[1] == 0


def test_overflowing_gradients_and_far_starts_diverge_quietly():
    # Rosenbrock's gradient overflows to inf at 1e200; pytest turns any warning into an error.
    surface = Rosenbrock()
    starts = np.array([[1e200, 1e200], [-1e5, 0.0], [0.5, 0.5]])
    result = simulate_batch(surface, Adam(), starts, 30, record=True, noise=0.1)
    assert_array_equal(result.diverged_step[:2], [0, 0])
    assert result.diverged_step[2] == -1
    assert np.all(np.isfinite(result.positions)) and np.all(np.isfinite(result.history))


def test_exploding_particles_do_not_disturb_their_neighbours():
    surface = Rosenbrock()
    starts = spread_starts(surface, count=12)
    assert_same_as_single_runs(surface, SGD(lr=0.005), starts, 60)
    diverged = simulate_batch(surface, SGD(lr=0.005), starts, 60).diverged_step >= 0
    assert diverged.any() and not diverged.all()


def test_sgd_on_himmelblau_reaches_all_four_minima_from_a_grid():
    surface = Himmelblau()
    axis = np.linspace(-4, 4, 9)
    grid = np.stack(np.meshgrid(axis, axis), axis=-1).reshape(-1, 2)
    result = simulate_batch(surface, SGD(lr=0.01), grid, 500)
    converged = result.status_codes == KINDS.index("converged")
    assert set(result.minimum[converged]) == {0, 1, 2, 3}
    minima = np.array([(m.x, m.y) for m in surface.minima])
    distance = np.linalg.norm(
        result.positions[converged] - minima[result.minimum[converged]], axis=1
    )
    assert np.all(distance <= CONVERGED_RADIUS * surface.span)
    assert np.all(result.losses[converged] < 1e-6)


def test_a_particle_on_a_saddle_stalls_and_zero_steps_run_out_of_steps():
    surface = Saddle()
    result = simulate_batch(surface, SGD(), [[0.0, 0.0], [1.0, 1.0]], 100)
    assert result.kind(0) == "stalled"
    assert simulate_batch(surface, SGD(), [[1.0, 1.0]], 0).kind(0) == "max_steps"
    assert sum(result.counts().values()) == 2


def test_noise_is_reproducible_by_seed_and_changes_with_it():
    surface, starts = Himmelblau(), spread_starts(Himmelblau(), count=20)
    runs = [simulate_batch(surface, Adam(), starts, 80, noise=2.0, seed=s) for s in (7, 7, 8)]
    assert_array_equal(runs[0].positions, runs[1].positions)
    assert not np.allclose(runs[0].positions, runs[2].positions)
    quiet = simulate_batch(surface, Adam(), starts, 80)
    assert not np.allclose(runs[0].positions, quiet.positions)


def test_results_are_read_only():
    result = simulate_batch(Booth(), SGD(lr=0.05), [[0.0, 0.0]], 5, record=True)
    arrays = (result.positions, result.losses, result.diverged_step, result.history, result.starts)
    for array in arrays:
        with pytest.raises(ValueError):
            array[0] = 0


def test_losses_are_the_surface_values_at_the_final_positions():
    surface = SURFACES["six_hump_camel"]()
    result = simulate_batch(surface, Adam(), spread_starts(surface), 50)
    assert_allclose(result.losses, surface.value(result.positions))


@pytest.mark.parametrize(
    ("starts", "steps", "noise", "message"),
    [
        ([1.0, 2.0], 10, 0.0, "shape"),
        (np.zeros((0, 2)), 10, 0.0, "N ≥ 1"),
        ([[0.0, np.nan]], 10, 0.0, "finite"),
        ([["a", "b"]], 10, 0.0, "numbers"),
        ([[0.0, 0.0]], -1, 0.0, "steps"),
        ([[0.0, 0.0]], 2.5, 0.0, "steps"),
        ([[0.0, 0.0]], 10, -1.0, "noise"),
    ],
)
def test_bad_input_is_a_clear_value_error(starts, steps, noise, message):
    with pytest.raises(ValueError, match=message):
        simulate_batch(Booth(), SGD(), starts, steps, noise=noise)
