"""TEMPORARY compatibility path for the old `engine.lecture.equations` imports; delete it.

The rules now live in `engine.lecture` (neutral trees) and their rich text in
`gui.panels.equation_text`. The neutral names below are re-exported as they are; the names
that used to return rich text (`SubStep`, `substeps`, `symbol_key`, `number`) are fetched
lazily from the GUI module on first use, so importing the engine still loads no GUI module.
Remove this file once gui/panels/equation_panel.py, tools/engine_strings.py and
tests/test_engine_strings.py import from `engine.lecture` / `gui.panels.equation_text`.
"""

from __future__ import annotations

import importlib

from engine.lecture import NO_UPDATE, NOTATIONS, RULES, Notation, StepValues, step_values

RICH_TEXT = ("SubStep", "substeps", "symbol_key", "number")


def __getattr__(name: str):
    if name in RICH_TEXT:
        return getattr(importlib.import_module("gui.panels.equation_text"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["NOTATIONS", "NO_UPDATE", "RULES", "Notation", "StepValues", "step_values", *RICH_TEXT]
