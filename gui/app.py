"""Start the desktop app: one QApplication, pyqtgraph's look, the main window."""

from __future__ import annotations

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


def main() -> int:
    app = configure()
    from gui.main_window import MainWindow  # after QApplication: widgets need it

    window = MainWindow()
    window.show()
    return app.exec()
