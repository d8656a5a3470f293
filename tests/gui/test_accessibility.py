"""Every control has an accessible name and Tab reaches the key controls, and gets back out."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QTabBar

from gui.accessibility import accessible_name, first_sentence, name_controls, plain, takes_focus
from gui.panels.run_editor import RunEditor
from gui.panels.run_list import RunList
from gui.panels.surface_panel import SurfacePanel


def focus_chain(window):
    """The focusable, visible, enabled controls of the window, in Tab order from the plot."""
    start, widget, chain = window.surface_view, window.surface_view.nextInFocusChain(), []
    while widget is not start and len(chain) < 2000:
        if (
            takes_focus(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.window() is window
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def name_of(widget) -> str:
    """A button or tab is named by its text; every other control by its accessibleName."""
    if isinstance(widget, (QAbstractButton, QTabBar)):
        return widget.accessibleName() or accessible_name(widget)
    return widget.accessibleName()


def test_every_focusable_control_has_a_name(window):
    for dock in window.host.docks():
        dock.show()
        dock.raise_()  # a tab brought to the front builds what it builds when first seen
    QApplication.processEvents()
    window.name_controls()
    chain = focus_chain(window)
    assert len(chain) > 20
    unnamed = [f"{type(w).__name__} in {w.parentWidget()}" for w in chain if not name_of(w)]
    assert not unnamed, unnamed
    assert window.surface_view.accessibleName()


def test_tab_from_the_plot_visits_the_key_controls_and_comes_back(qtbot, window):
    window.surface_view.setFocus()
    visited = []
    for _ in range(200):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is window.surface_view:
            break
        visited.append(focused)
    else:
        raise AssertionError("Tab never came back to the plot: a control keeps it")
    run_list = window.dock(RunList).widget()
    run_editor = window.dock(RunEditor).widget()
    surface_panel = window.dock(SurfacePanel).widget()
    bar = window.timeline_bar
    assert any(run_list.isAncestorOf(w) for w in visited), "the runs table"
    assert any(run_editor.isAncestorOf(w) for w in visited), "the run settings"
    assert any(surface_panel.isAncestorOf(w) for w in visited), "the surface combo"
    assert any(bar.isAncestorOf(w) for w in visited), "the timeline's buttons and slider"
    assert all(name_of(w) for w in visited if w.isVisible())


def test_keys_operate_the_timeline_from_its_slider(qtbot, window):
    slider = window.timeline_bar.slider
    slider.setFocus()
    window.timeline.set_frame(10)
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert window.timeline.frame == 11


def test_controls_built_later_are_named_too(window):
    scene = window.session.scene
    run = scene.runs[0]
    from dataclasses import replace

    window.session.edit(replace(scene, runs=(replace(run, optimizer=run.optimizer),)), "x")
    assert all(name_of(w) for w in focus_chain(window))


def test_names_come_from_labels_tooltips_and_docks(qapp):
    from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QWidget

    root = QWidget()
    form = QFormLayout(root)
    labelled, tipped, bare = QSpinBox(), QSpinBox(), QSpinBox()
    tipped.setToolTip("<b>Width</b> of the picture. More words here.")
    form.addRow(QLabel("&Steps:"), labelled)
    form.addRow(tipped)
    form.addRow(bare)
    assert name_controls(root) == [bare]
    assert labelled.accessibleName() == "Steps"
    assert tipped.accessibleName() == "Width of the picture."
    assert plain("파일(&F)") == "파일" and first_sentence("A. B") == "A."
    root.deleteLater()
