"""The export dialogs: size, slide style, steps and speed, data format, and the file."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from gui.files import render as export
from gui.files.render import ImageOptions

SIZE_PRESETS = (("1280 × 720 (720p)", 1280, 720), ("1920 × 1080 (1080p)", 1920, 1080))
SIZE_PRESETS += (("3840 × 2160 (4K)", 3840, 2160),)
CUSTOM = QT_TRANSLATE_NOOP("SizeChooser", "Custom")
DATA_MODES = {
    "csv-long": QT_TRANSLATE_NOOP("DataDialog", "CSV: one file, a 'run' column first"),
    "csv-per-run": QT_TRANSLATE_NOOP("DataDialog", "CSV: one file per run"),
    "json": QT_TRANSLATE_NOOP("DataDialog", "JSON: every run with the scene"),
}
FILTERS = {
    "image": QT_TRANSLATE_NOOP("ExportDialog", "PNG image (*.png);;SVG drawing (*.svg)"),
    "animation": QT_TRANSLATE_NOOP("ExportDialog", "GIF animation (*.gif);;MP4 video (*.mp4)"),
    "data": QT_TRANSLATE_NOOP("ExportDialog", "CSV table (*.csv);;JSON (*.json)"),
}


class SizeChooser(QWidget):
    """A size preset, or a custom width and height in pixels."""

    def __init__(self, width: int, height: int, parent=None):
        super().__init__(parent)
        self.presets = QComboBox()
        self.presets.setToolTip(self.tr("Pick a common video size, or Custom to type your own."))
        for label, *_size in SIZE_PRESETS:
            self.presets.addItem(label)
        self.presets.addItem(QCoreApplication.translate("SizeChooser", CUSTOM))
        self.width_box, self.height_box = QSpinBox(), QSpinBox()
        for box, value, tip in (
            (self.width_box, width, self.tr("Width of the exported picture in pixels.")),
            (self.height_box, height, self.tr("Height of the exported picture in pixels.")),
        ):
            box.setRange(export.MIN_SIDE, export.MAX_SIDE)
            box.setSuffix(" px")
            box.setValue(value)
            box.setToolTip(tip)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.presets)
        layout.addWidget(self.width_box)
        layout.addWidget(self.height_box)
        self.presets.currentIndexChanged.connect(self._on_preset_changed)
        sizes = [(w, h) for _label, w, h in SIZE_PRESETS]
        index = sizes.index((width, height)) if (width, height) in sizes else len(sizes)
        self.presets.setCurrentIndex(index)
        self._on_preset_changed(index)

    def _on_preset_changed(self, index: int) -> None:
        custom = index >= len(SIZE_PRESETS)
        if not custom:
            self.width_box.setValue(SIZE_PRESETS[index][1])
            self.height_box.setValue(SIZE_PRESETS[index][2])
        self.width_box.setEnabled(custom)
        self.height_box.setEnabled(custom)

    def size(self) -> tuple[int, int]:
        return self.width_box.value(), self.height_box.value()


class ExportDialog(QDialog):
    """A form with a file path at the bottom; subclasses add their fields above it.

    Its own texts use the context "ExportDialog" explicitly: `self.tr` would look them up
    under the subclass's name.
    """

    def __init__(self, title: str, kind: str, path: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.kind = kind
        self.setMinimumWidth(560)  # room for a whole path
        self.form = QFormLayout(self)
        self.path_edit = QLineEdit(path)
        self.path_edit.setToolTip(
            QCoreApplication.translate(
                "ExportDialog", "The file to write; its extension chooses the format."
            )
        )
        browse = QPushButton(QCoreApplication.translate("ExportDialog", "Browse…"))
        browse.setToolTip(
            QCoreApplication.translate("ExportDialog", "Choose the file with a file dialog.")
        )
        browse.clicked.connect(self._on_browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self._path_row = row
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._buttons = buttons

    def finish_form(self) -> None:
        self.form.addRow(QCoreApplication.translate("ExportDialog", "File"), self._path_row)
        self.form.addRow(self._buttons)

    def _on_browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.windowTitle(),
            self.path_edit.text(),
            QCoreApplication.translate("ExportDialog", FILTERS[self.kind]),
        )
        if path:
            self.path_edit.setText(path)

    def path(self) -> str:
        return self.path_edit.text().strip()

    def add_picture_boxes(self, title: str = "") -> None:
        """The legend, charts and slide boxes that images and animations share."""
        translate = QCoreApplication.translate
        self.legend_box = self.add_checkbox(
            translate("ExportDialog", "Legends"),
            translate("ExportDialog", "Name the runs and the arrows."),
            True,
        )
        self.charts_box = self.add_checkbox(
            translate("ExportDialog", "Charts below the plot"),
            translate("ExportDialog", "Add loss, lr and ‖∇f‖."),
            False,
        )
        self.slide_box = self.add_checkbox(
            translate("ExportDialog", "Slide style"),
            translate(
                "ExportDialog",
                "A title, the step counter, and text and lines sized for a projected slide.",
            ),
            False,
        )
        self.title_edit = QLineEdit(title)
        self.title_edit.setMaxLength(200)
        self.title_edit.setToolTip(translate("ExportDialog", "The slide's title."))
        self.title_edit.setEnabled(False)
        self.slide_box.toggled.connect(self.title_edit.setEnabled)
        self.form.addRow(translate("ExportDialog", "Title"), self.title_edit)

    def picture_options(self, scale: float | None, counter: bool = False) -> ImageOptions:
        width, height = self.size_chooser.size()
        legend, charts = self.legend_box.isChecked(), self.charts_box.isChecked()
        slide = self.slide_box.isChecked()
        title = self.title_edit.text().strip() if slide else ""
        return ImageOptions(width, height, scale, legend, charts, slide, title, counter)

    def add_checkbox(self, text: str, tip: str, checked: bool) -> QCheckBox:
        box = QCheckBox(text)
        box.setToolTip(tip)
        box.setChecked(checked)
        self.form.addRow("", box)
        return box


class ImageDialog(ExportDialog):
    def __init__(self, path: str, parent=None, title: str = ""):
        super().__init__(self.tr("Export image"), "image", path, parent)
        self.size_chooser = SizeChooser(1920, 1080)
        self.form.addRow(self.tr("Size"), self.size_chooser)
        self.scale_box = QDoubleSpinBox()
        self.scale_box.setRange(0.0, 8.0)
        self.scale_box.setSingleStep(0.25)
        self.scale_box.setSpecialValueText(self.tr("auto (1 up to 1080p, 2 at 4K)"))
        self.scale_box.setToolTip(
            self.tr("How much bigger lines and text are drawn than on a 1080p screen.")
        )
        self.form.addRow(self.tr("Scale"), self.scale_box)
        self.add_picture_boxes(title)
        self.finish_form()

    def options(self) -> ImageOptions:
        return self.picture_options(self.scale_box.value() or None)


class AnimationDialog(ExportDialog):
    def __init__(self, path: str, last_frame: int, parent=None, title: str = ""):
        super().__init__(self.tr("Export animation"), "animation", path, parent)
        self.size_chooser = SizeChooser(1280, 720)
        self.form.addRow(self.tr("Size"), self.size_chooser)
        self.first_box, self.last_box = QSpinBox(), QSpinBox()
        for box, value, tip in (
            (self.first_box, 0, self.tr("The first step shown.")),
            (self.last_box, last_frame, self.tr("The last step shown (included).")),
        ):
            box.setRange(0, last_frame)
            box.setValue(value)
            box.setPrefix(self.tr("from ") if box is self.first_box else self.tr("to "))
            box.setToolTip(tip)
        row = QHBoxLayout()
        row.addWidget(self.first_box)
        row.addWidget(self.last_box)
        self.form.addRow(self.tr("Steps"), row)
        self.fps_box = QSpinBox()
        self.fps_box.setRange(1, int(export.MAX_FPS))
        self.fps_box.setValue(30)
        self.fps_box.setSuffix(" fps")
        self.fps_box.setToolTip(self.tr("Steps shown per second (a GIF takes at most 50)."))
        self.form.addRow(self.tr("Speed"), self.fps_box)
        self.add_picture_boxes(title)
        self.finish_form()

    def options(self) -> ImageOptions:
        return self.picture_options(None, counter=True)  # every frame says its step

    def frames(self) -> range:
        return range(self.first_box.value(), self.last_box.value() + 1)

    def fps(self) -> float:
        return float(self.fps_box.value())


class DataDialog(ExportDialog):
    def __init__(self, path: str, parent=None):
        super().__init__(self.tr("Export data"), "data", path, parent)
        self.mode_box = QComboBox()
        self.mode_box.setToolTip(
            self.tr("One long table, one table per run, or JSON of everything.")
        )
        for mode, label in DATA_MODES.items():
            self.mode_box.addItem(QCoreApplication.translate("DataDialog", label), mode)
        self.form.addRow(self.tr("Format"), self.mode_box)
        self.finish_form()

    def mode(self) -> str:
        return self.mode_box.currentData()
