"""Slide-ready exports: a title, the step counter, larger text; animation frames say their step."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from engine.scene.presets import load_preset
from gui.app import configure
from gui.files.canvas import SLIDE_SCALES
from gui.files.export_dialog import ExportController
from gui.files.export_forms import AnimationDialog, ImageDialog
from gui.files.render import ExportCanvas, ImageOptions, export_animation, export_image
from gui.files.session_files import SessionFiles
from gui.models import Session


@pytest.fixture
def session(qtbot):
    configure()
    return Session(load_preset("canyon-race").scene)


def dark_share(image: np.ndarray) -> float:
    return float((image.sum(axis=2) < 200).mean())


def test_a_slide_has_its_title_counter_and_larger_text(session, tmp_path):
    options = ImageOptions(1280, 720, slide=True, title="Six optimizers")
    canvas = ExportCanvas(session, options)
    plain = ExportCanvas(session, ImageOptions(1280, 720))
    try:
        canvas.set_frame(60)
        assert canvas.title_label.text() == "Six optimizers"
        assert canvas.counter_label.text() == f"step 60 / {session.scene.steps}"
        assert plain.title_label is None and plain.counter_label is None
        slide_font = canvas.view.plotItem.getAxis("bottom").style["tickFont"].pointSize()
        plain_font = plain.view.plotItem.getAxis("bottom").style["tickFont"].pointSize()
        assert slide_font >= round(SLIDE_SCALES.text * plain_font) - 1 > plain_font
        export_image(canvas, str(tmp_path / "slide.png"))
        export_image(plain, str(tmp_path / "plain.png"))
    finally:
        canvas.dispose()
        plain.dispose()
    slide = np.asarray(Image.open(tmp_path / "slide.png").convert("RGB")).astype(int)
    plain = np.asarray(Image.open(tmp_path / "plain.png").convert("RGB")).astype(int)
    assert slide.shape == plain.shape == (720, 1280, 3)
    title_strip = (slice(0, 40), slice(0, 500))  # the title's words, top left
    assert dark_share(slide[title_strip]) > 0.03 > dark_share(plain[title_strip])


def test_every_gif_frame_carries_its_step(session, tmp_path):
    canvas = ExportCanvas(session, ImageOptions(480, 270, legend=False, counter=True))
    try:
        texts = []
        canvas.timeline.frame_changed.connect(lambda _f: texts.append(canvas.counter_label.text()))
        export_animation(canvas, str(tmp_path / "a.gif"), range(5, 9), 10.0)
    finally:
        canvas.dispose()
    assert [f"step {k} / {session.scene.steps}" for k in range(5, 9)] == texts[-4:]
    with Image.open(tmp_path / "a.gif") as gif:
        assert gif.n_frames == 4


def test_the_dialogs_offer_the_slide_style_with_the_presets_title(window, qtbot):
    window.feature(SessionFiles).open_preset("canyon-race")
    controller = window.feature(ExportController)
    title = controller.slide_title()
    assert title == load_preset("canyon-race").title  # the interface is in English here
    dialog = ImageDialog("/tmp/x.png", window, title)
    assert not dialog.title_edit.isEnabled()
    dialog.slide_box.setChecked(True)
    assert dialog.title_edit.isEnabled() and dialog.title_edit.text() == title
    options = dialog.options()
    assert options.slide and options.title == title and not options.counter
    animation = AnimationDialog("/tmp/x.gif", 10, window, title)
    assert animation.options().counter  # every animation frame carries the step counter
    dialog.deleteLater()
    animation.deleteLater()


def test_an_export_says_where_the_file_went(window, tmp_path):
    controller = window.feature(ExportController)
    dialog = ImageDialog(str(tmp_path / "plot.png"), window)
    dialog.size_chooser.presets.setCurrentIndex(3)
    dialog.size_chooser.width_box.setValue(320)
    dialog.size_chooser.height_box.setValue(200)
    assert controller.export_image(dialog.path(), dialog)
    assert str(tmp_path / "plot.png") in window.statusBar().currentMessage()
    dialog.deleteLater()
