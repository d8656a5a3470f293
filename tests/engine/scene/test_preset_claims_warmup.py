"""Every claim of the adam-warmup preset's text, checked on its runs' numbers.

Each assertion quotes the sentence it checks; see test_preset_claims.py for the others.
"""

from __future__ import annotations

import numpy as np
import pytest

from engine.scene.presets import load_preset
from engine.scene.scene import RunCache

CACHE = RunCache()
WARMUP = 20


def warmup_runs():
    loaded = load_preset("adam-warmup")
    plain, warm = CACHE.runs_of(loaded.scene)
    return loaded, plain, warm


def sign_changes(values) -> int:
    signs = np.sign(np.asarray(values))
    return int(np.sum(signs[1:] * signs[:-1] < 0))


def test_adam_warmup_same_adam_same_start_only_the_schedule_differs():
    loaded, plain, warm = warmup_runs()
    scene = loaded.scene
    # "Here Adam starts on the steep wall of the canyon (fig. 5-13a) with ρ = 1.5"
    assert scene.surface.name == "canyon"
    assert plain.optimizer == warm.optimizer and plain.optimizer.name == "adam"
    assert plain.optimizer.lr == 1.5 and plain.optimizer.bias_correction
    assert scene.runs[0].start == scene.runs[1].start
    assert plain.schedule.name == "constant"
    assert (warm.schedule.name, warm.schedule.steps, warm.schedule.then) == (
        "warmup",
        WARMUP,
        "constant",
    )
    x0, y0 = scene.runs[0].start
    # "the steep wall": the slope across the canyon at the start is close to the wall's steepest
    wall = np.linspace(0.0, 3.0, 3001)
    slopes = np.abs(scene.surface.grad(np.column_stack([np.full_like(wall, x0), wall]))[:, 1])
    assert abs(plain.gradients[0, 1]) > 0.9 * slopes.max()
    # The preset opens on the plain run's second update (the one the text explains next).
    assert loaded.frame == 1 and "no warm-up" in scene.runs[0].name


def test_adam_warmup_first_step_is_rho_per_axis_whatever_the_slope():
    _, plain, _ = warmup_runs()
    lr = plain.optimizer.lr
    g = np.abs(plain.gradients[0])
    # "whatever the slope": the two axes' slopes differ several times over...
    assert max(g) > 4 * min(g)
    # "...Adam's first step is ρ along each axis: m̂/(√v̂ + ε) = ±1"
    np.testing.assert_allclose(np.abs(plain.updates[0]), lr, rtol=1e-6)
    np.testing.assert_allclose(
        plain.updates[0], -lr * np.sign(plain.gradients[0]), rtol=1e-6
    )  # fmt: skip


def test_adam_warmup_plain_adam_is_thrown_out_of_the_canyon_and_stalls_on_the_rim():
    loaded, plain, _ = warmup_runs()
    surface, lr = loaded.scene.surface, plain.optimizer.lr
    minimum = surface.minima[0]
    y0 = plain.positions[0, 1]
    # "its first step jumps 1.5 across the floor, up the far wall"
    y1 = plain.positions[1, 1]
    assert y1 == pytest.approx(y0 - lr) and y1 < minimum.y < y0
    assert surface.value_xy(minimum.x, y1) > surface.value_xy(minimum.x, y0)
    # "There the gradient already points back down, but m still holds the steep first
    # gradient, so every later step carries the run further out"
    assert np.sign(plain.gradients[1, 1]) == np.sign(y1 - minimum.y)  # descent is back in
    assert np.sign(plain.states["first_moment"][1, 1]) == np.sign(plain.gradients[0, 1])
    assert np.all(np.diff(plain.positions[:, 1]) <= 0)
    # "onto the flat rim where the loss is 2 and the slope almost 0"
    rim = surface.value_xy(minimum.x, 100.0)
    assert rim == pytest.approx(2.0)
    assert plain.losses[-1] == pytest.approx(rim, abs=1e-3)
    assert np.hypot(*plain.true_gradients[plain.last_frame]) < 1e-3
    # "it slides to x = 3 and stalls there, far from the minimum"
    assert minimum.x == 3.0
    assert plain.positions[-1, 0] == pytest.approx(minimum.x, abs=0.01)
    assert plain.status.kind == "stalled"
    assert abs(plain.positions[-1, 1] - minimum.y) > 5 * abs(y0 - minimum.y)


def test_adam_warmup_rate_climbs_first_step_is_rho_over_20_and_stays_in_the_canyon():
    loaded, _, warm = warmup_runs()
    lr = warm.optimizer.lr
    floor_y = loaded.scene.surface.minima[0].y
    rates = warm.lrs[: warm.last_frame]  # the last frame has no update, so no rate
    t = np.arange(len(rates))
    # "the rate of update t (from 0) is ρ·(t + 1)/20 until it reaches ρ"
    np.testing.assert_allclose(rates, lr * np.minimum((t + 1) / WARMUP, 1.0), rtol=1e-12)
    # "Warm-up lowers the rate only for the first 19 updates"
    assert np.sum(rates < lr) == WARMUP - 1
    # "the first step is ρ/20 per axis"
    np.testing.assert_allclose(np.abs(warm.updates[0]), lr / WARMUP, rtol=1e-6)
    # "the run walks down the wall without ever leaving the canyon"
    y = warm.positions[:, 1] - floor_y
    assert np.all(np.diff(y[:4]) < 0)
    assert np.max(np.abs(y)) <= abs(y[0])


def test_adam_warmup_at_the_full_rate_steps_stay_under_half_rho_and_it_arrives():
    loaded, plain, warm = warmup_runs()
    lr = warm.optimizer.lr
    minimum = loaded.scene.surface.minima[0]
    full = WARMUP - 1  # update index at which the rate first is ρ
    # "m and v have seen ... the swings across the floor"
    assert sign_changes(warm.positions[: full + 1, 1] - minimum.y) >= 2
    # "so m̂/√v̂ is well below 1: every later step is shorter than ρ/2 on both axes"
    beta1, beta2 = warm.optimizer.beta1, warm.optimizer.beta2
    rows = np.arange(full, warm.last_frame)
    steps = warm.t[rows + 1][:, None]
    m_hat = warm.states["first_moment"][rows + 1] / (1 - beta1**steps)
    v_hat = warm.states["second_moment"][rows + 1] / (1 - beta2**steps)
    ratio = np.abs(m_hat) / (np.sqrt(v_hat) + warm.optimizer.eps)
    assert np.all(ratio < 0.5)
    np.testing.assert_allclose(np.abs(warm.updates[rows]), lr * ratio, rtol=1e-9, atol=1e-15)
    assert np.all(np.abs(warm.updates[rows]) < lr / 2)
    # "and the run reaches the minimum (3, 0)"
    assert (minimum.x, minimum.y) == (3.0, 0.0)
    assert warm.status.kind == "converged" and warm.status.minimum == 0
    assert np.hypot(*(warm.positions[-1] - (minimum.x, minimum.y))) < 1e-3
    assert warm.losses[-1] < plain.losses[-1] - 1.0
