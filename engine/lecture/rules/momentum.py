"""The rules of SGD, momentum and Nesterov, in PyTorch's or Sutskever's form."""

from __future__ import annotations

from engine.lecture.expr import BEFORE, MINUS, NOW, TILDE, Group, Num, Pair, Row, Sym
from engine.lecture.lines import (
    RuleLine,
    descent_rule,
    gradient_line,
    position_line,
    step_line,
    substep,
)
from engine.lecture.notation import Notation
from engine.lecture.values import StepValues


def sgd_rule(opt, n: Notation) -> list[RuleLine]:
    """x = x − lr·g."""
    return descent_rule(
        n,
        step_line(
            n,
            lambda lr, g: Row(MINUS, lr, "·", g),
            (n.lr, Sym("g", NOW)),
            lambda s: ((Num(s.lr), Pair(s.gradient)), s.update),
        ),
    )


def velocity_line(opt, n: Notation) -> RuleLine:
    """v = μ·v + g (PyTorch form) or v = μ·v − lr·g (Sutskever form)."""
    pytorch = opt.form == "pytorch"

    def form(mu, before, lr, g):
        if pytorch:
            return Row(mu, "·", before, " + ", g)
        return Row(mu, "·", before, " ", MINUS, " ", lr, "·", g)

    def numbers(s: StepValues):
        before, after = s.state_before["velocity"], s.state_after["velocity"]
        return (Num(opt.momentum), Pair(before), Num(s.lr), Pair(s.gradient)), after

    v = n.velocity
    symbols = (n.momentum, Sym(v, BEFORE), n.lr, Sym("g", NOW))
    label = "momentum buffer" if n.key == "pytorch" else "velocity"
    return substep("velocity", label, "velocity", lambda i: Sym(v, i), form, symbols, numbers)


def momentum_rule(opt, n: Notation) -> list[RuleLine]:
    """PyTorch: v = μv + g; x = x − lr·v.  Sutskever (eq. 5.12): v = μv − lr·g; x = x + v."""
    if opt.form == "sutskever":
        return [gradient_line(n), velocity_line(opt, n), position_line(n, n.velocity, "update")]
    return descent_rule(
        n,
        velocity_line(opt, n),
        step_line(
            n,
            lambda lr, v: Row(MINUS, lr, "·", v),
            (n.lr, Sym(n.velocity, NOW)),
            lambda s: ((Num(s.lr), Pair(s.state_after["velocity"])), s.update),
        ),
    )


def lookahead_line(opt, n: Notation) -> RuleLine:
    """x̃ = x + μ·v: where Sutskever's Nesterov takes the gradient (eq. 5.13)."""
    return substep(
        "lookahead",
        "look-ahead",
        "lookahead",
        lambda i: Sym(n.position, i, TILDE),
        lambda x, mu, v: Row(x, " + ", mu, "·", v),
        (Sym(n.position, BEFORE), n.momentum, Sym(n.velocity, BEFORE)),
        lambda s: (
            (Pair(s.before), Num(opt.momentum), Pair(s.state_before["velocity"])),
            s.point,
        ),
    )


def nesterov_step(opt, n: Notation) -> RuleLine:
    """PyTorch's Nesterov step: Δx = −lr·(g + μ·b), b the buffer just updated."""

    def numbers(s: StepValues):
        operands = (Num(s.lr), Pair(s.gradient), Num(opt.momentum), Pair(s.state_after["velocity"]))
        return operands, s.update

    return step_line(
        n,
        lambda lr, g, mu, b: Row(MINUS, lr, "·", Group(Row(g, " + ", mu, "·", b))),
        (n.lr, Sym("g", NOW), n.momentum, Sym(n.velocity, NOW)),
        numbers,
    )


def nesterov_rule(opt, n: Notation) -> list[RuleLine]:
    """Sutskever: look ahead, v = μv − lr·∇f(x̃), x = x + v.  PyTorch: x −= lr·(g + μ·b)."""
    if opt.form == "sutskever":
        return [
            lookahead_line(opt, n),
            gradient_line(n, at_lookahead=True),
            velocity_line(opt, n),
            position_line(n, n.velocity, "update"),
        ]
    return descent_rule(n, velocity_line(opt, n), nesterov_step(opt, n))
