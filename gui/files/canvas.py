"""The offscreen copy of the plot that exports draw: size, pens, slide header, step counter."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gui.models import Session, Timeline
from gui.plot.charts import CurvesView
from gui.plot.overlays import PENS
from gui.plot.surface_view import SurfaceView
from gui.style import Scales

MAX_SIDE = 8192
MIN_SIDE = 16
# The layout is made for a screen about this tall; bigger images scale it up, not out.
REFERENCE_HEIGHT = 1080
CHARTS_SHARE = 0.3  # of the image's height, when the charts are included
# A slide is read from the back of a lecture hall: larger text, thicker lines, a title.
SLIDE_SCALES = Scales(text=1.6, line=1.5, marker=1.4, equation_text=1.0)
TITLE_PX, COUNTER_PX, SLIDE_COUNTER_PX = 34, 15, 24  # layout pixels at REFERENCE_HEIGHT
LEGEND_PT, SLIDE_LEGEND_PT = 11, 16


@dataclass(frozen=True)
class ImageOptions:
    """Pixel size of the output, layout scale (None: from the height), legend and charts."""

    width: int = 1920
    height: int = 1080
    scale: float | None = None
    legend: bool = True
    charts: bool = False
    slide: bool = False  # a title, the step counter, larger text and lines for a projector
    title: str = ""  # the slide's title (the preset's or the session's)
    counter: bool = False  # the step counter alone (every animation frame carries it)

    def __post_init__(self):
        check_size(self.width, self.height)
        if self.scale is not None and not 0.25 <= self.scale <= 8:
            raise ValueError(f"scale {self.scale} must be from 0.25 to 8")
        if len(self.title) > 200:
            raise ValueError("a slide title must be at most 200 characters")

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


# --- the offscreen canvas ---------------------------------------------------------------------


def _pixel_font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


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
        self.title_label: QLabel | None = None
        self.counter_label: QLabel | None = None
        if options.slide or options.counter:
            layout.addWidget(self._make_header(options))
            self.timeline.frame_changed.connect(self._show_counter)
            self.timeline.last_frame_changed.connect(self._show_counter)
            self._show_counter()
        if options.slide:
            self.view.apply_scales(SLIDE_SCALES)
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

    def _make_header(self, options: ImageOptions) -> QWidget:
        """The slide's title on the left and the step counter on the right."""
        header = QWidget()
        self.title_label, self.counter_label = QLabel(header), QLabel(header)
        row = QHBoxLayout(header)
        row.setContentsMargins(16, 8, 16, 4)
        self.title_label.setText(options.title if options.slide else "")
        self.title_label.setFont(_pixel_font(TITLE_PX, bold=True))
        counter_px = SLIDE_COUNTER_PX if options.slide else COUNTER_PX
        self.counter_label.setFont(_pixel_font(counter_px))
        row.addWidget(self.title_label, 1)
        row.addWidget(self.counter_label, 0, Qt.AlignmentFlag.AlignRight)
        header.setStyleSheet("background: white; color: #1a1a1a;")
        return header

    def _show_counter(self, *_args) -> None:
        timeline, label = self.timeline, self.counter_label
        text = QCoreApplication.translate("TimelineBar", "step {0} / {1}")  # the bar's words
        widest = text.format(timeline.last_frame, timeline.last_frame)
        # Room for the widest count: an offscreen canvas is not laid out again per frame.
        label.setMinimumWidth(label.fontMetrics().horizontalAdvance(widest) + 4)
        label.setText(text.format(timeline.frame, timeline.last_frame))

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
            points = SLIDE_LEGEND_PT if self.options.slide else LEGEND_PT
            runs = pg.LegendItem(offset=(-8, 8), labelTextSize=f"{points}pt", brush="#ffffffd8")
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
