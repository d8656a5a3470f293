"""View ▸ Vectors for all runs: each run's arrows in that run's colour, kinds told apart by
their line style (the legend then shows the styles), so no arrow is another run's."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt

STYLES = {
    "gradient": Qt.PenStyle.DashLine,
    "velocity": Qt.PenStyle.DotLine,
    "update": Qt.PenStyle.SolidLine,
    "accumulator": Qt.PenStyle.DashDotLine,
    "lookahead": Qt.PenStyle.DotLine,
}
GLYPHS = {"gradient": "╌", "velocity": "┈", "update": "━", "accumulator": "┅", "lookahead": "○"}
WIDTH = 2.5
GLYPH_COLOR = "#333333"


class RunColoredVectors:
    """A pool of curves, one per (run, kind) drawn; unused ones are hidden, never deleted."""

    def __init__(self, plot: pg.PlotItem):
        self.plot = plot
        self.items: list[pg.PlotCurveItem] = []

    def show(self, per_run: list[tuple[str, dict]], enabled: dict, line_scale: float) -> int:
        """Draw `per_run` = [(colour, {kind: polyline})]; returns how many curves it used."""
        used = 0
        for color, paths in per_run:
            for kind, path in paths.items():
                if not enabled.get(kind, True) or not len(path):
                    continue
                item = self._item(used)
                pen = pg.mkPen(color, width=WIDTH * line_scale, style=STYLES[kind])
                item.setPen(pen)
                item.setData(path[:, 0], path[:, 1], connect="finite")
                item.setVisible(True)
                used += 1
        for item in self.items[used:]:
            item.setVisible(False)
        return used

    def hide(self) -> None:
        for item in self.items:
            item.setVisible(False)

    def _item(self, index: int) -> pg.PlotCurveItem:
        while len(self.items) <= index:
            item = pg.PlotCurveItem(connect="finite")
            item.setZValue(30)
            self.plot.addItem(item)
            self.items.append(item)
        return self.items[index]
