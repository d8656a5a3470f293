"""The transport bar: play/pause, step buttons, a scrub slider, speed, loop and 'step k / n'."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QSignalBlocker, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QStyle,
    QToolButton,
    QWidget,
)

from gui.models import MAX_SPEED, MIN_SPEED, Timeline

ICON_SIZE = 28
FONT_POINTS = 13
SLIDER_MIN_WIDTH = 80
Pixmap = QStyle.StandardPixmap


class TimelineBar(QWidget):
    """Drives the Timeline; never grabs keyboard focus, so the window's shortcuts keep working."""

    def __init__(self, timeline: Timeline, parent: QWidget | None = None):
        super().__init__(parent)
        self._timeline = timeline
        self._presenting = False
        font = self.font()
        font.setPointSize(FONT_POINTS)
        self.setFont(font)
        self.first_button = self._button(Pixmap.SP_MediaSkipBackward, self.tr("First step (Home)"))
        self.back10_button = self._button(
            Pixmap.SP_MediaSeekBackward, self.tr("Back 10 steps (Shift+←)")
        )
        self.back_button = self._button(Pixmap.SP_ArrowLeft, self.tr("Back one step (←)"))
        self.play_button = self._button(Pixmap.SP_MediaPlay, self.tr("Play (Space)"))
        self.forward_button = self._button(Pixmap.SP_ArrowRight, self.tr("Forward one step (→)"))
        self.forward10_button = self._button(
            Pixmap.SP_MediaSeekForward, self.tr("Forward 10 steps (Shift+→)")
        )
        self.last_button = self._button(Pixmap.SP_MediaSkipForward, self.tr("Last step (End)"))
        self.jump_buttons = (
            self.first_button,
            self.back10_button,
            self.forward10_button,
            self.last_button,
        )
        self.slider = self._make_slider()
        self.step_label = QLabel()
        self.speed_box = self._make_speed_box()
        self.loop_box = QCheckBox(self.tr("loop"))
        self.loop_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.loop_box.setToolTip(self.tr("Start again from step 0 at the end instead of stopping"))
        self._lay_out()
        self._connect()
        self._on_last_frame_changed(timeline.last_frame)
        self._on_playing_changed(timeline.playing)
        self._on_speed_changed(timeline.speed)
        self._on_loop_changed(timeline.loop)

    def _button(self, pixmap: QStyle.StandardPixmap, tip: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(self.style().standardIcon(pixmap))
        button.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoRaise(True)
        return button

    def apply_scales(self, scales) -> None:
        """Follow the window's Style (gui/style.py): the text grows; with larger text (a
        projector) the first/last and ±10 buttons step aside (Home, End and Shift+arrows
        still work), so the bar and the equation fit side by side on a 1280-px screen."""
        self.set_text_scale(scales.text)
        self._presenting = scales.text > 1.0
        self._show_jump_buttons()

    def minimumSizeHint(self):  # noqa: N802 - Qt's API
        """Narrow enough without the first/last and ±10 buttons: they step aside when the
        bar is narrow (a 1280-px projector), and Home, End and Shift+arrows still work."""
        hint = super().minimumSizeHint()
        shown = [button for button in self.jump_buttons if not button.isHidden()]
        return hint.shrunkBy(QMargins(0, 0, self._jump_width(shown), 0))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's API
        super().resizeEvent(event)
        self._show_jump_buttons()

    def _jump_width(self, buttons) -> int:
        spacing = self.layout().spacing() if self.layout() is not None else 0
        return sum(button.sizeHint().width() + spacing for button in buttons)

    def _show_jump_buttons(self) -> None:
        """The jump buttons show when the bar has room for them and nobody is presenting."""
        if self.layout() is None:
            return
        room = self.width() >= self.minimumSizeHint().width() + self._jump_width(self.jump_buttons)
        show = room and not self._presenting
        for button in self.jump_buttons:
            if button.isHidden() == show:  # only on a change: no relayout every resize
                button.setHidden(not show)

    def set_text_scale(self, factor: float) -> None:
        """Text `factor` times its normal size (presentation mode: larger)."""
        # Only the text grows: 28-px icons read well from afar, and the bar must still fit
        # beside the equation panel on a 1280-px projector.
        font = self.font()
        font.setPointSize(round(FONT_POINTS * factor))
        self.setFont(font)
        self._on_last_frame_changed(self._timeline.last_frame)  # the step label's width

    def _make_slider(self) -> QSlider:
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        slider.setPageStep(10)
        slider.setMinimumWidth(SLIDER_MIN_WIDTH)  # never squeezed away by larger text
        slider.setToolTip(self.tr("Drag to scrub through the steps"))
        return slider

    def _make_speed_box(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(int(MIN_SPEED), int(MAX_SPEED))
        box.setSuffix(self.tr(" steps/s"))
        box.setAccelerated(True)
        box.setKeyboardTracking(False)  # typing "250" must not play at 2 then 25 steps/s
        box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        box.setToolTip(self.tr("Playback speed in steps per second (1 to 1,000)"))
        return box

    def _lay_out(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for button in (self.first_button, self.back10_button, self.back_button, self.play_button):
            layout.addWidget(button)
        for button in (self.forward_button, self.forward10_button, self.last_button):
            layout.addWidget(button)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.step_label)
        layout.addSpacing(12)
        layout.addWidget(self.speed_box)
        layout.addWidget(self.loop_box)

    def _connect(self) -> None:
        timeline = self._timeline
        self.first_button.clicked.connect(timeline.first)
        self.last_button.clicked.connect(timeline.last)
        self.play_button.clicked.connect(timeline.toggle)
        self.back_button.clicked.connect(self._on_back_clicked)
        self.forward_button.clicked.connect(self._on_forward_clicked)
        self.back10_button.clicked.connect(self._on_back10_clicked)
        self.forward10_button.clicked.connect(self._on_forward10_clicked)
        self.slider.valueChanged.connect(timeline.set_frame)
        self.speed_box.valueChanged.connect(timeline.set_speed)
        self.speed_box.editingFinished.connect(self.speed_box.clearFocus)  # give keys back
        self.loop_box.toggled.connect(timeline.set_loop)
        timeline.frame_changed.connect(self._on_frame_changed)
        timeline.last_frame_changed.connect(self._on_last_frame_changed)
        timeline.playing_changed.connect(self._on_playing_changed)
        timeline.speed_changed.connect(self._on_speed_changed)
        timeline.loop_changed.connect(self._on_loop_changed)

    def _on_back_clicked(self) -> None:
        self._timeline.step(-1)

    def _on_forward_clicked(self) -> None:
        self._timeline.step(1)

    def _on_back10_clicked(self) -> None:
        self._timeline.step(-10)

    def _on_forward10_clicked(self) -> None:
        self._timeline.step(10)

    def _on_frame_changed(self, frame: int) -> None:
        self.slider.setValue(frame)  # echoes back as set_frame(frame): a no-op
        self.step_label.setText(self.tr("step {0} / {1}").format(frame, self._timeline.last_frame))

    def _on_last_frame_changed(self, last: int) -> None:
        self.slider.setRange(0, last)
        # Room for the widest label so the slider does not jitter while playing.
        widest = self.step_label.fontMetrics().horizontalAdvance(
            self.tr("step {0} / {1}").format(last, last)
        )
        self.step_label.setMinimumWidth(widest + 4)
        self._on_frame_changed(self._timeline.frame)

    def _on_playing_changed(self, playing: bool) -> None:
        pixmap = Pixmap.SP_MediaPause if playing else Pixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(pixmap))
        self.play_button.setToolTip(
            self.tr("Pause (Space)") if playing else self.tr("Play (Space)")
        )

    def _on_speed_changed(self, speed: float) -> None:
        # Blocked: echoing a rounded 2.4 back as set_speed(2) would change the speed.
        with QSignalBlocker(self.speed_box):
            self.speed_box.setValue(round(speed))

    def _on_loop_changed(self, loop: bool) -> None:
        self.loop_box.setChecked(loop)
