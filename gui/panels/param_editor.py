"""A form of controls built from the engine's hyper-parameter metadata (ParamInfo)."""

from __future__ import annotations

import itertools
import math
import re

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QWidget,
)

from engine.params import ParamInfo
from gui.i18n import engine_text

LOG_TICKS = 1000  # about this many slider positions across a log-scaled range
STEPS_PER_DECADE = 10  # arrow-key steps of a log-scaled spin box
_PARTIAL_NUMBER = re.compile(r"[+-]?\d*\.?\d*(?:[eE][+-]?\d*)?")
_drag_serials = itertools.count(1)


def round_significant(value: float, digits: int = 3) -> float:
    """`value` rounded to `digits` significant figures (0 stays 0)."""
    if value == 0 or not math.isfinite(value):
        return value
    return round(value, digits - 1 - math.floor(math.log10(abs(value))))


class SliderScale:
    """Maps a parameter's range onto integer slider ticks, linearly or by decades.

    Linear ranges get a round step (0.001, 0.1, 1, ...) so values such as 0.9 sit exactly
    on a tick; log ranges get about LOG_TICKS ticks, a whole number per decade so every
    power of ten sits on a tick, and values rounded to 3 significant figures.
    Integer ranges spanning three decades or more (a step count from 1 to 10⁶) are
    log-scaled too, or the slider could not reach the small values that matter.
    """

    def __init__(self, info: ParamInfo):
        self.low, self.high, self.integer = float(info.low), float(info.high), info.kind == "int"
        wide_int = self.integer and self.low > 0 and self.high / self.low >= 1000
        self.log = (info.log or wide_int) and self.low > 0
        if self.log:
            decades = math.log10(self.high / self.low)
            self.per_decade = math.ceil(LOG_TICKS / decades)
            self.ticks = math.ceil(round(decades * self.per_decade, 9))
            self.step = 0.0
        else:
            self.step = 10.0 ** math.ceil(math.log10((self.high - self.low) / 1000))
            if self.integer:
                self.step = max(1.0, self.step)
            self.ticks = math.ceil(round((self.high - self.low) / self.step, 9))

    def value(self, tick: int) -> float | int:
        if self.log:
            value = round_significant(self.low * 10.0 ** (tick / self.per_decade))
        else:
            value = round(self.low + tick * self.step, 12)
        value = min(max(value, self.low), self.high)
        return int(round(value)) if self.integer else value

    def tick(self, value: float) -> int:
        value = min(max(float(value), self.low), self.high)
        if self.log:
            return min(self.ticks, round(math.log10(value / self.low) * self.per_decade))
        return min(self.ticks, round((value - self.low) / self.step))


class NumberSpinBox(QDoubleSpinBox):
    """A spin box that shows numbers as %g (1e-08, 0.05, 400) and steps by decades when log."""

    def __init__(self, info: ParamInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self._log, self._integer = info.log and info.low > 0, info.kind == "int"
        self.setDecimals(0 if self._integer else 323)  # 323: never round a typed value away
        self.setRange(info.low, info.high)
        self.setSingleStep(1.0 if self._integer else SliderScale(info).step or 1.0)
        self.setKeyboardTracking(False)  # one edit per typed number, not per keystroke
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def textFromValue(self, value: float) -> str:
        return f"{value:.6g}"

    def valueFromText(self, text: str) -> float:
        try:
            return float(text)
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):
        word = text.strip()
        try:
            number = float(word)
        except ValueError:
            partial = _PARTIAL_NUMBER.fullmatch(word)
            return (
                (QValidator.State.Intermediate if partial else QValidator.State.Invalid),
                text,
                pos,
            )
        inside = self.minimum() <= number <= self.maximum()
        return (QValidator.State.Acceptable if inside else QValidator.State.Intermediate), text, pos

    def stepBy(self, steps: int) -> None:
        if not self._log:
            super().stepBy(steps)
            return
        # Walk a fixed grid of STEPS_PER_DECADE values per decade, so steps never drift.
        position = round(math.log10(self.value()) * STEPS_PER_DECADE) + steps
        self.setValue(round_significant(10.0 ** (position / STEPS_PER_DECADE), 2))


class NumberField(QWidget):
    """A typed spin box with a slider beside it; `changed(value, dragging)` on every edit."""

    changed = Signal(object, bool)

    def __init__(self, info: ParamInfo, value, parent: QWidget | None = None):
        super().__init__(parent)
        self._integer = info.kind == "int"
        self.scale = SliderScale(info)
        self.spin_box = NumberSpinBox(info)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, self.scale.ticks)
        self.slider.setPageStep(max(1, self.scale.ticks // 10))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin_box, 2)
        layout.addWidget(self.slider, 3)
        self.set_value(value)
        self.spin_box.valueChanged.connect(self._on_spin_box_changed)
        self.slider.valueChanged.connect(self._on_slider_changed)
        self.slider.sliderReleased.connect(self._on_slider_released)

    def value(self):
        value = self.spin_box.value()
        return int(round(value)) if self._integer else value

    def set_value(self, value) -> None:
        with QSignalBlocker(self.spin_box), QSignalBlocker(self.slider):
            self.spin_box.setValue(float(value))
            self.slider.setValue(self.scale.tick(value))

    def _on_spin_box_changed(self, _value: float) -> None:
        with QSignalBlocker(self.slider):
            self.slider.setValue(self.scale.tick(self.value()))
        self.changed.emit(self.value(), False)

    def _on_slider_changed(self, tick: int) -> None:
        with QSignalBlocker(self.spin_box):
            self.spin_box.setValue(float(self.scale.value(tick)))
        self.changed.emit(self.value(), self.slider.isSliderDown())

    def _on_slider_released(self) -> None:
        self.changed.emit(self.value(), False)  # tells the caller the drag is over


class ParamEditor(QWidget):
    """One row per hyper-parameter; emits `value_changed(name, value, dragging)`."""

    value_changed = Signal(str, object, bool)

    def __init__(self, infos: tuple[ParamInfo, ...], values: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.infos = tuple(infos)
        self.controls: dict[str, QWidget] = {}
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Label above its control: the panels are narrow and the labels carry symbols.
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        layout.setVerticalSpacing(4)
        for info in self.infos:
            self._add_row(layout, info, values.get(info.name, info.default))

    def values(self) -> dict:
        return {name: self._read(control) for name, control in self.controls.items()}

    def set_values(self, values: dict) -> None:
        """Show `values` without emitting value_changed."""
        for name, value in values.items():
            control = self.controls.get(name)
            if control is None:
                continue
            with QSignalBlocker(control):
                self._write(control, value)

    def _add_row(self, layout: QFormLayout, info: ParamInfo, value) -> None:
        control = self._make_control(info, value)
        control.setToolTip(engine_text(info.doc))
        control.setObjectName(info.name)
        self.controls[info.name] = control
        if info.kind == "bool":
            layout.addRow(control)
            return
        label = QLabel(label_html(info))
        label.setToolTip(engine_text(info.doc))
        label.setBuddy(control.spin_box if isinstance(control, NumberField) else control)
        layout.addRow(label, control)

    def _make_control(self, info: ParamInfo, value) -> QWidget:
        if info.kind in ("float", "int"):
            field = NumberField(info, value)
            field.changed.connect(self._on_field_changed)
            return field
        if info.kind == "choice":
            combo = QComboBox()
            combo.addItems(list(info.choices))
            combo.setCurrentText(str(value))
            combo.currentTextChanged.connect(self._on_combo_changed)
            return combo
        symbols = engine_text(info.symbols)
        box = QCheckBox(f"{info.name}  ({symbols})" if symbols else info.name)
        box.setChecked(bool(value))
        box.toggled.connect(self._on_check_box_toggled)
        return box

    @staticmethod
    def _read(control: QWidget):
        if isinstance(control, NumberField):
            return control.value()
        if isinstance(control, QComboBox):
            return control.currentText()
        return control.isChecked()

    @staticmethod
    def _write(control: QWidget, value) -> None:
        if isinstance(control, NumberField):
            control.set_value(value)
        elif isinstance(control, QComboBox):
            control.setCurrentText(str(value))
        else:
            control.setChecked(bool(value))

    def _on_field_changed(self, value, dragging: bool) -> None:
        self.value_changed.emit(self.sender().objectName(), value, dragging)

    def _on_combo_changed(self, text: str) -> None:
        self.value_changed.emit(self.sender().objectName(), text, False)

    def _on_check_box_toggled(self, checked: bool) -> None:
        self.value_changed.emit(self.sender().objectName(), checked, False)


def label_html(info: ParamInfo) -> str:
    """The parameter's name in bold, then the lecture's symbols in grey."""
    symbols = engine_text(info.symbols)
    symbols = f' <span style="color:#666666">({symbols})</span>' if symbols else ""
    return f"<b>{info.name}</b>{symbols}"


class DragKeys:
    """Undo merge keys: every edit of one slider drag shares a key, the next drag gets a new one."""

    def __init__(self, prefix: str):
        self._prefix, self._key = prefix, ""

    def key_for(self, name: str, dragging: bool) -> str:
        if not dragging:
            self._key = ""
        elif not self._key.startswith(f"{self._prefix}:{name}#"):
            self._key = f"{self._prefix}:{name}#{next(_drag_serials)}"
        return self._key
