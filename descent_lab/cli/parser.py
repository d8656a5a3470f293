"""The argument parser: its errors are exceptions, and every sub-command adds itself."""

from __future__ import annotations

import argparse

from descent_lab.cli.errors import UsageError


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are exceptions, so main() prints them on one line."""

    def error(self, message):
        raise UsageError(message)


def build_parser(commands) -> Parser:
    """The parser of `descent-lab COMMAND ...`, each of `commands` adding its sub-parser."""
    parser = Parser(description="Descent Lab: gradient-descent optimizers on 2-D loss surfaces.")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in commands:
        command.register(subparsers)
    return parser


def join_start(argv: list[str]) -> list[str]:
    """Make `--start -1.5,2` read as `--start=-1.5,2` (argparse takes -1.5,2 for an option)."""
    joined, index = [], 0
    while index < len(argv):
        token = argv[index]
        if token == "--start" and index + 1 < len(argv) and not argv[index + 1].startswith("--"):
            joined.append(f"--start={argv[index + 1]}")
            index += 2
            continue
        joined.append(token)
        index += 1
    return joined
