"""The registry of update rules: each optimizer's rule in a notation, as neutral lines.

The lecture package writes what the optimizers in `engine.optimizers` run, in the letters of
the textbook, cs231n or PyTorch, as typesetting-neutral trees (`expr`), never as rich text:
a rule is a list of `RuleLine`s in the order the code runs them — gradient (or Nesterov's
look-ahead first) → velocity / moments / accumulator → bias correction → step → new
position. The rule is the one the code runs (PyTorch or Sutskever form, ε outside the root
but inside Adadelta's, Adam's moments never overwritten by their corrected values), not the
slides' misprints. `values` gives the numbers of one update and which update a frame shows.
"""

from __future__ import annotations

from engine.lecture.lines import RuleLine
from engine.lecture.notation import (
    HYPER_PARAMETERS,
    NOTATIONS,
    KeyEntry,
    Notation,
    notation_of,
    symbol_key,
)
from engine.lecture.rules.adam import adam_rule, nadam_rule
from engine.lecture.rules.adaptive import adadelta_rule, adagrad_rule, rmsprop_rule
from engine.lecture.rules.modern import (
    lion_rule,
    qhadam_rule,
    qhm_rule,
    rprop_rule,
    schedule_free_rule,
)
from engine.lecture.rules.momentum import momentum_rule, nesterov_rule, sgd_rule
from engine.lecture.rules.radam import adamax_rule, radam_rule
from engine.lecture.rules.second_order import lbfgs_rule, newton_rule
from engine.lecture.values import (
    NO_UPDATE,
    StepValues,
    step_values,
    update_at,
    update_values,
)
from engine.optimizers import Optimizer

RULES = {
    "sgd": sgd_rule,
    "momentum": momentum_rule,
    "nesterov": nesterov_rule,
    "adagrad": adagrad_rule,
    "rmsprop": rmsprop_rule,
    "adam": adam_rule,
    "adamw": adam_rule,
    "nadam": nadam_rule,
    "adadelta": adadelta_rule,
    "radam": radam_rule,
    "adamax": adamax_rule,
    "rprop": rprop_rule,
    "lion": lion_rule,
    "qhm": qhm_rule,
    "qhadam": qhadam_rule,
    "schedule_free": schedule_free_rule,
}
RULES.update(newton=newton_rule, lbfgs=lbfgs_rule)


def substeps(optimizer: Optimizer, notation: str) -> list[RuleLine]:
    """The lines of `optimizer`'s update rule in `notation`, in the order the code runs them."""
    letters = notation_of(notation)
    try:
        rule = RULES[optimizer.name]
    except KeyError:
        raise ValueError(f"no update rule written for optimizer {optimizer.name!r}") from None
    return rule(optimizer, letters)


__all__ = [
    "HYPER_PARAMETERS",
    "NOTATIONS",
    "NO_UPDATE",
    "RULES",
    "KeyEntry",
    "Notation",
    "RuleLine",
    "StepValues",
    "notation_of",
    "step_values",
    "substeps",
    "symbol_key",
    "update_at",
    "update_values",
]
