"""Export benchmarks: a 1080p PNG and a 120-frame GIF, vs drawing the same without encoding."""

from __future__ import annotations

import os
import tempfile
import time

from benchmarks import baseline, benchmark, elapsed_ms

_state: dict[str, object] = {}


def session():
    """One Session on the default scene, built once (what an open window already has)."""
    if "session" not in _state:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from engine.scene.scene import default_scene
        from gui.app import configure
        from gui.models import Session

        configure()
        _state["session"] = Session(default_scene())
        _state["folder"] = tempfile.TemporaryDirectory(prefix="descent-lab-bench-")
    return _state["session"]


def out(name: str) -> str:
    return os.path.join(_state["folder"].name, name)


@baseline("render_1080p_ms")
def render_1080p_ms() -> float:
    """The PNG's work up to the image: build the copy, draw it into a QImage; no encoding."""
    from gui.files.render import ExportCanvas, ImageOptions

    shared = session()

    def work():
        canvas = ExportCanvas(shared, ImageOptions(1920, 1080))
        canvas.set_frame(200)
        canvas.render_image()
        canvas.dispose()

    return elapsed_ms(work)


@benchmark("export_png_ms", unit="ms", target=150.0, baselines=(render_1080p_ms,))
def export_png_ms() -> float:
    """File ▸ Export ▸ Image at 1920×1080, default options: build the copy, draw, encode, write."""
    from gui.files.render import ExportCanvas, ImageOptions, export_image

    shared = session()

    def work():
        canvas = ExportCanvas(shared, ImageOptions(1920, 1080))
        canvas.set_frame(200)
        export_image(canvas, out("plot.png"))
        canvas.dispose()

    return elapsed_ms(work)


@baseline("render_120_frames_s")
def render_120_frames_s() -> float:
    """The GIF's drawing alone: the same 120 frames rendered to QImages, no palette, no file."""
    from gui.files.render import ExportCanvas, ImageOptions

    shared = session()
    start = time.perf_counter()
    canvas = ExportCanvas(shared, ImageOptions(800, 600))
    with canvas.export_mode():
        for frame in range(0, 120):
            canvas.set_frame(frame)
            canvas.render_image()
    canvas.dispose()
    return time.perf_counter() - start


@benchmark("export_gif_s", unit="s", target=1.5, repeats=3, baselines=(render_120_frames_s,))
def export_gif_s() -> float:
    """120 frames at 800×600 with one shared palette, from building the copy to the file."""
    from gui.files.render import ExportCanvas, ImageOptions, export_animation

    shared = session()
    start = time.perf_counter()
    canvas = ExportCanvas(shared, ImageOptions(800, 600))
    export_animation(canvas, out("run.gif"), range(0, 120), 30.0)
    canvas.dispose()
    return time.perf_counter() - start
