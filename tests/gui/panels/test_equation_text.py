"""Update rules as rich text: the printed numbers are the run's, and they obey the printed rule."""

import numpy as np
import pytest

from engine.lecture import NO_UPDATE, NOTATIONS
from engine.optimizers import (
    Adadelta,
    AdaGrad,
    Adam,
    AdamW,
    Momentum,
    NAdam,
    Nesterov,
    RMSProp,
)
from engine.run.simulate import simulate
from engine.schedules import StepDecay
from engine.surfaces import SURFACES
from gui.panels.equation_text import number, substeps, symbol_key
from tests.engine.lecture.cases import OPTIMIZERS, make_run
from tests.gui.panels.equation_checks_beyond import BEYOND, check_second_order_step, taken_in
from tests.gui.panels.equation_numbers import obeys, parse, plain, printed


def check_gradient(opt, run, p, k, s, pairs, result):
    printed(pairs[0], run.gradient_points[p])
    printed(result, run.gradients[p])
    if len(pairs) == 3:  # ∇f(point) + noise = true + noise
        printed(pairs[1], run.true_gradients[p])
        obeys(result, pairs[1] + pairs[2], pairs[1], pairs[2])


def check_lookahead(opt, run, p, k, s, pairs, result):
    printed(pairs[0], run.positions[p])
    printed(s, [opt.momentum])
    printed(pairs[1], run.states["velocity"][p])
    printed(result, run.gradient_points[p])
    obeys(result, pairs[0] + s[0] * pairs[1], pairs[0], s[0] * pairs[1])


def check_velocity(opt, run, p, k, s, pairs, result):
    printed(pairs[0], run.states["velocity"][p])
    printed(pairs[1], run.gradients[p])
    printed(result, run.states["velocity"][k])
    if opt.form == "pytorch":
        printed(s, [opt.momentum])
        obeys(result, s[0] * pairs[0] + pairs[1], s[0] * pairs[0], pairs[1])
    else:
        printed(s, [opt.momentum, run.lrs[p]])
        obeys(result, s[0] * pairs[0] - s[1] * pairs[1], s[0] * pairs[0], s[1] * pairs[1])


def check_accumulator(opt, run, p, k, s, pairs, result):
    field = "sum_sq_grad" if opt.name == "adagrad" else "mean_sq_grad"
    printed(pairs[0], run.states[field][p])
    printed(pairs[1], run.gradients[p])
    printed(result, run.states[field][k])
    if opt.name == "adagrad":
        obeys(result, pairs[0] + pairs[1] ** 2, pairs[0], pairs[1] ** 2)
    else:
        decay = opt.rho if opt.name == "adadelta" else opt.alpha
        printed(s, [decay, 1, decay])
        new = (s[1] - s[2]) * pairs[1] * pairs[2]
        obeys(result, s[0] * pairs[0] + new, s[0] * pairs[0], new)


def check_moment(opt, run, p, k, s, pairs, result, field, beta, squared):
    printed(pairs[0], run.states[field][p])
    printed(pairs[1], taken_in(opt, run, p))
    printed(result, run.states[field][k])
    printed(s, [beta, 1, beta])
    new = (s[1] - s[2]) * (pairs[1] * pairs[2] if squared else pairs[1])
    obeys(result, s[0] * pairs[0] + new, s[0] * pairs[0], new)


def check_corrected(opt, run, p, k, s, pairs, result, field, beta):
    if field == "second_moment" and getattr(opt, "amsgrad", False):
        field = "max_second_moment"
    printed(pairs[0], run.states[field][k])
    assert s[1:] == [round(beta, 6), k] and s[0] == 1
    printed(result, run.states[field][k] / (1 - beta ** run.t[k]))
    obeys(result, pairs[0] / (s[0] - s[1] ** s[2]), pairs[0] / (1 - beta**k))


def check_decay(opt, run, p, k, s, pairs, result):
    printed(pairs[0], run.gradients[p])
    printed(s, [opt.weight_decay])
    printed(pairs[1], run.positions[p])
    printed(result, taken_in(opt, run, p))
    obeys(result, pairs[0] + s[0] * pairs[1], pairs[0], s[0] * pairs[1])


def check_max(opt, run, p, k, s, pairs, result):
    printed(pairs[0], run.states["max_second_moment"][p])
    printed(pairs[1], run.states["second_moment"][k])
    printed(result, run.states["max_second_moment"][k])
    obeys(result, np.maximum(pairs[0], pairs[1]), pairs[0], pairs[1])


def check_mu(opt, run, p, k, s, pairs, result):
    beta1, one, half, base, t, psi = s  # β1·(1 − 0.5·0.96^(t·ψ))
    assert (one, half, base, t) == (1, 0.5, 0.96, k) and beta1 == opt.beta1
    assert psi == pytest.approx(opt.momentum_decay, rel=1e-3)
    printed(result, opt.beta1 * (1 - 0.5 * 0.96 ** (k * opt.momentum_decay)))
    printed(result, run.states["mu_product"][k][0] / run.states["mu_product"][p][0])


def check_mu_product(opt, run, p, k, s, pairs, result):
    printed(pairs[0], run.states["mu_product"][p])
    printed(result, run.states["mu_product"][k])
    obeys(result, pairs[0] * s[0], pairs[0] * s[0])


def adadelta_delta(run, p):
    """δ from the run's own state (not −Δx/lr, which a zero learning rate leaves undefined)."""
    opt = run.optimizer
    u, r = run.states["mean_sq_delta"][p], run.states["mean_sq_grad"][p + 1]
    return np.sqrt(u + opt.eps) / np.sqrt(r + opt.eps) * run.gradients[p]


def check_delta(opt, run, p, k, s, pairs, result):
    u, r, g = pairs
    printed(u, run.states["mean_sq_delta"][p])
    printed(r, run.states["mean_sq_grad"][k])
    printed(g, run.gradients[p])
    printed(s, [opt.eps, opt.eps])
    printed(result, adadelta_delta(run, p))
    computed = np.sqrt(u + s[0]) / np.sqrt(r + s[1]) * g
    obeys(result, computed, computed)


def check_delta_accumulator(opt, run, p, k, s, pairs, result):
    printed(pairs[0], run.states["mean_sq_delta"][p])
    printed(pairs[1], adadelta_delta(run, p))
    printed(result, run.states["mean_sq_delta"][k])
    printed(s, [opt.rho, 1, opt.rho])
    new = (s[1] - s[2]) * pairs[1] * pairs[2]
    obeys(result, s[0] * pairs[0] + new, s[0] * pairs[0], new)


def adam_direction(opt, run, k):
    second = "max_second_moment" if getattr(opt, "amsgrad", False) else "second_moment"
    m, v = run.states["first_moment"][k], run.states[second][k]
    if getattr(opt, "bias_correction", True):
        m, v = m / (1 - opt.beta1 ** run.t[k]), v / (1 - opt.beta2 ** run.t[k])
    return m, v


def check_step(opt, run, p, k, s, pairs, result):
    if opt.name in ("newton", "lbfgs"):
        return check_second_order_step(opt, run, p, k, s, pairs, result)
    printed(result, run.updates[p])
    printed(-s[0], run.lrs[p])
    lr = -s[0]
    if opt.name == "sgd":
        printed(pairs[0], run.gradients[p])
        obeys(result, -lr * pairs[0], lr * pairs[0])
    elif opt.name == "momentum":
        printed(pairs[0], run.states["velocity"][k])
        obeys(result, -lr * pairs[0], lr * pairs[0])
    elif opt.name == "adadelta":
        printed(pairs[0], adadelta_delta(run, p))
        obeys(result, -lr * pairs[0], lr * pairs[0])
    elif opt.name == "adamw":
        check_adamw_step(opt, run, p, k, s, pairs, result)
    elif opt.name == "nadam":
        check_nadam_step(opt, run, p, k, s, pairs, result)
    elif opt.name == "nesterov":
        printed(pairs[0], run.gradients[p])
        printed(s[1], opt.momentum)
        printed(pairs[1], run.states["velocity"][k])
        obeys(result, -lr * (pairs[0] + s[1] * pairs[1]), lr * pairs[0], lr * s[1] * pairs[1])
    else:
        check_adaptive_step(opt, run, p, k, s, pairs, result)


def check_adamw_step(opt, run, p, k, s, pairs, result):
    lr, (wd, lr_again, eps), (x, m, v) = -s[0], s[1:], pairs
    printed([wd, lr_again, eps], [opt.weight_decay, run.lrs[p], opt.eps])
    printed(x, run.positions[p])
    printed(m, adam_direction(opt, run, k)[0])
    printed(v, adam_direction(opt, run, k)[1])
    decay, adam = -lr * wd * x, -lr_again * m / (np.sqrt(v) + eps)
    obeys(result, decay + adam, decay, adam)


def check_nadam_step(opt, run, p, k, s, pairs, result):
    # −lr·((1 − μ)/(1 − Π)·g + μ'/(1 − Π·μ')·m) / (√v̂ + ε)
    lr, (one, mu, one_again, mu_next, one_3, mu_next_again, eps) = -s[0], s[1:]
    prod, g, prod_again, m, v_hat = pairs
    assert one == one_again == one_3 == 1 and mu_next == mu_next_again
    printed([mu, mu_next, eps], [opt.mu(k), opt.mu(k + 1), opt.eps])
    printed(prod, run.states["mu_product"][k])
    printed(g, run.gradients[p])
    printed(m, run.states["first_moment"][k])
    printed(v_hat, run.states["second_moment"][k] / (1 - opt.beta2**k))
    now = (1 - mu) / (1 - prod) * g
    ahead = mu_next / (1 - prod_again * mu_next) * m
    computed = -lr * (now + ahead) / (np.sqrt(v_hat) + eps)
    obeys(result, computed, lr * now / np.sqrt(v_hat), lr * ahead / np.sqrt(v_hat))


def check_adaptive_step(opt, run, p, k, s, pairs, result):
    if opt.name == "adam":
        direction, root = adam_direction(opt, run, k)
    else:
        field = "sum_sq_grad" if opt.name == "adagrad" else "mean_sq_grad"
        direction, root = run.gradients[p], run.states[field][k]
    printed(pairs[0], direction)
    printed(pairs[1], root)
    printed(s[1], opt.eps)
    computed = s[0] * pairs[0] / (np.sqrt(pairs[1]) + s[1])
    obeys(result, computed, computed)


def check_position(opt, run, p, k, s, pairs, result):
    printed(pairs[0], run.positions[p])
    printed(pairs[1], run.updates[p])
    printed(result, run.positions[k])
    obeys(result, pairs[0] + pairs[1], pairs[0], pairs[1])


CHECKS = {
    "gradient": check_gradient,
    "lookahead": check_lookahead,
    "velocity": check_velocity,
    "accumulator": check_accumulator,
    "first_moment": lambda o, *a: check_moment(o, *a, "first_moment", o.beta1, False),
    "second_moment": lambda o, *a: check_moment(o, *a, "second_moment", o.beta2, True),
    "first_hat": lambda o, *a: check_corrected(o, *a, "first_moment", o.beta1),
    "second_hat": lambda o, *a: check_corrected(o, *a, "second_moment", o.beta2),
    "step": check_step,
    "position": check_position,
    "decay": check_decay,
    "max_second": check_max,
    "mu": check_mu,
    "mu_product": check_mu_product,
    "delta": check_delta,
    "delta_accumulator": check_delta_accumulator,
    **BEYOND,
}


@pytest.mark.parametrize("noise", [0.0, 0.3])
@pytest.mark.parametrize("opt", OPTIMIZERS, ids=repr)
def test_numbers_are_the_runs_and_obey_the_printed_rule(opt, noise):
    run = make_run(opt, noise)
    frames = np.random.default_rng(7).integers(0, run.last_frame, size=6)
    for notation in NOTATIONS:
        for step in substeps(opt, notation):
            for frame in [0, 1, run.last_frame - 1, *frames]:
                # frame f shows the update that leaves it: row f of the records → row f + 1
                scalars, pairs, result = parse(step.numeric_html(run, int(frame)))
                CHECKS[step.key](opt, run, frame, frame + 1, scalars, pairs, result)


def rule_text(opt, notation) -> str:
    return "\n".join(plain(step.symbolic_html) for step in substeps(opt, notation))


def test_momentum_letters_follow_the_notation():
    pytorch_form, sutskever_form = Momentum(form="pytorch"), Momentum(form="sutskever")
    # textbook: α is the momentum, ρ the learning rate (eq. 5.12)
    assert "v = α·v + g" in rule_text(pytorch_form, "textbook")
    assert "ΔΘ = -ρ·v" in rule_text(pytorch_form, "textbook")
    assert "v = α·v - ρ·g" in rule_text(sutskever_form, "textbook")
    assert "Θ = Θ + v" in rule_text(sutskever_form, "textbook")
    # cs231n: the reverse
    assert "v = ρ·v + g" in rule_text(pytorch_form, "cs231n")
    assert "Δx = -α·v" in rule_text(pytorch_form, "cs231n")
    assert "v = ρ·v - α·g" in rule_text(sutskever_form, "cs231n")
    # PyTorch: the argument names
    assert "b = momentum·b + g" in rule_text(pytorch_form, "pytorch")
    assert "Δθ = -lr·b" in rule_text(pytorch_form, "pytorch")


def test_adaptive_letters_and_epsilon_outside_the_root():
    assert "r = α·r + (1 - α)·g⊙g" in rule_text(RMSProp(), "textbook")
    assert "ΔΘ = -ρ·g / (ε + √r)" in rule_text(RMSProp(), "textbook")
    assert "r = ρ·r + (1 - ρ)·g⊙g" in rule_text(RMSProp(), "cs231n")
    assert "v = alpha·v + (1 - alpha)·g⊙g" in rule_text(RMSProp(), "pytorch")
    assert "Δθ = -lr·g / (√state_sum + eps)" in rule_text(AdaGrad(), "pytorch")
    adam = rule_text(Adam(), "cs231n")
    raw = "".join(step.symbolic_html for step in substeps(Adam(), "cs231n"))
    assert "β<sub>1</sub>·<i>m</i><sub>t−1</sub>" in raw
    assert "m = β·m + (1 - β)·g" in adam
    assert "Δx = -α·m\u0302 / (√v\u0302 + ε)" in adam
    assert "lr = 0.05" in plain(symbol_key(Adam(), "pytorch"))
    assert "α = lr = 0.05" in plain(symbol_key(Adam(), "cs231n"))
    assert "α<sub>1</sub> = beta1 = 0.9" in symbol_key(Adam(), "textbook")


def test_nesterov_look_ahead_is_where_the_gradient_is_taken():
    text = rule_text(Nesterov(form="sutskever"), "textbook")
    assert "Θ\u0303 = Θ + α·v" in text
    assert "g = ∇J(Θ\u0303)" in text
    assert "Θ = Θ + v" in text  # not the slides' Θ = Θ̃ + v
    assert "Δθ = -lr·(g + momentum·b)" in rule_text(Nesterov(form="pytorch"), "pytorch")


def test_adam_without_bias_correction_has_no_corrected_moments():
    for notation in NOTATIONS:
        plain_rule = rule_text(Adam(bias_correction=False), notation)
        assert "\u0302" not in plain_rule and "^" not in plain_rule
        assert "\u0302" in rule_text(Adam(), notation)
    # and the slides' in-place overwrite is not reproduced: m and v keep their own names
    assert "v = v / (1 - α^t)" not in rule_text(Adam(), "textbook")
    assert "v\u0302 = v / (1 - α^t)" in rule_text(Adam(), "textbook")


def test_the_last_frame_has_no_update_and_frames_clamp_to_the_run():
    run = make_run(Momentum())
    for step in substeps(run.optimizer, "textbook"):
        assert step.numeric_html(run, 0) != NO_UPDATE  # frame 0 shows the first update
        assert step.numeric_html(run, run.last_frame) == NO_UPDATE
        assert step.numeric_html(run, run.last_frame + 50) == NO_UPDATE


@pytest.mark.parametrize(
    "value, text",
    [(0.0, "0"), (-0.0, "0"), (-0.123456, "\u22120.1235"), (1e-8, "1×10<sup>−8</sup>"),
     (2.5e6, "2.5×10<sup>6</sup>"), (float("nan"), "NaN"), (float("-inf"), "\u2212∞")],
)  # fmt: skip
def test_numbers_keep_four_significant_digits(value, text):
    assert number(value) == text


def test_new_rules_show_where_decay_max_and_epsilon_go():
    adadelta = rule_text(Adadelta(), "pytorch")
    assert "δ = √(acc_delta + eps) / √(v + eps)·g" in adadelta  # ε inside both roots
    assert "acc_delta = rho·acc_delta + (1 - rho)·δ⊙δ" in adadelta
    assert "Δx = -α·λ·x - α·m\u0302 / (√v\u0302 + ε)" in rule_text(AdamW(), "cs231n")
    l2 = rule_text(Adam(weight_decay=0.1), "pytorch")
    assert "g′ = g + weight_decay·θ" in l2 and "m = beta1·m + (1 - beta1)·g′" in l2
    assert "g′" not in rule_text(Adam(), "pytorch") and "g′" not in rule_text(AdamW(), "pytorch")
    ams = rule_text(Adam(amsgrad=True), "cs231n")
    assert "v^max = max(v^max, v)" in ams and "v\u0302 = v^max / (1 - β^t)" in ams
    nadam = rule_text(NAdam(), "pytorch")
    assert "μ = beta1·(1 - 0.5·0.96^t·momentum_decay)" in nadam
    assert "mu_product = mu_product·μ" in nadam
    assert "ψ = momentum_decay = 0.004" in plain(symbol_key(NAdam(), "cs231n"))


def test_adadelta_numbers_are_defined_when_the_schedule_reaches_zero():
    """γ = 0 drops lr to 0 after one step: δ still has its value and Δx is 0 (warnings
    are errors, so a 0/0 in the panel would fail here)."""
    surface = SURFACES["canyon"]()
    run = simulate(
        surface, Adadelta(), surface.start, 5, schedule=StepDecay(step_size=1, gamma=0.0)
    )
    assert run.lrs[2] == 0.0
    for step in substeps(Adadelta(), "pytorch"):
        scalars, pairs, result = parse(step.numeric_html(run, 2))  # update 3, leaving frame 2
        CHECKS[step.key](run.optimizer, run, 2, 3, scalars, pairs, result)
    delta = adadelta_delta(run, 2)
    assert np.all(np.isfinite(delta)) and np.any(delta != 0)


def test_radam_says_when_r_is_unused_and_rprop_writes_its_own_letters():
    from engine.optimizers import RAdam, Rprop

    run = make_run(RAdam())
    lines = {step.key: step for step in substeps(RAdam(), "cs231n")}
    assert plain(lines["rectification"].numeric_html(run, 0)) == "r not used: ρ ≤ 5"
    assert plain(lines["radam_step"].numeric_html(run, 0)).count(" = ") == 2  # −α·m̂ only
    assert plain(lines["rectification"].numeric_html(run, 20)).startswith("r = √((")
    rprop = "".join(step.symbolic_html for step in substeps(Rprop(), "cs231n"))
    assert "Δ<sub>min</sub>" in rprop and "Δ<sub>max</sub>" in rprop and "s_min" not in rprop
    assert "Δ<sub>min</sub> = step_size_min" in symbol_key(Rprop(), "cs231n")
