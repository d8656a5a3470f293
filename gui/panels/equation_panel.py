"""The selected run's update rule in a chosen notation, with the current step's numbers."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from engine.lecture import NOTATIONS, step_values
from gui.features import Column, Menu
from gui.i18n import engine_text
from gui.models import Session, Timeline
from gui.panels.equation_rows import LABEL_POINTS, NUMBERS_COLOR, SubStepView
from gui.panels.equation_text import SubStep, substeps, symbol_key

DOCK_WIDTH = 470
PLAYBACK_REFRESH_MS = 250
NOTATION_SETTING = "equation/notation"
DOCK_TITLE = QT_TRANSLATE_NOOP("EquationPanel", "Equation")
NEXT_LINE = QT_TRANSLATE_NOOP("EquationPanel", "Next line of the rule")
NEXT_LINE_TIP = QT_TRANSLATE_NOOP(
    "EquationPanel", "Walk through the selected run's update one line at a time."
)
PREVIOUS_LINE = QT_TRANSLATE_NOOP("EquationPanel", "Previous line of the rule")
STOP_WALK = QT_TRANSLATE_NOOP("EquationPanel", "End the walk-through")
STOP_WALK_TIP = QT_TRANSLATE_NOOP("EquationPanel", "Stop explaining this update line by line.")
PREVIOUS_LINE_TIP = QT_TRANSLATE_NOOP("EquationPanel", "Go back one line in the walk-through.")


class EquationPanel(QWidget):
    """Rule, numbers and a walk-through of the selected run's update at the timeline's frame."""

    substep_changed = Signal(str)  # the overlay the walked line draws, "" for none

    def __init__(self, session: Session, timeline: Timeline, parent: QWidget | None = None):
        super().__init__(parent)
        self._session, self._timeline = session, timeline
        self._steps: list[SubStep] = []
        self._walk_index = 0
        self._settings = None
        self._stale = False
        self._text_scale = 1.0
        self._playback_timer = QTimer(self)
        self._playback_timer.setSingleShot(True)
        self._playback_timer.setInterval(PLAYBACK_REFRESH_MS)
        self._playback_timer.timeout.connect(self._redraw)
        self.views: list[SubStepView] = []
        self._build()
        session.runs_changed.connect(self._on_runs_changed)
        session.scene_changed.connect(self._on_scene_changed)
        self._scene = session.scene
        self._end_walk = False
        session.selection_changed.connect(self._on_selection_changed)
        timeline.frame_changed.connect(self._on_frame_changed)
        timeline.playing_changed.connect(self._on_playing_changed)
        self._rebuild()

    # --- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        self.notation_box = QComboBox()
        for key, notation in NOTATIONS.items():
            self.notation_box.addItem(engine_text(notation.title), key)
        self.notation_box.setToolTip(self.tr("Which source's letters the rule is written in."))
        self.notation_box.currentIndexChanged.connect(self._on_notation_changed)
        self.walk_button = self._button(self.tr("Walk through this step"), self._on_walk_toggled)
        self.walk_button.setCheckable(True)
        self.walk_button.setToolTip(
            self.tr("Explain this update one line at a time, on the plot too.")
        )
        self.previous_button = self._button(self.tr("◀ Previous"), self.previous_substep)
        self.previous_button.setToolTip(self.tr("Go back one line of the rule (key P)."))
        self.next_button = self._button(self.tr("Next ▶"), self.next_substep)
        self.next_button.setToolTip(self.tr("Go on to the next line of the rule (key N)."))
        self.title_label, self.key_label = QLabel(), QLabel()
        for label in (self.title_label, self.key_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
        self._style_labels()
        self.body = QWidget()
        self.body.setObjectName("equation-body")
        self.body.setStyleSheet("#equation-body { background: white; }")
        self.rows_layout = QVBoxLayout(self.body)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(0)
        self.rows_layout.addStretch(1)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Lines wrap to the dock's width: the walk-through never scrolls sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.notation_box)
        layout.addWidget(self.title_label)
        layout.addWidget(self.key_label)
        layout.addWidget(scroll, 1)
        walk_row = QHBoxLayout()
        for button in (self.walk_button, self.previous_button, self.next_button):
            walk_row.addWidget(button)
        layout.addLayout(walk_row)
        self.shortcuts = [self._shortcut("N", self.next_substep)]
        self.shortcuts.append(self._shortcut("P", self.previous_substep))

    def _style_labels(self) -> None:
        title_points = round((LABEL_POINTS + 1) * self._text_scale)
        key_points = round(LABEL_POINTS * self._text_scale)
        self.title_label.setStyleSheet(f"font-size: {title_points}pt;")
        self.key_label.setStyleSheet(f"font-size: {key_points}pt; color: {NUMBERS_COLOR};")

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    def _shortcut(self, key: str, slot) -> QShortcut:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    # --- public API -----------------------------------------------------------------------

    @property
    def notation(self) -> str:
        return self.notation_box.currentData()

    def set_notation(self, key: str) -> None:
        index = self.notation_box.findData(key)
        if index < 0:
            raise ValueError(f"unknown notation {key!r}; expected one of {', '.join(NOTATIONS)}")
        self.notation_box.setCurrentIndex(index)

    def remember_in(self, settings) -> None:
        """Restore the notation from `settings` (a QSettings) and store every later choice."""
        stored = settings.value(NOTATION_SETTING, self.notation)
        if stored in NOTATIONS:
            self.set_notation(stored)
        self._settings = settings

    def apply_scales(self, scales) -> None:
        """Follow the window's Style (gui/style.py)."""
        self.set_text_scale(scales.equation_text)

    def set_text_scale(self, factor: float) -> None:
        """Every text of the panel `factor` times its normal size (presentation: larger)."""
        self._text_scale = float(factor)
        self._style_labels()
        # The notation box and the walk-through buttons: the application's font at 1.
        font = QFont()
        if factor != 1.0:
            font.setPointSizeF(LABEL_POINTS * factor)
        self.setFont(font)
        for view in self.views:
            view.set_text_scale(factor)

    @property
    def steps(self) -> list[SubStep]:
        """The sub-steps of the selected run's rule (empty without a selection)."""
        return list(self._steps)

    @property
    def walking(self) -> bool:
        return self.walk_button.isChecked()

    @property
    def walk_index(self) -> int:
        return self._walk_index

    def stop_walking(self) -> None:
        self.set_walking(False)

    def set_walking(self, on: bool) -> None:
        self.walk_button.setChecked(bool(on))
        self._on_walk_toggled(bool(on))

    def next_substep(self) -> None:
        """Start the walk-through, or move to its next line."""
        if not self.walking:
            self.set_walking(True)
        elif self._walk_index < len(self._steps) - 1:
            self._walk_to(self._walk_index + 1)

    def previous_substep(self) -> None:
        if self.walking and self._walk_index > 0:
            self._walk_to(self._walk_index - 1)

    def numeric_lines(self) -> list[str]:
        """The substituted line of each sub-step at the current frame (rich text)."""
        run, frame = self._run_and_frame()
        return [] if run is None else [step.numeric_html(run, frame) for step in self._steps]

    def text(self) -> str:
        """Everything the panel shows, as rich text."""
        lines = [self.title_label.text(), self.key_label.text()]
        for view in self.views:
            lines += [view.caption.text(), view.rule.text()]
            if not view.numbers.isHidden():
                lines.append(view.numbers.text())
        return "\n".join(lines)

    # --- slots ----------------------------------------------------------------------------

    def _on_scene_changed(self, scene) -> None:
        """A walk-through explains one scene's update: a new surface or step count ends it,
        once the new runs are in (runs_changed follows; the rule lines are still stale here)."""
        previous, self._scene = self._scene, scene
        if (scene.surface, scene.steps) != (previous.surface, previous.steps):
            self._end_walk = True

    def _on_runs_changed(self, _runs) -> None:
        self._rebuild()
        if self._end_walk:
            self._end_walk = False
            self.set_walking(False)

    def _on_selection_changed(self, _index: int) -> None:
        self._rebuild()

    def _on_notation_changed(self, _index: int) -> None:
        if self._settings is not None:
            self._settings.setValue(NOTATION_SETTING, self.notation)
        self._rebuild()

    def _on_frame_changed(self, _frame: int) -> None:
        if self.walking:
            self._walk_to(0, redraw=False)
        if not self.isVisible():
            self._stale = True  # behind another tab: catch up when shown
        elif self._timeline.playing:
            # Repainting eight lines of large rich text costs ~10 ms; numbers flying past
            # at 30 steps/s are unreadable anyway, so playback refreshes a few times a second.
            if not self._playback_timer.isActive():
                self._playback_timer.start()
        else:
            self._redraw()

    def _on_playing_changed(self, playing: bool) -> None:
        if not playing:
            self._playback_timer.stop()
            self._redraw()  # the frame playback stopped on, exactly

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._redraw()

    def _on_walk_toggled(self, on: bool) -> None:
        text = self.tr("Stop the walk-through") if on else self.tr("Walk through this step")
        self.walk_button.setText(text)
        self._walk_index = 0
        self._update_buttons()
        self._redraw()
        self._emit_highlight()

    # --- drawing --------------------------------------------------------------------------

    def _run_and_frame(self):
        index = self._session.selected
        if not 0 <= index < len(self._session.runs):
            return None, 0
        run = self._session.runs[index]
        return run, min(self._timeline.frame, run.last_frame)

    def _rebuild(self) -> None:
        """New rule lines for the selected run and notation; the walk starts over."""
        run, _ = self._run_and_frame()
        self._steps = [] if run is None else substeps(run.optimizer, self.notation)
        self._make_views()
        key = "" if run is None else symbol_key(run.optimizer, self.notation)
        self.key_label.setText(key.replace(" = ", "&nbsp;=&nbsp;"))
        self._walk_index = 0
        self._update_buttons()
        self._redraw()
        self._emit_highlight()

    def _walk_to(self, index: int, redraw: bool = True) -> None:
        changed = index != self._walk_index
        self._walk_index = index
        self._update_buttons()
        if redraw:
            self._redraw()
        if changed:
            self._emit_highlight()

    def _emit_highlight(self) -> None:
        current = self._steps[self._walk_index] if self.walking and self._steps else None
        self.substep_changed.emit((current.highlight or "") if current else "")

    def _update_buttons(self) -> None:
        walking, last = self.walking, len(self._steps) - 1
        self.previous_button.setEnabled(walking and self._walk_index > 0)
        self.next_button.setEnabled(bool(self._steps) and (not walking or self._walk_index < last))

    def _make_views(self) -> None:
        """One view per sub-step, made when the rule changes, never per frame."""
        for view in self.views:
            self.rows_layout.removeWidget(view)
            view.deleteLater()
        self.views = [SubStepView(step, self._text_scale) for step in self._steps]
        for position, view in enumerate(self.views):
            self.rows_layout.insertWidget(position, view)

    def _redraw(self) -> None:
        self._stale = False
        run, frame = self._run_and_frame()
        if run is None:
            text = self.tr("Select a run to see its update rule.")
            self.title_label.setText(f"<i>{text}</i>")
            return
        self.title_label.setText(self._title(run, frame))
        started = step_values(run, frame) is not None
        for i, view in enumerate(self.views):
            view.show_numbers(view.step.numeric_html(run, frame) if started else None)
            view.set_current(self.walking and i == self._walk_index)
        if self.walking and self.views:
            self.scroll.ensureWidgetVisible(self.views[self._walk_index], 0, 0)

    def _title(self, run, frame: int) -> str:
        spec = self._session.scene.runs[self._session.selected]
        form = getattr(run.optimizer, "form", None)
        title = engine_text(run.optimizer.title)
        kind = self.tr("{0} ({1} form)").format(title, form) if form else title
        head = f"<b style='color:{spec.color}'>{escape(spec.name)}</b> · {escape(kind)}"
        if frame >= run.last_frame:
            last = self.tr("This is the run's last frame: there is no next update.")
            return f"{head}<br>{last}"
        # The update that leaves this frame, as the plot's arrows show it (engine.lecture.values).
        update = self.tr("Update {0}: frame {1} → frame {2}").format(frame + 1, frame, frame + 1)
        return f"{head}<br>{update}"


def _tr(text: str) -> str:
    return QCoreApplication.translate("EquationPanel", text)


class EquationFeature:
    """The Equation dock beside the inspector, its View toggle and the N / P keys."""

    NAME = "equation"
    REQUIRES = ()

    def __init__(self, panel: EquationPanel, dock: QDockWidget):
        self.panel, self.dock = panel, dock

    @classmethod
    def install(cls, host) -> EquationFeature:
        window = host.window
        panel = EquationPanel(host.session, host.timeline)
        panel.remember_in(host.settings)
        # Beside the inspector, raised: the full height of the right side, so a rule of
        # eight lines stays large enough for a projector; a little wider than the other tabs.
        dock = host.add_dock(panel, _tr(DOCK_TITLE), "dock-equation", tab_with=Column.RIGHT)
        dock.raise_()
        window.resizeDocks([dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        host.menu(Menu.VIEW).addAction(dock.toggleViewAction())
        panel.substep_changed.connect(window.surface_view.highlight)
        host.style.observe(panel)
        for shortcut in panel.shortcuts:
            shortcut.setEnabled(False)  # the window's actions below take N and P everywhere
        for text, slot, key, tip in (
            (NEXT_LINE, panel.next_substep, "N", NEXT_LINE_TIP),
            (PREVIOUS_LINE, panel.previous_substep, "P", PREVIOUS_LINE_TIP),
        ):
            host.add_action(Menu.VIEW, _tr(text), slot, QKeySequence(key), _tr(tip))
        # Esc ends a walk-through; enabled only while walking, so Esc is free otherwise
        # (presentation mode's leave action stops a walk first, then leaves).
        stop = host.add_action(
            Menu.VIEW, _tr(STOP_WALK), panel.stop_walking, QKeySequence("Esc"), _tr(STOP_WALK_TIP)
        )
        stop.setEnabled(False)
        panel.walk_button.toggled.connect(stop.setEnabled)
        feature = cls(panel, dock)
        feature.stop_action = stop
        return feature
