"""The wheel works on its own: built offline, installed in a fresh venv, run outside the checkout.

The venv gets the wheel with --no-deps and sees the dependencies already installed here through
a .pth file (a plain path line: the editable install's own .pth files there are not run), so
the test takes seconds. Every run is from another folder, without PYTHONPATH, and with a folder
holding decoy `cli.py` and `main.py` modules first on sys.path, as another distribution in the
same environment might ship them.
"""

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from engine.scene.presets import PRESETS

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("pyproject.toml", "README.md", "descent_lab", "engine", "gui", "resources")
DECOY = 'raise ImportError("another distribution\'s {name}.py was imported")\n'
BIN = "Scripts" if sys.platform == "win32" else "bin"

PROBE = """
import json, sys
from PySide6.QtCore import QCoreApplication
import descent_lab, descent_lab.cli, engine, gui, resources
from gui.i18n import install_language, qm_path
app = QCoreApplication([])
loaded = install_language("ko")
print(json.dumps({
    "korean": loaded and QCoreApplication.translate("MainWindow", "&File"),
    "files": [m.__file__ for m in (descent_lab, descent_lab.cli, engine, gui, resources)],
    "qm": str(qm_path("ko")),
    "path": sys.path,
}))
"""


def run(args, **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [str(arg) for arg in args], capture_output=True, text=True, encoding="utf-8",
        timeout=120, check=False, **kwargs,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(wheel, venv, env, elsewhere): the built wheel, the venv it is in, how to run there."""
    top = tmp_path_factory.mktemp("install")
    source = top / "source"  # a copy: building writes build/ and *.egg-info beside the sources
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
            shutil.copytree(ROOT / name, source / name, ignore=ignore)
        else:
            shutil.copy2(ROOT / name, source / name)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    run([*pip, "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q",
         "-w", top / "dist", source])  # fmt: skip
    (wheel,) = (top / "dist").glob("descent_lab-*.whl")
    venv = top / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", venv])
    python = venv / BIN / ("python.exe" if sys.platform == "win32" else "python")
    purelib = run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"])
    outer = sysconfig.get_path("purelib")  # this interpreter's numpy, PySide6, pyqtgraph...
    Path(purelib.stdout.strip(), "outer-dependencies.pth").write_text(outer + "\n")
    run([*pip, "--python", python, "install", "--no-deps", "--no-index", "-q", wheel])
    elsewhere, decoys = top / "elsewhere", top / "decoys"
    elsewhere.mkdir()
    decoys.mkdir()
    for name in ("cli", "main"):
        (decoys / f"{name}.py").write_text(DECOY.format(name=name), encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(decoys), XDG_DATA_HOME=str(top / "xdg"))
    return wheel, venv, env, elsewhere


def command(installed, *args) -> subprocess.CompletedProcess:
    _, venv, env, elsewhere = installed
    return run([venv / BIN / "descent-lab", *args], cwd=elsewhere, env=env)


def test_the_wheel_holds_the_data_and_no_top_level_cli_or_main(installed):
    names = zipfile.ZipFile(installed[0]).namelist()
    top_level = {name.split("/")[0] for name in names if not name.split("/")[0].endswith("-info")}
    assert top_level == {"descent_lab", "engine", "gui", "resources"}
    assert "resources/translations/descent_lab_ko.qm" in names
    assert {f"resources/presets/{name}.json" for name in PRESETS} <= set(names)
    assert "resources/icons/descent-lab-16.png" in names
    assert "resources/desktop/descent-lab.desktop" in names


def test_list_names_every_preset(installed):
    catalog = json.loads(command(installed, "list", "--json").stdout)
    assert [entry["name"] for entry in catalog["presets"]] == list(PRESETS)


def test_a_headless_export_writes_a_png(installed):
    out = installed[3] / "x.png"
    command(installed, "export", "--preset", "canyon-race", "--out", out, "--size", "320x200")
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_korean_loads_from_the_installed_package_not_the_checkout(installed):
    _, venv, env, elsewhere = installed
    python = venv / BIN / "python"
    found = json.loads(run([python, "-c", PROBE], cwd=elsewhere, env=env).stdout)
    assert found["korean"] == "파일(&F)"
    for path in [*found["files"], found["qm"]]:
        assert Path(path).resolve().is_relative_to(venv.resolve()), path
    entries = [(elsewhere / entry).resolve() for entry in found["path"]]  # "" is the cwd
    assert ROOT not in entries  # (the dependencies' folder may be the checkout's .venv)


def test_install_desktop_writes_the_entry_icons_and_mime_type(installed):
    _, venv, env, _ = installed
    command(installed, "--install-desktop")
    home = Path(env["XDG_DATA_HOME"])
    entry = (home / "applications" / "descent-lab.desktop").read_text(encoding="utf-8")
    assert f"Exec={venv / BIN / 'descent-lab'} %f" in entry.splitlines()
    assert "MimeType=application/x-descent-lab-session;" in entry.splitlines()
    assert (home / "icons" / "hicolor" / "16x16" / "apps" / "descent-lab.png").exists()
    mime = (home / "mime" / "packages" / "descent-lab.xml").read_text(encoding="utf-8")
    assert 'type="application/x-descent-lab-session"' in mime
