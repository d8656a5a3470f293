"""A file that does not parse: the colon is missing on line 4."""


def sgd(w, dw, config=None)
    return w, config
