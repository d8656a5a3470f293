"""The feature host: install order from REQUIRES, lookups by type, docks built when first seen."""

import pytest
from PySide6.QtWidgets import QLineEdit

from gui.features import Column, MissingFeature, install_order


class Base:
    NAME, REQUIRES = "base", ()


class Middle:
    NAME, REQUIRES = "middle", (Base,)


class Top:
    NAME, REQUIRES = "top", (Middle, Base)


def test_every_feature_comes_after_what_it_requires():
    assert install_order([Top, Middle, Base]) == [Base, Middle, Top]
    assert install_order([Top, Middle], installed=[Base]) == [Middle, Top]


def test_a_missing_requirement_is_named():
    with pytest.raises(MissingFeature, match="top"):
        install_order([Top, Base])


def test_an_uninstalled_feature_is_a_clear_lookup_error(window):
    with pytest.raises(MissingFeature, match="Top"):
        window.host.feature(Top)
    with pytest.raises(MissingFeature, match="Top"):
        window.host.dock(Top)


def late_dock(window, hidden: bool):
    """A dock whose field is made by its build function, counting the builds."""
    built = []

    def build():
        built.append(QLineEdit())
        return built[-1]

    dock = window.host.add_dock_built_when_shown(
        build, "Late", f"dock-late-{hidden}", Top, hidden=hidden, tab_with=Column.RIGHT
    )
    return dock, built


def test_a_hidden_dock_is_built_once_when_first_shown(qtbot, window):
    dock, built = late_dock(window, hidden=True)
    assert built == [] and not dock.isVisible() and not window.host.is_built(dock)
    dock.toggleViewAction().trigger()  # View ▸ Late: shown and raised as a tab of the column
    qtbot.waitUntil(lambda: len(built) == 1)
    dock.toggleViewAction().trigger()
    dock.toggleViewAction().trigger()
    assert len(built) == 1 and window.host.built(dock) is built[0]
    qtbot.waitUntil(lambda: built[0].accessibleName() == "Late")  # named after its dock


def test_a_dock_asked_for_before_it_was_seen_is_built_then_and_shown_later(qtbot, window):
    dock, built = late_dock(window, hidden=True)
    assert not window.host.is_built(dock)
    field = window.host.built(dock)
    assert window.host.is_built(dock)
    assert built == [field] and field.parent() is dock.widget()  # never a top-level window
    dock.toggleViewAction().trigger()
    qtbot.waitUntil(field.isVisible)
    assert window.host.built(dock) is field and len(built) == 1
