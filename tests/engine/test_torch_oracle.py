"""RAdam, Adamax and Rprop against real torch.optim (skipped when torch is absent).

Three runs of every configuration: torch itself, a reference loop that emulates torch's CPU
arithmetic (`emulated`: a correctly rounded fused multiply-add where torch's `lerp_`,
`addcmul_` and `add(alpha=)` kernels use one), and the engine. The emulation pins down what
torch computes: it equals torch in over 95 % of entries (100 % for most configurations) and
within 1e-16 everywhere (torch takes √v from MKL's vector maths, which is not always
correctly rounded, and one such ulp then travels on). The engine
can neither fuse (Python 3.11 and numpy have no fma) nor call MKL, so on RAdam and Adamax it
differs from torch in the last bits, bounded below by 1e-14 on positions of size < 3 over 120
steps (measured: at most 4.4e-16). Rprop fuses nothing that rounds (its products are ± step
sizes) and takes no root, so it matches torch exactly (==).
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from engine.optimizers import Adamax, RAdam, Rprop
from tests.engine.torch_reference import (
    emulated_adamax,
    emulated_radam,
    emulated_rprop,
    engine_path,
    separable_grad,
)

torch = pytest.importorskip("torch")

START = [1.7, -0.9, 0.35, -2.4]  # four independent axes: torch's tensor, the engine's floats
STEPS = 120
LRS = {"constant": lambda lr, t: lr, "decaying": lambda lr, t: lr * 0.98**t}

CONFIGS = {
    "radam": RAdam(lr=0.05),
    "radam-short-beta2": RAdam(lr=0.03, beta1=0.8, beta2=0.9, eps=1e-6),
    "radam-l2": RAdam(lr=0.03, beta2=0.99, weight_decay=0.2),
    "adamax": Adamax(lr=0.05),
    "adamax-l2": Adamax(lr=0.01, beta1=0.3, beta2=0.99, eps=1e-4, weight_decay=0.1),
    "rprop": Rprop(lr=0.05),
    "rprop-tight": Rprop(lr=0.2, etaminus=0.3, etaplus=1.5, step_size_min=1e-3, step_size_max=0.4),
}
EMULATED = {RAdam: emulated_radam, Adamax: emulated_adamax, Rprop: emulated_rprop}


def torch_optimizer(opt, param):
    if isinstance(opt, RAdam):
        return torch.optim.RAdam(
            [param], lr=opt.lr, betas=(opt.beta1, opt.beta2), eps=opt.eps,
            weight_decay=opt.weight_decay, decoupled_weight_decay=opt.decoupled_weight_decay,
        )  # fmt: skip
    if isinstance(opt, Adamax):
        return torch.optim.Adamax(
            [param], lr=opt.lr, betas=(opt.beta1, opt.beta2), eps=opt.eps,
            weight_decay=opt.weight_decay,
        )  # fmt: skip
    return torch.optim.Rprop(
        [param], lr=opt.lr, etas=(opt.etaminus, opt.etaplus),
        step_sizes=(opt.step_size_min, opt.step_size_max),
    )  # fmt: skip


def torch_path(opt, lrs):
    """Positions after each step of torch.optim on a float64 tensor, lr set per step."""
    param = torch.tensor(START, dtype=torch.float64, requires_grad=True)
    optimizer = torch_optimizer(opt, param)
    path = [list(START)]
    for lr in lrs:
        optimizer.param_groups[0]["lr"] = lr
        param.grad = torch.tensor([separable_grad(p) for p in param.tolist()], dtype=torch.float64)
        optimizer.step()
        path.append(param.tolist())
    return np.array(path)


@pytest.mark.parametrize("schedule", list(LRS))
@pytest.mark.parametrize("name", list(CONFIGS))
def test_the_emulation_is_torch_to_the_last_bit(name, schedule):
    opt = CONFIGS[name]
    lrs = [LRS[schedule](opt.lr, t) for t in range(STEPS)]
    expected = torch_path(opt, lrs)
    assert np.abs(expected[-1] - expected[0]).min() > 1e-3  # every axis moved
    emulated = np.array(EMULATED[type(opt)](opt, START, lrs))
    assert np.mean(emulated == expected) > 0.95
    assert np.abs(emulated - expected).max() <= 1e-16  # measured: at most 3.5e-18


@pytest.mark.parametrize("schedule", list(LRS))
@pytest.mark.parametrize("name", list(CONFIGS))
def test_the_engine_matches_torch(name, schedule):
    opt = CONFIGS[name]
    lrs = [LRS[schedule](opt.lr, t) for t in range(STEPS)]
    expected, ours = torch_path(opt, lrs), engine_path(opt, START, lrs)
    if isinstance(opt, Rprop):
        assert np.array_equal(ours, expected)
    else:
        # Rounding only (no fma, no MKL root): a few ulps of positions of size < 3.
        assert np.abs(ours - expected).max() <= 1e-14


def test_rprop_reads_lr_once_as_torch_does():
    """A schedule changes Rprop's first step size and nothing after it, in torch and here."""
    opt = Rprop(lr=0.05)
    falling = [0.05 * 0.5**t for t in range(40)]
    assert np.array_equal(torch_path(opt, falling), engine_path(opt, START, falling))
    assert np.array_equal(engine_path(opt, START, falling), engine_path(opt, START, [0.05] * 40))


def test_torch_defaults_are_the_engines_where_they_matter():
    param = torch.zeros(1, requires_grad=True)
    radam, adamax = torch.optim.RAdam([param]).defaults, torch.optim.Adamax([param]).defaults
    rprop = torch.optim.Rprop([param]).defaults
    assert radam["betas"] == (RAdam().beta1, RAdam().beta2) and radam["eps"] == RAdam().eps
    assert adamax["betas"] == (Adamax().beta1, Adamax().beta2) and adamax["eps"] == Adamax().eps
    assert rprop["etas"] == (Rprop().etaminus, Rprop().etaplus)
    assert rprop["step_sizes"] == (Rprop().step_size_min, Rprop().step_size_max)
    assert math.isclose(rprop["lr"], Rprop().lr)
