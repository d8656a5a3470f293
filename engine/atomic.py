"""Replace files atomically: a reader sees the old file or the whole new one, never half."""

from __future__ import annotations

import contextlib
import os
import tempfile


@contextlib.contextmanager
def replacing(path):
    """Yield a temporary path beside `path`, moved onto `path` only if the block succeeds.

    A cancelled or failed write leaves no partial file and the old one untouched; the
    new file keeps the mode of the one it replaces.
    """
    path = os.fspath(path)
    folder, suffix = os.path.dirname(os.path.abspath(path)), os.path.splitext(path)[1]
    handle, temp = tempfile.mkstemp(dir=folder, prefix=".descent-lab-", suffix=suffix)
    os.close(handle)
    try:
        yield temp
        os.chmod(temp, file_mode(path))
        os.replace(temp, path)
    finally:
        if os.path.exists(temp):
            os.remove(temp)


def write_text(path, write, newline: str | None = None) -> None:
    """Call `write(stream)` on a new text file and put it in place of `path` atomically."""
    with replacing(path) as temp, open(temp, "w", encoding="utf-8", newline=newline) as stream:
        write(stream)
        stream.flush()
        os.fsync(stream.fileno())  # on disk before the rename, so a crash leaves old or new


def file_mode(path) -> int:
    """Keep the mode of the file being replaced; a new file gets 0o666 minus the umask."""
    try:
        return os.stat(path).st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
