"""Give pyqtgraph's context menus an owner, so they die with the widget that shows them.

pyqtgraph builds each ViewBox's menu and each PlotItem's "Plot Options" menu as
parentless QMenus. Nothing deletes them when their plot goes, so every closed window left
dozens of hidden top-level menus behind (thousands over a test run). Parenting each to the
Qt widget that shows the plot ties their life to it, as Qt ownership should.
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
        menu.setParent(owner, menu.windowFlags())  # keep it a popup, not a child widget
