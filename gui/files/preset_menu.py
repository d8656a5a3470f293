"""The Presets menu and the "About this preset" dock that explains the preset on screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from engine.scene.presets import PRESETS, Preset, preset_heading
from gui.features import Menu
from gui.i18n import engine_text
from gui.panels.preset_panel import make_dock


class PresetMenu(QObject):
    """One menu entry per preset (its name as data) and the dock with the preset's text.

    The dock comes first, with its entry in the View menu; `build_menu` adds the Presets menu
    before Help, each entry triggering `chosen`, a slot of the caller that reads the name from
    its sender (the caller asks about unsaved changes before it opens one)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.dock, self.panel = make_dock(window)
        window.menus[Menu.VIEW].addAction(self.dock.toggleViewAction())
        self.entries: dict[str, QAction] = {}

    def build_menu(self, chosen: Callable[[], None]) -> None:
        window = self.window
        title = QCoreApplication.translate("SessionFiles", "&Presets")
        menu = QMenu(title, window)
        menu.setToolTipsVisible(True)
        window.menuBar().insertMenu(window.menus[Menu.HELP].menuAction(), menu)
        window.menus[Menu.PRESETS] = menu
        for name in PRESETS:
            title, explanation = preset_heading(name)
            tip = engine_text(explanation).split(". ")[0].rstrip(".") + "."
            title = engine_text(title)
            action = window.add_action(menu, title, chosen, None, tip)
            action.setData(name)
            self.entries[name] = action

    def show_text(self, preset: Preset) -> None:
        """The preset's explanation, unmarked, in the dock brought to the front."""
        self.panel.show_preset(preset)
        self.dock.show()
        self.dock.raise_()

    def follow(self, scene, preset: Preset | None) -> None:
        """ "About this preset" only while the scene is that preset: marked when it changes,
        hidden once a session, a new scene or another file takes its place."""
        if preset is None:
            self.dock.hide()
            return
        modified = scene != preset.scene
        if modified != self.panel.modified:
            self.panel.show_preset(preset, modified)
