"""Run one long computation (a basin map, a sweep) off the GUI thread, with progress and cancel.

Usage::

    def compute(progress, is_cancelled):      # runs in the worker thread
        for i, block in enumerate(blocks):
            if is_cancelled():
                raise Cancelled               # or just return early: the result is dropped
            ...                               # numpy work releases the GIL
            progress((i + 1) / len(blocks))   # a fraction in [0, 1]
        return result

    worker = MapWorker(compute, parent)
    worker.progressed.connect(...)            # float in [0, 1]
    worker.finished_with.connect(...)         # the object compute returned
    worker.failed.connect(...)                # one-line message of the exception compute raised
    worker.cancelled.connect(...)             # cancel() was called before compute ended
    worker.start()
    worker.cancel()                           # returns at once; compute sees is_cancelled()

Exactly one of finished_with, failed, cancelled is emitted per start(). Signals are
emitted from the worker thread and delivered queued to receivers living in the GUI
thread. Never let a running worker be destroyed: cancel() then wait() before its owner
goes away (Qt aborts the process on a running QThread's destruction).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QThread, Signal

ProgressCallback = Callable[[float], None]
CancelCheck = Callable[[], bool]

# Progress is forwarded only in steps of at least this much, so a compute reporting per
# item cannot flood the GUI thread's event queue.
PROGRESS_RESOLUTION = 0.005


class Cancelled(Exception):  # noqa: N818 (a signal to stop, not an error)
    """Raised by a compute function to stop early once is_cancelled() is true."""


class MapWorker(QThread):
    """A QThread calling compute(progress, is_cancelled) once per start()."""

    progressed = Signal(float)
    finished_with = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, compute: Callable[[ProgressCallback, CancelCheck], object], parent=None):
        super().__init__(parent)
        self._compute = compute
        self._stop = threading.Event()
        self._last_progress = -1.0

    def cancel(self) -> None:
        """Ask compute to stop; the worker emits cancelled() once it has."""
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def start(self, *args) -> None:
        self._stop.clear()
        self._last_progress = -1.0
        super().start(*args)

    def run(self) -> None:  # the worker thread
        try:
            result = self._compute(self._report, self._stop.is_set)
        except Cancelled:
            self.cancelled.emit()
            return
        except Exception as error:  # any failure becomes a message, never a dead thread
            if self._stop.is_set():
                self.cancelled.emit()
            else:
                self.failed.emit(f"{type(error).__name__}: {' '.join(str(error).split())}")
            return
        if self._stop.is_set():
            self.cancelled.emit()
        else:
            self.finished_with.emit(result)

    def _report(self, fraction: float) -> None:
        fraction = min(max(float(fraction), 0.0), 1.0)
        if fraction >= 1.0 or fraction - self._last_progress >= PROGRESS_RESOLUTION:
            self._last_progress = fraction
            self.progressed.emit(fraction)
