"""The lesson player of the test window (tests/gui/conftest.py builds the window)."""

import pytest

from gui.lessons.editor import LessonEditing
from gui.lessons.player import LessonPlayer


@pytest.fixture
def player(window):
    return window.feature(LessonPlayer)


@pytest.fixture
def editing(window):
    return window.feature(LessonEditing)
