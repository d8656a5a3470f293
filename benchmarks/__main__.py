"""Run the benchmarks (`python -m benchmarks [NAME...]`), print each against its baseline."""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import statistics
import sys
import traceback
from pathlib import Path

import benchmarks
from benchmarks import BENCHMARKS, Benchmark, Skip

RESULTS = Path(__file__).resolve().parent.parent / "bench-results.json"


def discover() -> None:
    """Import every benchmarks/bench_*.py module so its @benchmark functions register."""
    for module in pkgutil.iter_modules(benchmarks.__path__):
        if module.name.startswith("bench_"):
            importlib.import_module(f"{benchmarks.__name__}.{module.name}")


def summary(samples: list[float]) -> dict:
    return {"value": statistics.median(samples), "min": min(samples), "max": max(samples)}


def run(bench: Benchmark) -> dict:
    """One warm-up call each, then `repeats` rounds of the benchmark followed by its baselines.

    Interleaving puts a baseline's samples next to the figure's: a burst of load from
    another process slows both, which the ratio then cancels out.
    """
    head = {"unit": bench.unit, "target": bench.target, "lower_is_better": bench.lower_is_better}
    try:
        bench.measure()
    except Skip as reason:
        return {**head, "value": None, "ok": True, "skipped": str(reason)}
    samples: dict[str, list[float]] = {bench.name: []}
    skipped: dict[str, str] = {}
    for base in bench.baselines:
        try:
            base.measure()
            samples[base.name] = []
        except Skip as reason:
            skipped[base.name] = str(reason)
    live = [base for base in bench.baselines if base.name in samples]
    for _ in range(bench.repeats):
        samples[bench.name].append(float(bench.measure()))
        for base in live:
            samples[base.name].append(float(base.measure()))
    result = {**head, **summary(samples[bench.name]), "repeats": bench.repeats}
    result["ok"] = bench.meets(result["value"])
    result["baselines"] = []
    for base in bench.baselines:
        if base.name in skipped:
            result["baselines"].append({"name": base.name, "skipped": skipped[base.name]})
            continue
        entry = {"name": base.name, **summary(samples[base.name])}
        entry["ratio"] = result["value"] / entry["value"] if entry["value"] else None
        result["baselines"].append(entry)
    first = next((entry for entry in result["baselines"] if "skipped" not in entry), None)
    result["baseline"] = None if first is None else {k: v for k, v in first.items() if k != "ratio"}
    result["ratio"] = None if first is None else first["ratio"]
    return result


def merge(results: dict[str, dict], path: Path | None = None) -> dict[str, dict]:
    """Write `results` over what the file already holds, so separate runs add up."""
    path = RESULTS if path is None else path
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


def spread(result: dict) -> str:
    return f"{number(result['min'])} – {number(result['max'])}"


HEADER = f"{'benchmark':34} {'median':>14} {'min – max':>25} {'unit':17} {'target':>12}  verdict"


def rows(name: str, result: dict) -> list[str]:
    """The figure's line, then one line per baseline with value / baseline."""
    if "error" in result:
        return [f"{name:34} ERROR: {result['error']}"]
    if "skipped" in result:
        return [f"{name:34} skipped: {result['skipped']}"]
    sign = "≤" if result["lower_is_better"] else "≥"
    target = "-" if result["target"] is None else f"{sign} {number(result['target'])}"
    verdict = "ok" if result["ok"] else "MISSED"
    value = number(result["value"])
    unit = result["unit"]
    lines = [f"{name:34} {value:>14} {spread(result):>25} {unit:17} {target:>12}  {verdict}"]
    better = "lower" if result["lower_is_better"] else "higher"
    for entry in result["baselines"]:
        label = f"  vs {entry['name']}"
        if "skipped" in entry:
            lines.append(f"{label:34} skipped: {entry['skipped']}")
            continue
        ratio = "-" if entry["ratio"] is None else f"{entry['ratio']:.3g}×"
        lines.append(
            f"{label:34} {number(entry['value']):>14} {spread(entry):>25} "
            f"{'ratio ' + ratio:17} ({better} is better)"
        )
    return lines


def quiet_offscreen_notice() -> None:
    """Drop the offscreen platform's one harmless notice, which would bury the table."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind, _context, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def measure_all(names: list[str]) -> dict[str, dict]:
    """Run the named benchmarks in order, printing each as it finishes."""
    results = {}
    for name in names:
        try:
            results[name] = run(BENCHMARKS[name])
        except Exception as error:  # one broken benchmark must not hide the others' figures
            traceback.print_exc()
            why = f"{type(error).__name__}: {error}"
            results[name] = {"value": None, "ok": False, "error": why}
        print("\n".join(rows(name, results[name])), flush=True)
    return results


def report(results: dict[str, dict]) -> tuple[list[str], list[str]]:
    """Print the misses and errors at the end; return their names."""
    missed = [name for name, r in results.items() if not r["ok"] and "error" not in r]
    errors = [name for name, r in results.items() if "error" in r]
    for name in missed:
        r = results[name]
        sign = "≤" if r["lower_is_better"] else "≥"
        target = f"{sign} {number(r['target'])}"
        print(f"MISSED {name}: {number(r['value'])} {r['unit']} (target {target})")
    for name in errors:
        print(f"ERROR {name}: {results[name]['error']}")
    if not missed and not errors:
        print("every figure met its target")
    return missed, errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when any figure misses its target"
    )
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
    names = args.names or list(BENCHMARKS)
    # dict.fromkeys: each hook once, in order, even when many figures share it
    for hook in dict.fromkeys(h for name in names for h in BENCHMARKS[name].hooks()):
        hook()
    print(HEADER)
    results = measure_all(names)
    merge(results)
    print(f"results merged into {RESULTS}")
    missed, errors = report(results)
    # A miss is news, not a failure of the run, unless asked for; a crash is always a failure.
    if errors:
        return 2
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
