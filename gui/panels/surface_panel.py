"""The surface picker: which loss surface, its formula and parameters, and the step count."""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt
from PySide6.QtGui import QFontDatabase
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
from engine.surfaces.custom import read_bounds, read_start
from engine.surfaces.expression import ExpressionError, parse_expression
from gui.i18n import engine_text
from gui.keys import guard_wheel
from gui.panels.param_editor import DragKeys, ParamEditor
from gui.panels.run_names import copy_words
from gui.panels.run_sections import ERROR_STYLE, scrolling

MAX_STEPS = 20_000
WARNING_STYLE = "color: #8A4B00;"
NOTE_STYLE = "color: #1F5F8B;"
SHOWN_COLUMNS = 40  # a long formula's error shows this much of it around the caret
TEXT_TIPS = {
    "f": QT_TRANSLATE_NOOP(
        "SurfacePanel",
        "The loss f(x, y): numbers, x, y, + - * / **, ( ), pi, e, sin, exp, ...; Enter applies.",
    ),
    "bounds": QT_TRANSLATE_NOOP(
        "SurfacePanel", "The plotted box as xmin,xmax,ymin,ymax; Enter applies."
    ),
    "start": QT_TRANSLATE_NOOP(
        "SurfacePanel", "Where new runs start, as x,y (empty: left of the centre); Enter applies."
    ),
}


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
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.gradient_label = QLabel()
        self.gradient_label.setWordWrap(True)
        self.gradient_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.gradient_label.setToolTip(self.tr("The gradient, derived symbolically from f."))
        self.gradient_label.setFont(font)  # as large as the formula: it is read from afar
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(NOTE_STYLE)
        self.note_label.hide()
        self.text_form = QFormLayout()
        self.text_fields: dict[str, QLineEdit] = {}
        self.text_errors: dict[str, QLabel] = {}
        self._shown_text: dict[str, str] = {}
        self._last_error = ""
        self.params_box = QVBoxLayout()
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

    @property
    def text_error_label(self) -> QLabel:
        """The error label under the text field that last had an error (else under f)."""
        name = self._last_error if self._last_error in self.text_errors else "f"
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
        self._show_text_params(surface)
        self._show_params(surface)

    def _show_text_params(self, surface) -> None:
        """One monospace line per text parameter, the formula first."""
        infos = sorted((p for p in params_of(surface) if p.kind == "text"), key=_formula_first)
        if [p.name for p in infos] != list(self.text_fields):
            self._rebuild_text_fields(infos)
        for name, value in values_of(surface).items():
            # Only fields whose value changed: an unrelated edit must not wipe typing in progress.
            if name in self.text_fields and self._shown_text.get(name) != value:
                self.text_fields[name].setText(value)
                self._shown_text[name] = value
                self._show_text_error(name, "")

    def _rebuild_text_fields(self, infos) -> None:
        while self.text_form.rowCount():
            self.text_form.removeRow(0)
        self.text_fields, self.text_errors, self._shown_text = {}, {}, {}
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for info in infos:
            field = QLineEdit()
            field.setFont(mono)
            field.setMaxLength(info.max_length)
            tip = TEXT_TIPS.get(info.name)
            field.setToolTip(self.tr(tip) if tip else engine_text(info.doc))
            field.setPlaceholderText(engine_text(info.doc))
            field.editingFinished.connect(self._on_text_edited)
            field.textEdited.connect(self._on_text_typed)
            self.text_fields[info.name] = field
            label = "f(x, y) =" if info.name == "f" else info.name
            self.text_form.addRow(f"<b>{label}</b>", field)
            error = QLabel()  # right under its field: the error shows where it was typed
            error.setObjectName(f"error-{info.name}")
            error.setStyleSheet(ERROR_STYLE)
            error.setTextFormat(Qt.TextFormat.RichText)
            error.setWordWrap(True)
            error.hide()
            self.text_errors[info.name] = error
            self.text_form.addRow(error)

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

    def _on_text_edited(self) -> None:
        """Enter or focus-out: apply a changed text field, or explain what is wrong with it."""
        changed = {
            name: field.text()
            for name, field in self.text_fields.items()
            if field.text() != self._shown_text.get(name)
        }
        if not changed:
            return
        name, value = next(iter(changed.items()))
        try:
            scene = surface_param_changed(name, value, self.session.scene)
        except ValueError as error:
            # The typed text stays in the field so it can be fixed; the scene is kept.
            self._show_text_error(name, error_html(str(error), value, error))
            return
        self._show_text_error(name, "")
        self.session.edit(scene, self.tr("Change {0} of the surface").format(name))

    def _on_text_typed(self, text: str) -> None:
        """Check each keystroke's text at once (parsing only: Enter applies and differentiates)."""
        name = next((n for n, field in self.text_fields.items() if field is self.sender()), "")
        if not name:
            return
        try:
            check_text(name, text, self._typed_bounds())
        except ValueError as error:
            self._show_text_error(name, error_html(str(error), text, error))
            return
        self._show_text_error(name, "")

    def _typed_bounds(self):
        field = self.text_fields.get("bounds")
        try:
            return read_bounds(field.text()) if field is not None else None
        except ValueError:
            return getattr(self.session.scene.surface, "bounds", None)

    def _show_text_error(self, name: str, message: str) -> None:
        label = self.text_errors.get(name)
        if label is None:
            return
        label.setText(message)
        label.setVisible(bool(message))
        if message:
            self._last_error = name

    def _on_steps_changed(self, steps: int) -> None:
        self._edit(self.tr("Change steps"), partial(steps_changed, steps))


def check_text(name: str, text: str, bounds) -> None:
    """Raise the ValueError a text field's value would get, as far as parsing tells."""
    if name == "f":
        parse_expression(text)
    elif name == "bounds":
        read_bounds(text)
    elif name == "start" and bounds is not None:
        read_start(text, bounds)


def error_html(message: str, text: str, error: Exception) -> str:
    """The message, and for a formula the text with a caret under the offending column."""
    lines = html.escape(message)
    if isinstance(error, ExpressionError):
        # A long formula shows the part around the caret, so the panel never grows wide.
        first = max(0, min(error.position - SHOWN_COLUMNS // 2, len(text) - SHOWN_COLUMNS))
        shown = text[first : first + SHOWN_COLUMNS]
        before, after = ("…" if first else ""), ("…" if first + SHOWN_COLUMNS < len(text) else "")
        caret = " " * (error.position - first + len(before)) + "^"
        lines += f"<pre style='margin: 0;'>{html.escape(before + shown + after)}\n{caret}</pre>"
    return lines


def _formula_first(info) -> bool:
    return info.name != "f"
