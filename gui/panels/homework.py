"""Homework mode in the window: race the student's optim.py against the reference, watch it."""

from __future__ import annotations

import dataclasses
import os

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTextBrowser

from engine.homework.compare import side_by_side
from engine.homework.reference import TITLES, reference_optimizer, student_config
from engine.homework.runner import Child, ChildFailed, file_digest
from engine.run.simulate import lr_curve
from engine.scene.scene import RunSpec
from engine.scene.specs import format_spec
from gui.features import MESSAGE_MS, Menu

DEBOUNCE_MS = 150
DIFFERS = ' style="color:#D55E00"'  # a row where the student's number departs


def ask_to_run(parent, path: str, digest: str, settings) -> bool:
    """Whether to run the student code at `path`; asks once per file content (hash)."""
    key = f"homework/trusted/{digest}"
    known = settings.value(key)
    if known is not None:
        return str(known).lower() == "true"
    reply = QMessageBox.question(
        parent,
        parent.tr("Run this Python file?"),
        parent.tr(
            "The session refers to your optimizer file\n{path}\nOpening it runs its Python "
            "code on this computer, without a sandbox. Run it only if you trust it."
        ).format(path=path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    trusted = reply == QMessageBox.StandardButton.Yes
    settings.setValue(key, trusted)
    return trusted


class Homework(QObject):
    """The student's file, its reference runs in the scene, its own paths, the verdicts."""

    NAME = "homework"
    REQUIRES = ()

    @classmethod
    def install(cls, host) -> Homework:
        """Add File ▸ Open my optimizer…, Playback ▸ Jump to first difference, the dock."""
        window = host.window
        controller = cls(window)
        host.add_action(
            Menu.FILE, window.tr("Open my optimizer…"), controller.open_dialog, None,
            window.tr("Race your own optim.py (cs231n's sgd, sgd_momentum, rmsprop, adam…) "
                      "against the reference. This runs your Python code: open only files "
                      "you trust."),
        )  # fmt: skip
        host.add_action(
            Menu.PLAY, window.tr("Jump to first difference"),
            controller.jump_to_difference, None,
            window.tr("Move the timeline to the first step where your optimizer departs"),
        )  # fmt: skip
        dock = host.add_dock(
            controller.numbers, window.tr("My optimizer"), "dock-my-optimizer", key=cls
        )
        dock.hide()
        host.menu(Menu.VIEW).addAction(dock.toggleViewAction())
        return controller

    checked = Signal(object)  # list[Verdict]

    def __init__(self, window):
        super().__init__(window)
        self.window, self.session = window, window.session
        self.path = self.digest = None  # the student's file and its sha256
        self.rules: list[str] = []
        self.verdicts: list = []
        self.checks = 0  # how many checks ran (the watcher test counts them)
        self._computation = None
        self._curves: dict[str, pg.PlotDataItem] = {}
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._on_file_changed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.recheck)
        self.session.scene_changed.connect(self._on_scene_changed)
        window.timeline.frame_changed.connect(self._draw_paths)
        self.numbers = QTextBrowser()
        self.numbers.setAccessibleName(self.tr("Reference and student numbers"))

    # --- opening -----------------------------------------------------------------------
    def open_dialog(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Open my optimizer"), "", self.tr("Python files (*.py)")
        )
        if path:
            self.open(path)

    def open(self, path: str) -> bool:
        """Run the file's rules against reference runs added to the scene; False if none."""
        path = os.path.abspath(path)
        try:
            with Child(path) as child:
                loaded = child.start()
        except (OSError, ChildFailed) as error:
            loaded = {"error": str(error)}
        found = loaded.get("found") or []
        if not found:
            problem = loaded.get("error") or self.tr("it defines none of sgd, adam, ...")
            self._say(self.tr("Cannot use {path}: {problem}").format(path=path, problem=problem))
            return False
        self.path, self.digest, self.rules = path, file_digest(path), list(found)
        self._unwatch()
        self.watcher.addPath(path)
        self._add_reference_runs()
        self.recheck()
        return True

    def restore(self, student) -> bool:
        """Reopen a session's (path, sha256) after asking, once per hash, to run it."""
        if student is None:
            return False
        path, _digest = student
        if not os.path.isfile(path):
            self._say(self.tr("The session's optimizer file {path} is missing").format(path=path))
            return False
        if not ask_to_run(self.window, path, file_digest(path), self.window.settings):
            return False
        return self.open(path)

    def session_student(self) -> tuple[str, str] | None:
        return None if self.path is None else (self.path, self.digest)

    def _add_reference_runs(self) -> None:
        scene = self.session.scene
        start = scene.runs[0].start if scene.runs else scene.surface.start
        runs, kept = list(scene.runs), self._homework_runs()  # a session's runs keep settings
        for rule in (rule for rule in self.rules if rule not in kept):
            color = dataclasses.replace(scene, runs=tuple(runs)).free_color()
            runs.append(RunSpec(self.run_name(rule), reference_optimizer(rule), start=start,
                                color=color))  # fmt: skip
        text = self.tr("Open my optimizer")
        self.session.edit(dataclasses.replace(scene, runs=tuple(runs)), text)

    def run_name(self, rule: str) -> str:
        """The reference run's name; the verdict follows after a colon."""
        return f"{TITLES[rule]} vs my {rule}"

    def _rule_of(self, name: str) -> str | None:
        for rule in self.rules:
            if name == self.run_name(rule) or name.startswith(self.run_name(rule) + ": "):
                return rule
        return None

    def _homework_runs(self) -> dict[str, int]:
        """rule -> index of its reference run (a deleted run drops its rule from the race)."""
        found = {}
        for index, run in enumerate(self.session.scene.runs):
            rule = self._rule_of(run.name)
            if rule is not None and rule not in found:
                found[rule] = index
        return found

    def _show_verdicts(self) -> None:
        """Each reference run's name carries its verdict, so the runs list shows it."""
        scene = self.session.scene
        for rule, index in self._homework_runs().items():
            verdict = self.verdict_of(rule)
            if verdict is not None:
                short = {"match": "matches", "error": "error"}.get(verdict.verdict) or (
                    "differs in the unit check" if verdict.step == 0 else
                    f"differs from step {verdict.step}"
                )  # fmt: skip
                scene = scene.replace_run(index, name=f"{self.run_name(rule)}: {short}")
        self.session.edit(scene, self.tr("Homework verdict"), merge_key="homework-verdict")

    # --- checking ----------------------------------------------------------------------
    def recheck(self) -> None:
        """Check every rule with the runs' settings, draw the student's paths, say the verdicts."""
        if self.path is None or not os.path.isfile(self.path):
            return
        self.digest = file_digest(self.path)
        scene, runs = self.session.scene, self._homework_runs()
        self._computation = self._current_computation()
        if not runs:
            return
        specs = {rule: scene.runs[i] for rule, i in runs.items()}
        from engine.homework.check import check_file  # on first use, not at start-up

        verdicts = check_file(
            self.path,
            list(runs),
            format_spec(scene.surface),
            {rule: spec.start for rule, spec in specs.items()},
            scene.steps,
            config={rule: student_config(rule, spec.optimizer) for rule, spec in specs.items()},
            lrs={rule: lr_curve(spec.optimizer, spec.schedule, scene.steps).tolist()
                 for rule, spec in specs.items()},
        )  # fmt: skip
        self.checks += 1
        self.verdicts = verdicts
        self._show_verdicts()
        self._draw_paths()
        self._say("; ".join(v.message for v in verdicts))
        self.checked.emit(verdicts)

    def verdict_of(self, rule: str):
        return next((v for v in self.verdicts if v.name == rule), None)

    def first_difference(self) -> int | None:
        """The earliest step at which some rule differs or fails (0: the unit check)."""
        return min((v.step for v in self.verdicts if v.step is not None), default=None)

    def jump_to_difference(self) -> None:
        """Put the timeline on the first differing update (frame k is after update k)."""
        step = self.first_difference()
        if step is not None:
            self.window.timeline.set_frame(max(step - 1, 0))  # the dock shows update `step`

    # --- the student's paths -------------------------------------------------------------
    def student_positions(self, rule: str) -> np.ndarray:
        """The student's own path: the start, then every next_w it returned."""
        verdict = self.verdict_of(rule)
        if verdict is None or not verdict.calls:
            return np.empty((0, 2))
        first = verdict.calls[0][0][0]
        return np.array([first, *(np.asarray(got[0], float) for _inputs, got in verdict.calls)])

    def _draw_paths(self, *_args) -> None:
        view, frame = self.window.surface_view, self.window.timeline.frame
        runs = self._homework_runs()
        for rule in list(self._curves):
            if rule not in runs:
                view.removeItem(self._curves.pop(rule))
        for rule, index in runs.items():
            curve = self._curves.get(rule)
            if curve is None:
                curve = self._curves[rule] = pg.PlotDataItem()
                curve.setZValue(30)
                view.addItem(curve)
            color = self.session.scene.runs[index].color
            curve.setPen(pg.mkPen(color, width=2, style=Qt.PenStyle.DashLine))
            positions = self.student_positions(rule)[: frame + 1].reshape(-1, 2)
            curve.setData(positions[:, 0], positions[:, 1])
        self._show_numbers()

    def _show_numbers(self) -> None:
        """The update leaving the current frame: the reference's numbers beside the student's."""
        runs, frame = self._homework_runs(), self.window.timeline.frame
        chosen = [rule for rule, i in runs.items() if i == self.session.selected] or list(runs)
        verdict = self.verdict_of(chosen[0]) if chosen else None
        if verdict is None or frame >= len(verdict.calls):
            self.numbers.setHtml(self.tr("No update of your optimizer at this frame."))
            return
        rows = side_by_side(verdict.name, verdict.calls[frame], frame + 1)
        cells = "".join(
            f"<tr{'' if same else DIFFERS}><td>{field}</td>"
            f"<td>{np.asarray(want, float).round(12).tolist()}</td><td>{got}</td></tr>"
            for field, want, got, same in rows
        )
        head = self.tr("update {step} of my {rule}").format(step=frame + 1, rule=verdict.name)
        self.numbers.setHtml(f"<b>{head}</b><table><tr><th></th><th>{self.tr('reference')}</th>"
                             f"<th>{self.tr('yours')}</th></tr>{cells}</table>")  # fmt: skip

    # --- watching ------------------------------------------------------------------------
    def _on_file_changed(self, path: str) -> None:
        # Editors save by writing a new file and renaming it over the old: the watch is lost.
        if os.path.exists(path) and path not in self.watcher.files():
            self.watcher.addPath(path)
        self._debounce.start()

    def _current_computation(self):
        scene = self.session.scene
        runs = tuple(scene.runs[i].computation() for i in self._homework_runs().values())
        return scene.surface, scene.steps, runs

    def _on_scene_changed(self, _scene) -> None:
        if self.path is not None and self._current_computation() != self._computation:
            self._debounce.start()
        elif self.path is not None:
            self._draw_paths()

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, MESSAGE_MS)

    def close(self) -> None:
        """Stop watching (before the window goes)."""
        self._debounce.stop()
        self._unwatch()

    def _unwatch(self) -> None:
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
