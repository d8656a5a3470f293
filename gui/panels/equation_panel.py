"""The Equation dock's install: the panel beside the inspector, its View toggle and N / P / Esc."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from gui.features import Column, Menu
from gui.i18n import translator
from gui.panels.equation_widget import NOTATION_SETTING, EquationPanel

# The panel and its stored notation are imported from here by the window, its features and tests.
__all__ = ["NOTATION_SETTING", "EquationFeature", "EquationPanel"]

DOCK_WIDTH = 470
DOCK_TITLE = QT_TRANSLATE_NOOP("EquationPanel", "Equation")
NEXT_LINE = QT_TRANSLATE_NOOP("EquationPanel", "Next line of the rule")
NEXT_LINE_TIP = QT_TRANSLATE_NOOP(
    "EquationPanel", "Walk through the selected run's update one line at a time."
)
PREVIOUS_LINE = QT_TRANSLATE_NOOP("EquationPanel", "Previous line of the rule")
STOP_WALK = QT_TRANSLATE_NOOP("EquationPanel", "End the walk-through")
STOP_WALK_TIP = QT_TRANSLATE_NOOP("EquationPanel", "Stop explaining this update line by line.")
PREVIOUS_LINE_TIP = QT_TRANSLATE_NOOP("EquationPanel", "Go back one line in the walk-through.")


_tr = translator("EquationPanel")


class EquationFeature:
    """The Equation dock beside the inspector, its View toggle and the N / P keys."""

    NAME = "equation"
    REQUIRES = ()

    def __init__(self, panel: EquationPanel, dock: QDockWidget):
        self.panel, self.dock = panel, dock

    @classmethod
    def install(cls, host) -> EquationFeature:
        window = host.window
        panel = EquationPanel(host.session, host.timeline)
        panel.remember_in(host.settings)
        # Beside the inspector, raised: the full height of the right side, so a rule of
        # eight lines stays large enough for a projector; a little wider than the other tabs.
        dock = host.add_dock(panel, _tr(DOCK_TITLE), "dock-equation", tab_with=Column.RIGHT)
        dock.raise_()
        window.resizeDocks([dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        host.menu(Menu.VIEW).addAction(dock.toggleViewAction())
        panel.substep_changed.connect(window.surface_view.highlight)
        host.style.observe(panel)
        feature = cls(panel, dock)
        feature.stop_action = _add_walk_actions(host, panel)
        return feature


def _add_walk_actions(host, panel: EquationPanel) -> QAction:
    """N and P walk the rule from anywhere in the window; Esc ends the walk (returned)."""
    for shortcut in panel.shortcuts:
        shortcut.setEnabled(False)  # the window's actions below take N and P everywhere
    for text, slot, key, tip in (
        (NEXT_LINE, panel.next_substep, "N", NEXT_LINE_TIP),
        (PREVIOUS_LINE, panel.previous_substep, "P", PREVIOUS_LINE_TIP),
    ):
        host.add_action(Menu.VIEW, _tr(text), slot, QKeySequence(key), _tr(tip))
    # Esc ends a walk-through; enabled only while walking, so Esc is free otherwise
    # (presentation mode's leave action stops a walk first, then leaves).
    stop = host.add_action(
        Menu.VIEW, _tr(STOP_WALK), panel.stop_walking, QKeySequence("Esc"), _tr(STOP_WALK_TIP)
    )
    stop.setEnabled(False)
    panel.walk_button.toggled.connect(stop.setEnabled)
    return stop
