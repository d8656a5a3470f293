"""Collect Python's cyclic garbage on a timer in the GUI thread, never at a random moment.

The automatic collector runs whenever allocations pass a threshold: in a worker thread, or
in the middle of a paint, where freeing a cycle that holds Qt wrappers destroys Qt objects
in the wrong thread or under the painter's feet, and where a full collection of a large
heap stalls the frame. As pyqtgraph's util/garbage_collector.py does, the app turns the
automatic collector off and calls it from the event loop, between events, generation by
generation when each one's threshold has been passed.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GarbageCollector(QObject):
    """While alive and started, the only caller of gc.collect() in the process."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self.collections = 0  # how many collections this object ran, for tests
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setObjectName("garbage collector")
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    def check(self) -> None:
        """Collect the oldest generation whose allocation count passed its threshold."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                self.collections += 1
                return
