"""Shared GUI fixtures: a main window with its own settings file, never the user's."""

import pytest
from PySide6.QtCore import QSettings

from gui.app import configure


@pytest.fixture
def session(qapp):
    """The default scene's Session, for panels tested on their own."""
    from engine.scene.scene import default_scene
    from gui.models import Session

    return Session(default_scene())


def choose(combo, data):
    """Pick a combo box entry the way a user does: the index changes and `activated` fires."""
    index = combo.findData(data)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


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
