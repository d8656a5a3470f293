"""one_cycle, polynomial and warmup against torch.optim.lr_scheduler (skipped without torch).

torch's schedulers set lr = max_lr (or base lr) · their shape; with a base of 1 the rate is
the engine's factor. OneCycleLR computes each rate in closed form, as the engine does, and
matches bit for bit (==). PolynomialLR and LinearLR step recursively (each rate is the last
one times a ratio), so they drift from their own closed form by a few ulps: ≤ 1e-15 here.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from engine.schedules import OneCycle, Polynomial, Warmup

torch = pytest.importorskip("torch")
lr_scheduler = torch.optim.lr_scheduler


def rates(make_scheduler, steps: int) -> np.ndarray:
    """The lr of updates 0..steps−1 from a torch scheduler over a plain SGD with lr 1."""
    optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=1.0)
    scheduler = make_scheduler(optimizer)
    out = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "scheduler.step() before optimizer.step()"
        for _ in range(steps):
            out.append(optimizer.param_groups[0]["lr"])
            optimizer.step()
            scheduler.step()
    return np.array(out)


@pytest.mark.parametrize(
    ("total", "pct_start", "div", "final_div"),
    [(200, 0.3, 25.0, 1e4), (100, 0.1, 10.0, 100.0), (37, 0.45, 3.0, 7.0), (10, 0.0, 25.0, 1e4)],
)
def test_one_cycle_is_torchs_bit_for_bit(total, pct_start, div, final_div):
    expected = rates(
        lambda opt: lr_scheduler.OneCycleLR(
            opt, max_lr=1.0, total_steps=total, pct_start=pct_start, div_factor=div,
            final_div_factor=final_div, anneal_strategy="cos", three_phase=False,
            cycle_momentum=False,
        ),
        total,
    )  # fmt: skip
    ours = OneCycle(total, pct_start, div, final_div).factor(np.arange(total))
    assert np.array_equal(ours, expected)


@pytest.mark.parametrize(("total", "power"), [(100, 1.0), (60, 2.0), (80, 0.5)])
def test_polynomial_is_torchs(total, power):
    expected = rates(lambda opt: lr_scheduler.PolynomialLR(opt, total, power), total + 30)
    ours = Polynomial(total_steps=total, power=power).factor(np.arange(total + 30))
    assert np.abs(ours - expected).max() <= 1e-15
    assert np.all(ours[total:] == 0.0) and np.all(expected[total:] == 0.0)


@pytest.mark.parametrize("steps", [2, 5, 12])
def test_warmup_is_torchs_sequential_linear_then_polynomial(steps):
    def make(opt):
        then = lr_scheduler.PolynomialLR(opt, total_iters=40, power=2.0)
        ramp = lr_scheduler.LinearLR(opt, start_factor=1 / steps, total_iters=steps - 1)
        return lr_scheduler.SequentialLR(opt, [ramp, then], milestones=[steps])

    expected = rates(make, 80)
    ours = Warmup(steps=steps, then="polynomial(total_steps=40, power=2.0)").factor(np.arange(80))
    assert np.abs(ours - expected).max() <= 1e-15
