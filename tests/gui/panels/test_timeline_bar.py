"""TimelineBar: its controls drive the Timeline and follow it back."""

import pytest
from PySide6.QtCore import Qt

from gui.models import Timeline
from gui.panels.timeline_bar import TimelineBar


@pytest.fixture
def bar_and_timeline(qtbot):
    timeline = Timeline(500)
    bar = TimelineBar(timeline)
    qtbot.addWidget(bar)
    bar.show()
    return bar, timeline


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_buttons_move_the_frame(qtbot, bar_and_timeline):
    bar, timeline = bar_and_timeline
    expected = [
        (bar.forward_button, 1),
        (bar.forward10_button, 11),
        (bar.back_button, 10),
        (bar.back10_button, 0),
        (bar.back_button, 0),
        (bar.last_button, 500),
        (bar.forward10_button, 500),
        (bar.first_button, 0),
    ]
    for button, frame in expected:
        click(qtbot, button)
        assert timeline.frame == frame


def test_label_and_slider_follow_the_frame(bar_and_timeline):
    bar, timeline = bar_and_timeline
    timeline.set_frame(37)
    assert bar.step_label.text() == "step 37 / 500"
    assert bar.slider.value() == 37
    timeline.set_last_frame(20)
    assert (bar.slider.maximum(), bar.slider.value()) == (20, 20)
    assert bar.step_label.text() == "step 20 / 20"


def test_slider_scrubs_the_timeline(bar_and_timeline):
    bar, timeline = bar_and_timeline
    bar.slider.setValue(77)
    assert timeline.frame == 77


def test_speed_is_clamped_to_1_to_1000(bar_and_timeline):
    bar, timeline = bar_and_timeline
    bar.speed_box.setValue(5000)
    assert bar.speed_box.value() == 1000 and timeline.speed == 1000
    bar.speed_box.setValue(0)
    assert bar.speed_box.value() == 1 and timeline.speed == 1
    timeline.set_speed(250)
    assert bar.speed_box.value() == 250
    timeline.set_speed(2.4)  # shown rounded, but not rounded back into the timeline
    assert bar.speed_box.value() == 2 and timeline.speed == 2.4


def test_play_button_toggles_and_changes_its_look(qtbot, bar_and_timeline):
    bar, timeline = bar_and_timeline
    paused_icon = bar.play_button.icon().cacheKey()
    click(qtbot, bar.play_button)
    assert timeline.playing and "Pause" in bar.play_button.toolTip()
    assert bar.play_button.icon().cacheKey() != paused_icon
    click(qtbot, bar.play_button)
    assert not timeline.playing and "Play" in bar.play_button.toolTip()


def test_loop_checkbox_and_timeline_agree(qtbot, bar_and_timeline):
    bar, timeline = bar_and_timeline
    click(qtbot, bar.loop_box)
    assert timeline.loop
    timeline.set_loop(False)
    assert not bar.loop_box.isChecked()


def test_controls_name_their_keys_and_never_take_focus(bar_and_timeline):
    bar, _ = bar_and_timeline
    keys = {
        bar.play_button: "Space",
        bar.back_button: "←",
        bar.forward_button: "→",
        bar.back10_button: "Shift+←",
        bar.forward10_button: "Shift+→",
        bar.first_button: "Home",
        bar.last_button: "End",
    }
    for button, key in keys.items():
        assert f"({key})" in button.toolTip()
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert bar.slider.focusPolicy() == Qt.FocusPolicy.NoFocus
    for widget in (bar.slider, bar.speed_box, bar.loop_box):
        assert widget.toolTip()
