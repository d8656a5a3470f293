"""main.py's window options: a bad --preset fails in one line, a bad session in a message."""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from engine.scene.presets import load_preset
from gui.files.session_files import SessionFiles

ROOT = Path(__file__).resolve().parent.parent


def run_main(*args: str) -> subprocess.CompletedProcess:
    # Offscreen, so nothing shows; a window opened by mistake would hang until the timeout.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True, text=True, timeout=60, cwd=ROOT, env=env, check=False,
    )  # fmt: skip


def assert_one_line_error(result, *words):
    assert result.returncode == 2, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    for word in words:
        assert word in lines[0]


def test_unknown_preset(tmp_path):
    assert_one_line_error(run_main("--preset", "nope"), "unknown preset 'nope'", "canyon-race")


def session_problem(path) -> str:
    """What the window will say about --session PATH (it opens with the default scene)."""
    from gui.app import start_request

    request = start_request(argparse.Namespace(preset=None, session=str(path), lang=None))
    assert request.session is None and request.session_path is None
    return request.problem


def test_missing_session_file():
    assert "/nonexistent.json" in session_problem("/nonexistent.json")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'{"format": "descent-lab-session", "vers', "truncated"),
        (b"\x00\xff\xfe", "UTF-8"),
        (json.dumps({"format": "descent-lab-session", "version": 1, "scene": 3}).encode(), "scene"),
    ],
)
def test_corrupt_session_file(tmp_path, content, problem):
    path = tmp_path / "corrupt.json"
    path.write_bytes(content)
    text = session_problem(path)
    assert str(path) in text and problem in text and "\n" not in text


def test_session_file_that_is_a_folder(tmp_path):
    assert "folder" in session_problem(tmp_path)


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def build(qtbot, settings, **options):
    from gui.app import build_window, configure, start_request

    configure()
    namespace = argparse.Namespace(**{"preset": None, "session": None, "lang": None, **options})
    window = build_window(start_request(namespace), settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_valid_preset_opens_with_its_explanation(qtbot, settings):
    window = build(qtbot, settings, preset="nesterov-lookahead")
    preset = load_preset("nesterov-lookahead")
    files = window.feature(SessionFiles)
    assert window.session.scene == preset.scene
    assert window.timeline.frame == preset.frame and window.session.selected == 0
    assert files.preset_dock.isVisible()
    assert preset.title in files.preset_panel.toPlainText()


def test_a_valid_session_opens_with_its_frame_and_view(qtbot, settings, tmp_path):
    from engine.scene.session_file import SessionState, write_session

    path = tmp_path / "lesson.json"
    state = SessionState(load_preset("saddle-race").scene, 25, (-1.0, 1.0, -2.0, 2.0), 4)
    write_session(path, state)
    window = build(qtbot, settings, session=str(path))
    assert window.session.scene == state.scene
    assert window.timeline.frame == 25 and window.session.selected == 4
    (x_min, x_max), (y_min, y_max) = window.surface_view.plotItem.vb.viewRange()
    assert_shows((x_min, x_max, y_min, y_max), state.view)
    assert window.windowTitle().startswith("lesson.json — ")


def assert_shows(shown, saved) -> None:
    """With true geometry (1:1) the saved region is shown whole, centred, fitting one side."""
    (x0, x1, y0, y1), (a0, a1, b0, b1) = shown, saved
    assert ((x0 + x1) / 2, (y0 + y1) / 2) == pytest.approx(((a0 + a1) / 2, (b0 + b1) / 2))
    assert x1 - x0 >= (a1 - a0) * (1 - 1e-6) and y1 - y0 >= (b1 - b0) * (1 - 1e-6)
    fits = [pytest.approx(a1 - a0) == x1 - x0, pytest.approx(b1 - b0) == y1 - y0]
    assert any(fits)


def test_no_options_opens_the_stored_scene(qtbot, settings):
    window = build(qtbot, settings)
    assert not window.feature(SessionFiles).preset_dock.isVisible()
