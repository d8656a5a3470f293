"""The settings of the selected run: optimizer, schedules, noise, mini-batches and start."""

from __future__ import annotations

import dataclasses
import html
import re
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine.optimizers import OPTIMIZERS
from engine.params import ParamInfo, params_of, values_of
from engine.run.simulate import far_box, momentum_field, simulate
from engine.scene.scene import RunSpec, applicable
from engine.schedules import SCHEDULES
from engine.surfaces.datasets import is_data_surface
from gui.i18n import engine_text
from gui.panels.param_editor import DragKeys, ParamEditor

NOISE_DOC = QT_TRANSLATE_NOOP(
    "RunEditor", "Standard deviation of the Gaussian noise added to each gradient component."
)
NOISE = ParamInfo("noise", "float", 0.0, low=0.0, high=10.0, doc=NOISE_DOC, symbols="σ")
MAX_SEED = 2**31 - 1
MOMENTUM_FORMULA = "μ_t = 1 − (1 − μ) · lr_t / lr"  # the shape's lr_t; a formula, untranslated
ERROR_STYLE = "color: #C00000; font-weight: bold;"


def schedule_title(cls) -> str:
    """'StepDecay' -> 'Step decay': the schedules have names, not titles."""
    return re.sub(r"(?<!^)([A-Z])", r" \1", cls.__name__).capitalize()


def first_line(text: str | None) -> str:
    lines = (text or "").strip().splitlines()
    return lines[0] if lines else ""


def scrolling(body: QWidget) -> QScrollArea:
    """`body` in a frameless vertical scroller: a short dock scrolls instead of clipping text."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(body)
    return scroll


def section(title: str) -> QLabel:
    label = QLabel(f"<b>{title}</b>")
    label.setContentsMargins(0, 8, 0, 0)
    return label


class RunEditor(QWidget):
    """Edits `session.scene.runs[session.selected]`; each change is one undoable edit."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._drag_keys = DragKeys("run")
        self.optimizer_editor: ParamEditor | None = None
        self.schedule_editor: ParamEditor | None = None
        self.momentum_editor: ParamEditor | None = None
        self._build()
        session.scene_changed.connect(self._on_scene_changed)
        session.selection_changed.connect(self._on_selection_changed)
        self._refresh()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.body = QWidget()
        column = QVBoxLayout(self.body)
        column.addWidget(self.header)
        column.addWidget(self.error_label)
        self._build_optimizer(column)
        self._build_schedule(column)
        self._build_momentum_schedule(column)
        self._build_noise(column)
        self._build_batches(column)
        self._build_start(column)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(self.body))

    def _build_optimizer(self, column: QVBoxLayout) -> None:
        self.optimizer_combo = QComboBox()
        for name, cls in OPTIMIZERS.items():
            self.optimizer_combo.addItem(engine_text(cls.title), name)
        self.optimizer_combo.setToolTip(
            self.tr("The update rule this run uses; lr is kept when switching.")
        )
        self.optimizer_combo.activated.connect(self._on_optimizer_activated)
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        self.rule_label.setStyleSheet("color: #444444;")
        self.optimizer_box = QVBoxLayout()
        column.addWidget(section(self.tr("Optimizer")))
        column.addWidget(self.optimizer_combo)
        column.addWidget(self.rule_label)
        column.addLayout(self.optimizer_box)

    def _build_schedule(self, column: QVBoxLayout) -> None:
        self.schedule_combo = QComboBox()
        for name, cls in SCHEDULES.items():
            self.schedule_combo.addItem(engine_text(schedule_title(cls)), name)
        self.schedule_combo.setToolTip(self.tr("How the learning rate changes from step to step."))
        self.schedule_combo.activated.connect(self._on_schedule_activated)
        self.formula_label = QLabel()
        self.formula_label.setWordWrap(True)
        self.formula_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.formula_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.formula_label.setFont(font)
        self.schedule_box = QVBoxLayout()
        column.addWidget(section(self.tr("Learning-rate schedule")))
        column.addWidget(self.schedule_combo)
        column.addWidget(self.formula_label)
        column.addLayout(self.schedule_box)

    def _build_momentum_schedule(self, column: QVBoxLayout) -> None:
        self.momentum_combo = QComboBox()
        self.momentum_combo.addItem(self.tr("Fixed"), "")
        for name, cls in SCHEDULES.items():
            self.momentum_combo.addItem(engine_text(schedule_title(cls)), name)
        self.momentum_combo.setToolTip(
            self.tr(
                "Grows momentum (β1 for Adam) over the run, e.g. from 0.5 towards 0.99, "
                "by shrinking 1 − μ as the schedule shrinks lr."
            )
        )
        self.momentum_combo.activated.connect(self._on_momentum_schedule_activated)
        self.momentum_formula = QLabel(MOMENTUM_FORMULA)
        self.momentum_formula.setWordWrap(True)
        self.momentum_schedule_box = QVBoxLayout()
        self.momentum_section = QWidget()
        inner = QVBoxLayout(self.momentum_section)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(section(self.tr("Momentum schedule")))
        inner.addWidget(self.momentum_combo)
        inner.addWidget(self.momentum_formula)
        inner.addLayout(self.momentum_schedule_box)
        column.addWidget(self.momentum_section)

    def _build_batches(self, column: QVBoxLayout) -> None:
        self.batch_box = QSpinBox()
        self.batch_box.setKeyboardTracking(False)
        self.batch_box.setSpecialValueText(self.tr("all (exact gradient)"))
        self.batch_box.setToolTip(
            self.tr(
                "Examples per mini-batch: each epoch visits the data once in a new order "
                "drawn from the seed; all gives the exact gradient."
            )
        )
        self.batch_box.valueChanged.connect(self._on_batch_size_changed)
        form = QFormLayout()
        form.addRow(self.tr("batch size"), self.batch_box)
        self.batch_section = QWidget()
        inner = QVBoxLayout(self.batch_section)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(section(self.tr("Mini-batches")))
        inner.addLayout(form)
        column.addWidget(self.batch_section)

    def _build_noise(self, column: QVBoxLayout) -> None:
        noise = dataclasses.replace(NOISE, doc=self.tr(NOISE_DOC))
        self.noise_editor = ParamEditor((noise,), {"noise": 0.0})
        self.noise_editor.setObjectName("run")  # its parameter is a field of the RunSpec itself
        self.noise_editor.value_changed.connect(self._on_param_changed)
        self.seed_box = QSpinBox()
        self.seed_box.setRange(0, MAX_SEED)
        self.seed_box.setKeyboardTracking(False)
        self.seed_box.setToolTip(self.tr("Seed of the noise: the same seed gives the same kicks."))
        self.seed_box.valueChanged.connect(self._on_seed_changed)
        form = QFormLayout()
        form.addRow("seed", self.seed_box)
        column.addWidget(section(self.tr("Gradient noise")))
        column.addWidget(self.noise_editor)
        column.addLayout(form)

    def _build_start(self, column: QVBoxLayout) -> None:
        self.start_boxes = (QDoubleSpinBox(), QDoubleSpinBox())
        row = QHBoxLayout()
        for axis, box in zip("xy", self.start_boxes, strict=True):
            box.setDecimals(3)
            box.setKeyboardTracking(False)
            box.setToolTip(self.tr("The {0} coordinate this run starts from.").format(axis))
            box.valueChanged.connect(self._on_start_changed)
            row.addWidget(QLabel(axis))
            row.addWidget(box, 1)
        column.addWidget(section(self.tr("Start point")))
        column.addLayout(row)

    # -- following the session ---------------------------------------------------------
    def selected_spec(self) -> RunSpec | None:
        index, runs = self.session.selected, self.session.scene.runs
        return runs[index] if 0 <= index < len(runs) else None

    def _on_scene_changed(self, _scene) -> None:
        self._refresh()

    def _on_selection_changed(self, _index: int) -> None:
        self._show_error("")
        self._refresh()

    def _refresh(self) -> None:
        """Show the selected run without emitting any edit (no feedback loop)."""
        spec = self.selected_spec()
        self.body.setEnabled(spec is not None)
        if spec is None:
            none = self.tr("No run selected")
            self.header.setText(f"<i>{none}</i>")
            return
        self.header.setText(
            f'<span style="color:{spec.color}; font-size:x-large">■</span> '
            f'<span style="font-size:large"><b>{html.escape(spec.name)}</b></span>'
        )
        self._show_optimizer(spec.optimizer)
        self._show_schedule(spec.schedule)
        self._show_momentum_schedule(spec)
        self._show_batch_size(spec)
        self.noise_editor.set_values({"noise": spec.noise})
        with QSignalBlocker(self.seed_box):
            self.seed_box.setValue(spec.seed)
        self._show_start(spec.start)

    def _show_optimizer(self, optimizer) -> None:
        with QSignalBlocker(self.optimizer_combo):
            self.optimizer_combo.setCurrentIndex(self.optimizer_combo.findData(optimizer.name))
        cls = type(optimizer)
        rule = first_line(cls.__doc__)
        # A dataclass without a docstring has its signature as __doc__: code, not a sentence.
        self.rule_label.setText("" if rule.startswith(f"{cls.__name__}(") else engine_text(rule))
        self.optimizer_editor = self._show_params(
            self.optimizer_box, self.optimizer_editor, optimizer
        )

    def _show_schedule(self, schedule) -> None:
        with QSignalBlocker(self.schedule_combo):
            self.schedule_combo.setCurrentIndex(self.schedule_combo.findData(schedule.name))
        self.formula_label.setText(schedule.formula)
        self.schedule_editor = self._show_params(self.schedule_box, self.schedule_editor, schedule)

    def _show_momentum_schedule(self, spec: RunSpec) -> None:
        """Shown only for optimizers with a momentum or β1 to drive."""
        schedule = spec.momentum_schedule
        self.momentum_section.setVisible(momentum_field(spec.optimizer) is not None)
        with QSignalBlocker(self.momentum_combo):
            name = "" if schedule is None else schedule.name
            self.momentum_combo.setCurrentIndex(self.momentum_combo.findData(name))
        self.momentum_formula.setVisible(schedule is not None)
        if schedule is None:
            if self.momentum_editor is not None:
                self.momentum_schedule_box.removeWidget(self.momentum_editor)
                self.momentum_editor.deleteLater()
                self.momentum_editor = None
            return
        self.momentum_editor = self._show_params(
            self.momentum_schedule_box, self.momentum_editor, schedule
        )

    def _show_batch_size(self, spec: RunSpec) -> None:
        """Shown only on a data-set surface; 0 (the exact gradient) reads 'all'."""
        surface = self.session.scene.surface
        self.batch_section.setVisible(is_data_surface(surface))
        with QSignalBlocker(self.batch_box):
            self.batch_box.setRange(0, surface.data_size if is_data_surface(surface) else 0)
            self.batch_box.setValue(spec.batch_size)

    def _show_params(self, box: QVBoxLayout, editor: ParamEditor | None, obj) -> ParamEditor:
        """Update `editor` in place, or replace it when `obj` has other parameters."""
        infos = params_of(obj)
        if editor is not None and editor.infos == infos:
            editor.set_values(values_of(obj))
            return editor
        if editor is not None:
            box.removeWidget(editor)
            editor.deleteLater()
        editor = ParamEditor(infos, values_of(obj))
        parts = {
            id(self.optimizer_box): "optimizer",
            id(self.momentum_schedule_box): "momentum_schedule",
        }
        editor.setObjectName(parts.get(id(box), "schedule"))
        editor.value_changed.connect(self._on_param_changed)
        box.addWidget(editor)
        return editor

    def _show_start(self, start: tuple[float, float]) -> None:
        x_min, x_max, y_min, y_max = far_box(self.session.scene.surface)
        step = self.session.scene.surface.span / 100
        for box, low, high, value in zip(
            self.start_boxes, (x_min, y_min), (x_max, y_max), start, strict=True
        ):
            with QSignalBlocker(box):
                box.setRange(low, high)
                box.setSingleStep(round(step, 3) or 0.001)
                box.setValue(value)

    # -- edits ---------------------------------------------------------------------------
    def _apply(self, what: str, changes_of, merge_key: str = "", detail: str = "") -> None:
        """Change the selected run by `changes_of(run)`, or show the engine's complaint.

        `what` is the undo text, translated, with {0} for the run's name and {1} for `detail`."""
        index, scene = self.session.selected, self.session.scene
        if not 0 <= index < len(scene.runs):
            return
        spec = scene.runs[index]
        try:
            edited = scene.replace_run(index, **changes_of(spec))
            new = edited.runs[index]
            # A zero-step dry run makes the engine check start and noise now, not inside undo.
            simulate(
                scene.surface,
                new.optimizer,
                new.start,
                0,
                new.schedule,
                new.noise,
                new.seed,
                **applicable(scene.surface, new),
            )
        except (ValueError, TypeError) as error:
            self._show_error(str(error))
            self._refresh()  # the controls show the scene again, not the refused value
            return
        self._show_error("")
        self.session.edit(edited, what.format(spec.name, detail), merge_key)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _on_optimizer_activated(self, _row: int) -> None:
        self._apply(
            self.tr("Change optimizer of {0}"),
            partial(switched_optimizer, self.optimizer_combo.currentData()),
        )

    def _on_schedule_activated(self, _row: int) -> None:
        self._apply(
            self.tr("Change schedule of {0}"),
            partial(switched_schedule, self.schedule_combo.currentData()),
        )

    def _on_param_changed(self, name: str, value, dragging: bool) -> None:
        part = self.sender().objectName()  # which ParamEditor: "optimizer", "schedule" or "run"
        key = self._drag_keys.key_for(f"{self.session.selected}.{part}.{name}", dragging)
        changes = partial(param_changes, part, name, value)
        self._apply(self.tr("Change {1} of {0}"), changes, key, detail=name)

    def _on_momentum_schedule_activated(self, _row: int) -> None:
        self._apply(
            self.tr("Change momentum schedule of {0}"),
            partial(switched_momentum_schedule, self.momentum_combo.currentData()),
        )

    def _on_batch_size_changed(self, batch_size: int) -> None:
        self._apply(
            self.tr("Change batch size of {0}"),
            partial(param_changes, "run", "batch_size", batch_size),
        )

    def _on_seed_changed(self, seed: int) -> None:
        self._apply(self.tr("Change seed of {0}"), partial(param_changes, "run", "seed", seed))

    def _on_start_changed(self, _value: float) -> None:
        # Only the edited coordinate comes from its box; the other keeps its full precision.
        axis = self.start_boxes.index(self.sender())
        self._apply(self.tr("Move start of {0}"), partial(moved_start, axis, self.sender().value()))


def param_changes(part: str, name: str, value, spec: RunSpec) -> dict:
    """The RunSpec fields that change when parameter `name` of `part` becomes `value`."""
    if part == "run":
        return {name: value}
    return {part: dataclasses.replace(getattr(spec, part), **{name: value})}


def switched_optimizer(optimizer_name: str, spec: RunSpec) -> dict:
    """A new optimizer with its defaults, keeping lr; a run named after it follows it."""
    cls, old = OPTIMIZERS[optimizer_name], type(spec.optimizer)
    if cls is old:
        return {}
    kept = {"lr": spec.optimizer.lr} if "lr" in {p.name for p in params_of(cls)} else {}
    return {"optimizer": cls(**kept), "name": renamed(spec.name, old.title, cls.title)}


def switched_schedule(schedule_name: str, spec: RunSpec) -> dict:
    cls = SCHEDULES[schedule_name]
    return {} if cls is type(spec.schedule) else {"schedule": cls()}


def switched_momentum_schedule(schedule_name: str, spec: RunSpec) -> dict:
    """'' for a fixed momentum, else a schedule of that kind with its defaults."""
    current = spec.momentum_schedule
    if (current.name if current is not None else "") == schedule_name:
        return {}
    return {"momentum_schedule": SCHEDULES[schedule_name]() if schedule_name else None}


def moved_start(axis: int, value: float, spec: RunSpec) -> dict:
    start = list(spec.start)
    start[axis] = value
    return {"start": tuple(start)}


def renamed(name: str, old_title: str, new_title: str) -> str:
    """A run still named after its optimizer ('Adam', 'Adam 2') follows the new optimizer."""
    if name == old_title or name.startswith(old_title + " "):
        return new_title + name[len(old_title) :]
    return name
