"""The `basin` sub-command: a basin-of-attraction map of a grid of starts, as PNG or CSV."""

from __future__ import annotations

import csv
import os

from descent_lab.cli.basin_figure import draw_basin
from descent_lab.cli.errors import UsageError
from engine.atomic import replacing
from engine.output.destination import check_writable, write_output
from engine.run.basin import CSV_COLUMNS, MAX_GRID, BasinMap, basin_map
from engine.run.simulate import MAX_STEPS
from engine.scene.specs import parse_optimizer, parse_schedule, parse_surface

NAME = "basin"
FORMATS = (".png", ".csv")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="where every start of a grid over the surface ends: a basin-of-attraction map",
        description=(
            "Run the optimizer from the centre of every cell of a GRID × GRID grid over the "
            "surface's bounds. A .png is a figure: the map drawn 1:1 (top = highest y) with "
            "axes, the minima ☆ and a legend, each start coloured by outcome and darker the "
            "more steps it took; a .csv has the columns "
            f"{','.join(CSV_COLUMNS)}, where outcome is the index of the minimum reached (in "
            "`list --json` order), or stalled, diverged or unfinished."
        ),
    )
    parser.add_argument("--surface", required=True, help="SPEC, e.g. himmelblau")
    parser.add_argument("--optimizer", required=True, help="SPEC, e.g. 'adam(lr=0.05)'")
    parser.add_argument("--schedule", default="constant", help="SPEC, e.g. 'cosine'")
    parser.add_argument("--noise", type=float, default=0.0, help="std. dev. of gradient noise (0)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the gradient noise (0)")
    parser.add_argument("--grid", type=int, default=200, help=f"starts per side, 2 to {MAX_GRID}")
    parser.add_argument("--steps", type=int, default=500, help=f"updates, 0 to {MAX_STEPS:,}")
    parser.add_argument("--out", required=True, help="FILE ending in .png or .csv")


def execute(args) -> None:
    extension = os.path.splitext(args.out)[1].lower()
    if extension not in FORMATS:
        raise UsageError(f"--out {args.out!r} must end in .png or .csv")
    check_writable(args.out)
    basin = basin_map(
        parse_surface(args.surface),
        parse_optimizer(args.optimizer),
        grid=args.grid,
        steps=args.steps,
        schedule=parse_schedule(args.schedule),
        noise=args.noise,
        seed=args.seed,
        settle_every=1,  # the table's steps are exact, as `run` would report them
    )
    if extension == ".csv":
        write_output(_csv_writer(basin), args.out)
    else:
        write_png(basin, args.out)


def _csv_writer(basin: BasinMap):
    def write(stream) -> None:
        writer = csv.DictWriter(stream, CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(basin.rows())

    return write


def write_png(basin: BasinMap, path: str) -> None:
    """The map as a figure (descent_lab/cli/basin_figure.py), replaced atomically."""
    image = draw_basin(basin)
    try:
        with replacing(path) as temp:
            image.save(temp, format="PNG")
    except OSError as error:
        raise UsageError(f"cannot write {path!r}: {error.strerror or error}") from None
