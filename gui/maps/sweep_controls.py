"""The sweep map's controls: the two axes, the grid, the colouring and Compute / Cancel."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QWidget,  # fmt: skip
)

from engine.params import values_of
from engine.run.sweep import sweepable
from gui.i18n import translator
from gui.maps.sweep_parts import AxisPicker, default_axis

METRIC_NAMES = {
    "final_loss": QT_TRANSLATE_NOOP("SweepMapController", "final loss − f*"),
    "steps_to_tol": QT_TRANSLATE_NOOP("SweepMapController", "steps to tolerance"),
}
TOLERANCES = ("1e-3", "1e-4", "1e-6", "1e-8", "1e-10")


# The dock's strings keep the controller's translation context.
tr = translator("SweepMapController")


class SweepControls(QWidget):
    """What to sweep and how to colour it; the controller connects the buttons."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.x_picker, self.y_picker = AxisPicker("x"), AxisPicker("y")
        self.grid, self.metric, self.tolerance = QSpinBox(), QComboBox(), QComboBox()
        self.grid.setRange(5, 100)
        self.grid.setValue(40)
        self.grid.setToolTip(tr("Values per axis: the map has grid × grid settings."))
        for key, text in METRIC_NAMES.items():
            self.metric.addItem(tr(text), key)
        self.metric.setCurrentIndex(1)
        self.metric.setToolTip(
            tr("Colour cells by the final loss or by the steps to get within tol.")
        )
        self.tolerance.addItems(TOLERANCES)
        self.tolerance.setCurrentText("1e-6")
        self.tolerance.setToolTip(tr("Loss − f* counted as reached, for steps to tolerance."))
        self.compute_button = QPushButton(tr("Compute"))
        self.cancel_button = QPushButton(tr("Cancel"))
        self.compute_button.setToolTip(tr("Run every setting of the grid for the scene's steps."))
        self.cancel_button.setToolTip(tr("Stop the sweep being computed."))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setToolTip(tr("Progress of the sweep being computed."))
        controls = QGridLayout(self)
        controls.setContentsMargins(0, 0, 0, 0)
        for row, widgets in enumerate((
            (self.x_picker,), (self.y_picker,),
            (QLabel(tr("grid")), self.grid, QLabel(tr("tol")), self.tolerance),
            (QLabel(tr("colour")), self.metric),
            (self.compute_button, self.cancel_button, self.progress),
        )):  # fmt: skip
            span = 6 if len(widgets) == 1 else 1
            for column, item in enumerate(widgets):
                last = item is widgets[-1] and row in (3, 4)
                controls.addWidget(item, row, column, 1, 4 if last else span)

    def metric_name(self) -> str:
        return tr(METRIC_NAMES[self.metric.currentData()])

    def fill_names(self, spec, computing: bool) -> bool:
        """Offer `spec`'s sweepable names, keeping the chosen ones while they exist; whether
        there are two to sweep."""
        names = sweepable(spec.optimizer, spec.schedule) if spec else {}
        values = {**values_of(spec.optimizer), **values_of(spec.schedule)} if spec else {}
        defaults = [n for n in ("lr", "momentum") if n in names] + [
            n for n in names if n not in ("lr", "momentum")
        ]
        taken: set[str] = set()  # both axes on one name would sweep a line, not a map
        for picker in (self.x_picker, self.y_picker):
            chosen = picker.name.currentText()
            picker.name.blockSignals(True)
            picker.name.clear()
            picker.name.addItems(list(names))
            picker.name.blockSignals(False)
            free = [n for n in defaults if n not in taken]
            if chosen in names and chosen not in taken:
                picker.name.setCurrentText(chosen)
            elif free:
                chosen = free[0]
                picker.set_axis(default_axis(chosen, names[chosen], values[chosen]))
            taken.add(chosen)
        enough = len(names) >= 2
        self.compute_button.setEnabled(enough and not computing)
        return enough

    def set_busy(self, busy: bool, done: bool = False) -> None:
        """`done`: a sweep just finished, and the bar says so (100 %) until the next one."""
        self.compute_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.progress.setValue(self.progress.maximum() if done else 0)
