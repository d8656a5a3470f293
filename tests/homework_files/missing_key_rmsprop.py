"""RMSProp that keeps its cache in a local variable only, never in config."""

import numpy as np


def rmsprop(w, dw, config=None):
    config = config if config is not None else {}
    cache = config.get("cache", np.zeros_like(w))
    cache = 0.99 * cache + 0.01 * dw**2
    return w - 1e-2 * dw / (np.sqrt(cache) + 1e-8), config
