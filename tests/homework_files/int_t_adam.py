"""Adam that insists on an int t: the check must hand back t as it was returned."""

import numpy as np


def adam(w, dw, config=None):
    config = {} if config is None else config
    for key, value in (
        ("learning_rate", 1e-3),
        ("beta1", 0.9),
        ("beta2", 0.999),
        ("epsilon", 1e-8),
    ):
        config.setdefault(key, value)
    config.setdefault("m", np.zeros_like(w))
    config.setdefault("v", np.zeros_like(w))
    config["t"] = config.get("t", 0) + 1
    assert isinstance(config["t"], int)
    b1, b2 = config["beta1"], config["beta2"]
    config["m"] = b1 * config["m"] + (1 - b1) * dw
    config["v"] = b2 * config["v"] + (1 - b2) * dw * dw
    mt = config["m"] / (1 - b1 ** config["t"])
    vt = config["v"] / (1 - b2 ** config["t"])
    return w - config["learning_rate"] * mt / (np.sqrt(vt) + config["epsilon"]), config
