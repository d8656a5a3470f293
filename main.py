"""Start Descent Lab: the window with no arguments, a command-line sub-command otherwise."""

from __future__ import annotations

import os
import sys

import cli


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        return start_gui()
    # A terminal that cannot show a formula's symbols gets escapes instead of a traceback.
    sys.stdout.reconfigure(errors="backslashreplace")
    try:
        return cli.main(argv)
    except BrokenPipeError:
        # The reader (e.g. `| head`) left early: stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def start_gui() -> int:
    from gui import app  # imported here so the command line never loads Qt

    return app.main() or 0


if __name__ == "__main__":
    sys.exit(main())
