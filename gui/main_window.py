"""The main window: composes the views around the two models and wires menus and keys."""

from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from engine.scene.scene import Scene, default_scene
from engine.scene.scene_io import scene_from_dict, scene_to_dict
from gui.accessibility import free_tab_key, name_controls, reachable_by_tab
from gui.features import Column, Host
from gui.files.export_dialog import ExportController
from gui.files.session_files import SessionFiles
from gui.i18n import current_language, translator
from gui.keys import EditorEscape
from gui.keys_help import keys_help
from gui.lessons.editor import LessonEditing
from gui.lessons.player import LessonPlayer
from gui.maps.basin_map import BasinMapController
from gui.maps.conditioning_panel import ConditioningLab
from gui.maps.quadratic_lab import QuadraticLab
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
from gui.plot.curvature_chart import CurvatureChart
from gui.plot.curvature_overlay import CurvatureOverlay
from gui.plot.data_view import DataDock
from gui.plot.surface_3d import Surface3DDock
from gui.plot.surface_view import SurfaceView
from gui.plot.view_options import SmoothNoisyLosses, TrueGeometry
from gui.preferences import Preferences
from gui.presentation import PresentationMode
from gui.style import Style
from gui.theme import Themes
from gui.tune.feature import TuneFeature
from gui.window_layout import first_size, restore_layout, size_docks, unelide_dock_tabs
from gui.window_menus import about_text, build_menus

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
    TrueGeometry,
    SmoothNoisyLosses,
    CurvatureOverlay,
    CurvatureChart,
    QuadraticLab,
    TuneFeature,
    LessonPlayer,
    LessonEditing,
    Themes,  # after every feature that builds a plot: they all get the theme's paper
    Preferences,
)

# The window's own docks: (title, object name); features add theirs through the host.
DOCK_TITLES = (
    (QT_TRANSLATE_NOOP("MainWindow", "Surface"), "dock-surface"),
    (QT_TRANSLATE_NOOP("MainWindow", "Runs"), "dock-runs"),
    (QT_TRANSLATE_NOOP("MainWindow", "Run settings"), "dock-run-settings"),
    (QT_TRANSLATE_NOOP("MainWindow", "Inspector"), "dock-inspector"),
    (QT_TRANSLATE_NOOP("MainWindow", "Charts"), "dock-charts"),
)


_tr = translator("MainWindow")


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
        # A normal widget, not a permanent one: Qt hides it while a message is shown (a
        # permanent widget stretched over the bar would leave the message no room at all).
        self.statusBar().addWidget(self._status, 1)
        self.session.runs_changed.connect(self._on_runs_changed)
        self._on_runs_changed(self.session.runs)
        self.resize(*first_size(self))
        size_docks(self)
        self.default_layout = self.saveState()  # View ▸ Reset window layout
        restore_layout(self, self.settings)
        self.name_controls()
        self._controls_pending = False
        self._controls_timer = QTimer(self)
        self._controls_timer.setObjectName("name new controls")
        self._controls_timer.setSingleShot(True)
        self._controls_timer.setInterval(0)
        self._controls_timer.timeout.connect(self._name_and_theme_new_controls)
        self.session.runs_changed.connect(self.adopt_new_controls)
        self.session.selection_changed.connect(self.adopt_new_controls)
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

    def _build_menus(self) -> None:
        build_menus(self)  # gui/window_menus.py

    def _install_features(self) -> None:
        """Each feature adds its own menus and docks through the host."""
        self.host.install(FEATURES)
        self.dock(RunEditor).raise_()  # the right column opens on the run's settings
        # Esc leaves a text or spin box and gives the keys back to the timeline.
        self._escape = EditorEscape(self)
        self._escape.watch(QApplication.instance())
        self.surface_view.hint_requested.connect(self._on_surface_hint)

    def _on_surface_hint(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

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

    def adopt_new_controls(self, *_args) -> None:
        """Panels rebuild their fields when the runs or the selection change, and a dock is
        built when first seen: name and theme the new controls once the event loop is back,
        once for a burst of edits (a slider drag sends dozens; walking the whole window for
        each one cost half of every edit)."""
        if not self._controls_pending:
            self._controls_pending = True
            self._controls_timer.start()

    def _name_and_theme_new_controls(self) -> None:
        self._controls_pending = False
        unelide_dock_tabs(self)
        self.name_controls()
        if self.host.has(Themes):
            self.feature(Themes).apply_to_new_widgets()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        unelide_dock_tabs(self)  # QMainWindow makes its tab bars when the docks are laid out

    def close_to_reopen(self) -> None:
        """Close without asking: the window reopens in another language with this scene."""
        self._reopening = True
        self.close()

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
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), keys_help(self))

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
