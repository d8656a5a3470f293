"""One line of an update rule in the equation panel: its name, its symbols, its numbers."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from gui.i18n import engine_text
from gui.panels.equation_text import SubStep
from gui.plot.overlays import PENS

RULE_POINTS, NUMBERS_POINTS, LABEL_POINTS = 18, 13, 11
CURRENT_BACKGROUND = "#fff1b8"
NUMBERS_COLOR = "#303030"


def label_color(step: SubStep) -> str:
    """The colour of the overlay a line draws, so the panel and the plot share a legend."""
    return PENS[step.highlight].color().name() if step.highlight else "#555555"


class SubStepView(QFrame):
    """One line of the rule: its name in the overlay's colour, the symbols, the numbers."""

    def __init__(self, step: SubStep, text_scale: float = 1.0):
        super().__init__()
        self.step = step
        self.current: bool | None = None  # nothing drawn yet
        self.caption = QLabel(f"<b>{escape(engine_text(step.label))}</b>")
        self.rule = QLabel(step.symbolic_html)
        self.numbers = QLabel()
        for label in (self.caption, self.rule, self.numbers):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
        self.set_text_scale(text_scale)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        for label in (self.rule, self.numbers):
            label.setIndent(12)
            layout.addWidget(label)
        self.set_current(False)

    def set_text_scale(self, factor: float) -> None:
        """Caption, rule and numbers `factor` times their normal size."""
        for label, points, color in (
            (self.caption, LABEL_POINTS, label_color(self.step)),
            (self.rule, RULE_POINTS, "#000000"),
            (self.numbers, NUMBERS_POINTS, NUMBERS_COLOR),
        ):
            size = round(points * factor)
            label.setStyleSheet(f"font-size: {size}pt; color: {color}; background: transparent;")

    def set_current(self, current: bool) -> None:
        """Mark the line the walk-through (or the frame) is on; a repeat costs nothing, since
        a style sheet re-polishes the widget (≈0.4 ms, and this runs every frame)."""
        if current == self.current:
            return
        self.current = current
        self.setStyleSheet(
            f"SubStepView {{ background: {CURRENT_BACKGROUND if current else 'white'}; }}"
        )
        marker = "▶ " if current else ""
        self.caption.setText(f"<b>{marker}{escape(engine_text(self.step.label))}</b>")

    def show_numbers(self, html: str | None) -> None:
        self.numbers.setVisible(html is not None)
        self.numbers.setText(html or "")
