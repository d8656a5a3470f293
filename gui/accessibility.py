"""Accessible names for the window's controls, given from outside the panels that build them.

A screen reader announces a control by its accessible name. Qt takes it from the control's
own text (buttons, check boxes) or from a QLabel whose buddy it is; a spin box beside a
form label, a combo box or a slider with only a tooltip has none. `name_controls` gives
each such control the text of its form label, else its tooltip's first sentence, else its
placeholder, so no panel has to repeat its labels in setAccessibleName calls.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QTabBar,
    QWidget,
)

MAX_NAME = 80  # characters: a name is announced whole, a tooltip's detail is not wanted


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology reads for `widget` (own name, text or buddy label)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def takes_focus(widget: QWidget) -> bool:
    """Reachable with Tab: the controls a keyboard user visits (a spin box's or an editable
    combo box's own line edit is part of its control, not a control of its own)."""
    if widget.objectName().startswith("qt_"):
        return False
    parent = widget.parentWidget()
    if isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return False
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
        return False  # a scroll area's viewport: the area itself is the control
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def reachable_by_tab(panel: QWidget) -> None:
    """Let Tab reach the buttons, sliders and boxes of `panel` that a click must not focus
    (the timeline bar's: a click leaves the keys with the plot, Tab still gets there)."""
    for widget in panel.findChildren(QWidget):
        policy = widget.focusPolicy()
        if isinstance(widget, (QAbstractButton, QAbstractSlider)):
            if policy == Qt.FocusPolicy.NoFocus:
                widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        elif isinstance(widget, QAbstractSpinBox) and policy == Qt.FocusPolicy.ClickFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def free_tab_key(root: QWidget) -> None:
    """Let Tab leave tables and lists (their arrow keys still move between cells): without
    this a keyboard user who tabs into the runs table cannot get out."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)


def plain(text: str) -> str:
    """Label or tooltip text without markup, accelerators, a trailing colon or extra spaces."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", text or ""))
    text = re.sub(r"\(&\w\)|&(?=\S)", "", text)
    return " ".join(text.split()).rstrip(":：").strip()


def first_sentence(text: str) -> str:
    sentence = re.split(r"(?<=[.!?。])\s|\n", plain(text), maxsplit=1)[0]
    return sentence if len(sentence) <= MAX_NAME else sentence[: MAX_NAME - 1].rstrip() + "…"


def form_labels(root: QWidget) -> dict[int, str]:
    """id(field widget) → its form row's label text, for every QFormLayout under `root`."""
    labels: dict[int, str] = {}
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            if not isinstance(label, QLabel) or field_item is None or not plain(label.text()):
                continue
            for widget in _widgets_of(field_item):
                labels.setdefault(id(widget), plain(label.text()))
    return labels


def _widgets_of(item) -> list[QWidget]:
    if item.widget() is not None:
        return [item.widget(), *item.widget().findChildren(QWidget)]
    layout: QLayout | None = item.layout()
    if layout is None:
        return []
    found = []
    for index in range(layout.count()):
        found += _widgets_of(layout.itemAt(index))
    return found


def row_label(widget: QWidget) -> str:
    """The text of a QLabel before `widget` in its grid row or box layout, or ''."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    for found in [layout, *(layout.findChildren(QLayout) if layout is not None else [])]:
        index = found.indexOf(widget) if found is not None else -1
        if index < 0:
            continue
        if isinstance(found, QGridLayout):
            row = found.getItemPosition(index)[0]
            cells = [found.itemAtPosition(row, column) for column in range(found.columnCount())]
            items = [cell.widget() for cell in cells if cell is not None]
        elif isinstance(found, QBoxLayout) and not widget.toolTip():
            items = [found.itemAt(i).widget() for i in range(index)]  # a label just before it
        else:
            items = []
        before = items[: items.index(widget)] if widget in items else items
        texts = [plain(w.text()) for w in before if isinstance(w, QLabel)]
        texts = [text for text in texts if text]
        return texts[-1] if texts else ""  # the nearest label to its left
    return ""


def dock_title(widget: QWidget) -> str:
    parent = widget
    while parent is not None and not isinstance(parent, QDockWidget):
        parent = parent.parentWidget()
    return plain(parent.windowTitle()) if parent is not None else ""


def name_for(widget: QWidget, labels: dict[int, str]) -> str:
    """The best name we can give: form label (with the tooltip's sentence), the label in its
    row, tooltip, placeholder, and last the title of the dock it is in."""
    label = labels.get(id(widget), "")
    tip = first_sentence(widget.toolTip())
    placeholder = getattr(widget, "placeholderText", None)
    if label:
        # One label for a row of several fields (width and height): the tooltip tells them apart.
        return f"{label}: {tip}" if tip and _shares_label(widget, labels) else label
    label = row_label(widget)
    if label:
        return f"{label}: {tip}" if tip and label != tip else label
    if tip:
        return tip
    if callable(placeholder) and plain(placeholder()):
        return plain(placeholder())
    return dock_title(widget)


def _shares_label(widget: QWidget, labels: dict[int, str]) -> bool:
    label = labels[id(widget)]
    return sum(1 for text in labels.values() if text == label) > 1


def name_controls(root: QWidget) -> list[QWidget]:
    """Name every focusable control under `root` that has no name; returns those still unnamed."""
    labels = form_labels(root)
    unnamed = []
    for widget in root.findChildren(QWidget):
        if not takes_focus(widget) or widget.accessibleName():
            continue
        current = accessible_name(widget)
        if current and "<" not in current and isinstance(widget, (QAbstractButton, QTabBar)):
            continue  # a button's or tab's own text (a rich-text label would be read as markup)
        # Others: Qt would read a combo box's current item or a table's first cell as its name.
        name = name_for(widget, labels) or plain(current)
        if name:
            widget.setAccessibleName(name)
        else:
            unnamed.append(widget)
    return unnamed
