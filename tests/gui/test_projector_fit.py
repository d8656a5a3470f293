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


def test_presented_equation_lines_wrap_instead_of_scrolling_sideways(window, qtbot):
    from PySide6.QtCore import Qt

    from engine.optimizers import Adam
    from gui.panels.equation_panel import EquationFeature

    window.resize(PROJECTOR_WIDTH, 800)
    scene = window.session.scene.replace_run(0, optimizer=Adam(amsgrad=True))
    window.session.edit(scene, "amsgrad: the longest lines")
    window.session.select(0)
    window.timeline.set_frame(7)
    presentation = window.feature(PresentationMode)
    presentation.enter()
    try:
        panel = window.feature(EquationFeature).panel
        qtbot.waitUntil(lambda: panel.isVisible())
        policy = panel.scroll.horizontalScrollBarPolicy()
        assert policy == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        viewport = panel.scroll.viewport().width()
        assert panel.body.minimumSizeHint().width() <= viewport
        assert all(view.numbers.wordWrap() for view in panel.views)
    finally:
        presentation.leave()


def test_the_fit_button_never_covers_the_legend_or_the_data(window, qtbot):
    from PySide6.QtCore import QRect

    view = window.surface_view

    def rect_of(item) -> QRect:
        return view.mapFromScene(item.sceneBoundingRect()).boundingRect()

    presentation = window.feature(PresentationMode)
    for presenting in (False, True):
        if presenting:
            presentation.enter()
        qtbot.wait(20)
        button = view._fit_button.geometry()
        assert not button.intersects(rect_of(view.plotItem.titleLabel))  # the vectors' legend
        assert not button.intersects(rect_of(view.plotItem.vb))  # the plotted area
    presentation.leave()


def test_tabbed_docks_show_whole_titles(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTabBar

    from gui.window_layout import unelide_dock_tabs

    window.resize(PROJECTOR_WIDTH, 800)
    qtbot.wait(20)
    unelide_dock_tabs(window)
    bars = window.findChildren(QTabBar)
    assert bars  # the right column's tabs
    for bar in bars:
        assert bar.elideMode() == Qt.TextElideMode.ElideNone


def test_on_first_start_the_charts_strip_is_tall_enough_to_read(window, qtbot):
    from gui.plot.charts import CurvesView

    charts = window.dock(CurvesView)
    qtbot.waitUntil(lambda: charts.widget().plots[0].vb.height() > 0)
    assert charts.height() >= 0.2 * window.height()  # the size asked for once every dock is in
    assert all(plot.vb.height() >= 60 for plot in charts.widget().plots)  # room for 2+ labels
