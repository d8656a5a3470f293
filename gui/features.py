"""How a feature plugs into the main window: a name, what it requires, and a typed host.

A feature is a class with `NAME` (for messages), `REQUIRES` (the feature classes it uses,
installed before it) and a classmethod `install(host)` that builds it and returns it. The
window installs its feature classes in an order derived from REQUIRES (as Spyder's plugins
declare NAME/REQUIRES), so no comment has to keep an install order, and a feature finds
another by its type, never by a string key or a translated dock title.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QVBoxLayout, QWidget

T = TypeVar("T")
# A status message hides the runs' summary while shown: long enough to read a saved file's
# path or a homework verdict, then the summary returns.
MESSAGE_MS = 15000


class Menu(Enum):
    """The window's top-level menus a feature may add entries to."""

    FILE = "file"
    EDIT = "edit"
    PLAY = "play"
    VIEW = "view"
    PRESETS = "presets"
    HELP = "help"


class Column(Enum):
    """A place a feature's dock joins as a tab: the tall right-hand column."""

    RIGHT = "right"


class MissingFeature(LookupError):
    """A feature was asked for another one that this window did not install."""


def install_order(features: Iterable[type], installed: Iterable[type] = ()) -> list[type]:
    """`features` with every class after the classes in its REQUIRES (stable otherwise);
    `installed` ones count as already there."""
    pending, done, present = list(features), [], set(installed)
    while pending:
        ready = [
            f for f in pending
            if all(r in done or r in present for r in getattr(f, "REQUIRES", ()))
        ]  # fmt: skip
        if not ready:
            names = ", ".join(f.NAME for f in pending)
            raise MissingFeature(f"cannot install {names}: a required feature is missing")
        done.append(ready[0])
        pending.remove(ready[0])
    return done


class Host:
    """What a feature may use of the window: models, menus, docks, status, other features."""

    def __init__(self, window):
        self.window = window
        self._features: dict[type, object] = {}
        self._docks: dict[type, QDockWidget] = {}
        self._builders: dict[QDockWidget, Callable[[], QWidget]] = {}  # docks not yet built
        self.columns: dict[Column, QDockWidget] = {}  # the window sets each column's first dock

    @property
    def session(self):
        return self.window.session

    @property
    def timeline(self):
        return self.window.timeline

    @property
    def settings(self):
        return self.window.settings

    @property
    def style(self):
        return self.window.style_model

    def install(self, features: Iterable[type]) -> None:
        for feature in install_order(features, self._features):
            self._features[feature] = feature.install(self)

    def feature(self, kind: type[T]) -> T:
        """The installed feature of class `kind` (raises MissingFeature if there is none)."""
        try:
            return self._features[kind]
        except KeyError:
            raise MissingFeature(f"no {kind.__name__} in this window") from None

    def has(self, kind: type) -> bool:
        return kind in self._features

    def menu(self, which: Menu) -> QMenu:
        return self.window.menus[which]

    def add_action(
        self,
        menu: Menu | QMenu,
        text: str,
        slot: Callable,
        shortcut: QKeySequence | None,
        tip: str,
    ) -> QAction:
        target = self.menu(menu) if isinstance(menu, Menu) else menu
        return self.window.add_action(target, text, slot, shortcut, tip)

    def add_dock(
        self,
        widget: QWidget,
        title: str,
        object_name: str,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
        tab_with: type | Column | None = None,
        key: type | None = None,
    ) -> QDockWidget:
        """Dock `widget`, found later by `key` (default: the widget's class; a feature whose
        widget is a plain Qt class passes its own class); `tab_with`: the key to tab beside."""
        dock = QDockWidget(title, self.window)
        dock.setObjectName(object_name)
        dock.setWidget(widget)
        self.window.addDockWidget(area, dock)
        if tab_with is not None:
            self.tab_with(tab_with, dock)
        self.register_dock(dock, key or type(widget))
        return dock

    def add_dock_built_when_shown(
        self,
        build: Callable[[], QWidget],
        title: str,
        object_name: str,
        key: type,
        hidden: bool = True,
        **where,
    ) -> QDockWidget:
        """`add_dock` for a dock not seen at start-up: hidden, or (`hidden=False`) a tab behind
        another. It holds an empty widget until it is first seen (or `built` asks for it),
        then `build()`'s: a dock nobody opens costs nothing at start-up (nor in every test)."""
        holder = QWidget()
        QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
        dock = self.add_dock(holder, title, object_name, key=key, **where)
        dock.setHidden(hidden)
        self._builders[dock] = build

        def on_visible(visible: bool) -> None:
            if visible:
                self.built(dock)

        def on_toggled(checked: bool) -> None:
            if checked:
                dock.raise_()  # a new tab behind another would look like nothing happened

        dock.visibilityChanged.connect(on_visible)
        dock.toggleViewAction().triggered.connect(on_toggled)
        return dock

    def is_built(self, dock: QDockWidget) -> bool:
        """Whether the widget of a dock from `add_dock_built_when_shown` exists yet."""
        return dock not in self._builders

    def built(self, dock: QDockWidget) -> QWidget:
        """The widget of a dock from `add_dock_built_when_shown`, built now if not yet seen."""
        holder = dock.widget()
        build = self._builders.pop(dock, None)
        if build is not None:
            # In the holder's layout: a widget set on the dock from inside visibilityChanged
            # would never be laid out.
            holder.layout().addWidget(build())
            self.window.adopt_new_controls()  # named for screen readers, themed paper
        return holder.layout().itemAt(0).widget()

    def tab_with(self, where: type | Column, dock: QDockWidget) -> None:
        """Make `dock` a tab beside the dock of `where` (a dock key or a Column)."""
        anchor = self.columns[where] if isinstance(where, Column) else self.dock(where)
        self.window.tabifyDockWidget(anchor, dock)

    def register_dock(self, dock: QDockWidget, key: type) -> None:
        if key in self._docks:
            raise ValueError(f"two docks under the key {key.__name__}")
        self._docks[key] = dock

    def dock(self, key: type) -> QDockWidget:
        """The dock registered under `key` (a widget's or a feature's class)."""
        try:
            return self._docks[key]
        except KeyError:
            raise MissingFeature(f"no dock for {key.__name__}") from None

    def docks(self) -> list[QDockWidget]:
        return list(self._docks.values())

    def show_status(self, text: str, timeout_ms: int = MESSAGE_MS) -> None:
        self.window.statusBar().showMessage(text, timeout_ms)
