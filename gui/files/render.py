"""Render the plot (with its legend and charts if asked) to PNG, SVG, GIF or MP4 files."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
import shiboken6
from PIL import Image
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QVBoxLayout, QWidget

from engine.atomic import replacing
from gui.models import Session, Timeline
from gui.plot.charts import CurvesView
from gui.plot.overlays import PENS
from gui.plot.surface_view import SurfaceView

MAX_SIDE = 8192
MIN_SIDE = 16
MAX_FPS = 60.0
# GIF delays count hundredths of a second and browsers slow delays under 2/100 s down.
MAX_GIF_FPS = 50.0
VIDEO_MISSING = "MP4 needs the optional video extra: pip install 'descent-lab[video]'"
# The layout is made for a screen about this tall; bigger images scale it up, not out.
REFERENCE_HEIGHT = 1080
CHARTS_SHARE = 0.3  # of the image's height, when the charts are included
PNG_QUALITY = 80  # Qt's zlib effort: 20% larger files than the default, 40% faster to write
IMAGE_FORMATS, ANIMATION_FORMATS = (".png", ".svg"), (".gif", ".mp4")
Progress = Callable[[int, int], bool]  # (frames done, total) -> False to cancel


class ExportCancelled(Exception):
    """The user cancelled an export; no file was written."""


class MissingExtra(ValueError):
    """An optional dependency needed for this format is not installed."""


@dataclass(frozen=True)
class ImageOptions:
    """Pixel size of the output, layout scale (None: from the height), legend and charts."""

    width: int = 1920
    height: int = 1080
    scale: float | None = None
    legend: bool = True
    charts: bool = False

    def __post_init__(self):
        check_size(self.width, self.height)
        if self.scale is not None and not 0.25 <= self.scale <= 8:
            raise ValueError(f"scale {self.scale} must be from 0.25 to 8")

    @property
    def layout_scale(self) -> float:
        """Device pixels per layout pixel: 1 up to 1080 p, 2 at 4K, so lines and text grow."""
        if self.scale is not None:
            return float(self.scale)
        return max(1.0, self.height / REFERENCE_HEIGHT)


def check_size(width: int, height: int) -> None:
    for name, value in (("width", width), ("height", height)):
        if not MIN_SIDE <= value <= MAX_SIDE:
            raise ValueError(f"image {name} {value} must be from {MIN_SIDE} to {MAX_SIDE} pixels")


def parse_size(text: str) -> tuple[int, int]:
    """`WxH` (e.g. 1920x1080) as two pixel counts within the limits."""
    parts = text.lower().replace("×", "x").split("x")
    try:
        width, height = (int(part) for part in parts)
    except ValueError:
        raise ValueError(f"size {text!r} must be WIDTHxHEIGHT in pixels, e.g. 1920x1080") from None
    check_size(width, height)
    return width, height


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


# --- the offscreen canvas ---------------------------------------------------------------------


def scaled_pen(pen, scale: float) -> QPen:
    """A copy of `pen` `scale` times as wide (cosmetic pens ignore the painter's scale)."""
    pen = QPen(pg.mkPen(pen))
    pen.setWidthF(max(pen.widthF(), 1.0) * scale)
    return pen


class ExportCanvas(QWidget):
    """An offscreen copy of the plot (and charts), laid out at the export's logical size.

    It has its own Timeline, so exporting never moves the window's step; it follows the
    session, so it must be closed (`dispose`) once the export is done.
    """

    def __init__(self, session: Session, options: ImageOptions, source: SurfaceView | None = None):
        super().__init__()
        self.options = options
        self._exporting = False
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        self.timeline = Timeline(parent=self)
        self.timeline.follow(session)
        self.view = SurfaceView(session, self.timeline)
        self.charts = CurvesView(session, self.timeline) if options.charts else None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        scale = options.layout_scale
        size = QSize(round(options.width / scale), round(options.height / scale))
        if self.charts is not None:
            self.charts.setFixedHeight(round(size.height() * CHARTS_SHARE))
            layout.addWidget(self.charts)
        self._copy_view(source)
        self._style_for_export(session)
        self.resize(size)
        self.show()  # never on screen, but laid out and polished like a shown widget

    def _copy_view(self, source: SurfaceView | None) -> None:
        """Same zoom, overlays and vectors as the window's plot; the Fit button is not drawn."""
        self.view._fit_button.hide()
        if source is None:
            return
        self.view.set_true_aspect(source.true_aspect)
        self.view.view_box.setRange(rect=source.view_box.viewRect(), padding=0)
        for name, on in source.overlays.enabled.items():
            self.view.set_overlay(name, on)
        self.view.set_show_all_vectors(source._show_all_vectors)

    def _style_for_export(self, session: Session) -> None:
        legend = self.view.overlays.legend
        if self.options.legend:
            runs = pg.LegendItem(offset=(-8, 8), labelTextSize="11pt", brush="#ffffffd8")
            runs.setParentItem(self.view.plotItem.vb)
            self._run_samples = []  # the legend draws these items' pens; keep them alive
            for index, spec in enumerate(session.scene.runs):
                if session.is_shown(index):
                    width = 3 * self.options.layout_scale
                    sample = pg.PlotDataItem(pen=pg.mkPen(spec.color, width=width))
                    self._run_samples.append(sample)
                    runs.addItem(sample, spec.name)
        else:
            legend.hide()

    def set_view_range(self, view: tuple[float, float, float, float]) -> None:
        """Show x_min..x_max, y_min..y_max (a saved session's zoom)."""
        x_min, x_max, y_min, y_max = view
        self.view.view_box.setRange(xRange=(x_min, x_max), yRange=(y_min, y_max), padding=0)

    def key_colors(self) -> list[tuple[int, int, int]]:
        """Colours that must survive a palette exactly: runs, vectors, black and white."""
        names = [spec.color for spec in self.view.session.scene.runs]
        names += [pen.color().name() for pen in PENS.values()] + ["#000000", "#ffffff"]
        colors = [QColor(name) for name in dict.fromkeys(names)]
        return [(color.red(), color.green(), color.blue()) for color in colors]

    def set_frame(self, frame: int) -> None:
        self.timeline.set_frame(frame)

    def _scenes(self):
        views = [self.view] + ([] if self.charts is None else [self.charts._canvas])
        return [view.scene() for view in views]

    @contextlib.contextmanager
    def export_mode(self, scale: float | None = None):
        """Pens widened by `scale`, symbols drawn as vectors, antialiased; undone afterwards.
        Re-entrant, so an animation enters it once instead of once per frame."""
        if self._exporting:
            yield
            return
        scale = self.options.layout_scale if scale is None else scale
        self._exporting, saved = True, []
        options = {"antialias": True, "resolutionScale": 1.0}
        for scene in self._scenes():
            for item in scene.items():
                saved += _widen(item, scale)
                if hasattr(item, "setExportMode"):
                    item.setExportMode(True, options)
        try:
            yield
        finally:
            for scene in self._scenes():
                for item in scene.items():
                    if hasattr(item, "setExportMode"):
                        item.setExportMode(False)
            for restore, pen in reversed(saved):
                restore(pen)
            self._exporting = False

    def render_image(self) -> QImage:
        """The canvas as an image of exactly the asked pixel size."""
        options, scale = self.options, self.options.layout_scale
        image = QImage(options.width, options.height, QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(scale)
        image.fill(QColor("white"))
        with self.export_mode(scale):
            painter = QPainter(image)
            try:
                self.render(painter, QPoint(0, 0))
            finally:
                painter.end()
        image.setDevicePixelRatio(1.0)
        return image

    def render_svg(self, path: str) -> None:
        """An SVG of the asked size whose drawing is laid out like the PNG's."""
        options = self.options
        generator = QSvgGenerator()
        generator.setFileName(path)
        generator.setSize(QSize(options.width, options.height))
        generator.setViewBox(QRect(QPoint(0, 0), self.size()))
        generator.setResolution(self.logicalDpiX())
        generator.setTitle("Descent Lab")
        with self.export_mode(1.0):
            painter = QPainter(generator)
            try:
                self.render(painter, QPoint(0, 0))
            finally:
                painter.end()

    def dispose(self) -> None:
        """Stop following the session and free the copy now: exports also run without an
        event loop (the command line, benchmarks), where deleteLater would never happen."""
        if shiboken6.isValid(self):
            shiboken6.delete(self)


def _widen(item, scale: float) -> list:
    """Widen the pens of one graphics item; return (setter, old pen) pairs to undo it."""
    saved = []
    if isinstance(item, pg.PlotCurveItem):
        # One path per curve: segments drawn one by one darken where they overlap.
        saved.append((item.setSegmentedLineMode, item.opts["segmentedLineMode"]))
        item.setSegmentedLineMode("off")
        for key, setter in (("pen", item.setPen), ("shadowPen", item.setShadowPen)):
            pen = item.opts.get(key)
            if pen is not None and pen.style() != Qt.PenStyle.NoPen:
                saved.append((setter, QPen(pen)))
                setter(scaled_pen(pen, scale))
    elif isinstance(item, pg.ScatterPlotItem):
        pen = item.opts["pen"]
        saved.append((item.setPen, QPen(pen)))
        item.setPen(scaled_pen(pen, scale))
    elif isinstance(item, pg.InfiniteLine):
        saved.append((item.setPen, QPen(item.pen)))
        item.setPen(scaled_pen(item.pen, scale))
    elif isinstance(item, pg.AxisItem):
        saved.append((item.setPen, QPen(item.pen())))
        item.setPen(scaled_pen(item.pen(), scale))
    return saved


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
