"""The slides' sign: x += learning_rate * dx climbs the loss."""


def sgd(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-2)
    w += config["learning_rate"] * dw
    return w, config
