"""The suite's leak guard (tests/conftest.py) fails a test that leaves Qt things alive."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRATCH = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

kept = []


def test_leaks_a_window_and_a_timer(qapp):
    window = QWidget()
    window.setObjectName("forgotten")
    window.show()
    timer = QTimer()
    timer.setObjectName("ticking")
    timer.start(1000)
    kept.extend([window, timer])


def test_cleans_up(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
"""


def test_a_leaked_window_and_timer_fail_their_test_and_only_theirs(tmp_path):
    scratch = tmp_path / "test_scratch.py"
    scratch.write_text(SCRATCH, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.conftest", "-p", "no:cacheprovider",
         "-o", "addopts=", "-q", str(scratch)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    report = done.stdout + done.stderr
    assert done.returncode == 1, report
    assert "1 error" in report and "2 passed" in report, report  # the guard errs in teardown
    assert "the test left behind" in report and "'forgotten'" in report, report
    assert "an active timer (ticking)" in report, report
