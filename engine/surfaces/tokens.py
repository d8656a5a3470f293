"""The words of a formula: its tokens, checked against the whitelist of names, and its errors."""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_LENGTH = 2_000  # characters: checked before anything else, so a 100 kB paste costs nothing

FUNCTIONS = (
    "sin", "cos", "tan", "exp", "log", "sqrt", "abs", "tanh", "sinh", "cosh",
    "asin", "acos", "atan", "asinh", "acosh", "atanh",
)  # fmt: skip
CONSTANTS = ("pi", "e")
VARIABLES = ("x", "y")

_TOKEN = re.compile(
    r"(?P<space>[ \t]+)"
    r"|(?P<number>(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)"
    r"|(?P<name>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<op>\*\*|[-+*/()])",
    re.ASCII,  # and [0-9], not \d: \d also matches fullwidth and other Unicode digits
)
_HINTS = {
    "^": "use ** for powers",
    ",": "functions take one argument",
    ";": "write one expression",
    "=": "write only the right-hand side of f(x, y) = ...",
    ".": "attribute access is not allowed",
    "[": "indexing is not allowed",
    "'": "strings are not allowed",
    '"': "strings are not allowed",
}


class ExpressionError(ValueError):
    """A formula that is refused; `position` is the 0-based index of the offending character."""

    def __init__(self, position: int, problem: str, where: str = ""):
        prefix = f"{where}: " if where else ""
        super().__init__(f"{prefix}column {position + 1}: {problem}")
        self.position, self.problem = position, problem


@dataclass(frozen=True)
class Token:
    kind: str  # "number", "name", "op" or "end"
    text: str
    position: int


def tokenize(text: str) -> list[Token]:
    """The tokens of `text`; anything outside the whitelist is refused with its column."""
    if not isinstance(text, str):
        raise ExpressionError(0, "the formula must be text")
    if len(text) > MAX_LENGTH:
        raise ExpressionError(
            MAX_LENGTH, f"too long ({len(text):,} characters, at most {MAX_LENGTH:,})"
        )
    tokens, position = [], 0
    while position < len(text):
        found = _TOKEN.match(text, position)
        if not found:
            raise ExpressionError(position, _describe_character(text[position]))
        if found.lastgroup == "name" and found.group() not in (*VARIABLES, *CONSTANTS, *FUNCTIONS):
            raise ExpressionError(position, unknown_name(found.group()))
        if found.lastgroup != "space":
            tokens.append(Token(found.lastgroup, found.group(), position))
        position = found.end()
    tokens.append(Token("end", "", len(text)))
    return tokens


def _describe_character(char: str) -> str:
    if not char.isascii():
        # Fullwidth digits, homoglyph letters and zero-width spaces all land here.
        return f"character U+{ord(char):04X} is not allowed (only plain ASCII)"
    hint = _HINTS.get(char, "")
    return f"unexpected {char!r}" + (f": {hint}" if hint else "")


def unknown_name(word: str) -> str:
    """The error for a name outside the whitelist, listing what may be used."""
    allowed = ", ".join((*VARIABLES, *CONSTANTS))
    return f"unknown name {word[:30]!r}: use {allowed} and the functions {', '.join(FUNCTIONS)}"
