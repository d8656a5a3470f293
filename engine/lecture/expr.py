"""Typesetting-neutral pieces of a written rule: symbols, letters, numbers, roots, powers.

A rule line is a small tree of these nodes; a plain `str` is literal text (an operator, a
parenthesis, a word such as "max"). The engine never decides how a node looks: the GUI turns
the tree into rich text (gui/panels/equation_text.py), another front end could make LaTeX.
Time indices are plain text: "t", "t−1", "t+1", or an update's number.
"""

from __future__ import annotations

from dataclasses import dataclass

MINUS = "\u2212"
NBSP = "\u00a0"  # keeps a pair or a (1 − β) together when a long line wraps
HAT, TILDE = "\u0302", "\u0303"
PRIME = "\u2032"
NOW, BEFORE, AFTER = "t", f"t{MINUS}1", "t+1"  # the time indices of a symbolic rule


@dataclass(frozen=True)
class Sym:
    """A quantity the rule computes (x, v, m̂, Δx, g′, v^max) with an optional time index.

    `mark` is a combining accent on the first letter, `suffix` follows the letter (a prime),
    `sup` is a superscript word ("max"). A leading Δ is an operator, not part of the letter;
    a name of Latin letters only is a variable written in italics.
    """

    name: str
    index: str = ""
    mark: str = ""
    suffix: str = ""
    sup: str = ""


@dataclass(frozen=True)
class Param:
    """A hyper-parameter's letter or name (ρ, β₁, lr), written upright, maybe subscripted."""

    name: str
    index: str = ""


@dataclass(frozen=True)
class Num:
    """One recorded or configured number, written to about four significant digits."""

    value: float


@dataclass(frozen=True)
class Pair:
    """A 2-vector of numbers, (x, y)."""

    values: tuple


@dataclass(frozen=True)
class Sup:
    """`base` raised to `power` (β^t)."""

    base: Node
    power: Node


@dataclass(frozen=True)
class Sqrt:
    """The square root of `body`, written √body (put a Group inside for a longer body)."""

    body: Node


@dataclass(frozen=True)
class Group:
    """`body` in parentheses."""

    body: Node


@dataclass(frozen=True)
class Frac:
    """`numerator` over `denominator`, written inline: a / b (tight: a/b)."""

    numerator: Node
    denominator: Node
    tight: bool = False


@dataclass(frozen=True, init=False)
class Row:
    """Nodes one after the other."""

    items: tuple

    def __init__(self, *items: Node):
        object.__setattr__(self, "items", items)


@dataclass(frozen=True, init=False)
class Equals:
    """A chain of equal sides: lhs = rhs = ... = result."""

    sides: tuple

    def __init__(self, *sides: Node):
        object.__setattr__(self, "sides", sides)


Node = str | Sym | Param | Num | Pair | Sup | Sqrt | Group | Frac | Row | Equals


def one_minus(node: Node) -> Row:
    """1 − node, kept on one line."""
    return Row("1", NBSP, MINUS, NBSP, node)
