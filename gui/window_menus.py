"""The main window's own menus: File, Edit, Playback, View and Help, and the About text."""

from __future__ import annotations

import platform
from functools import partial

import contourpy
import numpy as np
import pyqtgraph as pg
import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, qVersion
from PySide6.QtGui import QKeySequence

from gui.features import Menu
from gui.files.session_files import standard_shortcut
from gui.i18n import LANGUAGES, current_language, translator

OVERLAY_TITLES = {
    "gradient": QT_TRANSLATE_NOOP("MainWindow", "gradient"),
    "velocity": QT_TRANSLATE_NOOP("MainWindow", "velocity"),
    "update": QT_TRANSLATE_NOOP("MainWindow", "update"),
    "accumulator": QT_TRANSLATE_NOOP("MainWindow", "accumulator"),
    "lookahead": QT_TRANSLATE_NOOP("MainWindow", "lookahead"),
}


_tr = translator("MainWindow")


def build_menus(window) -> None:
    """The menu bar of `window`; features add their entries later through the host."""
    menu = window.menuBar()
    file_menu = menu.addMenu(window.tr("&File"))
    window.menus = {Menu.FILE: file_menu}
    window.add_action(
        file_menu,
        window.tr("&New scene"),
        window._on_new_scene,
        QKeySequence.StandardKey.New,
        window.tr("Start again from the six lecture optimizers on the canyon."),
    )
    file_menu.addSeparator()
    # Features insert their File entries above Quit: menu.insertAction(window.quit_action, a).
    window.close_action = window.add_action(
        file_menu,
        window.tr("&Close window"),
        window.close,
        QKeySequence.StandardKey.Close,
        window.tr("Close the window (asks first if there are unsaved changes)."),
    )
    window.quit_action = window.add_action(
        file_menu,
        window.tr("&Quit"),
        window.close,
        standard_shortcut(QKeySequence.StandardKey.Quit, "Ctrl+Q"),
        window.tr("Close Descent Lab."),
    )

    edit_menu = window.menus[Menu.EDIT] = menu.addMenu(window.tr("&Edit"))
    undo = window.session.undo_stack.createUndoAction(window, window.tr("&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.session.undo_stack.createRedoAction(window, window.tr("&Redo"))
    redo.setShortcuts(redo_shortcuts())
    edit_menu.addActions([undo, redo])
    window.addActions([undo, redo])

    play_menu = window.menus[Menu.PLAY] = menu.addMenu(window.tr("&Playback"))
    for text, slot, key, tip in (
        (
            window.tr("&Play / pause"),
            window.timeline.toggle,
            "Space",
            window.tr("Start or stop playback."),
        ),
        (
            window.tr("Step &forward"),
            partial(window.timeline.step, 1),
            "Right",
            window.tr("Show the next step."),
        ),
        (
            window.tr("Step &back"),
            partial(window.timeline.step, -1),
            "Left",
            window.tr("Show the previous step, exactly as it was."),
        ),
        (
            window.tr("Forward 10 steps"),
            partial(window.timeline.step, 10),
            "Shift+Right",
            window.tr("Jump ten steps ahead."),
        ),
        (
            window.tr("Back 10 steps"),
            partial(window.timeline.step, -10),
            "Shift+Left",
            window.tr("Jump ten steps back."),
        ),
        (
            window.tr("&First step"),
            window.timeline.first,
            "Home",
            window.tr("Go to the start of the runs."),
        ),
        (window.tr("&Last step"), window.timeline.last, "End", window.tr("Go to the last step.")),
    ):
        window.add_action(play_menu, text, slot, QKeySequence(key), tip)

    view_menu = window.menus[Menu.VIEW] = menu.addMenu(window.tr("&View"))
    window.add_action(
        view_menu,
        window.tr("&Reset zoom"),
        window.surface_view.reset_view,
        QKeySequence("Ctrl+0"),
        window.tr("Fit the plot to the surface's bounds."),
    )
    all_vectors = window.add_action(
        view_menu,
        window.tr("Vectors for &all runs"),
        window.surface_view.set_show_all_vectors,
        QKeySequence("V"),
        window.tr("Draw the arrows for every run, not just the selected one."),
    )
    all_vectors.setCheckable(True)
    overlays = view_menu.addMenu(window.tr("&Overlays"))
    for name in window.surface_view.overlay_names():
        title = _tr(OVERLAY_TITLES.get(name, name))
        action = window.add_action(
            overlays,
            title[:1].upper() + title[1:],
            window._on_overlay_toggled,
            None,
            window.tr("Show or hide the {0} drawn at the current step.").format(title),
        )
        action.setCheckable(True)
        action.setChecked(True)
        action.setData(name)
    view_menu.addSeparator()
    for dock in window.host.docks():
        view_menu.addAction(dock.toggleViewAction())
    window.add_action(
        view_menu,
        window.tr("Reset window &layout"),
        window.reset_layout,
        None,
        window.tr("Put every panel back where it was on the first start."),
    )
    view_menu.addSeparator()
    language_menu = view_menu.addMenu(window.tr("&Language"))
    for code, name in LANGUAGES.items():
        action = window.add_action(
            language_menu,
            name,
            window._on_language_chosen,
            None,
            window.tr("Show the interface in this language (the window reopens)."),
        )
        action.setCheckable(True)
        action.setChecked(code == current_language())
        action.setData(code)

    help_menu = window.menus[Menu.HELP] = menu.addMenu(window.tr("&Help"))
    window.add_action(
        help_menu,
        window.tr("&Keyboard shortcuts"),
        window._on_show_keys,
        QKeySequence.StandardKey.HelpContents,
        window.tr("List the keys that drive the timeline."),
    )
    window.add_action(
        help_menu,
        window.tr("&About Descent Lab"),
        window._on_about,
        None,
        window.tr("Versions and credits."),
    )


def redo_shortcuts() -> list[QKeySequence]:
    """The platform's Redo keys, with Ctrl+Shift+Z and Ctrl+Y everywhere (F1 lists them)."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
        if QKeySequence(extra) not in keys:
            keys.append(QKeySequence(extra))
    return keys


def about_text() -> str:
    tagline = QCoreApplication.translate(
        "MainWindow", "Watch gradient-descent optimizers race on 2-D loss surfaces."
    )
    return (
        "<h3>Descent Lab 0.1</h3>"
        f"<p>{tagline}</p>"
        f"<p>Python {platform.python_version()} · PySide6 {PySide6.__version__}"
        f" · Qt {qVersion()}<br>pyqtgraph {pg.__version__} · numpy {np.__version__}"
        f" · contourpy {contourpy.__version__}</p>"
    )
