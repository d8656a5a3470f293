"""An sgd that raises a KeyError on line 6 when config is None (the race, not the unit check)."""


def sgd(w, dw, config=None):
    config = config or {}
    rate = config["learning_rate"]
    return w - rate * dw, config
