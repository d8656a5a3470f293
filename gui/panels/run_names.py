"""The words Duplicate adds to a name, in the interface's language, for the engine's run names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from engine.scene import run_names
from engine.scene.scene import Scene


def copy_words() -> set[str]:
    """The word Duplicate adds ('copy'), in English and in the interface's language."""
    translated = QCoreApplication.translate("RunList", "{0} copy").replace("{0}", "").strip()
    return {"copy", translated} - {""}


def edited_run(scene: Scene, index: int, **changes) -> Scene:
    """`scene` with run `index` changed by `changes`, its generated name following them."""
    return run_names.edited_run(scene, index, copy_words=copy_words(), **changes)
