"""The `export` command end to end (a few formats through a subprocess) and its bad input."""

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

import cli
from engine.output import table
from engine.output.scene_tables import union_columns, write_runs_csv, write_runs_json
from engine.scene.scene import RunCache, default_scene

ROOT = Path(__file__).resolve().parent.parent


def run_main(*args, env_extra=None):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the command must choose offscreen by itself
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "export", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_png_gif_and_json_end_to_end(tmp_path):
    png, gif, data = tmp_path / "a.png", tmp_path / "a.gif", tmp_path / "a.json"
    done = run_main("--preset", "canyon-race", "--out", str(png), "--size", "640x360")
    assert (done.returncode, done.stderr) == (0, "")
    with Image.open(png) as image:
        assert image.size == (640, 360)
        assert len(image.convert("RGB").getcolors(1 << 20)) > 50
    done = run_main(
        "--preset", "canyon-race", "--out", str(gif), "--size", "320x180",
        "--frames", "3:9", "--fps", "25",
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    with Image.open(gif) as image:
        assert (image.size, image.n_frames, image.info["duration"]) == ((320, 180), 7, 40)
    assert run_main("--preset", "canyon-race", "--out", str(data)).returncode == 0
    assert len(json.loads(data.read_text())["runs"]) >= 1


def test_a_slide_from_the_command_line_has_a_title_strip(tmp_path):
    slide, plain = tmp_path / "slide.png", tmp_path / "plain.png"
    for out, extra in ((slide, ["--slide", "--title", "Canyon race"]), (plain, [])):
        done = run_main("--preset", "canyon-race", "--out", str(out), "--size", "640x360", *extra)
        assert (done.returncode, done.stderr) == (0, "")
    strips = []
    for out in (slide, plain):
        with Image.open(out) as image:
            pixels = np.asarray(image.convert("RGB")).astype(int)
        strips.append(float((pixels[2:22, 10:55].sum(axis=2) < 200).mean()))
    assert strips[0] > 0.03 and strips[1] == 0  # the title's first letters, only on the slide


def test_mp4_without_the_extra_is_one_line_and_exit_2(tmp_path):
    # A folder named like the package, earlier on the path, hides an installed one.
    (tmp_path / "imageio_ffmpeg").mkdir()
    (tmp_path / "imageio_ffmpeg" / "__init__.py").write_text("raise ImportError('hidden')\n")
    done = run_main(
        "--preset", "canyon-race", "--out", str(tmp_path / "a.mp4"),
        env_extra={"PYTHONPATH": str(tmp_path)},
    )  # fmt: skip
    assert done.returncode == 2
    assert (
        done.stderr
        == "error: MP4 needs the optional video extra: pip install 'descent-lab[video]'\n"
    )
    assert not (tmp_path / "a.mp4").exists()


@pytest.mark.parametrize(
    "extra, message",
    [
        (["--out", "{tmp}/a.txt"], "extension"),
        (["--out", "{tmp}/a.png", "--size", "0x0"], "width 0"),
        (["--out", "{tmp}/a.png", "--size", "100000x100000"], "width 100000"),
        (["--out", "{tmp}/a.gif", "--frames", "9:3"], "frames 9:3"),
        (["--out", "{tmp}/a.gif", "--frames", "0:100000"], "frames 0:100000"),
        (["--out", "{tmp}/a.gif", "--fps", "0"], "fps 0"),
        (["--out", "{tmp}/a.mp4", "--fps", "61"], "fps 61"),
        (["--out", "{tmp}/no/such/a.png"], "does not exist"),
        (["--out", "{tmp}/a.png", "--frames", "1:2"], "--frames is for"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, extra, message):
    argv = ["export", "--preset", "canyon-race"] + [a.format(tmp=tmp_path) for a in extra]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_preset_is_refused(tmp_path, capsys):
    assert cli.main(["export", "--preset", "nope", "--out", str(tmp_path / "a.csv")]) == 2
    assert "unknown preset 'nope'" in capsys.readouterr().err


def mixed_runs():
    scene = default_scene()  # six optimizers: state columns differ from run to run
    return scene, RunCache().runs_of(scene)


def test_long_csv_has_every_runs_columns_and_exact_floats():
    scene, runs = mixed_runs()
    stream = io.StringIO()
    write_runs_csv(scene, runs, stream)
    rows = list(csv.reader(io.StringIO(stream.getvalue())))
    header, body = rows[0], rows[1:]
    assert header == ["run", *union_columns(runs)]
    for run in runs:
        assert set(table.columns(run)) <= set(header)
    first = [row for row in body if row[0] == scene.runs[0].name]
    xs = np.array([float(row[header.index("x")]) for row in first])
    np.testing.assert_array_equal(xs, runs[0].positions[:, 0])  # repr round-trips exactly
    assert len(body) == sum(run.frames for run in runs)


def test_json_is_strict_and_lists_every_run():
    scene, runs = mixed_runs()
    stream = io.StringIO()
    write_runs_json(scene, runs, stream)
    data = json.loads(stream.getvalue(), parse_constant=pytest.fail)
    assert data["scene"]["steps"] == scene.steps
    assert [entry["color"] for entry in data["runs"]] == [spec.color for spec in scene.runs]
