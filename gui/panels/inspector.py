"""The selected run's numbers at the current step, and a one-line status of every run."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine.params import params_of, values_of
from engine.run.status import SENTENCES
from gui.i18n import engine_text
from gui.models import Session, Timeline
from gui.panels.inspector_rows import Reader, curvature_rows, format_number, row_title, step_rows

FONT_POINTS = 13
MIN_TITLE_PX = 90  # a cut row title still shows its first words


def status_sentence(status, who: str) -> str:
    """`Status.describe` in the interface language: the engine's own sentence, translated."""
    return engine_text(SENTENCES[status.sentence_key()]).format(who, status.step)


def status_summary(session: Session) -> str:
    """Every run's status sentence, e.g. 'Adam converged at step 312 · SGD diverged at step 14'."""
    return " · ".join(
        status_sentence(run.status, spec.name)
        for spec, run in zip(session.scene.runs, session.runs, strict=True)
    )


class Inspector(QWidget):
    """The selected run's name and status above a table whose rows are fixed per run.

    Per-axis quantities fill the x and y columns, scalars the first; only the texts
    change per frame.
    """

    def __init__(self, session: Session, timeline: Timeline, parent: QWidget | None = None):
        super().__init__(parent)
        self._session, self._timeline = session, timeline
        self._readers: list[tuple[QTreeWidgetItem, Reader]] = []
        self._items: dict[str, QTreeWidgetItem] = {}
        self.title_label, self.status_label = QLabel(), QLabel()
        self.tree = self._make_tree()
        self._numbers_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._numbers_font.setPointSize(FONT_POINTS - 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        for label in (self.title_label, self.status_label):
            label.setWordWrap(True)
            label.setFont(self.tree.font())
            layout.addWidget(label)
        layout.addWidget(self.tree)
        session.runs_changed.connect(self._on_runs_changed)
        session.selection_changed.connect(self._on_selection_changed)
        timeline.frame_changed.connect(self._on_frame_changed)
        self._rebuild()

    def _make_tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setColumnCount(3)
        tree.setHeaderLabels([self.tr("quantity"), self.tr("value or x"), "y"])
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setStyleSheet("QTreeView::item { padding-right: 10px; }")  # x and y apart
        # Only a long row title is ever cut (its tooltip says it whole): the number columns are
        # as wide as their numbers (_fit_columns), and scroll when even they do not fit.
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        tree.header().setStretchLastSection(False)
        # Fixed, fitted once per frame (_fit_columns): ResizeToContents re-measured every row
        # after each of a frame's ~30 setText calls, 3 ms a frame instead of 0.15 ms.
        for column in range(3):
            tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        font = tree.font()
        font.setPointSize(FONT_POINTS)
        tree.setFont(font)
        return tree

    def text(self, label: str) -> str:
        """The row `label` as text: '0.05', or '(x, y)' per axis (KeyError for no such row)."""
        item = self._items[label]
        return item.text(1) if not item.text(2) else f"({item.text(1)}, {item.text(2)})"

    def labels(self) -> tuple[str, ...]:
        return tuple(self._items)

    def _on_runs_changed(self, _runs) -> None:
        self._rebuild()

    def _on_selection_changed(self, _index: int) -> None:
        self._rebuild()

    def _rebuild(self) -> None:
        """Make the rows for the selected run; called when the run changes, never per frame."""
        self.tree.clear()
        self._readers.clear()
        self._items.clear()
        index = self._session.selected
        if index < 0 or index >= len(self._session.runs):
            self.title_label.setText(self.tr("No run selected"))
            self.status_label.setText("")
            return
        spec, run = self._session.scene.runs[index], self._session.runs[index]
        name = f'<b style="color:{spec.color}">{escape(spec.name)}</b>'
        title = escape(engine_text(spec.optimizer.title))
        self.title_label.setText(
            self.tr("{0}: {1}, {2} schedule").format(name, title, escape(spec.schedule.name))
        )
        self.title_label.setToolTip(spec.schedule.formula)
        self.status_label.setText(status_sentence(run.status, spec.name))
        for info in params_of(spec.optimizer):
            value = format_number(values_of(spec.optimizer)[info.name])
            doc = engine_text(info.doc)
            tip = f"{doc} ({info.symbols})" if info.symbols else doc
            self._add_row(info.name, (value,), tip, bold=False)
        surface = self._session.scene.surface
        for label, reader, tip in (*step_rows(run, spec.noise > 0), *curvature_rows(surface)):
            self._readers.append((self._add_row(label, (), tip), reader))
        self._fit_columns()
        self._on_frame_changed(self._timeline.frame)

    def _add_row(self, label: str, values, tip: str, bold: bool = True) -> QTreeWidgetItem:
        if label in self._items:  # one row per quantity: a repeat would read as two values
            raise ValueError(f"the inspector already has a row {label!r}")
        item = QTreeWidgetItem(self.tree, [row_title(label), *values])
        for column in (1, 2):
            item.setFont(column, self._numbers_font)
            item.setToolTip(column, tip)
        font = QFont(self.tree.font())
        font.setBold(bold)
        item.setFont(0, font)
        item.setToolTip(0, tip)
        self._items[label] = item
        return item

    def _on_frame_changed(self, frame: int) -> None:
        index = self._session.selected
        if not self._readers or not 0 <= index < len(self._session.runs):
            return
        run = self._session.runs[index]
        frame = min(frame, run.last_frame)  # a diverged run stops early
        for item, reader in self._readers:
            for column, text in enumerate(reader(run, frame), start=1):
                item.setText(column, text)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The numbers as wide as they are; the row titles get the room that is left (never
        less than MIN_TITLE_PX), so y is seen without scrolling in a narrow dock."""
        tree = self.tree
        for column in (1, 2):
            tree.resizeColumnToContents(column)
        room = tree.viewport().width() - tree.columnWidth(1) - tree.columnWidth(2)
        titles = max(tree.sizeHintForColumn(0), tree.header().sectionSizeHint(0))
        tree.setColumnWidth(0, max(min(titles, room), MIN_TITLE_PX))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()
