"""Presentation mode (F11): full screen, large text, thick lines; plot, equation and timeline."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QEvent,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel

from gui.features import Menu
from gui.i18n import translator
from gui.panels.equation_panel import EquationFeature
from gui.style import NORMAL, Scales

TEXT_SCALE, LINE_SCALE, MARKER_SCALE = 1.5, 2.0, 1.6
EQUATION_TEXT_SCALE = 1.25  # the dock shares the screen with the plot: less than the rest
PRESENTING = Scales(TEXT_SCALE, LINE_SCALE, MARKER_SCALE, EQUATION_TEXT_SCALE)
EQUATION_SHARE = 0.36  # of the screen's width: room for the larger rule lines
HINT_POINTS = 16
HINT_STYLE = (
    "QLabel { background: rgba(25, 25, 25, 215); color: #ffffff; padding: 6px 14px;"
    f" border-radius: 6px; font-size: {HINT_POINTS}pt; }}"
)
# (keys, what they do): key names as printed on the keyboard; the rest is translated.
HINT_KEYS = (
    ("Space", QT_TRANSLATE_NOOP("PresentationMode", "play / pause")),
    ("← / →", QT_TRANSLATE_NOOP("PresentationMode", "step")),
    ("Shift", QT_TRANSLATE_NOOP("PresentationMode", "±10")),
    ("Home / End", QT_TRANSLATE_NOOP("PresentationMode", "first / last")),
    ("N / P", QT_TRANSLATE_NOOP("PresentationMode", "walk through the rule")),
    ("H", QT_TRANSLATE_NOOP("PresentationMode", "hide these keys")),
    ("F11 / Esc", QT_TRANSLATE_NOOP("PresentationMode", "leave")),
)


_tr = translator("PresentationMode")


def hint_html(extra: tuple[tuple[str, str], ...] = ()) -> str:
    """The key-hint strip's text: each key in bold and what it does, in the interface language;
    `extra`: (keys, already translated text) pairs a feature adds (a lesson's PgDn / PgUp)."""
    pairs = [(keys, _tr(what)) for keys, what in HINT_KEYS[:-2]] + list(extra)
    pairs += [(keys, _tr(what)) for keys, what in HINT_KEYS[-2:]]
    items = [f"<b>{keys}</b> {what}".replace(" ", "&nbsp;") for keys, what in pairs]
    return "&nbsp;&nbsp;·&nbsp; ".join(items)  # a narrow screen wraps between items only


@dataclass(frozen=True)
class NormalState:
    """What presentation mode changes, as it was before: restored exactly on leaving."""

    geometry: QByteArray
    dock_state: QByteArray
    window_state: Qt.WindowState
    menu_bar_visible: bool
    status_bar_visible: bool


class PresentationMode(QObject):
    """Enters and leaves presentation mode; holds the window's normal state meanwhile."""

    NAME = "presentation"
    REQUIRES = (EquationFeature,)  # keeps the equation dock, widened, beside the plot
    active_changed = Signal(bool)  # after entering (True) or leaving (False)

    @classmethod
    def install(cls, host) -> PresentationMode:
        """Add View ▸ Presentation mode (F11, Esc leaves) and the H key."""
        return cls(host.window, host.feature(EquationFeature).dock)

    def __init__(self, window, equation_dock: QDockWidget | None = None):
        super().__init__(window)
        self.window = window
        self.equation_dock = equation_dock
        if self.equation_panel is not None:
            self.equation_panel.walk_button.toggled.connect(self._sync_escape)
        self._normal: NormalState | None = None
        self._kept: list[QDockWidget] = []  # docks a feature shows while presenting
        self._extra_hints: tuple[tuple[str, str], ...] = ()
        self.hint = self._make_hint()
        self._make_actions()
        window.installEventFilter(self)  # a close while presenting saves the normal layout

    @property
    def active(self) -> bool:
        return self._normal is not None

    def _make_hint(self) -> QLabel:
        hint = QLabel(hint_html())
        hint.setTextFormat(Qt.TextFormat.RichText)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)  # a long line would widen the window past the screen
        hint.setStyleSheet(HINT_STYLE)
        hint.setToolTip(self.tr("The keys that drive the presentation; H hides this strip."))
        hint.hide()
        # Below the timeline bar: it never covers the plot's data or axes.
        self.window.centralWidget().layout().addWidget(hint)
        return hint

    def _make_actions(self) -> None:
        view, window = self.window.menus[Menu.VIEW], self.window
        self.action = window.add_action(
            view,
            self.tr("&Presentation mode"),
            self.set_active,
            QKeySequence("F11"),
            self.tr(
                "Full screen with large text and thick lines for a projector; F11 or Esc leaves it."
            ),
        )
        self.action.setCheckable(True)
        self.hint_action = window.add_action(
            view,
            self.tr("Presentation &key hints"),
            self.set_hint_shown,
            QKeySequence("H"),
            self.tr("Show or hide the strip of keys shown in presentation mode."),
        )
        self.hint_action.setCheckable(True)
        self.hint_action.setChecked(True)
        self.hint_action.setEnabled(False)  # H stays free outside presentation mode
        # Esc only leaves: it is no menu entry and does nothing outside presentation mode.
        self.leave_action = QAction(self.tr("Leave presentation mode"), window)
        self.leave_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.leave_action.setEnabled(False)
        self.leave_action.triggered.connect(self._on_escape)
        window.addAction(self.leave_action)

    # --- public API -----------------------------------------------------------------------

    def toggle(self) -> None:
        self.set_active(not self.active)

    def set_active(self, on: bool) -> None:
        if on and not self.active:
            self.enter()
        elif not on and self.active:
            self.leave()

    def set_hint_shown(self, shown: bool) -> None:
        self.hint_action.setChecked(bool(shown))
        self.hint.setVisible(bool(shown) and self.active)

    def keep_shown(self, dock: QDockWidget, shown: bool = True) -> None:
        """Show `dock` too while presenting (a lesson's panel), or stop doing so."""
        if shown and dock not in self._kept:
            self._kept.append(dock)
        elif not shown and dock in self._kept:
            self._kept.remove(dock)
        if self.active:
            dock.setVisible(shown)

    def set_extra_hints(self, hints: tuple[tuple[str, str], ...]) -> None:
        """(keys, translated text) pairs shown in the key strip before H and F11 / Esc."""
        self._extra_hints = tuple(hints)
        self.hint.setText(hint_html(self._extra_hints))

    def normal_state(self) -> tuple[QByteArray, QByteArray]:
        """(geometry, dock state) of the normal window, also while presenting."""
        if self._normal is not None:
            return self._normal.geometry, self._normal.dock_state
        return self.window.saveGeometry(), self.window.saveState()

    def enter(self) -> None:
        window = self.window
        self._normal = NormalState(
            window.saveGeometry(),
            window.saveState(),
            window.windowState(),
            not window.menuBar().isHidden(),
            not window.statusBar().isHidden(),
        )
        self._show_only_the_equation()
        window.menuBar().hide()  # every action keeps its shortcut: they are the window's
        window.statusBar().hide()
        window.style_model.set_scales(PRESENTING)
        self._set_actions(True)
        window.showFullScreen()
        self._widen_equation()
        window.surface_view.setFocus()  # Space and the arrows must not go to a button
        self.active_changed.emit(True)

    def _on_escape(self) -> None:
        self.leave()

    def _sync_escape(self, *_args) -> None:
        """Esc ends a walk-through first (the equation's own Esc), then leaves: one action
        at a time holds the key, or Qt would find it ambiguous and run neither."""
        panel = self.equation_panel
        walking = panel is not None and panel.walking
        self.leave_action.setEnabled(self.active and not walking)

    @property
    def equation_panel(self):
        dock = self.equation_dock
        return None if dock is None else dock.widget()

    def leave(self) -> None:
        normal, window = self._normal, self.window
        if normal is None:
            return
        self._normal = None
        window.style_model.set_scales(NORMAL)
        self._set_actions(False)
        window.setWindowState(normal.window_state)
        window.restoreGeometry(normal.geometry)
        window.restoreState(normal.dock_state)
        window.menuBar().setVisible(normal.menu_bar_visible)
        window.statusBar().setVisible(normal.status_bar_visible)
        self.active_changed.emit(False)

    # --- helpers --------------------------------------------------------------------------

    def _show_only_the_equation(self) -> None:
        equation = self.equation_dock
        # findChildren: also the docks features create later (the 3-D view).
        for dock in self.window.findChildren(QDockWidget):
            dock.setVisible(dock is equation or dock in self._kept)
        if equation is not None:
            equation.raise_()

    def _widen_equation(self) -> None:
        equation = self.equation_dock
        if equation is not None and not equation.isFloating():
            width = round(EQUATION_SHARE * self.window.width())
            self.window.resizeDocks([equation], [width], Qt.Orientation.Horizontal)

    def _set_actions(self, presenting: bool) -> None:
        self.action.setChecked(presenting)
        self._sync_escape()
        self.hint_action.setEnabled(presenting)
        self.hint.setVisible(presenting and self.hint_action.isChecked())

    def eventFilter(self, watched, event) -> bool:
        if watched is not self.window or not self.active:
            return False
        if event.type() == QEvent.Type.Close:
            self.leave()  # the window's closeEvent stores its layout next: the normal one
        elif event.type() == QEvent.Type.Resize:
            self._widen_equation()  # full screen arrives later than showFullScreen() on X11
        return False
