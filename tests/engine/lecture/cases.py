"""Optimizer variants whose rules the lecture tests write out: every form, flag and decay."""

from engine.optimizers import (
    SGD,
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
]


def make_run(opt, noise=0.0):
    """150 steps of `opt` on the canyon with a decaying learning rate (and maybe noise)."""
    surface = SURFACES["canyon"]()
    return simulate(surface, opt, surface.start, 150, schedule=Exponential(k=0.01), noise=noise)
