"""The `tune` sub-command: a fair race, each optimizer's settings searched under one budget."""

from __future__ import annotations

import json
import math
import sys

from descent_lab.cli.arguments import parse_start
from descent_lab.cli.errors import UsageError
from descent_lab.cli.run import with_recommendations
from engine.run.simulate import MAX_STEPS
from engine.scene.recommended import recommended_start, recommended_steps
from engine.scene.specs import parse_schedule, parse_surface
from engine.tune import OBJECTIVES, Racer, TuneResult, TuneSettings, tune
from engine.tune.search import MAX_SEEDS

NAME = "tune"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="tune each optimizer's learning rate (and momentum or beta1), then race them",
        description="For each optimizer, try up to BUDGET settings of its learning rate (and "
        "momentum, or beta1 for Adam) on a log grid around the surface's recommended value, "
        "score each over SEEDS noise seeds (and NEARBY starts around the start), keep the "
        "best, and race the tuned optimizers: a candidate failing (diverging, or never "
        "reaching tol) on fewer replicates wins, then the lower mean score. What a SPEC "
        "fixes and does not search (beta2, form, ...) is kept.",
    )
    parser.add_argument("--surface", required=True, help="SPEC, e.g. 'quadratic(kappa=50)'")
    parser.add_argument(
        "--optimizers", required=True, help="SPECs separated by commas, e.g. sgd,momentum,adam"
    )
    parser.add_argument("--start", help="X,Y (default: the surface's recommended start)")
    parser.add_argument(
        "--steps", type=int, help=f"updates per run, 0 to {MAX_STEPS:,} (default: recommended)"
    )
    parser.add_argument("--budget", type=int, default=40, help="settings per optimizer (40)")
    parser.add_argument("--seeds", type=int, default=5, help=f"noise seeds, 1 to {MAX_SEEDS} (5)")
    parser.add_argument("--first-seed", type=int, default=0, help="the seeds count up from it (0)")
    parser.add_argument("--noise", type=float, default=0.0, help="std. dev. of gradient noise (0)")
    parser.add_argument("--nearby", type=int, default=0, help="extra starts around --start (0)")
    parser.add_argument("--objective", choices=OBJECTIVES, default="final_loss")
    parser.add_argument("--tol", type=float, default=1e-6, help="loss − f* counted as reached")
    parser.add_argument("--schedule", default="constant", help="SPEC every optimizer uses")
    parser.add_argument("--format", choices=("text", "json"), default="text")


def execute(args) -> None:
    result = tune_from(args)
    if args.format == "json":
        json.dump(result.to_dict(), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write("".join(line + "\n" for line in text_lines(result)))


def tune_from(args) -> TuneResult:
    """Check every argument, then tune (so bad input fails before any output)."""
    surface = parse_surface(args.surface)
    specs = split_specs(args.optimizers)
    optimizers = [with_recommendations(surface, spec) for spec in specs]
    start = parse_start(args.start) if args.start is not None else recommended_start(surface)
    steps = recommended_steps(surface) if args.steps is None else args.steps
    if not 0 <= steps <= MAX_STEPS:
        raise UsageError(f"--steps {steps} must be from 0 to {MAX_STEPS:,}")
    if not 1 <= args.seeds <= MAX_SEEDS:
        raise UsageError(f"--seeds {args.seeds} must be from 1 to {MAX_SEEDS}")
    if args.first_seed < 0:
        raise UsageError(f"--first-seed {args.first_seed} must be ≥ 0")
    if not (math.isfinite(args.noise) and args.noise >= 0):
        raise UsageError(f"--noise {args.noise} must be a finite number ≥ 0")
    seeds = tuple(range(args.first_seed, args.first_seed + args.seeds))
    settings = TuneSettings(args.budget, seeds, args.objective, args.nearby, args.tol)
    schedule = parse_schedule(args.schedule)
    racers = [
        Racer(name, optimizer, start, schedule, args.noise)
        for name, optimizer in zip(racer_names(optimizers), optimizers, strict=True)
    ]
    return tune(surface, racers, steps, settings)


def racer_names(optimizers) -> list[str]:
    """Each optimizer's name, numbered (adam#2) where two racers share it."""
    names = [optimizer.name for optimizer in optimizers]
    return [name if names.count(name) == 1 else f"{name}#{i + 1}" for i, name in enumerate(names)]


def split_specs(text: str) -> list[str]:
    """SPECs separated by commas outside parentheses: 'sgd,adam(lr=0.1, beta1=0.8)'."""
    specs, depth, current = [], 0, []
    for char in text:
        depth += (char == "(") - (char == ")")
        if char == "," and depth == 0:
            specs.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    specs.append("".join(current).strip())
    if not all(specs):
        raise UsageError(f"--optimizers {text!r} must be SPECs separated by commas, e.g. sgd,adam")
    return specs


def text_lines(result: TuneResult) -> list[str]:
    """One line per optimizer, the winner first."""
    objective = result.settings.objective
    lines = []
    for rank, entry in enumerate(result.ranking(), 1):
        settings = " ".join(f"{name}={value:.4g}" for name, value in entry.settings.items())
        spread = entry.spread()
        if spread["mean"] is None:
            score = f"{objective}: every one of the {len(entry.scores)} runs failed"
        else:
            score = (f"{objective} {spread['mean']:.4g} ± {spread['std']:.2g} "
                     f"[{spread['min']:.4g}, {spread['max']:.4g}]")  # fmt: skip
        failed = (
            f", {entry.failed}/{len(entry.scores)} failed"
            if 0 < entry.failed < len(entry.scores)
            else ""
        )
        lines.append(
            f"{rank}. {entry.name}: {settings}  {score}{failed}  "
            f"({entry.evaluations} settings, {entry.runs} runs)"
        )
    return lines
