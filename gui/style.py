"""The window's style model: sizes of text, lines and markers that views observe.

Presentation mode changes the model; the plot, timeline bar and equation panel follow
its `changed` signal, so no feature reaches into another view to rescale it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Scales:
    """Multipliers of the normal sizes (1: the normal window)."""

    text: float = 1.0
    line: float = 1.0
    marker: float = 1.0
    equation_text: float = 1.0  # the equation dock shares the screen: less than the rest


NORMAL = Scales()


class Style(QObject):
    """Holds the current Scales; `changed` carries the new ones."""

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._scales = NORMAL

    @property
    def scales(self) -> Scales:
        return self._scales

    def set_scales(self, scales: Scales) -> None:
        if scales != self._scales:
            self._scales = scales
            self.changed.emit(scales)

    def reset(self) -> None:
        self.set_scales(NORMAL)

    def update(self, **changes: float) -> None:
        self.set_scales(replace(self._scales, **changes))

    def observe(self, view) -> None:
        """Call `view.apply_scales(scales)` whenever the scales change (views start normal)."""
        if self._scales != NORMAL:
            view.apply_scales(self._scales)
        self.changed.connect(view.apply_scales)
