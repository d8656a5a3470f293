"""Give pyqtgraph's context menus an owner, so they die with the widget that shows them.

pyqtgraph builds each ViewBox's menu and each PlotItem's "Plot Options" menu as
parentless QMenus. Nothing deletes them when their plot goes, so every closed window left
dozens of hidden top-level menus behind (thousands over a test run). Each is now deleted
when the Qt widget that shows its plot is destroyed.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QMenu, QWidget


def adopt_plot_menus(widget: QWidget) -> None:
    """Make `widget` the owner of the menus of every plot in its graphics scene."""
    for item in widget.scene().items():
        if isinstance(item, pg.ViewBox):
            _adopt(getattr(item, "menu", None), widget)
        if isinstance(item, pg.PlotItem):
            _adopt(getattr(item, "ctrlMenu", None), widget)


def _adopt(menu: QMenu | None, owner: QWidget) -> None:
    if menu is not None and menu.parent() is None:
        # Deleted with its owner; not re-parented, which would make a popup a child widget
        # of the window and put pyqtgraph's (untranslated) options in its widget tree.
        owner.destroyed.connect(menu.deleteLater)
