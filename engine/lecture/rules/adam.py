"""The rules of Adam (with L2 decay, AMSGrad, no bias correction), AdamW and NAdam."""

from __future__ import annotations

from engine.lecture.expr import (
    AFTER,
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
    Row,
    Sup,
    Sym,
    one_minus,
)
from engine.lecture.lines import (
    RuleLine,
    adaptive_step,
    coupled_decay,
    decayed,
    descent_rule,
    gradient_source,
    moving_average_line,
    root_plus_eps,
    step_line,
    substep,
)
from engine.lecture.notation import Notation
from engine.lecture.values import StepValues


def decay_line(opt, n: Notation) -> RuleLine:
    """g′ = g + λ·x: Adam's L2 weight decay, folded into the gradient before the moments."""
    return substep(
        "decay",
        "L2 weight decay",
        None,
        decayed,
        lambda g, wd, x: Row(g, " + ", wd, "·", x),
        (Sym("g", NOW), n.weight_decay, Sym(n.position, BEFORE)),
        lambda s: (
            (Pair(s.gradient), Num(opt.weight_decay), Pair(s.before)),
            gradient_source(opt).value(s),
        ),
    )


def largest(name: str, index: str) -> Sym:
    """v^max: AMSGrad's running maximum of v."""
    return Sym(name, index, sup="max")


def max_line(n: Notation) -> RuleLine:
    """v^max = max(v^max, v): AMSGrad keeps the largest raw second moment so far."""
    v = n.second
    return substep(
        "max_second",
        "largest 2nd moment",
        "accumulator",
        lambda i: largest(v, i),
        lambda before, now: Row("max", Group(Row(before, ", ", now))),
        (largest(v, BEFORE), Sym(v, NOW)),
        lambda s: (
            (Pair(s.state_before["max_second_moment"]), Pair(s.state_after["second_moment"])),
            s.state_after["max_second_moment"],
        ),
    )


def adam_denominator_field(opt) -> str:
    return "max_second_moment" if getattr(opt, "amsgrad", False) else "second_moment"


def adam_corrected(opt, first, second, t: int) -> tuple[tuple, tuple]:
    """m̂ = m / (1 − β1^t), v̂ = v / (1 − β2^t) from the recorded moments (as is without it)."""
    if not getattr(opt, "bias_correction", True):
        return tuple(first), tuple(second)
    c1, c2 = 1 - opt.beta1**t, 1 - opt.beta2**t
    return (first[0] / c1, first[1] / c1), (second[0] / c2, second[1] / c2)


def bias_line(opt, n: Notation, which: int) -> RuleLine:
    """m̂ = m / (1 − β1^t) (which=0) or v̂ = v / (1 − β2^t) (which=1, of v^max with AMSGrad)."""
    name, coefficient = ((n.first, n.beta1), (n.second, n.beta2))[which]
    field = ("first_moment", adam_denominator_field(opt))[which]
    beta = (opt.beta1, opt.beta2)[which]
    numerator = largest(name, NOW) if field == "max_second_moment" else Sym(name, NOW)

    def numbers(s: StepValues):
        after = s.state_after
        corrected = adam_corrected(opt, after["first_moment"], after[field], s.t)
        return (Pair(after[field]), Num(beta), str(s.t)), corrected[which]

    return substep(
        ("first_hat", "second_hat")[which],
        ("bias-corrected 1st moment", "bias-corrected 2nd moment")[which],
        ("velocity", "accumulator")[which],
        lambda i: Sym(name, i, HAT),
        lambda m, b, t: Frac(m, Group(one_minus(Sup(b, t)))),
        (numerator, coefficient, Sym("t")),
        numbers,
    )


def moment_lines(opt, n: Notation) -> list[RuleLine]:
    """[g′ = g + λ·x,] m = β1·m + (1−β1)·g, v = β2·v + (1−β2)·g⊙g[, v^max = max(v^max, v)]."""
    source = gradient_source(opt)
    lines = [decay_line(opt, n)] if coupled_decay(opt) else []
    lines += [
        moving_average_line(
            "first_moment", "1st moment", "velocity",
            n.first, n.beta1, opt.beta1, "first_moment", False, source,
        ),
        moving_average_line(
            "second_moment", "2nd moment", "accumulator",
            n.second, n.beta2, opt.beta2, "second_moment", True, source,
        ),
    ]  # fmt: skip
    return lines + ([max_line(n)] if getattr(opt, "amsgrad", False) else [])


def adam_rule(opt, n: Notation) -> list[RuleLine]:
    """[g′ = g + λx;] m, v[, v^max];  [m̂, v̂];  x = x − lr·m̂ / (√v̂ + ε)  (AdamW: − lr·λ·x too)."""
    lines = moment_lines(opt, n)
    if opt.bias_correction:
        lines += [bias_line(opt, n, 0), bias_line(opt, n, 1)]

    def operands(s: StepValues):
        after = s.state_after
        return adam_corrected(opt, after["first_moment"], after[adam_denominator_field(opt)], s.t)

    mark = HAT if opt.bias_correction else ""
    # Uncorrected AMSGrad divides by v^max itself; corrected, by v̂ (of v^max, line above).
    if opt.bias_correction or not opt.amsgrad:
        root = Sym(n.second, NOW, mark)
    else:
        root = largest(n.second, NOW)
    direction = Sym(n.first, NOW, mark)
    if getattr(opt, "decoupled", False):
        return descent_rule(n, *lines, adamw_step(opt, n, direction, root, operands))
    return descent_rule(n, *lines, adaptive_step(opt, n, direction, root, operands))


def adamw_step(opt, n: Notation, direction: Sym, root: Sym, operands) -> RuleLine:
    """Δx = −lr·λ·x − lr·m̂ / (√v̂ + ε): the decay acts on x itself, outside the moments."""

    def form(lr, wd, x, lr_again, m, v, eps):
        adam = Frac(m, root_plus_eps(n, v, eps))
        return Row(MINUS, lr, "·", wd, "·", x, " ", MINUS, " ", lr_again, "·", adam)

    def numbers(s: StepValues):
        first, second = operands(s)
        lr = Num(s.lr)
        values = (lr, Num(opt.weight_decay), Pair(s.before), lr, Pair(first), Pair(second))
        return (*values, Num(opt.eps)), s.update

    symbols = (n.lr, n.weight_decay, Sym(n.position, BEFORE), n.lr, direction, root, n.eps)
    return step_line(n, form, symbols, numbers)


def mu_form(b: Node, t: Node, psi: Node) -> Row:
    """β1·(1 − 0.5·0.96^(t·ψ))."""
    return Row(b, "·", Group(one_minus(Row("0.5·", Sup("0.96", Row(t, "·", psi))))))


def mu_line(opt, n: Notation) -> RuleLine:
    """μt = β1·(1 − 0.5·0.96^(t·ψ)): NAdam's momentum warm-up; one number for both axes."""

    def numeric(s: StepValues) -> Node:
        operands = (Num(opt.beta1), str(s.t), Num(opt.momentum_decay))
        return Equals(Sym(n.mu, str(s.k)), mu_form(*operands), Num(opt.mu(s.t)))

    symbolic = Equals(Sym(n.mu, NOW), mu_form(n.beta1, Sym("t"), n.momentum_decay))
    return RuleLine("mu", "momentum schedule", symbolic, numeric, None)


def mu_product_line(opt, n: Notation) -> RuleLine:
    """Πt = Πt−1·μt, kept in the state (one value per axis, the same on both)."""
    return substep(
        "mu_product",
        "product of the μ",
        None,
        lambda i: Sym(n.mu_product, i),
        lambda before, mu: Row(before, "·", mu),
        (Sym(n.mu_product, BEFORE), Sym(n.mu, NOW)),
        lambda s: (
            (
                Pair(s.state_before["mu_product"]),
                Num(s.state_after["mu_product"][0] / s.state_before["mu_product"][0]),
            ),
            s.state_after["mu_product"],
        ),
    )


def nadam_step(opt, n: Notation) -> RuleLine:
    """Δx = −lr·((1−μt)/(1−Πt)·g + μt+1/(1−Πt·μt+1)·m) / (√v̂ + ε)."""

    def form(lr, mu, prod, g, mu_next, prod_again, mu_next_again, m, v, eps):
        now = Row(Frac(Group(one_minus(mu)), Group(one_minus(prod)), tight=True), "·", g)
        ahead_over = Group(one_minus(Row(prod_again, "·", mu_next_again)))
        ahead = Row(Frac(mu_next, ahead_over, tight=True), "·", m)
        return Row(MINUS, lr, "·", Frac(Group(Row(now, " + ", ahead)), root_plus_eps(n, v, eps)))

    def numbers(s: StepValues):
        mu, mu_next = Num(opt.mu(s.t)), Num(opt.mu(s.t + 1))
        prod = Pair(s.state_after["mu_product"])
        first, second = s.state_after["first_moment"], s.state_after["second_moment"]
        _, second_hat = adam_corrected(opt, first, second, s.t)
        operands = (Num(s.lr), mu, prod, Pair(s.gradient), mu_next, prod, mu_next,
                    Pair(first), Pair(second_hat), Num(opt.eps))  # fmt: skip
        return operands, s.update

    mu, mu_next = Sym(n.mu, NOW), Sym(n.mu, AFTER)
    prod = Sym(n.mu_product, NOW)
    symbols = (n.lr, mu, prod, Sym("g", NOW), mu_next, prod, mu_next,
               Sym(n.first, NOW), Sym(n.second, NOW, HAT), n.eps)  # fmt: skip
    return step_line(n, form, symbols, numbers)


def nadam_rule(opt, n: Notation) -> list[RuleLine]:
    """μt, Πt;  m, v;  v̂;  x = x − lr·((1−μt)/(1−Πt)·g + μt+1/(1−Πt·μt+1)·m) / (√v̂ + ε)."""
    lines = [mu_line(opt, n), mu_product_line(opt, n), *moment_lines(opt, n), bias_line(opt, n, 1)]
    return descent_rule(n, *lines, nadam_step(opt, n))
