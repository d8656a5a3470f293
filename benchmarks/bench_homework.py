"""Homework benchmark: `check-optim` on four correct rules, child process start included."""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks import benchmark
from engine.homework.check import check_file

STUDENT = Path(__file__).resolve().parent.parent / "tests" / "homework_files" / "correct.py"
RULES = ("sgd", "sgd_momentum", "rmsprop", "adam")
STEPS = 500


@benchmark("check_optim_s", unit="s", target=2.0, repeats=3)
def check_optim_s() -> float:
    """Unit check + 500-step race of sgd, sgd_momentum, rmsprop and adam, one child process."""
    began = time.perf_counter()
    verdicts = check_file(str(STUDENT), RULES, steps=STEPS)
    seconds = time.perf_counter() - began
    if any(verdict.verdict != "match" for verdict in verdicts):
        raise RuntimeError(f"the benchmark's rules must match: {verdicts}")
    return seconds
