"""Asking to save unsaved changes (Save / Discard / Cancel) before they would be lost."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


def unsaved_changes_box(parent: QWidget, label: str) -> QMessageBox:
    """Save / Discard / Cancel about the unsaved changes of `label` (shown by the caller)."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("SessionFiles", "Unsaved changes"))
    box.setText(translate("SessionFiles", "Save the changes to {0}?").format(label))
    box.setInformativeText(
        translate(
            "SessionFiles", "If you don't save them, the changes since the last save are lost."
        )
    )
    box.setStandardButtons(Button.Save | Button.Discard | Button.Cancel)
    box.setDefaultButton(Button.Save)
    box.setEscapeButton(Button.Cancel)
    return box


class UnsavedChanges:
    """Whether the window's scene may be replaced: yes when nothing is unsaved, else as the
    user answers; Save calls `save` (False when cancelled or failed), the box names `label()`."""

    def __init__(self, window, save: Callable[[], bool], label: Callable[[], str]):
        self.window = window
        self._save, self._label = save, label
        # Whether to ask before unsaved changes are dropped: the app turns it on (gui/app.py);
        # windows that scripts and tests drive never block on a question.
        self.confirm = False
        # Shows the question and returns the button chosen; tests replace it.
        self.ask: Callable[[], Button] = self.ask_with_box

    def pending(self) -> bool:
        """Edits since the last save (or since the file or preset was opened)."""
        return not self.window.session.undo_stack.isClean()

    def confirm_discard(self) -> bool:
        """True when the scene may be replaced: nothing unsaved, or saved, or discarded."""
        if not self.confirm or not self.pending():
            return True
        self.window.timeline.pause()
        answer = self.ask()
        if answer == Button.Save:
            return self._save()  # a cancelled or failed save keeps the scene
        return answer == Button.Discard

    def ask_with_box(self) -> Button:
        """The real question, modal over the window: the button the user chose."""
        box = unsaved_changes_box(self.window, self._label())
        try:
            return Button(box.exec())
        finally:
            box.deleteLater()
