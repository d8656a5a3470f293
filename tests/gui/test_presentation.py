"""Presentation mode: full screen, only plot, equation and timeline, larger; and reversible."""

import pytest
from PySide6.QtCore import Qt

from gui.main_window import MainWindow
from gui.panels.equation_panel import EquationFeature
from gui.panels.run_list import RunList
from gui.plot.charts import CurvesView
from gui.plot.surface_view import (
    PATH_WIDTH,
    SELECTED_DOT_SIZE,
    SELECTED_PATH_WIDTH,
    START_SIZE,
    TICK_POINTS,
)
from gui.presentation import (
    LINE_SCALE,
    MARKER_SCALE,
    TEXT_SCALE,
    PresentationMode,
    hint_html,
)


@pytest.fixture
def presentation(window):
    return window.feature(PresentationMode)


def _press(qtbot, window, key):
    window.surface_view.setFocus()
    qtbot.keyClick(window.surface_view, key)


def _path_widths(window):
    return [item.opts["pen"].widthF() for item in window.surface_view.path_items]


def _tick_points(window):
    return window.surface_view.plotItem.getAxis("bottom").style["tickFont"].pointSize()


def _shown_docks(window):
    return {dock.objectName() for dock in window.host.docks() if not dock.isHidden()}


def test_install_is_idempotent(window, presentation):
    assert window.feature(PresentationMode) is presentation
    assert window.feature(PresentationMode) is presentation


def test_f11_enters_full_screen_with_only_the_equation_dock(qtbot, window, presentation):
    assert "dock-runs" in _shown_docks(window)
    _press(qtbot, window, Qt.Key.Key_F11)
    assert presentation.active and presentation.action.isChecked()
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert _shown_docks(window) == {"dock-equation"}
    assert window.menuBar().isHidden() and window.statusBar().isHidden()
    assert not window.surface_view.isHidden() and not window.timeline_bar.isHidden()


def test_pens_markers_and_fonts_grow_and_come_back(window, presentation):
    window.session.select(0)
    before = _path_widths(window)
    assert sorted(set(before)) == [PATH_WIDTH, SELECTED_PATH_WIDTH]
    assert _tick_points(window) == TICK_POINTS
    gradient_before = window.surface_view.overlays.curves["gradient"].opts["pen"].widthF()
    timeline_points = window.timeline_bar.font().pointSize()
    presentation.set_active(True)
    assert _path_widths(window) == [width * LINE_SCALE for width in before]
    assert _tick_points(window) == round(TICK_POINTS * TEXT_SCALE)
    gradient = window.surface_view.overlays.curves["gradient"].opts["pen"].widthF()
    assert gradient == gradient_before * LINE_SCALE
    assert window.timeline_bar.font().pointSize() == round(timeline_points * TEXT_SCALE)
    assert window.surface_view.start_markers.opts["size"] == START_SIZE * MARKER_SCALE
    dots = window.surface_view.current_dots.data["size"]
    assert max(dots) == SELECTED_DOT_SIZE * MARKER_SCALE
    presentation.set_active(False)
    assert _path_widths(window) == before
    assert _tick_points(window) == TICK_POINTS
    assert window.timeline_bar.font().pointSize() == timeline_points
    assert window.surface_view.overlays.curves["gradient"].opts["pen"].widthF() == gradient_before
    assert max(window.surface_view.current_dots.data["size"]) == SELECTED_DOT_SIZE


def test_equation_text_grows(window, presentation):
    window.session.select(0)
    panel = window.feature(EquationFeature).panel
    normal = panel.views[0].rule.styleSheet()
    presentation.set_active(True)
    assert panel.views[0].rule.styleSheet() != normal
    presentation.set_active(False)
    assert panel.views[0].rule.styleSheet() == normal


def test_leaving_restores_docks_menu_bar_and_window_state(qtbot, window, presentation):
    window.dock(CurvesView).hide()  # the user's choice survives the round trip
    shown, state = _shown_docks(window), window.windowState()
    presentation.set_active(True)
    _press(qtbot, window, Qt.Key.Key_Escape)
    assert not presentation.active and not presentation.action.isChecked()
    assert _shown_docks(window) == shown
    assert window.windowState() == state
    assert not window.menuBar().isHidden() and not window.statusBar().isHidden()


def test_hint_strip_shows_the_keys_and_h_hides_it(qtbot, window, presentation):
    assert presentation.hint.isHidden()
    _press(qtbot, window, Qt.Key.Key_H)  # outside presentation mode H does nothing
    assert presentation.hint_action.isChecked()
    presentation.set_active(True)
    assert not presentation.hint.isHidden()
    assert presentation.hint.text() == hint_html()
    for keys in ("Space", "F11", "N&nbsp;/&nbsp;P", "Home&nbsp;/&nbsp;End"):
        assert keys in presentation.hint.text()
    _press(qtbot, window, Qt.Key.Key_H)
    assert presentation.hint.isHidden()
    _press(qtbot, window, Qt.Key.Key_H)
    assert not presentation.hint.isHidden()
    presentation.set_active(False)
    assert presentation.hint.isHidden()


def test_keys_still_drive_the_timeline(qtbot, window, presentation):
    presentation.set_active(True)
    window.timeline.set_frame(40)
    _press(qtbot, window, Qt.Key.Key_Right)
    assert window.timeline.frame == 41
    _press(qtbot, window, Qt.Key.Key_End)
    assert window.timeline.frame == window.timeline.last_frame
    window.session.select(0)
    _press(qtbot, window, Qt.Key.Key_N)
    assert window.feature(EquationFeature).panel.walking


def test_escape_does_nothing_outside_presentation(qtbot, window, presentation):
    _press(qtbot, window, Qt.Key.Key_Escape)
    assert not presentation.active
    assert not window.windowState() & Qt.WindowState.WindowFullScreen


def test_closing_while_presenting_saves_the_normal_layout(qtbot, window, presentation, settings):
    window.dock(CurvesView).hide()
    normal = window.saveState()
    presentation.set_active(True)
    assert presentation.normal_state()[1] == normal
    window.close()
    assert not presentation.active
    reopened = MainWindow(settings=settings)
    qtbot.addWidget(reopened)
    assert not reopened.dock(RunList).isHidden()
    assert reopened.dock(CurvesView).isHidden()
    assert not reopened.windowState() & Qt.WindowState.WindowFullScreen
    assert not reopened.feature(PresentationMode).active


def test_escape_ends_a_walk_through_first_then_leaves(qtbot, window, presentation):
    panel = window.feature(EquationFeature).panel
    panel.set_walking(True)
    _press(qtbot, window, Qt.Key.Key_Escape)
    assert not panel.walking  # outside presentation mode: Esc ends the walk-through
    presentation.set_active(True)
    panel.set_walking(True)
    _press(qtbot, window, Qt.Key.Key_Escape)
    assert not panel.walking and presentation.active  # first Esc: the walk-through
    _press(qtbot, window, Qt.Key.Key_Escape)
    assert not presentation.active  # second Esc: presentation mode


def test_a_walk_through_does_not_survive_a_new_scene(window):
    from engine.scene.scene import default_scene
    from engine.surfaces import Quadratic

    panel = window.feature(EquationFeature).panel
    panel.set_walking(True)
    window.timeline.set_frame(3)
    assert panel.walking  # moving in time keeps it
    scene = default_scene()
    window.session.edit(scene.__class__(Quadratic(), scene.runs, scene.steps), "new surface")
    assert not panel.walking
