"""The rules of the optimizers beyond the lecture: Rprop, Lion, QHM, QHAdam and schedule-free
SGD, as the code runs them (engine.optimizers.sign_based, quasi_hyperbolic, schedule_free);
RAdam and Adamax are in `radam`. Hyper-parameters are written with the notation's letters
(`Notation.letter`: the papers' ν, η±, Δmin, Δmax, or PyTorch's argument names), the same as
the symbol key; the quantities the notations do not define (η, Δ, c, y, z) are the papers'."""

from __future__ import annotations

from engine.lecture.expr import (
    BEFORE,
    HAT,
    MINUS,
    NOW,
    PRIME,
    Equals,
    Frac,
    Group,
    Num,
    Pair,
    Param,
    Row,
    Sup,
    Sym,
    one_minus,
)
from engine.lecture.lines import (
    RuleLine,
    Source,
    descent_rule,
    gradient_line,
    moving_average_line,
    pair,
    root_plus_eps,
    scalar_line,
    step_line,
    substep,
)
from engine.lecture.notation import Notation
from engine.lecture.rules.adam import adam_corrected, bias_line, moment_lines
from engine.lecture.values import StepValues

# --- Rprop and Lion -------------------------------------------------------------------------


def rprop_rule(opt, n: Notation) -> list[RuleLine]:
    """η from the sign of g·g_prev;  Δ = clamp(Δ·η, Δmin, Δmax);  Δx = −sign(g)·Δ.

    Δ is each axis's step size (the optimizer's own letter, Δmin and Δmax its bounds; PyTorch's
    notation writes step_size). Torch reads lr once: the first update's Δ before is lr.
    """
    size = (lambda i: Sym("step_size", i)) if n.key == "pytorch" else (lambda i: Param("Δ", i))

    def eta(s: StepValues):
        return pair(lambda g, p: opt.etaplus if g * p > 0 else opt.etaminus if g * p < 0 else 1.0,
                    s.gradient, s.state_before["previous_gradient"])  # fmt: skip

    def size_before(s: StepValues):
        return (s.lr, s.lr) if s.t == 1 else s.state_before["step_size"]

    factor = substep(
        "eta", "sign agreement", None, lambda i: Sym("η", i),
        lambda g, prev, plus, minus: Row(plus, " if ", g, "·", prev, " > 0, ", minus,
                                         " if < 0, else 1"),
        (Sym("g", NOW), Sym("g", BEFORE), n.letter("etaplus"), n.letter("etaminus")),
        lambda s: ((Pair(s.gradient), Pair(s.state_before["previous_gradient"]),
                    Num(opt.etaplus), Num(opt.etaminus)), eta(s)),
    )  # fmt: skip
    sizes = substep(
        "step_size", "step sizes", "accumulator", size,
        lambda before, e, low, high: Row("clamp", Group(Row(before, "·", e, ", ", low, ", ",
                                                            high))),
        (size(BEFORE), Sym("η", NOW), n.letter("step_size_min"), n.letter("step_size_max")),
        lambda s: ((Pair(size_before(s)), Pair(eta(s)), Num(opt.step_size_min),
                    Num(opt.step_size_max)), s.state_after["step_size"]),
    )  # fmt: skip
    step = substep(
        "rprop_step", "step", "update", lambda i: Sym(f"Δ{n.position}", i),
        lambda g, d: Row(MINUS, "sign", Group(g), "·", d),
        (Sym("g", NOW, suffix=PRIME), size(NOW)),
        lambda s: ((Pair(s.state_after["previous_gradient"]), Pair(s.state_after["step_size"])),
                   s.update),
    )  # fmt: skip
    kept = substep(
        "kept_gradient", "gradient kept", None, lambda i: Sym("g", i, suffix=PRIME),
        lambda g: Row(g, " where η ≠ ", n.letter("etaminus"), ", else 0"),
        (Sym("g", NOW),),
        lambda s: ((Pair(s.gradient),), s.state_after["previous_gradient"]),
    )  # fmt: skip
    return descent_rule(n, factor, sizes, kept, step)


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
    nu = n.letter("nu")
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
    nu1, nu2 = n.letter("nu1"), n.letter("nu2")

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
    beta, x = n.momentum, n.position
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
