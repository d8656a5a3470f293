"""The rules of RAdam and Adamax, as engine.optimizers.adam_variants runs them (torch's code).

RAdam takes one of two steps: while the length ρ_t of its average of squared gradients is at
most 5 (the first 5 updates at β2 = 0.999) it moves by −lr·m̂, SGD with momentum, and r_t is
not used; after that the rectified adaptive step. Its decoupled weight decay moves x by
−lr·λ·x in the step, like AdamW's; the L2 form adds λ·x to g before the moments.
"""

from __future__ import annotations

from engine.lecture.expr import (
    BEFORE,
    HAT,
    MINUS,
    NOW,
    Equals,
    Frac,
    Group,
    Node,
    Num,
    Pair,
    Param,
    Row,
    Sqrt,
    Sup,
    Sym,
    one_minus,
)
from engine.lecture.lines import (
    RuleLine,
    coupled_decay,
    descent_rule,
    gradient_source,
    moving_average_line,
    root_plus_eps,
    scalar_line,
    substep,
)
from engine.lecture.notation import Notation
from engine.lecture.rules.adam import adam_corrected, bias_line, decay_line, moment_lines
from engine.lecture.values import StepValues
from engine.optimizers.adam_variants import RECTIFY_ABOVE, rectification, rho

RHO_INF = Param("ρ", "∞")


def rectified(opt, t: int) -> bool:
    """Whether update t takes RAdam's adaptive (rectified) step: ρ_t > 5."""
    return rho(t, opt.beta2)[0] > RECTIFY_ABOVE


def radam_rect(opt, t: int) -> float:
    """r_t = √((ρ_t − 4)(ρ_t − 2)ρ∞ / ((ρ∞ − 4)(ρ∞ − 2)ρ_t)), defined where ρ_t > 5."""
    return rectification(*rho(t, opt.beta2))


def above(index: str) -> tuple:
    """ρ_t > 5, the condition of the rectified step."""
    return (Sym("ρ", index), f" > {RECTIFY_ABOVE:g}")


def rect_form(rho_t: Node, rho_inf: Node) -> Sqrt:
    """√((ρ_t − 4)(ρ_t − 2)·ρ∞ / ((ρ∞ − 4)(ρ∞ − 2)·ρ_t))."""

    def less(a, b):
        return Group(Row(a, f" {MINUS} {b}"))

    top = Row(less(rho_t, 4), less(rho_t, 2), "·", rho_inf)
    bottom = Group(Row(less(rho_inf, 4), less(rho_inf, 2), "·", rho_t))
    return Sqrt(Group(Frac(top, bottom)))


def rho_line(opt, n: Notation) -> RuleLine:
    """ρ_t = ρ∞ − 2t·β2^t / (1 − β2^t): the length of the average v stands for."""
    rho_inf = 2 / (1 - opt.beta2) - 1

    def form(r_inf, t, b2):
        return Row(
            r_inf, f" {MINUS} ", Frac(Row(f"2·{t}·", Sup(b2, t)), Group(one_minus(Sup(b2, t))))
        )

    return scalar_line(
        "rho",
        "length of the average",
        "ρ",
        form(RHO_INF, "t", n.beta2),
        lambda s: form(Num(rho_inf), str(s.t), Num(opt.beta2)),
        lambda s: rho(s.t, opt.beta2)[0],
    )


def rect_line(opt) -> RuleLine:
    """r_t, written out where the step uses it (ρ_t > 5), else said to be unused."""
    rho_inf = 2 / (1 - opt.beta2) - 1
    symbolic = Equals(
        Sym("r", NOW), Row(rect_form(Sym("ρ", NOW), RHO_INF), "   (used once ", *above(NOW), ")")
    )

    def numeric(s: StepValues) -> Node:
        if not rectified(opt, s.t):
            return Equals(
                Row(Sym("r", str(s.k)), " not used: ", Sym("ρ", str(s.k)), f" ≤ {RECTIFY_ABOVE:g}")
            )
        rho_t = rho(s.t, opt.beta2)[0]
        return Equals(
            Sym("r", str(s.k)), rect_form(Num(rho_t), Num(rho_inf)), Num(radam_rect(opt, s.t))
        )

    return RuleLine("rectification", "variance rectification", symbolic, numeric, None)


def radam_step(opt, n: Notation) -> RuleLine:
    """Δx = [−lr·λ·x] − lr·r·√(1 − β2^t)·m̂ / (√v + ε) where ρ_t > 5, else [−lr·λ·x] − lr·m̂."""
    decoupled = opt.decoupled_weight_decay and opt.weight_decay != 0

    def decay(lr, wd, x) -> tuple:
        return (MINUS, lr, "·", wd, "·", x, f" {MINUS} ") if decoupled else (MINUS,)

    def adaptive(lr, r, b2, m, v, eps) -> tuple:
        root = Sqrt(Group(one_minus(b2)))
        return (lr, "·", r, "·", root, "·", Frac(m, root_plus_eps(n, v, eps)))

    x, m_hat = Sym(n.position, BEFORE), Sym(n.first, NOW, HAT)
    full = Row(
        *decay(n.lr, n.weight_decay, x),
        *adaptive(n.lr, Sym("r", NOW), Sup(n.beta2, "t"), m_hat, Sym(n.second, NOW), n.eps),
    )
    plain = Row(*decay(n.lr, n.weight_decay, x), n.lr, "·", m_hat)
    symbolic = Equals(Sym(f"Δ{n.position}", NOW),
                      Row(full, "  if ", *above(NOW), ", else  ", plain))  # fmt: skip

    def numeric(s: StepValues) -> Node:
        after = s.state_after
        m, _ = adam_corrected(opt, after["first_moment"], after["second_moment"], s.t)
        lr = Num(s.lr)
        head = decay(lr, Num(opt.weight_decay), Pair(s.before))
        if rectified(opt, s.t):
            b2 = Sup(Num(opt.beta2), str(s.t))
            body = adaptive(lr, Num(radam_rect(opt, s.t)), b2, Pair(m),
                            Pair(after["second_moment"]), Num(opt.eps))  # fmt: skip
        else:
            body = (lr, "·", Pair(m))
        return Equals(Sym(f"Δ{n.position}", str(s.k)), Row(*head, *body), Pair(s.update))

    return RuleLine("radam_step", "step", symbolic, numeric, "update")


def radam_rule(opt, n: Notation) -> list[RuleLine]:
    """[g′;] m, v, m̂;  ρ_t;  r_t;  the step of ρ_t's branch."""
    lines = [*moment_lines(opt, n), bias_line(opt, n, 0), rho_line(opt, n), rect_line(opt)]
    return descent_rule(n, *lines, radam_step(opt, n))


def adamax_rule(opt, n: Notation) -> list[RuleLine]:
    """[g′;] m = β1·m + (1−β1)·g;  u = max(β2·u, |g| + ε);  Δx = −lr/(1 − β1^t)·m / u."""
    source = gradient_source(opt)
    first = moving_average_line(
        "first_moment", "1st moment", "velocity",
        n.first, n.beta1, opt.beta1, "first_moment", False, source,
    )  # fmt: skip
    largest = substep(
        "inf_norm", "decayed largest |g|", "accumulator", lambda i: Sym("u", i),
        lambda b2, u, g, eps: Row("max", Group(Row(b2, "·", u, ", |", g, "| + ", eps))),
        (n.beta2, Sym("u", BEFORE), source.symbol, n.eps),
        lambda s: ((Num(opt.beta2), Pair(s.state_before["inf_norm"]), Pair(source.value(s)),
                    Num(opt.eps)), s.state_after["inf_norm"]),
    )  # fmt: skip
    step = substep(
        "adamax_step", "step", "update", lambda i: Sym(f"Δ{n.position}", i),
        lambda lr, b1, m, u: Row(MINUS, Frac(lr, Group(one_minus(b1)), tight=True), "·",
                                 Frac(m, u, tight=True)),
        (n.lr, Sup(n.beta1, "t"), Sym(n.first, NOW), Sym("u", NOW)),
        lambda s: ((Num(s.lr), Sup(Num(opt.beta1), str(s.t)), Pair(s.state_after["first_moment"]),
                    Pair(s.state_after["inf_norm"])), s.update),
    )  # fmt: skip
    lines = [decay_line(opt, n)] if coupled_decay(opt) else []
    return descent_rule(n, *lines, first, largest, step)
