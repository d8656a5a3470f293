"""MapWorker: results, failures, progress and prompt cancellation, all off the GUI thread."""

import threading
import time

import pytest

from gui.map_worker import Cancelled, MapWorker


class Recorder:
    """Collects what a worker emits (bound methods: no lambdas on signals)."""

    def __init__(self, worker: MapWorker):
        self.progress, self.results, self.failures, self.cancels = [], [], [], 0
        worker.progressed.connect(self.on_progressed)
        worker.finished_with.connect(self.on_finished)
        worker.failed.connect(self.on_failed)
        worker.cancelled.connect(self.on_cancelled)

    def on_progressed(self, fraction):
        self.progress.append(fraction)

    def on_finished(self, result):
        self.results.append(result)

    def on_failed(self, message):
        self.failures.append(message)

    def on_cancelled(self):
        self.cancels += 1


def counting(progress, is_cancelled):
    for i in range(10):
        progress((i + 1) / 10)
    return threading.get_ident()


def test_result_arrives_from_another_thread_with_rising_progress(qtbot):
    worker = MapWorker(counting)
    seen = Recorder(worker)
    with qtbot.waitSignal(worker.finished_with, timeout=5000):
        worker.start()
    worker.wait()
    assert seen.results and seen.results[0] != threading.get_ident()
    assert seen.progress == sorted(seen.progress) and seen.progress[-1] == 1.0
    assert seen.failures == [] and seen.cancels == 0


def failing(progress, is_cancelled):
    raise ValueError("lr must be positive\n  (got -1)")


def test_an_exception_becomes_one_line_failure(qtbot):
    worker = MapWorker(failing)
    seen = Recorder(worker)
    with qtbot.waitSignal(worker.failed, timeout=5000):
        worker.start()
    worker.wait()
    assert seen.failures == ["ValueError: lr must be positive (got -1)"]
    assert seen.results == [] and seen.cancels == 0


def endless(progress, is_cancelled):
    while True:
        if is_cancelled():
            raise Cancelled
        time.sleep(0.001)


def returns_when_cancelled(progress, is_cancelled):
    while not is_cancelled():
        time.sleep(0.001)
    return "partial"


@pytest.mark.parametrize("compute", [endless, returns_when_cancelled])
def test_cancel_stops_promptly_and_drops_the_result(qtbot, compute):
    worker = MapWorker(compute)
    seen = Recorder(worker)
    worker.start()
    qtbot.wait(20)
    began = time.perf_counter()
    with qtbot.waitSignal(worker.cancelled, timeout=2000):
        worker.cancel()
    assert worker.wait(1000)
    assert time.perf_counter() - began < 0.5
    assert seen.cancels == 1 and seen.results == [] and seen.failures == []


def test_restart_after_cancel_computes_again(qtbot):
    worker = MapWorker(counting)
    worker.cancel()  # a cancel before start must not stop the next run
    seen = Recorder(worker)
    with qtbot.waitSignal(worker.finished_with, timeout=5000):
        worker.start()
    worker.wait()
    assert len(seen.results) == 1


def flooding(progress, is_cancelled):
    for i in range(100_000):
        progress(i / 100_000)
    return None


def test_progress_is_throttled(qtbot):
    worker = MapWorker(flooding)
    seen = Recorder(worker)
    with qtbot.waitSignal(worker.finished_with, timeout=5000):
        worker.start()
    worker.wait()
    qtbot.wait(10)
    assert 0 < len(seen.progress) <= 1 / 0.005 + 2
