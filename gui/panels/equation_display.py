"""How the equation panel looks: its widgets, their text size, the heading and the numbers."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from engine.lecture import NOTATIONS, step_values
from gui.i18n import engine_text, translator
from gui.panels.equation_rows import LABEL_POINTS, NUMBERS_COLOR, SubStepView
from gui.panels.equation_text import SubStep

# The panel's texts keep the EquationPanel context of resources/translations/ko/.
_tr = translator("EquationPanel")


class EquationDisplay(QWidget):
    """Notation box, heading, symbol key, one row per rule line and the walk-through buttons;
    EquationPanel (gui/panels/equation_widget.py) decides what they show and wires them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._text_scale = 1.0
        self.views: list[SubStepView] = []
        self._build_controls()
        self._build_rows()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.notation_box)
        layout.addWidget(self.title_label)
        layout.addWidget(self.key_label)
        layout.addWidget(self.scroll, 1)
        walk_row = QHBoxLayout()
        for button in (self.walk_button, self.previous_button, self.next_button):
            walk_row.addWidget(button)
        layout.addLayout(walk_row)

    # --- construction ---------------------------------------------------------------------

    def _build_controls(self) -> None:
        self.notation_box = QComboBox()
        for key, notation in NOTATIONS.items():
            self.notation_box.addItem(engine_text(notation.title), key)
        # Narrower than its longest title (the list shows titles whole): its width would
        # otherwise be the right column's least, too wide beside the lesson on a projector.
        self.notation_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.notation_box.setMinimumContentsLength(18)
        self.notation_box.setToolTip(_tr("Which source's letters the rule is written in."))
        self.walk_button = QPushButton(_tr("Walk through this step"))
        self.walk_button.setCheckable(True)
        self.walk_button.setToolTip(_tr("Explain this update one line at a time, on the plot too."))
        self.previous_button = QPushButton(_tr("◀ Previous"))
        self.previous_button.setToolTip(_tr("Go back one line of the rule (key P)."))
        self.next_button = QPushButton(_tr("Next ▶"))
        self.next_button.setToolTip(_tr("Go on to the next line of the rule (key N)."))

    def _build_rows(self) -> None:
        self.title_label, self.key_label = QLabel(), QLabel()
        for label in (self.title_label, self.key_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
        self._style_labels()
        self.body = QWidget()
        self.body.setObjectName("equation-body")
        self.body.setStyleSheet("#equation-body { background: white; }")
        self.rows_layout = QVBoxLayout(self.body)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(0)
        self.rows_layout.addStretch(1)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Lines wrap to the dock's width: the walk-through never scrolls sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.body)

    def _style_labels(self) -> None:
        title_points = round((LABEL_POINTS + 1) * self._text_scale)
        key_points = round(LABEL_POINTS * self._text_scale)
        self.title_label.setStyleSheet(f"font-size: {title_points}pt;")
        self.key_label.setStyleSheet(f"font-size: {key_points}pt; color: {NUMBERS_COLOR};")

    # --- text size ------------------------------------------------------------------------

    def apply_scales(self, scales) -> None:
        """Follow the window's Style (gui/style.py)."""
        self.set_text_scale(scales.equation_text)

    def set_text_scale(self, factor: float) -> None:
        """Every text of the panel `factor` times its normal size (presentation: larger)."""
        self._text_scale = float(factor)
        self._style_labels()
        # The notation box and the walk-through buttons: the application's font at 1.
        font = QFont()
        if factor != 1.0:
            font.setPointSizeF(LABEL_POINTS * factor)
        self.setFont(font)
        for view in self.views:
            view.set_text_scale(factor)

    # --- what is shown --------------------------------------------------------------------

    def show_rule(self, steps: list[SubStep], key: str) -> None:
        """One view per sub-step, made when the rule changes, never per frame; its symbols."""
        for view in self.views:
            self.rows_layout.removeWidget(view)
            view.deleteLater()
        self.views = [SubStepView(step, self._text_scale) for step in steps]
        for position, view in enumerate(self.views):
            self.rows_layout.insertWidget(position, view)
        self.key_label.setText(key.replace(" = ", "&nbsp;=&nbsp;"))

    def show_walking(self, on: bool) -> None:
        text = _tr("Stop the walk-through") if on else _tr("Walk through this step")
        self.walk_button.setText(text)

    def show_no_run(self) -> None:
        text = _tr("Select a run to see its update rule.")
        self.title_label.setText(f"<i>{text}</i>")

    def show_frame(self, run, frame: int, spec, current: int | None) -> None:
        """The heading and every line's numbers at `frame`; line `current` marked and shown."""
        self.title_label.setText(self._title(run, frame, spec))
        started = step_values(run, frame) is not None
        for i, view in enumerate(self.views):
            view.show_numbers(view.step.numeric_html(run, frame) if started else None)
            view.set_current(i == current)
        if current is not None and self.views:
            self.scroll.ensureWidgetVisible(self.views[current], 0, 0)

    def _title(self, run, frame: int, spec) -> str:
        form = getattr(run.optimizer, "form", None)
        title = engine_text(run.optimizer.title)
        kind = _tr("{0} ({1} form)").format(title, form) if form else title
        head = f"<b style='color:{spec.color}'>{escape(spec.name)}</b> · {escape(kind)}"
        if frame >= run.last_frame:
            last = _tr("This is the run's last frame: there is no next update.")
            return f"{head}<br>{last}"
        # The update that leaves this frame, as the plot's arrows show it (engine.lecture.values).
        update = _tr("Update {0}: frame {1} → frame {2}").format(frame + 1, frame, frame + 1)
        return f"{head}<br>{update}"

    def text(self) -> str:
        """Everything the panel shows, as rich text."""
        lines = [self.title_label.text(), self.key_label.text()]
        for view in self.views:
            lines += [view.caption.text(), view.rule.text()]
            if not view.numbers.isHidden():
                lines.append(view.numbers.text())
        return "\n".join(lines)
