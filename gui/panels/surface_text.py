"""The surface's text fields (formula, bounds, start): checked as typed, applied on Enter."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from engine.params import params_of, values_of
from engine.scene.edits import surface_param_changed
from engine.surfaces.custom import read_bounds, read_start
from engine.surfaces.expression import ExpressionError, parse_expression
from gui.i18n import engine_text, translator
from gui.panels.run_sections import ERROR_STYLE

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


# The fields' texts keep the SurfacePanel context of resources/translations/ko/.
_tr = translator("SurfacePanel")


class SurfaceTextFields(QObject):
    """One monospace line per text parameter of `session.scene.surface`, the formula first,
    each with its error label right under it, in `form` (the panel lays it out)."""

    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.last_error = ""  # the field that last had an error
        self._shown: dict[str, str] = {}

    def show_surface(self, surface) -> None:
        """Show the surface's text parameters, keeping typing in progress where nothing changed."""
        infos = sorted((p for p in params_of(surface) if p.kind == "text"), key=_formula_first)
        if [p.name for p in infos] != list(self.fields):
            self._rebuild(infos)
        for name, value in values_of(surface).items():
            # Only fields whose value changed: an unrelated edit must not wipe typing in progress.
            if name in self.fields and self._shown.get(name) != value:
                self.fields[name].setText(value)
                self._shown[name] = value
                self.show_error(name, "")

    def _rebuild(self, infos) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields, self.errors, self._shown = {}, {}, {}
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for info in infos:
            self._add_field(info, mono)

    def _add_field(self, info, font) -> None:
        field = QLineEdit()
        field.setFont(font)
        field.setMaxLength(info.max_length)
        tip = TEXT_TIPS.get(info.name)
        field.setToolTip(_tr(tip) if tip else engine_text(info.doc))
        field.setPlaceholderText(engine_text(info.doc))
        field.editingFinished.connect(self._on_edited)
        field.textEdited.connect(self._on_typed)
        self.fields[info.name] = field
        label = "f(x, y) =" if info.name == "f" else info.name
        self.form.addRow(f"<b>{label}</b>", field)
        error = QLabel()  # right under its field: the error shows where it was typed
        error.setObjectName(f"error-{info.name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setTextFormat(Qt.TextFormat.RichText)
        error.setWordWrap(True)
        error.hide()
        self.errors[info.name] = error
        self.form.addRow(error)

    def _on_edited(self) -> None:
        """Enter or focus-out: apply a changed text field, or explain what is wrong with it."""
        changed = {
            name: field.text()
            for name, field in self.fields.items()
            if field.text() != self._shown.get(name)
        }
        if not changed:
            return
        name, value = next(iter(changed.items()))
        try:
            scene = surface_param_changed(name, value, self.session.scene)
        except ValueError as error:
            # The typed text stays in the field so it can be fixed; the scene is kept.
            self.show_error(name, error_html(str(error), value, error))
            return
        self.show_error(name, "")
        self.session.edit(scene, _tr("Change {0} of the surface").format(name))

    def _on_typed(self, text: str) -> None:
        """Check each keystroke's text at once (parsing only: Enter applies and differentiates)."""
        name = next((n for n, field in self.fields.items() if field is self.sender()), "")
        if not name:
            return
        try:
            check_text(name, text, self._typed_bounds())
        except ValueError as error:
            self.show_error(name, error_html(str(error), text, error))
            return
        self.show_error(name, "")

    def _typed_bounds(self):
        field = self.fields.get("bounds")
        try:
            return read_bounds(field.text()) if field is not None else None
        except ValueError:
            return getattr(self.session.scene.surface, "bounds", None)

    def show_error(self, name: str, message: str) -> None:
        label = self.errors.get(name)
        if label is None:
            return
        label.setText(message)
        label.setVisible(bool(message))
        if message:
            self.last_error = name


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
