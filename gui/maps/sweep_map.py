"""The "Sweep map" dock: final loss or steps to tolerance over two hyper-parameters of a run."""

from __future__ import annotations

import dataclasses

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from engine.params import values_of
from engine.run.sweep import SweepResult, check_axis, log_ticks, owner_of
from gui.features import Column, Menu
from gui.maps.sweep_controls import SweepControls
from gui.maps.sweep_marks import SweepMarks
from gui.maps.sweep_parts import SweepImage, SweepJob, colormap, to_plot
from gui.maps.worker import WorkerSlot
from gui.panels.run_names import edited_run
from gui.plot.log_axis import plain_axes
from gui.plot.menus import adopt_plot_menus


class SweepMapController(QObject):
    """Owns the dock's controls, the heat map and the worker computing it."""

    NAME = "sweep map"
    REQUIRES = ()

    @classmethod
    def install(cls, host) -> SweepMapController:
        """Add the Sweep map dock, a tab of the tall right-hand column."""
        controller = cls(host.window)
        title = QCoreApplication.translate("SweepMapController", "Sweep map")
        controller.dock = host.add_dock_built_when_shown(
            controller.build, title, "dock-sweep-map", cls, hidden=False, tab_with=Column.RIGHT
        )
        host.menu(Menu.VIEW).addAction(controller.dock.toggleViewAction())
        return controller

    computed = Signal(object)  # the SweepResult now shown

    def __init__(self, window):
        super().__init__(window)
        self.session = window.session
        self.result: SweepResult | None = None
        self.slot = WorkerSlot(self, self._on_progressed, self._on_finished_with, self._on_failed)
        self.worker_arguments: dict = {}  # what the running worker was asked to sweep
        self.widget: QWidget | None = None  # built when its tab is first seen
        window.installEventFilter(self)

    def build(self) -> QWidget:
        """The controls, the map and its marks, following the session from now on."""
        self.widget = self._build_widget()
        self._build_plot()
        self.session.scene_changed.connect(self._on_scene_changed)
        self.session.selection_changed.connect(self._on_selection_changed)
        self.image.cell_clicked.connect(self._on_cell_clicked)
        self.controls.metric.currentIndexChanged.connect(self._on_metric_changed)
        self._fill_names()
        return self.widget

    def bring_to_front(self) -> None:
        """Show the dock's tab (building it on first use), as View ▸ Sweep map does."""
        self.dock.show()
        self.dock.raise_()

    # --- building -----------------------------------------------------------------------------

    @property
    def window(self):
        """The window this feature belongs to: its Qt parent, never a Python reference to it
        (which would make a window ↔ feature loop that only the garbage collector breaks)."""
        return self.parent()

    def _build_widget(self) -> QWidget:
        widget = QWidget()
        self.controls = SweepControls()
        self.controls.compute_button.clicked.connect(self.compute)
        self.controls.cancel_button.clicked.connect(self.cancel)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.plot = pg.PlotWidget(enableMenu=False)
        layout = QVBoxLayout(widget)
        layout.addWidget(self.controls)
        layout.addWidget(self.message)
        layout.addWidget(self.plot, 1)
        self.marks = SweepMarks(self.plot.plotItem)
        layout.addWidget(self.marks.legend)
        return widget

    def _build_plot(self) -> None:
        item = self.plot.plotItem
        self.image = SweepImage(axisOrder="row-major")
        item.addItem(self.image)
        plain_axes(item)
        self.colour_bar = pg.ColorBarItem(colorMap=colormap(), interactive=False, width=18)
        font = QFont()
        font.setPointSize(11)
        for axis in (item.getAxis("bottom"), item.getAxis("left"), self.colour_bar.axis):
            axis.setTickFont(font)
        item.layout.addItem(self.colour_bar, 2, 5)
        adopt_plot_menus(self.plot)

    # --- public API ---------------------------------------------------------------------------

    @property
    def computing(self) -> bool:
        return self.slot.busy

    @property
    def worker(self):
        """The running computation's thread, or None."""
        return self.slot.worker

    def selected_spec(self):
        runs, index = self.session.scene.runs, self.session.selected
        return runs[index] if 0 <= index < len(runs) else None

    def request(self):
        """The sweep the controls describe, as sweep()'s arguments (ValueError if invalid)."""
        spec = self.selected_spec()
        if spec is None:
            raise ValueError(self.tr("select a run first"))
        x, y = self.controls.x_picker.axis(), self.controls.y_picker.axis()
        for axis in (x, y):
            check_axis(axis, spec.optimizer, spec.schedule)
        scene = self.session.scene
        return dict(
            surface=scene.surface, optimizer=spec.optimizer, start=spec.start, steps=scene.steps,
            x=x, y=y, grid=self.controls.grid.value(), schedule=spec.schedule,
            tol=float(self.controls.tolerance.currentText()),
        )  # fmt: skip

    def compute(self) -> None:
        """Start the sweep in a worker thread, cancelling any running one."""
        self.cancel()
        try:
            arguments = self.request()
        except ValueError as error:
            self.message.setText(self.tr("Cannot sweep: {0}").format(error))
            return
        self.message.setText(self.tr("Computing…"))
        self.worker_arguments = arguments
        self.controls.set_busy(True)
        self.slot.start(SweepJob(arguments))

    def cancel(self) -> None:
        if self.widget is None:
            return  # never seen, so nothing was ever computed
        if self.slot.cancel():
            self.message.setText(self.tr("Cancelled."))
        self.controls.set_busy(False)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Cancel and wait for every worker thread (a running QThread must not be destroyed)."""
        self.slot.shutdown(timeout_ms)

    def apply_cell(self, ix: int, iy: int) -> None:
        """Give the selected run the hyper-parameters of cell (ix, iy), as one undoable edit."""
        if self.result is not None:
            self.apply_settings(self.result.settings(ix, iy))

    def apply_settings(self, settings: dict[str, float]) -> None:
        index = self.session.selected
        spec = self.selected_spec()
        if spec is None:
            return
        changes = {"optimizer": {}, "schedule": {}}
        for name, value in settings.items():
            changes[owner_of(name, spec.optimizer, spec.schedule)][
                name.removeprefix("schedule.")
            ] = value
        optimizer = dataclasses.replace(spec.optimizer, **changes["optimizer"])
        schedule = dataclasses.replace(spec.schedule, **changes["schedule"])
        text = ", ".join(f"{name}={value:.3g}" for name, value in settings.items())
        scene = edited_run(self.session.scene, index, optimizer=optimizer, schedule=schedule)
        self.session.edit(scene, self.tr("Set {0} from the sweep map").format(text))

    def show_result(self, result: SweepResult) -> None:
        """Draw `result` coloured by the chosen metric, with the marks."""
        self.result = result
        low, high = self.image.show(result, self.controls.metric.currentData())
        self.colour_bar.setLevels((low, high))
        self.colour_bar.axis.setTicks([[(lvl, f"{10**lvl:.3g}") for lvl in log_ticks(low, high)]])
        metric = self.controls.metric_name()
        self.colour_bar.axis.setLabel(self.tr("{0} (log)").format(metric))
        item = self.plot.plotItem
        for side, axis, values in (
            ("bottom", result.x, result.x_values),
            ("left", result.y, result.y_values),
        ):
            picks = np.linspace(0, len(values) - 1, 5).round().astype(int)
            ticks = [(to_plot(axis, values[i]), f"{values[i]:.3g}") for i in picks]
            item.getAxis(side).setTicks([ticks])
            item.setLabel(side, self.tr("{0} (log)").format(axis.name) if axis.log else axis.name)
        self._draw_marks()
        item.autoRange(padding=0)
        self.message.setText(self._summary(result))
        self.computed.emit(result)

    # --- helpers ------------------------------------------------------------------------------

    def current_setting(self) -> tuple[float, float] | None:
        spec = self.selected_spec()
        if self.result is None or spec is None:
            return None
        values = {"optimizer": values_of(spec.optimizer), "schedule": values_of(spec.schedule)}
        try:
            return tuple(values[owner_of(a.name, spec.optimizer, spec.schedule)][a.key]
                         for a in (self.result.x, self.result.y))  # fmt: skip
        except ValueError:
            return None  # the selected run has no such hyper-parameter

    def _draw_marks(self) -> None:
        spec = self.selected_spec()
        self.marks.draw(self.result, self.current_setting(), spec.optimizer.name if spec else "")

    def _summary(self, result: SweepResult) -> str:
        best = result.best(self.controls.metric.currentData())
        if best is None:
            return self.tr("Every setting diverged or missed the tolerance (grey).")
        text = ", ".join(f"{k} = {v:.3g}" for k, v in result.settings(*best).items())
        return self.tr(
            "Best cell: {0}. Click a cell to give the selected run its settings."
        ).format(text)

    def _fill_names(self) -> None:
        if not self.controls.fill_names(self.selected_spec(), self.computing):
            self.message.setText(self.tr(
                "The selected run needs two float hyper-parameters to sweep "
                "(pick momentum, Adam… or a schedule with a rate k)."
            ))  # fmt: skip

    def clear(self) -> None:
        """Forget the shown sweep (and stop one being computed): it was of an earlier scene."""
        if self.computing:
            self.cancel()
        self.result = None
        self.image.clear()
        self.marks.clear()
        self.message.setText(self.tr("The scene changed: Compute sweeps it again."))

    def belongs_to_scene(self) -> bool:
        """Whether the shown sweep still describes the scene: its surface, steps, the selected
        run's start, optimizer kind and schedule (the swept values themselves may differ)."""
        result, spec = self.result, self.selected_spec()
        if result is None or spec is None:
            return False
        scene = self.session.scene
        return (
            result.surface == scene.surface
            and result.steps == scene.steps
            and tuple(result.start) == tuple(spec.start)
            and type(result.optimizer) is type(spec.optimizer)
            and type(result.schedule) is type(spec.schedule)
        )

    # --- slots --------------------------------------------------------------------------------

    def _on_scene_changed(self, _scene) -> None:
        if (self.result is not None and not self.belongs_to_scene()) or self._stale_request():
            self.clear()
        self._fill_names()
        if self.result is not None:
            self._draw_marks()

    def _stale_request(self) -> bool:
        """Whether the sweep being computed was asked for another surface or step count."""
        if not self.slot.busy:
            return False
        asked, scene = self.worker_arguments, self.session.scene
        return asked["surface"] != scene.surface or asked["steps"] != scene.steps

    def _on_selection_changed(self, _index: int) -> None:
        self._on_scene_changed(None)

    def _on_metric_changed(self, _index: int) -> None:
        if self.result is not None:
            self.show_result(self.result)

    def _on_cell_clicked(self, ix: int, iy: int) -> None:
        self.apply_cell(ix, iy)

    def _on_progressed(self, fraction: float) -> None:
        self.controls.progress.setValue(round(fraction * 1000))

    def _on_finished_with(self, result) -> None:
        self.controls.set_busy(False, done=True)
        self.show_result(result)

    def _on_failed(self, message: str) -> None:
        self.controls.set_busy(False)
        self.message.setText(self.tr("Sweep failed: {0}").format(message))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.shutdown()
        return False
