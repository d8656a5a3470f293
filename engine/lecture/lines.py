"""One line of a rule (`RuleLine`), and the lines several optimizers' rules share.

Each line writes its right-hand side once, as a function of its operands, and that one
function writes both the letters and the numbers, so the substituted line is always the
rule shown above it. Symbols use t (this update) and t−1; numbers use k, the update's own
number (see `values.update_at` for which update a frame shows).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from engine.lecture.expr import (
    BEFORE,
    MINUS,
    NOW,
    PRIME,
    TILDE,
    Equals,
    Frac,
    Group,
    Node,
    Num,
    Pair,
    Row,
    Sqrt,
    Sym,
    one_minus,
)
from engine.lecture.notation import Notation
from engine.lecture.values import StepValues


@dataclass(frozen=True)
class RuleLine:
    """One line of a rule: `symbolic` in letters, `numeric(values)` with one update's numbers."""

    key: str
    label: str
    symbolic: Node
    numeric: Callable[[StepValues], Node]
    highlight: str | None  # the surface-view overlay this line draws, if any


def substep(key, label, highlight, lhs, form, symbols, numbers) -> RuleLine:
    """A line `lhs = form(operands)`; `numbers(values)` gives the numeric operands and result."""

    def numeric(values: StepValues) -> Node:
        operands, result = numbers(values)
        return Equals(lhs(str(values.k)), form(*operands), Pair(result))

    return RuleLine(key, label, Equals(lhs(NOW), form(*symbols)), numeric, highlight)


def scaled_sum(a, x, b, y) -> tuple:
    return (a * x[0] + b * y[0], a * x[1] + b * y[1])


def gradient_line(n: Notation, at_lookahead: bool = False) -> RuleLine:
    """g = ∇f(where the gradient is taken), plus the recorded noise when the run has some."""
    where = Sym(n.position, NOW, TILDE) if at_lookahead else Sym(n.position, BEFORE)
    symbolic = Equals(Sym("g", NOW), Row("∇", n.loss, Group(where)))

    def numeric(values: StepValues) -> Node:
        g, at = Sym("g", str(values.k)), Row("∇", n.loss, Pair(values.point))
        noise = (
            values.gradient[0] - values.true_gradient[0],
            values.gradient[1] - values.true_gradient[1],
        )
        if noise == (0.0, 0.0):
            return Equals(g, at, Pair(values.gradient))
        noisy = Row(Pair(values.true_gradient), " + ", Pair(noise))
        return Equals(g, Row(at, " + noise"), noisy, Pair(values.gradient))

    return RuleLine("gradient", "gradient", symbolic, numeric, "gradient")


def position_line(n: Notation, moved_by: str, highlight: str | None) -> RuleLine:
    """x_t = x_{t−1} + (the step), the step being Δx or, in Sutskever's form, v itself."""
    return substep(
        "position",
        "new position",
        highlight,
        lambda i: Sym(n.position, i),
        lambda before, step: Row(before, " + ", step),
        (Sym(n.position, BEFORE), Sym(moved_by, NOW)),
        lambda s: ((Pair(s.before), Pair(s.update)), s.after),
    )


def step_line(n: Notation, form, symbols, numbers) -> RuleLine:
    """Δx_t = (what the optimizer moves by); drawn as the update arrow."""
    return substep(
        "step", "step", "update", lambda i: Sym(f"Δ{n.position}", i), form, symbols, numbers
    )


def descent_rule(n: Notation, *lines: RuleLine) -> list[RuleLine]:
    """The gradient, the optimizer's own lines, then x = x + Δx."""
    return [gradient_line(n), *lines, position_line(n, f"Δ{n.position}", None)]


def root_plus_eps(n: Notation, root: Node, eps: Node) -> Group:
    """(√r + ε), or the textbook's (ε + √r): ε outside the root, as the code adds it."""
    return Group(Row(eps, " + ", Sqrt(root)) if n.eps_first else Row(Sqrt(root), " + ", eps))


def adaptive_step(opt, n: Notation, direction: Sym, root: Sym, operands) -> RuleLine:
    """Δx = −lr·direction / (√root + ε); `operands(values)` gives the recorded
    (direction, root) pairs."""

    def numbers(s: StepValues):
        first, second = operands(s)
        return (Num(s.lr), Pair(first), Pair(second), Num(opt.eps)), s.update

    return step_line(
        n,
        lambda lr, d, r, eps: Row(MINUS, lr, "·", Frac(d, root_plus_eps(n, r, eps))),
        (n.lr, direction, root, n.eps),
        numbers,
    )


# --- what a moving average takes in -----------------------------------------------------------


def coupled_decay(opt) -> bool:
    """Adam's L2 term: λ·x added to the gradient (AdamW's and RAdam's decoupled decay is not)."""
    decoupled = getattr(opt, "decoupled", False) or getattr(opt, "decoupled_weight_decay", False)
    return getattr(opt, "weight_decay", 0) != 0 and not decoupled


def decayed(index: str) -> Sym:
    """g′: the gradient with the L2 term added."""
    return Sym("g", index, suffix=PRIME)


class Source(NamedTuple):
    """What a moving average takes in: its symbol and its recorded value in an update."""

    symbol: Node
    value: Callable[[StepValues], tuple]


def gradient_source(opt) -> Source:
    """g, or with Adam's L2 weight decay the g′ = g + λ·x the moments really take in."""
    if not coupled_decay(opt):
        return Source(Sym("g", NOW), lambda s: s.gradient)
    return Source(decayed(NOW), lambda s: scaled_sum(1.0, s.gradient, opt.weight_decay, s.before))


def moving_average_line(
    key, label, highlight, name, coefficient, value, field, squared, source: Source
) -> RuleLine:
    """name = c·name + (1 − c)·g (or g⊙g): RMSProp's r, Adam's moments, Adadelta's two."""

    def form(c, before, g):
        new = Row(g, "⊙", g) if squared else g
        return Row(c, "·", before, " + ", Group(one_minus(c)), "·", new)

    return substep(
        key,
        label,
        highlight,
        lambda i: Sym(name, i),
        form,
        (coefficient, Sym(name, BEFORE), source.symbol),
        lambda s: ((Num(value), Pair(s.state_before[field]), Pair(source.value(s))),
                   s.state_after[field]),
    )  # fmt: skip


def pair(f, *pairs) -> tuple:
    """f applied per axis to the pairs' elements."""
    return tuple(float(f(*(p[i] for p in pairs))) for i in range(2))


def scalar_line(key, label, lhs, symbolic_rhs, numeric_rhs, value) -> RuleLine:
    """A line whose result is one number for both axes (ρ_t, r_t, c_t, α_t)."""

    def numeric(s: StepValues):
        return Equals(Sym(lhs, str(s.k)), numeric_rhs(s), Num(value(s)))

    return RuleLine(key, label, Equals(Sym(lhs, NOW), symbolic_rhs), numeric, None)
