"""RMSProp averaging dw where dw² belongs."""

import numpy as np


def rmsprop(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    config.setdefault("cache", np.zeros_like(w))
    rho, eps = config["decay_rate"], config["epsilon"]
    config["cache"] = rho * config["cache"] + (1 - rho) * dw
    next_w = w - config["learning_rate"] * dw / (np.sqrt(config["cache"]) + eps)
    return next_w, config
