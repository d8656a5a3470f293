"""A run's update rule shown for editing: optimizer, learning-rate and momentum schedules."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from engine.optimizers import OPTIMIZERS
from engine.params import params_of, values_of
from engine.run.simulate import momentum_field
from engine.scene.scene import RunSpec
from engine.schedules import SCHEDULES
from gui.i18n import engine_text, translator
from gui.panels.param_editor import ParamEditor
from gui.panels.run_sections import first_line, schedule_title, section

MOMENTUM_FORMULA = "μ_t = 1 − (1 − μ) · lr_t / lr"  # the shape's lr_t; a formula, untranslated


# The section's texts keep the RunEditor context of resources/translations/ko/.
_tr = translator("RunEditor")


class RuleSection(QWidget):
    """The optimizer, the learning-rate schedule and the momentum schedule, with parameters.

    A pick is the combo's `activated`; `param_changed(part, name, value, dragging)` reports
    a parameter edit, `part` being "optimizer", "schedule" or "momentum_schedule"."""

    param_changed = Signal(str, str, object, bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.optimizer_editor: ParamEditor | None = None
        self.schedule_editor: ParamEditor | None = None
        self.momentum_editor: ParamEditor | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self._build_optimizer(column)
        self._build_schedule(column)
        self._build_momentum_schedule(column)

    def _build_optimizer(self, column: QVBoxLayout) -> None:
        self.optimizer_combo = QComboBox()
        for name, cls in OPTIMIZERS.items():
            self.optimizer_combo.addItem(engine_text(cls.title), name)
        self.optimizer_combo.setToolTip(
            _tr("The update rule this run uses; lr is kept when switching.")
        )
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        self.rule_label.setStyleSheet("color: #444444;")
        self.optimizer_box = QVBoxLayout()
        column.addWidget(section(_tr("Optimizer")))
        column.addWidget(self.optimizer_combo)
        column.addWidget(self.rule_label)
        column.addLayout(self.optimizer_box)

    def _build_schedule(self, column: QVBoxLayout) -> None:
        self.schedule_combo = QComboBox()
        for name, cls in SCHEDULES.items():
            self.schedule_combo.addItem(engine_text(schedule_title(cls)), name)
        self.schedule_combo.setToolTip(_tr("How the learning rate changes from step to step."))
        self.formula_label = QLabel()
        self.formula_label.setWordWrap(True)
        self.formula_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.formula_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.formula_label.setFont(font)
        self.schedule_box = QVBoxLayout()
        column.addWidget(section(_tr("Learning-rate schedule")))
        column.addWidget(self.schedule_combo)
        column.addWidget(self.formula_label)
        column.addLayout(self.schedule_box)

    def _build_momentum_schedule(self, column: QVBoxLayout) -> None:
        self.momentum_combo = QComboBox()
        self.momentum_combo.addItem(_tr("Fixed"), "")
        for name, cls in SCHEDULES.items():
            self.momentum_combo.addItem(engine_text(schedule_title(cls)), name)
        self.momentum_combo.setToolTip(
            _tr(
                "Grows momentum (β1 for Adam) over the run, e.g. from 0.5 towards 0.99, "
                "by shrinking 1 − μ as the schedule shrinks lr."
            )
        )
        self.momentum_formula = QLabel(MOMENTUM_FORMULA)
        self.momentum_formula.setWordWrap(True)
        self.momentum_schedule_box = QVBoxLayout()
        self.momentum_section = QWidget()
        inner = QVBoxLayout(self.momentum_section)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(section(_tr("Momentum schedule")))
        inner.addWidget(self.momentum_combo)
        inner.addWidget(self.momentum_formula)
        inner.addLayout(self.momentum_schedule_box)
        column.addWidget(self.momentum_section)

    # -- showing -------------------------------------------------------------------------
    def show_spec(self, spec: RunSpec) -> None:
        """Show `spec`'s optimizer and schedules without emitting any edit."""
        self._show_optimizer(spec.optimizer)
        self._show_schedule(spec.schedule)
        self._show_momentum_schedule(spec)

    def _show_optimizer(self, optimizer) -> None:
        with QSignalBlocker(self.optimizer_combo):
            self.optimizer_combo.setCurrentIndex(self.optimizer_combo.findData(optimizer.name))
        cls = type(optimizer)
        rule = first_line(cls.__doc__)
        # A dataclass without a docstring has its signature as __doc__: code, not a sentence.
        self.rule_label.setText("" if rule.startswith(f"{cls.__name__}(") else engine_text(rule))
        self.optimizer_editor = self._show_params(
            self.optimizer_box, self.optimizer_editor, optimizer, "optimizer"
        )

    def _show_schedule(self, schedule) -> None:
        with QSignalBlocker(self.schedule_combo):
            self.schedule_combo.setCurrentIndex(self.schedule_combo.findData(schedule.name))
        self.formula_label.setText(schedule.formula)
        self.schedule_editor = self._show_params(
            self.schedule_box, self.schedule_editor, schedule, "schedule"
        )

    def _show_momentum_schedule(self, spec: RunSpec) -> None:
        """Shown only for optimizers with a momentum or β1 to drive."""
        schedule = spec.momentum_schedule
        self.momentum_section.setVisible(momentum_field(spec.optimizer) is not None)
        with QSignalBlocker(self.momentum_combo):
            name = "" if schedule is None else schedule.name
            self.momentum_combo.setCurrentIndex(self.momentum_combo.findData(name))
        self.momentum_formula.setVisible(schedule is not None)
        if schedule is None:
            if self.momentum_editor is not None:
                self.momentum_schedule_box.removeWidget(self.momentum_editor)
                self.momentum_editor.deleteLater()
                self.momentum_editor = None
            return
        self.momentum_editor = self._show_params(
            self.momentum_schedule_box, self.momentum_editor, schedule, "momentum_schedule"
        )

    def _show_params(
        self, box: QVBoxLayout, editor: ParamEditor | None, obj, part: str
    ) -> ParamEditor:
        """Update `editor` in place, or replace it when `obj` has other parameters."""
        infos = params_of(obj)
        if editor is not None and editor.infos == infos:
            editor.set_values(values_of(obj))
            return editor
        if editor is not None:
            box.removeWidget(editor)
            editor.deleteLater()
        editor = ParamEditor(infos, values_of(obj))
        editor.setObjectName(part)
        editor.value_changed.connect(self._on_param_changed)
        box.addWidget(editor)
        return editor

    def _on_param_changed(self, name: str, value, dragging: bool) -> None:
        part = self.sender().objectName()  # which ParamEditor: "optimizer", "schedule"...
        self.param_changed.emit(part, name, value, dragging)
