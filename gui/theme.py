"""Light, dark and high-contrast looks: a Theme feature that follows the system or View ▸ Theme.

The choice (system, light, dark, high contrast) is stored in QSettings; "system" follows
Qt's colour scheme (QStyleHints.colorScheme) and its change signal. A look is applied as
the application's palette, so every panel follows it live without reopening the window.

The plots (surface, charts, data, 3-D) and the equation panel keep a light "paper": their
colours (the Okabe-Ito runs, the dark vector overlays and their legend, the light colour
map) are chosen for white, and exports draw their own light copies (gui/files/canvas.py).
Those widgets get the light palette, so anything inside them drawn from the palette stays
dark-on-light. High contrast is black on white with pure black frames, and thicker lines
and markers through the window's Style model (the plot and the timeline bar observe it).
"""

from __future__ import annotations

import re
import sys

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from gui.features import Menu
from gui.i18n import translator
from gui.style import NORMAL, Scales

THEME_KEY = "theme"
SYSTEM, LIGHT, DARK, HIGH_CONTRAST = "system", "light", "dark", "high-contrast"
CHOICES = {
    SYSTEM: QT_TRANSLATE_NOOP("Theme", "&System"),
    LIGHT: QT_TRANSLATE_NOOP("Theme", "&Light"),
    DARK: QT_TRANSLATE_NOOP("Theme", "&Dark"),
    HIGH_CONTRAST: QT_TRANSLATE_NOOP("Theme", "&High contrast (projector)"),
}
TIPS = {
    SYSTEM: QT_TRANSLATE_NOOP(
        "Theme", "Light or dark as the system is set, following its changes."
    ),
    LIGHT: QT_TRANSLATE_NOOP("Theme", "Dark text on light panels."),
    DARK: QT_TRANSLATE_NOOP(
        "Theme", "Light text on dark panels; the plots keep their white paper."
    ),
    HIGH_CONTRAST: QT_TRANSLATE_NOOP(
        "Theme", "Black on white with thick lines, for washed-out projectors."
    ),
}
HIGH_CONTRAST_SCALES = Scales(text=1.1, line=2.0, marker=1.4, equation_text=1.1)
# Widgets drawn as light paper in every look, found by object name (the equation's body).
PAPER_NAMES = ("equation-body",)
# A label styled only with a fixed text colour ("color: #444444;"), written for light panels.
FIXED_COLOR = re.compile(r"^\s*color:\s*(#[0-9a-fA-F]{6})\s*;?\s*$")
LIGHT_STYLE = "descent_lab_light_style"  # the label's own style sheet, kept while dark

DARK_COLORS = {
    QPalette.ColorRole.Window: "#2b2d30",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1e1f22",
    QPalette.ColorRole.AlternateBase: "#2b2d30",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.Button: "#3a3c40",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Highlight: "#3d7fd6",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#3a3c40",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    QPalette.ColorRole.Link: "#7fb4ff",
    QPalette.ColorRole.LinkVisited: "#c39bff",
    QPalette.ColorRole.Light: "#4a4c50",
    QPalette.ColorRole.Midlight: "#3f4145",
    QPalette.ColorRole.Mid: "#34363a",
    QPalette.ColorRole.Dark: "#1a1b1d",
    QPalette.ColorRole.Shadow: "#000000",
}
DARK_DISABLED = "#7a7a7a"
HIGH_CONTRAST_COLORS = {
    QPalette.ColorRole.Window: "#ffffff",
    QPalette.ColorRole.WindowText: "#000000",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f0f0f0",
    QPalette.ColorRole.Text: "#000000",
    QPalette.ColorRole.Button: "#ffffff",
    QPalette.ColorRole.ButtonText: "#000000",
    QPalette.ColorRole.BrightText: "#b00000",
    QPalette.ColorRole.Highlight: "#000000",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#000000",
    QPalette.ColorRole.PlaceholderText: "#333333",
    QPalette.ColorRole.Link: "#0000b0",
    QPalette.ColorRole.LinkVisited: "#5a0090",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#000000",
    QPalette.ColorRole.Mid: "#000000",
    QPalette.ColorRole.Dark: "#000000",
    QPalette.ColorRole.Shadow: "#000000",
}
HIGH_CONTRAST_DISABLED = "#555555"


_tr = translator("Theme")


def theme_name(choice: str) -> str:
    """A choice's name without its menu accelerator, in the interface language."""
    return re.sub(r"\(&\w\)|&", "", _tr(CHOICES[choice])).strip()


def _palette(colors: dict, disabled: str) -> QPalette:
    palette = QPalette()
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


def light_palette() -> QPalette:
    """The style's own light palette: what the plots' paper and the Light look use."""
    return QApplication.style().standardPalette()


def palette_for(look: str) -> QPalette | None:
    """The application palette of a look; None: the platform's own (Light, or System)."""
    if look == DARK:
        return _palette(DARK_COLORS, DARK_DISABLED)
    if look == HIGH_CONTRAST:
        return _palette(HIGH_CONTRAST_COLORS, HIGH_CONTRAST_DISABLED)
    return None


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(choice: str, dark_system: bool) -> str:
    """The look a choice shows: System becomes Light or Dark as the system is set."""
    if choice == SYSTEM:
        return DARK if dark_system else LIGHT
    return choice if choice in CHOICES else LIGHT


def stored_choice(settings) -> str:
    choice = settings.value(THEME_KEY, SYSTEM)
    return choice if choice in CHOICES else SYSTEM  # an unknown or damaged entry: the system


def apply_palette(look: str) -> None:
    """Set the application's palette for `look` (Light: back to the platform's)."""
    app = QApplication.instance()
    palette = palette_for(look)
    if palette is not None and app.style().name().lower() == "windowsvista":
        app.setStyle("Fusion")  # the native Windows style draws its own light colours
    app.setPalette(palette if palette is not None else QPalette())


def paper_widgets(window) -> list[QWidget]:
    """The widgets that stay light in every look: every plot and the equation's body."""
    widgets = list(window.findChildren(pg.GraphicsView))
    widgets += [w for w in window.findChildren(QWidget) if w.objectName() in PAPER_NAMES]
    # The 3-D view is an OpenGL widget, not a pyqtgraph GraphicsView. Until it is first shown
    # pyqtgraph.opengl is not even imported (it costs 0.1 s of start-up), so none exists.
    opengl = sys.modules.get("pyqtgraph.opengl")
    if opengl is not None:
        widgets += window.findChildren(opengl.GLViewWidget)
    return widgets


def for_dark(color: str) -> str:
    """The same hue with its lightness mirrored: dark grey becomes light grey, dark red pink."""
    hue, saturation, lightness, _alpha = QColor(color).getHslF()
    mirrored = QColor.fromHslF(max(hue, 0.0), saturation, max(1.0 - lightness, 0.62))
    return mirrored.name()


def adapt_fixed_colors(window, dark: bool) -> None:
    """Labels whose panels fixed a dark text colour get a light one on dark panels (and their
    own back in the other looks); the plots' and the equation's paper keep theirs."""
    paper = paper_widgets(window)
    for label in window.findChildren(QLabel):
        if any(sheet is label or sheet.isAncestorOf(label) for sheet in paper):
            continue
        own = label.property(LIGHT_STYLE)
        if own is not None and label.styleSheet() != own and not dark:
            label.setStyleSheet(own)
            label.setProperty(LIGHT_STYLE, None)
            continue
        match = FIXED_COLOR.match(label.styleSheet())
        if dark and match and QColor(match.group(1)).lightness() < 140:
            label.setProperty(LIGHT_STYLE, label.styleSheet())
            label.setStyleSheet(f"color: {for_dark(match.group(1))};")


class Themes(QObject):
    """The theme choice of a window: View ▸ Theme, the stored setting, the system's scheme."""

    NAME = "theme"
    REQUIRES = ()
    look_changed = Signal(str)  # light, dark or high-contrast

    @classmethod
    def install(cls, host) -> Themes:
        """View ▸ Theme; applies the stored choice to the application and the window."""
        return cls(host.window)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.choice = stored_choice(window.settings)
        self.look = resolve(self.choice, system_is_dark())
        self._build_menu()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)
        window.style_model.changed.connect(self._on_scales_changed)
        self._apply()

    def _build_menu(self) -> None:
        self.menu = self.window.menus[Menu.VIEW].addMenu(_tr("&Theme"))
        self.menu.setToolTipsVisible(True)
        group = QActionGroup(self)
        self.actions = {}
        for choice, text in CHOICES.items():
            action = self.window.add_action(
                self.menu, _tr(text), self._on_choice_triggered, None, _tr(TIPS[choice])
            )
            action.setCheckable(True)
            action.setChecked(choice == self.choice)
            action.setData(choice)
            group.addAction(action)
            self.actions[choice] = action

    def set_choice(self, choice: str) -> None:
        """Show and remember `choice` (one of CHOICES); anything else is ignored."""
        if choice not in CHOICES:
            return
        self.choice = choice
        self.window.settings.setValue(THEME_KEY, choice)
        self.actions[choice].setChecked(True)
        self._show(resolve(choice, system_is_dark()))

    def apply_to_new_widgets(self) -> None:
        """Give the plots created since (a dock built on first use) their light paper."""
        self._apply_paper()

    def _show(self, look: str) -> None:
        if look != self.look:
            self.look = look
            self._apply()
            self.look_changed.emit(look)

    def _apply(self) -> None:
        apply_palette(self.look)
        self._apply_paper()
        style = self.window.style_model
        if self.look == HIGH_CONTRAST and style.scales == NORMAL:
            style.set_scales(HIGH_CONTRAST_SCALES)
        elif self.look != HIGH_CONTRAST and style.scales == HIGH_CONTRAST_SCALES:
            style.set_scales(NORMAL)

    def _apply_paper(self) -> None:
        paper = light_palette() if self.look == DARK else QPalette()
        for widget in paper_widgets(self.window):
            widget.setPalette(paper)
        adapt_fixed_colors(self.window, self.look == DARK)

    def _on_choice_triggered(self, _checked: bool) -> None:
        self.set_choice(self.sender().data())

    def _on_color_scheme_changed(self, _scheme) -> None:
        if self.choice == SYSTEM:
            self._show(resolve(SYSTEM, system_is_dark()))

    def _on_scales_changed(self, scales: Scales) -> None:
        # Presentation mode puts the normal sizes back when it ends: keep high contrast's.
        if self.look == HIGH_CONTRAST and scales == NORMAL:
            self.window.style_model.set_scales(HIGH_CONTRAST_SCALES)
