"""Where a table goes: stdout or a file replaced atomically, with a path checked up front."""

from __future__ import annotations

import os
import sys

from engine.atomic import write_text


class OutputError(ValueError):
    """An output path that cannot be written; the message names the path and the reason."""


def write_output(write, path: str | None) -> None:
    """Call `write(stream)` on stdout, or replace `path` atomically (no reader sees half a file)."""
    if path is None:
        write(sys.stdout)
        return
    try:
        write_text(path, write, newline="")
    except OSError as error:
        raise OutputError(f"cannot write {path!r}: {error.strerror or error}") from None


def check_writable(path: str) -> None:
    """Refuse an output path that cannot work before spending time on the run."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise OutputError(f"cannot write {path!r}: folder {folder!r} does not exist")
    if os.path.isdir(path):
        raise OutputError(f"cannot write {path!r}: it is a folder")
    if not os.access(folder, os.W_OK):
        raise OutputError(f"cannot write {path!r}: folder {folder!r} is not writable")
