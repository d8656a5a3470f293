"""File ▸ Open/Save/Recent, the Presets menu and dropping a file, driven through the controller."""

import json

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QTextBrowser

from engine.scene.presets import PRESETS, load_preset
from engine.scene.session_file import SessionState, write_session
from gui.features import Menu
from gui.files import file_pickers, recent_files, session_files
from gui.files.session_files import SessionFiles


@pytest.fixture
def warnings(monkeypatch):
    shown = []

    def record(parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    return shown


@pytest.fixture
def files(window):
    return window.feature(SessionFiles)  # the main window installs it


def view_of(window):
    (x_min, x_max), (y_min, y_max) = window.surface_view.plotItem.vb.viewRange()
    return x_min, x_max, y_min, y_max


def write_preset_session(path, name="lr-decay", frame=17, view=(-1.0, 1.5, -0.5, 0.75), selected=2):
    state = SessionState(load_preset(name).scene, frame, view, selected)
    write_session(path, state)
    return state


def assert_shows_whole(shown, saved):
    """Under true geometry the saved view is shown whole and centred (one axis may widen)."""
    x_min, x_max, y_min, y_max = shown
    sx_min, sx_max, sy_min, sy_max = saved
    tolerance = 1e-6 * max(sx_max - sx_min, sy_max - sy_min)
    assert x_min <= sx_min + tolerance and x_max >= sx_max - tolerance
    assert y_min <= sy_min + tolerance and y_max >= sy_max - tolerance
    assert (x_min + x_max) / 2 == pytest.approx((sx_min + sx_max) / 2)
    assert (y_min + y_max) / 2 == pytest.approx((sy_min + sy_max) / 2)
    assert x_max - x_min == pytest.approx(sx_max - sx_min) or y_max - y_min == pytest.approx(
        sy_max - sy_min
    )


def test_install_adds_file_entries_presets_menu_and_dock(window, files):
    texts = [a.text() for a in window.menus[Menu.FILE].actions()]
    assert texts.index("&Open…") < texts.index("Open &Recent") < texts.index("&Save")
    assert texts.index("Save &As…") < texts.index("&Quit")
    assert files.open_action.shortcut().toString() == "Ctrl+O"
    assert files.save_action.shortcut().toString() == "Ctrl+S"
    assert QKeySequence("Ctrl+Shift+S") in files.save_as_action.shortcuts()
    bar = [a.text() for a in window.menuBar().actions()]
    assert bar.index("&Presets") == bar.index("&Help") - 1
    titles = [a.text() for a in window.menus[Menu.PRESETS].actions()]
    assert titles == [load_preset(name).title for name in PRESETS]
    assert all(a.toolTip().endswith(".") for a in window.menus[Menu.PRESETS].actions())
    assert window.feature(SessionFiles) is files
    assert not files.preset_dock.isVisible()


def test_open_restores_scene_frame_view_and_selection(window, files, tmp_path, warnings):
    path = tmp_path / "lesson.json"
    state = write_preset_session(path)
    assert files.open_path(str(path))
    assert window.session.scene == state.scene
    assert window.timeline.frame == 17 and window.session.selected == 2
    assert_shows_whole(view_of(window), state.view)
    assert window.session.undo_stack.count() == 0  # opening starts a fresh history
    assert window.windowTitle().startswith("lesson.json — ")
    assert warnings == []


def test_save_writes_current_scene_frame_view_and_reopens_them(window, files, tmp_path):
    window.session.edit(load_preset("saddle-race").scene, "test")
    window.timeline.set_frame(42)
    window.session.select(3)
    window.surface_view.plotItem.vb.setRange(xRange=(-1, 2), yRange=(-0.5, 1.5), padding=0)
    saved_view = view_of(window)
    assert window.windowTitle().startswith("saddle-race (preset)*") is False
    assert "*" in window.windowTitle()
    path = tmp_path / "mine.json"
    assert files.save_to(str(path))
    assert window.windowTitle().startswith("mine.json — ")  # clean again: no star
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["frame"] == 42 and data["selected"] == 3
    assert data["view"] == pytest.approx(list(saved_view))

    window.session.edit(load_preset("canyon-race").scene, "elsewhere")
    window.timeline.set_frame(5)
    window.surface_view.reset_view()
    assert window.windowTitle().startswith("mine.json* — ")
    assert files.open_path(str(path))
    assert window.session.scene == load_preset("saddle-race").scene
    assert window.timeline.frame == 42 and window.session.selected == 3
    assert view_of(window) == pytest.approx(saved_view)


def test_save_without_a_file_asks_for_one_and_adds_json(window, files, tmp_path, monkeypatch):
    target = tmp_path / "asked"
    monkeypatch.setattr(
        file_pickers.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )
    assert files.save()
    assert (tmp_path / "asked.json").is_file() and files.path == str(tmp_path / "asked.json")


BAD = [
    ("garbage.json", b"{not json", "not valid JSON"),
    ("cut.json", b'{"format": "descent-lab-session", "version": 1, "sce', "truncated"),
    ("other.json", b'{"format": "something-else", "version": 1}', "not a Descent Lab"),
    ("future.json", b'{"format": "descent-lab-session", "version": 99}', "newer"),
    ("latin1.json", b"\xe9t\xe9", "UTF-8"),
]


@pytest.mark.parametrize(("name", "content", "problem"), BAD, ids=[b[0] for b in BAD])
def test_bad_file_warns_naming_it_and_leaves_the_scene(
    window, files, tmp_path, warnings, name, content, problem
):
    before, frame = window.session.scene, window.timeline.frame
    title = window.windowTitle()
    path = tmp_path / name
    path.write_bytes(content)
    assert not files.open_path(str(path))
    assert len(warnings) == 1
    assert name in warnings[0][1] and problem in warnings[0][1]
    assert window.session.scene is before and window.timeline.frame == frame
    assert window.windowTitle() == title and files.recent_files() == []


def test_missing_file_warns(window, files, tmp_path, warnings):
    assert not files.open_path(str(tmp_path / "gone.json"))
    assert "gone.json" in warnings[0][1] and "no such file" in warnings[0][1]


def test_recent_files_newest_first_at_most_eight_in_settings(window, files, tmp_path):
    paths = []
    for index in range(10):
        path = tmp_path / f"s{index}.json"
        write_preset_session(path, frame=index)
        assert files.open_path(str(path))
        paths.append(str(path))
    files.open_path(paths[5])  # reopening moves it to the top, without a duplicate
    expected = [paths[5], paths[9], paths[8], paths[7], paths[6], paths[4], paths[3], paths[2]]
    assert files.recent_files() == expected
    assert json.loads(window.settings.value(recent_files.RECENT_KEY)) == expected
    files.recent.rebuild_menu()
    entries = [a.data() for a in files.recent_menu.actions() if a.data()]
    assert entries == expected
    # A second window with the same settings sees the same list.
    assert session_files.SessionFiles(window).recent_files() == expected


def test_a_recent_file_that_has_gone_is_removed_with_a_message(window, files, tmp_path, warnings):
    kept, gone = tmp_path / "kept.json", tmp_path / "gone.json"
    for path in (kept, gone):
        write_preset_session(path)
        files.open_path(str(path))
    gone.unlink()
    before = window.session.scene
    assert not files.open_recent(str(gone))
    assert files.recent_files() == [str(kept)]
    assert "gone.json" in warnings[0][1] and "removed" in warnings[0][1]
    assert window.session.scene is before
    action = next(a for a in files.recent_menu.actions() if a.data() == str(kept))
    window.session.edit(load_preset("canyon-race").scene, "change")
    action.trigger()
    assert window.session.scene == load_preset("lr-decay").scene


def test_clear_recent(window, files, tmp_path):
    write_preset_session(tmp_path / "a.json")
    files.open_path(str(tmp_path / "a.json"))
    files.clear_recent()
    assert files.recent_files() == [] and not files.recent_menu.isEnabled()


@pytest.mark.parametrize("name", PRESETS)
def test_presets_menu_loads_each_preset_undoably(window, files, name):
    preset = load_preset(name)
    before = window.session.scene
    files.preset_actions[name].trigger()
    assert window.session.scene == preset.scene
    assert window.timeline.frame == preset.frame and window.session.selected == 0
    assert files.preset_dock.isVisible()
    browser = files.preset_dock.widget()
    assert isinstance(browser, QTextBrowser)
    assert preset.title in browser.toPlainText()
    assert preset.explanation[:60] in browser.toPlainText()
    # An untouched preset has nothing to save: no star, yet the preset is one undoable edit.
    assert window.windowTitle().startswith(f"{name} (preset) — ")
    if before != preset.scene:  # canyon-race is the default scene: no edit
        window.session.undo_stack.undo()
        assert window.session.scene == before


def test_preset_dock_can_be_closed_and_readable(window, files):
    files.open_preset("canyon-race")
    browser = files.preset_dock.widget()
    assert browser.font().pointSize() >= 12
    assert browser.lineWrapMode() == QTextBrowser.LineWrapMode.WidgetWidth
    files.preset_dock.close()
    assert not files.preset_dock.isVisible()


def test_unknown_preset_warns(window, files, warnings):
    before = window.session.scene
    assert not files.open_preset("nope")
    assert "nope" in warnings[0][1] and window.session.scene is before


def drop(window, urls, target=None) -> bool:
    """Drag `urls` onto the window and drop them, as Qt does; whether the drag was accepted."""
    mime = QMimeData()
    mime.setUrls(urls)
    point, buttons, keys = QPoint(20, 20), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(target or window, enter)
    accepted = enter.isAccepted()  # read now: the events point at `mime`, freed on return
    # Qt delivers the drop only to a window that accepted the drag.
    drop_event = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(target or window, drop_event)
    return accepted and drop_event.isAccepted()


def test_dropping_a_json_file_opens_it(window, files, tmp_path, warnings):
    path = tmp_path / "dropped.json"
    state = write_preset_session(path, name="momentum-forms", frame=33, selected=1)
    assert drop(window, [QUrl.fromLocalFile(str(path))])
    assert window.session.scene == state.scene and window.timeline.frame == 33
    assert warnings == []


def test_dropping_on_the_plot_opens_the_file_too(window, files, tmp_path, warnings):
    path = tmp_path / "on-plot.json"
    state = write_preset_session(path, name="saddle-race", frame=8, selected=0)
    assert drop(window, [QUrl.fromLocalFile(str(path))], target=window.surface_view)
    assert window.session.scene == state.scene and window.timeline.frame == 8


@pytest.mark.parametrize(
    "url", [QUrl("https://example.com/s.json"), QUrl.fromLocalFile("/tmp/picture.png")]
)
def test_drops_of_other_things_are_ignored(window, files, url, warnings):
    before = window.session.scene
    assert not drop(window, [url])
    assert window.session.scene is before and warnings == []


def test_title_shows_untitled_and_a_star_when_edited(window, files):
    assert window.windowTitle().startswith("Untitled — Descent Lab")
    window.session.edit(load_preset("canyon-race").scene.with_start((0.5, 0.5)), "move")
    assert window.windowTitle().startswith("Untitled* — ")
    window.session.undo_stack.undo()
    assert window.windowTitle().startswith("Untitled — ")
