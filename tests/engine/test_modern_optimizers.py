"""RAdam, Adamax, Rprop, Lion, QHM, QHAdam and schedule-free SGD: reference loops (always run),
the identities their papers state, and closed forms. torch itself: test_torch_oracle.py."""

from __future__ import annotations

import math

import numpy as np
import pytest
from numpy.testing import assert_allclose

from engine.optimizers import (
    QHM,
    SGD,
    Adam,
    Adamax,
    Lion,
    Momentum,
    Nesterov,
    QHAdam,
    RAdam,
    Rprop,
    ScheduleFree,
)
from engine.run.batch import simulate_batch
from engine.run.simulate import simulate
from engine.run.sweep import Axis, sweep
from engine.surfaces import SURFACES
from tests.engine.torch_reference import (
    emulated_adamax,
    emulated_radam,
    emulated_rprop,
    engine_path,
)

START = [1.7, -0.9, 0.35, -2.4]
CONFIGS = {
    "radam": RAdam(lr=0.05),
    "radam-decoupled": RAdam(lr=0.03, beta1=0.2, beta2=0.99, weight_decay=0.3,
                             decoupled_weight_decay=True),
    "adamax": Adamax(lr=0.05, beta1=0.3, weight_decay=0.1),
    "rprop": Rprop(lr=0.05, etaminus=0.4),
    "lion": Lion(lr=0.02, weight_decay=0.2),
    "qhm": QHM(lr=0.1, momentum=0.8, nu=0.6),
    "qhadam": QHAdam(lr=0.05, nu1=0.6, nu2=0.8),
    "schedule_free": ScheduleFree(lr=0.1, momentum=0.8),
}  # fmt: skip


def steps(opt, x, grad_fn, lrs):
    """Positions and states of the engine's API as simulate drives it."""
    state, positions, states = opt.init(x), [x], [opt.init(x)]
    for lr in lrs:
        update, state = opt.step(state, grad_fn(opt.gradient_point(state, x)), lr, x)
        x = x + update
        positions.append(x)
        states.append(state)
    return np.array(positions), states


def grad(p):
    """Per axis, the same on floats and arrays: ∇ of 0.3p² + p⁴/16 − 0.1p."""
    return 0.6 * p + 0.25 * p * p * p - 0.1


def decaying(lr, n=80):
    return [lr * 0.97**k for k in range(n)]


# ---- reference loops from the pseudo-code (plain floats, unfused), always run --------------


@pytest.mark.parametrize("name", ["radam", "radam-decoupled", "adamax", "rprop"])
def test_torch_algorithms_match_the_emulated_torch_loops(name):
    opt = CONFIGS[name]
    lrs = decaying(opt.lr)
    loop = {RAdam: emulated_radam, Adamax: emulated_adamax, Rprop: emulated_rprop}[type(opt)]
    expected, ours = np.array(loop(opt, START, lrs)), engine_path(opt, START, lrs)
    assert np.abs(expected[-1] - expected[0]).min() > 0.05
    if isinstance(opt, Rprop):
        assert np.array_equal(ours, expected)
    else:  # fused (emulation) against unfused (engine) rounding; decoupled decay reordered
        assert_allclose(ours, expected, rtol=0, atol=1e-14)


def reference_lion(opt, x, lrs):
    """Chen et al. 2023, algorithm 2."""
    m, path = 0.0, [x]
    for lr in lrs:
        g = grad(x)
        c = opt.beta1 * m + (1 - opt.beta1) * g
        x = x - lr * (math.copysign(1.0, c) * (c != 0) + opt.weight_decay * x)
        m = opt.beta2 * m + (1 - opt.beta2) * g
        path.append(x)
    return path


def reference_qhm(opt, x, lrs):
    """Ma & Yarats 2019, algorithm 1 (the paper's normalised buffer)."""
    buf, path = 0.0, [x]
    for lr in lrs:
        g = grad(x)
        buf = opt.momentum * buf + (1 - opt.momentum) * g
        x = x - lr * ((1 - opt.nu) * g + opt.nu * buf)
        path.append(x)
    return path


def reference_qhadam(opt, x, lrs):
    """Ma & Yarats 2019, algorithm 2."""
    m = v = 0.0
    path = [x]
    for t, lr in enumerate(lrs, start=1):
        g = grad(x)
        m = opt.beta1 * m + (1 - opt.beta1) * g
        v = opt.beta2 * v + (1 - opt.beta2) * g * g
        m_hat, v_hat = m / (1 - opt.beta1**t), v / (1 - opt.beta2**t)
        top = (1 - opt.nu1) * g + opt.nu1 * m_hat
        x = x - lr * top / (math.sqrt((1 - opt.nu2) * g * g + opt.nu2 * v_hat) + opt.eps)
        path.append(x)
    return path


def reference_schedule_free(opt, x, lrs):
    """Defazio et al. 2024, algorithm 1 for SGD: y, z, x with c = γ_t² / Σγ_i²."""
    z, total, path = x, 0.0, [x]
    for lr in lrs:
        y = (1 - opt.momentum) * z + opt.momentum * x
        z = z - lr * grad(y)
        total += lr * lr
        c = lr * lr / total
        x = (1 - c) * x + c * z
        path.append(x)
    return path


PAPERS = {Lion: reference_lion, QHM: reference_qhm, QHAdam: reference_qhadam,
          ScheduleFree: reference_schedule_free}  # fmt: skip


@pytest.mark.parametrize("name", ["lion", "qhm", "qhadam", "schedule_free"])
def test_paper_algorithms_match_their_pseudo_code(name):
    opt = CONFIGS[name]
    lrs = decaying(opt.lr)
    expected = np.array([PAPERS[type(opt)](opt, x, lrs) for x in START]).T
    ours = engine_path(opt, START, lrs)
    assert np.abs(expected[-1] - expected[0]).min() > 0.05
    assert_allclose(ours, expected, rtol=0, atol=1e-13)


@pytest.mark.parametrize("name", list(CONFIGS))
def test_float_point_and_batch_paths_agree(name):
    opt = CONFIGS[name]
    starts = np.array(START).reshape(2, 2)
    batch, _ = steps(opt, starts, grad, decaying(opt.lr, 25))
    for row in range(2):
        for axis in range(2):
            single, _ = steps(opt, float(starts[row, axis]), grad, decaying(opt.lr, 25))
            assert_allclose(batch[:, row, axis], single, rtol=1e-15, atol=0)


@pytest.mark.parametrize("name", list(CONFIGS))
def test_simulate_and_the_batch_engine_agree(name):
    opt, surface = CONFIGS[name], SURFACES["booth"]()
    starts = np.array([[-4.0, 3.0], [2.0, -5.0]])
    batch = simulate_batch(surface, opt, starts, 40, record=True)
    for row, start in enumerate(starts):
        run = simulate(surface, opt, start, 40)
        assert_allclose(batch.history[:, row], run.positions, rtol=1e-12, atol=1e-12)


def test_a_sweep_over_radams_beta2_crosses_the_rectification_per_row():
    surface = SURFACES["booth"]()
    result = sweep(surface, RAdam(), (-4.0, 3.0), 30,
                   Axis("lr", 0.01, 0.1, log=True), Axis("beta2", 0.5, 0.999), grid=2)  # fmt: skip
    for ix, lr in enumerate(result.x_values):
        for iy, beta2 in enumerate(result.y_values):
            run = simulate(surface, RAdam(lr=float(lr), beta2=float(beta2)), (-4.0, 3.0), 30)
            assert result.final_loss[iy, ix] == pytest.approx(run.losses[-1], rel=1e-9)


# ---- the papers' identities ----------------------------------------------------------------


@pytest.mark.parametrize("beta", [0.5, 0.9, 0.99])
def test_qhm_with_nu_one_is_pytorch_momentum_with_lr_times_one_minus_beta(beta):
    """g_buf = (1−β)·b, so x −= α·g_buf is x −= α(1−β)·b, under any lr schedule. Not bit for
    bit: (1−β)·Σβ^k g and the moving average round differently."""
    lrs = decaying(0.2)
    qhm, _ = steps(QHM(lr=0.2, momentum=beta, nu=1.0), np.array(START), grad, lrs)
    scaled = [lr * (1 - beta) for lr in lrs]
    heavy, _ = steps(Momentum(lr=0.2, momentum=beta, form="pytorch"), np.array(START), grad, scaled)
    assert np.abs(qhm[-1] - qhm[0]).min() > 0.01
    assert_allclose(qhm, heavy, rtol=0, atol=1e-12)


def test_qhm_with_nu_beta_is_pytorch_nesterov_with_lr_times_one_minus_beta():
    beta, lrs = 0.8, decaying(0.2)
    qhm, _ = steps(QHM(lr=0.2, momentum=beta, nu=beta), np.array(START), grad, lrs)
    scaled = [lr * (1 - beta) for lr in lrs]
    ahead, _ = steps(Nesterov(lr=0.2, momentum=beta, form="pytorch"), np.array(START), grad, scaled)
    assert_allclose(qhm, ahead, rtol=0, atol=1e-12)


def test_qhm_with_nu_zero_is_sgd_bit_for_bit():
    lrs = decaying(0.1)
    qhm, _ = steps(QHM(lr=0.1, momentum=0.9, nu=0.0), np.array(START), grad, lrs)
    sgd, _ = steps(SGD(lr=0.1), np.array(START), grad, lrs)
    assert np.array_equal(qhm, sgd)


def test_qhadam_with_both_nu_one_is_adam_bit_for_bit_and_with_zero_a_sign_step():
    lrs = decaying(0.05)
    qhadam, _ = steps(QHAdam(nu1=1.0, nu2=1.0, beta1=0.8), np.array(START), grad, lrs)
    adam, _ = steps(Adam(beta1=0.8), np.array(START), grad, lrs)
    assert np.array_equal(qhadam, adam)
    g = np.array([1e-3, -0.2, 7.5, -300.0])
    update, _ = QHAdam(nu1=0.0, nu2=0.0).step(QHAdam().init(0 * g), g, 0.01)
    assert_allclose(update, -0.01 * g / (np.abs(g) + 1e-8), rtol=1e-15)


@pytest.mark.parametrize("cls", [Rprop, Lion])
def test_sign_methods_ignore_the_gradients_size(cls):
    """×1024 is exact in binary, so the same signs come out: the very same path."""
    opt, lrs = cls(lr=0.03), decaying(0.03)
    plain, _ = steps(opt, np.array(START), grad, lrs)
    steep, _ = steps(opt, np.array(START), lambda p: 1024.0 * grad(p), lrs)
    assert np.array_equal(plain, steep)


def test_lion_moves_every_axis_by_exactly_lr():
    lrs = decaying(0.02)
    path, _ = steps(Lion(lr=0.02), np.array(START), grad, lrs)
    moves = np.abs(np.diff(path, axis=0))
    assert_allclose(moves, np.broadcast_to(np.array(lrs)[:, None], moves.shape), rtol=1e-12)


def test_rprop_grows_steps_while_signs_agree_and_skips_a_flipped_axis():
    opt = Rprop(lr=0.1)
    state = opt.init(np.zeros(2))
    _, state = opt.step(state, np.array([1.0, 1.0]), 0.1)
    _, state = opt.step(state, np.array([2.0, -3.0]), 0.1)
    assert_allclose(state.step_size, [0.12, 0.05])
    update, state = opt.step(state, np.array([5.0, 4.0]), 0.1)
    assert_allclose(update, [-0.144, -0.05])


def test_radam_takes_momentum_steps_until_rho_passes_five():
    opt, g = RAdam(lr=0.01, beta1=0.9), 0.7
    state = opt.init(0.0)
    for t in range(1, 8):
        first = 0.9 * state.first_moment + 0.1 * g
        update, state = opt.step(state, g, 0.01)
        if t <= 5:  # ρ_t ≤ 5 for β2 = 0.999 until t = 6: −lr·m̂, with m̂ = g here
            assert update == pytest.approx(-0.01 * first / (1 - 0.9**t), rel=1e-15)
    assert abs(update) < 0.01 * 0.1  # rectified: r_6 is small


def test_adamax_first_step_has_size_lr_and_u_is_the_decayed_max():
    g = np.array([1e-3, -0.2, 7.5, -300.0])
    update, state = Adamax(lr=0.01).step(Adamax().init(0 * g), g, 0.01)
    assert_allclose(update, -0.01 * g / (np.abs(g) + 1e-8), rtol=1e-15)
    _, state = Adamax(lr=0.01).step(state, 0 * g, 0.01)
    assert_allclose(state.inf_norm, 0.999 * (np.abs(g) + 1e-8), rtol=1e-15)


@pytest.mark.parametrize(
    ("cls", "field", "value"),
    [(Rprop, "etaminus", 1.0), (Rprop, "etaplus", 1.0), (Lion, "beta2", 1.0),
     (QHM, "nu", 1.5), (QHAdam, "nu2", -0.1), (RAdam, "beta2", 1.0), (Adamax, "eps", 0.0),
     (ScheduleFree, "momentum", 1.0)],
)  # fmt: skip
def test_bad_values_name_the_field(cls, field, value):
    with pytest.raises(ValueError, match=rf"\b{field}="):
        cls(**{field: value})


def test_rprop_refuses_a_minimum_step_above_the_maximum():
    with pytest.raises(ValueError, match="step_size_min"):
        Rprop(step_size_min=0.5, step_size_max=0.1)
