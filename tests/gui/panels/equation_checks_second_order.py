"""The checks of Newton's and L-BFGS's rule lines (see equation_checks_beyond).

Newton's numbers are recomputed from the surface's own Hessian; L-BFGS's direction from an
independent two-loop recursion over the pairs (s, y) rebuilt from the run's recorded steps and
gradients, and a searched step length is checked against the Armijo condition it satisfies.
"""

import numpy as np

from tests.gui.panels.equation_numbers import obeys, printed

CURVATURE_MIN = 1e-10  # torch keeps a pair (s, y) only when sᵀy exceeds this


def check_hessian(opt, run, p, k, s, pairs, result):
    assert not s
    printed(pairs[0], run.positions[p])
    fxx, fxy, fyy = run.surface.hessian_xy(*run.positions[p])
    printed(result, [[fxx, fxy], [fxy, fyy]])
    printed(result, [run.states["hessian_x"][k], run.states["hessian_y"][k]])


def check_newton_direction(opt, run, p, k, s, pairs, result):
    row_x, row_y, g = pairs
    shift = s[0] if opt.shift else 0.0
    assert s[-1] == -1 and len(s) == (2 if opt.shift else 1)  # (H + λI)^−1
    printed(shift, opt.shift)
    printed(g, run.gradients[p])
    printed([row_x, row_y], [run.states["hessian_x"][k], run.states["hessian_y"][k]])
    printed(result, run.states["newton_step"][k])
    computed = -np.linalg.solve(np.array([row_x, row_y]) + shift * np.eye(2), g)
    obeys(result, computed, computed)


def two_loop(g, pairs, h_diag):
    """−H̃·g from the curvature pairs (s, y), oldest first (Nocedal & Wright, alg. 7.4)."""
    q, alphas = -np.asarray(g, dtype=float), []
    for s, y in reversed(pairs):
        alpha = (s @ q) / (y @ s)
        alphas.append(alpha)
        q = q - alpha * y
    r = h_diag * q
    for (s, y), alpha in zip(pairs, reversed(alphas), strict=True):
        r = r + s * (alpha - (y @ r) / (y @ s))
    return r


def lbfgs_memory(opt, run, p):
    """The pairs torch keeps before update p+1: s = the step, y = the change of gradient."""
    pairs, h_diag = [], 1.0
    for j in range(1, p + 1):
        s, y = run.updates[j - 1], run.gradients[j] - run.gradients[j - 1]
        if y @ s > CURVATURE_MIN:
            pairs = [*pairs, (s, y)][-opt.history_size :]
            h_diag = (y @ s) / (y @ y)
    return pairs, h_diag


def stopped(run, p) -> bool:
    return run.states["step_length"][p + 1][0] == 0.0 and not np.any(run.updates[p])


def check_lbfgs_direction(opt, run, p, k, s, pairs, result):
    (g,) = pairs
    printed(g, run.gradients[p])
    printed(result, run.states["direction"][k])
    if stopped(run, p) and any(stopped(run, j) for j in range(p)):
        return  # stopped earlier: torch returns at once and shows its last direction
    memory, h_diag = lbfgs_memory(opt, run, p)
    computed = -g if p == 0 else two_loop(g, memory, h_diag)
    exact = -run.gradients[p] if p == 0 else two_loop(run.gradients[p], memory, h_diag)
    obeys(result, computed, computed)
    printed(result, exact)


def check_step_length(opt, run, p, k, s, pairs, result):
    alpha = run.states["step_length"][k][0]
    printed(result, alpha)
    if stopped(run, p):
        assert result == 0 and not s
        return
    if p == 0:  # torch's first iteration starts from min(1, 1/‖g‖₁)·lr
        one, one_again, size, lr = s
        assert one == one_again == 1
        printed(size, np.abs(run.gradients[p]).sum())
        start = min(one, one_again / size) * lr
    else:
        (lr,) = s
        start = lr
    printed(lr, run.lrs[p])
    if opt.line_search_fn == "none":
        obeys(result, start, start)
    elif run.noise == 0:  # a strong-Wolfe step decreases the loss enough (Armijo)
        d = run.states["direction"][k]
        drop = 1e-4 * alpha * (run.gradients[p] @ d)
        assert run.losses[k] <= run.losses[p] + drop + 1e-12


def check_second_order_step(opt, run, p, k, s, pairs, result):
    (rate,), (d,) = s, pairs
    printed(result, run.updates[p])
    if opt.name == "newton":
        printed(rate, run.lrs[p])
        printed(d, run.states["newton_step"][k])
    else:
        printed(rate, run.states["step_length"][k][0])
        printed(d, run.states["direction"][k])
    obeys(result, rate * d, rate * d)


SECOND_ORDER = {
    "hessian": check_hessian,
    "newton_direction": check_newton_direction,
    "step_length": check_step_length,
}
