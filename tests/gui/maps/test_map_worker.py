"""MapWorker: results, failures, progress and prompt cancellation, all off the GUI thread."""

import threading
import time

import pytest

from gui.maps.worker import Cancelled, MapWorker


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


class Endless:
    """Loops until cancelled, then raises Cancelled or returns a partial result."""

    def __init__(self, raises: bool):
        self.raises = raises

    def __call__(self, progress, is_cancelled):
        while True:
            if is_cancelled():
                if self.raises:
                    raise Cancelled
                return "partial"
            time.sleep(0.001)


@pytest.mark.parametrize("raises", [True, False], ids=["raises", "returns"])
def test_cancel_stops_the_work_and_drops_the_result(qtbot, raises):
    compute = Endless(raises)
    worker = MapWorker(compute)
    seen = Recorder(worker)
    worker.start()
    qtbot.waitUntil(worker.isRunning, timeout=5000)
    with qtbot.waitSignal(worker.cancelled, timeout=5000):
        worker.cancel()
    assert worker.wait(5000)  # a ceiling only a hang reaches
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
