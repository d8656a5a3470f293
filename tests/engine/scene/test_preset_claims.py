"""Every claim a preset's text makes about its runs, checked on the runs' numbers.

A sentence in a preset's explanation that no test here checks can silently become false
when a surface, an optimizer or the preset changes; keep the texts to claims tested below.
Each test quotes the sentence it checks.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from engine.optimizers import OPTIMIZERS
from engine.run.simulate import simulate
from engine.scene.presets import PRESET_FOLDER, Preset, preset_from_dict
from engine.scene.scene import RunCache

CACHE = RunCache()


def preset(name: str) -> Preset:
    """The preset as the loader reads it (from its file, so a new preset is checked too)."""
    data = json.loads((PRESET_FOLDER / f"{name}.json").read_text(encoding="utf-8"))
    return preset_from_dict(name, data)


def runs_of(name: str):
    loaded = preset(name)
    return loaded, loaded.scene, CACHE.runs_of(loaded.scene)


def distance_to(run, point) -> np.ndarray:
    return np.hypot(run.positions[:, 0] - point[0], run.positions[:, 1] - point[1])


def distance_to_minimum(scene, run) -> np.ndarray:
    best = min(scene.surface.minima, key=lambda p: p.value)
    return distance_to(run, (best.x, best.y))


def sign_changes(values: np.ndarray, visible: float = 0.0) -> int:
    """Sign changes between consecutive values both larger than `visible` in size."""
    values = np.asarray(values)
    big = np.abs(values) > visible
    flips = np.sign(values[1:]) != np.sign(values[:-1])
    return int(np.sum(flips & big[1:] & big[:-1]))


def across(scene, vectors: np.ndarray) -> np.ndarray:
    """The component across a rotated quadratic's valley (its steep axis y_r)."""
    angle = math.radians(scene.surface.angle)
    return -vectors[:, 0] * math.sin(angle) + vectors[:, 1] * math.cos(angle)


def by_name(scene, runs) -> dict:
    return {spec.optimizer.name: run for spec, run in zip(scene.runs, runs)}


def test_every_preset_file_loads_and_is_checked_here():
    names = sorted(path.stem for path in PRESET_FOLDER.glob("*.json"))
    assert "local-minima" in names
    checked = {name for name in names if f"test_{name.replace('-', '_')}_" in _TEST_NAMES}
    assert checked == set(names)
    for name in names:
        loaded = preset(name)
        assert loaded.explanation and loaded.title


# -- canyon-race (fig. 5-13a) -------------------------------------------------------------------

CANYON_VISIBLE = 0.02  # a cross-valley step this long is visible on the 8 × 3 canyon


def test_canyon_race_starts_together_and_the_floor_is_120_times_flatter():
    _, scene, runs = runs_of("canyon-race")
    assert [run.optimizer.name for run in runs] == [
        "sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"
    ]  # fmt: skip
    assert len({spec.start for spec in scene.runs}) == 1
    # "at the floor the loss is 120 times more curved across the valley than along it"
    h = 1e-4
    floor = (0.0, 0.0)
    gx = scene.surface.grad([[floor[0] + h, 0.0], [floor[0] - h, 0.0]])[:, 0]
    gy = scene.surface.grad([[0.0, h], [0.0, -h]])[:, 1]
    along, across_ = (gx[0] - gx[1]) / (2 * h), (gy[0] - gy[1]) / (2 * h)
    assert across_ / along == pytest.approx(120, rel=1e-3)


def test_canyon_race_sgd_zigzags_at_every_step_and_arrives_last_long_after_the_others():
    _, scene, runs = runs_of("canyon-race")
    sgd = runs[0]
    # "SGD (ρ = 0.16, just below 2/12 ≈ 0.167, the largest the walls allow)"
    assert sgd.optimizer.lr < 2 / 12 and sgd.optimizer.lr > 0.95 * 2 / 12
    # "overshoots the floor at every step, so it zig-zags from wall to wall": from its third
    # update on, every one of the next 15 crosses the floor line, each visibly long.
    dy = sgd.updates[:-1, 1]
    assert sign_changes(dy[2:18], CANYON_VISIBLE) == 15
    assert np.all(np.sign(sgd.positions[3:18, 1]) != np.sign(sgd.positions[4:19, 1]))
    zigzags = {
        run.optimizer.name: sign_changes(run.updates[:40, 1], CANYON_VISIBLE) for run in runs
    }
    assert zigzags["sgd"] >= 2 * max(count for name, count in zigzags.items() if name != "sgd")
    assert zigzags["sgd"] > 5 * max(zigzags["adam"], 1)
    # "it arrives last, long after all the others"
    assert all(run.status.kind == "converged" for run in runs)
    others = [run.status.step for run in runs[1:]]
    assert sgd.status.step > 1.5 * max(others)
    # Along the floor: when the fastest arrives, SGD is still more than a unit away.
    first = min(others)
    assert distance_to_minimum(scene, sgd)[first] > 1.0


def test_canyon_race_momentum_swings_and_overshoots_nesterov_swings_less():
    _, scene, runs = runs_of("canyon-race")
    named = by_name(scene, runs)
    momentum, nesterov, sgd = named["momentum"], named["nesterov"], named["sgd"]
    # "Nesterov, with the same settings"
    assert (momentum.optimizer.lr, momentum.optimizer.momentum) == (
        nesterov.optimizer.lr,
        nesterov.optimizer.momentum,
    )
    minimum_x = scene.surface.minima[0].x
    y0 = scene.runs[0].start[1]
    # "it swings from wall to wall": far past the floor line, to the opposite wall...
    assert momentum.positions[:, 1].min() < -0.4 * y0
    # "...and runs past the minimum before it comes back"
    assert momentum.positions[:, 0].max() > minimum_x + 0.3
    assert sgd.positions[:, 0].max() < minimum_x  # SGD never gets past it
    # "looks ahead and brakes earlier, so it swings much less"
    assert -nesterov.positions[:, 1].min() < 0.3 * -momentum.positions[:, 1].min()
    assert nesterov.positions[:, 0].max() - minimum_x < momentum.positions[:, 0].max() - minimum_x


def test_canyon_race_adaptive_methods_rescale_each_axis_and_stop_bouncing():
    _, scene, runs = runs_of("canyon-race")
    named = by_name(scene, runs)
    sgd = named["sgd"]
    ratio = abs(sgd.updates[0, 1] / sgd.updates[0, 0])
    assert ratio > 2  # SGD's first step follows the gradient: steeper across than along
    for name in ("adagrad", "rmsprop", "adam"):
        run = named[name]
        # "their first step is as long across the valley as along it: diagonally down the wall"
        np.testing.assert_allclose(abs(run.updates[0, 1]), abs(run.updates[0, 0]), rtol=1e-4)
        # "stop bouncing after a few steps": no visible cross-valley reversal after step 15,
        # while SGD still zig-zags then.
        late = run.updates[15:60, 1]
        assert sign_changes(late, CANYON_VISIBLE) == 0, name
        assert sign_changes(run.updates[:40, 1], CANYON_VISIBLE) <= 10, name
    assert sign_changes(sgd.updates[15:60, 1], CANYON_VISIBLE) >= 5


# -- adagrad-vs-rmsprop --------------------------------------------------------------------------


def test_adagrad_vs_rmsprop_adagrad_stalls_far_away_rmsprop_arrives():
    _, scene, (adagrad, rmsprop) = runs_of("adagrad-vs-rmsprop")
    # "Same ρ = 0.02 for both"
    assert adagrad.optimizer.lr == rmsprop.optimizer.lr == 0.02
    assert rmsprop.optimizer.alpha == 0.999
    # "its effective learning rate ρ/(ε + √r) can only shrink"
    assert np.all(np.diff(adagrad.effective_lrs[:-1], axis=0) <= 0)
    # "it stalls, still more than five units from the minimum after 400 steps"
    assert scene.steps == 400
    assert distance_to_minimum(scene, adagrad)[-1] > 5.0
    assert np.hypot(*adagrad.updates[-51:-1].T).max() < 0.005
    # "its effective learning rate grows again where the slope gets gentler"
    assert np.any(np.diff(rmsprop.effective_lrs[:-1, 0]) > 0)
    # "and it reaches the minimum"
    assert rmsprop.status.kind == "converged" and not rmsprop.status.local
    assert adagrad.status.kind != "converged"


# -- adam-bias-correction ------------------------------------------------------------------------


def test_adam_bias_correction_first_step_is_rho_or_3_16_rho_and_both_arrive():
    _, _, (corrected, raw) = runs_of("adam-bias-correction")
    assert corrected.optimizer.bias_correction and not raw.optimizer.bias_correction
    lr, beta1, beta2 = raw.optimizer.lr, raw.optimizer.beta1, raw.optimizer.beta2
    assert corrected.optimizer.lr == lr and (beta1, beta2) == (0.9, 0.999)
    # "makes the first step ρ per axis (up to ε)"
    np.testing.assert_allclose(np.abs(corrected.updates[0]), lr, rtol=1e-6)
    # "ρ·(1 − β1)/√(1 − β2) = ρ·0.1/√0.001 ≈ 3.16·ρ per axis"
    assert (1 - beta1) / math.sqrt(1 - beta2) == pytest.approx(3.16, abs=0.005)
    np.testing.assert_allclose(
        np.abs(raw.updates[0]), lr * (1 - beta1) / math.sqrt(1 - beta2), rtol=1e-6
    )
    # "β1^t fades within a few dozen steps but β2^t = 0.999^t only over thousands"
    assert beta1**40 < 0.02 and beta2**1000 > 0.3
    # "the uncorrected run's steps stay too large for the whole run": before either has
    # arrived, and still at the end, its effective learning rate is the larger.
    assert np.all(raw.effective_lrs[:-1] > corrected.effective_lrs[:-1])
    # "on this bowl both still reach the minimum"
    assert corrected.status.kind == raw.status.kind == "converged"


# -- adamw-vs-adam -------------------------------------------------------------------------------


def test_adamw_vs_adam_l2_at_the_ridge_minimum_adamw_pulled_into_the_box():
    scene = preset("adamw-vs-adam").scene
    _, _, (adamw, l2, plain) = runs_of("adamw-vs-adam")
    assert adamw.optimizer.name == "adamw" and l2.optimizer.name == "adam"
    wd = l2.optimizer.weight_decay
    # "Both runs use weight decay λ = 1 ... minimum is (1, 3)"
    assert adamw.optimizer.weight_decay == wd == 1.0 and plain.optimizer.weight_decay == 0
    assert (scene.surface.minima[0].x, scene.surface.minima[0].y) == (1.0, 3.0)
    # "Adam minimizes f + ½λ‖x‖²: it settles at that ridge minimum, (1.228, 2.561) here"
    matrix, target = np.array([[1.0, 2.0], [2.0, 1.0]]), np.array([7.0, 5.0])
    ridge = np.linalg.solve(2 * matrix.T @ matrix + wd * np.eye(2), 2 * matrix.T @ target)
    np.testing.assert_allclose(ridge, (1.228, 2.561), atol=5e-4)
    np.testing.assert_allclose(l2.positions[-1], ridge, atol=0.02)
    # "AdamW is pulled into the box |x|, |y| ≤ 1/λ = 1, much closer to the origin"
    assert np.all(np.abs(adamw.positions[-1]) <= 1 / wd)
    assert np.linalg.norm(adamw.positions[-1]) < 0.5 * np.linalg.norm(l2.positions[-1])
    # "... at a point that minimizes neither": not the ridge minimum, not (1, 3)
    assert np.linalg.norm(adamw.positions[-1] - ridge) > 1.0
    # "and its loss stays far higher"
    assert adamw.losses[-1] > 10 * l2.losses[-1]
    # "with λ = 0.01 AdamW ends close to (1, 3)"
    usual = OPTIMIZERS["adamw"](**{**_params(adamw.optimizer), "weight_decay": 0.01})
    spec = scene.runs[0]
    small = simulate(scene.surface, usual, spec.start, scene.steps, spec.schedule)
    assert distance_to(small, (1.0, 3.0))[-1] < 0.2
    # "Plain Adam, without decay, reaches (1, 3)"
    assert plain.status.kind == "converged"


def _params(optimizer) -> dict:
    import dataclasses

    return {f.name: getattr(optimizer, f.name) for f in dataclasses.fields(optimizer)}


# -- lr-decay ------------------------------------------------------------------------------------


def test_lr_decay_constant_keeps_scribbling_decayed_runs_come_to_rest_closer():
    loaded, scene, runs = runs_of("lr-decay")
    *decayed, constant = runs
    assert [spec.schedule.name for spec in scene.runs][-1] == "constant"
    # "the same noise for all ... start with ρ0 = 0.1"
    assert len({(s.noise, s.seed, s.start) for s in scene.runs}) == 1 and scene.runs[0].noise > 0
    assert {run.optimizer.lr for run in runs} == {0.1}
    # "in its last 50 steps it still travels more than ten times as far as any decayed run"
    travel = [np.hypot(*run.updates[-51:-1].T).sum() for run in runs]
    assert all(travel[-1] > 10 * moved for moved in travel[:-1])
    # "for the first 60 steps it is the constant run, and the two paths coincide"
    step = scene.runs[0].schedule
    assert (step.name, step.step_size, step.gamma) == ("step", 60, 0.5)
    np.testing.assert_array_equal(decayed[0].positions[:61], constant.positions[:61])
    assert not np.array_equal(decayed[0].positions[62], constant.positions[62])
    # "The decayed runs come to rest much closer to the minimum"
    spread = [distance_to_minimum(scene, run)[-50:].mean() for run in runs]
    assert all(near < 0.6 * spread[-1] for near in spread[:-1])
    # The picture opens on the last frame, where the difference shows.
    assert loaded.frame == scene.steps


# -- learning-rate-size --------------------------------------------------------------------------


def test_learning_rate_size_small_good_large():
    _, scene, (small, good, large) = runs_of("learning-rate-size")
    # "the same bowl (10 times more curved along y than along x)"
    assert scene.surface.kappa == 10 and scene.surface.angle == 0
    assert (small.optimizer.lr, good.optimizer.lr, large.optimizer.lr) == (0.005, 0.1, 0.198)
    # "after 200 steps it has not arrived"
    assert scene.steps == 200 and small.status.kind != "converged"
    assert distance_to_minimum(scene, small)[-1] > 0.3
    # "it reaches the minimum in about 50 steps"
    assert good.status.kind == "converged" and 40 <= good.status.step <= 60
    # "along y each step overshoots the minimum to almost the same height on the other side"
    y = large.positions[:, 1]
    assert sign_changes(y) == scene.steps
    assert np.all(np.abs(y[1:21] / y[:20]) > 0.95)
    # "ρ·κ = 1.98 is just under 2"
    assert large.optimizer.lr * scene.surface.kappa == pytest.approx(1.98)


# -- local-minima --------------------------------------------------------------------------------


def test_local_minima_sgd_stops_in_the_first_dip_momentum_rolls_through():
    _, scene, (sgd, rolling, through) = runs_of("local-minima")
    surface = scene.surface
    assert surface.name == "local_minima"
    xs = sorted(p.x for p in surface.minima)
    glob = min(surface.minima, key=lambda p: p.value)
    # "two local minima on the way down to the global minimum at x ≈ 2.51"
    assert len(xs) == 3 and glob.x == xs[-1] and glob.x == pytest.approx(2.51, abs=0.005)
    start = scene.runs[0].start
    assert all(spec.start == start for spec in scene.runs) and start[0] < xs[0]
    # "with the same ρ = 0.1"
    assert {run.optimizer.lr for run in (sgd, rolling, through)} == {0.1}
    assert (sgd.optimizer.name, rolling.optimizer.momentum, through.optimizer.momentum) == (
        "sgd",
        0.85,
        0.9,
    )

    def settled_at(run):
        assert run.status.kind == "converged"
        return surface.minima[run.status.minimum]

    # "SGD ... stops in the first dip it meets, at x ≈ −2.31: there the gradient is 0"
    assert settled_at(sgd).x == xs[0] == pytest.approx(-2.31, abs=0.005) and sgd.status.local
    assert np.all(sgd.positions[:, 0] < xs[1])  # it never even gets near the second dip
    # "with α = 0.85 it rolls over the first ridge and stops in the second dip, at x ≈ 0.10"
    assert settled_at(rolling).x == xs[1] == pytest.approx(0.10, abs=0.005)
    assert rolling.status.local
    # "with α = 0.9 it carries enough speed over both ridges and settles in the global minimum"
    assert settled_at(through) == glob and not through.status.local


# -- momentum-vs-sgd (fig. 5-10) -----------------------------------------------------------------


def test_momentum_vs_sgd_sgd_zigzags_momentum_swings_gently_and_arrives_first():
    _, scene, (sgd, momentum) = runs_of("momentum-vs-sgd")
    # "the loss is 20 times more curved across it than along it (κ = 20)"
    assert scene.surface.kappa == 20
    assert momentum.optimizer.momentum == 0.75
    # "every step overshoots to the other wall, so the blue path zig-zags"
    assert sign_changes(across(scene, sgd.positions)[:21]) == 20
    # "Its path swings gently instead of zig-zagging"
    assert sign_changes(across(scene, momentum.positions)[:21]) <= 5
    # "and it reaches the minimum first"
    assert momentum.status.kind == sgd.status.kind == "converged"
    assert momentum.status.step < 0.8 * sgd.status.step


# -- nesterov-lookahead (fig. 5-11) --------------------------------------------------------------


def test_nesterov_lookahead_point_is_far_from_the_marker_and_brakes_early():
    loaded, scene, (nesterov, momentum) = runs_of("nesterov-lookahead")
    mu = nesterov.optimizer.momentum
    assert nesterov.optimizer.form == "sutskever"
    # "the look-ahead point Θ̃ = Θ + α·v"
    np.testing.assert_allclose(
        nesterov.gradient_points, nesterov.positions + mu * nesterov.states["velocity"]
    )
    # "at the opening frame it is already far ahead of the marker": 5 % of the diagonal
    k = loaded.frame
    ahead = np.hypot(*(nesterov.gradient_points[k] - nesterov.positions[k]))
    assert ahead > 0.05 * scene.surface.span
    # "the gradient at Θ̃ already points back": at the opening frame the velocity heads for the
    # far wall, the gradient at Θ still pushes that way, and the one at Θ̃ (the one used) opposes it.
    velocity = across(scene, nesterov.states["velocity"][k : k + 1])[0]
    at_point = across(scene, scene.surface.grad(nesterov.positions[k : k + 1]))[0]
    at_lookahead = across(scene, nesterov.true_gradients[k : k + 1])[0]
    assert np.sign(-at_point) == np.sign(velocity) != np.sign(-at_lookahead)
    # "overshoots less than plain momentum with the same ρ = 0.02 and α = 0.9 and settles sooner"
    assert (momentum.optimizer.lr, momentum.optimizer.momentum) == (0.02, 0.9)
    assert (nesterov.optimizer.lr, mu) == (0.02, 0.9)
    overshoot = [np.abs(across(scene, run.positions)[5:]).max() for run in (nesterov, momentum)]
    assert overshoot[0] < 0.5 * overshoot[1]
    assert nesterov.status.step < momentum.status.step


# -- noisy-gradients -----------------------------------------------------------------------------


def test_noisy_gradients_momentum_averages_the_noise():
    _, _, (sgd, momentum) = runs_of("noisy-gradients")
    # "a random kick (standard deviation 2) ... the same kicks for both runs"
    assert sgd.noise == momentum.noise == 2 and sgd.seed == momentum.seed
    # "since 0.005/(1 − 0.9) = 0.05"
    assert sgd.optimizer.lr == pytest.approx(momentum.optimizer.lr / (1 - 0.9))

    def mean_turn_cosine(run):
        u = run.updates[:-1]
        norms = np.hypot(*u.T)
        return np.mean(np.sum(u[1:] * u[:-1], axis=1) / (norms[1:] * norms[:-1]))

    # "jittery scribble" versus "consecutive steps point the same way"
    assert mean_turn_cosine(sgd) < 0.2 < 0.6 < mean_turn_cosine(momentum)


# -- momentum-forms ------------------------------------------------------------------------------


def test_momentum_forms_coincide_then_pytorch_brakes_at_once_textbook_coasts():
    _, scene, (pytorch, textbook) = runs_of("momentum-forms")
    schedule = scene.runs[0].schedule
    assert (schedule.name, schedule.step_size, schedule.gamma) == ("step", 40, 0.3)
    drop = schedule.step_size
    gap = np.hypot(*(pytorch.positions - textbook.positions).T)
    # "With a constant learning rate the two ... paths coincide exactly"
    np.testing.assert_allclose(gap[: drop + 1], 0.0, atol=1e-12)
    # "the PyTorch form brakes at once because its whole velocity is rescaled, while the
    # textbook form coasts on the velocity it built with the old, larger rate"
    size = [np.hypot(*run.updates[drop]) for run in (pytorch, textbook)]
    before = np.hypot(*pytorch.updates[drop - 1])
    assert size[0] < 0.4 * before and size[1] > 0.8 * before
    # "The two paths separate at every drop": the gap jumps after each of the drops.
    for k in range(drop, scene.steps - 1, drop):
        assert gap[k + 2] > gap[k], k
    assert gap[-1] > 0.05 * scene.surface.span


# -- saddle-race (fig. 5-13b) --------------------------------------------------------------------


def test_saddle_race_sgd_sits_about_a_hundred_steps_adaptive_escape_at_once():
    _, scene, runs = runs_of("saddle-race")
    # "start almost exactly on the ridge (y = 0.005)"
    assert all(spec.start[1] == 0.005 for spec in scene.runs)
    assert scene.runs[0].optimizer.lr == 0.02

    def escape_step(run):
        return int(np.argmax(np.abs(run.positions[:, 1]) > 0.5))

    sgd, momentum, nesterov, *adaptive = runs
    # "slides toward the saddle and lingers near it: it comes within 0.15 of it, and only after
    # more than a hundred steps has it rolled 0.5 away from the ridge"
    assert np.hypot(*sgd.positions.T).min() < 0.15
    assert escape_step(sgd) > 100
    # "Momentum and Nesterov escape sooner"
    assert max(escape_step(momentum), escape_step(nesterov)) < escape_step(sgd) / 2
    # "the adaptive methods ... escape almost at once"
    assert all(0 < escape_step(run) < escape_step(sgd) / 5 for run in adaptive)


# The tests here, and those of the presets whose claims live in their own files beside this one
# (test_preset_claims_NAME.py), by their source text.
_TEST_NAMES = " ".join(
    [name for name in dir() if name.startswith("test_")]
    + [
        path.read_text(encoding="utf-8")
        for path in Path(__file__).parent.glob("test_preset_claims_*.py")
    ]
)
