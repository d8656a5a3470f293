"""L-BFGS exactly as torch.optim.LBFGS runs it, one outer iteration per frame.

A frame is one call of torch's `LBFGS.step(closure)` built with `max_iter=1` and
`max_eval=1 + max_ls`: the closure at the current point, the two-loop recursion over the
last `history_size` curvature pairs, then a fixed step `lr·d` (the very first one
min(1, 1/‖g‖₁)·lr) or torch's strong-Wolfe line search (at most `max_ls` evaluations), and
the move. Torch's own default, `max_iter=20` per call, runs 20 such iterations in one call
with a shared evaluation budget (`max_eval = 25`), so its line searches get shorter as the
call goes on; one iteration per call keeps every frame the same algorithm and every line
search whole. Torch's tolerances (1e-7 on the gradient, 1e-9 on changes) are kept: a run
at an optimum stops moving.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, NamedTuple

from engine.optimizers.newton import PointOptimizer, PointStep
from engine.params import choice, number

TOLERANCE_GRAD = 1e-7
TOLERANCE_CHANGE = 1e-9
CURVATURE_MIN = 1e-10  # a pair (s, y) with sᵀy below this is not kept
LINE_SEARCHES = ("none", "strong_wolfe")


class LBFGSShown(NamedTuple):
    direction: Any  # d = −H̃·g, the two-loop recursion's result
    step_length: Any  # α on both axes: the line search's (or lr)
    s: Any  # the newest curvature pair: s = α·d of the last update ...
    y: Any  # ... and y = the change of gradient it made
    t: int


class Memory(NamedTuple):
    """Torch's LBFGS state, immutable: what the next call reads back."""

    n_iter: int = 0
    direction: tuple | None = None
    step_length: float | None = None
    old_dirs: tuple = ()  # y vectors, oldest first
    old_stps: tuple = ()  # s vectors
    ro: tuple = ()  # 1 / (yᵀs)
    h_diag: float = 1.0  # γ = sᵀy / yᵀy, the initial inverse Hessian's scale
    prev_grad: tuple | None = None


def dot(a, b) -> float:
    return a[0] * b[0] + a[1] * b[1]


def cubic_minimum(x1, f1, g1, x2, f2, g2, bounds=None) -> float:
    """Minimiser of the cubic through two points' values and slopes, clamped to `bounds`
    (torch's _cubic_interpolate); the middle of the bounds when the cubic has none."""
    low, high = bounds if bounds is not None else ((x1, x2) if x1 <= x2 else (x2, x1))
    d1 = g1 + g2 - 3 * (f1 - f2) / (x1 - x2)
    d2_square = d1**2 - g1 * g2
    if not d2_square >= 0:
        return (low + high) / 2.0
    d2 = d2_square**0.5
    if x1 <= x2:
        at = x2 - (x2 - x1) * ((g2 + d2 - d1) / (g2 - g1 + 2 * d2))
    else:
        at = x1 - (x1 - x2) * ((g1 + d2 - d1) / (g1 - g2 + 2 * d2))
    return min(max(at, low), high)


class _Trials:
    """The line's closure: φ(α) = f(x + α·d) and φ′(α), each trial point kept for drawing."""

    def __init__(self, oracle, x, y, d):
        self.oracle, self.x, self.y, self.d = oracle, x, y, d
        self.points: list[tuple[float, float, float]] = []

    def __call__(self, alpha):
        px, py = self.x + alpha * self.d[0], self.y + alpha * self.d[1]
        loss, gx, gy = self.oracle.value_grad(px, py)
        self.points.append((px, py, loss))
        return loss, (gx, gy), dot((gx, gy), self.d)


def strong_wolfe(oracle, x, y, alpha, d, f, gtd, max_ls, c1=1e-4, c2=0.9):
    """(α, trial points) of torch's _strong_wolfe: bracket, then zoom by cubic interpolation."""
    trials = _Trials(oracle, x, y, d)
    d_norm = max(abs(d[0]), abs(d[1]))
    f_new, _, gtd_new = trials(alpha)
    t_prev, f_prev, gtd_prev = 0, f, gtd
    done, ls_iter = False, 0
    while ls_iter < max_ls:
        if f_new > (f + c1 * alpha * gtd) or (ls_iter > 1 and f_new >= f_prev):
            bracket, bracket_f, bracket_gtd = [t_prev, alpha], [f_prev, f_new], [gtd_prev, gtd_new]
            break
        if abs(gtd_new) <= -c2 * gtd:
            bracket, bracket_f, done = [alpha], [f_new], True
            break
        if gtd_new >= 0:
            bracket, bracket_f, bracket_gtd = [t_prev, alpha], [f_prev, f_new], [gtd_prev, gtd_new]
            break
        bounds = (alpha + 0.01 * (alpha - t_prev), alpha * 10)
        t_prev, alpha = (
            alpha,
            cubic_minimum(t_prev, f_prev, gtd_prev, alpha, f_new, gtd_new, bounds),
        )
        f_prev, gtd_prev = f_new, gtd_new
        f_new, _, gtd_new = trials(alpha)
        ls_iter += 1
    if ls_iter == max_ls:
        bracket, bracket_f = [0, alpha], [f, f_new]
    if done or ls_iter >= max_ls:
        low = 0 if bracket_f[0] <= bracket_f[-1] else 1
        return bracket[low], tuple(trials.points)
    bracket = _Bracket(bracket, bracket_f, bracket_gtd)
    return bracket.zoom(trials, f, gtd, d_norm, max_ls - ls_iter, c1, c2), tuple(trials.points)


class _Bracket:
    """torch's zoom phase: shrink [a, b] around a point meeting the strong Wolfe conditions."""

    def __init__(self, steps, values, slopes):
        self.t, self.f, self.gtd = steps, values, slopes
        self.low, self.high = (0, 1) if values[0] <= values[-1] else (1, 0)

    def zoom(self, trials, f, gtd, d_norm, budget, c1, c2) -> float:
        insufficient = False
        for _ in range(budget):
            if abs(self.t[1] - self.t[0]) * d_norm < TOLERANCE_CHANGE:
                break
            alpha = cubic_minimum(
                self.t[0], self.f[0], self.gtd[0], self.t[1], self.f[1], self.gtd[1]
            )
            alpha, insufficient = self._away_from_ends(alpha, insufficient)
            f_new, _, gtd_new = trials(alpha)
            if f_new > (f + c1 * alpha * gtd) or f_new >= self.f[self.low]:
                self._set(self.high, alpha, f_new, gtd_new)
                self.low, self.high = (0, 1) if self.f[0] <= self.f[1] else (1, 0)
                continue
            if abs(gtd_new) <= -c2 * gtd:
                self._set(self.low, alpha, f_new, gtd_new)
                break
            if gtd_new * (self.t[self.high] - self.t[self.low]) >= 0:
                self._set(self.high, self.t[self.low], self.f[self.low], self.gtd[self.low])
            self._set(self.low, alpha, f_new, gtd_new)
        return self.t[self.low]

    def _away_from_ends(self, alpha, insufficient) -> tuple[float, bool]:
        """A trial too close to an end moves 10% of the bracket inside (torch's rule)."""
        top, bottom = max(self.t), min(self.t)
        eps = 0.1 * (top - bottom)
        if min(top - alpha, alpha - bottom) >= eps:
            return alpha, False
        if not (insufficient or alpha >= top or alpha <= bottom):
            return alpha, True
        return (top - eps if abs(alpha - top) < abs(alpha - bottom) else bottom + eps), False

    def _set(self, end, alpha, value, slope) -> None:
        self.t[end], self.f[end], self.gtd[end] = alpha, value, slope


def two_loop(grad, memory: Memory) -> tuple[float, float]:
    """−H̃·g by the two-loop recursion, in torch's order of operations."""
    qx, qy = -grad[0], -grad[1]
    al = [0.0] * len(memory.old_dirs)
    for i in range(len(memory.old_dirs) - 1, -1, -1):
        al[i] = dot(memory.old_stps[i], (qx, qy)) * memory.ro[i]
        yx, yy = memory.old_dirs[i]
        qx, qy = qx - al[i] * yx, qy - al[i] * yy
    rx, ry = qx * memory.h_diag, qy * memory.h_diag
    for i in range(len(memory.old_dirs)):
        be_i = dot(memory.old_dirs[i], (rx, ry)) * memory.ro[i]
        sx, sy = memory.old_stps[i]
        rx, ry = rx + (al[i] - be_i) * sx, ry + (al[i] - be_i) * sy
    return rx, ry


@dataclass(frozen=True)
class LBFGS(PointOptimizer):
    """L-BFGS (torch.optim.LBFGS): x = x + α·d with d = −H̃·g.

    H̃ approximates the inverse Hessian from the last m pairs s = Δx, y = Δg (two-loop
    recursion, initial scale γ = sᵀy / yᵀy); α is lr, or found by a strong-Wolfe line
    search whose trial points are recorded (Run.evaluations).
    """

    name: ClassVar[str] = "lbfgs"
    title: ClassVar[str] = "L-BFGS"
    State: ClassVar[type] = LBFGSShown
    lr: float = number(1.0, 1e-4, 10.0, "step length α before any line search", log=True)
    history_size: int = number(
        10, 1, 100, "curvature pairs kept (torch's default is 100)", integer=True, symbols="m"
    )
    line_search_fn: str = choice("strong_wolfe", LINE_SEARCHES, "none: α = lr at every step")
    max_ls: int = number(25, 1, 100, "most evaluations of one line search", integer=True)

    def init(self, x):
        zero = 0.0 * x
        return LBFGSShown(zero, zero, zero, zero, 0)

    def init_point(self) -> Memory:
        return Memory()

    def step_point(self, state: Memory, x, y, loss, grad, oracle, lr) -> PointStep:
        if max(abs(grad[0]), abs(grad[1])) <= TOLERANCE_GRAD:  # torch returns at once
            return self._still(state)
        memory = self._remember(state, grad)
        d = (-grad[0], -grad[1]) if memory.n_iter == 1 else two_loop(grad, memory)
        first = memory.n_iter == 1
        alpha = min(1.0, 1.0 / (abs(grad[0]) + abs(grad[1]))) * lr if first else lr
        gtd = dot(grad, d)
        evaluations = ()
        if gtd > -TOLERANCE_CHANGE:  # not a descent direction: torch stops before moving
            memory = memory._replace(direction=d, step_length=alpha)
            return PointStep((0.0, 0.0), memory, self._shown(memory, d, 0.0), 0.0)
        if self.line_search_fn == "strong_wolfe":
            alpha, evaluations = strong_wolfe(oracle, x, y, alpha, d, loss, gtd, self.max_ls)
        memory = memory._replace(direction=d, step_length=alpha)
        update = (alpha * d[0], alpha * d[1])
        return PointStep(update, memory, self._shown(memory, d, alpha), alpha, evaluations)

    def _remember(self, memory: Memory, grad) -> Memory:
        """Torch's memory update: keep the pair of the last move if sᵀy > 1e-10."""
        n_iter = memory.n_iter + 1
        if n_iter == 1:
            return Memory(n_iter=1, prev_grad=tuple(grad))
        change = (grad[0] - memory.prev_grad[0], grad[1] - memory.prev_grad[1])
        d, alpha = memory.direction, memory.step_length
        s = (d[0] * alpha, d[1] * alpha)
        ys = dot(change, s)
        memory = memory._replace(n_iter=n_iter, prev_grad=tuple(grad))
        if not ys > CURVATURE_MIN:
            return memory
        keep = 1 if len(memory.old_dirs) == self.history_size else 0
        return memory._replace(
            old_dirs=(*memory.old_dirs[keep:], change),
            old_stps=(*memory.old_stps[keep:], s),
            ro=(*memory.ro[keep:], 1.0 / ys),
            h_diag=ys / dot(change, change),
        )

    def _still(self, memory: Memory) -> PointStep:
        d = memory.direction or (0.0, 0.0)
        return PointStep((0.0, 0.0), memory, self._shown(memory, d, 0.0), 0.0)

    @staticmethod
    def _shown(memory: Memory, d, alpha) -> tuple:
        s = memory.old_stps[-1] if memory.old_stps else (0.0, 0.0)
        y = memory.old_dirs[-1] if memory.old_dirs else (0.0, 0.0)
        return (tuple(d), (alpha, alpha), tuple(s), tuple(y))
