"""Input that cannot surprise: the wheel spares unfocused controls, Escape leaves an editor.

`guard_wheel(root)` makes every spin box, slider and combo box under `root` take focus
only by click or Tab (never by the wheel) and ignore the wheel while unfocused, so the
wheel scrolls the panel instead of silently changing a hyper-parameter. `EditorEscape`,
watching the application's focus, makes Escape leave a text or spin box (committing it as
any focus change does) and give the keyboard back to the window's plot and timeline.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

WHEEL_GUARDED = (QAbstractSpinBox, QAbstractSlider, QComboBox)
EDITORS = (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


def has_focus_within(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


class WheelGuard(QObject):
    """Event filter: a wheel over a control without focus goes on to its parents instead.

    Ignoring the event and returning True makes QApplication offer it to the parent
    widget, so a scroll area around the control scrolls (Qt propagates unaccepted wheels)."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if has_focus_within(watched):
            return False
        event.ignore()
        return True


def is_guarded(widget: QWidget) -> bool:
    return isinstance(widget, WHEEL_GUARDED) and not isinstance(widget, QScrollBar)


def guard_wheel(root: QWidget, guard: WheelGuard | None = None) -> WheelGuard:
    """Guard `root` (if it is a control) and every control under it; returns the guard used
    (by default a new one owned by `root`), to guard controls added later with it."""
    guard = guard if guard is not None else WheelGuard(root)
    for widget in (root, *root.findChildren(QWidget)):
        if is_guarded(widget):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            widget.removeEventFilter(guard)  # installing twice would filter twice
            widget.installEventFilter(guard)
    return guard


def editor_of(widget: QWidget | None) -> QWidget | None:
    """The text or spin box `widget` belongs to, if Escape should leave it, else None."""
    while widget is not None and not isinstance(widget, EDITORS):
        widget = widget.parentWidget()
    if widget is None or isinstance(widget.window(), QDialog):
        return None  # a dialog's Escape closes the dialog
    if isinstance(widget, QTextEdit | QPlainTextEdit) and widget.isReadOnly():
        return None
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return None  # an item view's editor: Escape cancels the edit there
        parent = parent.parentWidget()
    return widget


def give_keys_back(editor: QWidget) -> None:
    """Leave `editor` and focus the window's central widget (the plot, with the timeline keys)."""
    window = editor.window()
    target = window.centralWidget() if isinstance(window, QMainWindow) else None
    editor.clearFocus()
    (target or window).setFocus(Qt.FocusReason.OtherFocusReason)


class EditorEscape(QObject):
    """Application event filter: Escape in a text or spin box leaves it (see the module).

    `watch(app)` installs the filter only while an editor has the focus: an application
    filter written in Python is called for every event of every object (~70,000 while the
    window is built), so outside an editor it is not installed at all."""

    filtering = False

    def watch(self, app: QApplication) -> None:
        app.focusChanged.connect(self._on_focus_changed)
        self._on_focus_changed(None, app.focusWidget())

    def _on_focus_changed(self, _old, new) -> None:
        app = QApplication.instance()
        app.removeEventFilter(self)  # installing twice would filter twice
        self.filtering = editor_of(new) is not None
        if self.filtering:
            app.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if event.key() != Qt.Key.Key_Escape or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        editor = editor_of(QApplication.focusWidget())
        if editor is None or not (watched is editor or editor.isAncestorOf(watched)):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # no window shortcut (leave presentation, end a walk-through) yet
            return True
        give_keys_back(editor)
        return True
