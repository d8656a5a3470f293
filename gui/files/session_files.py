"""File ▸ Open / Save / Open Recent, the Presets menu, dropping a session file on the window, and
asking to save unsaved changes before they would be lost."""

from __future__ import annotations

import json
import os

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget
from shiboken6 import isValid

from engine.scene.presets import PRESETS, Preset, load_preset
from engine.scene.session_file import SessionState, read_session, write_session
from gui.features import Menu
from gui.i18n import engine_text
from gui.panels.homework import Homework
from gui.panels.preset_panel import make_dock

RECENT_KEY = "recent_sessions"
MAX_RECENT = 8
FILE_FILTER = QT_TRANSLATE_NOOP("SessionFiles", "Descent Lab sessions (*.json);;All files (*)")
DROP_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)
Button = QMessageBox.StandardButton


def standard_shortcut(key: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's keys for `key`; `fallback` where it has none (Save As on Windows)."""
    return QKeySequence.keyBindings(key) or [QKeySequence(fallback)]


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


class SessionFiles(QObject):
    """Opens and saves session files, remembers recent ones, applies presets."""

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
        # Whether to ask before unsaved changes are dropped: the app turns it on (gui/app.py);
        # windows that scripts and tests drive never block on a question.
        self.confirm_unsaved = False
        # Shows the question and returns the button chosen; tests replace it.
        self.ask_to_save = self._ask_with_box
        self.preset_dock, self.preset_panel = make_dock(window)
        window.menus[Menu.VIEW].addAction(self.preset_dock.toggleViewAction())
        self._build_file_entries()
        self._build_presets_menu()
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        window.session.scene_changed.connect(self._on_scene_changed)
        window.session.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._update_title()

    # -- menus ------------------------------------------------------------------------
    def _build_file_entries(self) -> None:
        window, file_menu = self.window, self.window.menus[Menu.FILE]
        entries = (
            (
                self.tr("&Open…"),
                self.open_dialog,
                QKeySequence.StandardKey.Open,
                self.tr("Open a saved session."),
            ),
            (
                self.tr("&Save"),
                self.save,
                QKeySequence.StandardKey.Save,
                self.tr("Save the scene and view."),
            ),
            (
                self.tr("Save &As…"),
                self.save_as,
                standard_shortcut(QKeySequence.StandardKey.SaveAs, "Ctrl+Shift+S"),
                self.tr("Save the scene and view to a new file."),
            ),
        )
        actions = [window.add_action(file_menu, *entry) for entry in entries]
        self.recent_menu = QMenu(self.tr("Open &Recent"), window)
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.aboutToShow.connect(self._rebuild_recent_menu)
        for action in actions[:1]:
            file_menu.insertAction(window.quit_action, action)
        file_menu.insertMenu(window.quit_action, self.recent_menu)
        for action in actions[1:]:
            file_menu.insertAction(window.quit_action, action)
        file_menu.insertSeparator(window.quit_action)
        self.open_action, self.save_action, self.save_as_action = actions
        self._rebuild_recent_menu()

    def _build_presets_menu(self) -> None:
        menu = QMenu(self.tr("&Presets"), self.window)
        menu.setToolTipsVisible(True)
        self.window.menuBar().insertMenu(self.window.menus[Menu.HELP].menuAction(), menu)
        self.window.menus[Menu.PRESETS] = menu
        self.preset_actions = {}
        for name in PRESETS:
            preset = load_preset(name)
            tip = engine_text(preset.explanation).split(". ")[0].rstrip(".") + "."
            title = engine_text(preset.title)
            action = self.window.add_action(menu, title, self._on_preset_chosen, None, tip)
            action.setData(name)
            self.preset_actions[name] = action

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.recent_files()
        for path in paths:
            action = self.recent_menu.addAction(os.path.basename(path))
            action.setData(path)
            action.setToolTip(path)
            action.triggered.connect(self._on_recent_chosen)
        if paths:
            self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("Clear list"))
        clear.setToolTip(self.tr("Forget the recently opened files."))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self.clear_recent)
        self.recent_menu.setEnabled(bool(paths))

    # -- open and save ----------------------------------------------------------------
    def open_dialog(self) -> None:
        if not self.confirm_discard():
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open session"), self._folder(), self._filter()
        )
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
        self._remember(self.path)
        self._update_title()
        if window.host.has(Homework):
            window.feature(Homework).restore(
                state.student
            )  # asks before running code (once per file hash)

    def save(self) -> bool:
        return self.save_to(self.path) if self.path else self.save_as()

    def save_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save session"), self.path or self._folder(), self._filter()
        )
        if not path:
            return False
        if not path.lower().endswith(".json"):
            path += ".json"
        return self.save_to(path)

    def save_to(self, path: str) -> bool:
        """Write the scene, frame, view and selection to `path`; report a failure."""
        try:
            write_session(path, self.current_state())
        except ValueError as error:
            self._warn(self.tr("Cannot save session"), str(error))
            return False
        self.path, self.preset = os.path.abspath(path), None
        self.window.session.undo_stack.setClean()
        self._remember(self.path)
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
        self.preset_panel.show_preset(preset)
        self.preset_dock.show()
        self.preset_dock.raise_()
        window.session.undo_stack.setClean()  # an untouched preset has nothing to lose
        self._update_title()

    def _on_preset_chosen(self) -> None:
        if self.confirm_discard():
            self.open_preset(self.sender().data())

    # -- recent files -----------------------------------------------------------------
    def recent_files(self) -> list[str]:
        try:
            paths = json.loads(self.window.settings.value(RECENT_KEY, "[]") or "[]")
        except (TypeError, ValueError):
            return []
        if not isinstance(paths, list):
            return []
        return [path for path in paths if isinstance(path, str)][:MAX_RECENT]

    def _store_recent(self, paths: list[str]) -> None:
        self.window.settings.setValue(RECENT_KEY, json.dumps(paths[:MAX_RECENT]))
        self._rebuild_recent_menu()

    def _remember(self, path: str) -> None:
        self._store_recent([path] + [p for p in self.recent_files() if p != path])

    def clear_recent(self) -> None:
        self._store_recent([])

    def open_recent(self, path: str) -> bool:
        """Open a recent file; one that has gone is dropped from the list, with a message."""
        if not os.path.isfile(path):
            self._store_recent([p for p in self.recent_files() if p != path])
            self._warn(
                self.tr("File not found"),
                self.tr("{0} no longer exists; removed from Open Recent.").format(path),
            )
            return False
        return self.open_path(path)

    def _on_recent_chosen(self) -> None:
        if self.confirm_discard():
            self.open_recent(self.sender().data())

    # -- drag and drop ----------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if event.type() not in DROP_EVENTS:
            return False
        path = dropped_session(event.mimeData())
        if path is None:
            return False
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop and self.confirm_discard():
            self.open_path(path)
        return True

    # -- unsaved changes --------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return not self.window.session.undo_stack.isClean()

    def confirm_discard(self) -> bool:
        """True when the scene may be replaced: nothing unsaved, or saved, or discarded."""
        if not self.confirm_unsaved or not self.has_unsaved_changes():
            return True
        self.window.timeline.pause()
        answer = self.ask_to_save()
        if answer == Button.Save:
            return self.save()  # a cancelled or failed save keeps the scene
        return answer == Button.Discard

    def adopt(self, other: SessionFiles) -> None:
        """Take over the file, preset and unsaved state of the window this one replaces."""
        self.path, self.preset = other.path, other.preset
        if other.has_unsaved_changes():
            self.window.session.undo_stack.resetClean()
        self._update_title()

    def _ask_with_box(self) -> QMessageBox.StandardButton:
        box = unsaved_changes_box(self.window, self.label())
        try:
            return Button(box.exec())
        finally:
            box.deleteLater()

    # -- title and messages -----------------------------------------------------------
    def _on_scene_changed(self, scene) -> None:
        self._update_title()
        self._follow_preset_text(scene)

    def _follow_preset_text(self, scene) -> None:
        """ "About this preset" only while the scene is that preset: marked when it changes,
        hidden once a session, a new scene or another file takes its place."""
        if self.preset is None:
            self.preset_dock.hide()
            return
        modified = scene != self.preset.scene
        if modified != self.preset_panel.modified:
            self.preset_panel.show_preset(self.preset, modified)

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

    def _filter(self) -> str:
        return QCoreApplication.translate("SessionFiles", FILE_FILTER)

    def _folder(self) -> str:
        recent = self.recent_files()
        return os.path.dirname(recent[0]) if recent else os.path.expanduser("~")


def dropped_session(mime) -> str | None:
    """The first local .json file among dropped URLs, or None."""
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".json"):
            return url.toLocalFile()
    return None
