"""The checks of the rule lines of the optimizers beyond the lecture (RAdam, Adamax, Rprop, Lion,
QHM, QHAdam, schedule-free SGD, Newton, L-BFGS), keyed like test_equation_text's CHECKS.

Each check gets the printed scalars, pairs and result of the update that leaves frame p
(records row p → row k = p + 1), recomputes the result from the printed operands with the
formula the line prints, and compares every printed number with the run's own arrays.
"""

import math

import numpy as np

from tests.gui.panels.equation_checks_second_order import (
    SECOND_ORDER,
    check_lbfgs_direction,
    check_second_order_step,
)
from tests.gui.panels.equation_numbers import obeys, printed

__all__ = ["BEYOND", "check_second_order_step", "taken_in"]

RECTIFY_ABOVE = 5.0  # RAdam's threshold on ρ_t, as its rule prints it


def taken_in(opt, run, p):
    """The gradient the moments average: with an L2 weight decay (Adam, RAdam, Adamax), g + λ·x."""
    l2 = opt.name in ("adam", "radam", "adamax") and getattr(opt, "weight_decay", 0)
    if l2 and not getattr(opt, "decoupled_weight_decay", False):
        return run.gradients[p] + opt.weight_decay * run.positions[p]
    return run.gradients[p]


def average(opt, run, p, k, s, pairs, result, beta):
    """name = β·name + (1 − β)·g on the first_moment state (Lion's m, QHM's buffer)."""
    printed(s, [beta, 1, beta])
    printed(pairs[0], run.states["first_moment"][p])
    printed(pairs[1], run.gradients[p])
    printed(result, run.states["first_moment"][k])
    obeys(result, s[0] * pairs[0] + (s[1] - s[2]) * pairs[1], s[0] * pairs[0], pairs[1])


# -- RAdam --------------------------------------------------------------------------------------


def radam_rho(beta2, t):
    rho_inf = 2 / (1 - beta2) - 1
    return rho_inf - 2 * t * beta2**t / (1 - beta2**t), rho_inf


def check_rho(opt, run, p, k, s, pairs, result):
    rho_inf, two, t, b2, power, one, b2_again, power_again = s
    assert (two, one) == (2, 1) and t == power == power_again == run.t[k]
    printed([b2, b2_again], [opt.beta2, opt.beta2])
    printed(rho_inf, 2 / (1 - opt.beta2) - 1)
    printed(result, radam_rho(opt.beta2, run.t[k])[0])
    obeys(result, rho_inf - two * t * b2**power / (one - b2_again**power_again), rho_inf)


def check_rectification(opt, run, p, k, s, pairs, result):
    rho_t, rho_inf = radam_rho(opt.beta2, run.t[k])
    if result is None:  # "r not used: ρ ≤ 5"
        assert rho_t <= RECTIFY_ABOVE and not s
        return
    assert rho_t > RECTIFY_ABOVE
    r1, four, r2, two, inf1, inf2, four_again, inf3, two_again, r3 = s
    assert (four, two, four_again, two_again) == (4, 2, 4, 2)
    printed([r1, r2, r3], [rho_t] * 3)
    printed([inf1, inf2, inf3], [rho_inf] * 3)
    computed = math.sqrt((r1 - 4) * (r2 - 2) * inf1 / ((inf2 - 4) * (inf3 - 2) * r3))
    obeys(result, computed, computed)
    # the recorded step is lr·r·√(1 − β2^t)·m̂/(√v + ε) with this r
    m_hat = run.states["first_moment"][k] / (1 - opt.beta1 ** run.t[k])
    root = np.sqrt(run.states["second_moment"][k]) + opt.eps
    adaptive = run.lrs[p] * math.sqrt(1 - opt.beta2 ** run.t[k]) * m_hat / root
    decay = decoupled_decay(opt, run, p)
    moved = run.updates[p] - decay
    printed(-moved[np.abs(adaptive) > 0] / adaptive[np.abs(adaptive) > 0], result)


def decoupled_decay(opt, run, p):
    if opt.decoupled_weight_decay:
        return -run.lrs[p] * opt.weight_decay * run.positions[p]
    return np.zeros(2)


def check_radam_step(opt, run, p, k, s, pairs, result):
    printed(result, run.updates[p])
    lr, rest = -s[0], s[1:]
    printed(lr, run.lrs[p])
    decay = np.zeros(2)
    if opt.decoupled_weight_decay and opt.weight_decay:
        (wd, lr_again), rest, pairs = rest[:2], rest[2:], pairs
        printed([wd, lr_again], [opt.weight_decay, run.lrs[p]])
        printed(pairs[0], run.positions[p])
        decay, pairs = -lr * wd * pairs[0], pairs[1:]
    m_hat = run.states["first_moment"][k] / (1 - opt.beta1 ** run.t[k])
    printed(pairs[0], m_hat)
    if radam_rho(opt.beta2, run.t[k])[0] <= RECTIFY_ABOVE:  # −lr·m̂
        assert not rest and len(pairs) == 1
        obeys(result, decay - lr * pairs[0], decay, lr * pairs[0])
        return
    r, one, b2, t, eps = rest
    assert one == 1 and t == run.t[k]
    printed([b2, eps], [opt.beta2, opt.eps])
    printed(pairs[1], run.states["second_moment"][k])
    adaptive = lr * r * math.sqrt(one - b2**t) * pairs[0] / (np.sqrt(pairs[1]) + eps)
    obeys(result, decay - adaptive, decay, adaptive)


# -- Adamax ---------------------------------------------------------------------------------


def check_inf_norm(opt, run, p, k, s, pairs, result):
    printed(s, [opt.beta2, opt.eps])
    printed(pairs[0], run.states["inf_norm"][p])
    printed(pairs[1], taken_in(opt, run, p))
    printed(result, run.states["inf_norm"][k])
    obeys(result, np.maximum(s[0] * pairs[0], np.abs(pairs[1]) + s[1]), pairs[0], pairs[1])


def check_adamax_step(opt, run, p, k, s, pairs, result):
    lr, one, b1, t = -s[0], *s[1:]
    assert one == 1 and t == run.t[k]
    printed([lr, b1], [run.lrs[p], opt.beta1])
    printed(pairs[0], run.states["first_moment"][k])
    printed(pairs[1], run.states["inf_norm"][k])
    printed(result, run.updates[p])
    computed = -lr / (one - b1**t) * pairs[0] / pairs[1]
    obeys(result, computed, computed)


# -- Rprop ----------------------------------------------------------------------------------


def check_eta(opt, run, p, k, s, pairs, result):
    plus, zero, minus, zero_again, one = s
    assert (zero, zero_again, one) == (0, 0, 1)
    printed([plus, minus], [opt.etaplus, opt.etaminus])
    g, before = pairs
    printed(g, run.gradients[p])
    printed(before, run.states["previous_gradient"][p])
    agreement = g * before
    computed = np.where(agreement > 0, plus, np.where(agreement < 0, minus, one))
    obeys(result, computed, computed)
    recorded = run.gradients[p] * run.states["previous_gradient"][p]
    printed(result, np.where(recorded > 0, plus, np.where(recorded < 0, minus, 1.0)))


def check_step_size(opt, run, p, k, s, pairs, result):
    low, high = s
    printed([low, high], [opt.step_size_min, opt.step_size_max])
    before, eta = pairs
    # torch reads lr once: the first update's step size before is that update's lr
    printed(before, run.lrs[p] if run.t[p] == 0 else run.states["step_size"][p])
    printed(result, run.states["step_size"][k])
    obeys(result, np.clip(before * eta, low, high), before * eta)


def check_kept_gradient(opt, run, p, k, s, pairs, result):
    assert s == [0]
    printed(pairs[0], run.gradients[p])
    flipped = run.gradients[p] * run.states["previous_gradient"][p] < 0
    printed(result, run.states["previous_gradient"][k])
    obeys(result, np.where(flipped, 0.0, pairs[0]), pairs[0])


def check_rprop_step(opt, run, p, k, s, pairs, result):
    assert not s
    kept, size = pairs
    printed(kept, run.states["previous_gradient"][k])
    printed(size, run.states["step_size"][k])
    printed(result, run.updates[p])
    obeys(result, -np.sign(kept) * size, size)


# -- Lion, QHM, QHAdam --------------------------------------------------------------------------


def check_direction(opt, run, p, k, s, pairs, result):
    if opt.name == "lbfgs":
        return check_lbfgs_direction(opt, run, p, k, s, pairs, result)
    printed(s, [opt.beta1, 1, opt.beta1])
    m, g = pairs
    printed(m, run.states["first_moment"][p])
    printed(g, run.gradients[p])
    computed = s[0] * m + (s[1] - s[2]) * g
    obeys(result, computed, s[0] * m, g)
    recorded = opt.beta1 * run.states["first_moment"][p] + (1 - opt.beta1) * run.gradients[p]
    printed(result, recorded)


def check_lion_step(opt, run, p, k, s, pairs, result):
    lr, wd = -s[0], s[1]
    printed([lr, wd], [run.lrs[p], opt.weight_decay])
    c, x = pairs
    printed(x, run.positions[p])
    printed(result, run.updates[p])
    computed = -lr * (np.sign(c) + wd * x)
    obeys(result, computed, lr, lr * wd * x)
    # every axis moves exactly lr (plus the decay): |Δx + lr·λ·x| = lr
    printed(np.abs(run.updates[p] + run.lrs[p] * opt.weight_decay * run.positions[p]), lr)


def check_qhm_step(opt, run, p, k, s, pairs, result):
    lr, one, nu, nu_again = -s[0], *s[1:]
    assert one == 1 and nu == nu_again
    printed([lr, nu], [run.lrs[p], opt.nu])
    g, buffer = pairs
    printed(g, run.gradients[p])
    printed(buffer, run.states["first_moment"][k])
    printed(result, run.updates[p])
    mix = (one - nu) * g + nu * buffer
    obeys(result, -lr * mix, lr * g, lr * buffer)


def check_qhadam_step(opt, run, p, k, s, pairs, result):
    lr, one, nu1, nu1_again = -s[0], *s[1:4]
    rest = s[4:]
    eps, (one_again, nu2, nu2_again) = (rest[3], rest[:3]) if rest[0] == 1 else (rest[0], rest[1:])
    assert one == one_again == 1 and nu1 == nu1_again and nu2 == nu2_again
    printed([lr, nu1, nu2, eps], [run.lrs[p], opt.nu1, opt.nu2, opt.eps])
    g, m_hat, g2, g3, v_hat = pairs
    t = run.t[k]
    printed([g, g2, g3], [run.gradients[p]] * 3)
    printed(m_hat, run.states["first_moment"][k] / (1 - opt.beta1**t))
    printed(v_hat, run.states["second_moment"][k] / (1 - opt.beta2**t))
    printed(result, run.updates[p])
    top = (one - nu1) * g + nu1 * m_hat
    computed = -lr * top / (np.sqrt((one - nu2) * g2 * g3 + nu2 * v_hat) + eps)
    obeys(result, computed, computed)


# -- schedule-free SGD ----------------------------------------------------------------------


def check_y(opt, run, p, k, s, pairs, result):
    one, beta, beta_again = s
    assert one == 1 and beta == beta_again
    printed(beta, opt.momentum)
    z, x = pairs
    printed(z, run.states["z"][p])
    printed(x, run.states["x"][p])
    printed(x, run.positions[p])
    printed(result, run.gradient_points[p])
    obeys(result, (one - beta) * z + beta * x, z, x)


def check_z(opt, run, p, k, s, pairs, result):
    (lr,) = s
    z, g = pairs
    printed(lr, run.lrs[p])
    printed(z, run.states["z"][p])
    printed(g, run.gradients[p])
    printed(result, run.states["z"][k])
    obeys(result, z - lr * g, z, lr * g)


def check_weight(opt, run, p, k, s, pairs, result):
    lr, two, total = s
    assert two == 2
    printed(lr, run.lrs[p])
    printed(total, run.states["weight_sum"][k][0])
    printed(total, np.sum(run.lrs[:k] ** 2))
    obeys(result, lr**two / total, result)


def check_average(opt, run, p, k, s, pairs, result):
    one, c, c_again = s
    assert one == 1 and c == c_again
    x, z = pairs
    printed(x, run.positions[p])
    printed(z, run.states["z"][k])
    printed(result, run.positions[k])
    obeys(result, (one - c) * x + c * z, x, z)


BEYOND = {
    **SECOND_ORDER,
    "rho": check_rho,
    "rectification": check_rectification,
    "radam_step": check_radam_step,
    "inf_norm": check_inf_norm,
    "adamax_step": check_adamax_step,
    "eta": check_eta,
    "step_size": check_step_size,
    "kept_gradient": check_kept_gradient,
    "rprop_step": check_rprop_step,
    "direction": check_direction,
    "lion_step": check_lion_step,
    "lion_moment": lambda o, *a: average(o, *a, o.beta2),
    "buffer": lambda o, *a: average(o, *a, o.momentum),
    "qhm_step": check_qhm_step,
    "qhadam_step": check_qhadam_step,
    "y": check_y,
    "z": check_z,
    "weight": check_weight,
    "average": check_average,
}
