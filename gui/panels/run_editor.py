"""The settings of the selected run: optimizer, schedules, noise, mini-batches and start."""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from engine.scene.edits import (
    param_changes,
    reset_all,
    reset_run,
    switched_momentum_schedule,
    switched_optimizer,
    switched_schedule,
)
from engine.scene.scene import RunSpec, check_run_spec
from gui.keys import guard_wheel
from gui.panels.param_editor import DragKeys, ParamEditor
from gui.panels.rule_section import RuleSection
from gui.panels.run_names import copy_words, edited_run
from gui.panels.run_sections import ERROR_STYLE, NoiseStartSection, scrolling


class RunEditor(QWidget):
    """Edits `session.scene.runs[session.selected]`; each change is one undoable edit."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._drag_keys = DragKeys("run")
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
        self._build_rules(column)
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

    def _build_rules(self, column: QVBoxLayout) -> None:
        """The optimizer and schedules: shown by the section, their edits made here."""
        rules = self.rules = RuleSection()
        self.optimizer_combo, self.rule_label = rules.optimizer_combo, rules.rule_label
        self.schedule_combo, self.formula_label = rules.schedule_combo, rules.formula_label
        self.momentum_combo, self.momentum_section = rules.momentum_combo, rules.momentum_section
        self.optimizer_combo.activated.connect(self._on_optimizer_activated)
        self.schedule_combo.activated.connect(self._on_schedule_activated)
        self.momentum_combo.activated.connect(self._on_momentum_schedule_activated)
        rules.param_changed.connect(self._on_param_changed)
        column.addWidget(rules)

    @property
    def optimizer_editor(self) -> ParamEditor | None:
        return self.rules.optimizer_editor

    @property
    def schedule_editor(self) -> ParamEditor | None:
        return self.rules.schedule_editor

    @property
    def momentum_editor(self) -> ParamEditor | None:
        return self.rules.momentum_editor

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
        self.rules.show_spec(spec)
        self.samples.show_spec(spec, self.session.scene.surface)
        guard_wheel(self.body, self._wheel_guard)  # parameter rows may be new

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

    def _on_param_changed(self, part: str, name: str, value, dragging: bool) -> None:
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
