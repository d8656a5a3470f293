"""Export a lesson to a folder: one slide-style PNG per step (first and last frame) and a GIF."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from engine.atomic import replacing
from gui.files.render import ExportCanvas, ImageOptions, export_animation
from gui.lessons.wording import in_language, prompt, step_title, tr
from gui.models import Session

if TYPE_CHECKING:  # a name of a type only: the caller has the lesson modules imported already
    from engine.lessons.model import Lesson

SLIDE_W, SLIDE_H = 1920, 1080
MARGIN, HEADER_H, NOTES_H = 48, 150, 250
GIF_W, GIF_H, GIF_FPS, GIF_MAX_FRAMES = 800, 600, 20, 150
Progress = Callable[[int, int], bool]  # (steps done, total) -> False to stop


def export_lesson(lesson: Lesson, folder: str, progress: Progress | None = None) -> list[str]:
    """Write step-NN.png and step-NN.gif for every step into `folder`; the paths written."""
    os.makedirs(folder, exist_ok=True)
    written = []
    for index, step in enumerate(lesson.steps):
        if progress is not None and not progress(index, len(lesson)):
            break
        base = os.path.join(folder, f"step-{index + 1:02d}")
        session = Session(step.scene)
        try:
            frames = (step.first, step.last)
            pictures = [_plot(session, frame) for frame in frames]
            _write_slide(base + ".png", lesson, index, pictures)
            _write_gif(base + ".gif", session, step.first, step.last)
        finally:
            session.close()
            shiboken6.delete(session)
        written += [base + ".png", base + ".gif"]
    return written


def _plot(session: Session, frame: int) -> QImage:
    width = (SLIDE_W - 3 * MARGIN) // 2
    height = SLIDE_H - HEADER_H - NOTES_H - MARGIN
    canvas = ExportCanvas(session, ImageOptions(width, height, scale=1.0))
    try:
        canvas.set_frame(frame)
        return canvas.render_image()
    finally:
        canvas.dispose()


def _write_gif(path: str, session: Session, first: int, last: int) -> None:
    stride = max(1, -(-(last - first) // GIF_MAX_FRAMES))  # at most GIF_MAX_FRAMES frames
    frames = range(first, last + 1, stride)
    canvas = ExportCanvas(session, ImageOptions(GIF_W, GIF_H))
    try:
        export_animation(canvas, path, frames, GIF_FPS)
    finally:
        canvas.dispose()


def _write_slide(path: str, lesson: Lesson, index: int, pictures: list[QImage]) -> None:
    step = lesson.steps[index]
    slide = QImage(SLIDE_W, SLIDE_H, QImage.Format.Format_RGB32)
    slide.fill(QColor("white"))
    painter = QPainter(slide)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        head = f"{in_language(lesson.title)}  ·  " + tr("step {0} / {1}").format(
            index + 1, len(lesson)
        )
        _text(painter, QRect(MARGIN, 20, SLIDE_W - 2 * MARGIN, 40), head, 18, "#555555")
        title = step_title(step, index + 1)
        _text(painter, QRect(MARGIN, 62, SLIDE_W - 2 * MARGIN, 80), title, 30, bold=True)
        top = HEADER_H
        for column, (picture, frame) in enumerate(zip(pictures, (step.first, step.last))):
            left = MARGIN + column * (picture.width() + MARGIN)
            painter.drawImage(left, top, picture)
            label = tr("frame {0}").format(frame)
            rect = QRect(left, top + picture.height() + 4, picture.width(), 34)
            _text(painter, rect, label, 16, "#555555", Qt.AlignmentFlag.AlignHCenter)
        below = SLIDE_H - NOTES_H + 30
        notes = in_language(step.notes)
        if step.question is not None:
            choices = "   ".join(f"{i + 1}. {c}" for i, c in enumerate(step.question.choices))
            notes = f"{prompt(step)}   {choices}\n\n{notes}"
        _text(painter, QRect(MARGIN, below, SLIDE_W - 2 * MARGIN, NOTES_H - 40), notes, 17)
    finally:
        painter.end()
    with replacing(path) as temp:
        if not slide.save(temp, "PNG"):
            raise OSError(f"cannot write {path!r}")


def _text(painter, rect, text, points, color="#000000", align=None, bold=False) -> None:
    font = QFont(painter.font())
    font.setPixelSize(round(points * 1.35))
    font.setBold(bold)
    painter.setFont(font)
    painter.setPen(QColor(color))
    flags = (align or Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignTop
    painter.drawText(rect, int(flags) | int(Qt.TextFlag.TextWordWrap), text)
