"""The surface picker: which loss surface, its formula and parameters, and the step count."""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine.params import params_of, values_of
from engine.run.simulate import checked_steps
from engine.scene.edits import kept_runs, steps_changed, surface_param_changed, switched_surface
from engine.scene.scene import Scene
from engine.surfaces import SURFACES
from gui.i18n import engine_text
from gui.keys import guard_wheel
from gui.panels.param_editor import DragKeys, ParamEditor
from gui.panels.run_names import copy_words
from gui.panels.run_sections import ERROR_STYLE, scrolling
from gui.panels.surface_text import SurfaceTextFields

MAX_STEPS = 20_000
WARNING_STYLE = "color: #8A4B00;"
NOTE_STYLE = "color: #1F5F8B;"


class SurfacePanel(QWidget):
    """Edits `session.scene.surface` and `session.scene.steps`, one undoable edit per change.

    Picking another surface moves every run's start to the new surface's recommended start
    and gives the runs nobody tuned the recommended settings (see engine/scene/edits.py);
    a note says which runs kept their own. The surface's own parameters (κ and θ of the
    quadratic) keep the starts where they are.
    """

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._drag_keys = DragKeys("surface")
        self.params_editor: ParamEditor | None = None
        self._note_scene: Scene | None = None  # the scene the note describes
        self._build()
        session.scene_changed.connect(self._on_scene_changed)
        self._on_scene_changed(session.scene)

    def _build(self) -> None:
        self._build_surface()
        self._build_messages()
        self.text = SurfaceTextFields(self.session, self)
        self.text_form = self.text.form
        self.params_box = QVBoxLayout()
        steps_form = self._build_steps()
        body = QWidget()
        column = QVBoxLayout(body)
        for widget in (self.surface_combo, self.formula_label, self.gradient_label):
            column.addWidget(widget)
        for widget in (self.about_label, self.warning_label, self.error_label, self.note_label):
            column.addWidget(widget)
        column.addLayout(self.text_form)
        column.addLayout(self.params_box)
        column.addLayout(steps_form)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(body))
        self._wheel_guard = guard_wheel(body)

    def _build_surface(self) -> None:
        """The surface picker, its formula, gradient and description."""
        self.surface_combo = QComboBox()
        for name, cls in SURFACES.items():
            self.surface_combo.addItem(engine_text(cls.title), name)
        self.surface_combo.setToolTip(
            self.tr("The loss surface the runs descend; every start moves to its default.")
        )
        self.surface_combo.activated.connect(self._on_surface_activated)
        self.formula_label = QLabel()
        self.formula_label.setWordWrap(True)
        self.formula_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.formula_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.formula_label.setFont(font)
        self.about_label = QLabel()
        self.about_label.setWordWrap(True)
        self.about_label.setStyleSheet("color: #444444;")
        self.gradient_label = QLabel()
        self.gradient_label.setWordWrap(True)
        self.gradient_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.gradient_label.setToolTip(self.tr("The gradient, derived symbolically from f."))
        self.gradient_label.setFont(font)  # as large as the formula: it is read from afar

    def _build_messages(self) -> None:
        """The engine's complaint, the surface's warning and the note on a surface switch."""
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(NOTE_STYLE)
        self.note_label.hide()

    def _build_steps(self) -> QFormLayout:
        self.steps_box = QSpinBox()
        self.steps_box.setRange(1, MAX_STEPS)
        self.steps_box.setSingleStep(50)
        self.steps_box.setKeyboardTracking(False)
        self.steps_box.setToolTip(
            self.tr("How many updates every run makes (fewer if it diverges).")
        )
        self.steps_box.valueChanged.connect(self._on_steps_changed)
        steps_form = QFormLayout()
        steps = self.tr("steps")
        steps_form.addRow(f"<b>{steps}</b>", self.steps_box)
        return steps_form

    @property
    def text_fields(self) -> dict[str, QLineEdit]:
        return self.text.fields

    @property
    def text_errors(self) -> dict[str, QLabel]:
        return self.text.errors

    @property
    def text_error_label(self) -> QLabel:
        """The error label under the text field that last had an error (else under f)."""
        name = self.text.last_error if self.text.last_error in self.text_errors else "f"
        return self.text_errors.get(name) or self.error_label

    # -- following the session ---------------------------------------------------------
    def _on_scene_changed(self, scene: Scene) -> None:
        surface = scene.surface
        with QSignalBlocker(self.surface_combo):
            self.surface_combo.setCurrentIndex(self.surface_combo.findData(surface.name))
        self.formula_label.setText(f"f(x, y) = {surface.formula}")
        self.about_label.setText(engine_text(surface.about))
        self.about_label.setVisible(bool(surface.about))
        gradient = getattr(surface, "gradient_text", "")
        self.gradient_label.setText(gradient)
        self.gradient_label.setVisible(bool(gradient))
        warning = getattr(surface, "warning", "")
        self.warning_label.setText(f"⚠ {engine_text(warning)}")
        self.warning_label.setVisible(bool(warning))
        with QSignalBlocker(self.steps_box):
            self.steps_box.setValue(scene.steps)
        self.note_label.setVisible(scene is self._note_scene)  # only while it is still true
        self.text.show_surface(surface)
        self._show_params(surface)

    def _show_params(self, surface) -> None:
        infos = tuple(p for p in params_of(surface) if p.kind != "text")
        if self.params_editor is not None and self.params_editor.infos == infos:
            self.params_editor.set_values(values_of(surface))
            return
        if self.params_editor is not None:
            self.params_box.removeWidget(self.params_editor)
            self.params_editor.deleteLater()
            self.params_editor = None
        if infos:
            self.params_editor = ParamEditor(infos, values_of(surface))
            self.params_editor.value_changed.connect(self._on_param_changed)
            self.params_box.addWidget(self.params_editor)
            guard_wheel(self.params_editor, self._wheel_guard)

    # -- edits ---------------------------------------------------------------------------
    def _edit(self, text: str, change, merge_key: str = "") -> None:
        """Make `change(scene)` current, or show the engine's complaint and keep the scene."""
        try:
            scene = change(self.session.scene)
            checked_steps(scene.steps)
        except (ValueError, TypeError) as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            self._on_scene_changed(self.session.scene)  # show the kept scene, not the refused value
            return
        self.error_label.hide()
        self.session.edit(scene, text, merge_key)

    def _on_surface_activated(self, _row: int) -> None:
        name, before = self.surface_combo.currentData(), self.session.scene
        title = engine_text(SURFACES[name].title)
        self._edit(
            self.tr("Surface: {0}").format(title),
            partial(switched_surface, name, copy_words=copy_words()),
        )
        after = self.session.scene
        if after is not before:
            self._show_note(before, after)

    def _show_note(self, before: Scene, after: Scene) -> None:
        """Say what the switch did to the runs' settings, while it stays true."""
        kept = kept_runs(before, after)
        if kept:
            names = ", ".join(html.escape(name) for name in kept)
            text = self.tr(
                "Recommended settings for this surface given to the other runs; kept their "
                "own: {0}. Run settings ▸ Recommended resets them."
            ).format(names)
        else:
            text = self.tr("Every run has the recommended settings for this surface.")
        self._note_scene = after
        self.note_label.setText(text)
        self.note_label.setVisible(True)

    def _on_param_changed(self, name: str, value, dragging: bool) -> None:
        key = self._drag_keys.key_for(name, dragging)
        self._edit(
            self.tr("Change {0} of the surface").format(name),
            partial(surface_param_changed, name, value),
            key,
        )

    def _on_steps_changed(self, steps: int) -> None:
        self._edit(self.tr("Change steps"), partial(steps_changed, steps))
