"""Start Descent Lab: the window with no arguments, a command-line sub-command otherwise."""

from __future__ import annotations

import os
import sys

import cli

GUI_OPTIONS = ("--preset", "--session", "--lang")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0].split("=")[0] in GUI_OPTIONS:
        return start_gui(argv)
    # A terminal that cannot show a formula's symbols gets escapes instead of a traceback.
    sys.stdout.reconfigure(errors="backslashreplace")
    try:
        return cli.main(argv)
    except BrokenPipeError:
        # The reader (e.g. `| head`) left early: stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def gui_parser() -> cli.Parser:
    parser = cli.Parser(prog="main.py", description="Open the Descent Lab window.")
    parser.add_argument("--preset", metavar="NAME", help="open one of the lecture's presets")
    parser.add_argument("--session", metavar="FILE", help="open a saved session file")
    parser.add_argument("--lang", choices=("en", "ko"), help="language of the interface")
    return parser


def start_gui(argv: list[str]) -> int:
    try:
        options = gui_parser().parse_args(argv)
    except cli.UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return cli.EXIT_BAD_INPUT
    from gui import app  # imported here so the command line never loads Qt

    return app.main(options) or 0


if __name__ == "__main__":
    sys.exit(main())
