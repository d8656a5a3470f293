"""What each inspector row reads from a run at a frame, with its title and tooltip."""

from __future__ import annotations

import math
from collections.abc import Callable
from numbers import Integral

from PySide6.QtCore import QT_TRANSLATE_NOOP

from engine.optimizers import Nesterov
from engine.run.curvature_trace import curvature_trace
from gui.i18n import translator

MISSING = "—"  # NaN: e.g. no update after the last frame


def format_number(value) -> str:
    """A readable number: 6 significant digits, NaN as a dash."""
    if isinstance(value, bool | str | Integral):
        return str(value) if isinstance(value, bool | str) else str(int(value))
    value = float(value)
    return MISSING if math.isnan(value) else f"{value:.6g}"


_tr = translator("Inspector")


def row_title(label: str) -> str:
    """The row's title in the interface language (its key stays English for `text`)."""
    return _tr(ROW_TITLES.get(label, label))


# Shown names of the rows whose keys (English, for `Inspector.text`) are not identifiers.
ROW_TITLES = {
    "step t": QT_TRANSLATE_NOOP("Inspector", "step t"),
    "position": QT_TRANSLATE_NOOP("Inspector", "position"),
    "loss": QT_TRANSLATE_NOOP("Inspector", "loss"),
    "gradient": QT_TRANSLATE_NOOP("Inspector", "gradient"),
    "true gradient": QT_TRANSLATE_NOOP("Inspector", "true gradient"),
    "look-ahead": QT_TRANSLATE_NOOP("Inspector", "look-ahead"),
    "update": QT_TRANSLATE_NOOP("Inspector", "update"),
    "effective lr": QT_TRANSLATE_NOOP("Inspector", "effective lr"),
    "lr this step": QT_TRANSLATE_NOOP("Inspector", "lr this step"),
    "curvature λmin, λmax": QT_TRANSLATE_NOOP("Inspector", "curvature λmin, λmax"),
    "local κ": QT_TRANSLATE_NOOP("Inspector", "local κ"),
    "step vs limit": QT_TRANSLATE_NOOP("Inspector", "step vs limit"),
}
TIPS = (
    QT_TRANSLATE_NOOP("Inspector", "Updates taken so far"),
    QT_TRANSLATE_NOOP("Inspector", "Where the run is (x, y)"),
    QT_TRANSLATE_NOOP("Inspector", "f(x, y) at the position"),
    QT_TRANSLATE_NOOP("Inspector", "The gradient the next update uses, noise included"),
    QT_TRANSLATE_NOOP("Inspector", "The gradient without noise"),
    QT_TRANSLATE_NOOP("Inspector", "Where Nesterov takes the gradient"),
    QT_TRANSLATE_NOOP("Inspector", "Scheduled learning rate of the next update"),
    QT_TRANSLATE_NOOP("Inspector", "The next move (Δx, Δy)"),
    QT_TRANSLATE_NOOP("Inspector", "Optimizer state, per axis"),
    QT_TRANSLATE_NOOP("Inspector", "Step size per axis"),
)
GRADIENT_TIP = TIPS[3]

# A row's values at a frame: run, frame -> one text per column (a scalar, or x and y).
Reader = Callable[[object, int], tuple[str, ...]]


def _pair_reader(name: str) -> Reader:
    def read(run, frame):
        return tuple(format_number(value) for value in getattr(run, name)[frame])

    return read


def _state_reader(field: str) -> Reader:
    def read(run, frame):
        return tuple(format_number(value) for value in run.states[field][frame])

    return read


def _scalar_reader(name: str) -> Reader:
    def read(run, frame):
        return (format_number(getattr(run, name)[frame]),)

    return read


def step_rows(run, with_true_gradient: bool) -> list[tuple[str, Reader, str]]:
    """(label, reader, tooltip) of the rows that change with the frame."""
    rows = [
        ("step t", _scalar_reader("t"), _tr("Updates taken so far")),
        ("position", _pair_reader("positions"), _tr("Where the run is (x, y)")),
        ("loss", _scalar_reader("losses"), _tr("f(x, y) at the position")),
        ("gradient", _pair_reader("gradients"), _tr(GRADIENT_TIP)),
    ]
    if with_true_gradient:
        rows.append(
            ("true gradient", _pair_reader("true_gradients"), _tr("The gradient without noise"))
        )
    if isinstance(run.optimizer, Nesterov):
        rows.append(
            (
                "look-ahead",
                _pair_reader("gradient_points"),
                _tr("Where Nesterov takes the gradient"),
            )
        )
    rows += [
        # Not "lr": that row is the hyper-parameter; a schedule makes the two differ.
        ("lr this step", _scalar_reader("lrs"), _tr("Scheduled learning rate of the next update")),
        ("update", _pair_reader("updates"), _tr("The next move (Δx, Δy)")),
    ]
    rows += [
        (field, _state_reader(field), _tr("Optimizer state, per axis")) for field in run.states
    ]
    rows.append(("effective lr", _pair_reader("effective_lrs"), _tr("Step size per axis")))
    return rows


def curvature_rows(surface) -> list[tuple[str, Reader, str]]:
    """The local curvature at the position and the step against its stability limit: one
    Hessian per frame shown, never the whole run's (a data set's Hessian is not cheap)."""

    last = [None, None, None]  # run, frame, its trace: three rows read one Hessian

    def at(run, frame):
        if last[0] is not run or last[1] != frame:
            last[:] = run, frame, curvature_trace(surface, run, frames=[frame])
        return last[2]

    def eigenvalues(run, frame):
        return tuple(format_number(value) for value in at(run, frame).eigenvalues[0])

    def kappa(run, frame):
        return (format_number(at(run, frame).kappa[0]),)

    def ratio(run, frame):
        return (format_number(at(run, frame).overshoot[0]),)

    return [
        ("curvature λmin, λmax", eigenvalues, _tr("The Hessian's eigenvalues at the position")),
        ("local κ", kappa, _tr("λmax / λmin of the local quadratic model")),
        (
            "step vs limit",
            ratio,
            _tr(
                "The step's curvature over its stability limit: above 1 "
                "the step overshoots and the zig-zag grows"
            ),
        ),  # fmt: skip
    ]
