"""The `sweep` sub-command: two hyper-parameters over a grid, as a CSV table or a PNG heat map."""

from __future__ import annotations

import csv
import functools
import math
import os

import numpy as np

from descent_lab.cli.arguments import parse_start
from descent_lab.cli.errors import UsageError
from engine.atomic import replacing
from engine.output.destination import check_writable, write_output
from engine.params import values_of
from engine.run.conditioning import sweep_marks
from engine.run.simulate import MAX_STEPS
from engine.run.sweep import METRICS, SweepResult, log_ticks, owner_of, parse_axis, sweep
from engine.scene.specs import parse_optimizer, parse_schedule, parse_surface

NAME = "sweep"
FORMATS = (".csv", ".png")
METRIC_TITLES = {"final_loss": "final loss - f* (log)", "steps_to_tol": "steps to tol (log)"}
# Viridis at eleven evenly spaced points: dark is low (best), as in the window's map.
VIRIDIS = np.array(
    [[68, 1, 84], [72, 36, 117], [65, 68, 135], [53, 95, 141], [42, 120, 142], [33, 145, 140],
     [34, 168, 132], [68, 191, 112], [122, 209, 81], [189, 223, 38], [253, 231, 37]],
    dtype=float,
)  # fmt: skip
FAILED_RGB = (215, 215, 215)  # diverged, or never within tol
LOSS_FLOOR = 1e-16  # final loss − f* is shown no lower than this on the log scale


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="final loss or steps to a tolerance over a grid of two hyper-parameters",
        description="Sweep two hyper-parameters of one optimizer (and its schedule) over a "
        "grid, every setting from the same start, and write a CSV table or a PNG heat map. "
        "Sweepable: the optimizer's float hyper-parameters (lr, momentum, beta2, ...) and "
        "the schedule's (k, gamma, floor), optionally written schedule.k.",
    )
    parser.add_argument("--surface", required=True, help="SPEC, e.g. 'quadratic(kappa=25)'")
    parser.add_argument("--optimizer", required=True, help="SPEC, e.g. momentum (fixed values)")
    parser.add_argument("--schedule", default="constant", help="SPEC, e.g. exponential")
    parser.add_argument("--start", help="X,Y (default: the surface's own start)")
    parser.add_argument("--steps", type=int, default=300, help="updates per setting (300)")
    parser.add_argument("--x", required=True, help="NAME:LO:HI:lin|log, e.g. lr:0.001:1:log")
    parser.add_argument("--y", required=True, help="NAME:LO:HI:lin|log, e.g. momentum:0:0.99:lin")
    parser.add_argument("--grid", type=int, default=40, help="values per axis, 2 to 200 (40)")
    parser.add_argument("--tol", type=float, default=1e-6, help="loss − f* counted as reached")
    parser.add_argument(
        "--metric", choices=METRICS, default="steps_to_tol", help="colour of a PNG (steps_to_tol)"
    )
    parser.add_argument("--out", required=True, help="FILE ending in .csv or .png")


def execute(args) -> None:
    suffix = os.path.splitext(args.out)[1].lower()
    if suffix not in FORMATS:
        raise UsageError(f"--out {args.out!r} must end in .csv or .png")
    check_writable(args.out)
    if not 0 <= args.steps <= MAX_STEPS:
        raise UsageError(f"--steps {args.steps} must be from 0 to {MAX_STEPS:,}")
    surface = parse_surface(args.surface)
    start = parse_start(args.start) if args.start is not None else surface.start
    result = sweep(
        surface, parse_optimizer(args.optimizer), start, args.steps, parse_axis(args.x),
        parse_axis(args.y), args.grid, parse_schedule(args.schedule), args.tol,
    )  # fmt: skip
    if suffix == ".csv":
        write_output(functools.partial(write_csv, result), args.out)
    else:
        save_png(render_png(result, args.metric), args.out)


def write_csv(result: SweepResult, stream) -> None:
    """One row per cell: <x name>,<y name>,final_loss,steps_to_tol (empty: never),outcome."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow([result.x.name, result.y.name, "final_loss", "steps_to_tol", "outcome"])
    for x, y, loss, steps, outcome in result.rows():
        writer.writerow([repr(x), repr(y), repr(loss), "" if steps < 0 else steps, outcome])


def colour_levels(result: SweepResult, metric: str) -> tuple[np.ndarray, float, float]:
    """log10 of the metric (NaN for failed cells) and the colour scale's low and high ends."""
    grid = result.metric(metric)
    floor = LOSS_FLOOR if metric == "final_loss" else 1.0
    with np.errstate(invalid="ignore"):
        levels = np.log10(np.maximum(grid, floor))
    if np.all(np.isnan(levels)):
        return levels, 0.0, 1.0
    low, high = float(np.nanmin(levels)), float(np.nanmax(levels))
    return levels, low, high if high > low else low + 1.0


def colour_rgb(levels: np.ndarray, low: float, high: float) -> np.ndarray:
    """Viridis colours (uint8 RGB) of the levels; failed cells light grey."""
    fraction = np.clip((np.nan_to_num(levels, nan=low) - low) / (high - low), 0.0, 1.0)
    position = fraction * (len(VIRIDIS) - 1)
    below = np.minimum(position.astype(int), len(VIRIDIS) - 2)
    weight = (position - below)[..., None]
    rgb = VIRIDIS[below] * (1 - weight) + VIRIDIS[below + 1] * weight
    rgb[np.isnan(levels)] = FAILED_RGB
    return rgb.round().astype(np.uint8)


def current_setting(result: SweepResult) -> tuple[float, float]:
    """The optimizer's (and schedule's) own values of the two swept names."""
    owners = {"optimizer": values_of(result.optimizer), "schedule": values_of(result.schedule)}
    return tuple(
        owners[owner_of(axis.name, result.optimizer, result.schedule)][axis.key]
        for axis in (result.x, result.y)
    )


def render_png(result: SweepResult, metric: str):
    """The heat map as a Pillow image: axes, colour bar, current setting and known optima."""
    levels, low, high = colour_levels(result, metric)
    marks = sweep_marks(result.surface, result.optimizer.name, result.x.key, result.y.key)
    return draw_map(result, colour_rgb(levels, low, high), (low, high), metric, marks)


def save_png(image, path: str) -> None:
    """Write the image to a temporary file beside `path`, then move it into place."""
    try:
        with replacing(path) as temp:
            image.save(temp, format="PNG")
    except OSError as error:
        raise UsageError(f"cannot write {path!r}: {error.strerror or error}") from None


SIZE, LEFT, TOP = 620, 130, 100
MARK_STYLES = {"current setting": "cross", "best GD": "circle", "best heavy ball": "diamond"}


def draw_map(result: SweepResult, rgb: np.ndarray, scale, metric: str, marks):
    """Pillow drawing of the map: y grows upwards, as in the window."""
    from PIL import Image, ImageDraw, ImageFont  # only when a PNG is asked for

    font = ImageFont.load_default(size=22)
    image = Image.new("RGB", (LEFT + SIZE + 250, TOP + SIZE + 150), "white")
    cells = Image.fromarray(np.ascontiguousarray(rgb[::-1])).resize((SIZE, SIZE), Image.NEAREST)
    image.paste(cells, (LEFT, TOP))
    draw = ImageDraw.Draw(image)
    title = f"{result.optimizer.title} on {result.surface.title}, {result.steps} steps"
    draw.text((10, 14), title, fill="black", font=font)
    draw.rectangle((LEFT, TOP, LEFT + SIZE, TOP + SIZE), outline="black", width=2)
    _axis_ticks(draw, result, font)
    _colour_bar(image, draw, scale, METRIC_TITLES[metric], font)
    labelled = [("current setting", *current_setting(result)), *marks]
    for row, (label, x, y) in enumerate(labelled):
        _mark(draw, result, label, x, y)
        style = MARK_STYLES[label]
        _symbol(draw, style, LEFT + 14 + 300 * (row % 2), TOP + SIZE + 100 + 30 * (row // 2))
        draw.text((LEFT + 34 + 300 * (row % 2), TOP + SIZE + 88 + 30 * (row // 2)), label,
                  fill="black", font=font)  # fmt: skip
    draw.text((LEFT + SIZE + 20, TOP + SIZE + 88), "grey: failed", fill="black", font=font)
    return image


def _pixel(axis, values, value, horizontal: bool) -> float:
    """Pixel of a hyper-parameter value along an axis (cell centres at the grid values)."""
    transform = math.log if axis.log else float
    fraction = (transform(value) - transform(axis.low)) / (
        transform(axis.high) - transform(axis.low)
    )
    offset = (fraction * (len(values) - 1) + 0.5) / len(values) * SIZE
    return LEFT + offset if horizontal else TOP + SIZE - offset


def _axis_ticks(draw, result, font) -> None:
    for axis, values, horizontal in (
        (result.x, result.x_values, True),
        (result.y, result.y_values, False),
    ):
        for index in np.linspace(0, len(values) - 1, 5).round().astype(int):
            value = float(values[index])
            at = _pixel(axis, values, value, horizontal)
            if horizontal:
                draw.line((at, TOP + SIZE, at, TOP + SIZE + 8), fill="black", width=2)
                draw.text(
                    (at, TOP + SIZE + 12), f"{value:.3g}", fill="black", font=font, anchor="ma"
                )
            else:
                draw.line((LEFT - 8, at, LEFT, at), fill="black", width=2)
                draw.text((LEFT - 12, at), f"{value:.3g}", fill="black", font=font, anchor="rm")
    scale = lambda axis: " (log)" if axis.log else ""  # noqa: E731
    draw.text((LEFT + SIZE / 2, TOP + SIZE + 44), result.x.name + scale(result.x), fill="black",
              font=font, anchor="ma")  # fmt: skip
    draw.text((10, TOP - 40), result.y.name + scale(result.y), fill="black", font=font)


def _colour_bar(image, draw, scale, title, font) -> None:
    low, high = scale
    from PIL import Image

    ramp = colour_rgb(np.linspace(high, low, SIZE)[:, None].repeat(30, axis=1), low, high)
    left = LEFT + SIZE + 40
    image.paste(Image.fromarray(ramp), (left, TOP))
    draw.rectangle((left, TOP, left + 30, TOP + SIZE), outline="black", width=2)
    for level in log_ticks(low, high):
        at = TOP + (high - level) / (high - low) * SIZE
        draw.line((left + 30, at, left + 38, at), fill="black", width=2)
        draw.text((left + 42, at), f"{10**level:.3g}", fill="black", font=font, anchor="lm")
    draw.text((left - 30, TOP - 40), title, fill="black", font=font)


def _mark(draw, result, label, x, y) -> None:
    """A symbol at (x, y), or a dashed line across the map where only one is known."""
    if x is None and y is None:
        return
    inside = lambda axis, v: v is None or axis.low <= v <= axis.high  # noqa: E731
    if not (inside(result.x, x) and inside(result.y, y)):
        return
    px = None if x is None else _pixel(result.x, result.x_values, x, True)
    py = None if y is None else _pixel(result.y, result.y_values, y, False)
    if px is not None and py is not None:
        _symbol(draw, MARK_STYLES[label], px, py)
        return
    for start in range(0, SIZE, 24):
        a, b = start, min(start + 12, SIZE)
        line = (px, TOP + a, px, TOP + b) if py is None else (LEFT + a, py, LEFT + b, py)
        draw.line(line, fill="white", width=4)


def _symbol(draw, style, px, py, r=11) -> None:
    if style == "cross":
        for width, colour in ((8, "white"), (4, "black")):
            draw.line((px - r, py - r, px + r, py + r), fill=colour, width=width)
            draw.line((px - r, py + r, px + r, py - r), fill=colour, width=width)
    elif style == "circle":
        draw.ellipse((px - r, py - r, px + r, py + r), outline="white", fill="#D55E00", width=3)
    else:
        corners = [(px, py - r - 3), (px + r + 3, py), (px, py + r + 3), (px - r - 3, py)]
        draw.polygon(corners, outline="white", fill="#E69F00", width=3)
