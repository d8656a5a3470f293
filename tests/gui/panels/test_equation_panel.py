"""EquationPanel: the rule and numbers follow the frame and selection; the walk-through
steps through the lines and highlights the matching overlay on the plot."""

import pytest
from PySide6.QtCore import Qt

from engine.optimizers import Adam, Momentum
from engine.scene.scene import default_scene
from gui.app import configure
from gui.features import Menu
from gui.models import Session, Timeline
from gui.panels.equation_panel import NOTATION_SETTING, EquationFeature, EquationPanel
from gui.panels.equation_text import substeps
from gui.plot.overlays import PENS


def make_panel(qtbot, scene=None):
    configure()
    session = Session(scene or default_scene())
    timeline = Timeline(session.scene.steps)
    panel = EquationPanel(session, timeline)
    qtbot.addWidget(panel)
    panel.resize(500, 800)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, session, timeline


def index_of(session, name: str) -> int:
    return [spec.optimizer.name for spec in session.scene.runs].index(name)


def record(panel) -> list[str]:
    emitted = []
    panel.substep_changed.connect(emitted.append)
    return emitted


def test_numbers_follow_the_frame_and_the_selection(qtbot):
    panel, session, timeline = make_panel(qtbot)
    session.select(index_of(session, "adam"))
    run = session.runs[session.selected]
    for frame in (1, 17, 120):
        timeline.set_frame(frame)
        expected = [step.numeric_html(run, frame) for step in substeps(run.optimizer, "textbook")]
        assert panel.numeric_lines() == expected
        for line in expected:
            assert line in panel.text()
        assert f"Update {frame + 1}: frame {frame} → frame {frame + 1}" in panel.text()
    session.select(index_of(session, "sgd"))
    assert [step.key for step in panel.steps] == ["gradient", "step", "position"]
    assert session.runs[session.selected].optimizer.name == "sgd"
    assert panel.numeric_lines()[1] in panel.text()


def test_frame_zero_and_the_last_frame_say_so(qtbot):
    panel, session, timeline = make_panel(qtbot)
    timeline.set_frame(0)
    run = session.runs[session.selected]
    assert "Update 1: frame 0 → frame 1" in panel.text()
    assert panel.numeric_lines()[-1] == substeps(run.optimizer, "textbook")[-1].numeric_html(run, 0)
    timeline.last()
    assert "no next update" in panel.text()
    assert all(view.numbers.isHidden() for view in panel.views)


def test_notation_changes_the_letters(qtbot):
    panel, session, _ = make_panel(qtbot)
    session.select(index_of(session, "momentum"))
    panel.set_notation("textbook")
    assert "α·<i>v</i>" in panel.text() and "−ρ·" in panel.text()
    panel.set_notation("cs231n")
    assert "ρ·<i>v</i>" in panel.text() and "−α·" in panel.text()
    panel.set_notation("pytorch")
    assert "momentum·<i>b</i>" in panel.text() and "−lr·" in panel.text()
    with pytest.raises(ValueError, match="unknown notation"):
        panel.set_notation("klingon")


def test_walk_through_emits_the_highlights_in_order_and_resets(qtbot):
    panel, session, timeline = make_panel(qtbot)
    session.select(index_of(session, "adam"))
    timeline.set_frame(10)
    emitted = record(panel)
    expected = [step.highlight or "" for step in panel.steps]
    panel.set_walking(True)
    for _ in range(len(expected) + 2):  # extra presses stay on the last line
        panel.next_substep()
    assert emitted == expected
    assert panel.views[-1].caption.text().startswith("<b>▶")
    assert not panel.next_button.isEnabled()
    panel.previous_substep()
    assert emitted[-1] == expected[-2] and panel.walk_index == len(expected) - 2
    timeline.set_frame(11)  # a new frame starts the walk over
    assert panel.walk_index == 0 and emitted[-1] == expected[0]
    panel.set_walking(False)
    assert emitted[-1] == ""
    assert not any(view.caption.text().startswith("<b>▶") for view in panel.views)


def test_keys_n_and_p_walk_while_the_panel_has_focus(qtbot):
    panel, session, _ = make_panel(qtbot)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.next_button.setFocus()
    qtbot.keyClick(panel.next_button, Qt.Key.Key_N)
    assert panel.walking and panel.walk_index == 0
    qtbot.keyClick(panel.next_button, Qt.Key.Key_N)
    assert panel.walk_index == 1
    qtbot.keyClick(panel.next_button, Qt.Key.Key_P)
    assert panel.walk_index == 0


def test_adam_without_bias_correction_shows_no_corrected_step(qtbot):
    scene = default_scene()
    index = [spec.optimizer.name for spec in scene.runs].index("adam")
    scene = scene.replace_run(index, optimizer=Adam(bias_correction=False))
    panel, session, timeline = make_panel(qtbot, scene)
    session.select(index)
    timeline.set_frame(5)
    assert "\u0302" not in panel.text()
    assert "bias" not in panel.text()


def test_no_selection_says_what_to_do(qtbot):
    panel, session, _ = make_panel(qtbot)
    session.select(-1)
    assert "Select a run" in panel.text() and panel.steps == []


def test_install_docks_the_panel_and_highlights_the_plot(qtbot, window):
    panel = window.feature(EquationFeature).panel  # the main window installs it
    assert window.feature(EquationFeature).panel is panel
    assert window.dock(EquationPanel).widget() is panel
    qtbot.waitUntil(panel.isVisible)  # raised above the inspector's tab
    assert window.dock(EquationPanel).toggleViewAction() in window.menus[Menu.VIEW].actions()
    session = window.session
    session.select(index_of(session, "momentum"))
    session.edit(
        session.scene.replace_run(session.selected, optimizer=Momentum(form="sutskever")), "form"
    )
    window.timeline.set_frame(30)
    curves = window.surface_view.overlays.curves
    window.surface_view.setFocus()
    qtbot.keyClick(window.surface_view, Qt.Key.Key_N)  # window-wide: starts the walk
    qtbot.keyClick(window.surface_view, Qt.Key.Key_N)
    assert panel.walking and panel.steps[panel.walk_index].highlight == "velocity"
    velocity_pen, gradient_pen = curves["velocity"].opts["pen"], curves["gradient"].opts["pen"]
    assert velocity_pen.widthF() > PENS["velocity"].widthF()
    assert gradient_pen.color().alpha() < 255
    panel.set_walking(False)
    for name, curve in curves.items():
        assert curve.opts["pen"] == PENS[name]


def test_notation_is_remembered(qtbot, window, settings):
    panel = window.feature(EquationFeature).panel  # the main window installs it
    panel.set_notation("cs231n")
    assert settings.value(NOTATION_SETTING) == "cs231n"
    other, _, _ = make_panel(qtbot)
    other.remember_in(settings)
    assert other.notation == "cs231n"


def test_surface_view_rejects_an_unknown_highlight(qtbot, window):
    with pytest.raises(ValueError, match="unknown overlay 'sparkles'"):
        window.surface_view.highlight("sparkles")
    window.surface_view.highlight("")  # '' means none, as the panel's signal sends it
    assert window.surface_view.overlays.highlighted is None


def test_highlight_survives_a_redraw(qtbot, window):
    window.surface_view.highlight("update")
    window.timeline.set_frame(42)
    pens = {name: curve.opts["pen"] for name, curve in window.surface_view.overlays.curves.items()}
    assert pens["update"].widthF() > PENS["update"].widthF()
    assert pens["gradient"].color().alpha() < PENS["gradient"].color().alpha()


def test_a_hidden_panel_catches_up_when_shown(qtbot):
    panel, session, timeline = make_panel(qtbot)
    panel.hide()
    timeline.set_frame(25)
    panel.show()
    run = session.runs[session.selected]
    assert panel.steps[0].numeric_html(run, 25) in panel.text()


def test_playback_refreshes_a_few_times_a_second_and_exactly_on_pause(qtbot):
    panel, session, timeline = make_panel(qtbot)
    run = session.runs[session.selected]
    timeline.set_frame(5)
    timeline.play()
    qtbot.waitUntil(lambda: timeline.frame > 12, timeout=5000)
    qtbot.waitUntil(lambda: "Update 6:" not in panel.text(), timeout=2000)
    timeline.pause()
    frame = timeline.frame
    assert f"Update {frame + 1}:" in panel.text()
    assert panel.steps[-1].numeric_html(run, frame) in panel.text()


def test_the_notation_list_does_not_set_the_panels_width(qtbot):
    """Its longest title would make the right column 380 px at least, too wide beside the
    lesson on a 1280-px projector; the box elides, its list shows every title whole."""
    panel, _, _ = make_panel(qtbot)
    box = panel.notation_box
    widest = max(box.fontMetrics().horizontalAdvance(box.itemText(i)) for i in range(box.count()))
    assert box.minimumSizeHint().width() < widest
    assert panel.minimumSizeHint().width() <= 340
