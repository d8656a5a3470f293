"""Start the desktop app: one QApplication, pyqtgraph's look, the main window."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtWidgets import QApplication

from engine.presets import Preset, load_preset
from engine.session_file import SessionState, read_session
from gui.i18n import LANGUAGES, install_language, system_language

ORGANIZATION, APPLICATION = "DescentLab", "Descent Lab"


@dataclass(frozen=True)
class StartRequest:
    """What the command line asked the window to open, already read and checked."""

    preset: Preset | None = None
    session_path: str | None = None
    session: SessionState | None = None


def configure() -> QApplication:
    """The QApplication with our names and pyqtgraph's settings (light, fast 1-px lines)."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    pg.setConfigOptions(antialias=False, background="w", foreground="k")
    return app


def display_problem() -> str:
    """Why no window can open here, or '' (Qt would abort the process instead of saying so)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return ""
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return ""
    return "no display found: run it on a desktop, or use a command (python main.py --help)"


def start_request(options) -> StartRequest:
    """Read --preset and --session now, so a bad one fails before any window opens."""
    preset_name = getattr(options, "preset", None)
    session_path = getattr(options, "session", None)
    preset = load_preset(preset_name) if preset_name is not None else None
    session = read_session(session_path) if session_path is not None else None
    return StartRequest(preset, session_path, session)


def build_window(request: StartRequest | None = None, settings=None):
    """The main window with the requested scene shown."""
    from gui.main_window import MainWindow  # after QApplication: widgets need it

    window = MainWindow(settings=settings)
    files = window.features["session_files"]
    request = request or StartRequest()
    if request.session is not None:
        files.apply_session(request.session_path, request.session)
    if request.preset is not None:
        files.apply_preset(request.preset)
    return window


def main(options=None) -> int:
    """Open the window; `options` are main.py's --preset, --session and --lang (or None)."""
    try:
        request = start_request(options)
    except ValueError as error:
        print(f"error: {' '.join(str(error).split())}", file=sys.stderr)
        return 2
    problem = display_problem()
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    app = configure()
    install_language(chosen_language(options, QSettings()))
    keeper = WindowKeeper(build_window(request))
    keeper.window.show()
    return app.exec()


def chosen_language(options, settings) -> str:
    """--lang, else the language picked in the menu last time, else the system's."""
    lang = getattr(options, "lang", None) or settings.value("language", "")
    return lang if lang in LANGUAGES else system_language()


class WindowKeeper(QObject):
    """Holds the main window and reopens it when the user picks another language.

    Qt widgets take their texts when they are built, so a new language means a new window;
    closing the old one stores the scene and layout, which the new one reads back.
    """

    def __init__(self, window):
        super().__init__()
        self.window = window
        window.language_requested.connect(self._on_language_requested)

    def _on_language_requested(self, lang: str) -> None:
        old = self.window
        frame = old.timeline.frame
        old.close()
        install_language(lang)
        self.window = build_window()
        self.window.language_requested.connect(self._on_language_requested)
        self.window.timeline.set_frame(frame)
        self.window.show()
        old.deleteLater()
