"""The lecture's presets: each loads, runs, and shows on screen the effect it is named for."""

import json
import math

import numpy as np
import pytest

from engine.run.simulate import simulate
from engine.scene.presets import (
    PRESET_FOLDER,
    PRESETS,
    Preset,
    lecture_order,
    load_preset,
    preset_from_dict,
    preset_heading,
)
from engine.scene.scene import Scene
from engine.scene.scene_io import scene_to_dict


def runs_of(name: str) -> tuple[Scene, list]:
    scene = load_preset(name).scene
    runs = [
        simulate(scene.surface, s.optimizer, s.start, scene.steps, s.schedule, s.noise, s.seed)
        for s in scene.runs
    ]
    return scene, runs


def distance_to_minimum(scene: Scene, run) -> np.ndarray:
    best = min(scene.surface.minima, key=lambda p: p.value)
    return np.hypot(run.positions[:, 0] - best.x, run.positions[:, 1] - best.y)


def across_valley(scene: Scene, run) -> np.ndarray:
    """The coordinate along the quadratic's steep axis (y_r in its formula)."""
    angle = math.radians(scene.surface.angle)
    x, y = run.positions.T
    return -x * math.sin(angle) + y * math.cos(angle)


def sign_flips(values: np.ndarray) -> int:
    return int(np.sum(np.diff(np.sign(values)) != 0))


# -- every preset -----------------------------------------------------------------------------


def test_every_preset_has_a_file_and_every_file_is_a_preset():
    assert sorted(PRESETS) == sorted(path.stem for path in PRESET_FOLDER.glob("*.json"))
    assert len(set(PRESETS)) == len(PRESETS) == 13
    orders = [load_preset_order(name) for name in PRESETS]
    assert orders == sorted(orders) and len(set(orders)) == len(orders)  # the lecture's order
    assert PRESETS[0] == "momentum-vs-sgd" and PRESETS[-1] == "lr-decay"


def load_preset_order(name: str) -> int:
    return json.loads((PRESET_FOLDER / f"{name}.json").read_text(encoding="utf-8"))["order"]


def test_a_new_file_is_a_preset_in_its_place_and_a_bad_order_is_named(tmp_path):
    for name, order in (("b", 20), ("a", 30), ("c", 10)):
        (tmp_path / f"{name}.json").write_text(json.dumps({"order": order}), encoding="utf-8")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    assert lecture_order(tmp_path) == ("c", "b", "a", "broken")
    data = json.loads((PRESET_FOLDER / "canyon-race.json").read_text(encoding="utf-8"))
    with pytest.raises(ValueError, match="'order'"):
        preset_from_dict("canyon-race", {**data, "order": "first"})


@pytest.mark.parametrize("name", PRESETS)
def test_preset_loads_with_title_explanation_and_a_frame_in_range(name):
    preset = load_preset(name)
    assert isinstance(preset, Preset) and preset.name == name
    assert preset.title and "\n" not in preset.explanation and len(preset.explanation) > 200
    assert 0 <= preset.frame <= preset.scene.steps
    assert len(preset.scene.runs) >= 2
    assert len({run.color for run in preset.scene.runs}) == len(preset.scene.runs)
    assert len({run.name for run in preset.scene.runs}) == len(preset.scene.runs)


@pytest.mark.parametrize("name", PRESETS)
def test_the_menus_heading_is_the_presets_title_and_explanation(name):
    preset = load_preset(name)
    assert preset_heading(name) == (preset.title, preset.explanation)


def test_a_heading_that_cannot_be_read_is_the_presets_name(tmp_path, monkeypatch):
    monkeypatch.setattr("engine.scene.presets.PRESET_FOLDER", tmp_path)
    (tmp_path / "broken.json").write_text('{"title": 3}', encoding="utf-8")
    assert preset_heading("broken") == ("broken", "")
    assert preset_heading("missing") == ("missing", "")


@pytest.mark.parametrize("name", PRESETS)
def test_preset_runs_stay_finite(name):
    _, runs = runs_of(name)
    for run in runs:
        assert np.all(np.isfinite(run.positions)), run.optimizer
        assert run.status.kind != "diverged"


def test_preset_is_frozen():
    preset = load_preset(PRESETS[0])
    with pytest.raises(AttributeError):
        preset.frame = 3


def test_titles_are_distinct():
    titles = [load_preset(name).title for name in PRESETS]
    assert len(set(titles)) == len(titles)


def test_unknown_name_lists_the_valid_ones():
    with pytest.raises(ValueError, match="unknown preset 'nope'") as caught:
        load_preset("nope")
    assert all(name in str(caught.value) for name in PRESETS)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"title": ""}, "'title' must be non-empty text"),
        ({"title": 3}, "'title'"),
        ({"explanation": None}, "'explanation'"),
        ({"frame": -1}, "'frame'"),
        ({"frame": 10_000}, "'frame'"),
        ({"frame": True}, "'frame'"),
        ({"steps": "many"}, "'steps'"),
    ],
)
def test_a_broken_preset_is_a_clear_value_error(change, message):
    data = {"title": "t", "explanation": "e", **scene_to_dict(load_preset(PRESETS[0]).scene)}
    with pytest.raises(ValueError, match=message):
        preset_from_dict("x", {**data, **change})


# -- the effect each preset is for ------------------------------------------------------------


def test_momentum_vs_sgd_sgd_zigzags_and_momentum_does_not():
    scene, (sgd, momentum) = runs_of("momentum-vs-sgd")
    assert sgd.optimizer.name == "sgd" and momentum.optimizer.name == "momentum"
    # SGD overshoots across the valley at every one of its first 20 steps...
    assert sign_flips(across_valley(scene, sgd)[:21]) == 20
    # ...momentum swings across it only a few times, and still arrives first.
    assert sign_flips(across_valley(scene, momentum)[:21]) <= 5
    assert momentum.status.kind == sgd.status.kind == "converged"
    assert momentum.status.step < sgd.status.step


def test_noisy_gradients_momentum_averages_the_noise():
    _, (sgd, momentum) = runs_of("noisy-gradients")
    assert sgd.noise == momentum.noise > 0 and sgd.seed == momentum.seed
    # Same long-run step: lr_sgd = lr_momentum / (1 − μ).
    assert sgd.optimizer.lr == pytest.approx(
        momentum.optimizer.lr / (1 - momentum.optimizer.momentum)
    )

    def mean_turn_cosine(run):
        u = run.updates[:-1]
        norms = np.hypot(*u.T)
        return np.mean(np.sum(u[1:] * u[:-1], axis=1) / (norms[1:] * norms[:-1]))

    assert mean_turn_cosine(sgd) < 0.2 < 0.6 < mean_turn_cosine(momentum)
    path_length = [np.hypot(*run.updates[:-1].T).sum() for run in (sgd, momentum)]
    assert path_length[1] < path_length[0] / 2


def test_momentum_forms_agree_until_the_lr_drops_then_part():
    scene, (pytorch, textbook) = runs_of("momentum-forms")
    assert {pytorch.optimizer.form, textbook.optimizer.form} == {"pytorch", "sutskever"}
    drop = scene.runs[0].schedule.step_size
    assert scene.runs[0].schedule == scene.runs[1].schedule
    gap = np.hypot(*(pytorch.positions - textbook.positions).T)
    # Frame `drop` is reached with lrs of steps 0..drop-1, all still the base lr.
    np.testing.assert_allclose(gap[: drop + 1], 0.0, atol=1e-12)
    assert gap[drop + 1] > 1e-3
    assert gap[-1] > 0.05 * scene.surface.span


def test_nesterov_lookahead_is_drawn_and_overshoots_less():
    scene, (nesterov, momentum) = runs_of("nesterov-lookahead")
    preset = load_preset("nesterov-lookahead")
    assert nesterov.optimizer.name == "nesterov" and nesterov.optimizer.form == "sutskever"
    mu = nesterov.optimizer.momentum
    # The look-ahead point is x + μ·v (eq. 5.13), away from x at the opening frame.
    expected = nesterov.positions + mu * nesterov.states["velocity"]
    np.testing.assert_allclose(nesterov.gradient_points, expected)
    k = preset.frame
    assert np.hypot(*(nesterov.gradient_points[k] - nesterov.positions[k])) > 0.05
    assert momentum.optimizer.lr == nesterov.optimizer.lr and momentum.optimizer.momentum == mu
    overshoot = [np.abs(across_valley(scene, run)[5:]).max() for run in (nesterov, momentum)]
    assert overshoot[0] < 0.7 * overshoot[1]
    assert nesterov.status.step < momentum.status.step


def test_learning_rate_size_small_crawls_good_converges_large_swings():
    scene, (small, good, large) = runs_of("learning-rate-size")
    assert small.optimizer.lr < good.optimizer.lr < large.optimizer.lr
    kappa = scene.surface.kappa
    assert 1.9 < large.optimizer.lr * kappa < 2  # just stable: a pendulum, not a blow-up
    assert distance_to_minimum(scene, small)[-1] > 0.3  # still far after every step
    assert good.status.kind == "converged" and good.status.step < scene.steps / 2
    y = large.positions[:, 1]
    assert sign_flips(y) == scene.steps  # overshoots at every single step
    assert abs(y[100]) > 0.1 * abs(y[0])  # and the swing dies only slowly
    assert large.status.kind != "converged"


def test_adagrad_stalls_while_rmsprop_keeps_going():
    scene, (adagrad, rmsprop) = runs_of("adagrad-vs-rmsprop")
    assert adagrad.optimizer.lr == rmsprop.optimizer.lr
    effective = adagrad.effective_lrs[:-1]
    assert np.all(np.diff(effective, axis=0) <= 0)  # AdaGrad's steps only ever shrink
    assert np.any(np.diff(rmsprop.effective_lrs[:-1], axis=0) > 0)  # RMSProp's grow again
    far, near = (distance_to_minimum(scene, run)[-1] for run in (adagrad, rmsprop))
    assert far > 1.0 and far > 20 * near
    last_steps = np.hypot(*adagrad.updates[-51:-1].T)
    assert last_steps.max() < 0.01  # it barely moves at the end: stalled, not arrived


def test_adam_bias_correction_first_step_sizes_differ_by_sqrt_ten():
    _, (corrected, raw) = runs_of("adam-bias-correction")
    assert corrected.optimizer.bias_correction and not raw.optimizer.bias_correction
    beta1, beta2 = raw.optimizer.beta1, raw.optimizer.beta2
    lr = corrected.optimizer.lr
    # First step per axis: lr with correction, lr·(1−β1)/√(1−β2) without (ε negligible).
    np.testing.assert_allclose(np.abs(corrected.updates[0]), lr, rtol=1e-6)
    np.testing.assert_allclose(
        np.abs(raw.updates[0]), lr * (1 - beta1) / math.sqrt(1 - beta2), rtol=1e-6
    )
    ratio = np.hypot(*raw.updates[0]) / np.hypot(*corrected.updates[0])
    assert 3 < ratio < 3.3


def test_adamw_vs_adam_l2_ends_at_the_ridge_minimum_adamw_inside_the_box():
    scene, (adamw, l2, plain) = runs_of("adamw-vs-adam")
    assert adamw.optimizer.name == "adamw" and l2.optimizer.name == "adam"
    wd = l2.optimizer.weight_decay
    assert adamw.optimizer.weight_decay == wd > 0 and plain.optimizer.weight_decay == 0
    # Booth is ‖Ax − b‖²: Adam+L2 minimizes it plus ½λ‖x‖², (2AᵀA + λI)x = 2Aᵀb.
    matrix, target = np.array([[1.0, 2.0], [2.0, 1.0]]), np.array([7.0, 5.0])
    ridge = np.linalg.solve(2 * matrix.T @ matrix + wd * np.eye(2), 2 * matrix.T @ target)
    np.testing.assert_allclose(l2.positions[-1], ridge, atol=0.02)
    # AdamW's decay is not divided by √v̂: no coordinate stays beyond 1/λ.
    assert np.all(np.abs(adamw.positions[-1]) <= 1 / wd)
    assert np.linalg.norm(adamw.positions[-1] - ridge) > 1.0
    assert distance_to_minimum(scene, plain)[-1] < 0.05


def test_canyon_race_six_optimizers_sgd_zigzags_momentum_arrives_first():
    scene, runs = runs_of("canyon-race")
    assert [run.optimizer.name for run in runs] == [
        "sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"
    ]  # fmt: skip
    assert len({spec.start for spec in scene.runs}) == 1
    sgd, momentum, nesterov = runs[:3]
    assert sign_flips(sgd.positions[1:30, 1]) >= 15  # bouncing between the cliffs
    assert max(momentum.status.step, nesterov.status.step) < sgd.status.step


def test_saddle_race_sgd_lingers_at_the_saddle_adaptive_methods_escape():
    scene, runs = runs_of("saddle-race")
    assert scene.surface.name == "saddle" and len(runs) == 6

    def escape_step(run):
        return int(np.argmax(np.abs(run.positions[:, 1]) > 0.5))

    sgd, momentum, nesterov, *adaptive = runs
    assert all(escape_step(run) > 0 for run in runs)
    assert escape_step(sgd) > 100
    assert escape_step(sgd) > 2 * max(escape_step(momentum), escape_step(nesterov))
    assert all(escape_step(run) < escape_step(sgd) / 5 for run in adaptive)
    assert all(run.status.kind == "converged" for run in runs)


def test_lr_decay_schedules_settle_closer_than_constant():
    scene, runs = runs_of("lr-decay")
    names = [spec.schedule.name for spec in scene.runs]
    assert names == ["step", "exponential", "inverse_time", "constant"]
    assert len({(s.noise, s.seed) for s in scene.runs}) == 1 and scene.runs[0].noise > 0
    assert len({run.optimizer for run in runs}) == 1
    base, t = runs[0].optimizer.lr, np.arange(scene.steps)
    step, exponential, inverse = (spec.schedule for spec in scene.runs[:3])
    expected = [
        base * step.gamma ** (t // step.step_size),
        base * np.exp(-exponential.k * t),
        base / (1 + inverse.k * t),
        np.full(scene.steps, base),
    ]
    for run, lrs in zip(runs, expected):
        np.testing.assert_allclose(run.lrs[:-1], lrs)
    spread = [distance_to_minimum(scene, run)[-50:].mean() for run in runs]
    assert all(decayed < 0.6 * spread[-1] for decayed in spread[:-1])


def test_command_line_list_names_every_preset():
    from descent_lab.cli.listing import catalog, list_text

    listed = catalog()["presets"]
    assert [entry["name"] for entry in listed] == list(PRESETS)
    assert all(entry["title"] and entry["explanation"] for entry in listed)
    text = list_text(as_json=False)
    assert all(f"  {name}: {load_preset(name).title}" in text for name in PRESETS)


def test_the_default_scene_is_the_canyon_race():
    from engine.scene.scene import default_scene

    default, race = default_scene(), load_preset("canyon-race").scene
    assert default.surface == race.surface and default.steps == race.steps
    assert [(r.optimizer, r.start) for r in default.runs] == [
        (r.optimizer, r.start) for r in race.runs
    ]
