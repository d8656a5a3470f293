"""The `check-optim` sub-command: check a student's cs231n-style optim.py against the engine."""

from __future__ import annotations

import json
import math
import os
import sys

from descent_lab.cli.arguments import parse_start
from descent_lab.cli.errors import UsageError
from engine.homework.check import DEFAULT_STEPS, DEFAULT_SURFACE, check_file
from engine.homework.compare import RTOL
from engine.homework.reference import RULES
from engine.homework.runner import DEFAULT_TIMEOUT
from engine.scene.specs import parse_surface

NAME = "check-optim"
MAX_STEPS = 100_000
EXIT_DIFFERS = 1


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="check your own update rules (cs231n's optim.py) against the engine's",
        description=(
            "Runs the user's own Python code (in a child process with a time limit, but this "
            "is no sandbox: check only files you trust). For each rule FILE defines "
            f"({', '.join(RULES)}): cs231n's unit check on fixed 4×5 arrays, then a race on "
            "the surface from the start, every call compared with the reference given the same "
            f"inputs (relative tolerance {RTOL:g} of the step). A rule that differs is matched "
            "against known mistakes. Exit status 0 when every rule matches, 1 when one differs "
            "or fails, 2 for bad input."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="the student's optim.py")
    parser.add_argument("--rules", help="comma-separated rule names (default: all FILE defines)")
    parser.add_argument(
        "--surface", default=DEFAULT_SURFACE, help=f"SPEC of the race ({DEFAULT_SURFACE!r})"
    )
    parser.add_argument("--start", help="X,Y of the race (default: the surface's own start)")
    parser.add_argument(
        "--steps", type=int, default=DEFAULT_STEPS, help=f"race steps, 1 to {MAX_STEPS:,} (500)"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"time limit per rule ({DEFAULT_TIMEOUT:g})",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")


def checked_file(path: str) -> str:
    """`path` if it is a readable UTF-8 Python file, else UsageError."""
    if not os.path.isfile(path):
        raise UsageError(f"{path!r} does not exist or is not a file")
    if not path.lower().endswith(".py"):
        raise UsageError(f"{path!r} is not a Python file (.py)")
    try:
        with open(path, encoding="utf-8") as stream:
            text = stream.read()
    except OSError as error:
        raise UsageError(f"cannot read {path!r}: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise UsageError(f"{path!r} is not a Python file (not UTF-8 text)") from None
    if "\0" in text:
        raise UsageError(f"{path!r} is not a Python file (it holds NUL bytes)")
    return path


def checked_rules(text: str | None) -> list[str] | None:
    if text is None:
        return None
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in RULES]
    if unknown or not names:
        raise UsageError(f"--rules {text!r}: unknown rule {unknown[0] if unknown else ''!r}; "
                         f"choose from {', '.join(RULES)}")  # fmt: skip
    return list(dict.fromkeys(names))


def execute(args) -> int:
    path = checked_file(args.file)
    rules = checked_rules(args.rules)
    surface = parse_surface(args.surface)
    start = parse_start(args.start) if args.start is not None else surface.start
    if not 1 <= args.steps <= MAX_STEPS:
        raise UsageError(f"--steps {args.steps} must be from 1 to {MAX_STEPS:,}")
    if not (math.isfinite(args.timeout) and 0 < args.timeout <= 3600):
        raise UsageError(f"--timeout {args.timeout:g} must be a number of seconds, 0 to 3600")
    verdicts = check_file(path, rules, args.surface, start, args.steps, args.timeout)
    if args.format == "json":
        report = {"file": path, "rules": [verdict.as_json() for verdict in verdicts]}
        sys.stdout.write(json.dumps(report, ensure_ascii=False, allow_nan=False) + "\n")
    else:
        sys.stdout.write("".join(f"{v.verdict:<8}{v.message}\n" for v in verdicts))
    return 0 if all(verdict.verdict == "match" for verdict in verdicts) else EXIT_DIFFERS
