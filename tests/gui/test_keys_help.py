"""F1's key list is generated from the window's real shortcuts, so it never misses one."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from gui.keys_help import keys_help, shortcut_rows


def test_every_keyed_action_is_listed_with_its_keys(window):
    text = keys_help(window)
    keyed = [
        action for action in window.actions() if any(not k.isEmpty() for k in action.shortcuts())
    ]
    assert len(keyed) >= 20
    for action in keyed:
        for key in action.shortcuts():
            assert key.toString(QKeySequence.SequenceFormat.NativeText) in text, action.text()
    for key in ("B", "V", "N", "P", "F11", "H", "K", "Ctrl+3", "Ctrl+0", "Space", "Home", "End"):
        assert f"<b>{key}" in text or f"/ {key}" in text or f"{key} /" in text, key
    assert "Shift+click" in text and "Esc" in text  # the gestures, which are no actions


def test_menu_accelerators_are_not_printed():
    from PySide6.QtGui import QAction

    action = QAction("&Basin map")
    action.setShortcut(QKeySequence("B"))
    assert shortcut_rows([action]) == [("B", "Basin map")]
