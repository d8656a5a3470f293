"""The formula whitelist: hostile and malformed text is refused fast, with its column."""

from __future__ import annotations

import builtins
import math
import re

import numpy as np
import pytest
import sympy
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from engine.surfaces.expression import (
    MAX_DEPTH,
    MAX_LENGTH,
    ExpressionError,
    parse_expression,
    tokenize,
    variables,
)
from tests.work import python_calls

X, Y = variables()
# A refusal costs at most a few thousand Python calls (the deepest refused nesting here takes
# ~2,500: linear in the text); an exponential parse of these inputs would take millions.
REFUSAL_CALLS = 5_000

# (text, column the error must name (1-based), words the message must contain)
HOSTILE = [
    ("__import__('os').system('touch /tmp/pwned')", 1, "unknown name '__import__'"),
    ("x.__class__", 2, "attribute"),
    ("x.real", 2, "attribute"),
    ("(x).__globals__", 4, "attribute"),
    ("lambda: 1", 1, "unknown name 'lambda'"),
    ("[x for x in y]", 1, "indexing"),
    ("{x}", 1, "unexpected '{'"),
    ("exec('1')", 1, "unknown name 'exec'"),
    ("eval", 1, "unknown name 'eval'"),
    ("open('/etc/passwd')", 1, "unknown name 'open'"),
    ("sin.__self__", 4, "attribute"),
    ("'x'", 1, "strings"),
    ('"x"', 1, "strings"),
    ("x; y", 2, "one expression"),
    ("x = 1", 3, "right-hand side"),
    ("x y", 3, "expected an operator before 'y'"),
    ("2x", 2, "expected an operator before 'x'"),
    ("x^2", 2, "use **"),
    ("if x", 1, "unknown name 'if'"),
    ("not x", 1, "unknown name 'not'"),
    ("x if y else 1", 3, "unknown name 'if'"),
    ("sin x", 5, "parentheses"),
    ("atan2(x, y)", 1, "unknown name 'atan2'"),
    ("sin(x, y)", 6, "one argument"),
    ("9**9**9**9", 5, "exponent"),
    ("2**1000", 2, "exponent"),
    ("x**101", 2, "exponent"),
    ("((x**10)**10)**20", 14, "nested powers"),
    ("x**x**x**x**x", 2, "nested powers"),
    ("1e16", 1, "too large"),
    ("1e999999999", 1, "too large"),
    ("9" * 400, 1, "too large"),
    ("1e15**21", 5, "constant"),
    ("exp(exp(exp(40)))", 5, "constant"),
    ("log(-1) + x", 1, "constant"),
    ("x/0", 2, "division by zero"),
    ("(-8)**x", 5, "not real"),
    ("ｘ", 1, "U+FF58"),  # fullwidth x
    ("x + １", 5, "U+FF11"),  # fullwidth digit 1
    ("\u0445 + 1", 1, "U+0445"),  # Cyrillic ha, looks like x
    ("x\u200b+ y", 2, "U+200B"),  # zero-width space
    ("x\u00a0+ y", 2, "U+00A0"),  # no-break space
    ("sin\u2061(x)", 4, "U+2061"),  # invisible function application
    ("x\n+ y", 2, "unexpected '\\n'"),
    ("x +", 4, "found the end"),
    ("(x + y", 7, "to close the '(' at column 1"),
    ("x + y)", 6, "expected an operator"),
    (")", 1, "found ')'"),
    ("", 1, "empty"),
    ("   ", 1, "empty"),
    ("x @ y", 3, "unexpected '@'"),
    ("x // y", 4, "expected a number"),
    ("True", 1, "unknown name 'True'"),
]


@pytest.mark.parametrize(("text", "column", "words"), HOSTILE, ids=[h[0][:30] for h in HOSTILE])
def test_hostile_and_malformed_text_is_refused_fast_with_its_column(text, column, words):
    assert python_calls(lambda: parse_expression(text)) < REFUSAL_CALLS
    with pytest.raises(ExpressionError) as caught:
        parse_expression(text)
    assert caught.value.position == column - 1, str(caught.value)
    assert str(caught.value).startswith(f"column {column}: ")
    assert words in str(caught.value)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("x" * 100_000, "too long"),
        ("(" * 10_000 + "x" + ")" * 10_000, "too long"),
        ("(" * 999 + "x" + ")" * 999, "nested too deeply"),
        ("-" * 1_999 + "x", "nested too deeply"),
        ("sin(" * 300 + "x" + ")" * 300, "nested too deeply"),
        ("x**" * 600 + "x", "nested"),
        ("+".join(["x"] * 1_001), "too long"),
    ],
    ids=["100kB", "parens-10000", "parens-999", "signs", "calls", "powers", "long-sum"],
)
def test_huge_and_deep_text_is_refused_after_little_work(text, words):
    assert python_calls(lambda: parse_expression(text)) < REFUSAL_CALLS
    with pytest.raises(ExpressionError, match=words):
        parse_expression(text)


def test_depth_limit_is_exactly_the_documented_one():
    parse_expression("(" * MAX_DEPTH + "x" + ")" * MAX_DEPTH)
    with pytest.raises(ExpressionError, match="nested too deeply") as caught:
        parse_expression("(" * (MAX_DEPTH + 1) + "x" + ")" * (MAX_DEPTH + 1))
    assert caught.value.position == MAX_DEPTH


def test_length_limit_is_exactly_the_documented_one():
    longest = "x" + " " * (MAX_LENGTH - 1)
    assert parse_expression(longest) == X
    with pytest.raises(ExpressionError, match="too long"):
        parse_expression(longest + " ")


def test_refusing_text_has_no_side_effect(tmp_path):
    """The parser never reaches eval, exec, compile or sympify, whatever the text."""
    calls = []

    def forbidden(*args, **_kwargs):
        calls.append(args)
        raise AssertionError("forbidden")

    saved = {name: getattr(builtins, name) for name in ("eval", "exec", "compile")}
    saved_sympify = sympy.sympify
    marker = tmp_path / "pwned"
    texts = [h[0] for h in HOSTILE] + [f"__import__('os').system('touch {marker}')"]
    try:
        for name in saved:
            setattr(builtins, name, forbidden)
        sympy.sympify = forbidden
        refused = 0
        for text in texts:
            try:
                parse_expression(text)
            except ExpressionError:
                refused += 1
    finally:
        for name, original in saved.items():
            setattr(builtins, name, original)
        sympy.sympify = saved_sympify
    assert calls == [] and refused == len(texts)
    assert not marker.exists()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("-x**2", -(X**2)),  # ** binds tighter than unary minus, as in Python
        ("2**-1*x", X / 2),
        ("2**3**2", sympy.Integer(2) ** 9),  # right-associative
        ("x - y - 1", X - Y - 1),  # left-associative
        ("x / y / 2", X / Y / 2),
        ("abs(x) + sqrt(y)", sympy.Abs(X) + sympy.sqrt(Y)),
        ("pi*e", sympy.pi * sympy.E),
        ("  x\t+ y ", X + Y),
        ("1.5e2*x + .5*y", 150 * X + sympy.Float(0.5) * Y),
    ],
)
def test_valid_text_parses_to_the_expected_expression(text, expected):
    assert sympy.simplify(parse_expression(text) - expected) == 0


def test_tokens_carry_their_columns():
    tokens = tokenize("sin(x) **2")
    assert [(t.kind, t.text, t.position) for t in tokens] == [
        ("name", "sin", 0),
        ("op", "(", 3),
        ("name", "x", 4),
        ("op", ")", 5),
        ("op", "**", 7),
        ("number", "2", 9),
        ("end", "", 10),
    ]


# -- property: random valid formulas have gradients that match central differences ------
SMOOTH = ["sin", "cos", "exp", "tanh", "atan"]


def formulas():
    leaves = st.sampled_from(["x", "y", "0.5", "2", "1.5", "pi"])

    def extend(inner):
        return st.one_of(
            st.builds(lambda a, b: f"({a} + {b})", inner, inner),
            st.builds(lambda a, b: f"({a} - {b})", inner, inner),
            st.builds(lambda a, b: f"({a} * {b})", inner, inner),
            st.builds(lambda a: f"({a})**2", inner),
            st.builds(lambda f, a: f"{f}({a})", st.sampled_from(SMOOTH), inner),
            st.builds(lambda a: f"sqrt(1 + ({a})**2)", inner),
            st.builds(lambda a, b: f"({a}) / (2 + cos({b}))", inner, inner),
        )

    return st.recursive(leaves, extend, max_leaves=8)


# Derandomised: CI must give the same verdict every run; the 60 examples are still varied.
@settings(max_examples=60, deadline=None, derandomize=True)
@given(formulas(), st.floats(-1, 1), st.floats(-1, 1))
def test_gradient_of_random_formulas_matches_central_differences(text, px, py):
    try:
        expr = parse_expression(text)
    except ExpressionError:
        # Only a formula without x or y may be refused: its constant overflowed, e.g.
        # exp(exp(pi * pi)) = e^19333, which the parser rejects by design.
        if re.search(r"\b[xy]\b", text):
            raise
        assume(False)
    value = sympy.lambdify((X, Y), expr, modules="math")
    gradient = sympy.lambdify((X, Y), [sympy.diff(expr, X), sympy.diff(expr, Y)], "math")
    h = 1e-6
    try:
        numeric = [
            (value(px + h, py) - value(px - h, py)) / (2 * h),
            (value(px, py + h) - value(px, py - h)) / (2 * h),
        ]
    except OverflowError:
        return  # exp(exp(...)) can leave floating point; nothing to compare
    analytic = gradient(px, py)
    scale = 1 + abs(value(px, py))
    if not all(math.isfinite(v) for v in (*numeric, *analytic)):
        return
    assert np.allclose(analytic, numeric, rtol=1e-4, atol=1e-6 * scale)
