"""The rules of the second-order optimizers: damped Newton and L-BFGS.

Both step the point as a whole, so their numbers are pairs of the whole step: Newton's
Hessian is written as its two rows, L-BFGS's direction comes from the two-loop recursion
over the last m pairs (s, y), whose result is shown rather than its m terms.
"""

from __future__ import annotations

from engine.lecture.expr import BEFORE, MINUS, NOW, Equals, Group, Node, Num, Pair, Row, Sup, Sym
from engine.lecture.lines import RuleLine, descent_rule, step_line, substep
from engine.lecture.notation import Notation
from engine.lecture.values import StepValues

INVERSE = f"{MINUS}1"


def matrix(rows) -> Row:
    """A 2×2 matrix written as its rows: ((a, b), (c, d))."""
    return Row("(", Pair(rows[0]), ", ", Pair(rows[1]), ")")


def hessian_line(n: Notation) -> RuleLine:
    """H = ∇²f(x): the exact curvature where the gradient is taken, written as its rows."""

    def numeric(s: StepValues) -> Equals:
        rows = (s.state_after["hessian_x"], s.state_after["hessian_y"])
        return Equals(Sym("H", str(s.k)), Row("∇²", n.loss, Pair(s.before)), matrix(rows))

    symbolic = Equals(Sym("H", NOW), Row("∇²", n.loss, Group(Sym(n.position, BEFORE))))
    return RuleLine("hessian", "Hessian", symbolic, numeric, None)


def newton_direction_line(opt, n: Notation) -> RuleLine:
    """d = −(H + λI)⁻¹·g (λ shown only when it is not 0)."""
    shifted = opt.shift != 0

    def form(h, shift, g):
        inverse = Group(Row(h, " + ", shift, "I")) if shifted else h
        return Row(MINUS, Sup(inverse, INVERSE), "·", g)

    def numbers(s: StepValues):
        h = matrix((s.state_after["hessian_x"], s.state_after["hessian_y"]))
        return (h, Num(opt.shift), Pair(s.gradient)), s.state_after["newton_step"]

    symbols = (Sym("H", NOW), n.letter("shift"), Sym("g", NOW))
    return substep("newton_direction", "Newton step", "gradient", lambda i: Sym("d", i),
                   form, symbols, numbers)  # fmt: skip


def scaled_direction_step(n: Notation, rate, field: str, scalar) -> RuleLine:
    """Δx = rate·d: the step along the direction, drawn as the update arrow."""
    return step_line(
        n,
        lambda r, d: Row(r, "·", d),
        (rate, Sym("d", NOW)),
        lambda s: ((Num(scalar(s)), Pair(s.state_after[field])), s.update),
    )


def newton_rule(opt, n: Notation) -> list[RuleLine]:
    """g = ∇f(x); H = ∇²f(x); d = −(H + λI)⁻¹g; Δx = lr·d; x = x + Δx (lr in the notation's
    letter, as the symbol key writes it)."""
    return descent_rule(
        n,
        hessian_line(n),
        newton_direction_line(opt, n),
        scaled_direction_step(n, n.lr, "newton_step", lambda s: s.lr),
    )


def lbfgs_direction_line(n: Notation) -> RuleLine:
    """d = −H̃·g: the two-loop recursion over the last m pairs (s, y)."""
    return substep(
        "direction",
        "L-BFGS direction",
        "gradient",
        lambda i: Sym("d", i),
        lambda g: Row(MINUS, Sym("H", mark="\u0303"), "·", g),
        (Sym("g", NOW),),
        lambda s: ((Pair(s.gradient),), s.state_after["direction"]),
    )


def step_length_line(opt, n: Notation) -> RuleLine:
    """α = lr, or the strong-Wolfe line search's step from lr; torch's first iteration starts
    from min(1, 1/‖g‖₁)·lr instead. One number for both axes; 0 when the run did not move
    (torch stops once |g| is below its tolerance, or d is no descent direction)."""
    searched = opt.line_search_fn == "strong_wolfe"
    text = "strong Wolfe search from " if searched else ""
    symbolic = Equals(
        Sym("α", NOW),
        Row(text, n.lr, "   (", text, "min(1, 1/‖g‖₁)·", n.lr, " at the first update)"),
    )

    def numeric(s: StepValues) -> Node:
        alpha, k = s.state_after["step_length"][0], str(s.k)
        if alpha == 0.0 and s.update == (0.0, 0.0):
            return Equals(Sym("α", k), Row(Num(0.0), "   (no step: the run has stopped)"))
        start = Num(s.lr)
        if s.k == 1:
            size = abs(s.gradient[0]) + abs(s.gradient[1])
            start = Row("min(1, 1/", Num(size), ")·", Num(s.lr))
        return Equals(Sym("α", k), Row(text, start), Num(alpha))

    return RuleLine("step_length", "step length", symbolic, numeric, None)


def lbfgs_rule(opt, n: Notation) -> list[RuleLine]:
    """g = ∇f(x); d = −H̃g; α from the line search (or lr); Δx = α·d; x = x + Δx."""
    return descent_rule(
        n,
        lbfgs_direction_line(n),
        step_length_line(opt, n),
        scaled_direction_step(
            n, Sym("α", NOW), "direction", lambda s: s.state_after["step_length"][0]
        ),
    )
