"""Plot axes: labels that never overlap (a log axis labelling whole decades only, as many
as fit, and a linear axis that thins its labels to the room it has), in the data's own units.

pyqtgraph's log axis also labels the 2…9 ticks between decades; on a chart 150 px tall
those labels run into each other. This axis labels 10^k for every k (or every 2nd, 3rd…
decade when the chart is short) and draws no minor labels.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics

LABEL_SPACING = 1.8  # of the tick font's height between two labels
SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
SIDES = ("left", "bottom", "right", "top")


def plain_axes(plot: pg.PlotItem) -> None:
    """Ticks in the data's own units on all four sides: "0.0005", never "500" over "x (µ)".

    pyqtgraph's SI-prefix rescaling also re-sets each axis label's HTML on every change of
    range, hidden axes too: a third of the window's build time went to it."""
    for side in SIDES:
        plot.getAxis(side).enableAutoSIPrefix(False)


def decade_label(exponent: int) -> str:
    """10^k as it is printed: 1, 10, 0.1 near 1; 10³, 10⁻⁵ beyond."""
    if -1 <= exponent <= 1:
        return f"{10.0**exponent:g}"
    return "10" + str(exponent).translate(SUPERSCRIPT)


def decade_step(span_decades: float, room: float) -> int:
    """Every how many decades a label goes, so that at most `room` labels are drawn."""
    if room < 1:
        return max(1, math.ceil(span_decades))
    return max(1, math.ceil(span_decades / room))


class DecadeAxis(pg.AxisItem):
    """Left axis of a log-y plot: labels at 10^k only, thinned to fit the axis' height."""

    def tickValues(self, minVal, maxVal, size):  # noqa: N802, N803 - pyqtgraph's API
        if not self.logMode:
            return super().tickValues(minVal, maxVal, size)
        low, high = math.ceil(min(minVal, maxVal)), math.floor(max(minVal, maxVal))
        if high < low:  # less than a decade shown: one label in the middle
            return [(1.0, [round((minVal + maxVal) / 2, 2)])]
        room = size / (LABEL_SPACING * max(self._font_px(), 8))
        step = decade_step(high - low + 1, room)
        first = low + (-low) % step  # keep 10⁰ = 1 when it is shown
        return [(float(step), [float(k) for k in range(first, high + 1, step)])]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's API
        if not self.logMode:
            return super().tickStrings(values, scale, spacing)
        strings = []
        for value in values:
            exponent = round(value)
            if abs(value - exponent) < 1e-9:
                strings.append(decade_label(exponent))
            else:
                strings.append(f"{10.0**value:.2g}")
        return strings

    def _font_px(self) -> int:
        font = self.style.get("tickFont") or self.font()
        return QFontMetrics(font).height()


class SparseAxis(pg.AxisItem):
    """A linear axis labelling only the major ticks, every k-th of them when the chart is too
    narrow ("100200300") or, on a left axis, too short ("0.6" printed over "0.2")."""

    def tickValues(self, minVal, maxVal, size):  # noqa: N802, N803 - pyqtgraph's API
        levels = super().tickValues(minVal, maxVal, size)
        if not levels:
            return levels
        spacing, values = levels[0]
        room = max(1, int(size // self._label_extent(values)))
        step = max(1, math.ceil(len(values) / room))
        return [(spacing * step, list(values)[::step])]

    def _label_extent(self, values) -> float:
        """Pixels one label needs along the axis: its width across, its line height up."""
        metrics = QFontMetrics(self.style.get("tickFont") or self.font())
        if self.orientation in ("left", "right"):
            return LABEL_SPACING * max(metrics.height(), 8)
        widest = max((len(f"{v:g}") for v in values), default=1)
        return max(metrics.horizontalAdvance("0" * (widest + 2)), 1)
