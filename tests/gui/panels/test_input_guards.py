"""Input that cannot surprise: the wheel spares unfocused controls, Escape leaves an editor."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QLineEdit, QMainWindow, QSpinBox

from gui.keys import EditorEscape
from gui.panels.run_editor import RunEditor
from gui.panels.surface_panel import SurfacePanel


def wheel(widget, notches=-1):
    """A real (spontaneous) wheel turn over the middle of `widget`, as the window system sends."""
    top = widget.window()
    centre = widget.mapTo(top, widget.rect().center())
    QTest.wheelEvent(top.windowHandle(), QPointF(centre), QPoint(0, 120 * notches))
    QApplication.processEvents()


def short_editor(qtbot, session):
    editor = RunEditor(session)
    qtbot.addWidget(editor)
    editor.resize(320, 300)  # shorter than its body: the panel scrolls
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def scroll_bar(panel):
    return panel.findChild(type(panel.layout().itemAt(0).widget())).verticalScrollBar()


def test_the_wheel_over_an_unfocused_spin_box_scrolls_the_panel_instead(qtbot, session):
    session.select(5)  # Adam: a long panel
    editor = short_editor(qtbot, session)
    before, bar = session.scene, scroll_bar(editor)
    lr_box = editor.optimizer_editor.controls["lr"].spin_box
    assert lr_box.focusPolicy() == Qt.FocusPolicy.StrongFocus
    wheel(lr_box)
    assert session.scene == before and session.undo_stack.count() == 0
    assert bar.value() > 0  # the panel scrolled
    assert not lr_box.hasFocus()  # and the wheel gave no focus


def test_the_wheel_over_unfocused_sliders_and_combos_changes_nothing(qtbot, session):
    session.select(5)
    editor = short_editor(qtbot, session)
    before = session.scene
    for control in (
        editor.optimizer_combo,
        editor.schedule_combo,
        editor.optimizer_editor.controls["beta1"].slider,
    ):
        editor.body.parentWidget().parentWidget().ensureWidgetVisible(control)
        wheel(control)
    assert session.scene == before


def test_the_wheel_changes_a_focused_control(qtbot, session):
    session.select(5)
    editor = short_editor(qtbot, session)
    lr_box = editor.optimizer_editor.controls["lr"].spin_box
    lr_box.setFocus()
    qtbot.waitUntil(lr_box.hasFocus)
    wheel(lr_box)
    assert session.undo_stack.count() == 1


def test_the_surface_panel_steps_box_ignores_an_unfocused_wheel(qtbot, session):
    panel = SurfacePanel(session)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    wheel(panel.steps_box)
    wheel(panel.surface_combo)
    assert session.undo_stack.count() == 0


class EscapeWindow(QMainWindow):
    """A central 'plot', a dock with a spin box and a line edit, and an Escape shortcut."""

    def __init__(self):
        super().__init__()
        self.plot = QLabel("plot")
        self.plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCentralWidget(self.plot)
        self.spin, self.line = QSpinBox(), QLineEdit()
        dock = QDockWidget("dock", self)
        holder = QLabel()
        dock.setWidget(holder)
        self.spin.setParent(holder)
        self.line.setParent(holder)
        self.line.move(0, 40)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.escapes = 0
        action = QAction("leave", self)
        action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        action.triggered.connect(self._on_escape)
        self.addAction(action)

    def _on_escape(self):
        self.escapes += 1


def test_escape_leaves_a_spin_box_or_line_edit_and_focuses_the_plot(qtbot):
    window = EscapeWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    escape = EditorEscape(window)
    escape.watch(QApplication.instance())
    window.plot.setFocus()
    qtbot.waitUntil(window.plot.hasFocus)
    assert not escape.filtering  # outside an editor no event goes through Python
    try:
        for editor in (window.spin, window.line):
            editor.setFocus()
            qtbot.waitUntil(editor.hasFocus)
            assert escape.filtering
            editor.selectAll()
            QTest.keyClicks(QApplication.focusWidget(), "7")
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
            assert window.plot.hasFocus() and window.escapes == 0  # the field, not the shortcut
            assert not escape.filtering
            QTest.keyClick(window.plot, Qt.Key.Key_Escape)
            assert window.escapes == 1  # with the keys back, Escape is the window's again
            window.escapes = 0
        assert window.spin.value() == 7  # what was typed is kept, as on any focus change
    finally:
        QApplication.instance().removeEventFilter(escape)


def test_the_windows_escape_filter_runs_only_while_an_editor_has_the_focus(qtbot, window):
    from PySide6.QtWidgets import QAbstractSpinBox

    escape = window._escape
    window.surface_view.setFocus()
    qtbot.waitUntil(window.surface_view.hasFocus)
    assert not escape.filtering
    spin = next(s for s in window.findChildren(QAbstractSpinBox) if s.isVisibleTo(window))
    spin.setFocus()
    qtbot.waitUntil(lambda: escape.filtering)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    focus, plot_area = QApplication.focusWidget(), window.centralWidget()
    assert focus is plot_area or plot_area.isAncestorOf(focus)
    assert not escape.filtering
