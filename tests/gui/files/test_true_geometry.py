"""True geometry: one unit of x is as long as one unit of y in the window and in exports."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QPointF

from engine.scene.scene import Scene
from engine.surfaces import SURFACES
from engine.surfaces.datasets import LinearRegression
from gui.app import configure
from gui.files.render import ExportCanvas, ImageOptions, export_image
from gui.models import Session

MARKER_PX = 16  # the minimum's star covers the centre


def bowl_session() -> Session:
    return Session(Scene(SURFACES["quadratic"](kappa=1.0), (), 10))


def image_point(canvas, x: float, y: float) -> tuple[float, float]:
    """Where the plot point (x, y) lands in the exported image, in pixels (column, row)."""
    view = canvas.view
    scene_point = view.view_box.mapViewToScene(QPointF(x, y))
    widget_point = view.mapTo(canvas, view.mapFromScene(scene_point))
    scale = canvas.options.width / canvas.width()
    return widget_point.x() * scale, widget_point.y() * scale


def first_dip(profile: np.ndarray) -> float:
    """Distance from the profile's start to the first thin dark line beyond the marker."""
    brightness = profile.sum(axis=1).astype(float)
    padded = np.pad(brightness, 6, mode="edge")
    background = np.array([np.median(padded[i : i + 13]) for i in range(len(brightness))])
    dark = np.flatnonzero(background - brightness > 25)
    beyond = dark[dark > MARKER_PX]
    return float(beyond[0])


def innermost_radii(path, center) -> tuple[float, float]:
    """(horizontal, vertical) pixel radius of the innermost contour ring around `center`,
    the mean of both sides, read from the PNG's pixels (the ☆ marker skipped)."""
    image = np.asarray(Image.open(path).convert("RGB")).astype(int)
    column, row = (round(value) for value in center)
    horizontal = (first_dip(image[row, column:]) + first_dip(image[row, column::-1])) / 2
    vertical = (first_dip(image[row:, column]) + first_dip(image[row::-1, column])) / 2
    return horizontal, vertical


@pytest.mark.parametrize("size", [(900, 500), (500, 800)])
def test_a_round_bowl_exports_round_contours(qtbot, tmp_path, size):
    configure()
    canvas = ExportCanvas(bowl_session(), ImageOptions(*size, legend=False))
    try:
        export_image(canvas, str(tmp_path / "bowl.png"))
        assert canvas.view.aspect_locked()
        center = image_point(canvas, 0.0, 0.0)  # the bowl's minimum
        horizontal, vertical = innermost_radii(tmp_path / "bowl.png", center)
    finally:
        canvas.dispose()
    assert horizontal == pytest.approx(vertical, rel=0.06), (horizontal, vertical)


def test_the_window_keeps_one_to_one_through_zoom_fit_and_resize(window, qtbot):
    view = window.surface_view
    assert view.aspect_locked()  # the default canyon: x and y are both parameters
    for action in (
        lambda: view.reset_view(),
        lambda: view.view_box.scaleBy((0.5, 0.5)),
        lambda: window.resize(900, 700),
        lambda: view.view_box.translateBy((0.3, -0.2)),
    ):
        action()
        qtbot.wait(10)
        x_per_px, y_per_px = view.view_box.viewPixelSize()
        assert x_per_px == pytest.approx(y_per_px, rel=1e-6)


def test_the_toggle_and_data_sets_free_the_aspect_and_name_the_parameters(window):
    view = window.surface_view
    view.set_true_aspect(False)
    assert not view.aspect_locked()
    view.set_true_aspect(True)
    assert view.aspect_locked()
    scene = window.session.scene
    window.session.edit(Scene(LinearRegression(size=20), (), scene.steps), "data set")
    assert not view.aspect_locked()  # weight and bias are not the same kind of quantity
    assert view.plotItem.getAxis("bottom").labelText == "w"
    assert view.plotItem.getAxis("left").labelText == "b"
    window.session.undo_stack.undo()
    assert view.aspect_locked() and view.plotItem.getAxis("bottom").labelText == "x"
