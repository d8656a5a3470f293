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

from PySide6.QtCore import QObject, QThread, Signal

from engine.run.cancel import Cancelled  # noqa: F401  (what compute raises to stop early)

ProgressCallback = Callable[[float], None]
CancelCheck = Callable[[], bool]

# Progress is forwarded only in steps of at least this much, so a compute reporting per
# item cannot flood the GUI thread's event queue.
PROGRESS_RESOLUTION = 0.005


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


class WorkerSlot(QObject):
    """One feature's computation off the GUI thread, shared by the basin map, the sweep map
    and the tuner: at most one current worker; a cancelled or replaced worker's signals never
    reach the feature; every thread is waited for before its owner goes away."""

    def __init__(self, parent: QObject, on_progress, on_result, on_failure):
        super().__init__(parent)
        self.worker: MapWorker | None = None
        self._retired: list[MapWorker] = []  # cancelled or done, their threads still running
        self._on_progress, self._on_result, self._on_failure = on_progress, on_result, on_failure

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def start(self, compute) -> MapWorker:
        """Cancel any running computation and start `compute(progress, is_cancelled)`."""
        self.cancel()
        worker = self.worker = MapWorker(compute, self)
        worker.progressed.connect(self._progressed)
        worker.finished_with.connect(self._finished_with)
        worker.failed.connect(self._failed)
        worker.finished.connect(self._thread_finished)
        worker.start()
        return worker

    def cancel(self) -> bool:
        """Stop the current computation, if any; its result will never be delivered."""
        if self.worker is None:
            return False
        self.worker.cancel()
        self._retire()
        return True

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Cancel and wait for every worker thread (a running QThread must not be destroyed)."""
        self.cancel()
        for worker in list(self._retired):
            worker.wait(timeout_ms)

    def _retire(self) -> None:
        self._retired.append(self.worker)
        self.worker = None

    def _progressed(self, fraction: float) -> None:
        if self.sender() is self.worker:
            self._on_progress(fraction)

    def _finished_with(self, result) -> None:
        if self.sender() is self.worker:
            self._retire()
            self._on_result(result)

    def _failed(self, message: str) -> None:
        if self.sender() is self.worker:
            self._retire()
            self._on_failure(message)

    def _thread_finished(self) -> None:
        worker = self.sender()
        if worker in self._retired:
            self._retired.remove(worker)
            worker.deleteLater()
