"""The command line: `list` what the engine offers, `run` one optimizer and print its table."""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import math
import os
import pkgutil
import sys

from engine.atomic import write_text
from engine.optimizers import OPTIMIZERS
from engine.params import params_of
from engine.presets import PRESETS, load_preset
from engine.schedules import SCHEDULES
from engine.simulate import MAX_STEPS, simulate
from engine.specs import parse_optimizer, parse_schedule, parse_surface
from engine.surfaces import SURFACES
from engine.table import write_csv, write_json

EXIT_BAD_INPUT = 2


class UsageError(Exception):
    """Bad input from the user: reported as one line on stderr, exit status 2."""


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are exceptions, so main() prints them on one line."""

    def error(self, message):
        raise UsageError(message)


def build_parser() -> Parser:
    parser = Parser(description="Descent Lab: gradient-descent optimizers on 2-D loss surfaces.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    listing = commands.add_parser(
        "list", help="surfaces, optimizers and schedules with their parameters"
    )
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    run = commands.add_parser("run", help="run one optimizer and print its table, frame by frame")
    run.add_argument("--surface", required=True, help="SPEC, e.g. 'quadratic(kappa=25, angle=30)'")
    run.add_argument("--optimizer", required=True, help="SPEC, e.g. 'adam(lr=0.01)'")
    run.add_argument("--schedule", default="constant", help="SPEC, e.g. 'step(step_size=50)'")
    run.add_argument("--start", help="X,Y (default: the surface's own start)")
    run.add_argument("--steps", type=int, default=500, help=f"updates, 0 to {MAX_STEPS:,} (500)")
    run.add_argument("--noise", type=float, default=0.0, help="std. dev. of gradient noise (0)")
    run.add_argument(
        "--seed", type=int, default=0, help="seed of the gradient noise and batch order (0)"
    )
    run.add_argument(
        "--batch-size",
        type=int,
        default=0,
        metavar="B",
        help="examples per mini-batch on linear_regression / logistic_regression (0: all)",
    )
    run.add_argument(
        "--momentum-schedule",
        metavar="SPEC",
        help="grow momentum / beta1: mu_t = 1 - (1 - mu)*factor(t), e.g. 'inverse_time(k=0.004)'",
    )
    run.add_argument("--format", choices=("csv", "json"), default="csv")
    run.add_argument("--out", help="write to FILE instead of stdout")
    for module in command_modules():
        module.register(commands)
    return parser


def command_modules() -> list:
    """Each module of the `commands` package adds one sub-command.

    A module defines `NAME`, `register(subparsers)` (adds its parser) and `execute(args)`
    (raises UsageError or ValueError for bad input), so a new command is a new file.
    """
    import commands

    names = sorted(info.name for info in pkgutil.iter_modules(commands.__path__))
    return [importlib.import_module(f"commands.{name}") for name in names]


def join_start(argv: list[str]) -> list[str]:
    """Make `--start -1.5,2` read as `--start=-1.5,2` (argparse takes -1.5,2 for an option)."""
    joined, index = [], 0
    while index < len(argv):
        token = argv[index]
        if token == "--start" and index + 1 < len(argv) and not argv[index + 1].startswith("--"):
            joined.append(f"--start={argv[index + 1]}")
            index += 2
            continue
        joined.append(token)
        index += 1
    return joined


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (2 for any bad input)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        args = build_parser().parse_args(join_start(argv))
        if args.command == "list":
            sys.stdout.write(list_text(args.json))
        elif args.command == "run":
            write_output(run_writer(args), args.out)
        else:
            modules = {module.NAME: module for module in command_modules()}
            return modules[args.command].execute(args) or 0  # a command may return 1
    except (UsageError, ValueError) as error:
        print(f"error: {' '.join(str(error).split())}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except SystemExit as done:  # --help and --version exit through argparse
        return done.code if isinstance(done.code, int) else 0
    return 0


def print_help(file=None) -> None:
    build_parser().print_help(file)


# --- run -------------------------------------------------------------------------------------


def run_writer(args):
    """Simulate now (so bad input fails before any output) and return what writes the table."""
    if args.out is not None:
        check_writable(args.out)
    surface = parse_surface(args.surface)
    optimizer = parse_optimizer(args.optimizer)
    schedule = parse_schedule(args.schedule)
    start = parse_start(args.start) if args.start is not None else surface.start
    if not 0 <= args.steps <= MAX_STEPS:
        raise UsageError(f"--steps {args.steps} must be from 0 to {MAX_STEPS:,}")
    if not (math.isfinite(args.noise) and args.noise >= 0):
        raise UsageError(f"--noise {args.noise} must be a finite number ≥ 0")
    if args.seed < 0:
        raise UsageError(f"--seed {args.seed} must be ≥ 0")
    momentum_schedule = (
        None if args.momentum_schedule is None else parse_schedule(args.momentum_schedule)
    )
    if args.batch_size < 0:
        raise UsageError(f"--batch-size {args.batch_size} must be ≥ 0 (0: the exact gradient)")
    run = simulate(
        surface,
        optimizer,
        start,
        args.steps,
        schedule,
        args.noise,
        args.seed,
        batch_size=args.batch_size,
        momentum_schedule=momentum_schedule,
    )
    write = write_json if args.format == "json" else write_csv
    return functools.partial(write, run)


def parse_start(text: str) -> tuple[float, float]:
    """`X,Y` as two finite floats."""
    parts = text.split(",")
    try:
        x, y = (float(part) for part in parts)
    except ValueError:
        raise UsageError(f"--start {text!r} must be two numbers X,Y, e.g. -1.5,2") from None
    if not (math.isfinite(x) and math.isfinite(y)):
        raise UsageError(f"--start {text!r} must be two finite numbers")
    return x, y


def write_output(write, path: str | None) -> None:
    """Call `write(stream)` on stdout, or replace `path` atomically (no reader sees half a file)."""
    if path is None:
        write(sys.stdout)
        return
    try:
        write_text(path, write, newline="")
    except OSError as error:
        raise UsageError(f"cannot write {path!r}: {error.strerror or error}") from None


def check_writable(path: str) -> None:
    """Refuse an output path that cannot work before spending time on the run."""
    folder = _folder(path)
    if not os.path.isdir(folder):
        raise UsageError(f"cannot write {path!r}: folder {folder!r} does not exist")
    if os.path.isdir(path):
        raise UsageError(f"cannot write {path!r}: it is a folder")
    if not os.access(folder, os.W_OK):
        raise UsageError(f"cannot write {path!r}: folder {folder!r} is not writable")


def _folder(path: str) -> str:
    return os.path.dirname(os.path.abspath(path))


# --- list ------------------------------------------------------------------------------------


def catalog() -> dict:
    """Everything `list --json` prints: surfaces, optimizers and schedules with their params."""
    return {
        "surfaces": [_surface_entry(cls) for cls in SURFACES.values()],
        "optimizers": [_optimizer_entry(cls) for cls in OPTIMIZERS.values()],
        "schedules": [_schedule_entry(cls) for cls in SCHEDULES.values()],
        "presets": [_preset_entry(name) for name in PRESETS],
    }


def _preset_entry(name: str) -> dict:
    preset = load_preset(name)
    return {"name": preset.name, "title": preset.title, "explanation": preset.explanation}


def _points(points) -> list[dict]:
    return [{"x": p.x, "y": p.y, "value": p.value} for p in points]


def _surface_entry(cls) -> dict:
    return {
        "name": cls.name,
        "title": cls.title,
        "formula": cls.formula,
        "about": cls.about,
        "bounds": list(cls.bounds),
        "start": list(cls.start),
        "minima": _points(cls.minima),
        "saddles": _points(cls.saddles),
        "params": [p.to_dict() for p in params_of(cls)],
    }


def _optimizer_entry(cls) -> dict:
    return {
        "name": cls.name,
        "title": cls.title,
        "rule": (cls.__doc__ or "").strip(),
        "params": [p.to_dict() for p in params_of(cls)],
        "state_fields": list(cls.state_fields()),
    }


def _schedule_entry(cls) -> dict:
    return {
        "name": cls.name,
        "formula": cls.formula,
        "params": [p.to_dict() for p in params_of(cls)],
    }


def list_text(as_json: bool) -> str:
    data = catalog()
    if as_json:
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    lines = ["SURFACES (--surface)"]
    for entry in data["surfaces"]:
        lines += _surface_lines(entry)
    lines += ["", "OPTIMIZERS (--optimizer)"]
    for entry in data["optimizers"]:
        lines += [f"  {entry['name']}: {entry['title']}"]
        lines += [f"      rule: {line.strip()}" for line in entry["rule"].splitlines()[:1]]
        lines += [f"      state: {', '.join(entry['state_fields']) or '(none)'}, t"]
        lines += _param_lines(entry["params"])
    lines += ["", "SCHEDULES (--schedule)"]
    for entry in data["schedules"]:
        lines += [f"  {entry['name']}: {entry['formula']}", *_param_lines(entry["params"])]
    lines += ["", "PRESETS (python main.py --preset NAME)"]
    lines += [f"  {entry['name']}: {entry['title']}" for entry in data["presets"]]
    lines += ["", 'A SPEC is a name or name(key=value, ...), e.g. "adam(lr=0.01, beta1=0.8)".']
    return "\n".join(lines) + "\n"


def _surface_lines(entry) -> list[str]:
    x_min, x_max, y_min, y_max = entry["bounds"]
    points = {"minima": entry["minima"], "saddles": entry["saddles"]}
    lines = [
        f"  {entry['name']}: {entry['title']}",
        f"      f(x, y) = {entry['formula']}",
        f"      bounds x in [{x_min:g}, {x_max:g}], y in [{y_min:g}, {y_max:g}];"
        f" start ({entry['start'][0]:g}, {entry['start'][1]:g})",
    ]
    for label, found in points.items():
        if found:
            listed = "; ".join(f"({p['x']:.6g}, {p['y']:.6g}) f={p['value']:.6g}" for p in found)
            lines.append(f"      {label}: {listed}")
    return lines + _param_lines(entry["params"])


def _param_lines(params) -> list[str]:
    lines = []
    for p in params:
        if p["kind"] in ("float", "int"):
            scale = ", log scale" if p["log"] else ""
            low, high = (_number(p[key], p["kind"]) for key in ("min", "max"))
            domain = f"{p['kind']} in [{low}, {high}]{scale}"
        elif p["kind"] == "text":
            domain = "text in quotes"
        elif p["kind"] == "choice":
            domain = "one of " + " | ".join(p["choices"])
        else:
            domain = "true | false"
        default = str(p["default"]).lower() if p["kind"] == "bool" else p["default"]
        symbols = f" [{p['symbols']}]" if p.get("symbols") else ""
        lines.append(f"      {p['name']}={default}  ({domain}) {p['doc']}{symbols}")
    return lines


def _number(value, kind) -> str:
    return str(int(value)) if kind == "int" else f"{value:g}"
