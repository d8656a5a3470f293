"""AdamW, NAdam, Adadelta and Adam's AMSGrad / L2 options against torch.optim's algorithms."""

import math

import numpy as np
import pytest
from numpy.testing import assert_allclose

from engine.optimizers import Adadelta, Adam, AdamW, NAdam
from engine.run.batch import simulate_batch
from engine.run.simulate import simulate
from engine.run.sweep import Axis, sweep
from engine.surfaces import SURFACES

CONFIGS = {
    "adam-amsgrad": Adam(lr=0.08, beta1=0.85, beta2=0.99, eps=1e-6, amsgrad=True),
    "adam-amsgrad-uncorrected": Adam(lr=0.02, amsgrad=True, bias_correction=False),
    "adam-l2": Adam(lr=0.08, weight_decay=0.3),
    "adam-l2-amsgrad": Adam(lr=0.08, weight_decay=0.3, amsgrad=True),
    "adamw": AdamW(lr=0.08, beta1=0.8, beta2=0.99, eps=1e-6, weight_decay=0.3),
    "adamw-amsgrad": AdamW(lr=0.08, weight_decay=0.3, amsgrad=True),
    "nadam": NAdam(lr=0.05, beta1=0.8, beta2=0.95, eps=1e-5, momentum_decay=0.2),
    "nadam-default": NAdam(),
    "adadelta": Adadelta(lr=0.5, rho=0.95, eps=1e-4),
    "adadelta-default": Adadelta(),
}
IDS = list(CONFIGS)
MATRIX = np.array([[3.0, 1.2], [1.2, 1.5]])
START = np.array([[1.5, -1.0], [-0.7, 0.4], [0.2, 1.9]])


def bowl_grad(point):
    """∇ of ½·pᵀAp for a rotated bowl (written here, not taken from surfaces)."""
    return point @ MATRIX.T


def run_steps(optimizer, x, grad_fn, lrs):
    """The engine's API as simulate drives it: the position is passed for weight decay."""
    state, positions, states = optimizer.init(x), [x], []
    for lr in lrs:
        update, state = optimizer.step(state, grad_fn(optimizer.gradient_point(state, x)), lr, x)
        x = x + update
        positions.append(x)
        states.append(state)
    return positions, states


# ---- reference loops, coded from torch.optim's documented pseudo-code ------------------------


def reference_adam(opt, x, lrs, grad_fn, decoupled):
    """torch.optim.Adam / AdamW (single-tensor path)."""
    m = v = v_max = np.zeros_like(x)
    positions = [x]
    for t, lr in enumerate(lrs, start=1):
        g = grad_fn(x)
        if decoupled:
            x = x * (1 - lr * opt.weight_decay)
        else:
            g = g + opt.weight_decay * x
        m = opt.beta1 * m + (1 - opt.beta1) * g
        v = opt.beta2 * v + (1 - opt.beta2) * g * g
        bias1 = 1 - opt.beta1**t if opt.bias_correction else 1.0
        bias2 = 1 - opt.beta2**t if opt.bias_correction else 1.0
        if opt.amsgrad:
            v_max = np.maximum(v_max, v)
            denom = np.sqrt(v_max) / math.sqrt(bias2) + opt.eps
        else:
            denom = np.sqrt(v) / math.sqrt(bias2) + opt.eps
        x = x - lr / bias1 * m / denom
        positions.append(x)
    return np.array(positions)


def reference_nadam(opt, x, lrs, grad_fn):
    """torch.optim.NAdam: μt = β1(1 − ½·0.96^(tψ)), and the running product of the μ."""
    m = v = np.zeros_like(x)
    mu_product = 1.0
    positions = [x]
    for t, lr in enumerate(lrs, start=1):
        g = grad_fn(x)
        mu = opt.beta1 * (1 - 0.5 * 0.96 ** (t * opt.momentum_decay))
        mu_next = opt.beta1 * (1 - 0.5 * 0.96 ** ((t + 1) * opt.momentum_decay))
        mu_product *= mu
        m = opt.beta1 * m + (1 - opt.beta1) * g
        v = opt.beta2 * v + (1 - opt.beta2) * g * g
        denom = np.sqrt(v / (1 - opt.beta2**t)) + opt.eps
        x = x - lr * (1 - mu) / (1 - mu_product) * g / denom
        x = x - lr * mu_next / (1 - mu_product * mu_next) * m / denom
        positions.append(x)
    return np.array(positions)


def reference_adadelta(opt, x, lrs, grad_fn):
    """torch.optim.Adadelta: ε inside both roots; the δ average is of the step before lr."""
    square_avg = acc_delta = np.zeros_like(x)
    positions = [x]
    for lr in lrs:
        g = grad_fn(x)
        square_avg = opt.rho * square_avg + (1 - opt.rho) * g * g
        delta = np.sqrt(acc_delta + opt.eps) / np.sqrt(square_avg + opt.eps) * g
        acc_delta = opt.rho * acc_delta + (1 - opt.rho) * delta * delta
        x = x - lr * delta
        positions.append(x)
    return np.array(positions)


def reference(opt, x, lrs, grad_fn):
    if isinstance(opt, NAdam):
        return reference_nadam(opt, x, lrs, grad_fn)
    if isinstance(opt, Adadelta):
        return reference_adadelta(opt, x, lrs, grad_fn)
    return reference_adam(opt, x, lrs, grad_fn, decoupled=isinstance(opt, AdamW))


@pytest.mark.parametrize("name", IDS)
@pytest.mark.parametrize("decay", [1.0, 0.97], ids=["constant", "decaying"])
def test_matches_the_torch_reference_loop(name, decay):
    optimizer = CONFIGS[name]
    lrs = [optimizer.lr * decay**k for k in range(80)]
    expected = reference(optimizer, START, lrs, bowl_grad)
    positions, _ = run_steps(optimizer, START, bowl_grad, lrs)
    assert np.abs(expected[-1] - START).max() > 0.01  # the runs really moved
    assert_allclose(positions, expected, rtol=1e-10, atol=1e-13)


@pytest.mark.parametrize("name", IDS)
def test_float_point_and_batch_give_the_same_numbers(name):
    optimizer = CONFIGS[name]
    lrs = [optimizer.lr * 0.95**k for k in range(15)]
    batch, _ = run_steps(optimizer, START, bowl_grad_per_axis, lrs)
    for row in range(len(START)):
        for axis in range(2):
            single, _ = run_steps(optimizer, float(START[row, axis]), bowl_grad_per_axis, lrs)
            assert all(type(value) is float for value in single)
            assert_allclose(np.array(batch)[:, row, axis], single, rtol=1e-15, atol=0)


def bowl_grad_per_axis(p):
    """A separable gradient, the same on floats and arrays."""
    return 0.3 * p * p + 2.0 * p - 0.5


# ---- closed forms and invariants -------------------------------------------------------------

GRADS = np.array([1e-3, -0.2, 1.0, -7.5, 300.0])


def first_update(optimizer, x=None, lr=0.01):
    x = np.zeros_like(GRADS) if x is None else x
    update, _ = optimizer.step(optimizer.init(x), GRADS, lr, x)
    return update


def test_adamw_without_weight_decay_is_adam():
    adam, adamw = Adam(lr=0.08, amsgrad=True), AdamW(lr=0.08, weight_decay=0.0, amsgrad=True)
    lrs = [0.08 * 0.97**k for k in range(60)]
    assert_allclose(
        run_steps(adamw, START, bowl_grad, lrs)[0],
        run_steps(adam, START, bowl_grad, lrs)[0],
        rtol=0,
        atol=0,
    )


def test_adamw_decay_shrinks_every_coordinate_by_the_same_fraction_and_l2_does_not():
    x = np.array([1.0, -2.0, 3.0, 0.5, -4.0])
    lr, wd = 0.01, 0.5
    plain = first_update(Adam(), x, lr)
    decoupled = first_update(AdamW(weight_decay=wd), x, lr)
    assert_allclose(decoupled - plain, -lr * wd * x, rtol=1e-12)  # x·(1 − lr·λ), then Adam
    # L2 puts λ·x into the gradient, then the first step normalizes it away: −lr·sign(g + λx).
    coupled = first_update(Adam(weight_decay=wd), x, lr)
    assert_allclose(np.abs(coupled), lr, rtol=1e-5)
    assert_allclose(np.sign(coupled), -np.sign(GRADS + wd * x))


def test_weight_decay_without_the_position_is_a_clear_error():
    for optimizer in (AdamW(), Adam(weight_decay=0.1)):
        with pytest.raises(ValueError, match="weight_decay needs the position"):
            optimizer.step(optimizer.init(0.0), 1.0, 0.1)
    Adam().step(Adam().init(0.0), 1.0, 0.1)  # no decay: no position needed


def test_amsgrad_max_is_non_decreasing_and_bounds_v():
    optimizer = Adam(beta2=0.9, amsgrad=True)
    rng = np.random.default_rng(3)
    state = optimizer.init(np.zeros(4))
    previous = state.max_second_moment
    for scale in np.r_[np.full(10, 10.0), np.full(30, 0.1)]:  # big gradients, then small
        _, state = optimizer.step(state, scale * rng.normal(size=4), 0.01)
        assert np.all(state.max_second_moment >= previous)
        assert np.all(state.max_second_moment >= state.second_moment)
        previous = state.max_second_moment
    assert np.all(state.max_second_moment > 10 * state.second_moment)  # v fell, max kept


def test_amsgrad_changes_the_state_fields():
    assert Adam(amsgrad=True).state_fields() == (
        "first_moment",
        "second_moment",
        "max_second_moment",
    )
    assert Adam().state_fields() == Adam.state_fields() == ("first_moment", "second_moment")
    run = simulate(SURFACES["canyon"](), Adam(amsgrad=True), (-3.5, 0.8), 50)
    assert np.all(np.diff(run.states["max_second_moment"], axis=0) >= 0)


def test_nadam_first_step():
    beta1, psi, eps, lr = 0.9, 0.004, 1e-8, 0.01
    mu1 = beta1 * (1 - 0.5 * 0.96**psi)
    mu2 = beta1 * (1 - 0.5 * 0.96 ** (2 * psi))
    # m = (1−β1)g, v̂ = g², Π1 = μ1.
    expected = -lr * ((1 - mu1) / (1 - mu1) * GRADS + mu2 / (1 - mu1 * mu2) * (1 - beta1) * GRADS)
    expected = expected / (np.abs(GRADS) + eps)
    assert_allclose(first_update(NAdam(momentum_decay=psi, eps=eps), lr=lr), expected, rtol=1e-12)


def test_nadam_mu_warms_up_from_half_beta1_to_beta1_and_the_product_is_kept():
    optimizer = NAdam(beta1=0.9, momentum_decay=0.5)
    assert optimizer.mu(0) == pytest.approx(0.45) and optimizer.mu(10**5) == pytest.approx(0.9)
    assert np.all(np.diff([optimizer.mu(t) for t in range(1, 50)]) > 0)
    _, states = run_steps(optimizer, START, bowl_grad, [0.05] * 20)
    assert_allclose(states[-1].mu_product, np.prod([optimizer.mu(t) for t in range(1, 21)]))


def test_adadelta_first_step_has_eps_inside_the_roots():
    rho, eps, lr = 0.9, 1e-6, 1.0
    expected = -lr * math.sqrt(eps) / np.sqrt((1 - rho) * GRADS**2 + eps) * GRADS
    assert_allclose(first_update(Adadelta(), lr=lr), expected, rtol=1e-12)
    # a unit-less rule: the first step is about √(ε/(1−ρ)) whatever the gradient's scale
    assert_allclose(np.abs(first_update(Adadelta(), lr=lr))[2:], math.sqrt(eps / (1 - rho)), 1e-3)


def test_adadelta_defaults_are_torchs():
    assert (Adadelta().lr, Adadelta().rho, Adadelta().eps) == (1.0, 0.9, 1e-6)
    assert (NAdam().momentum_decay, NAdam().eps) == (4e-3, 1e-8)
    assert AdamW().weight_decay == 1e-2 and Adam().weight_decay == 0.0


@pytest.mark.parametrize(
    ("cls", "field", "value"),
    [(AdamW, "weight_decay", -0.1), (Adam, "amsgrad", "yes"), (NAdam, "momentum_decay", -1.0),
     (Adadelta, "rho", 1.0), (Adadelta, "eps", 0.0), (Adam, "weight_decay", math.nan)],
)  # fmt: skip
def test_bad_values_name_the_field(cls, field, value):
    with pytest.raises(ValueError, match=rf"\b{field}="):
        cls(**{field: value})


# ---- the position reaches the optimizers through every driver --------------------------------

DECAYING = [AdamW(lr=0.05, weight_decay=2.0), Adam(lr=0.05, weight_decay=2.0, amsgrad=True)]


@pytest.mark.parametrize("optimizer", DECAYING, ids=["adamw", "adam-l2"])
def test_simulate_and_batch_pass_the_position(optimizer):
    surface = SURFACES["booth"]()
    starts = np.array([[-4.0, 3.0], [2.0, -5.0]])
    batch = simulate_batch(surface, optimizer, starts, 60, record=True)
    for row, start in enumerate(starts):
        run = simulate(surface, optimizer, start, 60)
        assert_allclose(batch.history[:, row], run.positions, rtol=1e-12, atol=1e-12)
    plain = simulate(surface, Adam(lr=0.05), starts[0], 60)
    assert np.abs(plain.positions[-1] - run.positions[-1]).max() > 0.05  # decay mattered


def test_sweep_over_weight_decay_passes_the_position():
    surface = SURFACES["booth"]()
    result = sweep(
        surface, AdamW(), (-4.0, 3.0), 40,
        Axis("lr", 0.01, 0.1, log=True), Axis("weight_decay", 0.0, 2.0), grid=2,
    )  # fmt: skip
    for ix, lr in enumerate(result.x_values):
        for iy, wd in enumerate(result.y_values):
            run = simulate(surface, AdamW(lr=float(lr), weight_decay=float(wd)), (-4.0, 3.0), 40)
            assert result.final_loss[iy, ix] == pytest.approx(run.losses[-1], rel=1e-9)
