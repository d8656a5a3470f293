"""File ▸ Export in the window: menu entries, dialogs, progress with cancel, messages."""

import csv
import json
import sys

import numpy as np
import pytest
from PIL import Image
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from engine.output import table
from gui.features import Menu
from gui.files.export_dialog import ExportController
from gui.files.export_forms import AnimationDialog, DataDialog, ImageDialog
from gui.files.render import VIDEO_MISSING


@pytest.fixture
def controller(window):
    return window.feature(ExportController)


@pytest.fixture
def warnings(monkeypatch):
    shown = []

    def warn(parent, title, text, *args):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warn)
    return shown


def test_install_adds_the_three_entries_above_quit(window, controller):
    actions = window.menus[Menu.FILE].actions()
    menu_action = controller.menu.menuAction()
    assert actions.index(menu_action) < actions.index(window.quit_action)
    texts = [action.text() for action in controller.menu.actions()]
    assert texts == ["&Image…", "&Animation…", "&Data…"]
    assert all(action.toolTip() for action in controller.menu.actions())
    assert window.feature(ExportController) is controller


def test_size_presets_fill_the_boxes_and_custom_frees_them(window):
    dialog = ImageDialog("x.png", window)
    dialog.size_chooser.presets.setCurrentIndex(2)
    assert dialog.size_chooser.size() == (3840, 2160)
    assert not dialog.size_chooser.width_box.isEnabled()
    dialog.size_chooser.presets.setCurrentIndex(3)
    dialog.size_chooser.width_box.setValue(500)
    assert dialog.size_chooser.size() == (500, 2160)
    assert dialog.size_chooser.width_box.isEnabled()


def test_image_export_has_the_custom_size_and_keeps_the_windows_step(window, controller, tmp_path):
    window.timeline.set_frame(123)
    dialog = ImageDialog(str(tmp_path / "plot.png"), window)
    dialog.size_chooser.presets.setCurrentIndex(3)
    dialog.size_chooser.width_box.setValue(500)
    dialog.size_chooser.height_box.setValue(300)
    dialog.charts_box.setChecked(True)
    assert controller.export_image(dialog.path(), dialog)
    with Image.open(tmp_path / "plot.png") as image:
        assert image.size == (500, 300)
    assert window.timeline.frame == 123


def test_cancelling_an_animation_leaves_no_file(window, controller, tmp_path, monkeypatch):
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    dialog = AnimationDialog(str(tmp_path / "a.gif"), window.timeline.last_frame, window)
    dialog.size_chooser.presets.setCurrentIndex(3)
    dialog.size_chooser.width_box.setValue(200)
    dialog.size_chooser.height_box.setValue(150)
    assert not controller.export_animation(dialog.path(), dialog)
    assert list(tmp_path.iterdir()) == []


def test_an_animation_has_the_dialogs_frames(window, controller, tmp_path):
    dialog = AnimationDialog(str(tmp_path / "a.gif"), window.timeline.last_frame, window)
    dialog.size_chooser.presets.setCurrentIndex(3)
    dialog.size_chooser.width_box.setValue(200)
    dialog.size_chooser.height_box.setValue(150)
    dialog.first_box.setValue(20)
    dialog.last_box.setValue(27)
    dialog.fps_box.setValue(10)
    assert controller.export_animation(dialog.path(), dialog)
    with Image.open(tmp_path / "a.gif") as gif:
        assert (gif.n_frames, gif.info["duration"]) == (8, 100)


def test_mp4_without_the_extra_shows_the_message(
    window, controller, tmp_path, warnings, monkeypatch
):
    monkeypatch.setitem(sys.modules, "imageio_ffmpeg", None)
    dialog = AnimationDialog(str(tmp_path / "a.mp4"), window.timeline.last_frame, window)
    assert not controller.export_animation(dialog.path(), dialog)
    assert warnings == [VIDEO_MISSING]
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_path_is_a_message_not_a_crash(window, controller, tmp_path, warnings):
    dialog = ImageDialog(str(tmp_path / "missing" / "plot.png"), window)
    assert not controller.export_image(dialog.path(), dialog)
    assert len(warnings) == 1


def _as_float(cell: str) -> float:
    return float("nan") if cell == "" else float(cell)


def test_long_csv_reads_back_as_the_runs(window, controller, tmp_path):
    dialog = DataDialog(str(tmp_path / "runs.csv"), window)
    assert dialog.mode() == "csv-long"
    assert controller.export_data(dialog.path(), dialog.mode())
    with open(tmp_path / "runs.csv", newline="") as stream:
        reader = csv.reader(stream)
        header = next(reader)
        rows = list(reader)
    assert header[0] == "run"
    for spec, run in zip(window.session.scene.runs, window.session.runs, strict=True):
        mine = [row for row in rows if row[0] == spec.name]
        assert len(mine) == run.frames
        for name, array in zip(table.columns(run), table.column_arrays(run), strict=True):
            column = np.array([_as_float(row[header.index(name)]) for row in mine])
            expected = array.astype(float)
            if name == "lr":
                expected = expected.copy()
                expected[run.last_frame] = np.nan  # the last frame has no update
            np.testing.assert_array_equal(column, expected)


def test_json_reads_back_as_the_runs(window, controller, tmp_path):
    assert controller.export_data(str(tmp_path / "runs.json"), "json")
    data = json.loads((tmp_path / "runs.json").read_text())
    assert [entry["name"] for entry in data["runs"]] == [s.name for s in window.session.scene.runs]
    for entry, run in zip(data["runs"], window.session.runs, strict=True):
        assert entry["columns"] == table.columns(run)
        values = np.array([[np.nan if v is None else v for v in r] for r in entry["rows"]])
        expected = np.column_stack(table.column_arrays(run)).astype(float)
        np.testing.assert_array_equal(values, expected)


def test_one_csv_per_run(window, controller, tmp_path):
    assert controller.export_data(str(tmp_path / "runs.csv"), "csv-per-run")
    files = sorted(tmp_path.iterdir())
    assert len(files) == len(window.session.runs)
    for path, run in zip(files, window.session.runs, strict=True):
        assert path.read_text() == table.to_csv(run)
