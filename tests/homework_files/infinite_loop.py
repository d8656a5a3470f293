"""An sgd that never returns, next to a correct one the check must still reach."""

import numpy as np


def sgd(w, dw, config=None):
    while True:
        pass


def sgd_momentum(w, dw, config=None):
    config = config or {}
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    v = config.get("velocity", np.zeros_like(w))
    config["velocity"] = config["momentum"] * v - config["learning_rate"] * dw
    return w + config["velocity"], config
