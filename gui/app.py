"""Start the desktop app: one QApplication (icon, names), pyqtgraph's look, the main window."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from engine.scene.presets import Preset, load_preset
from engine.scene.session_file import SessionState, read_session
from gui.garbage import GarbageCollector
from gui.i18n import LANGUAGES, install_language, system_language
from resources import resource

ORGANIZATION, APPLICATION = "DescentLab", "Descent Lab"
APP_ID = "descent-lab"  # the .desktop file (resources/desktop) and the icon's name
ICON_SIZES = (16, 32, 48, 64, 128, 256)


@dataclass(frozen=True)
class StartRequest:
    """What the command line asked the window to open, already read and checked."""

    preset: Preset | None = None
    session_path: str | None = None
    session: SessionState | None = None
    problem: str = ""  # why the session could not be read: shown over the default scene


def configure() -> QApplication:
    """The QApplication with our names and pyqtgraph's settings (light, fast 1-px lines)."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())  # every window's title bar and task-bar entry
    QGuiApplication.setDesktopFileName(APP_ID)  # Wayland and docks match the .desktop file
    pg.setConfigOptions(antialias=False, background="w", foreground="k")
    return app


def app_icon() -> QIcon:
    """The contour-and-path icon, drawn for each size (tools/make_icon.py)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource("icons", f"{APP_ID}-{size}.png")))
    return icon


def display_problem() -> str:
    """Why no window can open here, or '' (Qt would abort the process instead of saying so)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return ""
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return ""
    return "no display found: run it on a desktop, or use a command (python main.py --help)"


def start_request(options) -> StartRequest:
    """Read --preset and --session (or FILE) now: a bad preset fails before any window opens.

    A session that cannot be read (a double-clicked file, typically) opens the window with the
    default scene and a message naming the problem, instead of a line on a hidden terminal.
    """
    preset_name = getattr(options, "preset", None)
    session_path = getattr(options, "session", None)
    preset = load_preset(preset_name) if preset_name is not None else None
    if session_path is None:
        return StartRequest(preset)
    try:
        return StartRequest(preset, session_path, read_session(session_path))
    except ValueError as error:
        return StartRequest(preset, problem=" ".join(str(error).split()))


def show_problem(window, text: str) -> QMessageBox:
    """A warning over `window` that does not block (open(), not exec()): tests can inspect it."""
    title = QCoreApplication.translate("SessionFiles", "Cannot open session")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, window)
    box.open()
    return box


def build_window(request: StartRequest | None = None, settings=None):
    """The main window with the requested scene shown."""
    from gui.files.session_files import SessionFiles
    from gui.main_window import MainWindow  # after QApplication: widgets need it

    window = MainWindow(settings=settings)
    files = window.feature(SessionFiles)
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
    keeper = WindowKeeper(build_window(request), ask_to_save=True)
    opener = FileOpener(keeper)
    # macOS passes a double-clicked file as a QFileOpenEvent. An application filter sees every
    # event of every object, through Python: elsewhere it would only slow each frame down.
    if sys.platform == "darwin":
        app.installEventFilter(opener)
    keeper.window.show()
    if request.problem:
        show_problem(keeper.window, request.problem)
    collector = GarbageCollector(app)  # cycles are freed between events, in this thread
    collector.start()
    try:
        return app.exec()
    finally:
        collector.stop()


def chosen_language(options, settings) -> str:
    """--lang, else the language picked in the menu last time, else the system's."""
    lang = getattr(options, "lang", None) or settings.value("language", "")
    return lang if lang in LANGUAGES else system_language()


class WindowKeeper(QObject):
    """Holds the main window and reopens it when the user picks another language.

    Qt widgets take their texts when they are built, so a new language means a new window;
    closing the old one stores the scene and layout, which the new one reads back.
    """

    def __init__(self, window, ask_to_save: bool = False):
        super().__init__()
        self.ask_to_save = ask_to_save  # the app asks before unsaved changes are lost
        self._hold(window)

    def _hold(self, window) -> None:
        from gui.files.session_files import SessionFiles

        self.window = window
        window.feature(SessionFiles).confirm_unsaved = self.ask_to_save
        window.language_requested.connect(self._on_language_requested)

    def _on_language_requested(self, lang: str) -> None:
        from gui.files.session_files import SessionFiles

        old = self.window
        frame = old.timeline.frame
        old.close_to_reopen()
        install_language(lang)
        self._hold(build_window(settings=old.settings))
        # The same file, and its changes still unsaved: the new window asks as the old one would.
        self.window.feature(SessionFiles).adopt(old.feature(SessionFiles))
        self.window.timeline.set_frame(frame)
        self.window.show()
        old.deleteLater()


class FileOpener(QObject):
    """Opens the session of a QFileOpenEvent (macOS's Finder) in the current window."""

    def __init__(self, keeper: WindowKeeper):
        super().__init__()
        self.keeper = keeper
        self.last_problem: QMessageBox | None = None

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            self.open(event.file())
            return True
        return super().eventFilter(watched, event)

    def open(self, path: str) -> bool:
        """Show the session at `path`; a bad file leaves the scene as it is and says why."""
        from gui.files.session_files import SessionFiles

        window = self.keeper.window
        if not window.feature(SessionFiles).confirm_discard():
            return False
        try:
            state = read_session(path)
        except ValueError as error:
            self.last_problem = show_problem(window, " ".join(str(error).split()))
            return False
        window.feature(SessionFiles).apply_session(path, state)
        return True
