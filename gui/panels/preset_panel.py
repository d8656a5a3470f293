"""The "About this preset" dock: the preset's title and its explanation, large and wrapped."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QTextBrowser

from engine.scene.presets import Preset
from gui.i18n import engine_text

DOCK_TITLE = QT_TRANSLATE_NOOP("PresetPanel", "About this preset")
FONT_POINTS = 13  # read from the back of a lecture hall


class PresetPanel(QTextBrowser):
    """Read-only text: what the preset shows and what to watch for."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
        font = self.font()
        font.setPointSize(FONT_POINTS)
        self.setFont(font)
        self.setToolTip(self.tr("What this preset shows and what to watch for."))
        self.modified = False

    def show_preset(self, preset: Preset, modified: bool = False) -> None:
        """The preset's text; `modified`: the scene has changed since, so a note says the
        text describes the preset's runs, not the ones on screen."""
        note = ""
        if modified:
            text = self.tr(
                "You have changed the scene since this preset opened: this text describes the "
                "preset's runs, not the ones on screen (Presets reopens it)."
            )
            note = f"<p style='color:#a50026'><i>{html.escape(text)}</i></p>"
        self.modified = modified
        self.setHtml(
            f"{note}<h3>{html.escape(engine_text(preset.title))}</h3>"
            f"<p style='line-height: 130%'>{html.escape(engine_text(preset.explanation))}</p>"
        )


def make_dock(window) -> tuple[QDockWidget, PresetPanel]:
    """A closable dock on the right, hidden until a preset is chosen."""
    panel = PresetPanel()
    dock = QDockWidget(QCoreApplication.translate("PresetPanel", DOCK_TITLE), window)
    dock.setObjectName("dock-about-this-preset")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    return dock, panel
