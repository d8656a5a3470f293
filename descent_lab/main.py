"""Start Descent Lab: the window with no arguments (or a FILE), a sub-command otherwise."""

from __future__ import annotations

import os
import sys

from descent_lab import cli

GUI_OPTIONS = ("--preset", "--session", "--lang")
INSTALL_DESKTOP = "--install-desktop"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv == [INSTALL_DESKTOP]:
        from descent_lab import desktop

        return desktop.main()
    if opens_window(argv):
        return start_gui(argv)
    # A terminal that cannot show a formula's symbols gets escapes instead of a traceback.
    sys.stdout.reconfigure(errors="backslashreplace")
    try:
        return cli.main(argv)
    except BrokenPipeError:
        # The reader (e.g. `| head`) left early: stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def opens_window(argv: list[str]) -> bool:
    """No arguments, a window option, or a file to open (what "Open with" and a double-click pass).

    A first word that names no file and does not end in .json stays a sub-command, so a typo
    such as `descent-lab lsit` is reported by the command line instead of opening a window.
    """
    if not argv or argv[0].split("=")[0] in GUI_OPTIONS:
        return True
    first = argv[0]
    if first.startswith("-") or first in cli.command_names():
        return False
    return first.lower().endswith(".json") or os.path.isfile(first)


def gui_parser() -> cli.Parser:
    parser = cli.Parser(description="Open the Descent Lab window.")
    parser.add_argument("file", nargs="?", metavar="FILE", help="a saved session to open")
    parser.add_argument("--preset", metavar="NAME", help="open one of the lecture's presets")
    parser.add_argument("--session", metavar="FILE", help="open a saved session file")
    parser.add_argument("--lang", choices=("en", "ko"), help="language of the interface")
    return parser


def gui_options(argv: list[str]):
    """The window's options; a bare FILE is the same as --session FILE."""
    options = gui_parser().parse_args(argv)
    if options.file is not None:
        if options.session is not None:
            raise cli.UsageError("give the session either as FILE or with --session, not both")
        options.session = options.file
    return options


def start_gui(argv: list[str]) -> int:
    try:
        options = gui_options(argv)
    except cli.UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return cli.EXIT_BAD_INPUT
    from gui import app  # imported here so the command line never loads Qt

    return app.main(options) or 0


if __name__ == "__main__":
    sys.exit(main())
