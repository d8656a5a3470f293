"""Start-up: from launching a Python process to the main plot's first paint."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import benchmark

ROOT = Path(__file__).resolve().parent.parent


@benchmark("startup_s", unit="s", target=1.5, repeats=5)
def startup_s() -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.startup_probe"],
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
