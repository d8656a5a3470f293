"""At 1280×800 (the lecture hall's projector) the window fits, normal and presenting."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from gui.models import Timeline
from gui.panels.timeline_bar import TimelineBar
from gui.presentation import PresentationMode

PROJECTOR_WIDTH = 1280


def test_the_window_and_presentation_mode_fit_a_1280_px_projector(window, qtbot):
    assert window.minimumSizeHint().width() <= PROJECTOR_WIDTH
    presentation = window.feature(PresentationMode)
    presentation.enter()
    try:
        qtbot.wait(20)
        assert window.minimumSizeHint().width() <= PROJECTOR_WIDTH
        assert all(button.isHidden() for button in window.timeline_bar.jump_buttons)
    finally:
        presentation.leave()


def test_the_jump_buttons_step_aside_when_the_bar_is_narrow(qtbot):
    holder = QWidget()  # as in the window: a layout asks the bar for its minimumSizeHint
    bar = TimelineBar(Timeline(100))
    QHBoxLayout(holder).addWidget(bar)
    qtbot.addWidget(holder)
    holder.show()
    holder.resize(bar.minimumSizeHint().width() + 20, 60)
    qtbot.waitUntil(lambda: all(button.isHidden() for button in bar.jump_buttons))
    holder.resize(bar.minimumSizeHint().width() + 420, 60)
    qtbot.waitUntil(lambda: not any(button.isHidden() for button in bar.jump_buttons))
