"""A main window with the lesson features installed (until main_window lists them)."""

import pytest

import gui.main_window
from gui.lessons.editor import LessonEditing
from gui.lessons.player import LessonPlayer


@pytest.fixture
def window(qtbot, settings, monkeypatch):
    from gui.app import configure

    configure()
    features = tuple(gui.main_window.FEATURES)
    extra = tuple(f for f in (LessonPlayer, LessonEditing) if f not in features)
    monkeypatch.setattr(gui.main_window, "FEATURES", features + extra)
    window = gui.main_window.MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


@pytest.fixture
def player(window):
    return window.feature(LessonPlayer)


@pytest.fixture
def editing(window):
    return window.feature(LessonEditing)
