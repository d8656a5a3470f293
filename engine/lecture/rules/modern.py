"""The rules of the optimizers beyond the lecture: RAdam, Adamax, Rprop, Lion, QHM, QHAdam and
schedule-free SGD, as the code runs them (engine.optimizers.adam_variants, sign_based,
quasi_hyperbolic, schedule_free). Letters the notations do not define (ν, η±, Δ, ρ_t, r_t,
u, z, c) are the papers'; PyTorch's notation writes argument names where torch has them."""

from __future__ import annotations

from engine.lecture.expr import (
    BEFORE,
    HAT,
    MINUS,
    NOW,
    Equals,
    Frac,
    Group,
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
    Source,
    coupled_decay,
    descent_rule,
    gradient_line,
    gradient_source,
    moving_average_line,
    root_plus_eps,
    step_line,
    substep,
)
from engine.lecture.notation import Notation
from engine.lecture.rules.adam import adam_corrected, bias_line, decay_line, moment_lines
from engine.lecture.values import StepValues
from engine.optimizers.adam_variants import rectification, rho


def letter(n: Notation, paper: str, torch_name: str) -> Param:
    """The paper's letter, or in PyTorch's notation the argument's name."""
    return Param(torch_name) if n.key == "pytorch" else Param(paper)


def pair(f, *pairs) -> tuple:
    """f applied per axis to the pairs' elements."""
    return tuple(float(f(*(p[i] for p in pairs))) for i in range(2))


def scalar_line(key, label, lhs, symbolic_rhs, numeric_rhs, value) -> RuleLine:
    """A line whose result is one number for both axes (ρ_t, r_t, c_t)."""

    def numeric(s: StepValues):
        return Equals(Sym(lhs, str(s.k)), numeric_rhs(s), Num(value(s)))

    return RuleLine(key, label, Equals(Sym(lhs, NOW), symbolic_rhs), numeric, None)


# --- RAdam and Adamax -----------------------------------------------------------------------


def radam_rule(opt, n: Notation) -> list[RuleLine]:
    """m, v, m̂;  ρ_t;  r_t;  Δx = −lr·r_t·√(1 − β2^t)·m̂ / (√v + ε) (ρ_t > 5), else −lr·m̂."""
    rho_inf = 2 / (1 - opt.beta2) - 1
    rho_line = scalar_line(
        "rho", "length of the average", "ρ",
        Row(Param("ρ", "∞"), " ", MINUS, " ", Frac(Row("2t·", Sup(n.beta2, "t")),
            Group(one_minus(Sup(n.beta2, "t"))))),
        lambda s: Row(Num(rho_inf), " ", MINUS, " ", Frac(Row(f"2·{s.t}·", Sup(Num(opt.beta2),
            str(s.t))), Group(one_minus(Sup(Num(opt.beta2), str(s.t)))))),
        lambda s: rho(s.t, opt.beta2)[0],
    )  # fmt: skip
    rect_line = scalar_line(
        "rectification", "variance rectification", "r",
        Row(Sqrt(Group(Frac(Row("(ρ−4)(ρ−2)", Param("ρ", "∞")), Row("(ρ∞−4)(ρ∞−2)ρ")))),
            "  (1 while ρ ≤ 5)"),
        lambda s: Row("(ρ = ", Num(rho(s.t, opt.beta2)[0]),
                      " > 5)" if rho(s.t, opt.beta2)[0] > 5.0 else " ≤ 5)"),
        lambda s: radam_rect(opt, s.t),
    )  # fmt: skip

    def numbers(s: StepValues):
        after = s.state_after
        m_hat, _ = adam_corrected(opt, after["first_moment"], after["second_moment"], s.t)
        b2 = Sup(Num(opt.beta2), str(s.t))
        operands = (Num(s.lr), Num(radam_rect(opt, s.t)), b2, Pair(m_hat),
                    Pair(after["second_moment"]), Num(opt.eps))  # fmt: skip
        return operands, s.update

    step = substep(
        "radam_step", "step", "update", lambda i: Sym(f"Δ{n.position}", i),
        lambda lr, r, b2, m, v, eps: Row(MINUS, lr, "·", r, "·", Sqrt(Group(one_minus(b2))), "·",
                                         Frac(m, root_plus_eps(n, v, eps))),
        (n.lr, Sym("r", NOW), Sup(n.beta2, "t"), Sym(n.first, NOW, HAT), Sym(n.second, NOW), n.eps),
        numbers,
    )  # fmt: skip
    lines = [*moment_lines(opt, n), bias_line(opt, n, 0), rho_line, rect_line, step]
    return descent_rule(n, *lines)


def radam_rect(opt, t: int) -> float:
    """r_t where the rule rectifies, 1 where it takes the plain momentum step (ρ_t ≤ 5)."""
    rho_t, rho_inf = rho(t, opt.beta2)
    return rectification(rho_t, rho_inf) if rho_t > 5.0 else 1.0


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


# --- Rprop and Lion -------------------------------------------------------------------------


def rprop_rule(opt, n: Notation) -> list[RuleLine]:
    """η from the sign of g·g_prev;  s = clamp(s·η, s_min, s_max);  Δx = −sign(g)·s."""
    etas = (letter(n, "η−", "etaminus"), letter(n, "η+", "etaplus"))
    size_name = "step_size" if n.key == "pytorch" else "s"

    def eta(s: StepValues):
        return pair(lambda g, p: opt.etaplus if g * p > 0 else opt.etaminus if g * p < 0 else 1.0,
                    s.gradient, s.state_before["previous_gradient"])  # fmt: skip

    factor = substep(
        "eta", "sign agreement", None, lambda i: Sym("η", i),
        lambda g, prev, plus, minus: Row(plus, " if ", g, "·", prev, " > 0, ", minus,
                                         " if < 0, else 1"),
        (Sym("g", NOW), Sym("g", BEFORE), etas[1], etas[0]),
        lambda s: ((Pair(s.gradient), Pair(s.state_before["previous_gradient"]),
                    Num(opt.etaplus), Num(opt.etaminus)), eta(s)),
    )  # fmt: skip
    size = substep(
        "step_size", "step sizes", "accumulator", lambda i: Sym(size_name, i),
        lambda before, e, low, high: Row("clamp", Group(Row(before, "·", e, ", ", low, ", ",
                                                            high))),
        (Sym(size_name, BEFORE), Sym("η", NOW), letter(n, "s_min", "step_size_min"),
         letter(n, "s_max", "step_size_max")),
        lambda s: ((Pair(s.state_before["step_size"]), Pair(eta(s)), Num(opt.step_size_min),
                    Num(opt.step_size_max)), s.state_after["step_size"]),
    )  # fmt: skip
    step = substep(
        "rprop_step", "step", "update", lambda i: Sym(f"Δ{n.position}", i),
        lambda g, d: Row(MINUS, "sign", Group(g), "·", d, "  (0 where η = η−)"),
        (Sym("g", NOW), Sym(size_name, NOW)),
        lambda s: ((Pair(s.state_after["previous_gradient"]), Pair(s.state_after["step_size"])),
                   s.update),
    )  # fmt: skip
    return descent_rule(n, factor, size, step)


def lion_rule(opt, n: Notation) -> list[RuleLine]:
    """c = β1·m + (1−β1)·g;  Δx = −lr·(sign(c) + λ·x);  m = β2·m + (1−β2)·g."""
    first = Sym(n.first, BEFORE)
    mix = substep(
        "direction", "interpolated direction", None, lambda i: Sym("c", i),
        lambda b1, m, g: Row(b1, "·", m, " + ", Group(one_minus(b1)), "·", g),
        (n.beta1, first, Sym("g", NOW)),
        lambda s: ((Num(opt.beta1), Pair(s.state_before["first_moment"]), Pair(s.gradient)),
                   lion_direction(opt, s)),
    )  # fmt: skip
    step = substep(
        "lion_step", "step", "update", lambda i: Sym(f"Δ{n.position}", i),
        lambda lr, c, wd, x: Row(MINUS, lr, "·", Group(Row("sign", Group(c), " + ", wd, "·", x))),
        (n.lr, Sym("c", NOW), n.weight_decay, Sym(n.position, BEFORE)),
        lambda s: ((Num(s.lr), Pair(lion_direction(opt, s)), Num(opt.weight_decay),
                    Pair(s.before)), s.update),
    )  # fmt: skip
    average = moving_average_line(
        "lion_moment", "momentum", "velocity", n.first, n.beta2, opt.beta2, "first_moment",
        False, Source(Sym("g", NOW), lambda s: s.gradient),
    )  # fmt: skip
    return descent_rule(n, mix, step, average)


def lion_direction(opt, s: StepValues) -> tuple:
    return pair(lambda m, g: opt.beta1 * m + (1 - opt.beta1) * g,
                s.state_before["first_moment"], s.gradient)  # fmt: skip


# --- QHM and QHAdam --------------------------------------------------------------------------


def qh_mix(nu, g, other) -> Row:
    return Row(Group(one_minus(nu)), "·", g, " + ", nu, "·", other)


def qhm_rule(opt, n: Notation) -> list[RuleLine]:
    """g_buf = β·g_buf + (1−β)·g;  Δx = −lr·((1−ν)·g + ν·g_buf)."""
    nu = letter(n, "ν", "nu")
    buffer = moving_average_line(
        "buffer", "momentum buffer", "velocity", n.first, n.momentum, opt.momentum,
        "first_moment", False, Source(Sym("g", NOW), lambda s: s.gradient),
    )  # fmt: skip
    step = substep(
        "qhm_step", "step", "update", lambda i: Sym(f"Δ{n.position}", i),
        lambda lr, v, g, b: Row(MINUS, lr, "·", Group(qh_mix(v, g, b))),
        (n.lr, nu, Sym("g", NOW), Sym(n.first, NOW)),
        lambda s: ((Num(s.lr), Num(opt.nu), Pair(s.gradient), Pair(s.state_after["first_moment"])),
                   s.update),
    )  # fmt: skip
    return descent_rule(n, buffer, step)


def qhadam_rule(opt, n: Notation) -> list[RuleLine]:
    """m, v, m̂, v̂;  Δx = −lr·((1−ν1)·g + ν1·m̂) / (√((1−ν2)·g⊙g + ν2·v̂) + ε)."""
    nu1, nu2 = letter(n, "ν1", "nu1"), letter(n, "ν2", "nu2")

    def form(lr, v1, g, m, v2, g_again, v, eps):
        root = Group(qh_mix(v2, Row(g_again, "⊙", g_again), v))
        return Row(MINUS, lr, "·", Frac(Group(qh_mix(v1, g, m)), root_plus_eps(n, root, eps)))

    def numbers(s: StepValues):
        after = s.state_after
        m_hat, v_hat = adam_corrected(opt, after["first_moment"], after["second_moment"], s.t)
        g = Pair(s.gradient)
        return (Num(s.lr), Num(opt.nu1), g, Pair(m_hat), Num(opt.nu2), g, Pair(v_hat),
                Num(opt.eps)), s.update  # fmt: skip

    symbols = (n.lr, nu1, Sym("g", NOW), Sym(n.first, NOW, HAT), nu2, Sym("g", NOW),
               Sym(n.second, NOW, HAT), n.eps)  # fmt: skip
    step = step_line(n, form, symbols, numbers)
    step = RuleLine("qhadam_step", step.label, step.symbolic, step.numeric, step.highlight)
    lines = [*moment_lines(opt, n), bias_line(opt, n, 0), bias_line(opt, n, 1)]
    return descent_rule(n, *lines, step)


# --- schedule-free SGD -------------------------------------------------------------------------


def schedule_free_rule(opt, n: Notation) -> list[RuleLine]:
    """y = (1−β)·z + β·x;  g = ∇f(y);  z = z − lr·g;  c = lr²/Σlr²;  x = (1−c)·x + c·z."""
    beta, x = letter(n, "β", "momentum"), n.position
    y_line = substep(
        "y", "gradient point", "lookahead", lambda i: Sym("y", i),
        lambda b, z, b_again, xs: Row(Group(one_minus(b)), "·", z, " + ", b_again, "·", xs),
        (beta, Sym("z", BEFORE), beta, Sym(x, BEFORE)),
        lambda s: ((Num(opt.momentum), Pair(s.state_before["z"]), Num(opt.momentum),
                    Pair(s.state_before["x"])), s.point),
    )  # fmt: skip
    z_line = substep(
        "z", "SGD sequence", None, lambda i: Sym("z", i),
        lambda z, lr, g: Row(z, " ", MINUS, " ", lr, "·", g),
        (Sym("z", BEFORE), n.lr, Sym("g", NOW)),
        lambda s: ((Pair(s.state_before["z"]), Num(s.lr), Pair(s.gradient)), s.state_after["z"]),
    )  # fmt: skip
    c_line = scalar_line(
        "weight", "averaging weight", "c",
        Frac(Sup(n.lr, "2"), Row("Σ", Sup(n.lr, "2"))),
        lambda s: Frac(Sup(Num(s.lr), "2"), Num(s.state_after["weight_sum"][0])),
        weight,
    )  # fmt: skip
    average = substep(
        "average", "averaged iterate", "update", lambda i: Sym(x, i),
        lambda c, xs, c_again, z: Row(Group(one_minus(c)), "·", xs, " + ", c_again, "·", z),
        (Sym("c", NOW), Sym(x, BEFORE), Sym("c", NOW), Sym("z", NOW)),
        lambda s: ((Num(weight(s)), Pair(s.before), Num(weight(s)), Pair(s.state_after["z"])),
                   s.after),
    )  # fmt: skip
    return [y_line, gradient_line_at_y(n), z_line, c_line, average]


def weight(s: StepValues) -> float:
    """c = lr²/Σlr² of this update (0 while every rate so far was 0, as the code has it)."""
    total = s.state_after["weight_sum"][0]
    return s.lr * s.lr / total if total else 0.0


def gradient_line_at_y(n: Notation) -> RuleLine:
    """g = ∇f(y): the gradient line, written at y."""
    line = gradient_line(n)
    symbolic = Equals(Sym("g", NOW), Row("∇", n.loss, Group(Sym("y", NOW))))
    return RuleLine(line.key, line.label, symbolic, line.numeric, line.highlight)
