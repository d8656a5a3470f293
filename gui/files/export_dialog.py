"""File ▸ Export: the controller that runs the export dialogs (gui/files/export_forms.py)."""

from __future__ import annotations

import os

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMenu,
    QMessageBox,
    QProgressDialog,
)

from gui.features import MESSAGE_MS, Menu
from gui.files import render as export
from gui.files.export_forms import AnimationDialog, DataDialog, ImageDialog
from gui.files.render import ExportCancelled, ImageOptions, MissingExtra
from gui.files.session_files import SessionFiles
from gui.i18n import engine_text, translator

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


_tr = translator("ExportController")


class ExportController(QObject):
    """Runs exports for a window: a copy of its plot at the asked size, progress, messages."""

    NAME = "export"
    REQUIRES = (SessionFiles,)  # the slide title: the preset's or the session file's name

    @classmethod
    def install(cls, host) -> ExportController:
        """File ▸ Export ▸ Image…, Animation…, Data…."""
        return install(host.window)

    def slide_title(self) -> str:
        """The preset's title, else the session file's name, else nothing."""
        files = self.window.feature(SessionFiles)
        if files.preset is not None:
            return engine_text(files.preset.title)
        if files.path:
            name = os.path.basename(files.path)
            return name[: -len(".json")] if name.lower().endswith(".json") else name
        return ""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.last_message = ""  # the last problem reported, for tests and the status bar

    # --- what the menu entries do ---------------------------------------------------------
    def _on_image(self) -> None:
        dialog = ImageDialog(self._suggested_path(".png"), self.window, self.slide_title())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.export_image(dialog.path(), dialog)

    def _on_animation(self) -> None:
        last = self.window.timeline.last_frame
        dialog = AnimationDialog(
            self._suggested_path(".gif"), last, self.window, self.slide_title()
        )
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
        self.window.statusBar().showMessage(
            self.tr("Saved {0}").format(os.path.abspath(path)), MESSAGE_MS
        )
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
        from engine.output.destination import check_writable, write_output  # on first use
        from engine.output.scene_tables import write_run_files, write_runs_csv, write_runs_json

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
