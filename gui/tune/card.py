"""The fairness card: the rules every run was tuned under, each run's tuned settings and score."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine.tune import TuneResult, TuneSettings
from engine.tune.search import MAX_SEEDS
from engine.tune.space import MAX_BUDGET, MIN_BUDGET

COLUMNS = 4  # rank, run, tuned settings, score


class FairnessCard(QWidget):
    """Controls for a search (budget, seeds, objective), its progress, and its result."""

    tune_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.budget, self.seeds = QSpinBox(), QSpinBox()
        self.budget.setRange(MIN_BUDGET, MAX_BUDGET)
        self.budget.setValue(40)
        self.budget.setToolTip(self.tr("Settings tried per optimizer."))
        self.seeds.setRange(1, MAX_SEEDS)
        self.seeds.setValue(5)
        self.seeds.setToolTip(self.tr("Noise seeds every setting is scored on (0, 1, 2, ...)."))
        self.objective = QComboBox()
        self.objective.addItem(self.tr("final loss − f*"), "final_loss")
        self.objective.addItem(self.tr("steps to tolerance"), "steps_to_tol")
        self.objective.setToolTip(self.tr("What each setting is scored by: lower is better."))
        self.tune_button = QPushButton(self.tr("Tune each run"))
        self.tune_button.setToolTip(self.tr("Search every run's settings, then apply the best."))
        self.tune_button.clicked.connect(self.tune_requested)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the search; nothing is changed."))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.rules = QLabel(self.tr("Not tuned yet: each run has its own hand-picked settings."))
        self.rules.setWordWrap(True)
        self.table = self._build_table()
        self._lay_out()
        self.set_busy(False)

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(0, COLUMNS)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Rank"),
                self.tr("Run"),
                self.tr("Tuned settings"),
                self.tr("Score over seeds"),
            ]
        )
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = table.horizontalHeader()
        for column in range(COLUMNS):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == 1  # the run's name gives way (elided) to settings and score
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setWordWrap(False)  # lines break only where the texts say: rows keep their height
        return table

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Budget"), self.budget)
        form.addRow(self.tr("Seeds"), self.seeds)
        form.addRow(self.tr("Objective"), self.objective)
        buttons = QHBoxLayout()
        buttons.addWidget(self.tune_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.rules)
        layout.addWidget(self.table, 1)

    def settings(self) -> TuneSettings:
        """The rules the controls ask for."""
        seeds = tuple(range(self.seeds.value()))
        return TuneSettings(self.budget.value(), seeds, self.objective.currentData())

    def set_busy(self, busy: bool) -> None:
        self.tune_button.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        self.progress.setVisible(busy)
        self.progress.setValue(0)

    def set_progress(self, fraction: float) -> None:
        self.progress.setValue(round(fraction * 1000))

    def show_result(self, result: TuneResult, colors: list[str]) -> None:
        """The rules, then the race of the tuned runs, winner first: rank, run in its colour,
        settings and score."""
        self.rules.setText(self.rules_text(result))
        ranking = result.ranking()
        self.table.setRowCount(len(ranking))
        for row, entry in enumerate(ranking):
            rank = QTableWidgetItem(str(row + 1))
            rank.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            name = QTableWidgetItem("● " + entry.name)
            name.setForeground(QColor(colors[result.entries.index(entry)]))
            cells = (rank, name, QTableWidgetItem(self.settings_text(entry)),
                     QTableWidgetItem(self.score_text(entry)))  # fmt: skip
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()

    def rules_text(self, result: TuneResult) -> str:
        settings = result.settings
        seeds = settings.seeds
        seed_text = str(seeds[0]) if len(seeds) == 1 else f"{seeds[0]}–{seeds[-1]}"
        objective = self.objective.itemText(self.objective.findData(settings.objective))
        return self.tr(
            "<b>Same rules for every run.</b> Budget: {0} settings per optimizer (learning "
            "rate, and momentum or β1) · objective: {1}, mean over seeds {2} · {3} steps"
        ).format(settings.budget, objective, seed_text, result.steps) + self._noise_note(result)

    def _noise_note(self, result: TuneResult) -> str:
        if any(entry.racer.noise > 0 for entry in result.entries):
            return ""
        return "<br>" + self.tr("No run has gradient noise: every seed follows the same path.")

    @staticmethod
    def settings_text(entry) -> str:
        return "\n".join(f"{name} = {value:.3g}" for name, value in entry.settings.items())

    def score_text(self, entry) -> str:
        spread = entry.spread()
        if spread["mean"] is None:
            return self.tr("failed on every seed")
        if spread["min"] == spread["max"]:  # no noise: the rules say every seed runs alike
            text = f"{spread['mean']:.3g}"
        else:
            text = "{:.3g} ± {:.2g}\n{:.3g} … {:.3g}".format(
                spread["mean"], spread["std"], spread["min"], spread["max"]
            )
        if entry.failed:
            text += " " + self.tr("({0} of {1} failed)").format(entry.failed, len(entry.scores))
        return text
