"""`run`: one optimizer on one surface, its table frame by frame (CSV or JSON)."""

from __future__ import annotations

import functools
import math

from descent_lab.cli.arguments import parse_start
from descent_lab.cli.errors import UsageError
from engine.output.destination import check_writable, write_output
from engine.output.table import write_csv, write_json
from engine.run.simulate import MAX_STEPS, simulate
from engine.scene.recommended import recommended_optimizer, recommended_start, recommended_steps
from engine.scene.specs import parse_optimizer, parse_schedule, parse_surface, split_spec

NAME = "run"


def register(subparsers) -> None:
    run = subparsers.add_parser(
        "run",
        help="run one optimizer and print its table, frame by frame",
        description="Every hyper-parameter the --optimizer SPEC leaves out, and --start and "
        "--steps when they are left out, take the surface's recommended values "
        "(`list --json` lists them under 'recommended').",
    )
    run.add_argument("--surface", required=True, help="SPEC, e.g. 'quadratic(kappa=25, angle=30)'")
    run.add_argument(
        "--optimizer",
        required=True,
        help="SPEC, e.g. 'adam(lr=0.01)'; what it leaves out is the surface's recommendation",
    )
    run.add_argument("--schedule", default="constant", help="SPEC, e.g. 'step(step_size=50)'")
    run.add_argument("--start", help="X,Y (default: the surface's recommended start)")
    run.add_argument(
        "--steps",
        type=int,
        help=f"updates, 0 to {MAX_STEPS:,} (default: the surface's recommended)",
    )
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


def execute(args) -> None:
    write_output(run_writer(args), args.out)


def run_writer(args):
    """Simulate now (so bad input fails before any output) and return what writes the table."""
    if args.out is not None:
        check_writable(args.out)
    surface = parse_surface(args.surface)
    optimizer = with_recommendations(surface, args.optimizer)
    schedule = parse_schedule(args.schedule)
    start = parse_start(args.start) if args.start is not None else recommended_start(surface)
    steps = recommended_steps(surface) if args.steps is None else args.steps
    if not 0 <= steps <= MAX_STEPS:
        raise UsageError(f"--steps {steps} must be from 0 to {MAX_STEPS:,}")
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
        steps,
        schedule,
        args.noise,
        args.seed,
        batch_size=args.batch_size,
        momentum_schedule=momentum_schedule,
    )
    write = write_json if args.format == "json" else write_csv
    return functools.partial(write, run)


def with_recommendations(surface, spec: str):
    """The optimizer of `spec`: the keys it names as typed, the others as recommended for
    `surface` (the optimizer's own defaults where the surface has no recommendation)."""
    typed = parse_optimizer(spec)
    _name, pairs = split_spec(spec, "optimizer")
    given = {key: getattr(typed, key) for key, _text in pairs}
    return recommended_optimizer(surface, typed, **given)
