"""Edit ▸ Preferences: language, theme, speed and export defaults; View ▸ Reset window layout."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from gui.files.export_forms import AnimationDialog, ImageDialog
from gui.panels.inspector import Inspector
from gui.preferences import Preferences, Values, parse_size
from gui.theme import DARK, LIGHT, Themes, apply_palette


@pytest.fixture
def prefs(window):
    yield window.feature(Preferences)
    apply_palette(LIGHT)


def test_the_dialog_shows_the_stored_values(window, prefs, settings):
    settings.setValue("export/folder", "/tmp/exports")
    settings.setValue("export/image_size", "1280x720")
    settings.setValue("playback/speed", 12)
    dialog = prefs.dialog()
    values = dialog.values()
    assert values.export_folder == "/tmp/exports" and values.speed == 12
    assert values.image_size == (1280, 720) and values.animation_size == (1280, 720)
    assert values.language == "en"
    dialog.deleteLater()


def test_apply_stores_and_shows_everything(window, prefs, settings, tmp_path):
    prefs.apply(Values("en", DARK, 90, str(tmp_path), (3840, 2160), (640, 480)))
    assert window.timeline.speed == 90 and settings.value("playback/speed") in (90, "90")
    assert settings.value("export/folder") == str(tmp_path)
    assert window.feature(Themes).look == DARK
    image = ImageDialog(str(tmp_path / "x.png"), window)
    image.ensurePolished()
    assert image.size_chooser.size() == (3840, 2160)
    animation = AnimationDialog(str(tmp_path / "x.gif"), 10, window)
    animation.ensurePolished()
    assert animation.size_chooser.size() == (640, 480)
    for dialog in (image, animation):
        dialog.deleteLater()


def test_a_new_window_starts_at_the_stored_speed(qtbot, settings):
    from gui.main_window import MainWindow

    settings.setValue("playback/speed", "7")
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    assert window.timeline.speed == 7


def test_another_language_asks_the_window_to_reopen(qtbot, window, prefs, settings):
    with qtbot.waitSignal(window.language_requested) as signal:
        prefs.apply(Values("ko", LIGHT, 30, "", (1920, 1080), (1280, 720)))
    assert signal.args == ["ko"] and settings.value("language") == "ko"


@pytest.mark.parametrize("text", ["", "x", "0x0", "10x99999", "axb", None, "1280X720x3"])
def test_bad_sizes_fall_back(text):
    assert parse_size(text, (1, 2)) == (1, 2)


def test_standard_shortcuts(window, prefs):
    from gui.features import Menu

    edit = {a.text(): a for a in window.menus[Menu.EDIT].actions()}
    assert prefs.action.shortcuts(), "Preferences has a key on every platform"
    redo = edit["&Redo"].shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in redo and QKeySequence("Ctrl+Y") in redo
    assert window.close_action.shortcuts() == QKeySequence.keyBindings(
        QKeySequence.StandardKey.Close
    )
    assert window.quit_action.shortcuts()


def test_reset_window_layout(window, settings):
    inspector = window.dock(Inspector)
    window.removeDockWidget(inspector)
    inspector.setFloating(True)
    window.reset_layout()
    assert not inspector.isFloating()
    assert window.dockWidgetArea(inspector) == Qt.DockWidgetArea.RightDockWidgetArea
    assert settings.value("window_state") == window.default_layout
