"""The engine's loops written the obvious numpy way: the baseline its engine figures beat.

No float fast path, no chunking, no divergence or settling bookkeeping: x and the state
are numpy arrays, each optimizer is its textbook update, one line per equation. A scene
run records what the plot draws (positions and losses); a batch keeps only the ends.
"""

from __future__ import annotations

import numpy as np


def numpy_update(optimizer, state: dict, x: np.ndarray, grad, t: int) -> np.ndarray:
    """The new x after step t (from 1) of one of the lecture's six optimizers; `state` is
    updated in place. Hyper-parameters may be (N, 1) columns, one per row of an (N, 2) x."""
    o, name = optimizer, optimizer.name
    if name == "sgd":
        return x - o.lr * grad
    if name == "momentum":  # the pytorch form, the engine's default
        state["v"] = o.momentum * state["v"] + grad
        return x - o.lr * state["v"]
    if name == "nesterov":  # the sutskever form, the engine's default; grad taken ahead
        state["v"] = o.momentum * state["v"] - o.lr * grad
        return x + state["v"]
    if name == "adagrad":
        state["r"] = state["r"] + grad * grad
        return x - o.lr * grad / (np.sqrt(state["r"]) + o.eps)
    if name == "rmsprop":
        state["r"] = o.alpha * state["r"] + (1 - o.alpha) * grad * grad
        return x - o.lr * grad / (np.sqrt(state["r"]) + o.eps)
    if name == "adam":
        state["m"] = o.beta1 * state["m"] + (1 - o.beta1) * grad
        state["r"] = o.beta2 * state["r"] + (1 - o.beta2) * grad * grad
        m_hat, r_hat = state["m"] / (1 - o.beta1**t), state["r"] / (1 - o.beta2**t)
        return x - o.lr * m_hat / (np.sqrt(r_hat) + o.eps)
    raise ValueError(f"no plain numpy loop for {name}")


def initial_state(optimizer, x: np.ndarray) -> dict:
    accumulator = getattr(optimizer, "initial_accumulator", 0.0)
    return {"v": np.zeros_like(x), "m": np.zeros_like(x), "r": np.zeros_like(x) + accumulator}


def gradient_at(surface, optimizer, state: dict, x: np.ndarray) -> np.ndarray:
    if optimizer.name == "nesterov":
        return surface.grad(x + optimizer.momentum * state["v"])
    return surface.grad(x)


def numpy_path(surface, optimizer, start, steps: int) -> tuple[np.ndarray, np.ndarray]:
    """(positions, losses) of one run, frame by frame, as a (2,) array stepped in a loop."""
    x = np.array(start, dtype=float)
    state = initial_state(optimizer, x)
    positions, losses = np.empty((steps + 1, 2)), np.empty(steps + 1)
    positions[0], losses[0] = x, surface.value(x)
    for t in range(1, steps + 1):
        x = numpy_update(optimizer, state, x, gradient_at(surface, optimizer, state, x), t)
        positions[t], losses[t] = x, surface.value(x)
    return positions, losses


def numpy_batch(surface, optimizer, starts: np.ndarray, steps: int) -> np.ndarray:
    """Final positions of every start, the whole (N, 2) batch stepped at once."""
    x = np.array(starts, dtype=float)
    state = initial_state(optimizer, x)
    with np.errstate(all="ignore"):  # a diverging particle overflows: the engine allows it too
        for t in range(1, steps + 1):
            x = numpy_update(optimizer, state, x, gradient_at(surface, optimizer, state, x), t)
    return x


def same_as_engine(surface, optimizer, start, steps: int) -> None:
    """Fail loudly if the baseline drifted from what the engine computes: a baseline that
    does different work would make its ratio meaningless."""
    from engine.run.simulate import simulate

    ours = simulate(surface, optimizer, start, steps).positions
    theirs, _ = numpy_path(surface, optimizer, start, steps)
    gap = float(np.max(np.abs(ours - theirs)))
    if not gap <= 1e-9:
        raise AssertionError(f"numpy baseline of {optimizer.name} is off by {gap:.3g}")
