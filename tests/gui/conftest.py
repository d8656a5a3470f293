"""Shared GUI fixtures: a main window with its own settings file, never the user's."""

import pytest
from PySide6.QtCore import QSettings

from gui.app import configure


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings):
    configure()
    from gui.main_window import MainWindow

    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window
