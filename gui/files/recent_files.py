"""File ▸ Open Recent: the recently opened session files, kept newest first in the settings."""

from __future__ import annotations

import json
import os
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from gui.i18n import translator

RECENT_KEY = "recent_sessions"
MAX_RECENT = 8


# The menu's texts keep the SessionFiles context of resources/translations/ko/.
_tr = translator("SessionFiles")


class RecentFiles(QObject):
    """The list in the window's settings and the Open Recent submenu that shows it.

    Each entry holds its path as data and triggers `chosen`, a slot of the caller that reads
    the path from its sender (the caller asks about unsaved changes before it opens one)."""

    def __init__(self, window, chosen: Callable[[], None]):
        super().__init__(window)
        self.window = window
        self._chosen = chosen
        self.menu = QMenu(_tr("Open &Recent"), window)
        self.menu.setToolTipsVisible(True)
        self.menu.aboutToShow.connect(self.rebuild_menu)

    def paths(self) -> list[str]:
        """The remembered paths, newest first; a damaged setting counts as none."""
        try:
            paths = json.loads(self.window.settings.value(RECENT_KEY, "[]") or "[]")
        except (TypeError, ValueError):
            return []
        if not isinstance(paths, list):
            return []
        return [path for path in paths if isinstance(path, str)][:MAX_RECENT]

    def remember(self, path: str) -> None:
        """Put `path` first, without a duplicate further down."""
        self._store([path] + [p for p in self.paths() if p != path])

    def forget(self, path: str) -> None:
        self._store([p for p in self.paths() if p != path])

    def clear(self) -> None:
        self._store([])

    def folder(self) -> str:
        """Where the Open and Save dialogs start: the newest file's folder, else home."""
        recent = self.paths()
        return os.path.dirname(recent[0]) if recent else os.path.expanduser("~")

    def rebuild_menu(self) -> None:
        """One entry per path (its name, the whole path as tooltip), then Clear list."""
        self.menu.clear()
        paths = self.paths()
        for path in paths:
            action = self.menu.addAction(os.path.basename(path))
            action.setData(path)
            action.setToolTip(path)
            action.triggered.connect(self._chosen)
        if paths:
            self.menu.addSeparator()
        clear = self.menu.addAction(_tr("Clear list"))
        clear.setToolTip(_tr("Forget the recently opened files."))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self.clear)
        self.menu.setEnabled(bool(paths))

    def _store(self, paths: list[str]) -> None:
        self.window.settings.setValue(RECENT_KEY, json.dumps(paths[:MAX_RECENT]))
        self.rebuild_menu()
