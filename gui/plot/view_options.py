"""View options remembered between sessions: true geometry (1:1), smoothed noisy losses."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence

from gui.features import Menu
from gui.plot.charts import CurvesView

TRUE_ASPECT_KEY = "view/true_aspect"
SMOOTHING_KEY = "view/smooth_noisy_losses"


def stored_flag(settings, key: str, default: bool) -> bool:
    """A QSettings boolean (INI files give it back as text)."""
    value = settings.value(key, default)
    return value not in (False, "false", "0", 0)


class TrueGeometry(QObject):
    """A checkable View entry that locks one unit of x to one unit of y (on by default)."""

    NAME = "true geometry"
    REQUIRES = ()

    @classmethod
    def install(cls, host) -> TrueGeometry:
        return cls(host)

    def __init__(self, host):
        super().__init__(host.window)
        self.view, self.settings = host.window.surface_view, host.settings
        self.action = host.add_action(
            Menu.VIEW,
            self.tr("True &geometry (1:1)"),
            self.set_on,
            QKeySequence("Ctrl+1"),
            self.tr(
                "Draw one unit of x as long as one unit of y, so round bowls look round and steps "
                "meet the contours at their true angle (data-set losses are never locked)."
            ),
        )
        self.action.setCheckable(True)
        on = stored_flag(self.settings, TRUE_ASPECT_KEY, True)
        self.action.setChecked(on)  # read, not written: a window that is only opened writes nothing
        if on != self.view.true_aspect:
            self.view.set_true_aspect(on)

    def set_on(self, on: bool) -> None:
        self.action.setChecked(bool(on))
        self.settings.setValue(TRUE_ASPECT_KEY, bool(on))
        if bool(on) != self.view.true_aspect:
            self.view.set_true_aspect(bool(on))


class SmoothNoisyLosses(QObject):
    """A checkable View entry: noisy runs' losses drawn as a moving average over the raw."""

    NAME = "smoothed losses"
    REQUIRES = ()

    @classmethod
    def install(cls, host) -> SmoothNoisyLosses:
        return cls(host)

    def __init__(self, host):
        super().__init__(host.window)
        self.charts, self.settings = host.dock(CurvesView).widget(), host.settings
        self.action = host.add_action(
            Menu.VIEW,
            self.tr("&Smooth noisy losses"),
            self.set_on,
            None,
            self.tr(
                "Draw the loss of runs with gradient noise or mini-batches as a moving average "
                "(the raw loss stays, faint, behind it)."
            ),
        )
        self.action.setCheckable(True)
        on = stored_flag(self.settings, SMOOTHING_KEY, False)
        self.action.setChecked(on)
        if on != self.charts.smoothing:
            self.charts.set_smoothing(on)

    def set_on(self, on: bool) -> None:
        self.action.setChecked(bool(on))
        self.settings.setValue(SMOOTHING_KEY, bool(on))
        if bool(on) != self.charts.smoothing:
            self.charts.set_smoothing(bool(on))
