"""The one exception a long computation raises to stop early once it was asked to."""

from __future__ import annotations


class Cancelled(Exception):  # noqa: N818 (a request to stop, not an error)
    """Raised by a long computation (a basin map, a worker's compute) once is_cancelled()
    turned true before it finished."""
