"""Spec text, e.g. `adam(lr=0.01)`: its grammar, typed values, and canonical writing.

Nothing here knows a registry: `parse_with(registry, text, kind)` builds from the registry it
is given, so a schedule can parse the spec nested in it (warmup's `then`) without reaching
up to engine.scene.specs, which binds the registries.
"""

from __future__ import annotations

import re

from engine.params import coerce, params_of, values_of

MAX_SPEC_LENGTH = 10_000
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_BARE = re.compile(r"[^\s,()='\"]+")
_QUOTES = "'\""
# Names whose `(...)` is a nested spec written unquoted (the schedules register theirs).
NESTED_NAMES: set[str] = set()


def allow_nested(names) -> None:
    """Let a value be a spec of one of `names`, e.g. warmup's then=cosine(period=100)."""
    NESTED_NAMES.update(name.lower() for name in names)


class _Scanner:
    """Walks a spec left to right; every error names the spec and the column."""

    def __init__(self, text: str, kind: str):
        self.text, self.kind, self.pos = text, kind, 0

    def fail(self, problem: str):
        shown = self.text if len(self.text) <= 60 else self.text[:57] + "..."
        raise ValueError(f"malformed {self.kind} spec {shown!r}: {problem}")

    def peek(self) -> str:
        self.pos = len(self.text) - len(self.text[self.pos :].lstrip())
        return self.text[self.pos : self.pos + 1]

    def name(self, what: str) -> str:
        found = _NAME.match(self.text, self.pos) if self.peek() else None
        if not found:
            self.fail(f"expected {what} at column {self.pos + 1}, found {self._rest()}")
        self.pos = found.end()
        return found.group()

    def value(self, key: str) -> str:
        char = self.peek()
        if char and char in _QUOTES:
            return self._quoted(char)
        found = _BARE.match(self.text, self.pos)
        if not found:
            self.fail(f"missing value for {key!r} at column {self.pos + 1}")
        self.pos = found.end()
        if found.group().lower() in NESTED_NAMES and self.peek() == "(":
            return found.group() + self._nested()
        return found.group()

    def _nested(self) -> str:
        """The `(...)` of a nested spec, from its '(' to the matching ')', quotes kept whole."""
        start, depth = self.pos, 0
        while True:
            char = self.peek()
            if not char:
                self.fail(f"unbalanced parentheses: missing ')' of the '(' at column {start + 1}")
            if char in _QUOTES:
                self._quoted(char)
                continue
            self.pos += 1
            depth += {"(": 1, ")": -1}.get(char, 0)
            if depth == 0:
                return self.text[start : self.pos]

    def _quoted(self, quote: str) -> str:
        start, chars = self.pos, []
        self.pos += 1
        while self.pos < len(self.text) and self.text[self.pos] != quote:
            # A backslash keeps the next character as it is, so quotes can be quoted.
            if self.text[self.pos] == "\\" and self.pos + 1 < len(self.text):
                self.pos += 1
            chars.append(self.text[self.pos])
            self.pos += 1
        if self.pos >= len(self.text):
            self.fail(f"unterminated quoted string starting at column {start + 1}")
        self.pos += 1
        return "".join(chars)

    def _rest(self) -> str:
        rest = self.text[self.pos :]
        if not rest:
            return "the end"
        return repr(rest if len(rest) <= 20 else rest[:17] + "...")


def split_spec(text: str, kind: str = "spec") -> tuple[str, list[tuple[str, str]]]:
    """Split `name(key=value, ...)` into the name and its (key, value text) pairs, in order."""
    scanner = _Scanner(text, kind)
    name = scanner.name("a name")
    pairs = []
    if scanner.peek() == "(":
        scanner.pos += 1
        pairs = _arguments(scanner)
    if scanner.peek():
        problem = "unbalanced parentheses: unexpected ')'" if scanner.peek() == ")" else ""
        scanner.fail(problem or f"unexpected {scanner._rest()} at column {scanner.pos + 1}")
    return name, pairs


def _arguments(scanner: _Scanner) -> list[tuple[str, str]]:
    """The `key=value, ...)` part, after the opening parenthesis."""
    pairs = []
    while scanner.peek() != ")":
        if not scanner.peek():
            scanner.fail("unbalanced parentheses: missing ')'")
        key = scanner.name("key=value")
        if scanner.peek() != "=":
            scanner.fail(f"missing '=' after {key!r} (write {key}=value)")
        scanner.pos += 1
        pairs.append((key, scanner.value(key)))
        separator = scanner.peek()
        if separator == ",":
            scanner.pos += 1
        elif separator == "":
            scanner.fail("unbalanced parentheses: missing ')'")
        elif separator == "(":
            scanner.fail(
                f"unexpected '(' at column {scanner.pos + 1} (quote values with parentheses)"
            )
        elif separator != ")":
            scanner.fail(
                f"expected ',' or ')' at column {scanner.pos + 1}, found {scanner._rest()}"
            )
    scanner.pos += 1
    return pairs


def parse_with(registry, text: str, kind: str):
    """Build the object of `registry` that `text` names, e.g. adam(lr=0.01) for optimizers."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"empty {kind} spec; choose from {', '.join(registry)}")
    if len(text) > MAX_SPEC_LENGTH:
        raise ValueError(
            f"{kind} spec is too long ({len(text):,} characters, at most {MAX_SPEC_LENGTH:,})"
        )
    name, pairs = split_spec(text, kind)
    cls = registry.get(name.lower())
    if cls is None:
        raise ValueError(f"unknown {kind} {name!r}; choose from {', '.join(registry)}")
    try:
        return cls(**_typed_values(cls, pairs))
    except ValueError as error:
        message = str(error)
        raise ValueError(message if message.startswith(kind) else f"{kind} {message}") from None


def _typed_values(cls, pairs) -> dict:
    infos = {info.name: info for info in params_of(cls)}
    values = {}
    for key, text in pairs:
        if key not in infos:
            valid = f"valid keys: {', '.join(infos)}" if infos else "it takes no parameters"
            raise ValueError(f"{cls.name}: unknown key {key!r}; {valid}")
        if key in values:
            raise ValueError(f"{cls.name}: duplicate key {key!r}")
        try:
            values[key] = coerce(infos[key], text)
        except ValueError as error:
            raise ValueError(f"{cls.name}: {error}") from None
    return values


def format_spec(obj) -> str:
    """Canonical text of `obj` with every hyper-parameter: parse_spec(format_spec(obj)) == obj.

    A field that holds a nested spec (a class's `spec_fields`, e.g. warmup's `then`) is
    written unquoted, as it is typed."""
    infos = params_of(obj)
    if not infos:
        return obj.name
    values, nested = values_of(obj), getattr(obj, "spec_fields", ())
    parts = (
        f"{p.name}={values[p.name] if p.name in nested else format_value(p, values[p.name])}"
        for p in infos
    )
    return f"{obj.name}({', '.join(parts)})"


def format_value(info, value) -> str:
    """One value as spec text: repr for floats (exact round trip), quotes only when needed."""
    if info.kind == "bool":
        return "true" if value else "false"
    if info.kind == "int":
        return str(int(value))
    if info.kind == "float":
        return repr(float(value))
    text = str(value)
    if _NAME.fullmatch(text):
        return text
    quote = "'" if "'" not in text or '"' in text else '"'
    return quote + text.replace("\\", "\\\\").replace(quote, "\\" + quote) + quote


def spec_dict(obj) -> dict:
    """{"name": ..., "params": {every hyper-parameter}} for JSON output."""
    return {"name": obj.name, "params": values_of(obj)}
