"""View ▸ Theme: the palette follows the choice and the system; plots keep their light paper."""

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from gui import theme
from gui.style import NORMAL
from gui.theme import DARK, HIGH_CONTRAST, HIGH_CONTRAST_SCALES, LIGHT, SYSTEM, Themes


@pytest.fixture
def themes(window):
    yield window.feature(Themes)
    theme.apply_palette(LIGHT)  # the palette is the application's: leave it as found


def window_color() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Window).name()


def test_dark_and_back_to_light(window, themes, settings):
    light = window_color()
    themes.actions[DARK].trigger()
    assert themes.look == DARK and settings.value("theme") == DARK
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert QApplication.palette().color(QPalette.ColorRole.WindowText).lightness() > 200
    themes.actions[LIGHT].trigger()
    assert window_color() == light


def test_plots_and_the_equation_keep_light_paper_in_dark(window, themes):
    themes.set_choice(DARK)
    paper = theme.paper_widgets(window)
    assert window.surface_view in paper and window.curves._canvas in paper
    for widget in paper:
        assert widget.palette().color(QPalette.ColorRole.Window).lightness() > 200
        assert widget.palette().color(QPalette.ColorRole.WindowText).lightness() < 80
    assert pg.getConfigOption("background") == "w"  # exports build light plots as before


def test_a_dock_built_when_first_seen_gets_the_light_paper_too(qtbot, window, themes):
    from gui.maps.quadratic_lab import QuadraticLab

    themes.set_choice(DARK)
    dock = window.dock(QuadraticLab)
    before = set(theme.paper_widgets(window))
    dock.show()
    dock.raise_()
    built = [w for w in theme.paper_widgets(window) if w not in before]
    assert built  # the lab's two plots
    QApplication.processEvents()  # they take the window's dark palette first
    qtbot.waitUntil(
        lambda: all(w.palette().color(QPalette.ColorRole.Window).lightness() > 200 for w in built),
        timeout=5000,
    )


def test_high_contrast_is_black_on_white_with_thick_lines(window, themes):
    themes.set_choice(HIGH_CONTRAST)
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#ffffff"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#000000"
    assert window.style_model.scales == HIGH_CONTRAST_SCALES
    assert window.surface_view.line_scale == HIGH_CONTRAST_SCALES.line
    window.style_model.set_scales(NORMAL)  # presentation mode ending: high contrast stays
    assert window.style_model.scales == HIGH_CONTRAST_SCALES
    themes.set_choice(LIGHT)
    assert window.style_model.scales == NORMAL


def test_system_follows_the_colour_scheme(window, themes, monkeypatch):
    themes.set_choice(SYSTEM)
    monkeypatch.setattr(theme, "system_is_dark", lambda: True)
    themes._on_color_scheme_changed(Qt.ColorScheme.Dark)
    assert themes.look == DARK
    monkeypatch.setattr(theme, "system_is_dark", lambda: False)
    themes._on_color_scheme_changed(Qt.ColorScheme.Light)
    assert themes.look == LIGHT
    themes.set_choice(DARK)
    themes._on_color_scheme_changed(Qt.ColorScheme.Light)
    assert themes.look == DARK  # a chosen look ignores the system


@pytest.mark.parametrize("stored", ["", "purple", 3, None])
def test_a_bad_stored_theme_means_the_system(qtbot, settings, stored):
    from gui.main_window import MainWindow

    settings.setValue("theme", stored)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    assert window.feature(Themes).choice == SYSTEM
    theme.apply_palette(LIGHT)


def test_the_stored_theme_comes_back(qtbot, settings):
    from gui.main_window import MainWindow

    settings.setValue("theme", DARK)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    try:
        assert window.feature(Themes).actions[DARK].isChecked()
        assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
    finally:
        theme.apply_palette(LIGHT)
