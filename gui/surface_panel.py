"""The surface picker: which loss surface, its formula and parameters, and the step count."""

from __future__ import annotations

import dataclasses
from functools import partial

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from engine.params import params_of, values_of
from engine.scene import Scene
from engine.simulate import checked_steps
from engine.surfaces import SURFACES
from gui.param_editor import DragKeys, ParamEditor
from gui.run_editor import ERROR_STYLE, scrolling

MAX_STEPS = 20_000


class SurfacePanel(QWidget):
    """Edits `session.scene.surface` and `session.scene.steps`, one undoable edit per change.

    Picking another surface also moves every run's start to the new surface's `start`:
    surfaces have different bounds (the canyon's start lies outside Booth's box, say), so
    keeping the old starts would often begin far off the plot or in an unlucky spot. The
    surface's own parameters (κ and θ of the quadratic) keep the starts where they are.
    """

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._drag_keys = DragKeys("surface")
        self.params_editor: ParamEditor | None = None
        self._build()
        session.scene_changed.connect(self._on_scene_changed)
        self._on_scene_changed(session.scene)

    def _build(self) -> None:
        self.surface_combo = QComboBox()
        for name, cls in SURFACES.items():
            self.surface_combo.addItem(cls.title, name)
        self.surface_combo.setToolTip(
            "The loss surface the runs descend; every start moves to its default."
        )
        self.surface_combo.activated.connect(self._on_surface_activated)
        self.formula_label = QLabel()
        self.formula_label.setWordWrap(True)
        self.formula_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.formula_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.formula_label.setFont(font)
        self.about_label = QLabel()
        self.about_label.setWordWrap(True)
        self.about_label.setStyleSheet("color: #444444;")
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.params_box = QVBoxLayout()
        self.steps_box = QSpinBox()
        self.steps_box.setRange(1, MAX_STEPS)
        self.steps_box.setSingleStep(50)
        self.steps_box.setKeyboardTracking(False)
        self.steps_box.setToolTip("How many updates every run makes (fewer if it diverges).")
        self.steps_box.valueChanged.connect(self._on_steps_changed)
        steps_form = QFormLayout()
        steps_form.addRow("<b>steps</b>", self.steps_box)
        body = QWidget()
        column = QVBoxLayout(body)
        for widget in (self.surface_combo, self.formula_label, self.about_label, self.error_label):
            column.addWidget(widget)
        column.addLayout(self.params_box)
        column.addLayout(steps_form)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(body))

    # -- following the session ---------------------------------------------------------
    def _on_scene_changed(self, scene: Scene) -> None:
        surface = scene.surface
        with QSignalBlocker(self.surface_combo):
            self.surface_combo.setCurrentIndex(self.surface_combo.findData(surface.name))
        self.formula_label.setText(f"f(x, y) = {surface.formula}")
        self.about_label.setText(surface.about)
        self.about_label.setVisible(bool(surface.about))
        with QSignalBlocker(self.steps_box):
            self.steps_box.setValue(scene.steps)
        self._show_params(surface)

    def _show_params(self, surface) -> None:
        infos = params_of(surface)
        if self.params_editor is not None and self.params_editor.infos == infos:
            self.params_editor.set_values(values_of(surface))
            return
        if self.params_editor is not None:
            self.params_box.removeWidget(self.params_editor)
            self.params_editor.deleteLater()
            self.params_editor = None
        if infos:
            self.params_editor = ParamEditor(infos, values_of(surface))
            self.params_editor.value_changed.connect(self._on_param_changed)
            self.params_box.addWidget(self.params_editor)

    # -- edits ---------------------------------------------------------------------------
    def _edit(self, text: str, change, merge_key: str = "") -> None:
        """Make `change(scene)` current, or show the engine's complaint and keep the scene."""
        try:
            scene = change(self.session.scene)
            checked_steps(scene.steps)
        except (ValueError, TypeError) as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            self._on_scene_changed(self.session.scene)  # show the kept scene, not the refused value
            return
        self.error_label.hide()
        self.session.edit(scene, text, merge_key)

    def _on_surface_activated(self, _row: int) -> None:
        name = self.surface_combo.currentData()
        self._edit(f"Surface: {SURFACES[name].title}", partial(switched_surface, name))

    def _on_param_changed(self, name: str, value, dragging: bool) -> None:
        key = self._drag_keys.key_for(name, dragging)
        self._edit(
            f"Change {name} of the surface", partial(surface_param_changed, name, value), key
        )

    def _on_steps_changed(self, steps: int) -> None:
        self._edit("Change steps", partial(steps_changed, steps))


def switched_surface(surface_name: str, scene: Scene) -> Scene:
    """`scene` on another surface, every run starting from that surface's default start."""
    cls = SURFACES[surface_name]
    if cls is type(scene.surface):
        return scene
    return dataclasses.replace(scene, surface=cls()).with_start(cls.start)


def surface_param_changed(name: str, value, scene: Scene) -> Scene:
    return dataclasses.replace(scene, surface=dataclasses.replace(scene.surface, **{name: value}))


def steps_changed(steps: int, scene: Scene) -> Scene:
    return dataclasses.replace(scene, steps=steps)
