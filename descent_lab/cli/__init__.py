"""The command line: one module per sub-command, listed in COMMANDS.

A command module defines `NAME`, `register(subparsers)` (adds its parser) and
`execute(args)` (returns None or an exit status; raises UsageError or ValueError for bad
input, which main() prints as one line with exit status 2).
"""

from __future__ import annotations

import sys

from descent_lab.cli import basin, check_optim, export, listing, run, sweep, tune
from descent_lab.cli.errors import EXIT_BAD_INPUT, UsageError
from descent_lab.cli.parser import Parser, build_parser, join_start

__all__ = ["COMMANDS", "EXIT_BAD_INPUT", "Parser", "UsageError", "main", "print_help"]

COMMANDS = (listing, run, basin, check_optim, export, sweep, tune)


def command_names() -> set[str]:
    return {command.NAME for command in COMMANDS}


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (2 for any bad input)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        args = build_parser(COMMANDS).parse_args(join_start(argv))
        command = next(command for command in COMMANDS if args.command == command.NAME)
        return command.execute(args) or 0  # a command may return 1
    except (UsageError, ValueError) as error:
        print(f"error: {' '.join(str(error).split())}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except SystemExit as done:  # --help and --version exit through argparse
        return done.code if isinstance(done.code, int) else 0


def print_help(file=None) -> None:
    build_parser(COMMANDS).print_help(file)
