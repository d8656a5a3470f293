"""Turns clicks on the plot and drags of its start squares into undoable moves of runs' starts.

The gestures themselves (which click moves which start, the draggable squares) are in
gui/plot/start_editing.py; this module decides what each one edits in the session.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from gui.i18n import translator
from gui.models import Session
from gui.plot.start_editing import (
    CLICK_HINT,
    MOVE_SELECTED,
    StartMarkers,
    SurfaceViewBox,
    clamped,
    inside,
)

# The plot's own words: translated in the SurfaceView context, as they always were.
tr = translator("SurfaceView")


class StartMoves:
    """Moves the starts of the session's runs as the plot's clicks and drags say."""

    def __init__(self, session: Session, hint: Callable[[str], None]):
        self.session = session
        self._hint = hint  # a plain click says how to move starts instead, here
        self._drag_indices: tuple[int, ...] = ()
        self._drag_count = 0

    def connect(self, view_box: SurfaceViewBox, start_markers: StartMarkers) -> None:
        view_box.clicked.connect(self.on_view_clicked)
        start_markers.grabbed.connect(self.on_start_grabbed)
        start_markers.moved.connect(self.on_start_moved)

    def on_view_clicked(self, x: float, y: float, gesture: str) -> None:
        """Shift+click: move the selected run's start here; Ctrl+Shift+click: every run's.

        A plain click only says so; a click outside the surface's bounds moves nothing."""
        if not gesture:
            self._hint(tr(CLICK_HINT))
            return
        if not inside(self.session.scene.surface.bounds, x, y):
            return
        if gesture == MOVE_SELECTED:
            if self.session.selected < 0:
                return
            scene = self.session.scene.with_start((x, y), self.session.selected)
        else:
            scene = self.session.scene.with_start((x, y))
        self.session.edit(scene, tr("Move start"))

    def on_start_grabbed(self, indices: list[int], shift: bool) -> None:
        """A drag moves the runs starting where the grabbed marker is (Shift: only one of them)."""
        specs, selected = self.session.scene.runs, self.session.selected
        grabbed = selected if selected in indices else indices[0]
        if shift:
            self._drag_indices = (grabbed,)
        else:
            here = specs[grabbed].start
            self._drag_indices = tuple(i for i, spec in enumerate(specs) if spec.start == here)
        # Two alternating keys: every move of one drag merges into one undo step, and the
        # next drag does not merge into the previous one.
        self._drag_count += 1

    def on_start_moved(self, x: float, y: float) -> None:
        if not (np.isfinite(x) and np.isfinite(y)):
            return
        x, y = clamped(self.session.scene.surface.bounds, x, y)  # a start stays on the surface
        scene = self.session.scene
        for index in self._drag_indices:
            if index < len(scene.runs):
                scene = scene.with_start((x, y), index)
        self.session.edit(scene, tr("Move start"), merge_key=f"drag-start-{self._drag_count % 2}")
