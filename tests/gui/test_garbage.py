"""The app's garbage collector: automatic collection off, collection from the event loop."""

import gc

from gui.garbage import GarbageCollector


class Cycle:
    def __init__(self):
        self.me = self


def test_start_turns_the_automatic_collector_off_and_stop_turns_it_back_on(qapp):
    collector = GarbageCollector()
    was_enabled = gc.isenabled()
    gc.enable()
    try:
        collector.start()
        assert not gc.isenabled()
        collector.stop()
        assert gc.isenabled()
    finally:
        collector.stop()
        if not was_enabled:
            gc.disable()


def test_check_frees_cycles_once_a_threshold_is_passed(qapp):
    collector = GarbageCollector()
    gc.collect()
    survivors = [Cycle() for _ in range(gc.get_threshold()[0] + 10)]
    del survivors
    garbage_before = len(gc.get_objects(generation=0))
    collector.check()
    assert collector.collections == 1
    assert len(gc.get_objects(generation=0)) < garbage_before


def test_check_does_nothing_below_the_thresholds(qapp):
    collector = GarbageCollector()
    gc.collect()
    collector.check()
    assert collector.collections == 0


def test_the_timer_calls_check_from_the_event_loop(qtbot):
    collector = GarbageCollector(interval_ms=10)
    calls = []
    collector._timer.timeout.connect(lambda: calls.append(1))
    collector.start()
    try:
        qtbot.waitUntil(lambda: len(calls) >= 2, timeout=5000)
    finally:
        collector.stop()
        gc.disable()  # the suite runs with automatic collection off (tests/conftest.py)
