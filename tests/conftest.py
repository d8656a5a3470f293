"""Suite-wide hygiene: collect garbage between tests only, and fail a test that leaks Qt.

Why: a generation-2 collection over a large heap pauses for hundreds of milliseconds and,
run at a random moment, may destroy Qt objects mid-paint or from a worker thread. So the
automatic collector is off for the whole run (as in the app, see gui/garbage.py), and every
test ends with: its windows closed and deleted, Qt's deferred deletions delivered
(pytest-qt's processEvents() does not, pytest-qt #498), its threads finished, a check that
nothing it made is still alive, and one collection; the next test begins by freezing what
survived, so its checks and collections look only at what it makes.
"""

from __future__ import annotations

import gc
import itertools
import sys

import pytest


def pytest_collection_modifyitems(items):
    """The slow tests first (a stable sort keeps the rest in order): two workers then share
    them from the start, and no worker ends the run on a 20-second test while the other
    sits idle. Longest first is the classic rule for finishing a batch soonest."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


def pytest_collection_finish(session):
    gc.collect()
    gc.freeze()  # what collection imported lives for the whole run: never scan it again
    gc.disable()


def _application():
    """The running QApplication, or None when no test has needed Qt yet."""
    if "PySide6.QtWidgets" not in sys.modules:
        return None
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


def flush_deferred_deletions() -> None:
    """Carry out every pending deleteLater(), including those that deletions post."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(4):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def _windows(app) -> dict[int, object]:
    return {id(widget): widget for widget in app.topLevelWidgets()}


def _alive(obj) -> bool:
    from shiboken6 import Shiboken

    return Shiboken.isValid(obj)


def _running_threads_and_timers() -> list[str]:
    """Qt threads still running and timers still active among the objects Python holds."""
    from PySide6.QtCore import QThread, QTimer

    found = []
    for obj in gc.get_objects():
        if isinstance(obj, QThread) and _alive(obj) and obj.isRunning():
            obj.wait(5000)  # never let it be destroyed while running: Qt would abort
            found.append(f"a running thread ({type(obj).__name__})")
        elif isinstance(obj, QTimer) and _alive(obj) and obj.isActive():
            obj.stop()
            found.append(f"an active timer ({obj.objectName() or 'unnamed'})")
    return found


FULL_COLLECTION_EVERY = 200  # tests
_tests_begun = itertools.count(1)


def _collect_and_freeze() -> None:
    """Free what the last test left (pytest has dropped its fixtures by the next setup),
    then freeze the survivors: this test's checks and collections then look only at the
    objects it makes, not at the whole heap again (10 ms a test saved). Now and then
    everything is thawed and collected, so a cycle that died after its freeze is freed."""
    if next(_tests_begun) % FULL_COLLECTION_EVERY == 0:
        gc.unfreeze()
    gc.collect()
    gc.freeze()


@pytest.fixture(autouse=True)
def qt_leak_guard():
    """Clean up after each test and fail it if it left a window, thread or timer behind."""
    _collect_and_freeze()
    app = _application()
    before = _windows(app) if app is not None else {}
    yield
    app = _application()
    if app is None:
        return
    # pytest-qt has closed and deleteLater()'d the widgets registered with qtbot by now.
    flush_deferred_deletions()
    problems = _running_threads_and_timers()
    gc.collect()
    flush_deferred_deletions()
    leaked = [w for key, w in _windows(app).items() if key not in before and _alive(w)]
    problems += [f"a top-level {type(w).__name__} {w.objectName()!r}" for w in leaked[:5]]
    for widget in leaked:
        if _alive(widget):  # a child of an earlier one may have gone with it
            widget.close()
            widget.deleteLater()
    flush_deferred_deletions()
    if len(leaked) > 5:
        problems.append(f"and {len(leaked) - 5} more top-level widgets")
    gc.collect()
    if problems:
        pytest.fail("the test left behind: " + "; ".join(problems), pytrace=False)
