"""The custom surface in the surface panel: formula fields, red errors with a caret, undo."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase

from engine.surfaces.custom import Custom
from gui.panels.surface_panel import SurfacePanel


@pytest.fixture
def panel(qtbot, session):
    widget = SurfacePanel(session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def choose_custom(panel):
    combo = panel.surface_combo
    index = combo.findData("custom")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def type_into(qtbot, field, text):
    field.selectAll()
    field.setText(text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_choosing_custom_shows_formula_fields_and_the_gradient(panel, session):
    assert panel.text_fields == {}
    choose_custom(panel)
    assert session.scene.surface == Custom()
    assert list(panel.text_fields) == ["f", "bounds", "start"]
    assert panel.text_fields["f"].text() == Custom().f
    assert panel.text_fields["bounds"].text() == "-2,2,-2,2"
    assert panel.gradient_label.text() == Custom().gradient_text
    assert "∂f/∂x" in panel.gradient_label.text() and panel.gradient_label.isVisible()
    mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    assert panel.text_fields["f"].font().family() == mono.family()
    assert panel.params_editor is None  # no sliders for text


def test_enter_applies_a_formula_and_undo_restores_it(qtbot, panel, session):
    choose_custom(panel)
    type_into(qtbot, panel.text_fields["f"], "x**2 + 3*y**2")
    assert session.scene.surface == Custom(f="x**2 + 3*y**2")
    assert panel.gradient_label.text() == "∂f/∂x = 2·x\n∂f/∂y = 6·y"
    assert panel.formula_label.text() == "f(x, y) = x² + 3·y²"
    assert not panel.text_error_label.isVisible()
    session.undo_stack.undo()
    assert session.scene.surface == Custom()
    assert panel.text_fields["f"].text() == Custom().f


def test_a_bad_formula_is_shown_in_red_with_a_caret_and_the_scene_is_kept(qtbot, panel, session):
    choose_custom(panel)
    before, depth = session.scene, session.undo_stack.count()
    type_into(qtbot, panel.text_fields["f"], "x + __import__('os')")
    assert session.scene == before and session.undo_stack.count() == depth
    error = panel.text_error_label
    assert error.isVisible() and "C00000" in error.styleSheet()
    assert "column 5" in error.text() and "__import__" in error.text()
    assert "\n    ^</pre>" in error.text()  # the caret sits under column 5
    assert panel.text_fields["f"].text() == "x + __import__('os')"  # kept for fixing
    type_into(qtbot, panel.text_fields["f"], "x**2 + y**2")
    assert not error.isVisible()
    assert session.scene.surface == Custom(f="x**2 + y**2")


def test_bounds_and_start_fields_edit_the_view(qtbot, panel, session):
    choose_custom(panel)
    type_into(qtbot, panel.text_fields["bounds"], "-4, 4, -1, 3")
    assert session.scene.surface.bounds == (-4.0, 4.0, -1.0, 3.0)
    following = (-4 + 0.15 * 8, -1 + 0.62 * 4)  # an empty start follows the bounds
    assert session.scene.surface.start == pytest.approx(following)
    type_into(qtbot, panel.text_fields["start"], "5,5")
    assert "outside the bounds" in panel.text_error_label.text()
    assert session.scene.surface.start == pytest.approx(following)


def test_a_function_undefined_on_most_of_the_view_shows_a_warning(qtbot, panel, session):
    choose_custom(panel)
    type_into(qtbot, panel.text_fields["f"], "sqrt(x - 1) + y**2")
    assert session.scene.surface.f == "sqrt(x - 1) + y**2"
    assert panel.warning_label.isVisible() and "finite" in panel.warning_label.text()


def test_leaving_custom_removes_the_text_fields(panel, session):
    choose_custom(panel)
    combo = panel.surface_combo
    index = combo.findData("quadratic")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert panel.text_fields == {} and not panel.gradient_label.isVisible()
    assert list(panel.params_editor.controls) == ["kappa", "angle"]


def test_the_main_window_plots_a_custom_surface(window):
    choose_custom(window.surface_panel)
    surface = window.session.scene.surface
    assert isinstance(surface, Custom)
    assert all(run.start == Custom.start for run in window.session.scene.runs)
    assert len(window.session.runs) == len(window.session.scene.runs)
