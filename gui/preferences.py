"""Edit ▸ Preferences: language, theme, default playback speed and export defaults in one dialog.

Every value lives in the window's QSettings under the key the rest of the app already reads
("language", "theme", "export/folder") or a key of its own read here: "playback/speed" sets
the timeline's speed when a window opens, "export/image_size" and "export/animation_size"
("WIDTHxHEIGHT") fill the size of the export dialogs when they open.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
)

from gui.features import Menu
from gui.files.export_forms import AnimationDialog, ImageDialog, SizeChooser
from gui.files.session_files import standard_shortcut
from gui.i18n import LANGUAGES, current_language
from gui.models import MAX_SPEED, MIN_SPEED
from gui.theme import CHOICES, Themes, stored_choice, theme_name

SPEED_KEY, FOLDER_KEY = "playback/speed", "export/folder"
SIZE_KEYS = {ImageDialog: "export/image_size", AnimationDialog: "export/animation_size"}
DEFAULT_SIZES = {ImageDialog: (1920, 1080), AnimationDialog: (1280, 720)}


@dataclass(frozen=True)
class Values:
    """What the dialog edits."""

    language: str
    theme: str
    speed: int
    export_folder: str
    image_size: tuple[int, int]
    animation_size: tuple[int, int]


def parse_size(text, default: tuple[int, int]) -> tuple[int, int]:
    """'1280x720' as (1280, 720); `default` for anything else, never an exception."""
    try:
        width, height = (int(part) for part in str(text).lower().split("x"))
    except (TypeError, ValueError):
        return default
    return (width, height) if 16 <= width <= 8192 and 16 <= height <= 8192 else default


def stored_speed(settings) -> int | None:
    try:
        speed = int(float(settings.value(SPEED_KEY, "")))
    except (TypeError, ValueError):
        return None
    return speed if MIN_SPEED <= speed <= MAX_SPEED else None


def stored_values(settings, timeline_speed: float) -> Values:
    language = settings.value("language", "") or current_language()
    speed = stored_speed(settings) or round(timeline_speed)
    return Values(
        language if language in LANGUAGES else current_language(),
        stored_choice(settings),
        speed,
        str(settings.value(FOLDER_KEY, "") or os.path.expanduser("~")),
        parse_size(settings.value(SIZE_KEYS[ImageDialog]), DEFAULT_SIZES[ImageDialog]),
        parse_size(settings.value(SIZE_KEYS[AnimationDialog]), DEFAULT_SIZES[AnimationDialog]),
    )


class PreferencesDialog(QDialog):
    """The form; `values()` reads it back."""

    def __init__(self, values: Values, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        self.language_box = self._combo(LANGUAGES, values.language)
        self.language_box.setToolTip(self.tr("The interface language (the window reopens)."))
        form.addRow(self.tr("&Language"), self.language_box)
        self.theme_box = self._combo({key: theme_name(key) for key in CHOICES}, values.theme)
        self.theme_box.setToolTip(self.tr("Light, dark, high contrast, or as the system is set."))
        form.addRow(self.tr("&Theme"), self.theme_box)
        self.speed_box = QSpinBox()
        self.speed_box.setRange(int(MIN_SPEED), int(MAX_SPEED))
        self.speed_box.setSuffix(self.tr(" steps/s"))
        self.speed_box.setValue(values.speed)
        self.speed_box.setToolTip(self.tr("The playback speed a new window starts with."))
        form.addRow(self.tr("Playback &speed"), self.speed_box)
        self.folder_edit = QLineEdit(values.export_folder)
        self.folder_edit.setToolTip(self.tr("Where the export dialogs suggest saving."))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setToolTip(self.tr("Choose the export folder with a file dialog."))
        browse.clicked.connect(self._on_browse)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Export &folder"), row)
        self.image_size = SizeChooser(*values.image_size)
        self.animation_size = SizeChooser(*values.animation_size)
        form.addRow(self.tr("&Image size"), self.image_size)
        form.addRow(self.tr("&Animation size"), self.animation_size)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @staticmethod
    def _combo(items: dict[str, str], current: str) -> QComboBox:
        box = QComboBox()
        for key, text in items.items():
            box.addItem(text, key)
        box.setCurrentIndex(max(0, box.findData(current)))
        return box

    def _on_browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export folder"), self.folder())
        if folder:
            self.folder_edit.setText(folder)

    def folder(self) -> str:
        return self.folder_edit.text().strip()

    def values(self) -> Values:
        return Values(
            self.language_box.currentData(),
            self.theme_box.currentData(),
            self.speed_box.value(),
            self.folder(),
            self.image_size.size(),
            self.animation_size.size(),
        )


class Preferences(QObject):
    """Edit ▸ Preferences…, the stored default speed, and the export dialogs' default sizes."""

    NAME = "preferences"
    REQUIRES = (Themes,)

    @classmethod
    def install(cls, host) -> Preferences:
        return cls(host.window)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.action = window.add_action(
            window.menus[Menu.EDIT],
            self.tr("&Preferences…"),
            self.open_dialog,
            standard_shortcut(QKeySequence.StandardKey.Preferences, "Ctrl+,"),
            self.tr("Language, theme, playback speed and export defaults."),
        )
        speed = stored_speed(window.settings)
        if speed is not None:
            window.timeline.set_speed(speed)
        window.installEventFilter(self)  # the export dialogs, as they open

    def dialog(self) -> PreferencesDialog:
        values = stored_values(self.window.settings, self.window.timeline.speed)
        return PreferencesDialog(values, self.window)

    def open_dialog(self) -> None:
        dialog = self.dialog()
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.apply(dialog.values())
        finally:
            dialog.deleteLater()

    def apply(self, values: Values) -> None:
        """Store `values` and show them; a new language reopens the window (last)."""
        settings = self.window.settings
        settings.setValue(SPEED_KEY, int(values.speed))
        self.window.timeline.set_speed(values.speed)
        if values.export_folder:
            settings.setValue(FOLDER_KEY, os.path.abspath(os.path.expanduser(values.export_folder)))
        for kind, size in (
            (ImageDialog, values.image_size),
            (AnimationDialog, values.animation_size),
        ):
            settings.setValue(SIZE_KEYS[kind], f"{size[0]}x{size[1]}")
        self.window.feature(Themes).set_choice(values.theme)
        if values.language in LANGUAGES:
            settings.setValue("language", values.language)
            if values.language != current_language():
                self.window.language_requested.emit(values.language)

    def eventFilter(self, watched, event) -> bool:
        # A dialog parented to the window is polished just before it shows: fill its size then.
        if event.type() == QEvent.Type.ChildPolished:
            child = event.child()
            for kind, key in SIZE_KEYS.items():
                if isinstance(child, kind) and hasattr(child, "size_chooser"):
                    size = parse_size(self.window.settings.value(key), DEFAULT_SIZES[kind])
                    set_chooser_size(child.size_chooser, size)
        return False


def set_chooser_size(chooser: SizeChooser, size: tuple[int, int]) -> None:
    """Show `size` in an export dialog's size chooser: its preset if one matches, else Custom."""
    if chooser.size() == size:
        return
    presets = chooser.presets
    for index in range(presets.count() - 1):
        presets.setCurrentIndex(index)
        if chooser.size() == size:
            return
    presets.setCurrentIndex(presets.count() - 1)
    chooser.width_box.setValue(size[0])
    chooser.height_box.setValue(size[1])
