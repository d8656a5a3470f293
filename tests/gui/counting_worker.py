"""A MapWorker that counts its progress reports: blocks of work, before and after a cancel."""

from __future__ import annotations

import threading

from gui.maps.worker import MapWorker


class CountingWorker(MapWorker):
    """Each progress report marks one finished block, so cancel promptness is counted in work.

    Install it with `monkeypatch.setattr(gui.maps.worker, "MapWorker", CountingWorker)` (the
    WorkerSlot builds its workers there); the last one built is `CountingWorker.last`.
    """

    last: CountingWorker | None = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.before, self.after, self.threads = 0, 0, set()
        self._lock = threading.Lock()
        CountingWorker.last = self

    def _report(self, fraction: float) -> None:  # the worker thread
        with self._lock:
            self.threads.add(threading.get_ident())
            if self.is_cancelled():
                self.after += 1
            else:
                self.before += 1
        super()._report(fraction)
