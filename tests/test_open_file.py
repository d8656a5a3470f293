"""Opening a session from the OS: `descent-lab FILE`, macOS's QFileOpenEvent, a broken file."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from descent_lab import cli
from descent_lab.main import gui_options, opens_window
from engine.scene.presets import load_preset
from engine.scene.session_file import SessionState, write_session
from gui.files.session_files import SessionFiles

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def lesson(tmp_path) -> Path:
    path = tmp_path / "lesson.descent.json"
    write_session(path, SessionState(load_preset("saddle-race").scene, 25, None, 1))
    return path


@pytest.fixture
def broken(tmp_path) -> Path:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "descent-lab-session", "vers', encoding="utf-8")
    return path


def window_for(qtbot, settings, argv):
    from gui.app import build_window, configure, start_request

    configure()
    request = start_request(gui_options(argv))
    window = build_window(request, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, request


def test_a_file_argument_opens_the_window(tmp_path, lesson):
    assert opens_window([]) and opens_window([str(lesson)]) and opens_window(["new.json"])
    assert opens_window(["--lang", "ko", str(lesson)])
    plain = tmp_path / "lesson-without-suffix"
    plain.write_text("{}", encoding="utf-8")
    assert opens_window([str(plain)])
    # Sub-commands, options and typos stay with the command line.
    for argv in (["list"], ["export", "--preset", "x"], ["lsit"], ["--help"]):
        assert not opens_window(argv), argv
    assert gui_options([str(lesson)]).session == str(lesson)
    with pytest.raises(cli.UsageError, match="not both"):
        gui_options([str(lesson), "--session", str(lesson)])


def test_a_typo_is_still_a_one_line_command_error():
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "lsit"],
        capture_output=True, text=True, timeout=60, cwd=ROOT, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("error: ") and len(done.stderr.splitlines()) == 1


def test_a_bare_file_opens_that_session(qtbot, settings, lesson):
    window, request = window_for(qtbot, settings, [str(lesson)])
    assert request.problem == ""
    assert window.timeline.frame == 25 and window.session.selected == 1
    assert window.windowTitle().startswith("lesson.descent.json — ")


@pytest.mark.parametrize("how", ["bare", "--session"])
def test_a_broken_session_opens_the_default_scene_and_says_why(qtbot, settings, broken, how):
    from PySide6.QtWidgets import QMessageBox

    from gui.app import show_problem

    argv = [str(broken)] if how == "bare" else ["--session", str(broken)]
    window, request = window_for(qtbot, settings, argv)
    assert str(broken) in request.problem and "truncated" in request.problem
    assert window.feature(SessionFiles).path is None
    box = show_problem(window, request.problem)
    assert box.isVisible() and request.problem in box.text()  # open(): shown, nothing blocks
    assert box.icon() == QMessageBox.Icon.Warning and box.parent() is window
    box.close()


def test_macos_file_open_events_open_the_session(qtbot, settings, lesson, broken):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    from gui.app import FileOpener, WindowKeeper

    window, _ = window_for(qtbot, settings, [])
    keeper = WindowKeeper(window)
    opener = FileOpener(keeper)
    app = QCoreApplication.instance()
    app.installEventFilter(opener)
    try:
        assert QCoreApplication.sendEvent(app, QFileOpenEvent(str(lesson)))
        assert window.feature(SessionFiles).path == str(lesson.resolve())
        assert window.timeline.frame == 25
        QCoreApplication.sendEvent(app, QFileOpenEvent(str(broken)))
        assert opener.last_problem is not None and str(broken) in opener.last_problem.text()
        assert window.timeline.frame == 25  # the open session stays
        opener.last_problem.close()
    finally:
        app.removeEventFilter(opener)


def test_the_application_has_its_icon_and_desktop_file_name():
    from PySide6.QtGui import QGuiApplication

    from gui.app import configure

    app = configure()
    sizes = {size.width() for size in app.windowIcon().availableSizes()}
    assert sizes >= {16, 32, 48, 64, 128, 256}
    assert QGuiApplication.desktopFileName() == "descent-lab"
