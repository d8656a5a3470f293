"""File ▸ Export: dialogs for images, animations and data, and the controller that runs them."""

from __future__ import annotations

import os

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QWidget,
)

from engine.output.destination import check_writable, write_output
from engine.output.scene_tables import write_run_files, write_runs_csv, write_runs_json
from gui.features import Menu
from gui.files import render as export
from gui.files.render import ExportCancelled, ImageOptions, MissingExtra

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


# The same words as gui.files.render.VIDEO_MISSING (which the command line prints), translatable.
MP4_MISSING = QT_TRANSLATE_NOOP(
    "ExportController", "MP4 needs the optional video extra: pip install 'descent-lab[video]'"
)
# Texts of the menu and the progress dialog, which are built outside any widget class.
MENU_TEXTS = (
    QT_TRANSLATE_NOOP("ExportController", "&Export"),
    QT_TRANSLATE_NOOP("ExportController", "&Image…"),
    QT_TRANSLATE_NOOP(
        "ExportController", "Save the plot as a PNG or SVG picture at any size, up to 8192 pixels."
    ),
    QT_TRANSLATE_NOOP("ExportController", "&Animation…"),
    QT_TRANSLATE_NOOP(
        "ExportController", "Save a range of steps as a GIF, or an MP4 with the video extra."
    ),
    QT_TRANSLATE_NOOP("ExportController", "&Data…"),
    QT_TRANSLATE_NOOP("ExportController", "Save every run's numbers as CSV or JSON."),
    QT_TRANSLATE_NOOP("ExportController", "Drawing the frames…"),
    QT_TRANSLATE_NOOP("ExportController", "Cancel"),
    QT_TRANSLATE_NOOP("ExportController", "Export animation"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportController", text)


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

    def add_picture_boxes(self) -> None:
        """The legend and charts check boxes that images and animations share."""
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

    def picture_options(self, scale: float | None) -> ImageOptions:
        width, height = self.size_chooser.size()
        legend, charts = self.legend_box.isChecked(), self.charts_box.isChecked()
        return ImageOptions(width, height, scale, legend, charts)

    def add_checkbox(self, text: str, tip: str, checked: bool) -> QCheckBox:
        box = QCheckBox(text)
        box.setToolTip(tip)
        box.setChecked(checked)
        self.form.addRow("", box)
        return box


class ImageDialog(ExportDialog):
    def __init__(self, path: str, parent=None):
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
        self.add_picture_boxes()
        self.finish_form()

    def options(self) -> ImageOptions:
        return self.picture_options(self.scale_box.value() or None)


class AnimationDialog(ExportDialog):
    def __init__(self, path: str, last_frame: int, parent=None):
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
        self.add_picture_boxes()
        self.finish_form()

    def options(self) -> ImageOptions:
        return self.picture_options(None)

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


class ExportController(QObject):
    """Runs exports for a window: a copy of its plot at the asked size, progress, messages."""

    NAME = "export"
    REQUIRES = ()

    @classmethod
    def install(cls, host) -> ExportController:
        """File ▸ Export ▸ Image…, Animation…, Data…."""
        return install(host.window)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.last_message = ""  # the last problem reported, for tests and the status bar

    # --- what the menu entries do ---------------------------------------------------------
    def _on_image(self) -> None:
        dialog = ImageDialog(self._suggested_path(".png"), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.export_image(dialog.path(), dialog)

    def _on_animation(self) -> None:
        last = self.window.timeline.last_frame
        dialog = AnimationDialog(self._suggested_path(".gif"), last, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.export_animation(dialog.path(), dialog)

    def _on_data(self) -> None:
        dialog = DataDialog(self._suggested_path(".csv"), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.export_data(dialog.path(), dialog.mode())

    # --- exports (dialogs passed in, so tests fill them without exec) ----------------------
    def export_image(self, path: str, dialog: ImageDialog) -> bool:
        return self._guarded(path, self._write_image, path, dialog)

    def export_animation(self, path: str, dialog: AnimationDialog) -> bool:
        return self._guarded(path, self._write_animation, path, dialog)

    def export_data(self, path: str, mode: str) -> bool:
        return self._guarded(path, self._write_data, path, mode)

    def _guarded(self, path: str, work, *args) -> bool:
        """Run `work`; report bad input or an unwritable file in a message box, never raise."""
        try:
            if not path:
                raise ValueError(self.tr("choose a file to write"))
            work(*args)
        except ExportCancelled:
            return False
        except MissingExtra:
            self._report(self.tr(MP4_MISSING))
            return False
        except (ValueError, OSError) as error:
            self._report(str(error))
            return False
        self.window.settings.setValue("export/folder", os.path.dirname(os.path.abspath(path)))
        self.window.statusBar().showMessage(self.tr("Saved {0}").format(path), 5000)
        return True

    def _report(self, text: str) -> None:
        self.last_message = text
        QMessageBox.warning(self.window, self.tr("Export"), text)

    def _check_suffix(self, path: str, suffixes: tuple[str, str]) -> str:
        """The path's lower-case extension; a translated message if it is not one of `suffixes`."""
        suffix = os.path.splitext(path)[1].lower()
        if suffix not in suffixes:
            message = self.tr("{0}: the file name must end in {1} or {2}")
            raise ValueError(message.format(path, *suffixes))
        return suffix

    def _canvas(self, options: ImageOptions) -> export.ExportCanvas:
        canvas = export.ExportCanvas(self.window.session, options, self.window.surface_view)
        canvas.set_frame(self.window.timeline.frame)
        return canvas

    def _write_image(self, path: str, dialog: ImageDialog) -> None:
        self._check_suffix(path, export.IMAGE_FORMATS)
        canvas = self._canvas(dialog.options())
        try:
            export.export_image(canvas, path)
        finally:
            canvas.dispose()

    def _write_animation(self, path: str, dialog: AnimationDialog) -> None:
        frames = dialog.frames()
        if not len(frames):
            raise ValueError(self.tr("the first step must not come after the last one"))
        self._check_animation(path, dialog)
        canvas = self._canvas(dialog.options())
        progress = ProgressReporter(self.window, len(frames))
        try:
            export.export_animation(canvas, path, frames, dialog.fps(), progress)
        finally:
            progress.close()
            canvas.dispose()

    def _check_animation(self, path: str, dialog: AnimationDialog) -> None:
        """Say what is wrong before drawing any frame, in the interface language."""
        suffix = self._check_suffix(path, export.ANIMATION_FORMATS)
        width, height = dialog.options().width, dialog.options().height
        if suffix == ".gif" and dialog.fps() > export.MAX_GIF_FPS:
            raise ValueError(
                self.tr("A GIF shows at most {0:g} steps per second.").format(export.MAX_GIF_FPS)
            )
        if suffix == ".mp4":
            export.video_writer_module()  # say the extra is missing before drawing
            if width % 2 or height % 2:
                raise ValueError(self.tr("MP4 needs an even width and height."))

    def _write_data(self, path: str, mode: str) -> None:
        scene, runs = self.window.session.scene, self.window.session.runs
        if mode == "csv-per-run":
            write_run_files(scene, runs, path)
            return
        check_writable(path)
        write = write_runs_json if mode == "json" else write_runs_csv
        write_output(DataWriter(write, scene, runs), path)

    def _suggested_path(self, suffix: str) -> str:
        folder = self.window.settings.value("export/folder", os.path.expanduser("~"))
        return os.path.join(str(folder), f"descent-lab{suffix}")


class DataWriter:
    """`write(scene, runs, stream)` bound to a scene and its runs, for write_output."""

    def __init__(self, write, scene, runs):
        self.write, self.scene, self.runs = write, scene, runs

    def __call__(self, stream) -> None:
        self.write(self.scene, self.runs, stream)


class ProgressReporter:
    """A cancellable progress dialog, called once per frame as `progress(done, total)`."""

    def __init__(self, parent, total: int):
        self.dialog = QProgressDialog(_tr("Drawing the frames…"), _tr("Cancel"), 0, total, parent)
        self.dialog.setWindowTitle(_tr("Export animation"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)

    def __call__(self, done: int, total: int) -> bool:
        self.dialog.setValue(done)
        QApplication.processEvents()  # lets Cancel be clicked between frames
        return not self.dialog.wasCanceled()

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.deleteLater()


def install(window) -> ExportController:
    """File ▸ Export ▸ Image…, Animation…, Data…; returns the controller."""
    controller = ExportController(window)
    menu = QMenu(_tr("&Export"), window)
    menu.setToolTipsVisible(True)
    window.menus[Menu.FILE].insertMenu(window.quit_action, menu)
    controller.menu = menu
    window.add_action(
        menu,
        _tr("&Image…"),
        controller._on_image,
        QKeySequence("Ctrl+E"),
        _tr("Save the plot as a PNG or SVG picture at any size, up to 8192 pixels."),
    )
    window.add_action(
        menu,
        _tr("&Animation…"),
        controller._on_animation,
        None,
        _tr("Save a range of steps as a GIF, or an MP4 with the video extra."),
    )
    window.add_action(
        menu,
        _tr("&Data…"),
        controller._on_data,
        None,
        _tr("Save every run's numbers as CSV or JSON."),
    )
    return controller
