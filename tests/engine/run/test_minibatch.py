"""simulate with mini-batches: the batch gradients are honest estimates of the full one."""

import json

import numpy as np
import pytest

from engine.optimizers import SGD, Adam, Momentum
from engine.run.simulate import simulate
from engine.surfaces import Canyon
from engine.surfaces.datasets import LinearRegression, LogisticRegression, epoch_batches

SURFACES = (LinearRegression(size=24, seed=3), LogisticRegression(size=24, seed=3))


@pytest.mark.parametrize("surface", SURFACES)
def test_batch_gradients_of_an_epoch_average_to_the_full_gradient(surface):
    # Frozen at one point (lr tiny is not enough: use the batches directly at a fixed p).
    p = np.array([0.4, -0.7])
    batches = list(epoch_batches(24, 6, seed=9, count=4))
    mean = np.mean([surface.grad_batch(p, batch) for batch in batches], axis=0)
    assert mean == pytest.approx(surface.grad(p), rel=1e-12, abs=1e-14)


@pytest.mark.parametrize("surface", SURFACES)
def test_run_records_batch_gradients_whose_epoch_mean_is_the_full_gradient(surface):
    # SGD with lr at its minimum barely moves, so every batch of an epoch is taken at
    # (almost) one point; the recorded gradients then average to the true ones.
    run = simulate(surface, SGD(lr=1e-6), (0.4, -0.7), 8, batch_size=6, seed=2)
    epoch = run.gradients[:4]
    assert np.mean(epoch, axis=0) == pytest.approx(run.true_gradients[0], rel=1e-4)
    assert not np.allclose(run.gradients[0], run.true_gradients[0])  # a batch is noisy


@pytest.mark.parametrize("surface", SURFACES)
def test_true_gradients_are_over_the_whole_set(surface):
    run = simulate(surface, Momentum(lr=0.05), surface.start, 30, batch_size=4, seed=1)
    assert run.true_gradients == pytest.approx(surface.grad(run.gradient_points), rel=1e-12)


@pytest.mark.parametrize("surface", SURFACES)
@pytest.mark.parametrize("optimizer", [SGD(lr=0.05), Adam(lr=0.05)])
def test_batch_size_n_is_exactly_the_plain_run(surface, optimizer):
    plain = simulate(surface, optimizer, surface.start, 50, noise=0.1, seed=4)
    full = simulate(surface, optimizer, surface.start, 50, noise=0.1, seed=4, batch_size=24)
    assert np.array_equal(plain.positions, full.positions)
    assert np.array_equal(plain.gradients, full.gradients)
    assert full.batch_size == 24


@pytest.mark.parametrize("surface", SURFACES)
def test_reproducible_by_seed(surface):
    runs = [
        simulate(surface, SGD(lr=0.05), surface.start, 40, batch_size=5, seed=s) for s in (7, 7, 8)
    ]
    assert np.array_equal(runs[0].positions, runs[1].positions)
    assert not np.array_equal(runs[0].positions, runs[2].positions)


def test_noise_kicks_are_the_seeds_own_with_or_without_batches():
    surface = LinearRegression(size=24, seed=3)
    expected = 0.3 * np.random.default_rng(5).standard_normal((11, 2))[0]
    for batch_size in (0, 4):
        noisy = simulate(surface, SGD(), (0.0, 0.0), 10, noise=0.3, seed=5, batch_size=batch_size)
        clean = simulate(surface, SGD(), (0.0, 0.0), 10, seed=5, batch_size=batch_size)
        # Frame 0: same point and same batch, so the difference is the kick alone.
        assert noisy.gradients[0] - clean.gradients[0] == pytest.approx(expected, rel=1e-9)


def test_first_batch_gradient_is_the_mean_over_its_examples():
    surface = LinearRegression(size=10, seed=0)
    run = simulate(surface, SGD(lr=0.01), (1.0, 1.0), 3, batch_size=3, seed=11)
    first = next(iter(epoch_batches(10, 3, seed=11, count=1)))
    x, y = surface.data
    residual = 1.0 * x[first] + 1.0 - y[first]
    expected = [2 * np.mean(residual * x[first]), 2 * np.mean(residual)]
    assert run.gradients[0] == pytest.approx(expected, rel=1e-12)


def test_bad_batch_sizes_are_refused_with_a_reason():
    surface = LinearRegression(size=10)
    with pytest.raises(ValueError, match="batch_size=11 must be from 1 to .* 10"):
        simulate(surface, SGD(), surface.start, 5, batch_size=11)
    with pytest.raises(ValueError, match="data-set surface"):
        simulate(Canyon(), SGD(), (0.0, 0.0), 5, batch_size=4)
    with pytest.raises(ValueError, match="batch_size"):
        simulate(surface, SGD(), surface.start, 5, batch_size=2.5)


def test_sgd_with_batches_hovers_around_the_least_squares_fit():
    surface = LinearRegression(offset=0.0, noise=0.5)
    run = simulate(surface, SGD(lr=0.05), surface.start, 2000, batch_size=4, seed=0)
    minimum = np.array(surface.minima[0][:2])
    late = run.positions[1000:]
    assert np.linalg.norm(late.mean(axis=0) - minimum) < 0.1
    assert np.linalg.norm(late - minimum, axis=1).max() > 1e-3  # it never settles exactly


def test_scene_file_round_trip_keeps_batch_size_and_momentum_schedule():
    from engine.scene.scene import RunSpec, Scene
    from engine.scene.scene_io import scene_from_dict, scene_to_dict
    from engine.schedules import InverseTime

    spec = RunSpec("m", Momentum(), batch_size=4, momentum_schedule=InverseTime(k=0.01))
    scene = Scene(LinearRegression(size=12), (spec,), 10)
    assert scene_from_dict(scene_to_dict(scene)) == scene
    data = scene_to_dict(scene)
    del data["runs"][0]["batch_size"], data["runs"][0]["momentum_schedule"]  # an older file
    old = scene_from_dict(data).runs[0]
    assert old.batch_size == 0 and old.momentum_schedule is None
    data["runs"][0]["batch_size"] = -1
    with pytest.raises(ValueError, match="run 1: 'batch_size'"):
        scene_from_dict(data)


def test_run_cache_applies_batches_only_where_they_mean_something():
    from engine.scene.scene import RunCache, RunSpec, Scene
    from engine.schedules import InverseTime

    spec = RunSpec("s", SGD(lr=0.05), batch_size=50, momentum_schedule=InverseTime())
    cache = RunCache()
    on_data = cache.run_of(Scene(LinearRegression(size=10), (spec,), 20), spec)
    assert on_data.batch_size == 10 and on_data.momentum_schedule is None  # clamped; no momentum
    on_canyon = cache.run_of(Scene(Canyon(), (spec,), 20), spec)
    assert on_canyon.batch_size == 0


def test_command_line_batch_size_and_momentum_schedule(capsys):
    import cli

    argv = [
        "run",
        "--surface",
        "linear_regression(size=8)",
        "--optimizer",
        "momentum(momentum=0.5)",
    ]
    argv += ["--batch-size", "2", "--momentum-schedule", "inverse_time(k=1)", "--steps", "3"]
    assert cli.main([*argv, "--format", "json"]) == 0
    table = json.loads(capsys.readouterr().out)
    assert table["batch_size"] == 2 and table["momentum_schedule"]["name"] == "inverse_time"
    momentum = table["columns"].index("momentum")
    assert [row[momentum] for row in table["rows"]] == [0.5, 0.75, 1 - 0.5 / 3, None]
    assert cli.main(["run", "--surface", "canyon", "--optimizer", "sgd", "--batch-size", "2"]) == 2
    assert "data-set surface" in capsys.readouterr().err
