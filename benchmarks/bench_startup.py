"""Start-up: from launching a Python process to the main plot's first paint, vs an empty window."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import baseline, benchmark

ROOT = Path(__file__).resolve().parent.parent


def time_to_first_paint(*flags: str) -> float:
    """Seconds from starting the probe process until it reports its first paint."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.startup_probe", *flags],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait(timeout=30)
    if line.strip() != "painted":
        raise RuntimeError("the window never painted")
    return elapsed


@baseline("empty_window_startup_s")
def empty_window_startup_s() -> float:
    """The same launch showing a bare 1280×800 QMainWindow: Python and Qt's own share."""
    return time_to_first_paint("--empty")


@benchmark("startup_s", unit="s", target=1.5, repeats=5, baselines=(empty_window_startup_s,))
def startup_s() -> float:
    """Launch to the main plot's first paint, with the app's real window."""
    return time_to_first_paint()
