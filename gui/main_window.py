"""The main window: composes the views around the two models and wires menus and keys."""

from __future__ import annotations

import json
import platform

import contourpy
import numpy as np
import pyqtgraph as pg
import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, Signal, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from engine.scene.scene import Scene, default_scene
from engine.scene.scene_io import scene_from_dict, scene_to_dict
from gui.accessibility import free_tab_key, name_controls, reachable_by_tab
from gui.features import Column, Host, Menu
from gui.files.export_dialog import ExportController
from gui.files.session_files import SessionFiles, standard_shortcut
from gui.i18n import LANGUAGES, current_language
from gui.maps.basin_map import BasinMapController
from gui.maps.conditioning_panel import ConditioningLab
from gui.maps.sweep_map import SweepMapController
from gui.models import Session, Timeline
from gui.panels.equation_panel import EquationFeature
from gui.panels.homework import Homework
from gui.panels.inspector import Inspector, status_summary
from gui.panels.run_editor import RunEditor
from gui.panels.run_list import RunList
from gui.panels.surface_panel import SurfacePanel
from gui.panels.timeline_bar import TimelineBar
from gui.plot.charts import CurvesView
from gui.plot.data_view import DataDock
from gui.plot.surface_3d import Surface3DDock
from gui.plot.surface_view import SurfaceView
from gui.preferences import Preferences
from gui.presentation import PresentationMode
from gui.style import Style
from gui.theme import Themes

# Every feature the window installs; the order comes from each one's REQUIRES.
FEATURES = (
    SessionFiles,
    ExportController,
    BasinMapController,
    SweepMapController,
    ConditioningLab,
    EquationFeature,
    Surface3DDock,
    DataDock,
    Homework,
    PresentationMode,
    Themes,  # after every feature that builds a plot: they all get the theme's paper
    Preferences,
)

# (keys, what they do): key names stay as printed on the keyboard; the rest is translated.
KEYS_HELP = (
    ("<b>Space</b>", QT_TRANSLATE_NOOP("MainWindow", "play / pause")),
    ("<b>→ / ←</b>", QT_TRANSLATE_NOOP("MainWindow", "one step forward / back")),
    ("<b>Shift+→ / Shift+←</b>", QT_TRANSLATE_NOOP("MainWindow", "ten steps forward / back")),
    ("<b>Home / End</b>", QT_TRANSLATE_NOOP("MainWindow", "first / last step")),
    (
        QT_TRANSLATE_NOOP("MainWindow", "<b>Click</b> on the plot"),
        QT_TRANSLATE_NOOP("MainWindow", "move the start of every run (Shift: the selected run)"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "<b>Drag</b> a start marker"),
        QT_TRANSLATE_NOOP("MainWindow", "move it and watch the paths follow"),
    ),
    ("<b>Ctrl+Z / Ctrl+Shift+Z</b>", QT_TRANSLATE_NOOP("MainWindow", "undo / redo any edit")),
    ("<b>Ctrl+0</b>", QT_TRANSLATE_NOOP("MainWindow", "reset the plot's zoom")),
)
# The window's own docks: (title, object name); features add theirs through the host.
DOCK_TITLES = (
    (QT_TRANSLATE_NOOP("MainWindow", "Surface"), "dock-surface"),
    (QT_TRANSLATE_NOOP("MainWindow", "Runs"), "dock-runs"),
    (QT_TRANSLATE_NOOP("MainWindow", "Run settings"), "dock-run-settings"),
    (QT_TRANSLATE_NOOP("MainWindow", "Inspector"), "dock-inspector"),
    (QT_TRANSLATE_NOOP("MainWindow", "Charts"), "dock-charts"),
)
OVERLAY_TITLES = {
    "gradient": QT_TRANSLATE_NOOP("MainWindow", "gradient"),
    "velocity": QT_TRANSLATE_NOOP("MainWindow", "velocity"),
    "update": QT_TRANSLATE_NOOP("MainWindow", "update"),
    "accumulator": QT_TRANSLATE_NOOP("MainWindow", "accumulator"),
    "lookahead": QT_TRANSLATE_NOOP("MainWindow", "lookahead"),
}


def keys_help() -> str:
    """The keyboard-shortcuts table, in the interface language."""
    rows = "".join(f"<tr><td>{_tr(keys)}</td><td>{_tr(what)}</td></tr>" for keys, what in KEYS_HELP)
    return f'<table cellspacing="2" cellpadding="3">{rows}</table>'


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    language_requested = Signal(str)  # the app reopens the window in that language

    def __init__(self, settings: QSettings | None = None, scene: Scene | None = None):
        super().__init__()
        self.settings = settings if settings is not None else QSettings()
        self._reopening = False  # closed to reopen in another language: nothing to ask
        self.session = Session(scene or self._stored_scene(), self)
        self.timeline = Timeline(parent=self)
        self.timeline.follow(self.session)
        self.style_model = Style(self)
        self.host = Host(self)
        self.surface_view = SurfaceView(self.session, self.timeline)
        self.timeline_bar = TimelineBar(self.timeline)
        self.style_model.observe(self.surface_view)
        self.style_model.observe(self.timeline_bar)
        self._build_central()
        self._build_docks()
        self._build_menus()
        self._install_features()
        self._status = QLabel()
        self.statusBar().addPermanentWidget(self._status, 1)
        self.session.runs_changed.connect(self._on_runs_changed)
        self._on_runs_changed(self.session.runs)
        self.resize(1500, 950)
        self.default_layout = self.saveState()  # View ▸ Reset window layout
        self._restore_layout()
        self.name_controls()
        self.session.runs_changed.connect(self._on_controls_may_have_changed)
        self.session.selection_changed.connect(self._on_controls_may_have_changed)
        # Keys go to the plot, so Space and the arrows drive the timeline from the start;
        # clicking the plot takes them back after typing in a field.
        self.surface_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.surface_view.setFocus()

    # -- composition -------------------------------------------------------------------
    def _build_central(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.surface_view, 1)
        layout.addWidget(self.timeline_bar)
        self.setCentralWidget(central)

    def _build_docks(self) -> None:
        self.surface_panel = SurfacePanel(self.session)
        self.run_list = RunList(self.session)
        self.run_editor = RunEditor(self.session)
        self.inspector = Inspector(self.session, self.timeline)
        self.curves = CurvesView(self.session, self.timeline)
        left, right, bottom = (
            Qt.DockWidgetArea.LeftDockWidgetArea,
            Qt.DockWidgetArea.RightDockWidgetArea,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        widgets = (self.surface_panel, self.run_list, self.run_editor, self.inspector, self.curves)
        areas = (left, left, right, right, bottom)
        for (title, name), widget, area in zip(DOCK_TITLES, widgets, areas, strict=True):
            self.host.add_dock(widget, _tr(title), name, area)
        self.tabifyDockWidget(self.dock(RunEditor), self.dock(Inspector))
        self.host.columns[Column.RIGHT] = self.dock(Inspector)
        self.dock(RunEditor).raise_()
        # The plot is the star: side panels narrow, charts a strip along the bottom.
        self.resizeDocks([self.dock(CurvesView)], [230], Qt.Orientation.Vertical)
        self.resizeDocks(
            [self.dock(SurfacePanel), self.dock(RunEditor)],
            [290, 400],
            Qt.Orientation.Horizontal,
        )

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.menus = {Menu.FILE: file_menu}
        self.add_action(
            file_menu,
            self.tr("&New scene"),
            self._on_new_scene,
            QKeySequence.StandardKey.New,
            self.tr("Start again from the six lecture optimizers on the canyon."),
        )
        file_menu.addSeparator()
        # Features insert their File entries above Quit: menu.insertAction(window.quit_action, a).
        self.close_action = self.add_action(
            file_menu,
            self.tr("&Close window"),
            self.close,
            QKeySequence.StandardKey.Close,
            self.tr("Close the window (asks first if there are unsaved changes)."),
        )
        self.quit_action = self.add_action(
            file_menu,
            self.tr("&Quit"),
            self.close,
            standard_shortcut(QKeySequence.StandardKey.Quit, "Ctrl+Q"),
            self.tr("Close Descent Lab."),
        )

        edit_menu = self.menus[Menu.EDIT] = menu.addMenu(self.tr("&Edit"))
        undo = self.session.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.session.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(redo_shortcuts())
        edit_menu.addActions([undo, redo])
        self.addActions([undo, redo])

        play_menu = self.menus[Menu.PLAY] = menu.addMenu(self.tr("&Playback"))
        for text, slot, key, tip in (
            (
                self.tr("&Play / pause"),
                self.timeline.toggle,
                "Space",
                self.tr("Start or stop playback."),
            ),
            (
                self.tr("Step &forward"),
                self._on_step_forward,
                "Right",
                self.tr("Show the next step."),
            ),
            (
                self.tr("Step &back"),
                self._on_step_back,
                "Left",
                self.tr("Show the previous step, exactly as it was."),
            ),
            (
                self.tr("Forward 10 steps"),
                self._on_forward_ten,
                "Shift+Right",
                self.tr("Jump ten steps ahead."),
            ),
            (
                self.tr("Back 10 steps"),
                self._on_back_ten,
                "Shift+Left",
                self.tr("Jump ten steps back."),
            ),
            (
                self.tr("&First step"),
                self.timeline.first,
                "Home",
                self.tr("Go to the start of the runs."),
            ),
            (self.tr("&Last step"), self.timeline.last, "End", self.tr("Go to the last step.")),
        ):
            self.add_action(play_menu, text, slot, QKeySequence(key), tip)

        view_menu = self.menus[Menu.VIEW] = menu.addMenu(self.tr("&View"))
        self.add_action(
            view_menu,
            self.tr("&Reset zoom"),
            self.surface_view.reset_view,
            QKeySequence("Ctrl+0"),
            self.tr("Fit the plot to the surface's bounds."),
        )
        all_vectors = self.add_action(
            view_menu,
            self.tr("Vectors for &all runs"),
            self.surface_view.set_show_all_vectors,
            QKeySequence("V"),
            self.tr("Draw the arrows for every run, not just the selected one."),
        )
        all_vectors.setCheckable(True)
        overlays = view_menu.addMenu(self.tr("&Overlays"))
        for name in self.surface_view.overlay_names():
            title = _tr(OVERLAY_TITLES.get(name, name))
            action = self.add_action(
                overlays,
                title[:1].upper() + title[1:],
                self._on_overlay_toggled,
                None,
                self.tr("Show or hide the {0} drawn at the current step.").format(title),
            )
            action.setCheckable(True)
            action.setChecked(True)
            action.setData(name)
        view_menu.addSeparator()
        for dock in self.host.docks():
            view_menu.addAction(dock.toggleViewAction())
        self.add_action(
            view_menu,
            self.tr("Reset window &layout"),
            self.reset_layout,
            None,
            self.tr("Put every panel back where it was on the first start."),
        )
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        for code, name in LANGUAGES.items():
            action = self.add_action(
                language_menu,
                name,
                self._on_language_chosen,
                None,
                self.tr("Show the interface in this language (the window reopens)."),
            )
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.setData(code)

        help_menu = self.menus[Menu.HELP] = menu.addMenu(self.tr("&Help"))
        self.add_action(
            help_menu,
            self.tr("&Keyboard shortcuts"),
            self._on_show_keys,
            QKeySequence.StandardKey.HelpContents,
            self.tr("List the keys that drive the timeline."),
        )
        self.add_action(
            help_menu,
            self.tr("&About Descent Lab"),
            self._on_about,
            None,
            self.tr("Versions and credits."),
        )

    def _install_features(self) -> None:
        """Each feature adds its own menus and docks through the host."""
        self.host.install(FEATURES)

    def feature(self, kind):
        """The installed feature of class `kind` (e.g. window.feature(SessionFiles))."""
        return self.host.feature(kind)

    def dock(self, widget_type) -> QDockWidget:
        """The dock that holds the widget of class `widget_type`."""
        return self.host.dock(widget_type)

    def add_action(self, menu, text, slot, shortcut, tip) -> QAction:
        """A menu entry with a tooltip whose shortcut works even with the menu bar hidden."""
        action = QAction(text, self)
        if isinstance(shortcut, (list, QKeySequence.StandardKey)):
            action.setShortcuts(shortcut)  # a standard key: every binding the platform has
        elif shortcut is not None:
            action.setShortcut(shortcut)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    # -- slots ------------------------------------------------------------------------
    def _on_runs_changed(self, runs) -> None:
        self._status.setText(status_summary(self.session))

    def _on_new_scene(self) -> None:
        files = self.feature(SessionFiles)
        if files.confirm_discard():
            self.session.edit(default_scene(), self.tr("New scene"))

    def reset_layout(self) -> None:
        """Every dock back where the first start put it (the user's layout is forgotten)."""
        self.restoreState(self.default_layout)
        self.settings.setValue("window_state", self.default_layout)

    def name_controls(self) -> list[QWidget]:
        """Give every unnamed control an accessible name; returns those that have none."""
        if not self.surface_view.accessibleName():
            self.surface_view.setAccessibleName(self.tr("Loss surface plot"))
            self.surface_view.setAccessibleDescription(
                self.tr("Space plays, the arrow keys step, Home and End jump, F1 lists the keys.")
            )
        free_tab_key(self)
        reachable_by_tab(self.timeline_bar)
        return name_controls(self)

    def _on_controls_may_have_changed(self, *_args) -> None:
        # Panels rebuild their fields when the runs or the selection change.
        self.name_controls()
        if self.host.has(Themes):
            self.feature(Themes).apply_to_new_widgets()

    def close_to_reopen(self) -> None:
        """Close without asking: the window reopens in another language with this scene."""
        self._reopening = True
        self.close()

    def _on_step_forward(self) -> None:
        self.timeline.step(1)

    def _on_step_back(self) -> None:
        self.timeline.step(-1)

    def _on_forward_ten(self) -> None:
        self.timeline.step(10)

    def _on_back_ten(self) -> None:
        self.timeline.step(-10)

    def _on_overlay_toggled(self, checked: bool) -> None:
        self.surface_view.set_overlay(self.sender().data(), checked)

    def _on_language_chosen(self, _checked: bool) -> None:
        code = self.sender().data()
        self.settings.setValue("language", code)
        if code != current_language():
            self.language_requested.emit(code)
        else:
            self.sender().setChecked(True)

    def _on_show_keys(self) -> None:
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), keys_help())

    def _on_about(self) -> None:
        QMessageBox.about(self, self.tr("About Descent Lab"), about_text())

    # -- settings ---------------------------------------------------------------------
    def _stored_scene(self) -> Scene:
        """The last session's scene; the default one if none was stored or it is unreadable."""
        text = self.settings.value("scene", "")
        if text:
            try:
                return scene_from_dict(json.loads(text))
            except (ValueError, TypeError, RecursionError):
                pass  # an old or damaged entry: start fresh rather than refuse to open
        return default_scene()

    def _restore_layout(self) -> None:
        geometry = self.settings.value("geometry")
        state = self.settings.value("window_state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.setWindowState(Qt.WindowState.WindowMaximized)  # first start: use the whole screen
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event) -> None:
        self.timeline.pause()
        files = self.feature(SessionFiles)
        if not self._reopening and not files.confirm_discard():
            event.ignore()  # Cancel, or a Save that did not happen
            return
        discarded = files.confirm_unsaved and files.has_unsaved_changes() and not self._reopening
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("window_state", self.saveState())
        if discarded:
            self.settings.remove("scene")  # discarded edits do not come back on the next start
        else:
            self.settings.setValue("scene", json.dumps(scene_to_dict(self.session.scene)))
        self.settings.sync()
        super().closeEvent(event)


def redo_shortcuts() -> list[QKeySequence]:
    """The platform's Redo keys, with Ctrl+Shift+Z and Ctrl+Y everywhere (F1 lists them)."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
        if QKeySequence(extra) not in keys:
            keys.append(QKeySequence(extra))
    return keys


def about_text() -> str:
    tagline = QCoreApplication.translate(
        "MainWindow", "Watch gradient-descent optimizers race on 2-D loss surfaces."
    )
    return (
        "<h3>Descent Lab 0.1</h3>"
        f"<p>{tagline}</p>"
        f"<p>Python {platform.python_version()} · PySide6 {PySide6.__version__}"
        f" · Qt {qVersion()}<br>pyqtgraph {pg.__version__} · numpy {np.__version__}"
        f" · contourpy {contourpy.__version__}</p>"
    )
