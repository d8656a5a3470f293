"""Picking a session file: the Open and Save As dialogs, and a file dropped on the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from gui.i18n import translator

FILE_FILTER = QT_TRANSLATE_NOOP("SessionFiles", "Descent Lab sessions (*.json);;All files (*)")
DROP_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


# The dialogs' texts keep the SessionFiles context of resources/translations/ko/.
_tr = translator("SessionFiles")


def open_name(parent: QWidget, folder: str) -> str:
    """The session file chosen in the Open dialog, starting in `folder`; "" when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, _tr("Open session"), folder, _tr(FILE_FILTER))
    return path


def save_name(parent: QWidget, start: str) -> str:
    """The file chosen in the Save dialog, starting at `start`, ending in .json; "" when
    cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, _tr("Save session"), start, _tr(FILE_FILTER))
    if path and not path.lower().endswith(".json"):
        path += ".json"
    return path


def dropped_session(mime) -> str | None:
    """The first local .json file among dropped URLs, or None."""
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".json"):
            return url.toLocalFile()
    return None


class DropOpener(QObject):
    """Accepts a session file dragged onto `window` (or anything in it) and, when it is dropped
    and `may_replace()` says so, opens it with `open_path`; other drops pass by."""

    def __init__(self, window, may_replace: Callable[[], bool], open_path: Callable[[str], bool]):
        super().__init__(window)
        self._may_replace, self._open_path = may_replace, open_path
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() not in DROP_EVENTS:
            return False
        path = dropped_session(event.mimeData())
        if path is None:
            return False
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop and self._may_replace():
            self._open_path(path)
        return True
