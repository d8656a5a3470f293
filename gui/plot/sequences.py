"""What some optimizers add to the plot: a line search's trial points (L-BFGS) and
schedule-free SGD's z and y sequences beside its averaged path x."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from gui.plot.polylines import EMPTY, joined

EVALUATION_STYLE = dict(symbol="o", size=6, brush="#333333", pen=None)
Z_PEN = pg.mkPen("#444444", width=1.5, style=Qt.PenStyle.DashLine)
Y_PEN = pg.mkPen("#444444", width=1.5, style=Qt.PenStyle.DotLine)


def evaluation_points(run, frame: int) -> np.ndarray:
    """The points a line search tried during the update leaving `frame` (L-BFGS), (k, 2)."""
    if run.evaluations is None or frame >= len(run.evaluations):
        return EMPTY
    points = run.evaluations[frame]
    return points[np.isfinite(points).all(axis=1)]


def schedule_free_paths(run, frame: int) -> tuple[np.ndarray, np.ndarray]:
    """Schedule-free SGD's z (the SGD sequence) and y (where gradients are taken) up to
    `frame`; the run's own path is the average x. Empty for other optimizers."""
    if "z" not in run.states:
        return EMPTY, EMPTY
    return run.states["z"][: frame + 1], run.gradient_points[: frame + 1]


class SequenceItems:
    """Small dots for line-search trials and dashed/dotted z and y paths, for drawn runs."""

    def __init__(self, plot: pg.PlotItem):
        self.evaluations = pg.ScatterPlotItem(**EVALUATION_STYLE)
        self.z_path = pg.PlotCurveItem(pen=Z_PEN, connect="finite")
        self.y_path = pg.PlotCurveItem(pen=Y_PEN, connect="finite")
        for item in (self.evaluations, self.z_path, self.y_path):
            item.setZValue(29)
            plot.addItem(item)
        self.evaluations.setToolTip(
            QCoreApplication.translate("VectorOverlays", "points the line search tried")
        )

    def show(self, drawn: list[tuple]) -> None:
        trials, zs, ys = [], [], []
        for run, frame, _point in drawn:
            trials.append(evaluation_points(run, frame))
            z, y = schedule_free_paths(run, frame)
            zs.append(z)
            ys.append(y)
        evaluations = np.concatenate([EMPTY, *trials])
        self.evaluations.setData(pos=evaluations)
        # Empty items stay hidden: pyqtgraph paints even an empty one, every frame.
        self.evaluations.setVisible(len(evaluations) > 0)
        for curve, paths in ((self.z_path, zs), (self.y_path, ys)):
            points = joined(paths)
            curve.setData(points[:, 0], points[:, 1], connect="finite")
            curve.setVisible(len(points) > 0)
