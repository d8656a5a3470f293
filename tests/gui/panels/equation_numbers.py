"""Reading the numbers back out of a rule line's rich text, and comparing them (the helpers of
test_equation_text and equation_checks_beyond)."""

import html
import re

import numpy as np

NUMBER = r"-?\d+(?:\.\d+)?(?:e-?\d+)?"
TOKEN = re.compile(rf"\(({NUMBER}), ({NUMBER})\)|\^(\d+)|({NUMBER})")
MATRIX = re.compile(rf"\(\(({NUMBER}), ({NUMBER})\), \(({NUMBER}), ({NUMBER})\)\)")
NOTE = re.compile(r"\s{2,}\([^()]*\)$")  # "0   (no step: the run has stopped)"


def plain(text: str) -> str:
    """Rich text as plain ASCII maths: m×10<sup>e</sup> -> 'me', x<sup>t</sup> -> 'x^t',
    time indices dropped."""
    text = text.replace("\u00a0", " ")
    text = re.sub(r"×10<sup>(.*?)</sup>", r"e\1", text)
    text = re.sub(r"<sup>(.*?)</sup>", r"^\1", text)
    text = re.sub(r"<sub>.*?</sub>", "", text)
    text = re.sub(r"<[^>]+>", "", text)
    return html.unescape(text).replace("\u2212", "-")


def parse(line: str):
    """(scalars, pairs, result) of 'lhs = expression = result'.

    The result is a pair, a scalar (NAdam's μ, RAdam's ρ), a 2×2 matrix (Newton's H) as an
    array of its rows, or None for a line with no result (RAdam's r while it is not used).
    A note in parentheses after the result is dropped.
    """
    parts = plain(line).split(" = ")
    if len(parts) == 1:
        return [], [], None
    scalars, pairs = [], []
    for match in TOKEN.finditer(" = ".join(parts[1:-1])):
        x, y, power, scalar = match.groups()
        if x is not None:
            pairs.append(np.array([float(x), float(y)]))
        else:
            scalars.append(float(power if power is not None else scalar))
    last = NOTE.sub("", parts[-1].strip())
    matrix = MATRIX.fullmatch(last)
    if matrix:
        return scalars, pairs, np.array([float(v) for v in matrix.groups()]).reshape(2, 2)
    result = TOKEN.fullmatch(last)
    assert result, line
    if result.group(1) is None:
        return scalars, pairs, float(result.group(4))
    return scalars, pairs, np.array([float(result.group(1)), float(result.group(2))])


def printed(value, recorded) -> None:
    """A printed number is the recorded one to its ~4 significant digits."""
    np.testing.assert_allclose(value, recorded, rtol=1e-3, atol=1e-12)


def obeys(result, computed, *terms) -> None:
    """The printed result equals the printed operands combined by the rule, within rounding."""
    scale = sum(np.abs(np.asarray(term, dtype=float)) for term in terms)
    assert np.all(np.abs(result - computed) <= 3e-3 * (scale + np.abs(result)) + 1e-12), (
        result,
        computed,
    )
