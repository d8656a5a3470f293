"""View ▸ True geometry (1:1): the plot's aspect lock, remembered between sessions."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence

from gui.features import Menu

TRUE_ASPECT_KEY = "view/true_aspect"


class TrueGeometry(QObject):
    """A checkable View entry that locks one unit of x to one unit of y (on by default)."""

    NAME = "true geometry"
    REQUIRES = ()

    @classmethod
    def install(cls, host) -> TrueGeometry:
        return cls(host)

    def __init__(self, host):
        super().__init__(host.window)
        self.view, self.settings = host.window.surface_view, host.settings
        self.action = host.add_action(
            Menu.VIEW,
            self.tr("True &geometry (1:1)"),
            self.set_on,
            QKeySequence("Ctrl+1"),
            self.tr(
                "Draw one unit of x as long as one unit of y, so round bowls look round and steps "
                "meet the contours at their true angle (data-set losses are never locked)."
            ),
        )
        self.action.setCheckable(True)
        stored = self.settings.value(TRUE_ASPECT_KEY, True)
        self.set_on(stored not in (False, "false", "0", 0))

    def set_on(self, on: bool) -> None:
        self.action.setChecked(bool(on))
        self.settings.setValue(TRUE_ASPECT_KEY, bool(on))
        if bool(on) != self.view.true_aspect:
            self.view.set_true_aspect(bool(on))
