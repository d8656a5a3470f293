"""Optimizers: shapes, purity, validation, closed forms and torch.optim reference loops."""

import dataclasses
import math

import numpy as np
import pytest
from numpy.testing import assert_allclose

from engine.optimizers import OPTIMIZERS, SGD, AdaGrad, Adam, Momentum, Nesterov, RMSProp

# Every optimizer in every form it offers, with hyper-parameters away from the defaults.
CONFIGS = {
    "sgd": SGD(lr=0.07),
    "momentum-pytorch": Momentum(lr=0.03, momentum=0.8, form="pytorch"),
    "momentum-sutskever": Momentum(lr=0.03, momentum=0.8, form="sutskever"),
    "nesterov-pytorch": Nesterov(lr=0.03, momentum=0.7, form="pytorch"),
    "nesterov-sutskever": Nesterov(lr=0.03, momentum=0.7, form="sutskever"),
    "adagrad": AdaGrad(lr=0.4, eps=1e-6, initial_accumulator=0.3),
    "rmsprop": RMSProp(lr=0.05, alpha=0.9, eps=1e-6),
    "adam": Adam(lr=0.08, beta1=0.85, beta2=0.99, eps=1e-6),
    "adam-no-bias-correction": Adam(lr=0.02, bias_correction=False),
}
OPTS = list(CONFIGS.values())
IDS = list(CONFIGS)


def run_steps(optimizer, x, grads, lrs):
    """Drive the engine's API: `x = x + update`, gradient taken at `gradient_point`."""
    state = optimizer.init(x)
    positions, states = [x], [state]
    for grad_at, lr in zip(grads, lrs, strict=False):
        update, state = optimizer.step(state, grad_at(optimizer.gradient_point(state, x)), lr)
        x = x + update
        positions.append(x)
        states.append(state)
    return positions, states


def separable_grad(p):
    """A per-axis gradient that works on floats and arrays alike (the look-ahead matters)."""
    return 0.3 * p * p + 2.0 * p - 0.5


@pytest.mark.parametrize("optimizer", OPTS, ids=IDS)
def test_float_point_and_batch_give_the_same_numbers(optimizer):
    starts = np.random.default_rng(0).normal(size=(5, 2))
    grads, lrs = [separable_grad] * 12, [0.05 * 0.9**k for k in range(12)]
    batch, _ = run_steps(optimizer, starts, grads, lrs)
    assert np.abs(batch[-1] - starts).min() > 1e-3  # every element moved
    for row in range(5):
        point, _ = run_steps(optimizer, starts[row], grads, lrs)
        for axis in range(2):
            single, _ = run_steps(optimizer, float(starts[row, axis]), grads, lrs)
            assert all(type(value) is float for value in single)
            # Same arithmetic on every path; allow one ulp for libm pow vs numpy sqrt.
            assert_allclose([p[row, axis] for p in batch], single, rtol=1e-15, atol=0)
            assert_allclose([p[axis] for p in point], single, rtol=1e-15, atol=0)


@pytest.mark.parametrize("optimizer", OPTS, ids=IDS)
def test_nothing_is_mutated(optimizer):
    x = np.array([[0.5, -1.0], [2.0, 0.25]])
    grad = np.array([[1.0, -2.0], [0.5, 3.0]])
    state = optimizer.init(x)
    update, state = optimizer.step(state, grad, 0.1)
    before = [np.array(field, copy=True) for field in state]
    x_copy, grad_copy = x.copy(), grad.copy()
    optimizer.gradient_point(state, x)
    optimizer.effective_lr(state, 0.1)
    _, new_state = optimizer.step(state, grad, 0.1)
    assert new_state is not state and new_state.t == state.t + 1 == 2
    for old, kept in zip(before, state, strict=True):
        assert_allclose(kept, old, rtol=0, atol=0)
    assert_allclose(x, x_copy, rtol=0, atol=0)
    assert_allclose(grad, grad_copy, rtol=0, atol=0)
    with pytest.raises(AttributeError):
        state.t = 0  # NamedTuple: read-only
    with pytest.raises(dataclasses.FrozenInstanceError):
        optimizer.lr = 1.0


@pytest.mark.parametrize("name", sorted(OPTIMIZERS))
def test_registry_state_and_defaults(name):
    cls = OPTIMIZERS[name]
    assert cls.name == name and cls.title
    optimizer = cls()
    state = optimizer.init(np.zeros(2))
    assert state._fields[-1] == "t" and state.t == 0
    assert cls.state_fields() == state._fields[:-1]


# (optimizer, field, bad value): out of range, not finite, wrong kind, unknown choice.
BAD_VALUES = [
    (SGD, "lr", 0.0),
    (SGD, "lr", -0.1),
    (SGD, "lr", 11.0),
    (SGD, "lr", math.nan),
    (SGD, "lr", math.inf),
    (SGD, "lr", "0.1"),
    (SGD, "lr", None),
    (SGD, "lr", True),
    (Momentum, "momentum", 1.0),
    (Momentum, "momentum", -0.5),
    (Momentum, "form", "nesterov"),
    (Momentum, "form", 1),
    (Nesterov, "momentum", 1.5),
    (Nesterov, "form", "PyTorch"),
    (Nesterov, "lr", 0.0),
    (AdaGrad, "eps", 0.0),
    (AdaGrad, "eps", 2.0),
    (AdaGrad, "initial_accumulator", -1.0),
    (AdaGrad, "initial_accumulator", math.inf),
    (RMSProp, "alpha", 1.0),
    (RMSProp, "alpha", -0.1),
    (RMSProp, "eps", -1e-8),
    (Adam, "beta1", 1.0),
    (Adam, "beta2", 1.0),
    (Adam, "beta2", -0.5),
    (Adam, "eps", 0.0),
    (Adam, "bias_correction", 1),
    (Adam, "bias_correction", "yes"),
]


@pytest.mark.parametrize(("cls", "field", "value"), BAD_VALUES)
def test_bad_hyper_parameter_raises_value_error_naming_it(cls, field, value):
    with pytest.raises(ValueError, match=rf"\b{field}="):
        cls(**{field: value})


# ---- closed forms ---------------------------------------------------------------------------


@pytest.mark.parametrize(("lr", "kappa"), [(0.05, 10.0), (0.15, 4.0), (0.01, 150.0)])
def test_sgd_on_an_axis_aligned_quadratic_contracts_each_axis_by_one_minus_lr_lambda(lr, kappa):
    # f = ½(x² + κy²): ∇f = (x, κy), so x_k = (1 − lr)^k x_0 and y_k = (1 − lr·κ)^k y_0.
    start = np.array([-1.8, 1.2])
    positions, _ = run_steps(SGD(lr=lr), start, [lambda p: p * [1.0, kappa]] * 25, [lr] * 25)
    k = np.arange(26)[:, None]
    assert_allclose(positions, start * (1 - lr * np.array([1.0, kappa])) ** k, rtol=1e-12)


GRADS = np.array([1e-3, -0.2, 1.0, -7.5, 300.0])


def first_update(optimizer, lr=0.01):
    update, _ = optimizer.step(optimizer.init(np.zeros_like(GRADS)), GRADS, lr)
    return update


def test_adam_first_step_with_bias_correction_has_size_lr_on_every_axis():
    eps = 1e-8
    update = first_update(Adam(eps=eps))
    # m̂ = g and v̂ = g² after one step, so the update is −lr·g/(|g| + ε).
    assert_allclose(update, -0.01 * GRADS / (np.abs(GRADS) + eps), rtol=1e-12)
    assert_allclose(np.abs(update), 0.01, rtol=1e-5)


def test_adam_first_step_without_bias_correction_is_mis_scaled():
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    update = first_update(Adam(beta1=beta1, beta2=beta2, eps=eps, bias_correction=False))
    # m = (1−β1)g and v = (1−β2)g², so the step is lr·(1−β1)|g| / (√(1−β2)·|g| + ε),
    # ≈ lr·0.1/√0.001 ≈ 3.16·lr: over three times too large.
    expected = -0.01 * (1 - beta1) * GRADS / (math.sqrt(1 - beta2) * np.abs(GRADS) + eps)
    assert_allclose(update, expected, rtol=1e-12)
    assert_allclose(np.abs(update), 0.01 * 0.1 / math.sqrt(0.001), rtol=1e-3)


@pytest.mark.parametrize("accumulator", [0.0, 0.1, 2.5])
def test_adagrad_first_step(accumulator):
    eps = 1e-7
    update = first_update(AdaGrad(eps=eps, initial_accumulator=accumulator))
    expected = -0.01 * GRADS / (np.sqrt(accumulator + GRADS**2) + eps)
    assert_allclose(update, expected, rtol=1e-12)
    if accumulator == 0.0:
        assert_allclose(update, -0.01 * GRADS / (np.abs(GRADS) + eps), rtol=1e-12)


@pytest.mark.parametrize("alpha", [0.0, 0.9, 0.99])
def test_rmsprop_first_step(alpha):
    eps = 1e-7
    update = first_update(RMSProp(alpha=alpha, eps=eps))
    assert_allclose(update, -0.01 * GRADS / (np.sqrt((1 - alpha) * GRADS**2) + eps), rtol=1e-12)


@pytest.mark.parametrize("optimizer", [CONFIGS["adagrad"], CONFIGS["rmsprop"]], ids=["ada", "rms"])
def test_effective_lr_times_gradient_is_the_step(optimizer):
    state = optimizer.init(np.zeros(5))
    for grad in (GRADS, -2 * GRADS, GRADS[::-1]):
        update, state = optimizer.step(state, grad, 0.03)
        assert_allclose(update, -optimizer.effective_lr(state, 0.03) * grad, rtol=1e-12)


@pytest.mark.parametrize("optimizer", [CONFIGS["adam"], CONFIGS["adam-no-bias-correction"]])
def test_adam_effective_lr_times_corrected_first_moment_is_the_step(optimizer):
    state = optimizer.init(np.zeros(5))
    for grad in (GRADS, -2 * GRADS, GRADS[::-1]):
        update, state = optimizer.step(state, grad, 0.03)
        correction = 1 - optimizer.beta1**state.t if optimizer.bias_correction else 1.0
        direction = state.first_moment / correction
        assert_allclose(update, -optimizer.effective_lr(state, 0.03) * direction, rtol=1e-12)


# ---- the two momentum forms --------------------------------------------------------------------


def quadratic_grad(point):
    """∇ of ½·pᵀAp for a rotated, stretched bowl (written here, not taken from surfaces)."""
    matrix = np.array([[3.0, 1.2], [1.2, 1.5]])
    return point @ matrix.T


START = np.array([[1.5, -1.0], [-0.7, 0.4], [0.2, 1.9]])  # a batch of three runs
CONSTANT = [0.1] * 60
DECAYING = [0.1 * 0.95**k for k in range(60)]


def momentum_forms(cls, lrs, momentum=0.8):
    pytorch = run_steps(cls(momentum=momentum, form="pytorch"), START, [quadratic_grad] * 60, lrs)
    sutskever = run_steps(
        cls(momentum=momentum, form="sutskever"), START, [quadratic_grad] * 60, lrs
    )
    return pytorch, sutskever


def test_momentum_forms_agree_at_constant_lr_and_differ_when_it_decays():
    (pytorch, _), (sutskever, _) = momentum_forms(Momentum, CONSTANT)
    assert_allclose(pytorch, sutskever, rtol=1e-12, atol=1e-14)
    (pytorch, _), (sutskever, _) = momentum_forms(Momentum, DECAYING)
    assert np.abs(np.array(pytorch) - np.array(sutskever)).max() > 1e-3


def test_nesterov_pytorch_tracks_the_sutskever_look_ahead_point_at_every_step():
    momentum = 0.8
    (tracked, _), (theta, states) = momentum_forms(Nesterov, CONSTANT, momentum)
    velocity = np.array([state.velocity for state in states])
    assert_allclose(tracked, np.array(theta) + momentum * velocity, rtol=1e-12, atol=1e-14)


def test_nesterov_sutskever_takes_the_gradient_at_theta_plus_momentum_velocity():
    optimizer = Nesterov(momentum=0.7, form="sutskever")
    seen = []

    def recording_grad(point):
        seen.append(point)
        return quadratic_grad(point)

    positions, states = run_steps(optimizer, START, [recording_grad] * 20, [0.05] * 20)
    for point, theta, state in zip(seen, positions, states, strict=False):
        assert_allclose(point, theta + 0.7 * state.velocity, rtol=1e-15, atol=0)
    assert np.abs(np.array(seen[1:]) - np.array(positions[1:20])).max() > 1e-3


# ---- reference loops written from the torch.optim documentation -----------------------------


def reference(name, opt, x, lrs, grad_fn):
    """Positions of a run, coded straight from the torch.optim / lecture pseudo-code."""
    positions = [x]
    buf = sq = m = v = np.zeros_like(x)
    if name == "adagrad":
        sq = np.full_like(x, opt.initial_accumulator)
    for step, lr in enumerate(lrs, start=1):
        if name == "nesterov-sutskever":  # eq. 5.13 with Θ = Θ + v
            g = grad_fn(x + opt.momentum * buf)
            buf = opt.momentum * buf - lr * g
            x = x + buf
        else:
            g = grad_fn(x)
        if name == "sgd":
            x = x - lr * g
        elif name == "momentum-pytorch":  # torch: buf = μ·buf + g; p -= lr·buf
            buf = opt.momentum * buf + g
            x = x - lr * buf
        elif name == "momentum-sutskever":  # eq. 5.12
            buf = opt.momentum * buf - lr * g
            x = x + buf
        elif name == "nesterov-pytorch":  # torch nesterov=True: g = g + μ·buf
            buf = opt.momentum * buf + g
            x = x - lr * (g + opt.momentum * buf)
        elif name == "adagrad":  # torch: state_sum += g²; p -= lr·g/(√state_sum + eps)
            sq = sq + g * g
            x = x - lr * g / (np.sqrt(sq) + opt.eps)
        elif name == "rmsprop":  # torch: square_avg = α·sq + (1−α)g²; p -= lr·g/(√sq + eps)
            sq = opt.alpha * sq + (1 - opt.alpha) * g * g
            x = x - lr * g / (np.sqrt(sq) + opt.eps)
        elif name.startswith("adam"):  # torch: denom = √v/√(1−β2^t) + eps; p -= lr/(1−β1^t)·m/denom
            m = opt.beta1 * m + (1 - opt.beta1) * g
            v = opt.beta2 * v + (1 - opt.beta2) * g * g
            bias1 = 1 - opt.beta1**step if opt.bias_correction else 1.0
            bias2 = 1 - opt.beta2**step if opt.bias_correction else 1.0
            x = x - lr / bias1 * m / (np.sqrt(v) / math.sqrt(bias2) + opt.eps)
        positions.append(x)
    return np.array(positions)


@pytest.mark.parametrize("name", IDS)
@pytest.mark.parametrize("lrs", [CONSTANT, DECAYING], ids=["constant", "decaying"])
def test_matches_the_reference_loop(name, lrs):
    optimizer = CONFIGS[name]
    lrs = [lr * optimizer.lr / 0.1 for lr in lrs]
    expected = reference(name, optimizer, START, lrs, quadratic_grad)
    positions, _ = run_steps(optimizer, START, [quadratic_grad] * len(lrs), lrs)
    assert np.abs(expected[-1] - START).max() > 0.1  # the runs really moved
    assert_allclose(positions, expected, rtol=1e-10, atol=1e-12)
