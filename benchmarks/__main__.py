"""Run the benchmarks (`python -m benchmarks [NAME...]`), print a table, merge the results file."""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import statistics
import sys
from pathlib import Path

import benchmarks
from benchmarks import BENCHMARKS, Benchmark, Skip

RESULTS = Path(__file__).resolve().parent.parent / "bench-results.json"


def discover() -> None:
    """Import every benchmarks/bench_*.py module so its @benchmark functions register."""
    for module in pkgutil.iter_modules(benchmarks.__path__):
        if module.name.startswith("bench_"):
            importlib.import_module(f"{benchmarks.__name__}.{module.name}")


def run(bench: Benchmark) -> dict:
    """One warm-up call, then `repeats` measurements summarised by median and range."""
    try:
        bench.measure()
        samples = [float(bench.measure()) for _ in range(bench.repeats)]
    except Skip as reason:
        return {
            "value": None,
            "unit": bench.unit,
            "target": bench.target,
            "ok": True,
            "skipped": str(reason),
        }
    value = statistics.median(samples)
    return {
        "value": value,
        "unit": bench.unit,
        "target": bench.target,
        "ok": bench.meets(value),
        "min": min(samples),
        "max": max(samples),
        "repeats": len(samples),
        "lower_is_better": bench.lower_is_better,
    }


def merge(results: dict[str, dict], path: Path = RESULTS) -> dict[str, dict]:
    """Write `results` over what the file already holds, so separate runs add up."""
    try:
        merged = json.loads(path.read_text())
        if not isinstance(merged, dict):
            merged = {}
    except (OSError, ValueError):
        merged = {}
    merged.update(results)
    path.write_text(json.dumps(merged, indent=2, sort_keys=True) + "\n")
    return merged


def number(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.3g}"


def row(name: str, result: dict) -> str:
    if "skipped" in result:
        return f"{name:32} {'skipped: ' + result['skipped']}"
    spread = f"{number(result['min'])} – {number(result['max'])}"
    sign = "≤" if result["lower_is_better"] else "≥"
    target = "-" if result["target"] is None else f"{sign} {number(result['target'])}"
    verdict = "ok" if result["ok"] else "MISSED"
    value = number(result["value"])
    return f"{name:32} {value:>14} {spread:>27} {result['unit']:18} {target:>12}  {verdict}"


def quiet_offscreen_notice() -> None:
    """Drop the offscreen platform's one harmless notice, which would bury the table."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind, _context, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    args = parser.parse_args(argv)
    quiet_offscreen_notice()
    discover()
    unknown = sorted(set(args.names) - set(BENCHMARKS))
    if unknown:
        parser.error(
            f"unknown benchmark {', '.join(unknown)}; known: {', '.join(sorted(BENCHMARKS))}"
        )
    if args.list:
        print("\n".join(sorted(BENCHMARKS)))
        return 0
    print(f"{'benchmark':32} {'median':>14} {'min – max':>27} {'unit':18} {'target':>12}")
    results = {}
    for name in args.names or list(BENCHMARKS):
        results[name] = run(BENCHMARKS[name])
        print(row(name, results[name]), flush=True)
    merge(results)
    print(f"results merged into {RESULTS}")
    return 0 if all(result["ok"] for result in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
