"""The `basin` PNG as a figure: the map drawn 1:1 with axes, the minima ☆ and a legend."""

from __future__ import annotations

import numpy as np

from engine.run.basin import BasinMap, basin_rgb, outcome_color, outcome_name

SIDE, LEFT, TOP, LEGEND_WIDTH = 640, 110, 70, 400
FONT_PX = 20
STAR_R = 12


def nice_ticks(low: float, high: float, count: int = 6) -> list[float]:
    """About `count` round values (1, 2 or 5 × 10^k apart) between low and high."""
    span = high - low
    raw = span / max(count - 1, 1)
    power = 10 ** np.floor(np.log10(raw))
    step = min((m * power for m in (1, 2, 5, 10) if m * power >= raw), default=raw)
    first = np.ceil(low / step) * step
    return [float(v) for v in np.arange(first, high + step * 1e-9, step)]


def plot_size(rect) -> tuple[int, int]:
    """Width and height in pixels of the map drawn 1:1: one unit of x as long as one of y."""
    x_min, x_max, y_min, y_max = rect
    width, height = x_max - x_min, y_max - y_min
    scale = SIDE / max(width, height)
    return max(1, round(width * scale)), max(1, round(height * scale))


def legend_rows(basin: BasinMap) -> list[tuple[str, str]]:
    """(colour, text) per outcome: every minimum, the others when they occur."""
    rows = []
    for code, fraction in basin.fractions().items():
        if code >= 0:
            point = basin.surface.minima[code]
            rows.append(
                (outcome_color(code), f"minimum ({point.x:.2f}, {point.y:.2f})  {fraction:.1%}")
            )
        elif fraction > 0:
            rows.append((outcome_color(code), f"{outcome_name(code)}  {fraction:.1%}"))
    return rows


def draw_basin(basin: BasinMap):
    """A Pillow image: title, the outcome map, x/y ticks, the minima and the legend."""
    from PIL import Image, ImageDraw, ImageFont  # only when a PNG is asked for

    font = ImageFont.load_default(size=FONT_PX)
    width, height = plot_size(basin.rect)
    image = Image.new("RGB", (LEFT + width + LEGEND_WIDTH, TOP + height + 90), "white")
    cells = Image.fromarray(np.ascontiguousarray(basin_rgb(basin)[::-1]))
    image.paste(cells.resize((width, height), Image.NEAREST), (LEFT, TOP))
    draw = ImageDraw.Draw(image)
    title = f"Basins: {basin.optimizer.title} on {basin.surface.title}, {basin.steps} steps"
    draw.text((10, 16), title, fill="black", font=font)
    draw.rectangle((LEFT, TOP, LEFT + width, TOP + height), outline="black", width=2)
    to_pixel = _mapping(basin.rect, width, height)
    _ticks(draw, basin.rect, to_pixel, width, height, font)
    for point in basin.surface.minima:
        _star(draw, *to_pixel(point.x, point.y), basin.rect, (point.x, point.y))
    _legend(draw, legend_rows(basin), LEFT + width + 30, TOP, font)
    return image


def _mapping(rect, width: int, height: int):
    x_min, x_max, y_min, y_max = rect

    def to_pixel(x: float, y: float) -> tuple[float, float]:
        px = LEFT + (x - x_min) / (x_max - x_min) * width
        py = TOP + (y_max - y) / (y_max - y_min) * height  # y grows upwards, as in the window
        return px, py

    return to_pixel


def _ticks(draw, rect, to_pixel, width: int, height: int, font) -> None:
    x_min, x_max, y_min, y_max = rect
    for value in nice_ticks(x_min, x_max):
        px, _ = to_pixel(value, y_min)
        draw.line((px, TOP + height, px, TOP + height + 8), fill="black", width=2)
        draw.text((px, TOP + height + 12), f"{value:g}", fill="black", font=font, anchor="ma")
    for value in nice_ticks(y_min, y_max):
        _, py = to_pixel(x_min, value)
        draw.line((LEFT - 8, py, LEFT, py), fill="black", width=2)
        draw.text((LEFT - 12, py), f"{value:g}", fill="black", font=font, anchor="rm")
    draw.text((LEFT + width / 2, TOP + height + 40), "x", fill="black", font=font, anchor="ma")
    draw.text((LEFT - 80, TOP + height / 2), "y", fill="black", font=font, anchor="mm")


def _star(draw, px: float, py: float, rect, point, radius: float = STAR_R) -> None:
    """A white five-pointed star outlined in black, if the minimum is inside the map."""
    if rect is not None:
        x_min, x_max, y_min, y_max = rect
        if not (x_min <= point[0] <= x_max and y_min <= point[1] <= y_max):
            return
    angles = np.pi / 2 + np.arange(10) * np.pi / 5
    radii = np.where(np.arange(10) % 2 == 0, radius, radius * 0.45)
    corners = [(px + r * np.cos(a), py - r * np.sin(a)) for r, a in zip(radii, angles)]
    draw.polygon(corners, fill="white", outline="black", width=2)


def _legend(draw, rows, left: int, top: int, font) -> None:
    for row, (color, text) in enumerate(rows):
        y = top + row * 34
        draw.rectangle((left, y, left + 22, y + 22), fill=color, outline="#444444", width=1)
        if text.startswith("minimum"):
            _star(draw, left + 11, y + 11, None, None, radius=8)
        draw.text((left + 32, y + 11), text, fill="black", font=font, anchor="lm")
    note = top + len(rows) * 34 + 10
    draw.text((left, note), "darker: more steps", fill="#444444", font=font)
