"""Start the desktop app: one QApplication, pyqtgraph's look, the main window."""

from __future__ import annotations

import os
import sys

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

ORGANIZATION, APPLICATION = "DescentLab", "Descent Lab"


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


def main(options=None) -> int:
    """Open the window; `options` are main.py's --preset, --session and --lang (or None)."""
    problem = display_problem()
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    app = configure()
    from gui.main_window import MainWindow  # after QApplication: widgets need it

    window = MainWindow()
    window.show()
    return app.exec()
