"""Rules that print, mutate dw and config's arrays, or end the process."""

import sys

import numpy as np


def sgd(w, dw, config=None):
    print("debugging output on stdout must not garble the check")
    config = config if config is not None else {}
    config.setdefault("learning_rate", 1e-2)
    next_w = w - config["learning_rate"] * dw
    dw *= 1000.0  # mutating the caller's gradient changes nothing: it is a copy
    return next_w, config


def sgd_momentum(w, dw, config=None):
    config = config if config is not None else {}
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    v = config.setdefault("velocity", np.zeros_like(w))
    v *= config["momentum"]
    v -= config["learning_rate"] * dw  # in place: config["velocity"] is v
    return w + v, config


def adam(w, dw, config=None):
    sys.exit(3)
