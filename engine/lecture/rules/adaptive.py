"""The rules of AdaGrad, RMSProp and Adadelta: a per-axis step from averaged squares."""

from __future__ import annotations

from engine.lecture.expr import BEFORE, MINUS, NOW, Frac, Group, Num, Pair, Row, Sqrt, Sym
from engine.lecture.lines import (
    RuleLine,
    Source,
    adaptive_step,
    descent_rule,
    gradient_source,
    moving_average_line,
    step_line,
    substep,
)
from engine.lecture.notation import Notation
from engine.lecture.values import StepValues


def adagrad_rule(opt, n: Notation) -> list[RuleLine]:
    """r = r + g⊙g;  x = x − lr·g / (√r + ε)  (algorithm 5-3)."""
    r = n.sum_sq
    accumulate = substep(
        "accumulator",
        "sum of squared gradients",
        "accumulator",
        lambda i: Sym(r, i),
        lambda before, g: Row(before, " + ", g, "⊙", g),
        (Sym(r, BEFORE), Sym("g", NOW)),
        lambda s: (
            (Pair(s.state_before["sum_sq_grad"]), Pair(s.gradient)),
            s.state_after["sum_sq_grad"],
        ),
    )
    step = adaptive_step(
        opt, n, Sym("g", NOW), Sym(r, NOW), lambda s: (s.gradient, s.state_after["sum_sq_grad"])
    )
    return descent_rule(n, accumulate, step)


def rmsprop_rule(opt, n: Notation) -> list[RuleLine]:
    """r = α·r + (1−α)·g⊙g;  x = x − lr·g / (√r + ε)  (algorithm 5-4)."""
    average = moving_average_line(
        "accumulator", "mean of squared gradients", "accumulator",
        n.mean_sq, n.decay, opt.alpha, "mean_sq_grad", True, gradient_source(opt),
    )  # fmt: skip
    step = adaptive_step(
        opt,
        n,
        Sym("g", NOW),
        Sym(n.mean_sq, NOW),
        lambda s: (s.gradient, s.state_after["mean_sq_grad"]),
    )
    return descent_rule(n, average, step)


def delta_of(s: StepValues, eps: float) -> tuple:
    """δ = √(u + ε) / √(r + ε)·g, computed as torch does (not −Δx/lr, undefined at lr = 0)."""
    u, r, g = s.state_before["mean_sq_delta"], s.state_after["mean_sq_grad"], s.gradient
    return tuple(float((u[i] + eps) ** 0.5 / (r[i] + eps) ** 0.5 * g[i]) for i in range(2))


def adadelta_delta_line(opt, n: Notation) -> RuleLine:
    """δ = √(u + ε) / √(r + ε) · g: ε inside both roots, as torch and Zeiler write it."""

    def form(u, eps, r, eps_again, g):
        return Row(Frac(Sqrt(Group(Row(u, " + ", eps))), Sqrt(Group(Row(r, " + ", eps_again)))),
                   "·", g)  # fmt: skip

    return substep(
        "delta",
        "step before lr",
        None,
        lambda i: Sym("δ", i),
        form,
        (Sym(n.delta_sq, BEFORE), n.eps, Sym(n.mean_sq, NOW), n.eps, Sym("g", NOW)),
        lambda s: (
            (Pair(s.state_before["mean_sq_delta"]), Num(opt.eps),
             Pair(s.state_after["mean_sq_grad"]), Num(opt.eps), Pair(s.gradient)),
            delta_of(s, opt.eps),
        ),
    )  # fmt: skip


def adadelta_rule(opt, n: Notation) -> list[RuleLine]:
    """r = ρr + (1−ρ)g⊙g;  δ = √(u + ε)/√(r + ε)·g;  u = ρu + (1−ρ)δ⊙δ;  x = x − lr·δ."""
    squares = moving_average_line(
        "accumulator", "mean of squared gradients", "accumulator",
        n.mean_sq, n.rho, opt.rho, "mean_sq_grad", True, gradient_source(opt),
    )  # fmt: skip
    delta = Source(Sym("δ", NOW), lambda s: delta_of(s, opt.eps))
    deltas = moving_average_line(
        "delta_accumulator", "mean of squared steps", "accumulator",
        n.delta_sq, n.rho, opt.rho, "mean_sq_delta", True, delta,
    )  # fmt: skip
    step = step_line(
        n,
        lambda lr, d: Row(MINUS, lr, "·", d),
        (n.lr, Sym("δ", NOW)),
        lambda s: ((Num(s.lr), Pair(delta_of(s, opt.eps))), s.update),
    )
    return descent_rule(n, squares, adadelta_delta_line(opt, n), deltas, step)
