"""Rules returning the wrong things: sgd only next_w, adagrad a scalar, rmsprop no config."""


def sgd(w, dw, config=None):
    return w - 1e-2 * dw


def adagrad(w, dw, config=None):
    return float((w - dw).sum()), config or {}


def rmsprop(w, dw, config=None):
    return w - 1e-2 * dw, None
