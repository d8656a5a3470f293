"""Qt rich text (HTML) of the lecture's typesetting-neutral rules, symbol keys and numbers."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import singledispatch
from html import escape

import engine.lecture as lecture
from engine.lecture.expr import (
    MINUS,
    NBSP,
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
)


def number(value: float) -> str:
    """About four significant digits; tiny and huge values as m×10<sup>e</sup>."""
    value = float(value)
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "∞" if value > 0 else f"{MINUS}∞"
    if value == 0:
        return "0"  # also −0.0, which only says which side it underflowed from
    if 1e-3 <= abs(value) < 1e4:
        text = f"{value:.4g}"
    else:
        mantissa, exponent = f"{value:.3e}".split("e")
        mantissa = mantissa.rstrip("0").rstrip(".")
        text = f"{mantissa}×10<sup>{int(exponent)}</sup>"
    return text.replace("-", MINUS)


def pair(values) -> str:
    """(x, y), kept on one line."""
    return f"({number(values[0])},{NBSP}{number(values[1])})"


def var(name: str, index: str = "", mark: str = "", suffix: str = "", sup: str = "") -> str:
    """A variable, in italics when its name is Latin letters, with its accent, prime,
    superscript word and time index; a leading Δ stays upright."""
    if name.startswith("Δ"):
        return "Δ" + var(name[1:], index, mark, suffix, sup)
    body = escape(f"{name[0]}{mark}{name[1:]}", quote=False)
    if name.isascii() and name.isalpha():
        body = f"<i>{body}</i>"
    body += escape(suffix, quote=False) + (f"<sup>{escape(sup, quote=False)}</sup>" if sup else "")
    return f"{body}<sub>{escape(index, quote=False)}</sub>" if index else body


@singledispatch
def html(node: Node) -> str:
    """The rich text of one node of a rule line."""
    raise TypeError(f"not a rule node: {node!r}")


@html.register
def _(node: str) -> str:
    return escape(node, quote=False)


@html.register
def _(node: Sym) -> str:
    return var(node.name, node.index, node.mark, node.suffix, node.sup)


@html.register
def _(node: Param) -> str:
    name = escape(node.name, quote=False)
    return f"{name}<sub>{escape(node.index, quote=False)}</sub>" if node.index else name


@html.register
def _(node: Num) -> str:
    return number(node.value)


@html.register
def _(node: Pair) -> str:
    return pair(node.values)


@html.register
def _(node: Sup) -> str:
    return f"{html(node.base)}<sup>{html(node.power)}</sup>"


@html.register
def _(node: Sqrt) -> str:
    return f"√{html(node.body)}"


@html.register
def _(node: Group) -> str:
    return f"({html(node.body)})"


@html.register
def _(node: Frac) -> str:
    between = "/" if node.tight else " / "
    return f"{html(node.numerator)}{between}{html(node.denominator)}"


@html.register
def _(node: Row) -> str:
    return "".join(html(item) for item in node.items)


@html.register
def _(node: Equals) -> str:
    return " = ".join(html(side) for side in node.sides)


@dataclass(frozen=True)
class SubStep:
    """One line of a rule as rich text: `numeric_html(run, frame)` has that frame's numbers."""

    key: str
    label: str
    symbolic_html: str
    numeric_html: Callable[[object, int], str]
    highlight: str | None  # the surface-view overlay this line draws, if any


def rich(line: lecture.RuleLine) -> SubStep:
    """The rich text of a neutral rule line; its numbers are those of the update the frame
    shows (`engine.lecture.step_values`), or the "no update yet" sentence."""

    def numeric_html(run, frame: int) -> str:
        values = lecture.step_values(run, frame)
        return lecture.NO_UPDATE if values is None else html(line.numeric(values))

    return SubStep(line.key, line.label, html(line.symbolic), numeric_html, line.highlight)


def substeps(optimizer, notation: str) -> list[SubStep]:
    """The lines of `optimizer`'s update rule in `notation`, as rich text."""
    return [rich(line) for line in lecture.substeps(optimizer, notation)]


def symbol_key(optimizer, notation: str) -> str:
    """What the letters of the rule stand for, with their values: 'ρ = lr = 0.02 · α = ...'."""
    parts = []
    for entry in lecture.symbol_key(optimizer, notation):
        value = number(entry.value)
        if entry.is_name:
            parts.append(f"{entry.name} = {value}")
        else:
            parts.append(f"{html(entry.letter)} = {entry.name} = {value}")
    return " · ".join(parts)
