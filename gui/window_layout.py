"""Where the window's docks go and how big they are: the first start's layout (sized for a
1280×800 projector as well as a desktop), the stored one, and tab bars that never elide."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QTabBar, QToolButton

from gui.panels.run_editor import RunEditor
from gui.panels.surface_panel import SurfacePanel
from gui.plot.charts import CurvesView

FIRST_SIZE = (1500, 950)  # on a first start, clamped to the screen (a 1280×800 projector)


def first_size(window: QMainWindow) -> tuple[int, int]:
    """FIRST_SIZE, no larger than the screen's available area (a projector is 1280×800)."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return FIRST_SIZE
    area = screen.availableGeometry()
    return min(FIRST_SIZE[0], area.width()), min(FIRST_SIZE[1], area.height())


def size_docks(window) -> None:
    """The plot is the star: side panels narrow, charts a strip along the bottom. Called once
    every dock is in and the window has its size (earlier, Qt forgets the sizes)."""
    # A strip tall enough for three labels a chart, but on an 800-px projector the right
    # column's tabs (sweep map, equation) keep room too.
    strip = min(230, round(0.22 * window.height()))
    window.resizeDocks([window.dock(CurvesView)], [strip], Qt.Orientation.Vertical)
    width = window.width()  # a projector's 1280 px keeps the plot wide too
    window.resizeDocks(
        [window.dock(SurfacePanel), window.dock(RunEditor)],
        [min(290, round(0.18 * width)), min(400, round(0.3 * width))],
        Qt.Orientation.Horizontal,
    )


def restore_layout(window: QMainWindow, settings) -> None:
    """The stored geometry and docks; on a first start, the whole screen."""
    geometry = settings.value("geometry")
    state = settings.value("window_state")
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        window.setWindowState(Qt.WindowState.WindowMaximized)
    if state is not None:
        window.restoreState(state)


def unelide_dock_tabs(window: QMainWindow) -> None:
    """Tabbed docks show whole titles ("Run settings", not "Run setti..."): on a narrow
    projector the tab bar scrolls instead of cutting words."""
    for bar in window.findChildren(QTabBar):
        if bar.elideMode() != Qt.TextElideMode.ElideNone:
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)
        for button in bar.findChildren(QToolButton):  # its scroll arrows
            if not button.toolTip():
                button.setToolTip(
                    QCoreApplication.translate("MainWindow", "Show the tabs that do not fit")
                )
