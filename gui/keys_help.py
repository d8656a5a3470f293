"""Help ▸ Keyboard shortcuts: the table is built from the window's real shortcuts.

Every action with a key (the window's own, and each feature's: B, V, N / P, F11, H,
Ctrl+3…) is listed with its menu text, so the list can never miss or misstate a key; the
mouse gestures and Esc, which are no actions, follow.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence

from gui.i18n import translator

GESTURES = (
    (
        QT_TRANSLATE_NOOP("KeysHelp", "<b>Drag</b> a start marker"),
        QT_TRANSLATE_NOOP("KeysHelp", "move it and watch the paths follow"),
    ),
    (
        QT_TRANSLATE_NOOP("KeysHelp", "<b>Shift+click</b> / <b>Ctrl+Shift+click</b> on the plot"),
        QT_TRANSLATE_NOOP(
            "KeysHelp",
            "move the selected run's start / every start here (a plain click moves nothing)",
        ),
    ),
    (
        "<b>Esc</b>",
        QT_TRANSLATE_NOOP(
            "KeysHelp", "leave a text or number box: the keys go back to the timeline"
        ),
    ),
)


_tr = translator("KeysHelp")


def shortcut_rows(actions) -> list[tuple[str, str]]:
    """(keys as printed on this platform, what the action does) for every keyed action."""
    rows, seen = [], set()
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        keys = [key for key in keys if key]
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if not keys or not text or (tuple(keys), text) in seen:
            continue
        seen.add((tuple(keys), text))
        rows.append((" / ".join(keys), text))
    return rows


def keys_help(window) -> str:
    """The keyboard-shortcuts table of `window`, in the interface language."""
    rows = [
        (f"<b>{escape(keys)}</b>", escape(text)) for keys, text in shortcut_rows(window.actions())
    ]
    rows += [(_tr(keys), _tr(what)) for keys, what in GESTURES]
    cells = "".join(f"<tr><td>{keys}</td><td>{what}</td></tr>" for keys, what in rows)
    return f'<table cellspacing="2" cellpadding="3">{cells}</table>'
