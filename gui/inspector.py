"""The selected run's numbers at the current step, and a one-line status of every run."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from engine.optimizers import Nesterov
from engine.params import params_of, values_of
from gui.models import Session, Timeline

MISSING = "—"  # NaN: e.g. no update after the last frame
FONT_POINTS = 13


def format_number(value) -> str:
    """A readable number: 6 significant digits, NaN as a dash."""
    if isinstance(value, bool | str):
        return str(value)
    value = float(value)
    return MISSING if math.isnan(value) else f"{value:.6g}"


def format_pair(pair) -> str:
    """One value per axis, as (x, y)."""
    return f"({format_number(pair[0])}, {format_number(pair[1])})"


def status_summary(session: Session) -> str:
    """Every run's status sentence, e.g. 'Adam converged at step 312 · SGD diverged at step 14'."""
    return " · ".join(
        run.status.describe(spec.name)
        for spec, run in zip(session.scene.runs, session.runs, strict=True)
    )


# A row's value at a frame: run, frame -> text.
Reader = Callable[[object, int], str]


def _array_reader(name: str) -> Reader:
    def read(run, frame):
        return format_pair(getattr(run, name)[frame])

    return read


def _state_reader(field: str) -> Reader:
    def read(run, frame):
        return format_pair(run.states[field][frame])

    return read


def _step_rows(run, with_true_gradient: bool) -> list[tuple[str, Reader, str]]:
    """(label, reader, tooltip) of the rows that change with the frame."""
    rows = [
        ("step t", lambda r, f: str(int(r.t[f])), "Updates taken so far"),
        ("position", _array_reader("positions"), "Where the run is (x, y)"),
        ("loss", lambda r, f: format_number(r.losses[f]), "f(x, y) at the position"),
        (
            "gradient",
            _array_reader("gradients"),
            "The gradient the next update uses, noise included",
        ),
    ]
    if with_true_gradient:
        rows.append(
            ("true gradient", _array_reader("true_gradients"), "The gradient without noise")
        )
    if isinstance(run.optimizer, Nesterov):
        rows.append(
            ("look-ahead", _array_reader("gradient_points"), "Where Nesterov takes the gradient")
        )
    rows += [
        ("lr", lambda r, f: format_number(r.lrs[f]), "Scheduled learning rate of the next update"),
        ("update", _array_reader("updates"), "The next move (Δx, Δy)"),
    ]
    rows += [
        (field, _state_reader(field), "Optimizer state per axis (x, y)") for field in run.states
    ]
    rows.append(("effective lr", _array_reader("effective_lrs"), "Step size per axis (x, y)"))
    return rows


class Inspector(QWidget):
    """A two-column table of the selected run: fixed rows, only their values change per frame."""

    def __init__(self, session: Session, timeline: Timeline, parent: QWidget | None = None):
        super().__init__(parent)
        self._session, self._timeline = session, timeline
        self._readers: list[tuple[QTreeWidgetItem, Reader]] = []
        self._items: dict[str, QTreeWidgetItem] = {}
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["quantity", "value"])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        font = self.tree.font()
        font.setPointSize(FONT_POINTS)
        self.tree.setFont(font)
        self._numbers_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._numbers_font.setPointSize(FONT_POINTS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        session.runs_changed.connect(self._on_runs_changed)
        session.selection_changed.connect(self._on_selection_changed)
        timeline.frame_changed.connect(self._on_frame_changed)
        self._rebuild()

    def text(self, label: str) -> str:
        """The value shown in the row named `label` (KeyError when there is no such row)."""
        return self._items[label].text(1)

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
            self._add_row("run", "no run selected")
            return
        spec, run = self._session.scene.runs[index], self._session.runs[index]
        self._add_row("run", spec.name).setForeground(1, QColor(spec.color))
        self._add_row("status", run.status.describe(spec.name))
        self._add_row("optimizer", spec.optimizer.title)
        for info in params_of(spec.optimizer):
            value = format_number(values_of(spec.optimizer)[info.name])
            tip = f"{info.doc} ({info.symbols})" if info.symbols else info.doc
            self._add_row(f"  {info.name}", value, tip, numeric=True)
        self._add_row("schedule", spec.schedule.name, spec.schedule.formula)
        for label, reader, tip in _step_rows(run, spec.noise > 0):
            self._readers.append((self._add_row(label, "", tip, numeric=True), reader))
        self._on_frame_changed(self._timeline.frame)

    def _add_row(
        self, label: str, value: str, tip: str = "", numeric: bool = False
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [label, value])
        if numeric:
            item.setFont(1, self._numbers_font)
        if not label.startswith(" "):
            bold = QFont(self.tree.font())
            bold.setBold(True)
            item.setFont(0, bold)
        item.setToolTip(0, tip)
        item.setToolTip(1, tip)
        self._items[label.strip()] = item
        return item

    def _on_frame_changed(self, frame: int) -> None:
        index = self._session.selected
        if not self._readers or not 0 <= index < len(self._session.runs):
            return
        run = self._session.runs[index]
        frame = min(frame, run.last_frame)  # a diverged run stops early
        for item, reader in self._readers:
            item.setText(1, reader(run, frame))
