"""Which file or preset is on screen: opening, saving and applying them, named in the title."""

from __future__ import annotations

import os

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from engine.scene.presets import Preset, load_preset
from engine.scene.session_file import SessionState, read_session, write_session
from gui.features import Menu
from gui.files.file_pickers import DropOpener, open_name, save_name
from gui.files.preset_menu import PresetMenu
from gui.files.recent_files import RecentFiles
from gui.files.unsaved_changes import UnsavedChanges
from gui.i18n import engine_text
from gui.panels.homework import Homework


def standard_shortcut(key: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's keys for `key`; `fallback` where it has none (Save As on Windows)."""
    return QKeySequence.keyBindings(key) or [QKeySequence(fallback)]


class SessionFiles(QObject):
    """Opens and saves session files, remembers recent ones, applies presets.

    File ▸ Open / Save / Save As / Open Recent (gui/files/recent_files.py), the Presets menu
    and its dock (gui/files/preset_menu.py), dropping a file (gui/files/file_pickers.py) and
    asking to save unsaved changes first (gui/files/unsaved_changes.py) all come here."""

    NAME = "session files"
    REQUIRES = ()

    @classmethod
    def install(cls, host) -> SessionFiles:
        """Add the File entries, the Presets menu and drag-and-drop to the window."""
        return cls(host.window)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.path: str | None = None  # the file the scene was opened from or saved to
        self.preset: Preset | None = None  # the preset shown, until a file is opened or saved
        self.unsaved = UnsavedChanges(window, self.save, self.label)
        self.presets = PresetMenu(window)
        self.preset_dock, self.preset_panel = self.presets.dock, self.presets.panel
        self._build_file_entries()
        self.presets.build_menu(self._on_preset_chosen)
        self.preset_actions = self.presets.entries
        self.drops = DropOpener(window, self.confirm_discard, self.open_path)
        window.session.scene_changed.connect(self._on_scene_changed)
        window.session.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._update_title()

    # -- menus ------------------------------------------------------------------------
    def _build_file_entries(self) -> None:
        """Open…, Open Recent, Save and Save As… above Quit."""
        window, file_menu = self.window, self.window.menus[Menu.FILE]
        actions = [window.add_action(file_menu, *entry) for entry in self._file_entries()]
        self.recent = RecentFiles(window, self._on_recent_chosen)
        self.recent_menu = self.recent.menu
        for action in actions[:1]:
            file_menu.insertAction(window.quit_action, action)
        file_menu.insertMenu(window.quit_action, self.recent_menu)
        for action in actions[1:]:
            file_menu.insertAction(window.quit_action, action)
        file_menu.insertSeparator(window.quit_action)
        self.open_action, self.save_action, self.save_as_action = actions
        self.recent.rebuild_menu()

    def _file_entries(self) -> tuple[tuple, ...]:
        """Text, slot, shortcut and tip of Open…, Save and Save As…, for window.add_action."""
        keys = QKeySequence.StandardKey
        return (
            (self.tr("&Open…"), self.open_dialog, keys.Open, self.tr("Open a saved session.")),
            (self.tr("&Save"), self.save, keys.Save, self.tr("Save the scene and view.")),
            (
                self.tr("Save &As…"),
                self.save_as,
                standard_shortcut(keys.SaveAs, "Ctrl+Shift+S"),
                self.tr("Save the scene and view to a new file."),
            ),
        )

    # -- open and save ----------------------------------------------------------------
    def open_dialog(self) -> None:
        if not self.confirm_discard():
            return
        path = open_name(self.window, self.recent.folder())
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> bool:
        """Open a session file; a bad file is reported and leaves the scene untouched."""
        try:
            state = read_session(path)
        except ValueError as error:
            self._warn(self.tr("Cannot open session"), str(error))
            return False
        self.apply_session(path, state)
        return True

    def apply_session(self, path: str, state: SessionState) -> None:
        window = self.window
        window.timeline.pause()
        self.path, self.preset = os.path.abspath(path), None
        window.session.replace(state.scene)
        window.timeline.set_frame(state.frame)
        window.session.select(state.selected)
        if state.view is not None:
            x_min, x_max, y_min, y_max = state.view
            window.surface_view.plotItem.vb.setRange(
                xRange=(x_min, x_max), yRange=(y_min, y_max), padding=0
            )
        self.recent.remember(self.path)
        self._update_title()
        if window.host.has(Homework):
            window.feature(Homework).restore(
                state.student
            )  # asks before running code (once per file hash)

    def save(self) -> bool:
        return self.save_to(self.path) if self.path else self.save_as()

    def save_as(self) -> bool:
        path = save_name(self.window, self.path or self.recent.folder())
        return self.save_to(path) if path else False

    def save_to(self, path: str) -> bool:
        """Write the scene, frame, view and selection to `path`; report a failure."""
        try:
            write_session(path, self.current_state())
        except ValueError as error:
            self._warn(self.tr("Cannot save session"), str(error))
            return False
        self.path, self.preset = os.path.abspath(path), None
        self.window.session.undo_stack.setClean()
        self.recent.remember(self.path)
        self._update_title()
        return True

    def current_state(self) -> SessionState:
        window = self.window
        (x_min, x_max), (y_min, y_max) = window.surface_view.plotItem.vb.viewRange()
        view = (float(x_min), float(x_max), float(y_min), float(y_max))
        homework = window.feature(Homework) if window.host.has(Homework) else None
        return SessionState(
            window.session.scene, window.timeline.frame, view, window.session.selected,
            student=None if homework is None else homework.session_student(),
        )  # fmt: skip

    # -- presets ----------------------------------------------------------------------
    def open_preset(self, name: str) -> bool:
        try:
            preset = load_preset(name)
        except ValueError as error:
            self._warn(self.tr("Cannot open preset"), str(error))
            return False
        self.apply_preset(preset)
        return True

    def apply_preset(self, preset: Preset) -> None:
        """Show the preset's scene as one undoable edit, at its frame, with its explanation."""
        window = self.window
        window.timeline.pause()
        self.path, self.preset = None, preset
        window.session.edit(preset.scene, self.tr("Preset: {0}").format(engine_text(preset.title)))
        window.timeline.set_frame(preset.frame)
        window.session.select(0)  # a preset's first run is the one its explanation is about
        window.surface_view.reset_view()
        self.presets.show_text(preset)
        window.session.undo_stack.setClean()  # an untouched preset has nothing to lose
        self._update_title()

    def _on_preset_chosen(self) -> None:
        if self.confirm_discard():
            self.open_preset(self.sender().data())

    # -- recent files -----------------------------------------------------------------
    def recent_files(self) -> list[str]:
        return self.recent.paths()

    def clear_recent(self) -> None:
        self.recent.clear()

    def open_recent(self, path: str) -> bool:
        """Open a recent file; one that has gone is dropped from the list, with a message."""
        if not os.path.isfile(path):
            self.recent.forget(path)
            self._warn(
                self.tr("File not found"),
                self.tr("{0} no longer exists; removed from Open Recent.").format(path),
            )
            return False
        return self.open_path(path)

    def _on_recent_chosen(self) -> None:
        if self.confirm_discard():
            self.open_recent(self.sender().data())

    # -- unsaved changes --------------------------------------------------------------
    @property
    def confirm_unsaved(self) -> bool:
        """Whether to ask before unsaved changes are dropped (the app turns it on)."""
        return self.unsaved.confirm

    @confirm_unsaved.setter
    def confirm_unsaved(self, value: bool) -> None:
        self.unsaved.confirm = value

    @property
    def ask_to_save(self):
        """Shows the question and returns the button chosen; tests replace it."""
        return self.unsaved.ask

    @ask_to_save.setter
    def ask_to_save(self, ask) -> None:
        self.unsaved.ask = ask

    def has_unsaved_changes(self) -> bool:
        return self.unsaved.pending()

    def confirm_discard(self) -> bool:
        """True when the scene may be replaced: nothing unsaved, or saved, or discarded."""
        return self.unsaved.confirm_discard()

    def adopt(self, other: SessionFiles) -> None:
        """Take over the file, preset and unsaved state of the window this one replaces."""
        self.path, self.preset = other.path, other.preset
        if other.has_unsaved_changes():
            self.window.session.undo_stack.resetClean()
        self._update_title()

    # -- title and messages -----------------------------------------------------------
    def _on_scene_changed(self, scene) -> None:
        self._update_title()
        self.presets.follow(scene, self.preset)

    def _on_clean_changed(self, _clean: bool) -> None:
        # The stack also reports while the window is being destroyed: nothing to title then.
        if isValid(self.window) and isValid(self.window.session.undo_stack):
            self._update_title()

    def label(self) -> str:
        """What the title calls the scene: its file's name, the preset, or Untitled."""
        if self.path:
            return os.path.basename(self.path)
        if self.preset is not None:
            return self.tr("{0} (preset)").format(self.preset.name)
        return self.tr("Untitled")

    def _update_title(self) -> None:
        window = self.window
        label = self.label()
        star = "" if window.session.undo_stack.isClean() else "*"
        surface = engine_text(window.session.scene.surface.title)
        window.setWindowTitle(f"{label}{star} — Descent Lab — {surface}")

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)
