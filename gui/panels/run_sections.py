"""Parts of the run settings panel: shared look, and the noise, mini-batch and start section."""

from __future__ import annotations

import dataclasses
import re
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine.params import ParamInfo
from engine.run.simulate import far_box
from engine.scene.edits import moved_start, param_changes
from engine.scene.scene import RunSpec
from engine.surfaces.datasets import is_data_surface
from gui.keys import guard_wheel
from gui.panels.param_editor import DragKeys, ParamEditor

NOISE_DOC = QT_TRANSLATE_NOOP(
    "RunEditor", "Standard deviation of the Gaussian noise added to each gradient component."
)
NOISE = ParamInfo("noise", "float", 0.0, low=0.0, high=10.0, doc=NOISE_DOC, symbols="σ")
MAX_SEED = 2**31 - 1
ERROR_STYLE = "color: #C00000; font-weight: bold;"


def schedule_title(cls) -> str:
    """'StepDecay' -> 'Step decay': the schedules have names, not titles."""
    return re.sub(r"(?<!^)([A-Z])", r" \1", cls.__name__).capitalize()


def first_line(text: str | None) -> str:
    lines = (text or "").strip().splitlines()
    return lines[0] if lines else ""


class BodyWideScroller(QScrollArea):
    """A scroller never narrower than its body needs: it scrolls down, never clips the right.
    A minimum width set each time the body's layout changes: a dock reads that, not a hint."""

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            bar = self.verticalScrollBar().sizeHint().width()
            self.setMinimumWidth(watched.minimumSizeHint().width() + bar)
        return super().eventFilter(watched, event)


def scrolling(body: QWidget, body_wide: bool = False) -> QScrollArea:
    """`body` in a frameless vertical scroller: a short dock scrolls instead of clipping text.
    `body_wide`: the scroller is at least as wide as the body needs (for a body of numbers
    that cannot wrap).

    Its controls ignore the wheel unless focused, so the wheel scrolls (gui/keys.py)."""
    scroll = BodyWideScroller() if body_wide else QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(body)
    return scroll


def section(title: str) -> QLabel:
    label = QLabel(f"<b>{title}</b>")
    label.setContentsMargins(0, 8, 0, 0)
    return label


class NoiseStartSection(QWidget):
    """Gradient noise and its seed, the mini-batch size (data sets only) and the start.

    `edited(what, changes_of, merge_key, detail)` asks the editor to apply an edit; `what`
    is the translated undo text with {0} for the run's name and {1} for `detail`."""

    edited = Signal(str, object, str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._drag_keys = DragKeys("run-noise")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self._build_noise(column)
        self._build_batches(column)
        self._build_start(column)
        guard_wheel(self)

    def _build_noise(self, column: QVBoxLayout) -> None:
        noise = dataclasses.replace(NOISE, doc=QCoreApplication.translate("RunEditor", NOISE_DOC))
        self.noise_editor = ParamEditor((noise,), {"noise": 0.0})
        self.noise_editor.value_changed.connect(self._on_noise_changed)
        self.seed_box = QSpinBox()
        self.seed_box.setRange(0, MAX_SEED)
        self.seed_box.setKeyboardTracking(False)
        self.seed_box.setToolTip(self.tr("Seed of the noise: the same seed gives the same kicks."))
        self.seed_box.valueChanged.connect(self._on_seed_changed)
        form = QFormLayout()
        form.addRow("seed", self.seed_box)
        column.addWidget(section(self.tr("Gradient noise")))
        column.addWidget(self.noise_editor)
        column.addLayout(form)

    def _build_batches(self, column: QVBoxLayout) -> None:
        self.batch_box = QSpinBox()
        self.batch_box.setKeyboardTracking(False)
        self.batch_box.setSpecialValueText(self.tr("all (exact gradient)"))
        self.batch_box.setToolTip(
            self.tr(
                "Examples per mini-batch: each epoch visits the data once in a new order "
                "drawn from the seed; all gives the exact gradient."
            )
        )
        self.batch_box.valueChanged.connect(self._on_batch_size_changed)
        form = QFormLayout()
        form.addRow(self.tr("batch size"), self.batch_box)
        self.batch_section = QWidget()
        inner = QVBoxLayout(self.batch_section)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(section(self.tr("Mini-batches")))
        inner.addLayout(form)
        column.addWidget(self.batch_section)

    def _build_start(self, column: QVBoxLayout) -> None:
        self.start_boxes = (QDoubleSpinBox(), QDoubleSpinBox())
        row = QHBoxLayout()
        for axis, box in zip("xy", self.start_boxes, strict=True):
            box.setDecimals(3)
            box.setKeyboardTracking(False)
            box.setToolTip(self.tr("The {0} coordinate this run starts from.").format(axis))
            box.valueChanged.connect(self._on_start_changed)
            row.addWidget(QLabel(axis))
            row.addWidget(box, 1)
        column.addWidget(section(self.tr("Start point")))
        column.addLayout(row)

    # -- showing -------------------------------------------------------------------------
    def show_spec(self, spec: RunSpec, surface) -> None:
        """Show `spec` on `surface` without emitting any edit."""
        self.noise_editor.set_values({"noise": spec.noise})
        with QSignalBlocker(self.seed_box):
            self.seed_box.setValue(spec.seed)
        data = is_data_surface(surface)
        self.batch_section.setVisible(data)  # 0 (the exact gradient) reads 'all'
        with QSignalBlocker(self.batch_box):
            self.batch_box.setRange(0, surface.data_size if data else 0)
            self.batch_box.setValue(spec.batch_size)
        x_min, x_max, y_min, y_max = far_box(surface)
        step = round(surface.span / 100, 3) or 0.001
        for box, low, high, value in zip(
            self.start_boxes, (x_min, y_min), (x_max, y_max), spec.start, strict=True
        ):
            with QSignalBlocker(box):
                box.setRange(low, high)
                box.setSingleStep(step)
                box.setValue(value)

    # -- edits ---------------------------------------------------------------------------
    def _on_noise_changed(self, name: str, value, dragging: bool) -> None:
        key = self._drag_keys.key_for(name, dragging)
        changes = partial(param_changes, "run", name, value)
        self.edited.emit(self.tr("Change {1} of {0}"), changes, key, name)

    def _on_seed_changed(self, seed: int) -> None:
        changes = partial(param_changes, "run", "seed", seed)
        self.edited.emit(self.tr("Change seed of {0}"), changes, "", "")

    def _on_batch_size_changed(self, batch_size: int) -> None:
        changes = partial(param_changes, "run", "batch_size", batch_size)
        self.edited.emit(self.tr("Change batch size of {0}"), changes, "", "")

    def _on_start_changed(self, _value: float) -> None:
        # Only the edited coordinate comes from its box; the other keeps its full precision.
        axis = self.start_boxes.index(self.sender())
        changes = partial(moved_start, axis, self.sender().value())
        self.edited.emit(self.tr("Move start of {0}"), changes, "", "")
