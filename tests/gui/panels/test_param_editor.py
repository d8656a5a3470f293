"""ParamEditor: controls built from ParamInfo, slider scales, signals and silent updates."""

import math

import pytest
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QCheckBox, QComboBox

from engine.optimizers import Adam, Momentum
from engine.params import ParamInfo, params_of, values_of
from gui.panels.param_editor import DragKeys, NumberField, NumberSpinBox, ParamEditor, SliderScale

LOG_INFO = ParamInfo("x", "float", 1.0, 0.01, 100.0, log=True)  # four decades
LINEAR_INFO = ParamInfo("m", "float", 0.9, 0.0, 0.999)
STEPS_INFO = ParamInfo("n", "int", 100, 1, 1_000_000)


@pytest.fixture
def adam_editor(qtbot):
    editor = ParamEditor(params_of(Adam), values_of(Adam()))
    qtbot.addWidget(editor)
    return editor


def test_log_scale_maps_endpoints_and_middle_to_the_geometric_range():
    scale = SliderScale(LOG_INFO)
    assert scale.log
    assert scale.value(0) == 0.01
    assert scale.value(scale.ticks) == 100.0
    assert scale.value(scale.ticks // 2) == pytest.approx(math.sqrt(0.01 * 100.0))
    # A quarter of the way across four decades is one decade up.
    assert scale.value(scale.ticks // 4) == pytest.approx(0.1)
    assert scale.tick(0.1) == scale.ticks // 4


@pytest.mark.parametrize("tick", [1, 137, 500, 731, 999])
def test_log_scale_follows_the_exponential_law_everywhere(tick):
    scale = SliderScale(LOG_INFO)
    expected = 0.01 * (100.0 / 0.01) ** (tick / scale.ticks)
    assert scale.value(tick) == pytest.approx(expected, rel=5e-3)  # 3 significant figures
    assert scale.tick(expected) == tick


def test_lr_slider_spans_its_whole_log_range():
    info = next(p for p in params_of(Adam) if p.name == "lr")
    scale = SliderScale(info)
    assert (scale.value(0), scale.value(scale.ticks)) == (info.low, info.high)
    middle = scale.value(round(scale.ticks / 2))
    assert middle == pytest.approx(math.sqrt(info.low * info.high), rel=0.01)


def test_linear_scale_puts_round_values_on_ticks():
    scale = SliderScale(LINEAR_INFO)
    assert not scale.log
    assert scale.value(0) == 0.0 and scale.value(scale.ticks) == 0.999
    assert scale.tick(0.9) == 900 and scale.value(900) == 0.9
    assert scale.value(scale.ticks // 2) == pytest.approx((0.0 + 0.999) / 2, abs=scale.step)


def test_wide_integer_range_is_log_scaled_and_gives_integers():
    scale = SliderScale(STEPS_INFO)
    assert scale.log
    assert scale.value(0) == 1 and isinstance(scale.value(0), int)
    assert scale.value(scale.ticks) == 1_000_000
    assert scale.value(scale.ticks // 2) == 1000


def test_spin_box_shows_g_format_and_accepts_scientific_text(qtbot):
    box = NumberSpinBox(ParamInfo("eps", "float", 1e-8, 1e-12, 1.0, log=True))
    qtbot.addWidget(box)
    box.setValue(1e-8)
    assert box.text() == "1e-08"
    assert box.value() == 1e-8  # not rounded to a fixed number of decimals
    assert box.valueFromText("3e-10") == 3e-10
    assert box.validate("1e-", 3)[0] == QValidator.State.Intermediate
    assert box.validate("abc", 3)[0] == QValidator.State.Invalid
    assert box.validate("5", 1)[0] == QValidator.State.Intermediate  # out of range
    assert box.validate("0.5", 3)[0] == QValidator.State.Acceptable


def test_log_spin_box_steps_ten_per_decade_without_drift(qtbot):
    box = NumberSpinBox(ParamInfo("lr", "float", 0.01, 1e-6, 10.0, log=True))
    qtbot.addWidget(box)
    box.setValue(0.01)
    for _ in range(10):
        box.stepBy(1)
    assert box.value() == 0.1
    box.stepBy(-20)
    assert box.value() == 0.001


def test_builds_one_control_per_kind(adam_editor):
    controls = adam_editor.controls
    assert list(controls) == [
        "lr",
        "beta1",
        "beta2",
        "eps",
        "bias_correction",
        "amsgrad",
        "weight_decay",
    ]
    assert isinstance(controls["lr"], NumberField)
    assert isinstance(controls["bias_correction"], QCheckBox)
    assert adam_editor.values() == values_of(Adam())
    lr = controls["lr"]
    assert (lr.spin_box.minimum(), lr.spin_box.maximum()) == (1e-6, 10.0)
    momentum_editor = ParamEditor(params_of(Momentum), values_of(Momentum()))
    assert isinstance(momentum_editor.controls["form"], QComboBox)
    assert momentum_editor.controls["form"].currentText() == "pytorch"


def test_labels_carry_the_lecture_symbols_and_tooltips_the_doc(adam_editor):
    layout = adam_editor.layout()
    label = layout.labelForField(adam_editor.controls["beta1"])
    info = params_of(Adam)[1]
    assert "beta1" in label.text() and info.symbols in label.text()
    assert label.toolTip() == info.doc
    assert adam_editor.controls["beta1"].toolTip() == info.doc


def test_slider_emits_the_scaled_value_and_updates_the_spin_box(qtbot, adam_editor):
    field = adam_editor.controls["lr"]
    with qtbot.waitSignal(adam_editor.value_changed) as blocker:
        field.slider.setValue(0)
    assert blocker.args == ["lr", 1e-6, False]
    assert field.spin_box.value() == 1e-6
    with qtbot.waitSignal(adam_editor.value_changed) as blocker:
        field.slider.setValue(field.slider.maximum())
    assert blocker.args == ["lr", 10.0, False]


def test_typed_value_emits_and_moves_the_slider(qtbot, adam_editor):
    field = adam_editor.controls["beta1"]
    with qtbot.waitSignal(adam_editor.value_changed) as blocker:
        field.spin_box.setValue(0.5)
    assert blocker.args == ["beta1", 0.5, False]
    assert field.slider.value() == field.scale.tick(0.5) == 500


def test_dragging_is_true_while_the_slider_is_held(qtbot, adam_editor):
    slider = adam_editor.controls["beta1"].slider
    seen = []
    adam_editor.value_changed.connect(lambda *args: seen.append(args))
    slider.setSliderDown(True)
    slider.setValue(100)
    slider.setValue(200)
    slider.setSliderDown(False)  # emits sliderReleased
    assert seen == [("beta1", 0.1, True), ("beta1", 0.2, True), ("beta1", 0.2, False)]


def test_choice_and_flag_emit_their_values(qtbot):
    editor = ParamEditor(params_of(Adam) + params_of(Momentum)[2:], {})
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.value_changed) as blocker:
        editor.controls["bias_correction"].setChecked(False)
    assert blocker.args == ["bias_correction", False, False]
    with qtbot.waitSignal(editor.value_changed) as blocker:
        editor.controls["form"].setCurrentText("sutskever")
    assert blocker.args == ["form", "sutskever", False]


def test_set_values_updates_every_control_without_emitting(qtbot, adam_editor):
    new = {
        "lr": 0.001,
        "beta1": 0.5,
        "beta2": 0.9,
        "eps": 1e-4,
        "bias_correction": False,
        "amsgrad": True,
        "weight_decay": 0.5,
    }
    with qtbot.assertNotEmitted(adam_editor.value_changed):
        adam_editor.set_values(new)
    assert adam_editor.values() == new
    assert adam_editor.controls["beta1"].slider.value() == 500


def test_drag_keys_share_a_key_within_a_drag_and_not_across_drags():
    keys = DragKeys("test")
    first = [keys.key_for("lr", True), keys.key_for("lr", True)]
    assert first[0] == first[1] != ""
    assert keys.key_for("lr", False) == ""
    second = keys.key_for("lr", True)
    assert second not in ("", first[0])
    assert keys.key_for("eps", True) != second  # another slider is another drag
