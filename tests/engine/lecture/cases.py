"""Optimizer variants whose rules the lecture tests write out: every form, flag and decay."""

from engine.optimizers import (
    LBFGS,
    QHM,
    SGD,
    Adadelta,
    AdaGrad,
    Adam,
    Adamax,
    AdamW,
    Lion,
    Momentum,
    NAdam,
    Nesterov,
    Newton,
    QHAdam,
    RAdam,
    RMSProp,
    Rprop,
    ScheduleFree,
)
from engine.run.simulate import simulate
from engine.schedules import Exponential
from engine.surfaces import SURFACES

OPTIMIZERS = [
    SGD(),
    Momentum(form="pytorch"),
    Momentum(form="sutskever"),
    Nesterov(form="sutskever"),
    Nesterov(form="pytorch"),
    AdaGrad(),
    RMSProp(),
    Adam(),
    Adam(bias_correction=False),
    Adam(amsgrad=True, weight_decay=0.3),
    Adam(amsgrad=True, bias_correction=False),
    AdamW(weight_decay=0.5),
    AdamW(amsgrad=True, weight_decay=0.5),
    NAdam(momentum_decay=0.05),
    Adadelta(),
    Adadelta(lr=0.5, rho=0.95, eps=1e-4),
    # beyond the lecture
    RAdam(),
    RAdam(beta2=0.9, weight_decay=0.3),  # ρ∞ = 19 instead of 1999
    RAdam(beta2=0.9, weight_decay=0.3, decoupled_weight_decay=True),
    Adamax(),
    Adamax(weight_decay=0.3),
    Rprop(lr=0.05),
    Rprop(lr=0.05, etaminus=0.3, etaplus=1.5, step_size_min=0.01, step_size_max=0.2),
    Lion(),
    Lion(weight_decay=0.5),
    QHM(),
    QHAdam(),
    QHAdam(nu1=0.4, nu2=0.6),
    ScheduleFree(),
    Newton(lr=0.5),
    Newton(lr=0.5, shift=2.0),
    LBFGS(line_search_fn="none", lr=0.5),
    LBFGS(history_size=3),
]


def make_run(opt, noise=0.0):
    """150 steps of `opt` on the canyon with a decaying learning rate (and maybe noise)."""
    surface = SURFACES["canyon"]()
    return simulate(surface, opt, surface.start, 150, schedule=Exponential(k=0.01), noise=noise)
