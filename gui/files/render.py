"""Write the export canvas (gui/files/canvas.py) to PNG, SVG, GIF or MP4 files."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtGui import QImage

from engine.atomic import replacing
from gui.files.canvas import (  # noqa: F401  (the export API is read from this module)
    MAX_SIDE,
    MIN_SIDE,
    ExportCanvas,
    ImageOptions,
    check_size,
    parse_size,
)

if TYPE_CHECKING:
    from PIL import Image

MAX_FPS = 60.0
# GIF delays count hundredths of a second and browsers slow delays under 2/100 s down.
MAX_GIF_FPS = 50.0
VIDEO_MISSING = "MP4 needs the optional video extra: pip install 'descent-lab[video]'"
PNG_QUALITY = 80  # Qt's zlib effort: 20% larger files than the default, 40% faster to write
IMAGE_FORMATS, ANIMATION_FORMATS = (".png", ".svg"), (".gif", ".mp4")
Progress = Callable[[int, int], bool]  # (frames done, total) -> False to cancel


class ExportCancelled(Exception):
    """The user cancelled an export; no file was written."""


class MissingExtra(ValueError):
    """An optional dependency needed for this format is not installed."""


def check_fps(fps: float, suffix: str) -> None:
    limit = MAX_GIF_FPS if suffix == ".gif" else MAX_FPS
    if not (np.isfinite(fps) and 0 < fps <= limit):
        why = " (GIF delays are hundredths of a second)" if suffix == ".gif" else ""
        raise ValueError(f"fps {fps:g} must be above 0 and at most {limit:g}{why}")


def check_frames(first: int, last: int, last_frame: int) -> None:
    if not 0 <= first <= last <= last_frame:
        raise ValueError(
            f"frames {first}:{last} must satisfy 0 ≤ first ≤ last ≤ {last_frame} (the last step)"
        )


# --- files --------------------------------------------------------------------------------------


def export_image(canvas: ExportCanvas, path: str) -> None:
    """PNG or SVG, from the file's extension."""
    suffix = os.path.splitext(path)[1].lower()
    if suffix not in IMAGE_FORMATS:
        raise ValueError(f"{path!r}: an image must end in .png or .svg")
    with replacing(path) as temp:
        if suffix == ".svg":
            canvas.render_svg(temp)
        elif not canvas.render_image().save(temp, "PNG", PNG_QUALITY):
            raise OSError(f"cannot write {path!r}")


def to_pillow(image: QImage) -> Image.Image:
    """An RGB Pillow image sharing nothing with the QImage."""
    from PIL import Image  # only when an animation is written: Pillow costs start-up 16 ms

    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = bytes(image.constBits())
    return Image.frombuffer("RGB", (width, height), data, "raw", "RGB", stride, 1).copy()


def render_frames(canvas: ExportCanvas, frames: range, progress: Progress | None):
    """Yield the canvas as a Pillow image at each frame; ExportCancelled if progress says so."""
    for done, frame in enumerate(frames):
        if progress is not None and not progress(done, len(frames)):
            raise ExportCancelled("export cancelled")
        canvas.set_frame(frame)
        yield to_pillow(canvas.render_image())
    if progress is not None:
        progress(len(frames), len(frames))


def shared_palette(canvas: ExportCanvas, frames: range) -> Image.Image:
    """One palette for every frame: the runs' and vectors' exact colours first, the rest
    fitted to the first, middle and last frames (median cut alone loses thin lines' colours)."""
    from PIL import Image

    samples = []
    for frame in sorted({frames[0], frames[len(frames) // 2], frames[-1]}):
        canvas.set_frame(frame)
        samples.append(to_pillow(canvas.render_image()))
    strip = Image.new("RGB", (sum(s.width for s in samples), samples[0].height))
    left = 0
    for sample in samples:
        strip.paste(sample, (left, 0))
        left += sample.width
    exact = [channel for color in canvas.key_colors() for channel in color]
    fitted = strip.quantize(colors=256 - len(exact) // 3, method=Image.Quantize.MEDIANCUT)
    palette = Image.new("P", (1, 1))
    palette.putpalette((exact + fitted.getpalette())[: 256 * 3])
    return palette


def write_gif(canvas, path: str, frames: range, fps: float, progress=None) -> None:
    """Every frame mapped onto one shared palette without dithering (fast, small, no shimmer)."""
    from PIL import Image

    with canvas.export_mode():
        palette = shared_palette(canvas, frames)
        images = [
            image.quantize(palette=palette, dither=Image.Dither.NONE)
            for image in render_frames(canvas, frames, progress)
        ]
    with replacing(path) as temp:
        images[0].save(
            temp,
            "GIF",
            save_all=True,
            append_images=images[1:],
            duration=round(1000 / fps),
            loop=0,
            optimize=False,
        )


def video_writer_module():
    """imageio_ffmpeg, or MissingExtra naming the extra to install."""
    try:
        import imageio_ffmpeg
    except ImportError:
        raise MissingExtra(VIDEO_MISSING) from None
    return imageio_ffmpeg


def write_mp4(canvas, path: str, frames: range, fps: float, progress=None) -> None:
    """H.264 through imageio-ffmpeg (the optional `video` extra)."""
    ffmpeg = video_writer_module()
    options = canvas.options
    if options.width % 2 or options.height % 2:
        raise ValueError(
            f"MP4 needs an even width and height, not {options.width}x{options.height}"
        )
    with replacing(path) as temp:
        writer = ffmpeg.write_frames(
            temp, (options.width, options.height), fps=fps, macro_block_size=2, quality=8
        )
        writer.send(None)
        try:
            with canvas.export_mode():
                for image in render_frames(canvas, frames, progress):
                    writer.send(image.tobytes())
        finally:
            writer.close()


def export_animation(canvas, path: str, frames: range, fps: float, progress=None) -> None:
    """GIF or MP4 of `frames` (inclusive range of steps), from the file's extension."""
    suffix = os.path.splitext(path)[1].lower()
    if suffix not in ANIMATION_FORMATS:
        raise ValueError(f"{path!r}: an animation must end in .gif or .mp4")
    check_fps(fps, suffix)
    check_frames(frames[0], frames[-1], canvas.timeline.last_frame)
    write = write_mp4 if suffix == ".mp4" else write_gif
    write(canvas, path, frames, fps, progress)
