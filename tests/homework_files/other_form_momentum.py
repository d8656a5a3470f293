"""Momentum in PyTorch's form v = μv + dw; w −= lr·v."""

import numpy as np


def sgd_momentum(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    v = config.setdefault("velocity", np.zeros_like(w))
    v = config["momentum"] * v + dw
    next_w = w - config["learning_rate"] * v
    config["velocity"] = v
    return next_w, config
