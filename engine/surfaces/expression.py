"""A whitelist parser for untrusted formulas in x and y, building sympy expressions directly."""

from __future__ import annotations

import math
from dataclasses import dataclass

from engine.surfaces.tokens import (
    CONSTANTS,
    FUNCTIONS,
    MAX_LENGTH,
    VARIABLES,
    ExpressionError,
    Token,
    tokenize,
)

# Re-exported: the tokenizer was part of this module before engine.surfaces.tokens.
__all__ = [
    "CONSTANTS",
    "FUNCTIONS",
    "MAX_DEPTH",
    "MAX_LENGTH",
    "VARIABLES",
    "ExpressionError",
    "Token",
    "parse_expression",
    "tokenize",
    "variables",
]

MAX_DEPTH = 50  # nested parentheses, signs, powers and calls
MAX_NUMBER = 1e15  # largest literal
MAX_EXPONENT = 100.0  # largest |constant exponent|
MAX_POWER_PRODUCT = 1_000.0  # largest product of nested exponents, e.g. (x**10)**10**... -> x**100
MAX_CONSTANT = 1e300  # largest constant sub-expression, e.g. 1e15**20


@dataclass(frozen=True)
class Node:
    """A built sympy expression with what the checks need to know about it."""

    expr: object  # sympy.Expr
    value: float | None  # its value when it is a constant, else None
    power: float  # product of the exponents nested in it (1 for none)


class _Parser:
    """Recursive descent: expr := term (+|- term)*, term := unary (*|/ unary)*,
    unary := (+|-) unary | power, power := atom (** unary)?, atom := number | name | call | (expr).
    """

    def __init__(self, text: str):
        import sympy  # imported here: only custom surfaces pay for loading it

        self.sp = sympy
        self.symbols = {name: sympy.Symbol(name, real=True) for name in VARIABLES}
        self.tokens, self.index, self.depth = tokenize(text), 0, 0

    @property
    def token(self) -> Token:
        return self.tokens[self.index]

    def advance(self) -> Token:
        token = self.token
        self.index += 1
        return token

    def enter(self, position: int) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExpressionError(position, f"nested too deeply (at most {MAX_DEPTH} levels)")

    def parse(self) -> Node:
        if self.token.kind == "end":
            raise ExpressionError(0, "the formula is empty")
        node = self.expr()
        if self.token.kind != "end":
            raise ExpressionError(self.token.position, self._unexpected("an operator"))
        return node

    def expr(self) -> Node:
        node = self.term()
        while self.token.text in ("+", "-"):
            op = self.advance()
            node = self.combine(op, node, self.term())
        return node

    def term(self) -> Node:
        node = self.unary()
        while self.token.text in ("*", "/"):
            op = self.advance()
            node = self.combine(op, node, self.unary())
        return node

    def unary(self) -> Node:
        if self.token.text not in ("+", "-"):
            return self.power()
        op = self.advance()
        self.enter(op.position)
        operand = self.unary()
        self.depth -= 1
        if op.text == "+":
            return operand
        value = None if operand.value is None else -operand.value
        return Node(-operand.expr, value, operand.power)

    def power(self) -> Node:
        base = self.atom()
        if self.token.text != "**":
            return base
        op = self.advance()
        self.enter(op.position)
        exponent = self.unary()
        self.depth -= 1
        return self.combine(op, base, exponent)

    def atom(self) -> Node:
        token = self.advance()
        if token.kind == "number":
            return self.number(token)
        if token.kind == "name":
            return self.name(token)
        if token.text == "(":
            return self.group(token)
        self.index -= 1
        raise ExpressionError(token.position, self._unexpected("a number, x, y or '('"))

    def group(self, opening: Token) -> Node:
        self.enter(opening.position)
        node = self.expr()
        self.expect_closing(opening)
        self.depth -= 1
        return node

    def expect_closing(self, opening: Token) -> None:
        if self.token.text != ")":
            where = f"to close the '(' at column {opening.position + 1}"
            raise ExpressionError(self.token.position, self._unexpected(f"')' {where}"))
        self.advance()

    def number(self, token: Token) -> Node:
        value = float(token.text)  # fast even for 2,000 digits; huge exponents give inf
        if not value <= MAX_NUMBER:
            raise ExpressionError(
                token.position, f"number {token.text[:20]} is too large (at most 1e15)"
            )
        plain = token.text.isascii() and token.text.isdigit()
        expr = self.sp.Integer(int(token.text)) if plain else self.sp.Float(token.text)
        return Node(expr, value, 1.0)

    def name(self, token: Token) -> Node:
        word = token.text
        if word in self.symbols:
            return Node(self.symbols[word], None, 1.0)
        if word in CONSTANTS:
            return Node(self.sp.pi if word == "pi" else self.sp.E, getattr(math, word), 1.0)
        return self.call(token)  # tokenize let only whitelisted names through

    def call(self, token: Token) -> Node:
        if self.token.text != "(":
            raise ExpressionError(self.token.position, f"write {token.text}(...) with parentheses")
        opening = self.advance()
        self.enter(opening.position)
        argument = self.expr()
        self.expect_closing(opening)
        self.depth -= 1
        function = getattr(self.sp, "Abs" if token.text == "abs" else token.text)
        if argument.value is None:
            return Node(function(argument.expr), None, argument.power)
        # Constant arguments stay unevaluated: sympy would compute exp(exp(exp(40))) exactly.
        value = _checked_constant(token.position, _math_call(token.text, argument.value))
        return Node(function(argument.expr, evaluate=False), value, argument.power)

    def combine(self, op: Token, left: Node, right: Node) -> Node:
        if op.text == "**":
            return self.raise_to(op, left, right)
        if op.text == "/" and right.value == 0:
            raise ExpressionError(op.position, "division by zero")
        value = None
        if left.value is not None and right.value is not None:
            value = _checked_constant(op.position, _arithmetic(op.text, left.value, right.value))
        build = {"+": _add, "-": _subtract, "*": _multiply, "/": _divide}[op.text]
        return Node(build(self.sp, left.expr, right.expr), value, max(left.power, right.power))

    def raise_to(self, op: Token, base: Node, exponent: Node) -> Node:
        """base ** exponent, refused before sympy builds it if the exponent could explode."""
        power = base.power
        if base.value is not None and base.value <= 0 and exponent.value is None:
            raise ExpressionError(op.position, "a number ≤ 0 to a variable power is not real")
        if exponent.value is not None:
            if abs(exponent.value) > MAX_EXPONENT:
                raise ExpressionError(
                    op.position, f"exponent {exponent.value:g} is too large (|exponent| ≤ 100)"
                )
            power = base.power * max(1.0, abs(exponent.value))
        else:
            power = base.power * exponent.power * 10  # x**(x**...) grows faster than any constant
        if power > MAX_POWER_PRODUCT:
            raise ExpressionError(op.position, "nested powers grow too fast")
        value = None
        if base.value is not None and exponent.value is not None:
            value = _checked_constant(op.position, _arithmetic("**", base.value, exponent.value))
        expr = self.sp.Pow(base.expr, exponent.expr, evaluate=value is None)
        return Node(expr, value, power)

    def _unexpected(self, wanted: str) -> str:
        token = self.token
        if token.kind == "end":
            return f"expected {wanted}, found the end"
        if token.kind in ("number", "name") and wanted == "an operator":
            return f"expected an operator before {token.text[:20]!r} (write * to multiply)"
        return f"expected {wanted}, found {token.text[:20]!r}"


def _add(sp, a, b):
    return sp.Add(a, b)


def _subtract(sp, a, b):
    return sp.Add(a, -b)


def _multiply(sp, a, b):
    return sp.Mul(a, b)


def _divide(sp, a, b):
    return sp.Mul(a, sp.Pow(b, -1))


def _arithmetic(op: str, a: float, b: float) -> float:
    """a op b in floats, nan where it is undefined: a guard, never the value used."""
    try:
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "/":
            return a / b
        return math.pow(a, b)
    except (OverflowError, ValueError, ZeroDivisionError):
        return math.nan


def _math_call(name: str, value: float) -> float:
    try:
        return getattr(math, {"abs": "fabs"}.get(name, name))(value)
    except (OverflowError, ValueError):
        return math.nan


def _checked_constant(position: int, value: float) -> float:
    if not abs(value) <= MAX_CONSTANT:  # also catches nan
        raise ExpressionError(position, "this constant is too large or undefined")
    return value


def parse_expression(text: str):
    """The sympy expression of `text`, a formula in x and y; raises ExpressionError."""
    return _Parser(text).parse().expr


def variables():
    """The sympy symbols x and y that parsed expressions use."""
    import sympy

    return tuple(sympy.Symbol(name, real=True) for name in VARIABLES)
