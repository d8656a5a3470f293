"""The settings of the selected run: optimizer, schedules, noise, mini-batches and start."""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engine.optimizers import OPTIMIZERS
from engine.params import params_of, values_of
from engine.run.simulate import momentum_field
from engine.scene.edits import (
    param_changes,
    reset_all,
    reset_run,
    switched_momentum_schedule,
    switched_optimizer,
    switched_schedule,
)
from engine.scene.scene import RunSpec, check_run_spec
from engine.schedules import SCHEDULES
from gui.i18n import engine_text
from gui.keys import guard_wheel
from gui.panels.param_editor import DragKeys, ParamEditor
from gui.panels.run_names import copy_words, edited_run
from gui.panels.run_sections import (
    ERROR_STYLE,
    NoiseStartSection,
    first_line,
    schedule_title,
    scrolling,
    section,
)

MOMENTUM_FORMULA = "μ_t = 1 − (1 − μ) · lr_t / lr"  # the shape's lr_t; a formula, untranslated


class RunEditor(QWidget):
    """Edits `session.scene.runs[session.selected]`; each change is one undoable edit."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._drag_keys = DragKeys("run")
        self.optimizer_editor: ParamEditor | None = None
        self.schedule_editor: ParamEditor | None = None
        self.momentum_editor: ParamEditor | None = None
        self._build()
        session.scene_changed.connect(self._on_scene_changed)
        session.selection_changed.connect(self._on_selection_changed)
        self._refresh()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.body = QWidget()
        column = QVBoxLayout(self.body)
        column.addWidget(self.header)
        column.addWidget(self.error_label)
        self._build_reset(column)
        self._build_optimizer(column)
        self._build_schedule(column)
        self._build_momentum_schedule(column)
        self.samples = NoiseStartSection()
        self.samples.edited.connect(self._on_section_edited)
        self.noise_editor, self.seed_box = self.samples.noise_editor, self.samples.seed_box
        self.batch_box, self.batch_section = self.samples.batch_box, self.samples.batch_section
        self.start_boxes = self.samples.start_boxes
        column.addWidget(self.samples)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(self.body))
        self._wheel_guard = guard_wheel(self.body)

    def _build_reset(self, column: QVBoxLayout) -> None:
        """Reset to recommended: the surface's settings for this run, or for every run."""
        self.reset_button = QPushButton(self.tr("This run"))
        self.reset_button.setToolTip(
            self.tr("Give the selected run the recommended lr, settings and start on this surface.")
        )
        self.reset_button.clicked.connect(self.reset_selected)
        self.reset_all_button = QPushButton(self.tr("All runs"))
        self.reset_all_button.setToolTip(
            self.tr("Give every run, and the step count, the recommended settings on this surface.")
        )
        self.reset_all_button.clicked.connect(self.reset_every_run)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Recommended:")))
        row.addWidget(self.reset_button, 1)
        row.addWidget(self.reset_all_button, 1)
        column.addLayout(row)

    def _build_optimizer(self, column: QVBoxLayout) -> None:
        self.optimizer_combo = QComboBox()
        for name, cls in OPTIMIZERS.items():
            self.optimizer_combo.addItem(engine_text(cls.title), name)
        self.optimizer_combo.setToolTip(
            self.tr("The update rule this run uses; lr is kept when switching.")
        )
        self.optimizer_combo.activated.connect(self._on_optimizer_activated)
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        self.rule_label.setStyleSheet("color: #444444;")
        self.optimizer_box = QVBoxLayout()
        column.addWidget(section(self.tr("Optimizer")))
        column.addWidget(self.optimizer_combo)
        column.addWidget(self.rule_label)
        column.addLayout(self.optimizer_box)

    def _build_schedule(self, column: QVBoxLayout) -> None:
        self.schedule_combo = QComboBox()
        for name, cls in SCHEDULES.items():
            self.schedule_combo.addItem(engine_text(schedule_title(cls)), name)
        self.schedule_combo.setToolTip(self.tr("How the learning rate changes from step to step."))
        self.schedule_combo.activated.connect(self._on_schedule_activated)
        self.formula_label = QLabel()
        self.formula_label.setWordWrap(True)
        self.formula_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.formula_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.formula_label.setFont(font)
        self.schedule_box = QVBoxLayout()
        column.addWidget(section(self.tr("Learning-rate schedule")))
        column.addWidget(self.schedule_combo)
        column.addWidget(self.formula_label)
        column.addLayout(self.schedule_box)

    def _build_momentum_schedule(self, column: QVBoxLayout) -> None:
        self.momentum_combo = QComboBox()
        self.momentum_combo.addItem(self.tr("Fixed"), "")
        for name, cls in SCHEDULES.items():
            self.momentum_combo.addItem(engine_text(schedule_title(cls)), name)
        self.momentum_combo.setToolTip(
            self.tr(
                "Grows momentum (β1 for Adam) over the run, e.g. from 0.5 towards 0.99, "
                "by shrinking 1 − μ as the schedule shrinks lr."
            )
        )
        self.momentum_combo.activated.connect(self._on_momentum_schedule_activated)
        self.momentum_formula = QLabel(MOMENTUM_FORMULA)
        self.momentum_formula.setWordWrap(True)
        self.momentum_schedule_box = QVBoxLayout()
        self.momentum_section = QWidget()
        inner = QVBoxLayout(self.momentum_section)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(section(self.tr("Momentum schedule")))
        inner.addWidget(self.momentum_combo)
        inner.addWidget(self.momentum_formula)
        inner.addLayout(self.momentum_schedule_box)
        column.addWidget(self.momentum_section)

    # -- following the session ---------------------------------------------------------
    def selected_spec(self) -> RunSpec | None:
        index, runs = self.session.selected, self.session.scene.runs
        return runs[index] if 0 <= index < len(runs) else None

    def _on_scene_changed(self, _scene) -> None:
        self._refresh()

    def _on_selection_changed(self, _index: int) -> None:
        self._show_error("")
        self._refresh()

    def _refresh(self) -> None:
        """Show the selected run without emitting any edit (no feedback loop)."""
        spec = self.selected_spec()
        self.body.setEnabled(spec is not None)
        if spec is None:
            none = self.tr("No run selected")
            self.header.setText(f"<i>{none}</i>")
            return
        self.header.setText(
            f'<span style="color:{spec.color}; font-size:x-large">■</span> '
            f'<span style="font-size:large"><b>{html.escape(spec.name)}</b></span>'
        )
        self._show_optimizer(spec.optimizer)
        self._show_schedule(spec.schedule)
        self._show_momentum_schedule(spec)
        self.samples.show_spec(spec, self.session.scene.surface)
        guard_wheel(self.body, self._wheel_guard)  # parameter rows may be new

    def _show_optimizer(self, optimizer) -> None:
        with QSignalBlocker(self.optimizer_combo):
            self.optimizer_combo.setCurrentIndex(self.optimizer_combo.findData(optimizer.name))
        cls = type(optimizer)
        rule = first_line(cls.__doc__)
        # A dataclass without a docstring has its signature as __doc__: code, not a sentence.
        self.rule_label.setText("" if rule.startswith(f"{cls.__name__}(") else engine_text(rule))
        self.optimizer_editor = self._show_params(
            self.optimizer_box, self.optimizer_editor, optimizer
        )

    def _show_schedule(self, schedule) -> None:
        with QSignalBlocker(self.schedule_combo):
            self.schedule_combo.setCurrentIndex(self.schedule_combo.findData(schedule.name))
        self.formula_label.setText(schedule.formula)
        self.schedule_editor = self._show_params(self.schedule_box, self.schedule_editor, schedule)

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
            self.momentum_schedule_box, self.momentum_editor, schedule
        )

    def _show_params(self, box: QVBoxLayout, editor: ParamEditor | None, obj) -> ParamEditor:
        """Update `editor` in place, or replace it when `obj` has other parameters."""
        infos = params_of(obj)
        if editor is not None and editor.infos == infos:
            editor.set_values(values_of(obj))
            return editor
        if editor is not None:
            box.removeWidget(editor)
            editor.deleteLater()
        editor = ParamEditor(infos, values_of(obj))
        parts = {
            id(self.optimizer_box): "optimizer",
            id(self.momentum_schedule_box): "momentum_schedule",
        }
        editor.setObjectName(parts.get(id(box), "schedule"))
        editor.value_changed.connect(self._on_param_changed)
        box.addWidget(editor)
        return editor

    # -- edits ---------------------------------------------------------------------------
    def _apply(self, what: str, changes_of, merge_key: str = "", detail: str = "") -> None:
        """Change the selected run by `changes_of(run)`, or show the engine's complaint.

        `what` is the undo text, translated, with {0} for the run's name and {1} for `detail`.
        A name generated from the settings follows them (engine/scene/run_names.py)."""
        index, scene = self.session.selected, self.session.scene
        if not 0 <= index < len(scene.runs):
            return
        spec = scene.runs[index]
        try:
            edited = edited_run(scene, index, **changes_of(spec))
            check_run_spec(edited.runs[index], scene.surface)
        except (ValueError, TypeError) as error:
            self._show_error(str(error))
            self._refresh()  # the controls show the scene again, not the refused value
            return
        self._show_error("")
        self.session.edit(edited, what.format(spec.name, detail), merge_key)

    def reset_selected(self) -> None:
        """The selected run's optimizer numbers and start as recommended: one undoable edit."""
        index, scene = self.session.selected, self.session.scene
        if 0 <= index < len(scene.runs):
            text = self.tr("Reset {0} to recommended").format(scene.runs[index].name)
            self.session.edit(reset_run(index, scene, copy_words()), text)

    def reset_every_run(self) -> None:
        scene = self.session.scene
        if scene.runs:
            self.session.edit(
                reset_all(scene, copy_words()), self.tr("Reset all runs to recommended")
            )

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _on_optimizer_activated(self, _row: int) -> None:
        self._apply(
            self.tr("Change optimizer of {0}"),
            partial(
                switched_optimizer, self.optimizer_combo.currentData(), copy_words=copy_words()
            ),
        )

    def _on_schedule_activated(self, _row: int) -> None:
        self._apply(
            self.tr("Change schedule of {0}"),
            partial(switched_schedule, self.schedule_combo.currentData()),
        )

    def _on_param_changed(self, name: str, value, dragging: bool) -> None:
        part = self.sender().objectName()  # which ParamEditor: "optimizer", "schedule" or "run"
        key = self._drag_keys.key_for(f"{self.session.selected}.{part}.{name}", dragging)
        changes = partial(param_changes, part, name, value)
        self._apply(self.tr("Change {1} of {0}"), changes, key, detail=name)

    def _on_momentum_schedule_activated(self, _row: int) -> None:
        self._apply(
            self.tr("Change momentum schedule of {0}"),
            partial(switched_momentum_schedule, self.momentum_combo.currentData()),
        )

    def _on_section_edited(self, what: str, changes_of, merge_key: str, detail: str) -> None:
        self._apply(what, changes_of, merge_key, detail)
