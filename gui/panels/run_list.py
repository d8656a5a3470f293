"""The list of runs: colour, name, show/hide and solo, plus add, duplicate and remove."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QSignalBlocker, QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine.optimizers import OPTIMIZERS
from engine.scene.recommended import recommended_optimizer, recommended_start
from engine.scene.scene import RunSpec, Scene
from gui.i18n import engine_text

SHOWN, NAME, SOLO = range(3)
SWATCH_SIZE = 16


def unique_name(scene: Scene, wanted: str) -> str:
    """`wanted`, or `wanted 2`, `wanted 3`, ... whichever no run of `scene` is called yet."""
    taken = {run.name for run in scene.runs}
    name, number = wanted, 2
    while name in taken:
        name, number = f"{wanted} {number}", number + 1
    return name


def swatch(color: str) -> QIcon:
    pixmap = QPixmap(SWATCH_SIZE, SWATCH_SIZE)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class RunList(QWidget):
    """Rows mirror `session.scene.runs`; every edit goes through `session.edit` (undoable)."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.table = self._make_table()
        self.add_button = self._make_add_button()
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.duplicate_button.setToolTip(
            self.tr("Add a copy of the selected run with its own colour.")
        )
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Delete the selected run (Ctrl+Z brings it back)."))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.duplicate_button, self.remove_button):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            buttons.addWidget(button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._on_item_selection_changed)
        session.scene_changed.connect(self._on_scene_changed)
        session.selection_changed.connect(self._on_selection_changed)
        session.solo_changed.connect(self._on_solo_changed)
        self._on_scene_changed(session.scene)

    # -- building ------------------------------------------------------------------------
    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 3)
        table.setHorizontalHeaderLabels([self.tr("Show"), self.tr("Run"), self.tr("Solo")])
        table.horizontalHeaderItem(SHOWN).setToolTip(self.tr("Draw this run on the plots."))
        table.horizontalHeaderItem(SOLO).setToolTip(self.tr("Draw only this run."))
        header = table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (SHOWN, SOLO):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        table.setIconSize(QSize(SWATCH_SIZE, SWATCH_SIZE))
        table.setMinimumHeight(4 * table.verticalHeader().defaultSectionSize())
        return table

    def _make_add_button(self) -> QToolButton:
        button = QToolButton()
        button.setText(self.tr("Add"))
        button.setToolTip(
            self.tr("Add a run with the chosen optimizer, starting where the selected run starts.")
        )
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(button)
        for name, cls in OPTIMIZERS.items():
            action = QAction(engine_text(cls.title), menu)
            action.setData(name)
            menu.addAction(action)
        menu.triggered.connect(self._on_add_menu_triggered)
        button.setMenu(menu)
        return button

    # -- edits ---------------------------------------------------------------------------
    def add_run(self, optimizer_name: str) -> None:
        """Add a run of `optimizer_name` with the settings recommended on this surface and a
        free colour, starting where the selected run starts, and select it."""
        scene = self.session.scene
        cls = OPTIMIZERS[optimizer_name]
        selected = self.session.selected
        start = scene.runs[selected].start if selected >= 0 else recommended_start(scene.surface)
        optimizer = recommended_optimizer(scene.surface, optimizer_name)
        spec = RunSpec(
            unique_name(scene, cls.title), optimizer, start=start, color=scene.free_color()
        )
        self._append(spec, self.tr("Add {0}").format(spec.name))

    def duplicate_selected(self) -> None:
        index = self.session.selected
        if index < 0:
            return
        scene = self.session.scene
        original = scene.runs[index]
        name = unique_name(scene, self.tr("{0} copy").format(original.name))
        self._append(
            dataclasses.replace(original, name=name, color=scene.free_color()),
            self.tr("Duplicate {0}").format(original.name),
        )

    def remove_selected(self) -> None:
        index = self.session.selected
        if index < 0:
            return
        scene = self.session.scene
        runs = scene.runs[:index] + scene.runs[index + 1 :]
        text = self.tr("Remove {0}").format(scene.runs[index].name)
        self.session.edit(dataclasses.replace(scene, runs=runs), text)

    def _append(self, spec: RunSpec, text: str) -> None:
        scene = self.session.scene
        self.session.edit(dataclasses.replace(scene, runs=(*scene.runs, spec)), text)
        self.session.select(len(self.session.scene.runs) - 1)

    def _on_add_menu_triggered(self, action: QAction) -> None:
        self.add_run(action.data())

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        row, scene = item.row(), self.session.scene
        if row >= len(scene.runs):
            return
        spec = scene.runs[row]
        if item.column() == SHOWN:
            visible = item.checkState() == Qt.CheckState.Checked
            text = self.tr("Show {0}") if visible else self.tr("Hide {0}")
            self.session.edit(scene.replace_run(row, visible=visible), text.format(spec.name))
        elif item.column() == NAME:
            name = item.text().strip()
            if name and name != spec.name:
                text = self.tr("Rename {0}").format(spec.name)
                self.session.edit(scene.replace_run(row, name=name), text)
            else:
                self._fill_row(row, spec)  # an empty name is refused: show the old one again
        elif item.column() == SOLO:
            soloed = item.checkState() == Qt.CheckState.Checked
            self.session.set_solo(row if soloed else -1)

    def _on_item_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.session.select(rows[0].row())

    # -- following the session ---------------------------------------------------------
    def _on_scene_changed(self, scene: Scene) -> None:
        # Update the rows in place (never recreate them): this may run from inside the
        # itemChanged of a row being renamed.
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(scene.runs))
            for row, spec in enumerate(scene.runs):
                self._fill_row(row, spec)
        self._on_solo_changed(self.session.solo)
        self._on_selection_changed(self.session.selected)
        has_runs = bool(scene.runs)
        self.duplicate_button.setEnabled(has_runs)
        self.remove_button.setEnabled(has_runs)

    def _fill_row(self, row: int, spec: RunSpec) -> None:
        with QSignalBlocker(self.table):
            shown, name, solo = (self._item(row, column) for column in (SHOWN, NAME, SOLO))
            shown.setCheckState(Qt.CheckState.Checked if spec.visible else Qt.CheckState.Unchecked)
            name.setText(spec.name)
            name.setIcon(swatch(spec.color))
            tip = self.tr("{0}: {1}. Double-click or F2 to rename.")
            name.setToolTip(tip.format(spec.name, engine_text(type(spec.optimizer).title)))

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if column == NAME:
                flags |= Qt.ItemFlag.ItemIsEditable
            else:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setToolTip(
                    self.tr("Draw this run on the plots.")
                    if column == SHOWN
                    else self.tr("Draw only this run.")
                )
            item.setFlags(flags)
            self.table.setItem(row, column, item)
        return item

    def _on_selection_changed(self, index: int) -> None:
        with QSignalBlocker(self.table):
            if 0 <= index < self.table.rowCount():
                self.table.selectRow(index)
            else:
                self.table.clearSelection()

    def _on_solo_changed(self, index: int) -> None:
        with QSignalBlocker(self.table):
            for row in range(self.table.rowCount()):
                state = Qt.CheckState.Checked if row == index else Qt.CheckState.Unchecked
                self._item(row, SOLO).setCheckState(state)
