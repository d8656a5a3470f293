"""Rendering exports: exact sizes, crisp scaling, SVG paths, GIF frames and cancelling."""

import sys
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image

from engine.scene.scene import default_scene
from gui.app import configure
from gui.files.render import (
    VIDEO_MISSING,
    ExportCancelled,
    ExportCanvas,
    ImageOptions,
    MissingExtra,
    check_fps,
    check_frames,
    export_animation,
    export_image,
    parse_size,
)
from gui.models import Session

MOMENTUM = (0xD5, 0x5E, 0x00)  # the default scene's second run, a colour used by nothing else


@pytest.fixture
def session(qtbot):
    configure()
    return Session(default_scene())


@pytest.fixture
def canvas_of(session):
    made = []

    def make(width, height, **options):
        canvas = ExportCanvas(session, ImageOptions(width, height, **options))
        made.append(canvas)
        return canvas

    yield make
    for canvas in made:
        canvas.dispose()


def pixels(path) -> np.ndarray:
    return np.asarray(Image.open(path).convert("RGB")).astype(int)


def line_width(image: np.ndarray, color) -> float:
    """Median thickness, in pixels, of the vertical runs of `color` across the columns."""
    mask = np.abs(image - np.array(color)).sum(axis=2) < 60
    widths = []
    for column in mask.T:
        rows = np.flatnonzero(column)
        if len(rows):
            pieces = np.split(rows, np.flatnonzero(np.diff(rows) != 1) + 1)
            widths.append(max(len(piece) for piece in pieces))
    return float(np.median(widths))


def test_png_has_the_asked_size_and_shows_the_plot(canvas_of, tmp_path):
    canvas = canvas_of(640, 360, charts=True)
    canvas.set_frame(200)
    export_image(canvas, str(tmp_path / "plot.png"))
    image = pixels(tmp_path / "plot.png")
    assert image.shape == (360, 640, 3)
    distinct = len(np.unique(image.reshape(-1, 3), axis=0))
    assert distinct > 100  # colour map, contours, six paths, text
    assert (np.abs(image - 255).sum(axis=2) > 30).mean() > 0.3  # mostly drawn, not background
    assert (np.abs(image - np.array(MOMENTUM)).sum(axis=2) < 30).sum() > 50  # a run's path


def test_a_4k_export_draws_thicker_lines_than_a_720p_one(canvas_of, tmp_path):
    widths = {}
    for width, height in ((1280, 720), (3840, 2160)):
        canvas = canvas_of(width, height, legend=False)
        canvas.set_frame(400)
        export_image(canvas, str(tmp_path / f"{height}.png"))
        widths[height] = line_width(pixels(tmp_path / f"{height}.png"), MOMENTUM)
    assert widths[2160] >= 1.5 * widths[720]  # scale 2 at 4K: lines as crisp as on screen


def test_exporting_restores_the_views_pens(canvas_of):
    canvas = canvas_of(3840, 2160)
    item = canvas.view.path_items[1]
    before = item.opts["pen"].widthF()
    canvas.render_image()
    assert item.opts["pen"].widthF() == before


def test_the_canvas_draws_the_asked_frame(canvas_of, session):
    canvas = canvas_of(400, 300)
    canvas.set_frame(57)
    x, y = canvas.view.path_items[0].getData()
    np.testing.assert_array_equal(np.column_stack([x, y]), session.runs[0].positions[:58])


def test_svg_parses_and_draws_paths(canvas_of, tmp_path):
    canvas = canvas_of(800, 600)
    canvas.set_frame(100)
    export_image(canvas, str(tmp_path / "plot.svg"))
    root = ET.parse(tmp_path / "plot.svg").getroot()
    assert root.get("viewBox") is not None
    paths = [e for e in root.iter() if e.tag.endswith("path")]
    assert len(paths) > 10


def test_gif_has_the_asked_frames_and_speed(canvas_of, tmp_path):
    canvas = canvas_of(320, 240)
    export_animation(canvas, str(tmp_path / "a.gif"), range(10, 22), fps=20)
    with Image.open(tmp_path / "a.gif") as gif:
        assert gif.n_frames == 12
        assert gif.info["duration"] == 50  # 1000 ms / 20 fps
        gif.seek(0)
        first = np.asarray(gif.convert("RGB")).copy()
        gif.seek(11)
        last = np.asarray(gif.convert("RGB"))
    assert (first != last).any()  # the frames follow the timeline


def test_cancelling_a_gif_leaves_no_file(canvas_of, tmp_path):
    canvas = canvas_of(320, 240)
    calls = []

    def progress(done, total):
        calls.append(done)
        return done < 3

    with pytest.raises(ExportCancelled):
        export_animation(canvas, str(tmp_path / "a.gif"), range(0, 50), 10, progress)
    assert list(tmp_path.iterdir()) == []  # no GIF and no temporary file
    assert max(calls) == 3  # stopped at once, not after drawing every frame


def test_mp4_without_the_video_extra_says_which_extra(canvas_of, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "imageio_ffmpeg", None)  # makes the import fail
    canvas = canvas_of(320, 240)
    with pytest.raises(MissingExtra, match="pip install 'descent-lab\\[video\\]'"):
        export_animation(canvas, str(tmp_path / "a.mp4"), range(0, 5), 10)
    assert str(MissingExtra(VIDEO_MISSING)).startswith("MP4 needs the optional video extra")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("text", ["0x0", "100000x100000", "8193x100", "abc", "10x", "15x15"])
def test_bad_sizes_are_refused(text):
    with pytest.raises(ValueError, match="size|width|height"):
        parse_size(text)


def test_sizes_parse():
    assert parse_size("1920x1080") == (1920, 1080)
    assert parse_size("8192×16") == (8192, 16)


@pytest.mark.parametrize("fps, suffix", [(0, ".gif"), (-1, ".mp4"), (61, ".mp4"), (55, ".gif")])
def test_bad_fps_is_refused(fps, suffix):
    with pytest.raises(ValueError, match="fps"):
        check_fps(fps, suffix)


@pytest.mark.parametrize("first, last", [(5, 2), (-1, 3), (0, 401)])
def test_bad_frame_ranges_are_refused(first, last):
    with pytest.raises(ValueError, match="frames"):
        check_frames(first, last, 400)


def test_unknown_extensions_are_refused(canvas_of, tmp_path):
    canvas = canvas_of(320, 240)
    with pytest.raises(ValueError, match=".png or .svg"):
        export_image(canvas, str(tmp_path / "a.jpg"))
    with pytest.raises(ValueError, match=".gif or .mp4"):
        export_animation(canvas, str(tmp_path / "a.avi"), range(3), 10)
